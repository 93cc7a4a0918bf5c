// The FSW language factor (max 28): the first official language's points per ability, and the
// second official language's.

import { bandPoints } from "../../../core/bands.js";
import { message } from "../../../core/message.js";
import type { ClbLevels, LanguageAbility } from "../../../language/clb.js";
import type { OfficialLanguage } from "../../../language/official-language.js";
import {
  allowedLanguages,
  couldMeetOnceCorrected,
  type FederalLanguageFacts,
  type FederalLanguageResult,
  meetsMinimum,
  openAnswerPaths,
  testRef,
} from "../language.js";
import { type FswFactorPoints, factor } from "./factor.js";
import { grid } from "./grid.js";

/**
 * The language factor (max 28): first official language, 4 to 6 points per ability at CLB 7 to 9+
 * (max 24); second official language, 4 points for CLB 5 or more in all four abilities.
 *
 * @example
 * ```ts
 * const { firstLanguage, secondLanguage } = fswSelectionPoints(candidate, { asOf }).language;
 * ```
 */
export interface FswLanguagePoints extends FswFactorPoints {
  /** The first-language result scored, with the points per ability; absent without one. */
  readonly firstLanguage?: {
    readonly language: OfficialLanguage;
    readonly testPath: string;
    readonly levels: ClbLevels;
    readonly perAbility: Readonly<Record<LanguageAbility, number>>;
  };
  /** The second-language points (0 or 4) and the result that earned them. */
  readonly secondLanguage: { readonly points: number; readonly testPath?: string };
}

/** Points for one first-language ability at a CLB level (0 below CLB 7). Internal. */
export function fswPointsPerAbility(clb: number): number {
  return bandPoints(grid.language.firstOfficialLanguagePerAbility, clb);
}

/** The language factor from the candidate's test results. Internal. */
export function languageFactor(facts: FederalLanguageFacts): FswLanguagePoints {
  const max = grid.language.maximum;
  const second = grid.language.secondOfficialLanguage;
  if (!facts.given) {
    return Object.assign(factor(0, max, max, message("fsw.points.language.not-answered", {}), [facts.path]), {
      secondLanguage: { points: 0 },
    });
  }
  const valid = facts.results.filter((r) => r.status === "valid" && r.levels !== undefined && r.language !== undefined);
  const firstAllowed = allowedLanguages(facts, "first");
  const options = valid
    .filter((r) => r.language !== undefined && firstAllowed.includes(r.language))
    .map((first) => {
      const levels = first.levels as ClbLevels;
      // Written out rather than built from LANGUAGE_ABILITIES with fromEntries / map / reduce (the
      // list is frozen, and Node 20's V8 takes a slow path for array builtins on frozen arrays);
      // the keys are in the list's order.
      const perAbility: Record<LanguageAbility, number> = {
        reading: fswPointsPerAbility(levels.reading),
        writing: fswPointsPerAbility(levels.writing),
        listening: fswPointsPerAbility(levels.listening),
        speaking: fswPointsPerAbility(levels.speaking),
      };
      const firstPoints = perAbility.reading + perAbility.writing + perAbility.listening + perAbility.speaking;
      const secondResult = valid.find(
        (r) => r.language !== first.language && meetsMinimum(r, second.minClbInEveryAbility),
      );
      const secondPoints = secondResult === undefined ? 0 : second.points;
      return {
        first,
        levels,
        perAbility,
        total: firstPoints + secondPoints,
        eligible: meetsMinimum(first, grid.language.firstOfficialLanguageMinimumClb),
        secondResult,
        secondPoints,
      };
    });
  const pool = options.some((o) => o.eligible) ? options.filter((o) => o.eligible) : options;
  const best = pool.reduce<(typeof pool)[number] | undefined>(
    (acc, o) => (acc === undefined || o.total > acc.total ? o : acc),
    undefined,
  );
  const unreadable: FederalLanguageResult[] = facts.results.filter((r) => r.status === "unreadable");
  const unreadableMissing = unreadable.flatMap(openAnswerPaths);
  const possible = unreadable.length > 0 ? languageBound(options, valid, unreadable, firstAllowed) : (best?.total ?? 0);
  const unreadableTests = unreadable.map(testRef);
  const counted =
    best === undefined || best.eligible
      ? (best?.total ?? 0)
      : languageFloor(best.total, valid, unreadable, firstAllowed);
  if (best === undefined) {
    return Object.assign(
      factor(
        0,
        possible,
        max,
        message("fsw.points.language.none", {
          declaredFirst: facts.declaredFirst ?? null,
          unreadable: unreadableTests,
        }),
        unreadableMissing,
      ),
      { secondLanguage: { points: 0 } },
    );
  }
  const language = best.first.language as OfficialLanguage;
  return Object.assign(
    factor(
      counted,
      possible,
      max,
      message("fsw.points.language", {
        language,
        test: testRef(best.first),
        levels: { ...best.levels },
        perAbility: { ...best.perAbility },
        meetsMinimum: best.eligible,
        second:
          best.secondResult === undefined
            ? null
            : { language: best.secondResult.language as OfficialLanguage, test: testRef(best.secondResult) },
        secondMinimum: second.minClbInEveryAbility,
        secondPoints: best.secondResult === undefined ? second.points : best.secondPoints,
        total: best.total,
        counted,
        maximum: max,
        unreadable: unreadableTests,
      }),
      unreadableMissing,
    ),
    {
      firstLanguage: { language, testPath: best.first.path, levels: best.levels, perAbility: best.perAbility },
      secondLanguage:
        best.secondResult === undefined
          ? { points: best.secondPoints }
          : { points: best.secondPoints, testPath: best.secondResult.path },
    },
  );
}

