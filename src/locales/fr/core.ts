// French messages of the engine: combinators, cases, custom text, freshness.

import type { MessageFormat, Templates } from "../../core/message.js";
import type { core as english } from "../en/core.js";

const titles = (ids: readonly string[], f: MessageFormat): string => ids.map((id) => f.title(id)).join(" ; ");

export const core: Templates<typeof english> = {
  text: (p) => p.text,
  "rule.all.pass": (p) => (p.count < 2 ? "L’exigence est remplie." : `Les ${p.count} exigences sont remplies.`),
  "rule.all.fail": (p, f) =>
    `${p.parts.length < 2 ? "Exigence non remplie" : "Exigences non remplies"} : ${titles(p.parts, f)}.`,
  "rule.all.unknown": (p, f) => `Indéterminé tant qu’on n’en sait pas plus sur : ${titles(p.parts, f)}.`,
  "rule.any.pass": (p, f) => `Remplie par : ${titles(p.parts, f)}.`,
  "rule.any.fail": (p) =>
    p.count < 2 ? "La seule possibilité n’est pas remplie." : `Aucune des ${p.count} possibilités n’est remplie.`,
  "rule.any.unknown": (p, f) =>
    `Aucune possibilité n’est encore remplie ; indéterminé tant qu’on n’en sait pas plus sur : ${titles(p.parts, f)}.`,
  "rule.cases.pass": (p, f) => `Remplie par : ${titles(p.parts, f)}.`,
  "rule.cases.fail": (p, f) => `Aucun cas ne remplit toutes les exigences : ${titles(p.parts, f)}.`,
  "rule.cases.unknown": (p, f) =>
    [
      p.parts.length > 0 ? `Indéterminé pour : ${titles(p.parts, f)}.` : "",
      p.unanswered === undefined ? "" : f.message(p.unanswered),
    ]
      .filter((part) => part !== "")
      .join(" "),
  "versioned.empty": () => "Aucune version de cette règle n’est connue.",
  "versioned.before-first": (p, f) =>
    `Aucune version n’est connue avant le ${f.date(p.earliest)} ; le ${f.date(p.asOf)} est antérieur.`,
  "versioned.after-last": (p, f) =>
    `La dernière version connue a pris fin le ${f.date(p.latestEnd)} (exclu) ; aucune n’est connue en vigueur le ${f.date(p.asOf)}.`,
  "versioned.gap": (p, f) => `Aucune version n’est connue en vigueur le ${f.date(p.asOf)}.`,
  "assessment.stale": (p, f) =>
    `Les règles et les données utilisées ont été vérifiées auprès de leurs sources officielles pour la dernière fois le ${f.date(p.verifiedThrough)} ; le ${f.date(p.asOf)} est postérieur, et elles ont pu changer depuis : consultez les pages officielles avant de vous fier à cette réponse.`,
};
