// French messages: federal (PTQF avec sa grille de sélection, CEC, PTMSF, fonds d’établissement,
// offres d’emploi, langues, études et expérience au sens des programmes fédéraux). IRCC’s official
// French terms; NOC titles (StatCan’s) and test names are kept as given.

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageFormat, MessageLike, Templates } from "../../core/message.js";
import { HOURS_PER_YEAR } from "../../experience/constants.js";
import type {
  federal as english,
  FederalLanguageCode,
  FederalLanguageRequirement,
  FederalLevels,
  FederalTestRef,
  FederalTradeGroupRef,
  FederalTradeGroupsText,
} from "../en/federal.js";

const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;
const ABILITY = {
  reading: "compréhension de l’écrit",
  writing: "expression écrite",
  listening: "compréhension de l’oral",
  speaking: "expression orale",
} as const;

const heures = (value: number, f: MessageFormat): string =>
  Number.isFinite(value) ? `${f.number(Math.round(value * 10) / 10)} heures` : "un nombre quelconque d’heures";
const langue = (language: FederalLanguageCode): string => (language === "english" ? "anglais" : "français");
const test = (t: FederalTestRef): string => `${t.path} (${t.name}, ${t.testedOn})`;
const niveau = (value: number): string => (value === 0 ? "inférieur à 4" : String(value));
const phrases = (parts: readonly MessageLike[], f: MessageFormat): string => parts.map((m) => f.message(m)).join(" ");
const notes = (parts: readonly MessageLike[], f: MessageFormat): string =>
  parts.map((m) => ` ${f.message(m)}`).join("");
const PROGRAMME = {
  fsw: "Le Programme des travailleurs qualifiés (fédéral) [PTQF]",
  cec: "La Catégorie de l’expérience canadienne (CEC)",
  fst: "Le Programme des travailleurs de métiers spécialisés (fédéral) [PTMSF]",
} as const;
const SIGLE = { fsw: "le PTQF", cec: "la CEC", fst: "le PTMSF" } as const;

function minimum(value: number | FederalLevels): string {
  if (typeof value === "number") return `le NCLC ${value} dans chaque compétence`;
  const byLevel = new Map<number, string[]>();
  for (const ability of ABILITIES)
    byLevel.set(value[ability], [...(byLevel.get(value[ability]) ?? []), ABILITY[ability]]);
  return [...byLevel.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([level, abilities]) => `le NCLC ${level} en ${abilities.join(" et en ")}`)
    .join(" et ");
}

const TIERS = {
  2016: {
    high: "de genre de compétence 0 ou de niveau de compétence A de la CNP 2016",
    low: "de niveau de compétence B de la CNP 2016",
  },
  2021: { high: "de catégorie FÉER 0 ou 1", low: "de catégorie FÉER 2 ou 3" },
} as const;

function exigence(r: FederalLanguageRequirement): string {
  const context =
    r.context === null
      ? ""
      : r.context === "first-language"
        ? " de la première langue officielle"
        : ` lorsque le travail admissible est ${TIERS[r.noc][r.context === "cec-high" ? "high" : "low"]}`;
  return `${PROGRAMME[r.program].replace(/^L/, "l")} exige ${minimum(r.minimum)}${context}`;
}

const declaree = (first: FederalLanguageCode | null): string =>
  first === null ? "" : ` (la première langue officielle que vous avez déclarée est l’${langue(first)})`;

const exigenceExperiencePtqf = (asOf: IsoDate, f: MessageFormat): string =>
  `Le PTQF exige ${heures(HOURS_PER_YEAR, f)} (un an à temps plein, ou l’équivalent à temps partiel) de travail qualifié rémunéré continu dans une même profession au cours des 10 ans précédant le ${f.date(asOf)}`;

const EXIGENCE_ETUDES_PTQF =
  "Le PTQF exige un diplôme canadien d’études secondaires ou postsecondaires, ou un diplôme étranger accompagné d’une évaluation des diplômes d’études (EDE) de moins de 5 ans";

interface Points {
  readonly language: number;
  readonly education: number;
  readonly experience: number;
  readonly age: number;
  readonly arrangedEmployment: number;
  readonly adaptability: number;
}

const repartition = (p: Points): string =>
  `langues ${p.language}, études ${p.education}, expérience ${p.experience}, âge ${p.age}, emploi réservé ${p.arrangedEmployment}, capacité d’adaptation ${p.adaptability}`;

type CecWork = "skilled" | "teer-2-3";