/**
 * The fewest points the language factor could give once the unreadable tests are answered, when
 * no valid result meets FSW's CLB 7 minimum: an unreadable test that could meet it once corrected
 * may turn out to meet it at CLB 7
 * exactly (4 points per ability) if its language may be first, and a result meeting the minimum is scored first even when a
 * result below it is worth more. Its second-language points count only from a valid result in the
 * other language (none when the unreadable test's language is unknown).
 */
function languageFloor(
  best: number,
  valid: readonly FederalLanguageResult[],
  unreadable: readonly FederalLanguageResult[],
  firstAllowed: readonly OfficialLanguage[],
): number {
  const second = grid.language.secondOfficialLanguage;
  const atMinimum = 4 * fswPointsPerAbility(grid.language.firstOfficialLanguageMinimumClb);
  let floor = best;
  for (const u of unreadable) {
    if (u.language !== undefined && !firstAllowed.includes(u.language)) continue;
    // Even at its best correction short of CLB 7, it can never be scored first in place of `best`.
    if (!couldMeetOnceCorrected(u, grid.language.firstOfficialLanguageMinimumClb)) continue;
    const secondHeld =
      u.language !== undefined &&
      valid.some((r) => r.language !== u.language && meetsMinimum(r, second.minClbInEveryAbility));
    floor = Math.min(floor, atMinimum + (secondHeld ? second.points : 0));
  }
  return floor;
}

/**
 * The most the language factor could give once the unreadable tests are answered, each at any
 * levels its readable scores allow (at its best correction when only scores are to correct): a valid first-language result with the second-language points an unreadable test in the
 * other language could add, or an unreadable test allowed as first at the top of every ability
 * with the second-language points a result in the other language could add. An unreadable test of
 * an unknown language could be either: the factor's maximum.
 */
function languageBound(
  options: readonly { readonly first: FederalLanguageResult; readonly total: number; readonly secondPoints: number }[],
  valid: readonly FederalLanguageResult[],
  unreadable: readonly FederalLanguageResult[],
  firstAllowed: readonly OfficialLanguage[],
): number {
  const max = grid.language.maximum;
  const second = grid.language.secondOfficialLanguage;
  if (unreadable.some((u) => u.language === undefined)) return max;
  const topFirst = 4 * fswPointsPerAbility(12); // CLB 12, the top of the scale
  // An unreadable test whose only problems are scores to correct is read at its best correction
  // (`bestLevels`): the scores it gives on its scale bound what it can earn.
  const secondWithin = (r: FederalLanguageResult): boolean => couldMeetOnceCorrected(r, second.minClbInEveryAbility);
  let bound = 0;
  for (const o of options) {
    const secondOpen =
      o.secondPoints === 0 && unreadable.some((u) => u.language !== o.first.language && secondWithin(u));
    bound = Math.max(bound, o.total + (secondOpen ? second.points : 0));
  }
  for (const u of unreadable) {
    if (!firstAllowed.includes(u.language as OfficialLanguage)) continue;
    const best = u.bestLevels;
    const top =
      best === undefined
        ? topFirst
        : fswPointsPerAbility(best.reading) +
          fswPointsPerAbility(best.writing) +
          fswPointsPerAbility(best.listening) +
          fswPointsPerAbility(best.speaking);
    const secondHeld =
      valid.some((r) => r.language !== u.language && meetsMinimum(r, second.minClbInEveryAbility)) ||
      unreadable.some((r) => r.language !== u.language && secondWithin(r));
    bound = Math.max(bound, top + (secondHeld ? second.points : 0));
  }
  return Math.min(max, bound);
}
