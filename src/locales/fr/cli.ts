// French messages: the `alberta-atp` command's own words (headings, labels, verdict words).

import type { Templates } from "../../core/message.js";
import type {
  CliBatchCounts,
  CliCrsLine,
  CliCrsSection,
  CliNocLevel,
  CliNocRelationship,
  CliProgram,
  cli as english,
} from "../en/cli.js";
import { niveauCnp } from "./federal/fst.js";
import { accord } from "./plural.js";

const PROGRAMS: Readonly<Record<CliProgram, string>> = {
  atp: "Accelerated Tech Pathway de l’Alberta",
  "alberta-ee": "Alberta Express Entry Stream",
  "express-entry": "Entrée express fédérale (PTQF, CEC ou PTMSF)",
  fsw: "Programme des travailleurs qualifiés (fédéral)",
  cec: "Catégorie de l’expérience canadienne",
  fst: "Programme des travailleurs de métiers spécialisés (fédéral)",
};

const STATUS = { eligible: "ADMISSIBLE", ineligible: "NON ADMISSIBLE", incomplete: "INDÉTERMINÉ" } as const;

const CRS_SECTIONS: Readonly<Record<CliCrsSection, string>> = {
  A: "A. Facteurs de base / du capital humain",
  B: "B. Facteurs liés à l’époux ou au conjoint de fait",
  C: "C. Facteurs de transférabilité des compétences",
  D: "D. Points supplémentaires",
};

const CRS_LINES: Readonly<Record<CliCrsLine, string>> = {
  age: "Âge",
  education: "Niveau de scolarité",
  firstLanguage: "Première langue officielle",
  secondLanguage: "Seconde langue officielle",
  canadianWork: "Expérience de travail au Canada",
  spouseEducation: "Scolarité (époux ou conjoint de fait)",
  spouseFirstLanguage: "Première langue officielle (époux ou conjoint)",
  spouseCanadianWork: "Expérience au Canada (époux ou conjoint)",
  educationLanguage: "Études + langue officielle",
  educationCanadianWork: "Études + expérience de travail au Canada",
  foreignWorkLanguage: "Expérience à l’étranger + langue officielle",
  foreignWorkCanadianWork: "Expérience à l’étranger + expérience au Canada",
  certificate: "Certificat de compétence + langue",
  provincialNomination: "Désignation provinciale ou territoriale",
  arrangedEmployment: "Emploi réservé",
  french: "Compétences en français",
  canadianEducation: "Études postsecondaires au Canada",
  sibling: "Frère ou sœur au Canada",
};

const batchCounts = (c: CliBatchCounts): string =>
  `${c.eligible} ${accord(c.eligible, "admissible", "admissibles")}, ${c.ineligible} non ${accord(c.ineligible, "admissible", "admissibles")}, ${c.incomplete} ${accord(c.incomplete, "indéterminée", "indéterminées")}, ${c.invalid} ${accord(c.invalid, "invalide", "invalides")}`;

const ATP_LIST = { pass: "sur la liste", fail: "pas sur la liste", unknown: "inconnu" } as const;

const SYSTEM: Readonly<Record<string, string>> = {
  ENOENT: "fichier introuvable",
  EACCES: "permission refusée",
  EPERM: "permission refusée",
  EISDIR: "c’est un dossier, pas un fichier",
  ENOTDIR: "une partie du chemin n’est pas un dossier",
  EMFILE: "trop de fichiers ouverts",
};

const systemText = (p: { code: string | null; detail: string }): string =>
  p.code === null ? p.detail : `${SYSTEM[p.code] ?? p.detail} (${p.code})`;

const FEER_WORDS: Readonly<Record<number, string>> = {
  0: "gestion",
  1: "habituellement un diplôme universitaire",
  2: "habituellement un diplôme collégial ou un apprentissage de 2 ans ou plus",
  3: "habituellement un diplôme collégial ou un apprentissage de moins de 2 ans",
  4: "habituellement un diplôme d’études secondaires",
  5: "habituellement une courte démonstration du travail, sans études formelles",
};

