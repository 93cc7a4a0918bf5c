// French messages: input issues (the candidate's shape, dates, asOf, language tests, NOC codes).

import type { InputValue } from "../../core/input-issue.js";
import type { MessageFormat, Templates } from "../../core/message.js";
import type { input as english } from "../en/input.js";

/** A value as it was given: rien, null, une liste, 5, « texte », un objet de type Map. */
export function value(v: InputValue, _f?: MessageFormat): string {
  switch (v.type) {
    case "undefined":
      return "rien";
    case "null":
      return "null";
    case "array":
      return "une liste";
    case "number":
      // As given (in JSON, 1.5): the value quoted, not a quantity to read.
      return String(v.value);
    case "string":
      return `« ${v.value} »`;
    case "boolean":
      return `la valeur ${String(v.value)}`;
    case "bigint":
      return `l’entier ${v.value}`;
    case "date":
      return v.valid
        ? v.year === undefined
          ? "un objet Date"
          : `un objet Date de l’an ${v.year}`
        : "une date non valide (Invalid Date)";
    case "object":
      return `un objet de type ${v.tag}`;
    case "symbol":
      return "un symbole";
    case "function":
      return "une fonction";
  }
}

/** The words for a type zod expects. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "du texte",
  number: "un nombre",
  boolean: "true ou false",
  object: "un objet",
  "plain-object": "un objet simple (comme en donne le JSON)",
  array: "une liste",
  int: "un nombre entier",
};

/** A bound with its unit, singular up to 1 as in French: `1 caractère`, `100 éléments`, `168`. */
function bound(n: number, origin: string, f: MessageFormat): string {
  const plural = Math.abs(n) >= 2;
  const unit =
    origin === "array"
      ? plural
        ? " éléments"
        : " élément"
      : origin === "string"
        ? plural
          ? " caractères"
          : " caractère"
        : "";
  return `${f.number(n)}${unit}`;
}

/** Ability names in IRCC's French. */
const ABILITIES: Readonly<Record<string, string>> = {
  reading: "compréhension de l’écrit",
  writing: "expression écrite",
  listening: "compréhension de l’oral",
  speaking: "expression orale",
};

function ability(name: string): string {
  return ABILITIES[name] ?? name;
}

function quoted(text: string): string {
  return `« ${text} »`;
}

