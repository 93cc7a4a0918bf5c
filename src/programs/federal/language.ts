// Language test results as the federal programs read them: every test judged on `asOf` (valid,
// expired, not yet taken, not accepted, or not readable), and minimum-level checks over them.

import type { InputIssue } from "../../core/input-issue.js";
import { type IsoDate, isIsoDate } from "../../core/iso-date.js";
import { type Message, type MessageLike, message } from "../../core/message.js";
import type { Mutable } from "../../core/mutable.js";
import type { RuleOutcome } from "../../core/rule.js";
import { type ClbLevels, LANGUAGE_ABILITIES, type LanguageAbility } from "../../language/clb.js";
import { notAcceptedResult } from "../../language/not-accepted.js";
import {
  isLanguageTestKind,
  LANGUAGE_TEST_NAMES,
  languageOf,
  type OfficialLanguage,
} from "../../language/official-language.js";
import { levelsAtBestCorrection, type ToClbResult, toClb } from "../../language/to-clb.js";
import { LANGUAGE_TEST_VALIDITY_YEARS, languageTestExpiresOn } from "../../language/validity.js";
import type { FederalLanguageRequirement, FederalProgramCode, FederalTestRef } from "../../locales/en/federal/types.js";
import type { LanguageTest } from "../../models/language-test.js";

/**
 * How one language test stands on `asOf` for the federal programs:
 * - `valid`: converted, less than 2 years old;
 * - `expired`: 2 years old or more (it cannot count, whatever its scores);
 * - `not-yet-taken`: dated after `asOf`;
 * - `not-accepted`: a test IRCC did not accept on its date (PTE Core before 2024-01-30);
 * - `unreadable`: the scores or the date cannot be converted (see `issues`); rules treat it as
 *   undecided, listing the issue paths as missing, since a corrected entry could count, unless
 *   only scores to correct keep it from being read and even at their best it falls short
 *   (`bestLevels`).
 *
 * @example
 * ```ts
 * const s: FederalLanguageTestStatus = "expired";
 * ```
 */
export type FederalLanguageTestStatus = "valid" | "expired" | "not-yet-taken" | "not-accepted" | "unreadable";

/**
 * One language test as judged on `asOf`.
 *
 * @example
 * ```ts
 * const r: FederalLanguageResult | undefined = deriveFederalFacts(candidate, asOf).language.results[0];
 * if (r?.status === "valid") console.log(r.levels);
 * ```
 */
export interface FederalLanguageResult {
  /** Position in the list. */
  readonly index: number;
  /** Input path, e.g. `languageTests[0]` or `spouse.languageTests[1]`. */
  readonly path: string;
  readonly test: string;
  readonly testedOn: string;
  /** The language tested; absent when the test kind is not one IRCC accepts. */
  readonly language?: OfficialLanguage;
  readonly status: FederalLanguageTestStatus;
  /** CLB/NCLC per ability, when the test could be converted. */
  readonly levels?: ClbLevels;
  /** First day the result is no longer valid, when the date is readable. */
  readonly expiresOn?: IsoDate;
  /** Why it could not be converted (`unreadable`), or the reason it does not count. */
  readonly issues: readonly InputIssue[];
  /**
   * For an `unreadable` test whose only problems are scores to correct: its levels with each such
   * score at its scale's best, the most any correction can give. A rule fails a test that falls
   * short even so rather than asking for the correction.
   */
  readonly bestLevels?: ClbLevels;
}

/**
 * A candidate's (or spouse's) language tests as the federal programs read them on `asOf`.
 *
 * @example
 * ```ts
 * const { given, results } = deriveFederalFacts(candidate, isoDate("2026-01-15")).language;
 * ```
 */
export interface FederalLanguageFacts {
  /** Input path of the list (`languageTests`). */
  readonly path: string;
  /** False when the list was left out (not answered). */
  readonly given: boolean;
  readonly results: readonly FederalLanguageResult[];
  /** The candidate's declared first official language, if declared. */
  readonly declaredFirst?: OfficialLanguage;
}

