// The FSW language factor (max 28): the first official language's points per ability, and the
// second official language's.

import { bandPoints } from "../../../core/bands.js";
import { message } from "../../../core/message.js";
import type { ClbLevels, LanguageAbility } from "../../../language/clb.js";
import type { OfficialLanguage } from "../../../language/official-language.js";
import {
  allowedLanguages,
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
  const possible = unreadable.length > 0 ? max : (best?.total ?? 0);
  const unreadableTests = unreadable.map(testRef);
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
      best.total,
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
