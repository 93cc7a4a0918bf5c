// English words shared by the federal messages.

import type { MessageFormat, MessageLike } from "../../../core/message.js";
import type { FederalLanguageCode, FederalLanguageRequirement, FederalLevels, FederalTestRef } from "./types.js";

export const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;

export const hours = (value: number, f: MessageFormat): string =>
  Number.isFinite(value) ? f.number(Math.round(value * 10) / 10) : "any number of";
export const scale = (language: FederalLanguageCode | null | undefined): string =>
  language === "french" ? "NCLC" : language === "english" ? "CLB" : "CLB/NCLC";
export const languageName = (language: FederalLanguageCode): string => (language === "english" ? "English" : "French");
export const test = (t: FederalTestRef): string => `${t.path} (${t.name}, ${t.testedOn})`;
export const level = (value: number): string => (value === 0 ? "below 4" : String(value));
export const sentences = (parts: readonly MessageLike[], f: MessageFormat): string =>
  parts.map((m) => f.message(m)).join(" ");
export const notes = (parts: readonly MessageLike[], f: MessageFormat): string =>
  parts.map((m) => ` ${f.message(m)}`).join("");
export const PROGRAM = { fsw: "FSW", cec: "CEC", fst: "FST" } as const;

function minimumText(minimum: number | FederalLevels): string {
  if (typeof minimum === "number") return `CLB/NCLC ${minimum} in every ability`;
  const byLevel = new Map<number, string[]>();
  for (const ability of ABILITIES) byLevel.set(minimum[ability], [...(byLevel.get(minimum[ability]) ?? []), ability]);
  return [...byLevel.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([value, abilities]) => `CLB/NCLC ${value} in ${abilities.join(" and ")}`)
    .join(" and ");
}

export const TIERS = {
  2016: { high: "NOC 2016 skill type 0 or skill level A", low: "NOC 2016 skill level B" },
  2021: { high: "TEER 0 or 1", low: "TEER 2 or 3" },
} as const;

export function languageNeeds(r: FederalLanguageRequirement): string {
  const context =
    r.context === null
      ? ""
      : r.context === "first-language"
        ? " of the first official language"
        : ` when the qualifying work is ${TIERS[r.noc][r.context === "cec-high" ? "high" : "low"]}`;
  return `${PROGRAM[r.program]} needs ${minimumText(r.minimum)}${context}`;
}

export const declared = (first: FederalLanguageCode | null): string =>
  first === null ? "" : ` (your declared first official language is ${languageName(first)})`;