/** Reads a list of tests on `asOf`. Internal. */
export function readLanguageTests(
  tests: readonly LanguageTest[] | null | undefined,
  asOf: IsoDate,
  path: string,
  declaredFirst?: OfficialLanguage,
  /** `toClb` of each test with its path on `asOf`, when already made (else made here). */
  conversions?: readonly ToClbResult[],
): FederalLanguageFacts {
  const declared = declaredFirst === undefined ? {} : { declaredFirst };
  if (tests === undefined) return { path, given: false, results: [], ...declared };
  if (tests === null) return { path, given: true, results: [], ...declared };
  // Built by assignment in a fixed key order, not by spreading partial objects: this runs for every
  // test of every assessment, and spreads were its main cost.
  const results = tests.map((test, index): FederalLanguageResult => {
    const testPath = `${path}[${index}]`;
    const result: Mutable<FederalLanguageResult> = {
      index,
      path: testPath,
      test: String(test.test),
      testedOn: String(test.testedOn),
    } as FederalLanguageResult;
    if (isLanguageTestKind(test.test)) result.language = languageOf(test.test);
    const converted = conversions?.[index] ?? toClb(test, { asOf, path: testPath });
    if (converted.ok) {
      result.status = converted.expired ? "expired" : "valid";
      result.levels = converted.levels;
      result.expiresOn = converted.expiresOn;
      result.issues = [];
      return result;
    }
    const codes = new Set(converted.issues.map((issue) => issue.code));
    const expiresOn = isIsoDate(test.testedOn) ? languageTestExpiresOn(test.testedOn) : undefined;
    if (expiresOn !== undefined) result.expiresOn = expiresOn;
    result.status = codes.has("tested_after_as_of")
      ? "not-yet-taken"
      : expiresOn !== undefined && asOf >= expiresOn
        ? "expired"
        : converted.issues.some(notAcceptedResult)
          ? "not-accepted"
          : "unreadable";
    result.issues = converted.issues;
    if (result.status === "unreadable") {
      const best = levelsAtBestCorrection(test, converted.issues);
      if (best !== undefined) result.bestLevels = best;
    }
    return result;
  });
  return { path, given: true, results, ...declared };
}

/** A test as the messages name it: `languageTests[0] (CELPIP-General, 2025-03-01)`. Internal. */
export function testRef(result: FederalLanguageResult): FederalTestRef {
  const test: unknown = result.test;
  return {
    path: result.path,
    name: isLanguageTestKind(test) ? LANGUAGE_TEST_NAMES[test] : String(test),
    testedOn: result.testedOn,
  };
}

/** `CLB` for English, `NCLC` for French. Internal. */
export function scaleOf(language: OfficialLanguage | undefined): string {
  return language === "french" ? "NCLC" : language === "english" ? "CLB" : "CLB/NCLC";
}

/** `reading 9, writing 8, listening 10, speaking 9`. Internal. */
export function describeLevels(levels: ClbLevels): string {
  // The order of LANGUAGE_ABILITIES, written out: this is the `actual` of every language rule.
  return `reading ${levels.reading}, writing ${levels.writing}, listening ${levels.listening}, speaking ${levels.speaking}`;
}

/** The level a requirement asks of one ability. Internal. */
export function neededFor(minimum: ClbLevels | number, ability: LanguageAbility): number {
  return typeof minimum === "number" ? minimum : minimum[ability];
}

/** `CLB/NCLC 7 in every ability`, or per ability. Internal. */
export function describeMinimum(minimum: ClbLevels | number): string {
  if (typeof minimum === "number") return `CLB/NCLC ${minimum} in every ability`;
  const key = `${minimum.reading}/${minimum.writing}/${minimum.listening}/${minimum.speaking}`;
  let text = minimumTexts.get(key);
  if (text === undefined) {
    text = describeLevelsByLevel(minimum);
    minimumTexts.set(key, text);
  }
  return text;
}

/** describeMinimum's texts by levels: a memo (a handful of distinct minimums exist, at most 13^4 keys). */
const minimumTexts = /* @__PURE__ */ new Map<string, string>();

