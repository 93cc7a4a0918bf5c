// French messages of the factors: CRS caveats and improvements, skilled occupations, the jobs of
// a work history, NOC versions of one occupation. NOC titles stay as Statistics Canada publishes
// them in English where a parameter carries one.

import type { MessageFormat, Templates } from "../../core/message.js";
import type { EducationLevel } from "../../education/credentials.js";
import type { LanguageAbility } from "../../language/clb.js";
import { LANGUAGE_TEST_NAMES, type OfficialLanguage } from "../../language/official-language.js";
import type { EducationCredentialLevel } from "../../models/education.js";
import type { LanguageTestKind } from "../../models/language-test.js";
import type { EcaStanding, factors as english, NocUnitRef, OpenJobQuestion } from "../en/factors.js";
import { accord, heuresParSemaine } from "./plural.js";

const unit = (u: NocUnitRef): string =>
  u.version === 2021
    ? `CNP 2021 ${u.code} (FÉER ${u.teer ?? "?"})`
    : `CNP 2016 ${u.code} (niveau de compétence ${u.skillLevel ?? "?"})`;

const inForce = (version: 2016 | 2021): string =>
  version === 2021 ? "CNP 2021 (en vigueur depuis le 2022-11-16)" : "CNP 2016 (en vigueur jusqu’au 2022-11-15)";

/** The language as a complement: « l’anglais », « le français ». */
const LANGUAGE: Readonly<Record<OfficialLanguage, string>> = { english: "l’anglais", french: "le français" };
/** « test d’anglais », « test de français ». */
const TEST_OF: Readonly<Record<OfficialLanguage, string>> = { english: "d’anglais", french: "de français" };
const ABILITY: Readonly<Record<LanguageAbility, string>> = {
  reading: "compréhension de l’écrit",
  writing: "expression écrite",
  listening: "compréhension de l’oral",
  speaking: "expression orale",
};
/** The CRS levels of education, as IRCC's French CRS criteria name them. */
const LEVEL: Readonly<Record<EducationLevel, string>> = {
  "less-than-secondary": "Moins qu’un diplôme d’études secondaires",
  secondary: "Diplôme d’études secondaires",
  "one-year": "Programme d’études postsecondaires d’un an",
  "two-year": "Programme d’études postsecondaires de deux ans",
  bachelors: "Baccalauréat OU programme d’études postsecondaires de trois ans ou plus",
  "two-or-more": "Deux certificats, diplômes ou grades ou plus, dont l’un pour un programme de trois ans ou plus",
  masters: "Maîtrise OU diplôme professionnel requis pour exercer une profession réglementée",
  doctoral: "Doctorat (Ph. D.)",
};
const CREDENTIAL: Readonly<Record<EducationCredentialLevel, string>> = {
  secondary: "diplôme d’études secondaires",
  "one-year": "programme d’un an",
  "two-year": "programme de deux ans",
  bachelors: "baccalauréat",
  "three-year-or-longer": "programme de trois ans ou plus",
  masters: "maîtrise",
  "professional-degree": "diplôme professionnel",
  doctoral: "doctorat",
};
const ECA_STANDING: Readonly<Record<EcaStanding, string>> = {
  "eca-expired": "son EDE date de cinq ans ou plus",
  "eca-not-yet-issued": "son EDE a été délivrée après ce jour",
  "eca-missing": "la date de l’EDE n’est pas indiquée",
};
const OPEN_QUESTION: Readonly<Record<OpenJobQuestion, string>> = {
  authorized: "si le travail était autorisé",
  engagement: "s’il s’agissait d’un emploi salarié plutôt que de travail autonome",
  fullTimeStudent: "s’il a été effectué pendant des études à temps plein",
};
const SCORE_NOTE: Readonly<Record<LanguageTestKind, string>> = {
  "celpip-general":
    "Le CELPIP donne un niveau par compétence : M et de 3 à 12 (certains relevés et guides indiquent 0, 1 et 2 au lieu de M). Saisissez M comme 0. Les niveaux inférieurs à 4 ne figurent pas dans le tableau d’IRCC et donnent le niveau 0.",
  "ielts-general":
    "Saisissez la note de chaque compétence telle qu’elle figure sur le Test Report Form (par exemple 6,5), et non la note globale.",
  "pte-core":
    "Saisissez le résultat de chaque compétence tel qu’il figure sur le relevé de résultats (de 10 à 90), et non le résultat global.",
  "tef-canada":
    "Depuis le 2019-10-01, le TEF Canada note chaque compétence sur une échelle de 0 à 699. Les résultats des tests passés avant cette date se saisissent sur les anciennes échelles propres à chaque compétence (compréhension de l’écrit de 0 à 300, expression écrite de 0 à 450, compréhension de l’oral de 0 à 360, expression orale de 0 à 450).",
  "tcf-canada":
    "Le TCF Canada note la compréhension de l’écrit et la compréhension de l’oral de 0 à 699, et l’expression écrite et l’expression orale de 0 à 20.",
};

