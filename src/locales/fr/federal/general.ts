// French messages: the Express Entry programs together, job offers and work authorisation as the federal programs read them.

import type { Templates } from "../../../core/message.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../../experience/constants.js";
import type { general as english } from "../../en/federal/general.js";
import { heuresParSemaine } from "../plural.js";
import { phrases } from "./words.js";

export const general: Templates<typeof english> = {
  "federal.sentences": (p, f) => phrases(p.parts, f),
  "federal.rule-set.out-of-range": (p, f) =>
    `L’ensemble de règles ${p.ruleSet} s’applique à compter du ${f.date(p.from)}${p.to === null ? "" : ` et jusqu’au ${f.date(p.to)} (exclu)`} ; la bibliothèque ne connaît aucune règle pour le ${f.date(p.asOf)}.`,
  "federal.express-entry.fail": () =>
    "Non admissible à aucun programme d’Entrée express : le Programme des travailleurs qualifiés (fédéral), la Catégorie de l’expérience canadienne et le Programme des travailleurs de métiers spécialisés (fédéral) ont chacun une exigence non remplie.",

  "federal.job-offer.not-answered": () => "Vous n’avez pas indiqué si vous avez une offre d’emploi (jobOffer).",
  "federal.job-offer.none": () => "Vous n’avez pas d’offre d’emploi.",
  "federal.job-offer.after-as-of": (p, f) =>
    `L’offre est datée du ${f.date(p.offeredOn)}, après le ${f.date(p.asOf)} : le ${f.date(p.asOf)}, elle n’existait pas.`,
  "federal.job-offer.hours-not-answered": () =>
    `Le nombre d’heures par semaine de l’offre n’est pas indiqué (jobOffer.hoursPerWeek) ; elle doit être à temps plein, soit ${FULL_TIME_HOURS_PER_WEEK} heures ou plus par semaine.`,
  "federal.job-offer.part-time": (p, f) =>
    `L’offre est de ${heuresParSemaine(p.hoursPerWeek, f)} ; elle doit être à temps plein, soit ${FULL_TIME_HOURS_PER_WEEK} heures ou plus par semaine.`,
  "federal.job-offer.too-short": (p, f) =>
    `L’offre est d’une durée de ${f.number(p.months)} mois ; elle doit être d’au moins un an.`,
  "federal.job-offer.too-short-unless-permanent": (p, f) =>
    `L’offre est d’une durée de ${f.number(p.months)} mois, moins que l’année exigée, sauf si elle est permanente, ce qui n’est pas indiqué (jobOffer.permanent).`,
  "federal.job-offer.duration-not-answered": (p) =>
    `La durée de l’offre (au moins un an ou non) n’est pas indiquée (${p.path}).`,
  "federal.job-offer.lmia-not-answered": () =>
    "Il n’est pas indiqué si l’offre est appuyée par une étude d’impact sur le marché du travail (EIMT) favorable ou faite par l’employeur d’un permis de travail lié à un employeur donné sous lequel vous travaillez (jobOffer.lmia).",
  "federal.job-offer.lmia-none": () =>
    "L’offre n’est appuyée ni par une étude d’impact sur le marché du travail (EIMT) ni par un permis de travail lié à un employeur donné ; ce n’est donc pas une offre d’emploi valide.",
  "federal.job-offer.valid": (p, f) =>
    `${
      p.kind === "skilled-work"
        ? "Une offre d’emploi à temps plein d’au moins un an pour du travail qualifié"
        : p.kind === "trade"
          ? "Une offre d’emploi à temps plein d’au moins un an dans le métier"
          : "Une offre d’emploi à temps plein d’au moins un an dans un métier spécialisé"
    } : CNP ${p.noc}, ${p.hoursPerWeek == null ? "? heures par semaine" : heuresParSemaine(p.hoursPerWeek, f)}, ${p.durationMonths === "permanent" ? "permanente" : `${p.durationMonths ?? "?"} mois`}, ${
      p.lmia === "approved"
        ? "appuyée par une étude d’impact sur le marché du travail (EIMT) favorable"
        : "faite par l’employeur de votre permis de travail lié à un employeur donné et dispensé d’EIMT"
    }.${p.seasonalAnswered ? "" : " (Considérée comme non saisonnière : il n’est pas indiqué si elle est saisonnière, jobOffer.seasonal.)"}`,
  "federal.job-offer.seasonal": () =>
    "L’offre porte sur un travail saisonnier ; l’emploi réservé doit être non saisonnier.",
  "federal.job-offer.engagement-not-answered": () =>
    "Il n’est pas indiqué si l’offre porte sur un emploi salarié ou sur un travail d’entrepreneur indépendant (jobOffer.engagement) ; l’offre faite à un entrepreneur indépendant n’est pas un emploi réservé.",
  "federal.job-offer.independent-contractor": () =>
    "L’offre porte sur un travail d’entrepreneur indépendant, un travail autonome pour IRCC, et non un emploi réservé.",
  "fsw.job-offer.not-skilled": (p, f) =>
    `${f.message(p.skill)} Une offre d’emploi du PTQF doit porter sur du travail qualifié.`,

  "federal.work-authorization.permit-valid": (p, f) =>
    `Votre permis de travail est valide jusqu’au ${f.date(p.until)}.`,
  "federal.work-authorization.working": (p) =>
    `Vous travaillez au Canada avec une autorisation (workHistory[${p.index}]).`,
  "federal.work-authorization.permit-ended-job-not-answered": (p, f) =>
    `Votre permis de travail a pris fin le ${f.date(p.until)}, avant le ${f.date(p.asOf)} ; vous n’avez pas indiqué si un emploi actuel au Canada est autorisé.`,
  "federal.work-authorization.permit-ended": (p, f) =>
    `Votre permis de travail a pris fin le ${f.date(p.until)}, avant le ${f.date(p.asOf)}, et aucun emploi actuel au Canada n’est autorisé.`,
  "federal.work-authorization.no-permit-job-not-answered": () =>
    "Vous n’avez pas de permis de travail ; vous n’avez pas indiqué si un emploi actuel au Canada est autorisé.",
  "federal.work-authorization.no-permit": () =>
    "Vous n’avez pas de permis de travail, et aucun emploi actuel au Canada n’est autorisé.",
  "federal.work-authorization.not-answered": () =>
    "Vous n’avez pas indiqué si vous êtes autorisé à travailler au Canada (status.workPermitValidUntil).",
};