function travailCec(work: CecWork, noc: 2016 | 2021, asOf: IsoDate, f: MessageFormat): string {
  return work === "skilled"
    ? `travail qualifié (${noc === 2016 ? "CNP 2016 0, A ou B" : "FÉER 0, 1, 2 ou 3"}) au Canada, autorisé, comme salarié et non pendant des études à temps plein, au cours des 3 ans précédant le ${f.date(asOf)}`
    : `travail ${TIERS[noc].low} au Canada au cours des 3 ans précédant le ${f.date(asOf)}`;
}

function exigenceCec(work: CecWork, noc: 2016 | 2021, f: MessageFormat): string {
  return work === "skilled"
    ? `la CEC exige ${heures(HOURS_PER_YEAR, f)} (12 mois à temps plein ou l’équivalent à temps partiel)`
    : `le NCLC 5 suffit seulement si l’année de travail admissible est du travail ${TIERS[noc].low} (le travail ${TIERS[noc].high} exige le NCLC 7)`;
}

const exigenceExperiencePtmsf = (asOf: IsoDate, f: MessageFormat): string =>
  `Le PTMSF exige ${heures(2 * HOURS_PER_YEAR, f)} (deux ans à temps plein, ou l’équivalent à temps partiel) dans un même métier spécialisé au cours des 5 ans précédant le ${f.date(asOf)}`;

const offreOuCertificat = (trade: string): string =>
  `Le PTMSF exige une offre d’emploi à temps plein d’au moins un an, ou un certificat de compétence canadien, dans le métier de l’expérience (CNP ${trade}).`;

/** The levels of the classification, singular and plural, by NOC version (StatCan's French terms). */
const NIVEAUX_2016 = {
  major: ["grand groupe", "grands groupes"],
  "sub-major": ["sous-grand groupe", "sous-grands groupes"],
  minor: ["groupe intermédiaire", "groupes intermédiaires"],
  unit: ["groupe de base", "groupes de base"],
} as const;
const NIVEAUX: Readonly<Record<number, Record<FederalTradeGroupRef["level"], readonly [string, string]>>> = {
  2016: NIVEAUX_2016,
  2021: { ...NIVEAUX_2016, minor: ["sous-groupe", "sous-groupes"] },
};

const niveauCnp = (level: FederalTradeGroupRef["level"], noc: number, plural: boolean): string =>
  (NIVEAUX[noc] ?? NIVEAUX_2016)[level][plural ? 1 : 0];

const groupe = (g: FederalTradeGroupRef): string =>
  `le ${niveauCnp(g.level, g.noc, false)} ${g.code} de la CNP ${g.noc} (${g.title})`;

function groupes(versions: readonly FederalTradeGroupsText[], f: MessageFormat): string {
  return versions
    .map((v) => {
      const levels = v.levels.map(
        (l) =>
          `${niveauCnp(l.level, v.noc, l.codes.length > 1)} ${l.codes
            .map((c) => (c.except.length === 0 ? c.code : `${c.code} sauf ${c.except.join(", ")}`))
            .join(", ")}`,
      );
      return `CNP ${v.noc} : ${levels.join(", ")}${v.to === null ? "" : ` avant le ${f.date(v.to)}`}`;
    })
    .join(" ; ");
}

const code = (p: { code: string; title: string | null }): string =>
  p.title === null ? p.code : `${p.code} (${p.title})`;

const famille = (size: number, f: MessageFormat): string => `${f.number(size)} personne${size === 1 ? "" : "s"}`;
const grille = (from: IsoDate, upperBound: boolean, f: MessageFormat): string =>
  `le barème en vigueur depuis le ${f.date(from)}${upperBound ? " (une limite supérieure : le barème alors en vigueur n’est pas connu)" : ""}`;

const ETUDES: Readonly<Record<string, string>> = {
  "less-than-secondary": "inférieur au secondaire",
  secondary: "secondaire",
  "one-year": "programme d’un an",
  "two-year": "programme de deux ans",
  bachelors: "baccalauréat ou programme de trois ans ou plus",
  "three-year-or-longer": "programme de trois ans ou plus",
  "two-or-more": "deux diplômes ou plus",
  masters: "maîtrise",
  doctoral: "doctorat",
};
const etudes = (level: string): string => ETUDES[level] ?? level;

const ELEMENTS: Readonly<Record<string, string>> = {
  "spouse-language": "langue de l’époux ou du conjoint",
  "your-study-in-canada": "vos études au Canada",
  "spouse-study-in-canada": "études de l’époux ou du conjoint au Canada",
  "your-work-in-canada": "votre travail au Canada",
  "spouse-work-in-canada": "travail de l’époux ou du conjoint au Canada",
  "arranged-employment": "emploi réservé",
  "relatives-in-canada": "parents au Canada",
};