const BEFORE_FIRST_CHART: Readonly<Record<LanguageTestKind, (from: string) => string>> = {
  "celpip-general": (from) =>
    `cette bibliothèque ne connaît la grille du CELPIP-General (niveaux 1 à 12) que pour les tests passés le ${from} ou après, date à laquelle le CELPIP est passé à cette échelle ; les résultats antérieurs utilisaient une autre échelle.`,
  "ielts-general": (from) =>
    `cette bibliothèque ne garantit la grille de l’IELTS General Training que pour les tests passés le ${from} ou après (lancement d’Entrée express) ; elle ne connaît pas la grille applicable auparavant.`,
  "pte-core": (from) => `IRCC n’accepte le PTE Core que pour les tests passés le ${from} ou après.`,
  "tef-canada": (from) =>
    `cette bibliothèque ne garantit les grilles du TEF Canada que pour les tests passés le ${from} ou après (lancement d’Entrée express).`,
  "tcf-canada": (from) =>
    `à la connaissance de cette bibliothèque, IRCC n’accepte le TCF Canada qu’à partir du ${from} (date à laquelle il est signalé comme accepté) ; elle n’a pas de grille pour les tests antérieurs.`,
};
const years = (n: number, f: MessageFormat): string => `${f.number(n)} ${n < 2 ? "an" : "ans"}`;
const and = (items: readonly string[], f: MessageFormat): string => f.list(items, "conjunction");

