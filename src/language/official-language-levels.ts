import { clbLevelsArgument } from "../core/argument.js";
import { withAsOfRead } from "../core/as-of.js";
import type { Citation } from "../core/citation.js";
import type { InputIssue } from "../core/input-issue.js";
import { inputValue } from "../core/input-value.js";
import type { IsoDate } from "../core/iso-date.js";
import { message } from "../core/message.js";
import type { Mutable } from "../core/mutable.js";
import type { LanguageTest, LanguageTestKind } from "../models/language-test.js";
import { type ClbLevels, minimumClb } from "./clb.js";
import type { OfficialLanguage } from "./official-language.js";
import { type ToClbResult, toClb } from "./to-clb.js";

/**
 * The result that counts for one official language: its levels and the test they come from.
 *
 * @example
 * ```ts
 * const first: LanguageTestLevels | undefined = officialLanguageLevels(tests, { asOf }).first;
 * if (first) console.log(`${first.language} from languageTests[${first.testIndex}]`, first.levels);
 * ```
 */
export interface LanguageTestLevels {
  readonly language: OfficialLanguage;
  readonly levels: ClbLevels;
  /** Index of the test in the list given. */
  readonly testIndex: number;
  readonly test: LanguageTestKind;
  readonly testedOn: IsoDate;
  /** The first day the result is no longer valid. */
  readonly expiresOn: IsoDate;
  /** The chart version that converted it. */
  readonly source: Citation;
}

/**
 * A test left out because its result had expired on `asOf`.
 *
 * @example
 * ```ts
 * for (const e of officialLanguageLevels(tests, { asOf }).expired) console.log(`${e.path} expired on ${e.expiresOn}`);
 * ```
 */
export interface ExpiredLanguageTest {
  readonly testIndex: number;
  /** The test's input path, e.g. `languageTests[0]`. */
  readonly path: string;
  readonly language: OfficialLanguage;
  readonly test: LanguageTestKind;
  readonly testedOn: IsoDate;
  readonly expiresOn: IsoDate;
}

/**
 * Options of {@link officialLanguageLevels}.
 *
 * @example
 * ```ts
 * const options: OfficialLanguageLevelsOptions = { asOf: isoDate("2026-01-15"), firstOfficialLanguage: "french" };
 * ```
 */
export interface OfficialLanguageLevelsOptions {
  /** The day results must still be valid on. Required: the function never reads the clock. */
  readonly asOf: IsoDate | Date;
  /** The candidate's declared first official language; left out, the one that ranks higher is first. */
  readonly firstOfficialLanguage?: OfficialLanguage | undefined;
  /** Where the list sits in the input; issue and missing paths are written under it. Default `languageTests`. */
  readonly path?: string | undefined;
  /**
   * How much a set of levels is worth; higher is better. It picks each language's best test and,
   * without a declared first language, which language is first. Default {@link rankByClbSum}. The
   * CRS module can pass a comparator based on first-language points.
   */
  readonly rank?: ((levels: ClbLevels) => number) | undefined;
}

/**
 * A candidate's official-language levels on a date, read from all their tests.
 *
 * @example
 * ```ts
 * const { first, second, english, french, expired, issues, missing } = officialLanguageLevels(tests, { asOf });
 * ```
 */
export interface OfficialLanguageLevels {
  /** The first official language's best valid result; absent if that language has none. */
  readonly first?: LanguageTestLevels;
  /** The other official language's best valid result; only given when `first` is. */
  readonly second?: LanguageTestLevels;
  /** How `first` was decided: the candidate's declaration, or the ranking. Absent without `first`. */
  readonly firstChosenBy?: "candidate" | "rank";
  /** The best valid English levels, whichever language is first. */
  readonly english?: ClbLevels;
  /** The best valid French levels, whichever language is first. */
  readonly french?: ClbLevels;
  /** Tests left out because they had expired on `asOf`, in list order. */
  readonly expired: readonly ExpiredLanguageTest[];
  /** Problems with individual tests (off-scale scores, dates no chart covers, ...); those tests are left out. */
  readonly issues: readonly InputIssue[];
  /** `["languageTests"]` (or the given path) when the list was not given at all; otherwise empty. */
  readonly missing: readonly string[];
}

