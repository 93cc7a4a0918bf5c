// French words shared by the federal messages (IRCC's official French terms).

import type { MessageFormat } from "../../../core/message.js";
import type { FederalLanguageCode, FederalLanguageRequirement, FederalLevels } from "../../en/federal/types.js";
import { ABILITIES } from "../../en/federal/words.js";
import { accord } from "../plural.js";

// Words that do not depend on the language.
export { ABILITIES, notes, sentences as phrases, test } from "../../en/federal/words.js";

export const ABILITY = {
  reading: "compréhension de l’écrit",
  writing: "expression écrite",
  listening: "compréhension de l’oral",
  speaking: "expression orale",
} as const;

export const heures = (value: number, f: MessageFormat): string => {
  if (!Number.isFinite(value)) return "un nombre quelconque d’heures";
  const rounded = Math.round(value * 10) / 10;
  return `${f.number(rounded)} ${accord(rounded, "heure", "heures")}`;
};
/** The verb after {@link heures}: `compte` below 2 hours, `comptent` from 2. */
export const comptent = (value: number): string =>
  Number.isFinite(value) && Math.abs(Math.round(value * 10) / 10) < 2 ? "compte" : "comptent";
export const langue = (language: FederalLanguageCode): string => (language === "english" ? "anglais" : "français");
export const niveau = (value: number): string => (value === 0 ? "inférieur à 4" : String(value));
const PROGRAMME = {
  fsw: "Le Programme des travailleurs qualifiés (fédéral) [PTQF]",
  cec: "La Catégorie de l’expérience canadienne (CEC)",
  fst: "Le Programme des travailleurs de métiers spécialisés (fédéral) [PTMSF]",
} as const;
export const SIGLE = { fsw: "le PTQF", cec: "la CEC", fst: "le PTMSF" } as const;

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

export const TIERS = {
  2016: {
    high: "de genre de compétence 0 ou de niveau de compétence A de la CNP 2016",
    low: "de niveau de compétence B de la CNP 2016",
  },
  2021: { high: "de catégorie FÉER 0 ou 1", low: "de catégorie FÉER 2 ou 3" },
} as const;

export function exigence(r: FederalLanguageRequirement): string {
  const context =
    r.context === null
      ? ""
      : r.context === "first-language"
        ? " de la première langue officielle"
        : ` lorsque le travail admissible est ${TIERS[r.noc][r.context === "cec-high" ? "high" : "low"]}`;
  return `${PROGRAMME[r.program].replace(/^L/, "l")} exige ${minimum(r.minimum)}${context}`;
}

export const declaree = (first: FederalLanguageCode | null): string =>
  first === null ? "" : ` (la première langue officielle que vous avez déclarée est l’${langue(first)})`;
