import { clbLevelArgument, clbLevelsArgument } from "../core/argument.js";

/**
 * One of the four language abilities every accepted test scores separately.
 *
 * @example
 * ```ts
 * const ability: LanguageAbility = "listening";
 * ```
 */
export type LanguageAbility = "reading" | "writing" | "listening" | "speaking";

/**
 * The four abilities, in the order IRCC's equivalency charts list them.
 *
 * @example
 * ```ts
 * for (const ability of LANGUAGE_ABILITIES) console.log(ability, levels[ability]);
 * ```
 */
export const LANGUAGE_ABILITIES: readonly LanguageAbility[] = /* @__PURE__ */ Object.freeze([
  "reading",
  "writing",
  "listening",
  "speaking",
] as const);

/**
 * A level per ability on the Canadian Language Benchmarks (English) or the Niveaux de compétence
 * linguistique canadiens (French, NCLC) — the two scales are read the same way, so one type
 * serves both.
 *
 * Values are the levels IRCC's equivalency charts give: 4 to 10 for most charts (PTE Core's chart
 * also lists 3). `0` means "below the lowest level the chart lists" — below CLB 4 for every chart
 * except PTE Core, where it means below CLB 3. Results above the chart's top row are 10 ("CLB 10 or
 * more"): a CELPIP level 12 is CLB 10 here. Program rules only ever ask for 4 or more, so a rule
 * can treat every value under 4 alike.
 *
 * @example
 * ```ts
 * const levels: ClbLevels = { reading: 9, writing: 7, listening: 10, speaking: 8 };
 * ```
 */
export type ClbLevels = { reading: number; writing: number; listening: number; speaking: number };

/**
 * The lowest level over the four abilities: the level a rule that asks for "CLB 7 in all four
 * abilities" compares with 7.
 *
 * @example
 * ```ts
 * minimumClb({ reading: 9, writing: 7, listening: 10, speaking: 8 }); // 7
 * ```
 */
export function minimumClb(levels: ClbLevels): number {
  clbLevelsArgument(levels, "levels");
  return Math.min(levels.reading, levels.writing, levels.listening, levels.speaking);
}

/**
 * Whether levels meet a requirement: a single level for all four abilities (`7` means CLB 7 in
 * each), or one level per ability (the Federal Skilled Trades minimum is speaking and listening 5,
 * reading and writing 4). Meeting means at least that level.
 *
 * @example
 * ```ts
 * const levels = { reading: 6, writing: 4, listening: 5, speaking: 5 };
 * meetsClb(levels, 5); // false: writing is 4
 * meetsClb(levels, { reading: 4, writing: 4, listening: 5, speaking: 5 }); // true
 * ```
 */
export function meetsClb(levels: ClbLevels, required: ClbLevels | number): boolean {
  clbLevelsArgument(levels, "levels");
  if (typeof required === "number") clbLevelArgument(required, "required");
  else clbLevelsArgument(required, "required");
  // A loop, not .every: the list is frozen, and Node 20's V8 takes a slow path for array builtins
  // on frozen arrays.
  for (let i = 0; i < LANGUAGE_ABILITIES.length; i++) {
    const ability = LANGUAGE_ABILITIES[i] as LanguageAbility;
    const needed = typeof required === "number" ? required : required[ability];
    if (!(levels[ability] >= needed)) return false;
  }
  return true;
}
