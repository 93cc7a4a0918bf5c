// French messages: language tests as the federal programs read them.

import type { Templates } from "../../../core/message.js";
import type { language as english } from "../../en/federal/language.js";
import { ABILITIES, ABILITY, declaree, exigence, langue, niveau, phrases, test } from "./words.js";

export const language: Templates<typeof english> = {
  "federal.language.test-expired": (p, f) =>
    `${test(p.test)} a expiré le ${p.expiresOn === null ? "jour de son deuxième anniversaire" : f.date(p.expiresOn)} (les résultats sont valides ${p.validityYears} ans)`,
  "federal.language.test-not-yet-taken": (p) => `${test(p.test)} est daté d’après la date de l’évaluation`,
  "federal.language.test-not-accepted": (p) =>
    `${test(p.test)} n’était pas un test accepté à cette date (le PTE Core est accepté à compter du 2024-01-30)`,
  "federal.language.test-unreadable": (p, f) => `${test(p.test)} n’a pas pu être lu : ${phrases(p.issues, f)}`,
  "federal.language.test-valid": (p) => `${test(p.test)} est valide`,
  "federal.language.shortfall": (p) =>
    `${test(p.test)} : ${p.shortfalls.map((s) => `NCLC ${niveau(s.level)} en ${ABILITY[s.ability]}`).join(", ")}`,
  "federal.language.shortfall-whatever-correction": (p) =>
    `${test(p.test)}, quelle que soit la correction des résultats à corriger : ${p.shortfalls.map((s) => `NCLC ${niveau(s.level)} en ${ABILITY[s.ability]}`).join(", ")}`,
  "federal.language.no-result": () => "Aucun résultat de test linguistique n’est indiqué",
  "federal.language.no-valid-in": (p) => `Aucun résultat valide en ${p.languages.map(langue).join(" ou en ")}`,
  "federal.language.no-valid": () => "Aucun résultat de test linguistique valide à la date de l’évaluation",
  "federal.language.other-language": (p) =>
    `${p.tests.map(test).join(", ")} ${p.tests.length === 1 ? "évalue" : "évaluent"} l’autre langue officielle`,
  "federal.language.not-answered": (p) =>
    `Les résultats de tests linguistiques ne sont pas indiqués ; ${exigence(p.requirement)}, selon un test de moins de ${p.validityYears} ans.`,
  "federal.language.met": (p, f) =>
    `${test(p.test)} : NCLC ${ABILITIES.map((a) => `${ABILITY[a]} ${p.levels[a]}`).join(", ")}, valide jusqu’à la veille du ${f.date(p.expiresOn)} ; ${exigence(p.requirement)}${declaree(p.declaredFirst)}.`,
  "federal.language.unreadable": (p, f) =>
    `Aucun test lisible n’atteint le minimum, et ${p.tests
      .map((m) => f.message(m))
      .join(" ; ")
      .replace(/\.$/, "")}. ${exigence(p.requirement).replace(/^l/, "L")}${declaree(p.declaredFirst)}.`,
  "federal.language.not-met": (p, f) =>
    `${p.parts.map((m) => f.message(m)).join(" ; ")} ; ${exigence(p.requirement)}${declaree(p.declaredFirst)}.`,
};
