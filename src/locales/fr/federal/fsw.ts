// French messages: the Federal Skilled Worker Program and its selection grid.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, Templates } from "../../../core/message.js";
import { ECA_VALIDITY_YEARS } from "../../../education/eca-validity.js";
import { FULL_TIME_HOURS_PER_WEEK, HOURS_PER_YEAR } from "../../../experience/constants.js";
import { FSW_EXPERIENCE_WINDOW_YEARS } from "../../../programs/federal/requirements.js";
import type { fsw as english } from "../../en/federal/fsw.js";
import type { FswPointsBreakdown, Who } from "../../en/federal/types.js";
import { accord } from "../plural.js";
import { ABILITIES, ABILITY, comptent, heures, langue, niveau, notes, phrases, test } from "./words.js";

const exigenceExperiencePtqf = (asOf: IsoDate, f: MessageFormat): string =>
  `Le PTQF exige ${heures(HOURS_PER_YEAR, f)} (un an à temps plein, ou l’équivalent à temps partiel) de travail qualifié rémunéré continu dans une même profession au cours des ${FSW_EXPERIENCE_WINDOW_YEARS} ans précédant le ${f.date(asOf)}`;

const EXIGENCE_ETUDES_PTQF = `Le PTQF exige un diplôme canadien d’études secondaires ou postsecondaires, ou un diplôme étranger accompagné d’une évaluation des diplômes d’études (EDE) de moins de ${ECA_VALIDITY_YEARS} ans`;

const repartition = (p: FswPointsBreakdown): string =>
  `langues ${p.language}, études ${p.education}, expérience ${p.experience}, âge ${p.age}, emploi réservé ${p.arrangedEmployment}, capacité d’adaptation ${p.adaptability}`;

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
const majuscule = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

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

const travailAdaptation = (who: Who): string =>
  who === "you"
    ? `de travail qualifié autorisé à temps plein (${FULL_TIME_HOURS_PER_WEEK} heures ou plus par semaine) au Canada`
    : `de travail autorisé à temps plein (${FULL_TIME_HOURS_PER_WEEK} heures ou plus par semaine) de votre époux ou conjoint au Canada`;

