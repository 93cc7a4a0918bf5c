// French messages: settlement funds.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, Templates } from "../../../core/message.js";
import type { funds as english } from "../../en/federal/funds.js";
import { value } from "../input.js";
import { phrases, SIGLE } from "./words.js";

const famille = (size: number, f: MessageFormat): string => `${f.number(size)} personne${size === 1 ? "" : "s"}`;
const grille = (from: IsoDate, upperBound: boolean, f: MessageFormat): string =>
  upperBound
    ? `une limite supérieure des barèmes en vigueur depuis le ${f.date(from)}, qui ne sont pas connus`
    : `le barème en vigueur depuis le ${f.date(from)}`;
/** Le montant, « au plus » quand c’est une limite supérieure. */
const auPlus = (amount: number, upperBound: boolean, f: MessageFormat): string =>
  `${upperBound ? "au plus " : ""}${f.money(amount)}`;

export const funds: Templates<typeof english> = {
  "federal.funds.family-size-invalid": (p) =>
    `La taille de la famille est un nombre entier de 1 à ${p.maximum} ; reçu : ${value(p.given)}.`,
  "federal.funds.no-table": (p, f) =>
    `Aucun barème des fonds d’établissement n’est connu pour le ${f.date(p.asOf)} : ${f.message(p.reason)}`,
  "federal.funds.not-answered": (p, f) =>
    `Les fonds d’établissement ne sont pas indiqués ; ${SIGLE[p.program]} exige ${f.money(p.amount)}${p.familySizeGiven ? "" : " ou plus"} pour une famille de ${famille(p.familySize, f)} (${grille(p.from, p.upperBound, f)}), sauf dispense.`,
  "federal.funds.family-size-not-answered": (p, f) =>
    `Vous avez ${f.money(p.funds)}, assez pour une famille de ${famille(p.familySize, f)} (${f.money(p.amount)}, ${grille(p.from, p.upperBound, f)}), mais la taille de votre famille n’est pas indiquée et une famille plus nombreuse doit disposer de plus.`,
  "federal.funds.met-any-family-size": (p, f) =>
    `Vous avez ${f.money(p.funds)} : assez quelle que soit la taille de votre famille, puisque ${SIGLE[p.program]} exige au plus ${f.money(p.amount)} (d’une famille de ${famille(p.familySize, f)}, ${grille(p.from, p.upperBound, f)}).`,
  "federal.funds.marital-status-not-answered": (p, f) =>
    `Vous avez ${f.money(p.funds)}, assez pour une famille de ${famille(p.familySize, f)} (${f.money(p.amount)}, ${grille(p.from, p.upperBound, f)}), mais pas pour deux personnes (${f.money(p.amountWithPartner)}) ; votre état matrimonial n’est pas indiqué (maritalStatus), et l’époux ou le conjoint de fait compte dans la famille même s’il ne vous accompagne pas.`,
  "federal.funds.met": (p, f) =>
    `Vous avez ${f.money(p.funds)} ; ${SIGLE[p.program]} exige ${auPlus(p.amount, p.upperBound, f)} pour une famille de ${famille(p.familySize, f)}${p.familySizeGiven ? "" : " (la plus petite famille que vos réponses permettent)"} (${grille(p.from, p.upperBound, f)}).`,
  "federal.funds.below-upper-bound": (p, f) =>
    `Vous avez ${f.money(p.funds)}, moins que ${f.money(p.amount)}, le montant exigé d’une famille de ${famille(p.familySize, f)} ${p.to === null ? "pris comme limite supérieure" : `à partir du ${f.date(p.to)}, supérieur à ce qu’exigeait tout barème antérieur`} ; le barème en vigueur le ${f.date(p.asOf)} n’est pas connu et vos fonds ont pu y satisfaire. ${p.uncertain === null ? "" : f.message(p.uncertain)}`.trim(),
  "federal.funds.not-met": (p, f) =>
    `Vous avez ${f.money(p.funds)} ; ${SIGLE[p.program]} exige ${f.money(p.amount)} pour une famille de ${famille(p.familySize, f)}${p.familySizeGiven ? "" : " (la plus petite famille que vos réponses permettent)"}, selon ${grille(p.from, p.upperBound, f)}.`,
  "federal.funds.exempt.met": (p, f) => `${phrases(p.parts, f)} Aucune preuve de fonds n’est donc exigée.`,
  "federal.funds.exempt.not-met": (p, f) =>
    `${phrases(p.parts, f)} La dispense exige à la fois une autorisation de travailler au Canada maintenant et une offre d’emploi valide.`,
  "federal.funds.uncertain.before-2022-06-09": () =>
    "Les barèmes en vigueur avant le 2022-06-09 ne sont pas encodés (IRCC en publiait un nouveau chaque année ; par exemple, le barème de 2021 commençait à 13 213 $ pour une personne, selon maplenews.org). Ces montants sont ceux de 2022, sous lesquels tous les barèmes antérieurs sont restés : des fonds égaux ou supérieurs sont suffisants, des fonds inférieurs restent indécis.",
  "federal.funds.uncertain.start-2022-06-09": () =>
    "Date de début tirée d’une seule source secondaire (immigrationnewscanada.ca : « came in effect on June 9, 2022 ») ; d’autres disent seulement que les profils devaient être mis à jour au plus tard le 2022-06-08 (annonce du 2022-05-11).",
  "federal.funds.uncertain.start-2024-05-28": () =>
    "Date de début tirée de sources secondaires seulement (canadavisapoint.com, akcanada.com) ; aucun avis d’IRCC donnant la date n’a été trouvé.",
};