function describeLevelsByLevel(minimum: ClbLevels): string {
  const byLevel = new Map<number, LanguageAbility[]>();
  for (const ability of LANGUAGE_ABILITIES) {
    const level = minimum[ability];
    byLevel.set(level, [...(byLevel.get(level) ?? []), ability]);
  }
  return [...byLevel.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([level, abilities]) => `CLB/NCLC ${level} in ${abilities.join(" and ")}`)
    .join(" and ");
}

/** Abilities below the minimum, e.g. `CLB 6 in writing`, as data. Internal. */
export function shortfalls(
  result: FederalLanguageResult,
  minimum: ClbLevels | number,
): { language: OfficialLanguage | null; ability: LanguageAbility; level: number }[] {
  const levels = result.levels;
  if (levels === undefined) return [];
  return LANGUAGE_ABILITIES.filter((ability) => levels[ability] < neededFor(minimum, ability)).map((ability) => ({
    language: result.language ?? null,
    ability,
    level: levels[ability],
  }));
}

/** Whether a converted result meets a minimum. Internal. */
export function meetsMinimum(result: FederalLanguageResult, minimum: ClbLevels | number): boolean {
  const levels = result.levels;
  if (result.status !== "valid" || levels === undefined) return false;
  // A loop, not .every: LANGUAGE_ABILITIES is frozen, and Node 20's V8 takes a slow path for the
  // array builtins on frozen arrays (this runs for every test in every language rule).
  for (let i = 0; i < LANGUAGE_ABILITIES.length; i++) {
    const ability = LANGUAGE_ABILITIES[i] as LanguageAbility;
    if (!(levels[ability] >= neededFor(minimum, ability))) return false;
  }
  return true;
}

/**
 * Whether a test could meet `minimum` once its problems are corrected: an `unreadable` one can,
 * unless only scores to correct keep it from being read and even at their best it falls short.
 * Internal.
 */
export function couldMeetOnceCorrected(result: FederalLanguageResult, minimum: ClbLevels | number): boolean {
  if (result.status !== "unreadable") return false;
  const best = result.bestLevels;
  return best === undefined || meetsMinimum({ ...result, status: "valid", levels: best }, minimum);
}

/** Why a test that is not `valid` does not count. Internal. */
export function whyNotCounted(result: FederalLanguageResult): Message {
  const test = testRef(result);
  switch (result.status) {
    case "expired":
      return message("federal.language.test-expired", {
        test,
        expiresOn: result.expiresOn ?? null,
        validityYears: LANGUAGE_TEST_VALIDITY_YEARS,
      });
    case "not-yet-taken":
      return message("federal.language.test-not-yet-taken", { test });
    case "not-accepted":
      return message("federal.language.test-not-accepted", { test });
    case "unreadable":
      return message("federal.language.test-unreadable", { test, issues: result.issues.map((issue) => issue.message) });
    case "valid":
      return message("federal.language.test-valid", { test });
  }
}

/** What a language rule asks: a minimum, in which language. Internal. */
export interface LanguageRequirement {
  /** The program, e.g. `fsw`. */
  readonly program: FederalProgramCode;
  readonly minimum: ClbLevels | number;
  /** `first`: the first official language (the declared one, else either); `either`: English or French. */
  readonly which: "first" | "either";
  /** Words appended to the requirement: of the first official language, or the CEC tier of the work. */
  readonly context?: "first-language" | "cec-high" | "cec-low";
  /** The NOC version in force, naming the CEC tiers (2021 when left out). */
  readonly noc?: 2016 | 2021;
}

/** The languages a requirement may be met in. Internal. */
export function allowedLanguages(facts: FederalLanguageFacts, which: "first" | "either"): readonly OfficialLanguage[] {
  if (which === "first" && facts.declaredFirst !== undefined) return [facts.declaredFirst];
  return ["english", "french"];
}

/**
 * The answers to restate for a test that could not be read: its issues' paths, but none for a test
 * taken before the first chart this library knows (`no_chart_on_date`): that date is answered, and only the data is missing, so
 * the rule is `uncertain` rather than waiting for an answer. Internal.
 */