const ETATS: Readonly<Record<string, string>> = {
  single: "célibataire",
  married: "marié",
  "common-law": "conjoint de fait",
  divorced: "divorcé",
  separated: "séparé",
  widowed: "veuf",
  annulled: "mariage annulé",
};

type Who = "you" | "spouse";
const travailAdaptation = (who: Who): string =>
  who === "you"
    ? "de travail qualifié autorisé à temps plein (30 heures ou plus par semaine) au Canada"
    : "de travail autorisé à temps plein (30 heures ou plus par semaine) de votre époux ou conjoint au Canada";

export const federal: Templates<typeof english> = {
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
    "Le nombre d’heures par semaine de l’offre n’est pas indiqué (jobOffer.hoursPerWeek) ; elle doit être à temps plein, soit 30 heures ou plus par semaine.",
  "federal.job-offer.part-time": (p, f) =>
    `L’offre est de ${f.number(p.hoursPerWeek)} heures par semaine ; elle doit être à temps plein, soit 30 heures ou plus par semaine.`,
  "federal.job-offer.too-short": (p, f) =>
    `L’offre est d’une durée de ${f.number(p.months)} mois ; elle doit être d’au moins un an.`,
  "federal.job-offer.duration-not-answered": (p) =>
    `La durée de l’offre (au moins un an ou non) n’est pas indiquée (${p.path}).`,
  "federal.job-offer.lmia-not-answered": () =>
    "Il n’est pas indiqué si l’offre est appuyée par une étude d’impact sur le marché du travail (EIMT) favorable ou faite par l’employeur d’un permis de travail lié à un employeur donné sous lequel vous travaillez (jobOffer.lmia).",
  "federal.job-offer.lmia-none": () =>
    "L’offre n’est appuyée ni par une étude d’impact sur le marché du travail (EIMT) ni par un permis de travail lié à un employeur donné ; ce n’est donc pas une offre d’emploi valide.",
  "federal.job-offer.valid": (p) =>
    `${
      p.kind === "skilled-work"
        ? "Une offre d’emploi à temps plein d’au moins un an pour du travail qualifié"
        : p.kind === "trade"
          ? "Une offre d’emploi à temps plein d’au moins un an dans le métier"
          : "Une offre d’emploi à temps plein d’au moins un an dans un métier spécialisé"
    } : CNP ${p.noc}, ${p.hoursPerWeek ?? "?"} heures par semaine, ${p.durationMonths === "permanent" ? "permanente" : `${p.durationMonths ?? "?"} mois`}, ${
      p.lmia === "approved"
        ? "appuyée par une étude d’impact sur le marché du travail (EIMT) favorable"
        : "faite par l’employeur de votre permis de travail lié à un employeur donné et dispensé d’EIMT"
    }. (Considérée comme non saisonnière : le modèle du candidat n’indique pas si une offre est saisonnière.)`,
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
  "federal.work-authorization.not-answered": () =>
    "Vous n’avez pas indiqué si vous êtes autorisé à travailler au Canada (status.workPermitValidUntil).",

  "federal.language.test-expired": (p, f) =>
    `${test(p.test)} a expiré le ${p.expiresOn === null ? "jour de son deuxième anniversaire" : f.date(p.expiresOn)} (les résultats sont valides 2 ans)`,
  "federal.language.test-not-yet-taken": (p) => `${test(p.test)} est daté d’après la date de l’évaluation`,
  "federal.language.test-not-accepted": (p) =>
    `${test(p.test)} n’était pas un test accepté à cette date (le PTE Core est accepté à compter du 2024-01-30)`,
  "federal.language.test-unreadable": (p, f) => `${test(p.test)} n’a pas pu être lu : ${phrases(p.issues, f)}`,
  "federal.language.test-valid": (p) => `${test(p.test)} est valide`,
  "federal.language.shortfall": (p) =>
    `${test(p.test)} : ${p.shortfalls.map((s) => `NCLC ${niveau(s.level)} en ${ABILITY[s.ability]}`).join(", ")}`,
  "federal.language.no-result": () => "Aucun résultat de test linguistique n’est indiqué",
  "federal.language.no-valid-in": (p) => `Aucun résultat valide en ${p.languages.map(langue).join(" ou en ")}`,
  "federal.language.no-valid": () => "Aucun résultat de test linguistique valide à la date de l’évaluation",
  "federal.language.other-language": (p) =>
    `${p.tests.map(test).join(", ")} ${p.tests.length === 1 ? "évalue" : "évaluent"} l’autre langue officielle`,
  "federal.language.not-answered": (p) =>
    `Les résultats de tests linguistiques ne sont pas indiqués ; ${exigence(p.requirement)}, selon un test de moins de 2 ans.`,
  "federal.language.met": (p, f) =>
    `${test(p.test)} : NCLC ${ABILITIES.map((a) => `${ABILITY[a]} ${p.levels[a]}`).join(", ")}, valide jusqu’à la veille du ${f.date(p.expiresOn)} ; ${exigence(p.requirement)}${declaree(p.declaredFirst)}.`,
  "federal.language.unreadable": (p, f) =>
    `Aucun test lisible n’atteint le minimum, et ${p.tests
      .map((m) => f.message(m))
      .join(" ; ")
      .replace(/\.$/, "")}. ${exigence(p.requirement).replace(/^l/, "L")}${declaree(p.declaredFirst)}.`,
  "federal.language.not-met": (p, f) =>
    `${p.parts.map((m) => f.message(m)).join(" ; ")} ; ${exigence(p.requirement)}${declaree(p.declaredFirst)}.`,

  "fsw.credential.not-yet-completed": (p, f) => `${p.path} est obtenu le ${p.completedOn}, après le ${f.date(p.asOf)}.`,
  "fsw.credential.eca-not-answered": (p) =>
    `${p.path} est un diplôme étranger dont la date de l’évaluation des diplômes d’études (EDE) n’est pas indiquée (${p.path}.ecaIssuedOn) ; il ne compte qu’avec une EDE de moins de 5 ans.`,
  "fsw.credential.eca-not-yet-issued": (p, f) =>
    `L’EDE de ${p.path} est datée du ${p.ecaIssuedOn}, après le ${f.date(p.asOf)}.`,
  "fsw.credential.canadian": (p) => `${p.path} est un diplôme canadien (aucune EDE requise).`,
  "fsw.credential.eca-valid": (p, f) =>
    `${p.path} est un diplôme étranger avec une EDE délivrée le ${f.date(p.issued)}, valide jusqu’à la veille du ${f.date(p.expires)}.`,
  "fsw.credential.eca-expired": (p, f) =>
    `L’EDE de ${p.path} (délivrée le ${f.date(p.issued)}) a expiré le ${f.date(p.expires)} : une EDE est valide 5 ans.`,

  "fsw.pass": () => "Toutes les exigences du Programme des travailleurs qualifiés (fédéral) sont remplies.",
  "fsw.experience.not-answered": (p, f) =>
    `Les antécédents de travail ne sont pas indiqués ; ${exigenceExperiencePtqf(p.asOf, f).replace(/^L/, "l")}.`,
  "fsw.experience.met": (p, f) =>
    `${heures(p.hours, f)} de travail qualifié continu dans la CNP ${p.noc}${p.period === null ? "" : ` du ${f.date(p.period.start)} au ${f.date(p.period.end)}`} ; ${exigenceExperiencePtqf(p.asOf, f).replace(/^L/, "l")}.${notes(p.joins, f)}`,
  "fsw.experience.undecided": (p, f) =>
    `${
      p.best === null
        ? "Aucun emploi n’est indiqué"
        : `Le maximum dans une même profession est de ${heures(p.best.hours, f)} de travail qualifié continu (CNP ${p.best.noc})`
    } ; jusqu’à ${heures(p.possibleHours, f)} pourraient compter selon les réponses à ${p.missing.join(", ")}.${notes(p.joins, f)} ${exigenceExperiencePtqf(p.asOf, f)}.`,
  "fsw.experience.not-met": (p, f) =>
    `${
      p.best === null
        ? "Aucun emploi n’est indiqué"
        : `Le maximum dans une même profession est de ${heures(p.best.hours, f)} de travail qualifié continu (CNP ${p.best.noc})`
    } ; ${exigenceExperiencePtqf(p.asOf, f).replace(/^L/, "l")}.${notes(p.joins, f)}`,
  "fsw.education.not-answered": () => `Les études ne sont pas indiquées ; ${EXIGENCE_ETUDES_PTQF.replace(/^L/, "l")}.`,
  "fsw.education.met": (p, f) => `${f.message(p.credential)} ${EXIGENCE_ETUDES_PTQF}.`,
  "fsw.education.undecided": (p, f) => `${phrases(p.credentials, f)} ${EXIGENCE_ETUDES_PTQF}.`,
  "fsw.education.not-met": (p, f) =>
    `${p.credentials.length === 0 ? "Aucun diplôme n’est indiqué." : phrases(p.credentials, f)} ${EXIGENCE_ETUDES_PTQF}.`,
  "fsw.selection-points.met": (p) =>
    `${p.total} points (${repartition(p.points)}) ; le PTQF exige ${p.passMark} points sur ${p.maximum}.`,
  "fsw.selection-points.undecided": (p) =>
    `${p.total} points assurés (${repartition(p.points)}), jusqu’à ${p.maximumReachable} selon les réponses à ${p.missing.join(", ")} ; le PTQF exige ${p.passMark} points sur ${p.maximum}.`,
  "fsw.selection-points.not-met": (p) =>
    `${p.total} points (${repartition(p.points)}), au plus ${p.maximumReachable} avec toutes les réponses en suspens ; le PTQF exige ${p.passMark} points sur ${p.maximum}.`,

  "fsw.points.age.not-answered": () => "La date de naissance n’est pas indiquée.",
  "fsw.points.age": (p, f) => `${p.age} ans le ${f.date(p.asOf)} → ${p.points} sur ${p.maximum}.`,
  "fsw.points.education.not-answered": () => "Les études ne sont pas indiquées.",
  "fsw.points.education": (p) =>
    `Niveau ${etudes(p.level)}${p.counted.length > 0 ? ` (selon ${p.counted.join(", ")})` : " (aucun diplôme ne compte)"} → ${p.points} sur ${p.maximum}.${
      p.maximumReachable > p.points
        ? ` ${etudes(p.possibleLevel)} (${p.maximumReachable}) si les EDE des diplômes étrangers sont valides.`
        : ""
    }`,
  "fsw.points.experience.not-answered": () => "Les antécédents de travail ne sont pas indiqués.",
  "fsw.points.experience": (p, f) =>
    `${heures(p.hours, f)} de travail qualifié rémunéré au cours des 10 ans précédant le ${f.date(p.asOf)} (du ${f.date(p.start)} au ${f.date(p.end)}) : ${p.years} année${p.years > 1 ? "s" : ""} complète${p.years > 1 ? "s" : ""} → ${p.points} sur ${p.maximum}.`,
  "fsw.points.arranged-employment": (p, f) =>
    p.points === null ? f.message(p.finding) : `${f.message(p.finding)} → ${p.points}.`,
  "fsw.points.language.not-answered": () => "Les résultats de tests linguistiques ne sont pas indiqués.",
  "fsw.points.language.none": (p) =>
    `Aucun résultat de test linguistique valide${p.declaredFirst === null ? "" : ` en ${langue(p.declaredFirst)}, la première langue officielle déclarée`} : 0 point.${
      p.unreadable.length > 0
        ? ` ${p.unreadable.map(test).join(", ")} n’a pas pu être lu et pourrait donner plus de points.`
        : ""
    }`,
  "fsw.points.language": (p) =>
    `Première langue officielle : ${langue(p.language)} (${test(p.test)}) : ${ABILITIES.map(
      (a) => `${ABILITY[a]} NCLC ${niveau(p.levels[a])} → ${p.perAbility[a]}`,
    ).join(
      ", ",
    )}${p.meetsMinimum ? "" : " (inférieur au NCLC 7 dans une compétence : le minimum du PTQF n’est pas atteint)"} ; ${
      p.second === null
        ? `seconde langue officielle : 0 (${p.secondPoints} points exigent le NCLC ${p.secondMinimum} ou plus en ${langue(p.language === "english" ? "french" : "english")} dans chaque compétence)`
        : `seconde langue officielle : ${langue(p.second.language)} (${test(p.second.test)}) NCLC ${p.secondMinimum} ou plus dans chaque compétence → ${p.secondPoints}`
    }. ${p.total} sur ${p.maximum}.${
      p.unreadable.length > 0
        ? ` ${p.unreadable.map(test).join(", ")} n’a pas pu être lu et pourrait donner plus de points.`
        : ""
    }`,
  "fsw.points.adaptability": (p) =>
    `${p.earned.length > 0 ? `Obtenus : ${p.earned.map((e) => `${ELEMENTS[e.id] ?? e.id} ${e.points}`).join(", ")}` : "Aucun élément obtenu"}${
      p.uncapped > p.maximum ? ` (${p.uncapped}, plafonné à ${p.maximum})` : ""
    } → ${p.points} sur ${p.maximum}.`,

  "fsw.spouse.none": () => "Aucun époux ni conjoint de fait.",
  "fsw.spouse.accompanying": () => "Votre époux ou conjoint de fait vous accompagne.",
  "fsw.spouse.not-accompanying": () => "Votre époux ou conjoint de fait ne vous accompagne pas.",
  "fsw.spouse.not-answered": () =>
    "Les renseignements sur votre époux ou conjoint de fait ne sont pas indiqués (spouse).",
  "fsw.spouse.marital-status-not-answered": () => "L’état matrimonial n’est pas indiqué (maritalStatus).",
  "fsw.spouse.single": (p) => `État matrimonial ${ETATS[p.status] ?? p.status} : aucun époux ni conjoint de fait.`,
  "fsw.adaptability.spouse-language.not-answered": () =>
    "Les tests linguistiques de votre époux ou conjoint ne sont pas indiqués (spouse.languageTests).",
  "fsw.adaptability.spouse-language.met": (p) => `${test(p.test)} : NCLC 4 ou plus dans chaque compétence.`,
  "fsw.adaptability.spouse-language.unreadable": (p) =>
    `${p.tests.map(test).join(", ")} n’${p.tests.length === 1 ? "a" : "ont"} pas pu être lu${p.tests.length === 1 ? "" : "s"}.`,
  "fsw.adaptability.spouse-language.not-met": () =>
    "Votre époux ou conjoint n’a aucun résultat de test valide de NCLC 4 ou plus dans chaque compétence.",
  "fsw.adaptability.study.credential": (p, f) =>
    `${p.path} est un diplôme canadien (${etudes(p.level)}) d’un programme de ${p.years === null ? "deux ans ou plus" : `${f.number(p.years)} ans`} : considéré comme au moins deux années scolaires d’études à temps plein au Canada.`,
  "fsw.adaptability.study.answered": (p) =>
    `${p.who === "you" ? "Vous avez" : "Votre époux ou conjoint a"} terminé au moins deux années scolaires d’études à temps plein dans un programme de deux ans ou plus dans un établissement au Canada (${p.answerPath}).`,
  "fsw.adaptability.study.undecided": (p) => {
    const whose = p.who === "you" ? "vos" : "de votre époux ou conjoint";
    const parts = [
      ...(p.educationPath === null
        ? []
        : [
            `${p.who === "you" ? "vos études ne sont pas indiquées" : "les études de votre époux ou conjoint ne sont pas indiquées"} (${p.educationPath})`,
          ]),
      ...(p.open.length > 0
        ? [
            `la durée ${p.who === "you" ? "de vos" : "des"} programme${p.open.length === 1 ? "" : "s"} canadien${p.open.length === 1 ? "" : "s"}${p.who === "you" ? "" : ` ${whose}`} n’est pas indiquée (${p.open.join(", ")})`,
          ]
        : []),
      ...(p.answerPath === null
        ? []
        : [
            `il n’est pas indiqué si ${p.who === "you" ? "vous avez" : "votre époux ou conjoint a"} terminé au moins deux années scolaires d’études à temps plein au Canada (${p.answerPath})`,
          ]),
    ];
    const sentence = parts.join(" ; ");
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. Un diplôme canadien d’un programme de deux ans ou plus, ou deux années scolaires d’études à temps plein au Canada, donnent cet élément.`;
  },
  "fsw.adaptability.study.not-met": (p) =>
    `${p.who === "you" ? "Vos diplômes ne comprennent" : "Les diplômes de votre époux ou conjoint ne comprennent"} aucun diplôme canadien d’un programme de deux ans ou plus, et ${p.who === "you" ? "vous n’avez" : "votre époux ou conjoint n’a"} pas terminé deux années scolaires d’études à temps plein au Canada (${p.answerPath} : false).`,
  "fsw.adaptability.work.met": (p, f) =>
    `${heures(p.hours, f)} ${travailAdaptation(p.who)} : au moins un an (${heures(HOURS_PER_YEAR, f)}).`,
  "fsw.adaptability.work.not-met": (p, f) =>
    `${heures(p.hours, f)} ${travailAdaptation(p.who)} ; un an (${heures(HOURS_PER_YEAR, f)}) est exigé.`,
  "fsw.adaptability.work.undecided": (p, f) =>
    `${heures(p.hours, f)} ${travailAdaptation(p.who)} comptent assurément ; jusqu’à ${heures(p.possibleHours, f)} selon les réponses à ${p.missing.join(", ")}. Un an (${heures(HOURS_PER_YEAR, f)}) est exigé.`,
  "fsw.adaptability.spouse-work.not-answered": () =>
    "Les antécédents de travail de votre époux ou conjoint ne sont pas indiqués (spouse.workHistory).",
  "fsw.adaptability.arranged-employment.met": () => "Votre offre d’emploi donne les points d’emploi réservé.",
  "fsw.adaptability.relatives.relative": () =>
    "Vous ou votre époux ou conjoint avez au Canada un parent de 18 ans ou plus qui est citoyen canadien ou résident permanent (relativeInCanada).",
  "fsw.adaptability.relatives.sibling": () =>
    "Vous avez au Canada un frère ou une sœur citoyen canadien ou résident permanent (siblingInCanada) ; un frère ou une sœur fait partie des parents qui comptent.",
  "fsw.adaptability.relatives.none": () =>
    "Aucun parent de 18 ans ou plus, citoyen canadien ou résident permanent, ne vit au Canada (relativeInCanada : false).",
  "fsw.adaptability.relatives.not-answered": (p) =>
    `Vous n’avez pas indiqué si vous ou votre époux ou conjoint avez au Canada un parent de 18 ans ou plus qui est citoyen canadien ou résident permanent (père ou mère, grand-parent, enfant, petit-enfant, frère ou sœur, oncle ou tante, neveu ou nièce) (relativeInCanada)${p.noSibling ? " ; aucun frère ni sœur, mais les autres parents comptent aussi" : ""}.`,

  "cec.pass": () => "Toutes les exigences de la Catégorie de l’expérience canadienne sont remplies.",
  "cec.experience.not-answered": (p, f) =>
    `Les antécédents de travail ne sont pas indiqués ; ${exigenceCec(p.work, p.noc, f)}.`,
  "cec.experience.undecided": (p, f) =>
    `${heures(p.hours, f)} de ${travailCec(p.work, p.noc, p.asOf, f)} comptent assurément, jusqu’à ${heures(p.possibleHours, f)} selon les réponses à ${p.missing.join(", ")} ; ${exigenceCec(p.work, p.noc, f)}.`,
  "cec.experience.met": (p, f) =>
    `${heures(p.hours, f)} de ${travailCec(p.work, p.noc, p.asOf, f)} ; ${exigenceCec(p.work, p.noc, f)}.`,
  "cec.experience.not-met": (p, f) =>
    `${heures(p.hours, f)} de ${travailCec(p.work, p.noc, p.asOf, f)}${
      p.possibleHours === null
        ? ""
        : ` (au plus ${heures(p.possibleHours, f)} même si toutes les questions en suspens sur les emplois recevaient une réponse favorable)`
    } ; ${exigenceCec(p.work, p.noc, f)}.`,

  "fst.pass": () =>
    "Toutes les exigences du Programme des travailleurs de métiers spécialisés (fédéral) sont remplies.",
  "fst.no-trade": () =>
    "Aucun métier n’est sélectionné : cette règle est évaluée pour chaque métier des antécédents de travail par fst.trade.",
  "fst.experience.undecided": (p, f) =>
    `${heures(p.hours, f)} dans la CNP ${p.noc} comptent assurément, jusqu’à ${heures(p.possibleHours, f)} selon les réponses à ${p.missing.join(", ")}.${notes(p.notes, f)} ${exigenceExperiencePtmsf(p.asOf, f)}.`,
  "fst.experience.met": (p, f) =>
    `${heures(p.hours, f)} dans la CNP ${p.noc} ; ${exigenceExperiencePtmsf(p.asOf, f).replace(/^L/, "l")}.${notes(p.notes, f)}`,
  "fst.experience.not-met": (p, f) =>
    `${heures(p.hours, f)} dans la CNP ${p.noc} ; ${exigenceExperiencePtmsf(p.asOf, f).replace(/^L/, "l")}.${notes(p.notes, f)}`,
  "fst.in-trade": (p) =>
    `${p.what === "job-offer" ? "L’offre d’emploi est" : "Le certificat de compétence est"} dans le métier de l’expérience de travail (CNP ${p.trade}).`,
  "fst.not-in-trade": (p) =>
    `${p.what === "job-offer" ? "L’offre d’emploi vise" : "Le certificat de compétence vise"} la CNP ${p.noc} ; le PTMSF l’exige dans le métier des deux années d’expérience, la CNP ${p.trade}.`,
  "fst.offer-or-certificate.needed": (p, f) => `${f.message(p.reason)} ${offreOuCertificat(p.trade)}`,
  "fst.certificate.not-answered": () =>
    "Vous n’avez pas indiqué si vous détenez un certificat de compétence canadien (certificateOfQualification).",
  "fst.certificate.none": (p) =>
    `Vous ne détenez aucun certificat de compétence canadien. ${offreOuCertificat(p.trade)}`,
  "fst.certificate.after-as-of": (p, f) =>
    `Le certificat de compétence est délivré le ${f.date(p.issuedOn)}, après le ${f.date(p.asOf)}. ${offreOuCertificat(p.trade)}`,
  "fst.certificate.met": (p, f) =>
    `Certificat de compétence dans la CNP ${p.noc} délivré par ${p.province} le ${f.date(p.issuedOn)}. ${f.message(p.inTrade)}`,
  "fst.trade.case": (p) => `Métier CNP ${p.noc}`,
  "fst.trade.work-history-not-answered": () => "Les antécédents de travail ne sont pas indiqués (workHistory).",
  "fst.trade.none": (p, f) =>
    `Aucun emploi des antécédents de travail n’est dans un métier spécialisé (${groupes(p.groups, f)}) ; le PTMSF exige deux ans dans l’un d’eux.`,
  "fst.trades.no-list": (p, f) =>
    `Aucune liste de métiers du PTMSF n’est connue pour le ${f.date(p.asOf)} : ${f.message(p.reason)}`,
  "fst.trades.unknown-code": (p) =>
    `La CNP ${p.noc} n’est pas un groupe de base de la CNP 2016 ou de la CNP 2021 que la bibliothèque connaît.`,
  "fst.trades.not-a-trade": (p) => `La CNP ${p.noc} ${code(p)} ne fait partie d’aucun groupe de métiers du PTMSF.`,
  "fst.trades.excluded": (p) => `La CNP ${p.noc} ${code(p)} fait partie de ${groupe(p.group)}, que le PTMSF exclut.`,
  "fst.trades.trade": (p, f) =>
    `La CNP ${p.noc} ${code(p)} est un métier spécialisé : ${groupe(p.group)}.${
      p.uncertain === null ? "" : ` (${f.message(p.uncertain)})`
    }`,
  "fst.trades.no-counterpart": (p, f) =>
    `La CNP ${p.code} n’a pas d’équivalent dans la CNP ${p.noc}, la version en vigueur le ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-all": (p, f) =>
    `La CNP ${p.from} ${p.code} correspond à la CNP ${p.noc} ${p.codes.join(", ")}, tous des métiers spécialisés le ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-none": (p, f) =>
    `La CNP ${p.from} ${p.code} correspond à la CNP ${p.noc} ${p.codes.join(", ")}, dont aucun n’est un métier spécialisé le ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-some": (p) =>
    `La CNP ${p.from} ${p.code} correspond à la CNP ${p.noc} ${p.codes.join(", ")}, dont certains seulement sont des métiers spécialisés : indiquez le code de la CNP ${p.noc} de l’emploi.`,
  "fst.trades.uncertain.noc-2016-groups": () =>
    "Les groupes proviennent d’une copie secondaire de la page d’IRCC (pcimmigration.com) ; la date de début de cette définition des groupes n’est pas vérifiée (elle est appliquée ici depuis le début d’Entrée express, le 2015-01-01). Les titres sont ceux de la CNP 2016 V1.3.",
  "fst.trades.uncertain.major-group-93": () =>
    "INCERTAIN : plusieurs résumés secondaires de la page du PTMSF omettent le grand groupe 93 ; le texte de l’article 87.2(1) du RIPR tel que cité dans du code public et une citation extraite de la page d’IRCC l’incluent (à l’exclusion du sous-grand groupe 932). Il est inclus ici.",

  "federal.funds.family-size-invalid": (p) =>
    `La taille de la famille est un nombre entier d’au moins 1 ; reçu : ${p.familySize}.`,
  "federal.funds.no-table": (p, f) =>
    `Aucun barème des fonds d’établissement n’est connu pour le ${f.date(p.asOf)} : ${f.message(p.reason)}`,
  "federal.funds.not-answered": (p, f) =>
    `Les fonds d’établissement ne sont pas indiqués ; ${SIGLE[p.program]} exige ${f.money(p.amount)}${p.familySizeGiven ? "" : " ou plus"} pour une famille de ${famille(p.familySize, f)} (${grille(p.from, p.upperBound, f)}), sauf dispense.`,
  "federal.funds.family-size-not-answered": (p, f) =>
    `Vous avez ${f.money(p.funds)}, assez pour une famille de ${famille(p.familySize, f)} (${f.money(p.amount)}, ${grille(p.from, p.upperBound, f)}), mais la taille de votre famille n’est pas indiquée et une famille plus nombreuse doit disposer de plus.`,
  "federal.funds.met": (p, f) =>
    `Vous avez ${f.money(p.funds)} ; ${SIGLE[p.program]} exige ${f.money(p.amount)} pour une famille de ${famille(p.familySize, f)} (${grille(p.from, p.upperBound, f)}).`,
  "federal.funds.below-upper-bound": (p, f) =>
    `Vous avez ${f.money(p.funds)}, moins que ${f.money(p.amount)}, le montant le plus élevé exigé d’une famille de ${famille(p.familySize, f)} par un barème antérieur au ${p.to === null ? "terme de la période" : f.date(p.to)} ; le barème en vigueur le ${f.date(p.asOf)} n’est pas connu et il a pu exiger moins. ${p.uncertain === null ? "" : f.message(p.uncertain)}`.trim(),
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
