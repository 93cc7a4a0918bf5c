// French messages: alberta (the Alberta Express Entry Stream, the Accelerated Tech Pathway, its
// occupation lists and intake calendar, the AAIP employer requirements). The names of the pages
// Alberta publishes only in English stay in English ("Alberta Express Entry Stream", "Accelerated
// Tech Pathway", "Worker Expression of Interest"); NOC titles are Statistics Canada's English titles.

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageFormat, MessageLike, Templates } from "../../core/message.js";
import type { alberta as english, ListingVerdict, NocName, StatusFlag } from "../en/alberta.js";
import { accord, heuresParSemaine } from "./plural.js";
import { dansProvince, nomProvince } from "./provinces.js";

const named = (n: NocName): string => (n.title === undefined ? n.code : `${n.code} (${n.title})`);

const STATUS_QUESTIONS: Readonly<Record<StatusFlag, string>> = {
  refugeeClaimant: "si vous êtes demandeur d’asile",
  removalOrder: "si vous faites l’objet d’une mesure de renvoi non réglée",
  activeAaipApplication: "si une autre de vos demandes au PIAA est en cours",
};

const STATUS_ANSWERS: Readonly<Record<StatusFlag, string>> = {
  refugeeClaimant: "Demandeur d’asile : réponse non.",
  removalOrder: "Mesure de renvoi non réglée : réponse non.",
  activeAaipApplication: "Autre demande au PIAA en cours : réponse non.",
};

const crsCompare = (p: { total: number; reported?: number }, f: MessageFormat): string =>
  p.reported === undefined
    ? ""
    : p.reported === p.total
      ? " Votre profil indique la même note."
      : ` Votre profil indique ${f.number(p.reported)} ; l’écart peut venir de réponses qui manquent ici ou du profil.`;

const NAICS_NOTE =
  " La liste des codes SCIAN admissibles du PIAA n’est pas intégrée à cette bibliothèque (son contenu n’était pas disponible) : ce résultat repose donc sur votre réponse.";

const naicsOf = (naics: string | undefined): string => (naics !== undefined ? ` (SCIAN ${naics})` : "");

const OFFER_COUNTS = "Une offre d’emploi écrite, permanente et à temps plein de l’employeur compte à toute date.";

const STATUS_LABELS: Readonly<Record<ListingVerdict, string>> = {
  pass: "sur la liste à cette date",
  fail: "absent de la liste à cette date",
  unknown: "sa présence sur la liste à cette date est inconnue",
};

const ENGAGEMENTS = {
  "independent-contractor": "Les entrepreneurs indépendants",
  "temporary-agency": "Les travailleurs d’agences de placement temporaire",
  "self-employed": "Les travailleurs autonomes",
} as const;

const nextAcceptance = (
  next: { readonly date: IsoDate; readonly cancelledOn?: IsoDate } | undefined,
  f: MessageFormat,
): string =>
  next === undefined
    ? ""
    : ` La date d’acceptation suivante annoncée était le ${f.date(next.date)}${next.cancelledOn === undefined ? "" : ` (annulée le ${f.date(next.cancelledOn)}, jamais tenue)`}.`;

const jobNeeds = (offerFrom: IsoDate | undefined, f: MessageFormat): string =>
  offerFrom !== undefined
    ? `depuis le ${f.date(offerFrom)}, la voie exige une offre d’emploi à temps plein d’un employeur albertain du secteur technologique.`
    : "la voie exige l’une ou l’autre auprès d’un employeur albertain du secteur technologique.";

const issueText = (message: string | MessageLike, f: MessageFormat): string =>
  typeof message === "string" ? message : f.message(message);

const ATP = "l’Accelerated Tech Pathway";