export function openAnswerPaths(result: FederalLanguageResult): string[] {
  const answerable = result.issues.filter((issue) => issue.code !== "no_chart_on_date");
  if (answerable.length === 0 && result.issues.length > 0) return [];
  const paths = answerable.map((issue) => issue.path).filter((path) => path !== "");
  return paths.length > 0 ? paths : [result.path];
}

/**
 * Three-valued check of a minimum language level over every test: `pass` if some valid test in an
 * allowed language meets it; else `unknown` if a test could not be read (its issue paths are
 * missing) or the list was not given; else `fail`, saying what each test lacks. Internal.
 */
export function languageOutcome(facts: FederalLanguageFacts, requirement: LanguageRequirement): RuleOutcome {
  const { minimum } = requirement;
  const expected = describeMinimum(minimum);
  const asked: FederalLanguageRequirement = {
    program: requirement.program,
    minimum: typeof minimum === "number" ? minimum : { ...minimum },
    context: requirement.context ?? null,
    noc: requirement.noc ?? 2021,
  };
  if (!facts.given) {
    return {
      verdict: "unknown",
      message: message("federal.language.not-answered", {
        requirement: asked,
        validityYears: LANGUAGE_TEST_VALIDITY_YEARS,
      }),
      expected,
      missing: [facts.path],
    };
  }
  const allowed = allowedLanguages(facts, requirement.which);
  const declaredFirst = requirement.which === "first" && facts.declaredFirst !== undefined ? facts.declaredFirst : null;
  const inScope = facts.results.filter((r) => r.language === undefined || allowed.includes(r.language));
  const passing = inScope.find((r) => meetsMinimum(r, minimum));
  if (passing?.levels !== undefined) {
    return {
      verdict: "pass",
      message: message("federal.language.met", {
        requirement: asked,
        test: testRef(passing),
        language: passing.language ?? null,
        levels: { ...passing.levels },
        expiresOn: passing.expiresOn as IsoDate,
        declaredFirst,
      }),
      expected,
      actual: describeLevels(passing.levels),
    };
  }
  const correctable = inScope.filter((r) => couldMeetOnceCorrected(r, minimum));
  if (correctable.length > 0) {
    const missing = correctable.flatMap(openAnswerPaths);
    const outcome: RuleOutcome = {
      verdict: "unknown",
      message: message("federal.language.unreadable", {
        requirement: asked,
        tests: correctable.map(whyNotCounted),
        declaredFirst,
      }),
      expected,
    };
    return missing.length > 0 ? { ...outcome, missing } : { ...outcome, uncertain: true };
  }
  const valid = inScope.filter((r) => r.status === "valid");
  const otherLanguage = facts.results.filter(
    (r) => r.status === "valid" && r.language !== undefined && !allowed.includes(r.language),
  );
  const parts: MessageLike[] = [];
  if (valid.length > 0) {
    for (const r of valid) {
      parts.push(message("federal.language.shortfall", { test: testRef(r), shortfalls: shortfalls(r, minimum) }));
    }
  } else if (facts.results.length === 0) {
    parts.push(message("federal.language.no-result", {}));
  } else if (otherLanguage.length > 0) {
    parts.push(message("federal.language.no-valid-in", { languages: [...allowed] }));
  } else {
    parts.push(message("federal.language.no-valid", {}));
  }
  if (otherLanguage.length > 0) {
    parts.push(message("federal.language.other-language", { tests: otherLanguage.map(testRef) }));
  }
  for (const r of facts.results) {
    if (r.status === "valid") continue;
    // A test to correct that no correction lifts to the minimum: what it lacks even so.
    const best = r.bestLevels;
    parts.push(
      best === undefined || !inScope.includes(r)
        ? whyNotCounted(r)
        : message("federal.language.shortfall-whatever-correction", {
            test: testRef(r),
            shortfalls: shortfalls({ ...r, levels: best }, minimum),
          }),
    );
  }
  const best = valid[0];
  return {
    verdict: "fail",
    message: message("federal.language.not-met", { requirement: asked, parts, declaredFirst }),
    expected,
    actual: best?.levels === undefined ? null : describeLevels(best.levels),
  };
}
