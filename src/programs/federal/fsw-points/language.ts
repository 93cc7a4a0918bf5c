// The FSW language factor (max 28): the first official language's points per ability, and the
// second official language's.

import { bandPoints } from "../../../core/bands.js";
import { type ClbLevels, LANGUAGE_ABILITIES, type LanguageAbility } from "../../../language/clb.js";
import type { OfficialLanguage } from "../../../language/official-language.js";
import {
  allowedLanguages,
  describeTest,
  type FederalLanguageFacts,
  type FederalLanguageResult,
  meetsMinimum,
  scaleOf,
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

function languageName(language: OfficialLanguage): string {
  return language === "english" ? "English" : "French";
}

/** The language factor from the candidate's test results. Internal. */
export function languageFactor(facts: FederalLanguageFacts): FswLanguagePoints {
  const max = grid.language.maximum;
  const second = grid.language.secondOfficialLanguage;
  if (!facts.given) {
    return Object.assign(factor(0, max, max, "Language test results are not given.", [facts.path]), {
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
  const unreadableMissing = unreadable.flatMap((r) => {
    const paths = r.issues.map((i) => i.path).filter((p) => p !== "");
    return paths.length > 0 ? paths : [r.path];
  });
  const possible = unreadable.length > 0 ? max : (best?.total ?? 0);
  const unreadableNote =
    unreadable.length > 0 ? ` ${unreadable.map(describeTest).join(", ")} could not be read and might score more.` : "";
  if (best === undefined) {
    const which =
      facts.declaredFirst === undefined
        ? ""
        : ` in ${languageName(facts.declaredFirst)}, the declared first official language`;
    return Object.assign(
      factor(0, possible, max, `No valid language test result${which}: 0 points.${unreadableNote}`, unreadableMissing),
      { secondLanguage: { points: 0 } },
    );
  }
  const scale = scaleOf(best.first.language);
  const abilities = LANGUAGE_ABILITIES.map(
    (a) => `${a} ${scale} ${best.levels[a] === 0 ? "below 4" : best.levels[a]} → ${best.perAbility[a]}`,
  ).join(", ");
  const language = best.first.language as OfficialLanguage;
  const secondText =
    best.secondResult === undefined
      ? `second official language: 0 (4 points need ${scaleOf(language === "english" ? "french" : "english")} ${second.minClbInEveryAbility} or more in every ability)`
      : `second official language ${languageName(best.secondResult.language as OfficialLanguage)} (${describeTest(best.secondResult)}) ${second.minClbInEveryAbility}+ in every ability → ${second.points}`;
  const below = best.eligible ? "" : " (below CLB 7 in an ability: FSW's minimum is not met)";
  return Object.assign(
    factor(
      best.total,
      possible,
      max,
      `First official language ${languageName(language)} (${describeTest(best.first)}): ${abilities}${below}; ${secondText}. ${best.total} of ${max}.${unreadableNote}`,
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