export const input: Templates<typeof english> = {
  "input.required": (p) => `Le champ ${p.path} est obligatoire ici.`,
  "input.unrecognized-key": (p) =>
    `Champ inconnu ${quoted(p.key)}${p.parent === "" ? "" : ` dans ${p.parent}`} : vérifiez son orthographe ; il ne fait pas partie du modèle.`,
  "input.invalid-type": (p, f) =>
    `Valeur attendue : ${TYPE_WORDS[p.expected] ?? p.expected} ; valeur reçue : ${value(p.received, f)}.`,
  "input.invalid-option": (p, f) =>
    `Valeur attendue : l’une des valeurs ${p.options.map((v) => (typeof v === "string" ? quoted(v) : String(v))).join(", ")} ; valeur reçue : ${value(p.received, f)}.`,
  "input.too-small": (p, f) =>
    `Valeur attendue : ${p.inclusive ? "au moins" : "plus de"} ${bound(p.minimum, p.origin, f)} ; valeur reçue : ${value(p.received, f)}.`,
  "input.too-big": (p, f) =>
    `Valeur attendue : ${p.inclusive ? "au plus" : "moins de"} ${bound(p.maximum, p.origin, f)} ; valeur reçue : ${value(p.received, f)}.`,
  "input.list-too-long": (p, f) =>
    `La liste peut contenir au plus ${f.number(p.maximum)} éléments ; elle en contient ${f.number(p.count)}.`,
  "input.invalid": () => "Entrée non valide",
  "input.not-a-candidate": (p, f) =>
    p.received === undefined
      ? "Un objet décrivant le candidat est attendu."
      : `Un objet décrivant le candidat est attendu ; valeur reçue : ${value(p.received, f)}.`,
  "input.unreadable": (p) => `Les données fournies n’ont pas pu être lues : ${p.error}`,
  "input.country-code": () => "Un code de pays ISO 3166 à deux lettres majuscules est attendu, comme CA ou IN.",
  "input.naics-code": () => "Un code SCIAN (NAICS) de 2 à 6 chiffres est attendu.",
  "input.noc-code": (p) =>
    `Un code de la CNP est attendu : 4 chiffres (CNP 2016, p. ex. 2173) ou 5 chiffres (CNP 2021, p. ex. 21231) ; valeur reçue : ${quoted(p.value)}.`,
  "input.job-ends-before-start": (p, f) =>
    `L’emploi se termine (${f.date(p.to)}) avant d’avoir commencé (${f.date(p.from)}).`,
  "input.relative-contradicts-sibling": () =>
    "relativeInCanada vaut false, mais siblingInCanada vaut true : un frère ou une sœur au Canada fait partie des membres de la parenté visés.",

  "input.date.not-a-string": (p, f) =>
    `Une date au format AAAA-MM-JJ est attendue ; valeur reçue : ${value(p.received, f)}.`,
  "input.date.not-yyyy-mm-dd": (p) =>
    `Une date au format AAAA-MM-JJ est attendue (par exemple 2024-02-29) ; valeur reçue : ${quoted(p.value)}.`,
  "input.date.no-such-year": (p) =>
    `${p.value} n’existe pas : il n’y a pas d’année 0000, les années commencent à 0001.`,
  "input.date.no-such-month": (p) =>
    `${p.value} n’existe pas : il n’y a pas de mois ${p.value.slice(5, 7)}, les mois vont de 01 à 12.`,
  "input.date.no-such-day": (p) =>
    `${p.value} n’est pas un jour du calendrier : ce mois-là n’a pas de jour ${p.value.slice(8, 10)}.`,

  "input.as-of.required": (p, f) =>
    `asOf est obligatoire : c’est le jour auquel les règles s’appliquent, au format AAAA-MM-JJ ou sous forme de Date (la bibliothèque ne lit jamais l’horloge) ; valeur reçue : ${value(p.received, f)}.`,
  "input.as-of.invalid": (p, f) =>
    `asOf doit être un jour du calendrier au format AAAA-MM-JJ ou une Date valide ; valeur reçue : ${value(p.received, f)}${
      p.problem === undefined ? "." : ` : ${f.message(p.problem)}`
    }`,
  "input.as-of.before-crs": (p, f) =>
    `Le Système de classement global (SCG) est entré en vigueur le ${f.date(p.startedOn)} ; il n’y a pas de note du SCG le ${f.date(p.asOf)}.`,
  "input.as-of.before-worker-eoi": (p, f) =>
    `Il n’y avait pas de note de déclaration d’intérêt (Worker Expression of Interest) du PIAA le ${f.date(p.asOf)} : la Worker EOI a commencé le ${f.date(p.startedOn)} ; auparavant, les volets pour travailleurs du PIAA recevaient les demandes sans sélection par déclaration d’intérêt.`,
  "input.worker-eoi.submitted-before-start": (p, f) =>
    `Aucune Worker Expression of Interest (déclaration d’intérêt) ne pouvait être soumise le ${f.date(p.submittedOn)} : la Worker EOI a commencé le ${f.date(p.startedOn)}.`,
  "input.as-of.worker-eoi-grid-unknown": (p, f) =>
    `La grille de points de la Worker EOI en vigueur le ${f.date(p.asOf)} n’est pas connue : ${
      p.note === undefined ? "aucune version de la grille ne couvre cette date." : f.message(p.note)
    }`,
  "input.born-after-as-of": (p, f) =>
    `La date de naissance ${f.date(p.dateOfBirth)} est postérieure au jour évalué, le ${f.date(p.asOf)} : il n’y a pas d’âge à cette date.`,

  "input.language.not-a-test": (p, f) =>
    `Un résultat de test de langue (test, testedOn, scores) est attendu ; valeur reçue : ${value(p.received, f)}.`,
  "input.language.not-a-list": () => "Une liste de résultats de tests de langue est attendue.",
  "input.language.unknown-test": (p, f) =>
    `L’un des tests acceptés par IRCC est attendu (celpip-general, ielts-general, pte-core, tef-canada, tcf-canada) ; valeur reçue : ${value(p.received, f)}.`,
  "input.language.scores-missing": () =>
    "Les quatre résultats sont attendus : { reading, writing, listening, speaking }.",
  "input.language.score-not-a-number": (p, f) =>
    `Le résultat ${p.testName} en ${ability(p.ability)} doit être un nombre ; valeur reçue : ${value(p.received, f)}.`,
  "input.language.off-scale": (p, f) =>
    `Les résultats ${p.testName} en ${ability(p.ability)} vont de ${f.number(p.min)} à ${f.number(p.max)} ${
      p.step === 1 ? "en nombres entiers" : `par tranches de ${f.number(p.step)}`
    } ; ${Number.isNaN(p.score) ? "NaN (pas un nombre)" : f.number(p.score)} n’est pas sur cette échelle. ${f.message(p.note)}`,
  "input.language.not-accepted-on-date": (p, f) => f.message(p.reason),
  "input.language.tested-after-as-of": (p, f) =>
    `Le test est daté du ${f.date(p.testedOn)}, après la date d’évaluation, le ${f.date(p.asOf)} : le ${f.date(p.asOf)}, il n’y avait pas encore de résultat.`,
  "input.language.first-official-language": (p, f) =>
    `La valeur « english » ou « french » est attendue ; valeur reçue : ${value(p.received, f)}.`,

  "input.noc.unknown": (p, f) =>
    `${value(p.code, f)} n’est pas un code de groupe de base de la CNP 2016 (4 chiffres) ni de la CNP 2021 (5 chiffres).`,
  "input.noc.version-mismatch": (p, f) =>
    `${p.code} est un code de la CNP ${p.version}, mais le ${f.date(p.asOf)} la liste de l’Accelerated Tech Pathway utilise les codes de la CNP ${p.listVersion} ; ` +
    `indiquez plutôt le code de la CNP ${p.listVersion} (${p.code} ${p.forward ? "est devenu" : "provient de"} ${f.list(p.codes, "disjunction")}).`,
  "input.score-not-finite": (p, f) => `La note doit être un nombre fini ; valeur reçue : ${value(p.received, f)}.`,

  "input.cli.empty": () => "L’entrée est vide ; un objet JSON est attendu.",
  "input.cli.invalid-json": (p) =>
    `JSON non valide${p.line === null ? "" : ` à la ligne ${p.line}, colonne ${p.column}`} (message de l’analyseur, en anglais : ${p.detail})`,
  "input.cli.line-keys": (p) =>
    `Une ligne contenant « candidate » ne peut avoir que « id » et « candidate » ; champs en trop : ${p.keys.map(quoted).join(", ")}.`,
  "input.cli.line-id": () => "L’identifiant (id) doit être du texte ou un nombre fini.",
  "input.cli.unknown-noc": (p) => `${quoted(p.code)} n’est pas un code de groupe de base de la CNP.`,
};