const SKILL_LEVEL_WORDS: Readonly<Record<string, string>> = {
  "0": "gestion",
  A: "habituellement des études universitaires",
  B: "habituellement des études collégiales ou un apprentissage",
  C: "habituellement des études secondaires ou une formation propre à la profession",
  D: "habituellement une formation en cours d’emploi",
};

const RELATIONSHIP: Readonly<Record<CliNocRelationship, string>> = {
  "one-to-one": "correspondance un à un",
  split: "scission",
  merge: "fusion",
  "split-and-merge": "scission et fusion",
};

/** « FÉER 1 » ou « niveau de compétence A », avec ce qu’il demande habituellement si `words`. */
const nocLevel = (level: CliNocLevel, words: boolean): string => {
  if (level.teer !== undefined) return `FÉER ${level.teer}${words ? ` (${FEER_WORDS[level.teer] ?? ""})` : ""}`;
  if (level.skillLevel !== undefined) {
    return `niveau de compétence ${level.skillLevel}${words ? ` (${SKILL_LEVEL_WORDS[level.skillLevel] ?? ""})` : ""}`;
  }
  return "";
};

export const cli: Templates<typeof english> = {
  "cli.program": (p) => PROGRAMS[p.program],
  "cli.standard-input": () => "l’entrée standard",
  "cli.the-input": () => "(l’entrée)",
  "cli.cannot-open": (p, f) => `Impossible d’ouvrir ${f.message(p.input)} : ${systemText(p)}`,
  "cli.cannot-read": (p, f) => `Impossible de lire ${f.message(p.input)} : ${systemText(p)}`,
  "cli.invalid-candidate": (p, f) =>
    `${f.message(p.input)} — candidat non valide (${p.count} problème${p.count === 1 ? "" : "s"}) :`,
  "cli.secondary-source": () => "(source secondaire)",
  "cli.source": () => "source",
  "cli.sources": () => "Sources :",
  "cli.not-counted": () => "Non comptés tant qu’ils sont sans réponse (ils pourraient ajouter des points) :",
  "cli.assess.heading": (p, f) => `${f.message(p.program)} : ${f.message(p.input)}, au ${p.asOf}`,
  "cli.assess.rule-set": (p) =>
    `Ensemble de règles ${p.id} (en vigueur ${p.to !== null ? `du ${p.from} au ${p.to}` : `depuis le ${p.from}`})`,
  "cli.assess.result": () => "Résultat :",
  "cli.assess.status": (p) => STATUS[p.status],
  "cli.assess.why-not": () => "Pourquoi pas :",
  "cli.assess.not-met-so-far": () => "Non remplies à ce stade :",
  "cli.assess.missing": () => "Réponses manquantes (répondez-y pour trancher) :",
  "cli.assess.uncertain": () => "Les règles à cette date sont incertaines (aucune réponse ne peut trancher) :",
  "cli.assess.next-steps": () => "Prochaines étapes :",
  "cli.assess.due": (p) => `(au plus tard le ${p.due})`,
  "cli.assess.crs": (p, f) =>
    `Note du SCG : ${f.number(p.total)} (avec une désignation provinciale : ${f.number(p.nominated)}). Lancez « alberta-atp crs » pour le détail.`,
  "cli.assess.verified": (p) => `Règles et données vérifiées auprès de leurs sources jusqu’au ${p.date}.`,
  "cli.caveat": (p, f) => `Mise en garde : ${f.message(p.caveat)}`,
  "cli.crs.cannot-score": (p, f) =>
    `${f.message(p.input)} : la note du SCG ne peut pas être calculée pour ce candidat :`,
  "cli.crs.heading": (p, f) => `Note du SCG : ${f.message(p.input)}, au ${p.asOf}`,
  "cli.crs.section": (p) => CRS_SECTIONS[p.section],
  "cli.crs.line": (p) => CRS_LINES[p.line],
  "cli.crs.education-cap": (p) => `Études (au plus ${p.maximum})`,
  "cli.crs.foreign-work-cap": (p) => `Expérience de travail à l’étranger (au plus ${p.maximum})`,
  "cli.crs.subtotal": (p) => `Sous-total ${p.section}${p.maximum !== null ? ` (au plus ${p.maximum})` : ""}`,
  "cli.crs.total": () => "Total",
  "cli.crs.total-nominated": () => "Total avec une désignation provinciale",
  "cli.crs.maximum-reachable": () => "Au plus, les réponses ouvertes vous étant favorables",
  "cli.crs.caveats": () => "Mises en garde :",
  "cli.crs.verified": (p) => `Barèmes vérifiés auprès de leurs sources jusqu’au ${p.date}.`,
  "cli.crs.improvements": () => "Améliorations (un changement à la fois, les plus payantes d’abord) :",
  "cli.crs.no-improvement": () => "Aucune : aucun changement isolé n’ajoute de points.",
  "cli.crs.age-points": () =>
    "Les points pour l’âge changent à ces anniversaires (toutes choses égales par ailleurs) :",
  "cli.crs.birthday": (p) => `${p.on} (${p.age} ans)`,
  "cli.eoi.cannot-score": (p, f) => `${f.message(p.input)} : la Worker EOI ne peut pas être notée pour ce candidat :`,
  "cli.eoi.heading": (p, f) =>
    `Note de la Worker Expression of Interest (EOI) du PIAA : ${f.message(p.input)}, au ${p.asOf}`,
  "cli.eoi.grid": (p) => `Grille : ${p.title}${p.effective !== null ? `, en vigueur depuis le ${p.effective}` : ""}`,
  "cli.eoi.group": (p) =>
    `${p.group === "I" ? "Groupe I. Capital humain" : "Groupe II. Facteurs économiques"} (au plus ${p.maximum})`,
  "cli.eoi.up-to": (p) => `? jusqu’à ${p.points}${p.answer.length > 0 ? ` : répondez à ${p.answer.join(", ")}` : ""}`,
  "cli.eoi.read-as": () => "lu selon",
  "cli.eoi.subtotal": (p) =>
    `Sous-total du groupe ${p.group}${p.reachable !== null ? ` (jusqu’à ${p.reachable})` : ""}`,
  "cli.eoi.total": () => "Total : les points assurés d’après les réponses données",
  "cli.eoi.maximum": () => "Maximum atteignable, si chaque question sans réponse reçoit la réponse favorable",
  "cli.eoi.notes": () => "Demandé par la Worker EOI, sans points :",
  "cli.eoi.grid-source": () => "Source de la grille :",
  "cli.eoi.not-advice": () =>
    "Ceci n’est pas un avis juridique : la grille est encodée d’après la grille de points publiée par le PIAA, avec sa source.",
  "cli.eoi.no-score": (p) => `pas de note de Worker EOI au ${p.asOf} :`,
  "cli.eoi.draws": (p) => `Rondes de l’Accelerated Tech Pathway du ${p.from} au ${p.to} :`,
  "cli.eoi.draw": (p, f) =>
    `${p.date}  minimum ${String(p.minimum).padStart(3)}  ${f.number(p.invitations).padStart(5)} invitations  ${p.atOrAbove ? "au moins égale" : "inférieure"}`,
  "cli.eoi.no-draws": () => "aucune dans nos données",
  "cli.eoi.at-maximum": (p) =>
    `À la note maximale atteignable de ${p.score} : au moins égale au minimum de ${p.atOrAbove} ${accord(p.atOrAbove, "ronde", "rondes")} sur ${p.of}.`,
  "cli.eoi.selection": () => "Critères de sélection :",
  "cli.eoi.allocation": (p, f) =>
    `Désignations ${p.year} de l’Accelerated Tech Pathway (page mise à jour le ${p.updated}) : ${f.number(p.allocation)} allouées, ${f.number(p.issued)} délivrées, ${f.number(p.remaining)} ${accord(p.remaining, "restante", "restantes")} ; ${f.number(p.pool)} déclarations d’intérêt ATP dans le bassin.`,
  "cli.eoi.draw-data": (p) =>
    `Données des rondes vérifiées le ${p.verified} ; elles couvrent la période du ${p.from} au ${p.through}, sauf les jours nommés ci-dessus.`,
  "cli.batch.progress": (p) => `${p.results} ${accord(p.results, "évaluée", "évaluées")} : ${batchCounts(p.counts)}`,
  "cli.batch.summary": (p, f) =>
    `${p.results} ${accord(p.results, "ligne évaluée", "lignes évaluées")} au ${p.asOf} pour le programme « ${f.message(p.program)} » : ${batchCounts(p.counts)}${p.counts.error > 0 ? `, ${p.counts.error} ${accord(p.counts.error, "erreur interne", "erreurs internes")}` : ""}.`,
  "cli.noc.classification": (p) =>
    `CNP ${p.version === 2021 ? "2021 version 1.0" : "2016 version 1.3"}, ${nocLevel(p.level, true)}`,
  "cli.noc.groups-2021": (p) =>
    `Grande catégorie professionnelle ${p.broadCategory}, ${niveauCnp("major", 2021, false)} ${p.majorGroup}, ${niveauCnp("sub-major", 2021, false)} ${p.subMajorGroup}, ${niveauCnp("minor", 2021, false)} ${p.minorGroup}`,
  "cli.noc.groups-2016": (p) =>
    `Genre de compétence ${p.skillType}, ${niveauCnp("major", 2016, false)} ${p.majorGroup}, ${niveauCnp("minor", 2016, false)} ${p.minorGroup}`,
  "cli.noc.related-heading": (p) =>
    p.version === 2016
      ? "Codes de la CNP 2021 qui lui succèdent (table de concordance de Statistique Canada) :"
      : "Codes de la CNP 2016 qui l’ont précédé (table de concordance de Statistique Canada) :",
  "cli.noc.none": () => "(aucun)",
  "cli.noc.related": (p) =>
    `${nocLevel(p.level, false)} ; ${RELATIONSHIP[p.relationship]}${p.realChange ? "" : ", changement de code ou de titre seulement"}`,
  "cli.noc.unknown-code": (p) =>
    `« ${p.code} » n’est pas un code de groupe de base de la CNP 2016 ou de la CNP 2021. ${
      p.digits
        ? "Les codes de la CNP 2021 ont 5 chiffres (21231), ceux de la CNP 2016 en ont 4 (2173)."
        : `Pour trouver une profession par son titre, lancez « alberta-atp noc search ${p.code} ».`
    }`,
  "cli.noc.search.none": (p) => `Aucune profession de la CNP ne correspond à « ${p.words} ».`,
  "cli.noc.search.level": (p) => `CNP ${p.version}  ${nocLevel(p.level, false).padEnd(22)}`,
  "cli.noc.search.more": (p) => `… et ${p.more} de plus (--limit 0 les affiche toutes).`,
  "cli.noc.search.legend": (p) =>
    `ATP : ✔ sur la liste de l’Accelerated Tech Pathway au ${p.asOf}, ✘ pas sur la liste, ? inconnu (un code de la CNP 2016\ndoit être indiqué en CNP 2021 à partir du 2022-11-16) ; « alberta-atp noc <code> » explique la réponse.`,
  "cli.noc.atp-list": (p) => `Liste de l’Accelerated Tech Pathway au ${p.asOf}`,
  "cli.noc.atp-verdict": (p) => ATP_LIST[p.verdict],
};