export const alberta: Templates<typeof english> = {
  // --- Alberta Express Entry Stream -------------------------------------------------------------
  "alberta-ee.profile.not-answered": () => "Vous n’avez pas indiqué si vous avez un profil Entrée express.",
  "alberta-ee.profile.none": () =>
    "Vous n’avez pas de profil Entrée express ; l’Alberta Express Entry Stream ne sélectionne que dans le bassin fédéral.",
  "alberta-ee.profile.submitted-later": (p, f) =>
    `Le profil a été soumis le ${f.date(p.submittedOn)}, après le ${f.date(p.asOf)} : il n’était pas dans le bassin ce jour-là.`,
  "alberta-ee.profile.expired": (p, f) =>
    `Le profil soumis le ${f.date(p.submittedOn)} a expiré le ${f.date(p.expires)} (un profil reste valide ${p.months} mois) ; soumettez-en un nouveau.`,
  "alberta-ee.profile.active": (p, f) =>
    `Le profil soumis le ${f.date(p.submittedOn)} est actif jusqu’au ${f.date(p.expires)} (${p.daysLeft <= 1 ? `${f.number(p.daysLeft)} jour restant` : `${f.number(p.daysLeft)} jours restants`}).`,
  "alberta-ee.federal.eligible": (p, f) => `Admissible : ${f.message(p.federal)}`,
  "alberta-ee.federal.ineligible": () =>
    "Non admissible au Programme des travailleurs qualifiés (fédéral) [PTQF], à la Catégorie de l’expérience canadienne (CEC) ni au Programme des travailleurs de métiers spécialisés (fédéral) [PTMSF] ; le volet exige l’un d’eux.",
  "alberta-ee.federal.undecided": (p, f) => `Pas encore décidé pour les programmes fédéraux : ${f.message(p.federal)}`,
  "alberta-ee.crs.not-computable": (p, f) =>
    `La note du Système de classement global (SCG) ne peut pas être calculée : ${p.issues.map((i) => `${i.path} : ${issueText(i.message, f)}`).join(" ")}`,
  "alberta-ee.crs.pass": (p, f) =>
    `SCG ${f.number(p.total)} (sans les points de désignation provinciale) ; il faut au moins ${f.number(p.minimum)}.${crsCompare(p, f)}`,
  "alberta-ee.crs.pass-whatever-correction": (p, f) =>
    `Au moins ${f.number(p.total)} points au SCG (sans les points de désignation provinciale), quelle que soit la correction des résultats de langue à corriger ; il en faut au moins ${f.number(p.minimum)}.`,
  "alberta-ee.crs.could-reach": (p, f) =>
    `SCG ${f.number(p.total)} d’après les réponses données, sous ${f.number(p.minimum)} ; les réponses manquantes pourraient le porter à ${f.number(p.maximum)}.${crsCompare(p, f)}`,
  "alberta-ee.crs.cannot-reach": (p, f) =>
    `SCG ${f.number(p.total)} d’après les réponses données (sans les points de désignation provinciale) ; les questions encore ouvertes pourraient le porter à ${f.number(p.maximum)} au plus, sous les ${f.number(p.minimum)} qu’exige le volet.${crsCompare(p, f)}`,
  "alberta-ee.crs.below": (p, f) =>
    `SCG ${f.number(p.total)} (sans les points de désignation provinciale) ; le volet exige au moins ${f.number(p.minimum)}.${crsCompare(p, f)}`,
  "alberta-ee.status.not-answered": (p) => `Sans réponse : ${STATUS_QUESTIONS[p.flag]}.`,
  "alberta-ee.status.answered-no": (p) => STATUS_ANSWERS[p.flag],
  "alberta-ee.refugee-claimant": () =>
    "Les demandeurs d’asile ne peuvent pas être désignés dans le cadre de l’Alberta Express Entry Stream.",
  "alberta-ee.removal-order": () =>
    "Une personne visée par une mesure de renvoi ou engagée dans une procédure d’appel fédérale ne peut pas être désignée.",
  "alberta-ee.active-aaip-application": () =>
    "Une autre demande au Programme d’immigration Avantage Alberta (PIAA) est en cours ; le PIAA n’accepte qu’une demande à la fois.",
  "alberta-ee.misrepresentation.not-answered": () =>
    "Sans réponse : si une interdiction pour fausses déclarations est en vigueur.",
  "alberta-ee.misrepresentation.none": () => "Aucune interdiction pour fausses déclarations.",
  "alberta-ee.misrepresentation.in-force": (p, f) =>
    `Une interdiction pour fausses déclarations est en vigueur jusqu’au ${f.date(p.until)} ; aucune demande ne peut aboutir avant qu’elle prenne fin.`,
  "alberta-ee.misrepresentation.ended": (p, f) =>
    `L’interdiction pour fausses déclarations a pris fin le ${f.date(p.until)}.`,
  "alberta-ee.nomination.not-answered": () => "Sans réponse : si vous détenez déjà une désignation provinciale.",
  "alberta-ee.nomination.none": () => "Aucune désignation provinciale détenue.",
  "alberta-ee.nomination.other-province": (p) =>
    `La désignation détenue vient d’une autre province ou d’un autre territoire (${nomProvince(p.province)}), non de l’Alberta ; la règle du PIAA vise ses propres désignations.`,
  "alberta-ee.nomination.dated-later": (p, f) =>
    `La désignation de l’Alberta est datée du ${f.date(p.nominatedOn)}, après le ${f.date(p.asOf)}.`,
  "alberta-ee.nomination.held-acceptance-ended": (p, f) =>
    `Vous détenez déjà une désignation de l’Alberta (${f.date(p.nominatedOn)}) ; les ${f.number(p.days)} jours pour l’accepter dans votre profil Entrée express ont pris fin le ${f.date(p.due)}.`,
  "alberta-ee.nomination.held": (p, f) =>
    `Vous détenez déjà une désignation de l’Alberta (${f.date(p.nominatedOn)}) ; acceptez-la dans votre profil Entrée express au lieu de présenter une nouvelle demande.`,

  // --- Accelerated Tech Pathway: the pathway and its jobs ---------------------------------------
  "atp.pathway-open.before-launch": (p, f) =>
    `L’Accelerated Tech Pathway n’existait pas le ${f.date(p.asOf)} : l’Alberta a commencé à accepter des demandes en décembre 2021 (annonce le 2022-01-13).`,
  "atp.pathway-open.launch-window": (p, f) =>
    `La voie a ouvert en décembre 2021, mais le jour exact n’est pas connu ; le ${f.date(p.asOf)}, elle n’était peut-être pas encore ouverte.`,
  "atp.pathway-open.pass": (p, f) => `La voie existe depuis décembre 2021. ${f.message(p.intake)}`,
  "atp.case.job-offer": (p) => `Offre d’emploi (CNP ${p.noc})`,
  "atp.case.current-job": (p) =>
    `Emploi actuel${p.title !== undefined ? ` « ${p.title} »` : ""} (CNP ${p.noc}, ${p.path})`,
  "atp.cases.none": (p, f) =>
    p.offerFrom !== undefined
      ? `Il n’y a pas d’offre d’emploi : ${jobNeeds(p.offerFrom, f)}`
      : `Il n’y a ni offre d’emploi ni emploi actuel en Alberta : ${jobNeeds(p.offerFrom, f)}`,
  "atp.cases.offer-later": (p, f) =>
    `L’offre d’emploi est datée du ${f.date(p.offeredOn)}, après le ${f.date(p.asOf)} : elle n’existait donc pas le ${f.date(p.asOf)}${p.offerFrom !== undefined ? "" : ", et il n’y a pas d’emploi actuel en Alberta"} ; ${jobNeeds(p.offerFrom, f)}`,
  "atp.cases.unanswered": (p, f) =>
    `Sans réponse : ${f.list(p.missing)} ; ${p.missing.length > 1 ? "ces réponses peuvent" : "cette réponse peut"} contenir un emploi albertain admissible.`,
  "atp.job.in-alberta.not-answered": () => "La province de l’emploi n’a pas été indiquée.",
  "atp.job.in-alberta.pass": () => "L’emploi est en Alberta.",
  "atp.job.in-alberta.fail": (p) =>
    `L’emploi est situé ${dansProvince(p.province)} ; la voie exige un travail en Alberta.`,
  "atp.job.employer-alberta-based.not-answered": () => "Vous n’avez pas indiqué si l’employeur est établi en Alberta.",
  "atp.job.employer-alberta-based.pass": () => "L’employeur est établi en Alberta.",
  "atp.job.employer-alberta-based.fail": () =>
    "L’employeur n’est pas établi en Alberta ; la voie exige un employeur albertain.",
  "atp.job.employer-tech-industry.not-answered": (p) =>
    `Sans réponse : si l’activité principale de l’employeur figure sur la liste SCIAN du secteur technologique du PIAA${naicsOf(p.naics)}.${NAICS_NOTE}`,
  "atp.job.employer-tech-industry.pass": (p) =>
    `L’activité principale de l’employeur relève du secteur technologique${naicsOf(p.naics)}.${NAICS_NOTE}`,
  "atp.job.employer-tech-industry.fail": () =>
    "L’activité principale de l’employeur ne relève pas du secteur technologique de l’Alberta tel que le définit la liste SCIAN du PIAA.",
  "atp.job.full-time.not-answered": () => "Le nombre d’heures par semaine de l’emploi n’a pas été indiqué.",
  "atp.job.full-time.pass": (p, f) => `${heuresParSemaine(p.hours, f)}, c’est un emploi à temps plein.`,
  "atp.job.full-time.hours-short": (p, f) =>
    `${heuresParSemaine(p.hours, f)} ; la voie exige un travail à temps plein d’au moins ${f.number(p.minimum)} heures par semaine.`,
  "atp.job.employee.not-answered": () =>
    "Vous n’avez pas indiqué si vous êtes (ou serez) salarié, entrepreneur ou travailleur d’agence.",
  "atp.job.employee.pass": () => "Salarié de l’employeur.",
  "atp.job.employee.fail": (p) =>
    `${ENGAGEMENTS[p.engagement]} ne sont pas admissibles à ${ATP} ; la voie exige un salarié de l’employeur albertain.`,
  "atp.job.offer-or-employment.offer": () => "Une offre d’emploi.",
  "atp.job.offer-or-employment.launch-era": (p, f) =>
    `Le ${f.date(p.asOf)}, un emploi actuel auprès d’un employeur albertain du secteur technologique compte au même titre qu’une offre d’emploi (le libellé de la voie à son lancement, « currently working for, or have a job offer with », connu comme valable jusqu’au ${f.date(p.knownThrough)}).`,
  "atp.job.offer-or-employment.uncertain": (p, f) =>
    `Le droit applicable le ${f.date(p.asOf)} est incertain : ${f.message(p.why)} On ne sait donc pas si un emploi actuel sans offre d’emploi compte le ${f.date(p.asOf)}. ${OFFER_COUNTS}`,
  "atp.job.offer-or-employment.offer-only": (p, f) =>
    `Depuis le ${f.date(p.offerFrom)}, la voie exige une offre d’emploi à temps plein en Alberta : un emploi actuel sans offre ne compte pas. ${OFFER_COUNTS}`,
  "atp.job.offer-term.current-employment": () =>
    "Emploi actuel : la durée de l’offre ne s’applique qu’aux offres d’emploi.",
  "atp.job.offer-term.permanent": () => "L’offre est permanente.",
  "atp.job.offer-term.long-enough": (p, f) => `L’offre est d’une durée de ${f.number(p.months)} mois.`,
  "atp.job.offer-term.too-short": (p, f) =>
    `L’offre est d’une durée de ${f.number(p.months)} mois ; elle doit être permanente ou d’au moins ${f.number(p.minimum)} mois.`,
  "atp.job.offer-term.permanence-not-answered": (p, f) =>
    `L’offre est d’une durée de ${f.number(p.months)} mois, moins que les ${f.number(p.minimum)} mois exigés si elle n’est pas permanente ; vous n’avez pas indiqué si elle est permanente.`,
  "atp.job.offer-term.length-not-answered": () =>
    "L’offre n’est pas permanente et sa durée en mois n’a pas été indiquée.",
  "atp.job.offer-term.not-answered": () =>
    "Vous n’avez pas indiqué si l’offre est permanente (ni combien de mois elle dure).",
  "atp.job.matches-profile.profile-not-answered": () => "Le profil Entrée express n’a pas été indiqué.",
  "atp.job.matches-profile.no-profile": () =>
    "Il n’y a pas de profil Entrée express dont la profession principale pourrait correspondre à l’emploi.",
  "atp.job.matches-profile.primary-not-answered": () =>
    "La profession principale du profil Entrée express n’a pas été indiquée.",
  "atp.job.matches-profile.noc-2016-profile": (p, f) =>
    `La profession principale du profil, CNP ${p.primary}, est un code de la CNP 2016 : elle ne correspond donc pas à l’emploi (CNP ${p.job}). ` +
    `Depuis le ${f.date(p.from)}, Entrée express utilise les codes de la CNP 2021, et les candidats de l’Alberta Express Entry Stream doivent mettre à jour la CNP de leur profil Entrée express pour rester admissibles à la sélection. ` +
    `Remplacez la profession principale du profil par son code de la CNP 2021${p.successors.length === 0 ? "" : ` (${p.primary} est devenu ${p.successors.join(" ou ")})`}.`,
  "atp.job.matches-profile.noc-2021-too-early": (p, f) =>
    `La profession principale du profil est indiquée comme CNP ${p.primary}, un code de la CNP 2021, mais avant le ${f.date(p.from)} les profils Entrée express contenaient des codes de la CNP 2016 : ` +
    `indiquez le code de la CNP 2016 que contenait le profil le ${f.date(p.asOf)}${p.predecessors.length === 0 ? "" : ` (${p.primary} provient de ${p.predecessors.join(" ou ")})`}.`,
  "atp.job.matches-profile.same": (p) => `La profession principale du profil est celle de l’emploi, CNP ${p.noc}.`,
  "atp.job.matches-profile.concordance": (p) =>
    `La profession principale du profil, CNP ${p.primary}, correspond à la CNP ${p.job} de l’emploi selon la table de concordance de Statistique Canada.`,
  "atp.job.matches-profile.mismatch": (p) =>
    `La profession principale du profil est la CNP ${p.primary}, mais l’emploi relève de la CNP ${p.job} ; mettez le profil à jour pour qu’elles correspondent.`,

  // --- The occupation lists ---------------------------------------------------------------------
  "atp.list.name": (p, f) => {
    const more =
      p.uncertain === 0
        ? ""
        : `, et ${f.number(p.uncertain)} ${accord(p.uncertain, "autre dont la présence", "autres dont la présence")} sur la liste à cette date est inconnue`;
    return p.nocVersion === 2016
      ? `la liste de lancement de ${f.number(p.known)} codes de la CNP 2016${more}`
      : p.uncertain === 0
        ? `la liste officielle de ${f.number(p.known)} codes de la CNP 2021, en vigueur depuis le ${f.date(p.effective)}`
        : `la liste officielle des codes de la CNP 2021 en vigueur depuis le ${f.date(p.effective)} : ${f.number(p.known)} codes dont on sait qu’ils y figuraient le ${f.date(p.asOf)}${more}`;
  },
  "atp.occupation.before-launch": (p, f) =>
    `L’Accelerated Tech Pathway n’existait pas encore le ${f.date(p.asOf)} : l’Alberta a accepté les premières demandes en décembre 2021 ` +
    `(pas avant le ${f.date(p.from)}) et a annoncé la voie le ${f.date(p.announced)} ; aucune profession n’y donnait donc accès à cette date, ` +
    "et aucune autre information ne peut y changer quoi que ce soit.",
  "atp.occupation.on-list": (p, f) =>
    `${named(p.noc)} figure sur la liste des professions admissibles de ${ATP} en vigueur le ${f.date(p.asOf)} (${f.message(p.list)}).`,
  "atp.occupation.not-on-list": (p, f) =>
    `${named(p.noc)} ne figure pas sur la liste des professions admissibles de ${ATP} en vigueur le ${f.date(p.asOf)} ` +
    `(${f.message(p.list)}) : un emploi dans cette profession ne donne donc pas accès à la voie. Si un autre code de la CNP ` +
    `${p.nocVersion} décrit mieux l’emploi, vérifiez ce code.`,
  "atp.occupation.uncertain": (p, f) =>
    `On ne sait pas si ${named(p.noc)} figurait sur la liste de ${ATP} le ${f.date(p.asOf)}. ` +
    `${f.message(p.why)}${p.after === undefined ? "" : f.message(p.after)}`,
  "atp.occupation.after-uncertainty.on": (p, f) => ` Il figure sur la liste à partir du ${f.date(p.to)}.`,
  "atp.occupation.after-uncertainty.off": (p, f) => ` Il ne figure pas sur la liste à partir du ${f.date(p.to)}.`,
  "atp.occupation.after-uncertainty.became": (p, f) =>
    ` À partir du ${f.date(p.to)}, la liste utilise les codes de la CNP ${p.nocVersion}, et ${p.code} est devenu ${f.list(p.listed.map(named))}, qui figure${p.listed.length > 1 ? "nt" : ""} sur cette liste.`,
  "atp.occupation.launch-window": (p, f) =>
    `${named(p.noc)} figure sur la liste de lancement de la voie, mais on ne sait pas si la voie était déjà ouverte le ${f.date(p.asOf)} : ` +
    `${f.message(p.why)} À partir du ${f.date(p.certainFrom)}, la réponse est favorable.`,
  "atp.occupation.not-a-noc": (p, f) =>
    `${p.input} n’est pas un code de groupe de base de la Classification nationale des professions (CNP) : on ne sait donc pas s’il figure sur la liste de ${ATP}. ` +
    `Le ${f.date(p.asOf)}, la liste utilise les codes de la CNP ${p.nocVersion} (${p.nocVersion === 2016 ? 4 : 5} chiffres, par exemple ${p.nocVersion === 2016 ? "2173" : "21231"}) ; ` +
    `indiquez le code de la CNP ${p.nocVersion} de la profession.`,
  "atp.occupation.version-mismatch": (p, f) => {
    const forward = p.nocVersion === 2021;
    const verb = forward ? "est devenu" : "provient de";
    const when = forward
      ? `la CNP 2021 a remplacé la CNP 2016 le ${f.date(p.listDate)}`
      : `les codes de la CNP 2021 ne s’appliquent qu’à partir du ${f.date(p.listDate)}`;
    const described = p.related.map(
      (r) => `${r.code}${r.title === undefined ? "" : `, ${r.title}`} (${STATUS_LABELS[r.listing]})`,
    );
    const choice =
      described.length === 1
        ? `${p.noc.code} ${verb} ${described.join("")}. Indiquez ce code s’il décrit l’emploi.`
        : `${p.noc.code} ${verb} l’un des codes suivants : ${described.join(" ; ")}. Indiquez celui qui décrit l’emploi.`;
    return (
      `Le ${f.date(p.asOf)}, la liste de ${ATP} utilise les codes de la CNP ${p.nocVersion} (${when}), mais ${named(p.noc)} ` +
      `est un code de la CNP ${p.codeVersion} : la réponse reste inconnue tant que la profession n’est pas indiquée avec un code de la CNP ` +
      `${p.nocVersion}. Selon la table de concordance de Statistique Canada, ${choice}`
    );
  },
  "atp.occupation.version-mismatch-none-listed": (p, f) =>
    `Le ${f.date(p.asOf)}, la liste de ${ATP} utilise les codes de la CNP ${p.nocVersion}, et ${named(p.noc)} est un code de la CNP ${p.codeVersion} ; ` +
    `selon la table de concordance de Statistique Canada, ${p.nocVersion === 2021 ? "il est devenu" : "il provient de"} ${p.related.map((r) => `${r.code}${r.title === undefined ? "" : `, ${r.title}`}`).join(" ou ")}, ` +
    "dont aucun ne figure sur la liste : la profession n’est donc admissible dans aucun cas.",
  "atp.occupation.version-mismatch-profile-not-listed": (p, f) =>
    `Le ${f.date(p.asOf)}, la liste de ${ATP} utilise les codes de la CNP ${p.nocVersion}, et ${named(p.noc)} est un code de la CNP ${p.codeVersion}. ` +
    `Pour correspondre à la profession principale du profil Entrée express, l’emploi devrait être indiqué avec le code ${named(p.profile)}, ` +
    "qui ne figure pas sur la liste : aucune façon d’indiquer le code ne permet à l’emploi d’être admissible.",
  "atp.occupations.caveat.launch-window": (p, f) =>
    `On ne sait pas si la voie était déjà ouverte le ${f.date(p.asOf)} : ${f.message(p.why)}`,
  "atp.occupations.caveat.uncertain": (p, f) =>
    `On ne sait pas si ${f.list(p.codes)} figurai${p.codes.length === 1 ? "t" : "ent"} sur la liste le ${f.date(p.asOf)}. ${f.message(p.why)}`,
  "atp.launch.window": () =>
    "L’Alberta a commencé à accepter les demandes à l’Accelerated Tech Pathway un jour de décembre 2021 qu’aucune source ne précise (la voie a été annoncée le 2022-01-13) : du 2021-12-01 au 2021-12-30, elle n’était peut-être pas encore ouverte ; elle l’était au plus tard le 2021-12-31.",
  "atp.uncertainty.noc2016-beyond-launch-list": () =>
    "L’annonce de janvier 2022 énumère 23 codes de la CNP 2016, mais des pages de tiers décrivent une liste de 38 codes, des articles de l’époque du lancement nomment des professions hors de ces 23 (technologues et techniciens de laboratoire médical, graphistes, technologues en génie industriel), et les successeurs de ces codes dans la CNP 2021 figurent sur la liste officielle à partir du 2022-11-16 ; aucune liste officielle de la CNP 2016 n’a été conservée pour établir quels codes elle contenait.",
  "atp.uncertainty.noc2021-data-centre-additions": () =>
    "L’Alberta a ajouté à la liste des professions qui « support data centre needs in Alberta » (répondent aux besoins des centres de données en Alberta) à une date qu’aucune source ne donne : le PDF de la liste indique toujours « effective Nov 16, 2022 », la page officielle des mises à jour ne mentionne pas ce changement, et des pages de tiers de 2025 et de 2026 décrivent encore l’ancienne liste. Aucun prédécesseur de ces codes dans la CNP 2016 ne figurait sur une liste avant le 2022-11-16. La plus ancienne page officielle qui les mentionne est la page « processing information » mise à jour le 2026-06-16 ; la liste telle qu’elle était alors est lue dans la copie du 2026-06-20.",
  "worker-eoi.grid.first-version-unknown": () =>
    "La Worker EOI a commencé le 2024-09-30 avec une grille sur 100 points, mais la seule version de la grille que nous avons pu lire est celle en vigueur depuis le 2025-08-07 ; les points en vigueur avant cette date ne nous sont pas connus.",
  "atp.history.qualifying-job-uncertain": () =>
    "Le libellé officiel est passé de « currently working for, or have a job offer with » (travailler pour un employeur albertain du secteur technologique ou avoir une offre d’emploi de sa part ; connu comme valable tant que les dates d’acceptation mensuelles de 2024 ont eu cours, jusqu’au 2024-08-12) à « job offer for full-time employment in Alberta » (offre d’emploi à temps plein en Alberta ; daté pour la première fois le 2024-12-11, dans les paramètres de la première ronde de l’Accelerated Tech Pathway tirée du bassin Worker EOI) ; aucune source officielle ne date ce changement, qui est peut-être venu avec la Worker EOI le 2024-09-30.",

  // --- The intake calendar ----------------------------------------------------------------------
  "atp.intake.before-launch": (p, f) =>
    `L’Accelerated Tech Pathway n’existait pas le ${f.date(p.asOf)} : la voie a commencé à accepter des demandes en décembre 2021.`,
  "atp.intake.before-launch.action": () =>
    "Il n’y avait pas d’Accelerated Tech Pathway à laquelle présenter une demande à cette date.",
  "atp.intake.web-form.launch-window": (p, f) =>
    `Le formulaire Web de la voie a ouvert un jour de décembre 2021 qu’aucune source ne précise ; le ${f.date(p.asOf)}, il n’était peut-être pas encore ouvert.`,
  "atp.intake.web-form.open": (p, f) =>
    `Le ${f.date(p.asOf)}, les candidats accédaient à la voie au moyen de son formulaire Web.`,
  "atp.intake.web-form.action": () =>
    "Envoyez au PIAA le formulaire Web de l’Accelerated Tech Pathway (votre profil Entrée express et votre offre d’emploi ou emploi en Alberta) ; le PIAA invite les candidats admissibles à présenter une demande.",
  "atp.intake.web-form.launch-window.action": (p, f) =>
    `Consultez d’abord la page de l’Accelerated Tech Pathway du PIAA : le formulaire Web n’est peut-être pas encore ouvert (il l’était au plus tard le ${f.date(p.openBy)}). Une fois ouvert, envoyez au PIAA le formulaire Web de l’Accelerated Tech Pathway (votre profil Entrée express et votre offre d’emploi ou emploi en Alberta) ; le PIAA invite les candidats admissibles à présenter une demande.`,
  "atp.intake.acceptance-date": (p, f) =>
    `Le ${f.date(p.asOf)} est l’une des dates d’acceptation mensuelles du PIAA en 2024 : les demandes sont acceptées à partir de ce jour jusqu’à ce que la cible du mois soit atteinte.`,
  "atp.intake.acceptance-date.action": (p, f) =>
    `Présentez votre demande le ${f.date(p.asOf)}, date d’acceptation du mois : une fois la cible du mois atteinte, plus aucune demande n’est acceptée avant la date suivante.`,
  "atp.intake.monthly": (p, f) =>
    `À partir du 2024-06-11, le PIAA a accepté les demandes à l’Accelerated Tech Pathway chaque mois, à partir de chaque date d’acceptation jusqu’à ce que la cible du mois soit atteinte ; on ne sait pas si la cible de la période ouverte le ${f.date(p.previous)} avait été atteinte le ${f.date(p.asOf)}.${nextAcceptance(p.next, f)}`,
  "atp.intake.monthly.action": (p, f) =>
    `Consultez la page du PIAA sur le traitement des demandes : les demandes ne sont acceptées que jusqu’à ce que la cible du mois soit atteinte.${nextAcceptance(p.next, f)}`,
  "atp.intake.no-intake": (p, f) =>
    `Le ${f.date(p.asOf)}, la voie n’accepte aucune demande : le ${f.date(p.cancelledOn)}, le PIAA a annulé ses dernières dates d’acceptation mensuelles de 2024, au profit de la Worker Expression of Interest qui ouvre${p.opens === undefined ? "" : ` le ${f.date(p.opens)}`}.`,
  "atp.intake.no-intake.action": (p, f) =>
    `Aucune période de réception n’est ouverte le ${f.date(p.asOf)} : la Worker Expression of Interest ouvre${p.opens === undefined ? "" : ` le ${f.date(p.opens)}`}.`,
  "atp.intake.worker-eoi": (p, f) =>
    `Depuis le ${f.date(p.from)}, les candidats accèdent à la voie par une Worker Expression of Interest (déclaration d’intérêt) dans le portail du PIAA, et le PIAA les invite à partir de ce bassin.`,
  "atp.intake.worker-eoi.action": (p, f) =>
    `Soumettez une Worker Expression of Interest (déclaration d’intérêt) dans le portail du PIAA : depuis le ${f.date(p.from)}, les candidats de l’Accelerated Tech Pathway sont invités à partir du bassin Worker EOI. La page de l’Alberta Express Entry Stream indique encore un formulaire Web initial de l’Accelerated Tech Pathway comme première étape, que la mise à jour du PIAA du ${f.date(p.announcedOn)} a remplacé par la Worker EOI : consultez la page au cas où les deux seraient demandés.`,

  // --- Remedies ---------------------------------------------------------------------------------
  // --- AAIP employer requirements (opt-in) ------------------------------------------------------
  "aaip.employer.fiscal-years-short": (p, f) =>
    `L’employeur exerce ses activités en Alberta depuis ${f.number(p.years)} ${accord(p.years, "exercice complet", "exercices complets")} ; le PIAA en exige au moins ${f.number(p.minimum)} de tout employeur (les employeurs autochtones, municipaux et provinciaux, le gouvernement du Canada et le gouvernement de l’Alberta ne sont exemptés que des minimums de revenus et d’effectif).`,
  "aaip.employer.minimums-not-dated": (p, f) =>
    `${f.message(p.finding)} Mais on ne sait pas si le PIAA appliquait ces minimums le ${f.date(p.asOf)} : ${f.message(p.why)}`,
  "aaip.employer.minimums-start-unknown": () =>
    "La date d’entrée en vigueur de ces minimums n’est pas connue : la page officielle n’en donne pas. Des pages de tiers indiquent que le PIAA les a introduits en mars 2024, « as of March 18, 2024 » (à compter du 18 mars 2024 ; Town of Westlock, « Employer eligibility », https://www.westlock.ca/p/employer-eligibility ; The Way Immigration, « Alberta PNP job offer and employment requirements », 2024-04-08, https://thewayimmigration.ca/immigration-tips/alberta-pnp-job-offer-and-employment-requirements ; consultées le 2026-12-07). Avant cette date, on ne sait pas si un employeur qui ne les atteint pas échoue.",
  "aaip.employer.exempt": (p, f) =>
    `L’employeur compte ${f.number(p.years)} ${accord(p.years, "exercice", "exercices")} en Alberta et, en tant qu’employeur autochtone, municipal ou provincial, ou gouvernement du Canada ou de l’Alberta, il est exempté des minimums de revenus et d’effectif.`,
  "aaip.employer.exempt-years-not-answered": (p, f) =>
    `Sans réponse : le nombre d’exercices complets de l’employeur en Alberta. Les employeurs autochtones, municipaux et provinciaux, le gouvernement du Canada et le gouvernement de l’Alberta sont exemptés des minimums de revenus et d’effectif, pas des ${f.number(p.minimum)} exercices.`,
  "aaip.employer.below-minimum": (p, f) =>
    `L’employeur est sous le minimum de revenus (${f.money(p.revenueMinimum)}) ou d’effectif (${f.number(p.staffMinimum)}) ; il peut tout de même appuyer un nombre limité de candidats désignés, ce que cette bibliothèque ne peut pas vérifier${p.exemptionUnanswered ? ", et les employeurs autochtones, municipaux et provinciaux, le gouvernement du Canada et le gouvernement de l’Alberta sont exemptés de ces deux minimums" : ""}.`,
  "aaip.employer.pass": (p, f) =>
    `L’employeur compte ${f.number(p.years)} ${accord(p.years, "exercice", "exercices")} en Alberta, ${f.money(p.revenue)} de revenus et ${f.number(p.staff)} ${accord(p.staff, "employé", "employés")} en Alberta.`,
  "aaip.employer.not-answered": () =>
    "Sans réponse : les exercices de l’employeur en Alberta, ses revenus et ses employés en Alberta.",
};