export const fsw: Templates<typeof english> = {
  "fsw.credential.not-yet-completed": (p, f) =>
    `${p.path} est obtenu le ${f.date(p.completedOn)}, après le ${f.date(p.asOf)}.`,
  "fsw.credential.eca-not-answered": (p) =>
    `${p.path} est un diplôme étranger dont la date de l’évaluation des diplômes d’études (EDE) n’est pas indiquée (${p.path}.ecaIssuedOn) ; il ne compte qu’avec une EDE de moins de ${ECA_VALIDITY_YEARS} ans.`,
  "fsw.credential.eca-not-yet-issued": (p, f) =>
    `L’EDE du diplôme ${p.path} est datée du ${p.ecaIssuedOn}, après le ${f.date(p.asOf)}.`,
  "fsw.credential.canadian": (p) => `${p.path} est un diplôme canadien (aucune EDE requise).`,
  "fsw.credential.eca-valid": (p, f) =>
    `${p.path} est un diplôme étranger avec une EDE délivrée le ${f.date(p.issued)}, valide jusqu’à la veille du ${f.date(p.expires)}.`,
  "fsw.credential.eca-expired": (p, f) =>
    `L’EDE du diplôme ${p.path} (délivrée le ${f.date(p.issued)}) a expiré le ${f.date(p.expires)} : une EDE est valide ${ECA_VALIDITY_YEARS} ans.`,

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
    } ; jusqu’à ${heures(p.possibleHours, f)} ${comptent(p.possibleHours) === "compte" ? "pourrait" : "pourraient"} compter selon les réponses à ${p.missing.join(", ")}.${notes(p.joins, f)} ${exigenceExperiencePtqf(p.asOf, f)}.`,
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
    `${p.total} ${accord(p.total, "point", "points")} (${repartition(p.points)}) ; le PTQF exige ${p.passMark} points sur ${p.maximum}.`,
  "fsw.selection-points.undecided": (p) =>
    `${p.total} ${accord(p.total, "point assuré", "points assurés")} (${repartition(p.points)}), jusqu’à ${p.maximumReachable} selon les réponses à ${p.missing.join(", ")} ; le PTQF exige ${p.passMark} points sur ${p.maximum}.`,
  "fsw.selection-points.not-met": (p) =>
    `${p.total} ${accord(p.total, "point", "points")} (${repartition(p.points)}), au plus ${p.maximumReachable} même si les réponses en suspens étaient favorables ; le PTQF exige ${p.passMark} points sur ${p.maximum}.`,

  "fsw.points.age.not-answered": () => "La date de naissance n’est pas indiquée.",
  "fsw.points.age.born-after-as-of": (p, f) =>
    `La date de naissance, le ${f.date(p.dateOfBirth)}, est postérieure au ${f.date(p.asOf)} : il n’y a pas d’âge à cette date ; corrigez-la.`,
  "fsw.points.age": (p, f) => `${p.age} ans le ${f.date(p.asOf)} → ${p.points} sur ${p.maximum}.`,
  "fsw.points.education.not-answered": () => "Les études ne sont pas indiquées.",
  "fsw.points.education": (p) =>
    `Niveau : ${etudes(p.level)}${p.counted.length > 0 ? ` (selon ${p.counted.join(", ")})` : " (aucun diplôme ne compte)"} → ${p.points} sur ${p.maximum}.${
      p.maximumReachable > p.points
        ? ` ${majuscule(etudes(p.possibleLevel))} (${p.maximumReachable}) si ${p.open
            .map((o) =>
              o === "eca"
                ? "les EDE des diplômes étrangers sont valides"
                : "les programmes de baccalauréat dont la durée n’est pas indiquée duraient trois ans ou plus",
            )
            .join(" et ")}.`
        : ""
    }`,
  "fsw.points.experience.not-answered": () => "Les antécédents de travail ne sont pas indiqués.",
  "fsw.points.experience": (p, f) =>
    `${heures(p.hours, f)} de travail qualifié rémunéré au cours des ${FSW_EXPERIENCE_WINDOW_YEARS} ans précédant le ${f.date(p.asOf)} (du ${f.date(p.start)} au ${f.date(p.end)}) : ${p.years} année${p.years > 1 ? "s" : ""} complète${p.years > 1 ? "s" : ""} → ${p.points} sur ${p.maximum}.`,
  "fsw.points.arranged-employment": (p, f) =>
    p.points === null ? f.message(p.finding) : `${f.message(p.finding)} → ${p.points}.`,
  "fsw.points.language.not-answered": () => "Les résultats de tests linguistiques ne sont pas indiqués.",
  "fsw.points.language.none": (p) =>
    `Aucun résultat de test linguistique valide${p.declaredFirst === null ? "" : ` en ${langue(p.declaredFirst)}, la première langue officielle déclarée`} : 0 point.${
      p.unreadable.length > 0
        ? ` ${p.unreadable.map(test).join(", ")} ${accord(p.unreadable.length, "n’a pas pu être lu et pourrait", "n’ont pas pu être lus et pourraient")} donner plus de points.`
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
        ? ` ${p.unreadable.map(test).join(", ")} ${accord(p.unreadable.length, "n’a pas pu être lu et pourrait", "n’ont pas pu être lus et pourraient")} donner plus de points.`
        : ""
    }${
      p.counted < p.total
        ? ` Compté ${p.counted} d’ici là : un résultat qui n’a pas pu être lu peut atteindre le NCLC 7 dans chaque compétence, et un résultat qui atteint le minimum du PTQF est retenu en premier.`
        : ""
    }`,
  "fsw.points.adaptability": (p) =>
    `${p.earned.length > 0 ? `Obtenus : ${p.earned.map((e) => `${ELEMENTS[e.id] ?? e.id} ${e.points}`).join(", ")}` : "Aucun élément obtenu"}${
      p.uncapped > p.maximum ? ` (${p.uncapped}, plafonné à ${p.maximum})` : ""
    } → ${p.points} sur ${p.maximum}.`,

  "fsw.spouse.none": () => "Aucun époux ni conjoint de fait.",
  "fsw.spouse.accompanying": () => "Votre époux ou conjoint de fait vous accompagne.",
  "fsw.spouse.not-accompanying": () => "Votre époux ou conjoint de fait ne vous accompagne pas.",
  "fsw.spouse.citizen-or-permanent-resident": () =>
    "Votre époux ou conjoint de fait est citoyen canadien ou résident permanent : les éléments de la capacité d’adaptation liés à l’époux ne comptent que pour un époux ou conjoint de fait qui immigre avec vous.",
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
    const one = p.open.length === 1;
    const programme =
      p.who === "you"
        ? one
          ? "de votre programme canadien"
          : "de vos programmes canadiens"
        : one
          ? "du programme canadien de votre époux ou conjoint"
          : "des programmes canadiens de votre époux ou conjoint";
    const parts = [
      ...(p.educationPath === null
        ? []
        : [
            `${p.who === "you" ? "vos études ne sont pas indiquées" : "les études de votre époux ou conjoint ne sont pas indiquées"} (${p.educationPath})`,
          ]),
      ...(p.open.length > 0 ? [`la durée ${programme} n’est pas indiquée (${p.open.join(", ")})`] : []),
      ...(p.answerPath === null
        ? []
        : [
            `il n’est pas indiqué si ${p.who === "you" ? "vous avez" : "votre époux ou conjoint a"} terminé au moins deux années scolaires d’études à temps plein au Canada (${p.answerPath})`,
          ]),
    ];
    const sentence = parts.join(" ; ");
    return `${majuscule(sentence)}. Un diplôme canadien d’un programme de deux ans ou plus, ou deux années scolaires d’études à temps plein au Canada, donnent cet élément.`;
  },
  "fsw.adaptability.study.not-met": (p) =>
    `${p.who === "you" ? "Vos diplômes ne comprennent" : "Les diplômes de votre époux ou conjoint ne comprennent"} aucun diplôme canadien d’un programme de deux ans ou plus, et ${p.who === "you" ? "vous n’avez" : "votre époux ou conjoint n’a"} pas terminé deux années scolaires d’études à temps plein au Canada (${p.answerPath} : false).`,
  "fsw.adaptability.work.met": (p, f) =>
    `${heures(p.hours, f)} ${travailAdaptation(p.who)} : au moins un an (${heures(HOURS_PER_YEAR, f)}).`,
  "fsw.adaptability.work.not-met": (p, f) =>
    `${heures(p.hours, f)} ${travailAdaptation(p.who)} ; un an (${heures(HOURS_PER_YEAR, f)}) est exigé.`,
  "fsw.adaptability.work.undecided": (p, f) =>
    `${heures(p.hours, f)} ${travailAdaptation(p.who)} ${comptent(p.hours)} assurément ; jusqu’à ${heures(p.possibleHours, f)} selon les réponses à ${p.missing.join(", ")}. Un an (${heures(HOURS_PER_YEAR, f)}) est exigé.`,
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
};