/**
 * The default ranking of a set of levels: the sum of the four levels. Every CRS language table
 * awards points per ability that never fall as the level rises, so a higher sum usually scores
 * more; ties are broken by the higher minimum level (see {@link officialLanguageLevels}).
 *
 * @example
 * ```ts
 * rankByClbSum({ reading: 9, writing: 7, listening: 10, speaking: 8 }); // 34
 * ```
 */
export function rankByClbSum(levels: ClbLevels): number {
  clbLevelsArgument(levels, "levels");
  return levels.reading + levels.writing + levels.listening + levels.speaking;
}

function compareResults(a: LanguageTestLevels, b: LanguageTestLevels, rank: (levels: ClbLevels) => number): number {
  // Negative when `a` is better.
  const byRank = rank(b.levels) - rank(a.levels);
  if (byRank !== 0 && !Number.isNaN(byRank)) return byRank;
  const byMinimum = minimumClb(b.levels) - minimumClb(a.levels);
  if (byMinimum !== 0) return byMinimum;
  if (a.testedOn !== b.testedOn) return a.testedOn > b.testedOn ? -1 : 1;
  return a.testIndex - b.testIndex;
}

/**
 * Reads a candidate's tests on `asOf` into their first and second official language levels.
 *
 * - Each test is converted with {@link toClb}. Tests with issues are left out and their issues
 *   returned (paths under `languageTests[i]`); expired tests are left out and listed in `expired`.
 * - Per language, the best valid result counts: the highest `rank` (default: sum of levels), then
 *   the higher minimum level, then the later test, then the earlier in the list. IRCC lets a
 *   candidate enter any valid result, and a candidate enters their best.
 * - `first` is the declared `firstOfficialLanguage` when given (absent if that language has no
 *   valid result: no other language is put in its place). Without a declaration it is the language
 *   whose best result ranks higher (ties: the higher minimum level, then English).
 * - `tests` left out (`undefined`) means "not answered": `missing` is `["languageTests"]`. An empty
 *   list (or `null`) means "answered: no tests": nothing is missing and nothing is found.
 *
 * @example
 * ```ts
 * const r = officialLanguageLevels(
 *   [
 *     { test: "celpip-general", testedOn: isoDate("2025-03-01"), scores: { reading: 9, writing: 8, listening: 10, speaking: 9 } },
 *     { test: "tef-canada", testedOn: isoDate("2025-04-01"), scores: { reading: 450, writing: 450, listening: 450, speaking: 460 } },
 *   ],
 *   { asOf: isoDate("2026-01-15") },
 * );
 * r.first?.language; // "english" (CLB 9/8/10/9 outranks NCLC 7/7/7/7)
 * r.second?.levels; // { reading: 7, writing: 7, listening: 7, speaking: 7 }
 * ```
 */
export function officialLanguageLevels(
  tests: readonly LanguageTest[] | null | undefined,
  optionsGiven: OfficialLanguageLevelsOptions,
): OfficialLanguageLevels {
  return languageLevelsOf(tests, optionsGiven, undefined);
}

/**
 * {@link officialLanguageLevels} with the tests already converted: `converted[i]` is
 * `toClb(tests[i], { asOf, path })` with the list's path, or `undefined` to convert them here; a
 * test of a kind `accepted` rejects counts for nothing (an authority that does not accept it yet),
 * the other tests keeping their paths. Internal: the Alberta assessments convert the tests once for
 * the CRS and the federal facts.
 */