export const factors: Templates<typeof english> = {
  "crs.caveat.french-points-2020": (p, f) =>
    `Les points pour le français sont passés de ${p.frenchOnlyBefore} / ${p.bilingualBefore} à ${p.frenchOnlyAfter} / ${p.bilingualAfter} à la fin d’octobre 2020 : le communiqué d’IRCC est daté du ${f.date(p.to)} (la date retenue ici), mais plusieurs sources indiquent que les points plus élevés s’appliquaient dès le ${f.date(p.from)}. Entre ces deux dates, les points les moins élevés sont accordés.`,
  "crs.caveat.test-not-accepted": (p, f) => `${p.path} : ${f.message(p.reason)} Le résultat ne donne aucun point.`,
  "crs.caveat.test-after-as-of": (p, f) =>
    `${p.path} : le résultat ${p.test} du ${f.date(p.testedOn)} est postérieur au ${f.date(p.asOf)} : ce jour-là, il n’existait pas encore et ne donne aucun point.`,
  "crs.caveat.test-expired": (p, f) =>
    `${p.path} : le résultat ${p.test} du ${f.date(p.testedOn)} a expiré le ${f.date(p.expiresOn)} (les résultats sont valides ${p.validityYears} ans) et ne donne aucun point.`,

  "crs.improve.provincial-nomination": () =>
    "Une désignation provinciale ou territoriale dans le cadre d’Entrée express.",
  "crs.improve.language-ability": (p) =>
    `NCLC ${p.level} en ${ABILITY[p.ability]} (actuellement ${p.now}) dans votre ${p.role === "first" ? "première" : "seconde"} langue officielle, ${LANGUAGE[p.language]}.`,
  "crs.improve.first-language-test": (p) =>
    `Un résultat de test ${TEST_OF[p.language]} de niveau NCLC ${p.level} dans les quatre compétences.`,
  "crs.improve.second-language-test": (p) =>
    `Un résultat de test ${TEST_OF[p.language]} (seconde langue officielle) de niveau NCLC ${p.level} dans les quatre compétences.`,
  "crs.improve.canadian-work": (p, f) =>
    `Une année de plus d’expérience de travail qualifié au Canada (${years(p.years, f)} au lieu de ${f.number(p.now)}).`,
  "crs.improve.foreign-work": (p, f) =>
    `Une année de plus d’expérience de travail qualifié à l’étranger (${years(p.years, f)} au lieu de ${f.number(p.now)}).`,
  "crs.improve.eca": (p) =>
    `Une évaluation des diplômes d’études (EDE) valide pour education[${p.index}] (${CREDENTIAL[p.credential]} ; ${ECA_STANDING[p.standing]}) : les études seraient comptées au niveau « ${LEVEL[p.level]} » au lieu de « ${LEVEL[p.now]} ».`,
  "crs.improve.education": (p) => `Des études au niveau suivant du SCG : ${LEVEL[p.level]}.`,

  "language.score-note": (p) => SCORE_NOTE[p.test],
  "language.chart.before-first": (p, f) =>
    `${LANGUAGE_TEST_NAMES[p.test]} passé le ${f.date(p.testedOn)} : ${BEFORE_FIRST_CHART[p.test](f.date(p.from))}`,

  "experience.skilled.unknown-code": (p) =>
    `Le code ${p.code} n’est pas un groupe de base de la CNP 2016 ou de la CNP 2021 que nous connaissons.`,
  "experience.skilled.no-category": (p) =>
    `${unit(p.occupation)} n’a pas de catégorie de compétence dans le catalogue.`,
  "experience.skilled.judged": (p) =>
    `${unit(p.occupation)} ${p.skilled ? "est" : "n’est pas"} un emploi qualifié (${p.occupation.version === 2021 ? "FÉER 0, 1, 2 ou 3" : "CNP 2016 genre de compétence 0 ou niveau de compétence A ou B"}).`,
  "experience.skilled.no-counterpart": (p) =>
    `${unit(p.occupation)} n’a pas d’équivalent dans la ${inForce(p.inForce)} ; jugé selon sa propre classification : ${p.skilled ? "qualifié" : "non qualifié"}.`,
  "experience.skilled.counterparts": (p, f) =>
    `${unit(p.occupation)} correspond, dans la ${inForce(p.inForce)}, à ${and(p.counterparts.map(unit), f)} : travail ${p.skilled ? "qualifié" : "non qualifié"}.`,
  "experience.skilled.counterparts-differ": (p, f) =>
    `${unit(p.occupation)} correspond, dans la ${inForce(p.inForce)}, à ${and(p.counterparts.map(unit), f)}, qui n’ont pas tous le même niveau de compétence : indiquez le code CNP ${p.inForce} de l’emploi.`,

  "experience.job.not-in-canada": (p) =>
    `Le travail effectué hors du Canada (${p.country}) n’est pas du travail au Canada ; seul le travail au Canada est compté ici.`,
  "experience.job.not-foreign": () =>
    "Le travail au Canada n’est pas du travail à l’étranger ; seul le travail hors du Canada est compté ici.",
  "experience.job.other-occupation": (p) =>
    `Le code CNP ${p.noc} n’est pas la profession comptée ici (${p.counted.join(", ")}).`,
  "experience.job.no-hours": (p, f) =>
    `${heuresParSemaine(p.hoursPerWeek, f)} ${accord(p.hoursPerWeek, "ne donne", "ne donnent")} aucun crédit.`,
  "experience.job.outside-period": (p, f) =>
    `Aucun jour de cet emploi (${p.to === undefined ? `depuis le ${f.date(p.from)}, en cours` : `du ${f.date(p.from)} au ${f.date(p.to)}`}) ne tombe dans la période comptée, ${p.periodStart === undefined ? `avant le ${f.date(p.asOf)}` : `du ${f.date(p.periodStart)} au ${f.date(p.periodEnd)}`}.`,
  "experience.job.not-skilled": (p, f) => `${f.message(p.skill)} Seul le travail qualifié compte.`,
  "experience.job.unauthorised": () => "Le travail au Canada sans autorisation ne compte pas.",
  "experience.job.unpaid": () =>
    "Le travail non rémunéré ne compte pas : l’expérience de travail qualifié doit être du travail rémunéré.",
  "experience.job.self-employed": () =>
    "Le travail autonome au Canada ne compte pas comme expérience de travail au Canada.",
  "experience.job.independent-contractor": () =>
    "Le travail au Canada à titre d’entrepreneur indépendant est du travail autonome pour IRCC (aucun employeur ne verse de salaire) ; il ne compte pas comme expérience de travail au Canada.",
  "experience.job.full-time-student": () =>
    "Le travail au Canada effectué pendant des études à temps plein ne compte pas.",
  "experience.job.open": (p, f) =>
    `Compte seulement si les questions en suspens reçoivent une réponse favorable : ${[
      ...(p.skill === undefined ? [] : [f.message(p.skill)]),
      ...p.questions.map((q) => OPEN_QUESTION[q]),
    ].join(" ; ")} (${p.missing.join(", ")}).`,
  "experience.job.counts": (p, f) =>
    `${f.message(p.skill)} ${p.country === "CA" ? "Travail autorisé au Canada à titre de salarié, pas pendant des études à temps plein" : `Travail hors du Canada (${p.country})`} ; compté du ${f.date(p.from)} au ${f.date(p.to)}.`,

  "experience.noc.joined": (p) =>
    `Les codes CNP 2016 ${p.noc2016} et CNP 2021 ${p.noc2021} sont comptés comme une seule profession : la concordance de Statistique Canada les apparie un à un.`,
  "experience.noc.maybe-joined": (p, f) =>
    p.pairs
      .map((pair) => {
        const how = [
          ...(pair.splitInto.length > 0 ? [`divise CNP 2016 ${pair.noc2016} en ${and(pair.splitInto, f)}`] : []),
          ...(pair.mergedFrom.length > 0 ? [`fusionne ${and(pair.mergedFrom, f)} en CNP 2021 ${pair.noc2021}`] : []),
        ].join(" et ");
        return `Les codes ne disent pas si CNP 2016 ${pair.noc2016} et CNP 2021 ${pair.noc2021} sont une seule profession (la concordance de Statistique Canada ${how}) ; leurs emplois ne sont donc comptés ensemble qu’à titre de possibilité.`;
      })
      .join(" "),
};