export function languageLevelsOf(
  tests: readonly LanguageTest[] | null | undefined,
  optionsGiven: OfficialLanguageLevelsOptions,
  converted: readonly ToClbResult[] | undefined,
  accepted?: (kind: LanguageTestKind) => boolean,
): OfficialLanguageLevels {
  const options = withAsOfRead(optionsGiven);
  const listPath = options.path ?? "languageTests";
  if (tests === undefined) return { expired: [], issues: [], missing: [listPath] };
  if (tests === null) return { expired: [], issues: [], missing: [] };
  if (!Array.isArray(tests)) {
    return {
      expired: [],
      issues: [{ path: listPath, code: "invalid_type", message: message("input.language.not-a-list", {}) }],
      missing: [],
    };
  }
  const rank = options.rank ?? rankByClbSum;
  const issues: InputIssue[] = [];
  // Each path and code once, looked up in a set: a list of thousands of bad tests stays linear.
  const seen = new Set<string>();
  const expired: ExpiredLanguageTest[] = [];
  const best: Partial<Record<OfficialLanguage, LanguageTestLevels>> = {};

  tests.forEach((test, testIndex) => {
    if (accepted !== undefined && !accepted(test.test)) return;
    const path = `${listPath}[${testIndex}]`;
    const result = converted?.[testIndex] ?? toClb(test, { asOf: options.asOf, path });
    if (!result.ok) {
      for (const issue of result.issues) {
        const key = `${issue.code} ${issue.path}`;
        if (!seen.has(key)) {
          seen.add(key);
          issues.push(issue);
        }
      }
      return;
    }
    if (result.expired) {
      expired.push({
        testIndex,
        path,
        language: result.language,
        test: test.test,
        testedOn: result.testedOn,
        expiresOn: result.expiresOn,
      });
      return;
    }
    const candidate: LanguageTestLevels = {
      language: result.language,
      levels: result.levels,
      testIndex,
      test: test.test,
      testedOn: result.testedOn,
      expiresOn: result.expiresOn,
      source: result.source,
    };
    const current = best[result.language];
    if (current === undefined || compareResults(candidate, current, rank) < 0) best[result.language] = candidate;
  });

  const { english, french } = best;
  let first: LanguageTestLevels | undefined;
  let firstChosenBy: "candidate" | "rank" | undefined;
  const declared = options.firstOfficialLanguage;
  if (declared === "english" || declared === "french") {
    first = best[declared];
    firstChosenBy = first === undefined ? undefined : "candidate";
  } else if (declared !== undefined) {
    issues.push({
      path: "firstOfficialLanguage",
      code: "invalid_value",
      message: message("input.language.first-official-language", {
        received: inputValue(declared, Number.POSITIVE_INFINITY),
      }),
    });
  }
  if (first === undefined && declared === undefined) {
    if (english !== undefined && french !== undefined) {
      // Between languages: the higher rank, then the higher minimum level; a tie goes to English.
      const byRank = rank(french.levels) - rank(english.levels);
      const byMinimum = minimumClb(french.levels) - minimumClb(english.levels);
      first = byRank > 0 || (byRank === 0 && byMinimum > 0) ? french : english;
    } else {
      first = english ?? french;
    }
    firstChosenBy = first === undefined ? undefined : "rank";
  }
  const second = first === undefined ? undefined : first.language === "english" ? french : english;

  // By assignment, in the same key order: in Node 20's V8 an object literal that starts with spreads
  // (`{ ...(first === undefined ? {} : { first }), ..., expired }`) costs about a microsecond.
  const result = {} as Mutable<OfficialLanguageLevels>;
  if (first !== undefined) result.first = first;
  if (second !== undefined) result.second = second;
  if (firstChosenBy !== undefined) result.firstChosenBy = firstChosenBy;
  if (english !== undefined) result.english = english.levels;
  if (french !== undefined) result.french = french.levels;
  result.expired = expired;
  result.issues = issues;
  result.missing = [];
  return result;
}
