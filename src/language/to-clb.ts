import { asOfOrIssue } from "../core/as-of.js";
import type { Citation } from "../core/citation.js";
import type { InputIssue, Result } from "../core/input-issue.js";
import { inputValue, isoDateProblemMessage } from "../core/input-value.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import { message } from "../core/message.js";
import type { LanguageTest } from "../models/language-test.js";
import { type ClbLevels, LANGUAGE_ABILITIES, type LanguageAbility } from "./clb.js";
import {
  clbOnChart,
  type EquivalencyChart,
  equivalencyChartFor,
  notAcceptedBeforeFirstChart,
  type ScoreScale,
} from "./equivalency.js";
import { isLanguageTestKind, languageOf, type OfficialLanguage } from "./official-language.js";
import { languageTestExpiresOn } from "./validity.js";

/**
 * Options of {@link toClb}.
 *
 * @example
 * ```ts
 * const options: ToClbOptions = { asOf: isoDate("2026-01-15"), path: "languageTests[1]" };
 * ```
 */
export interface ToClbOptions {
  /**
   * The day to judge expiry on. Without it `expired` is `false`: the function never reads the
   * clock, so pass the day you assess on (the CLI passes today).
   */
  readonly asOf?: IsoDate | Date | undefined;
  /**
   * Where the test sits in the caller's input, e.g. `languageTests[1]`; issue paths are written
   * under it (`languageTests[1].scores.reading`). Without it they start at the test
   * (`scores.reading`).
   */
  readonly path?: string | undefined;
}

/**
 * A converted test result: the level per ability, which language, and how long it is valid.
 *
 * @example
 * ```ts
 * const r = toClb(test, { asOf: isoDate("2026-01-15") });
 * if (r.ok) console.log(r.levels, r.expiresOn, r.expired);
 * ```
 */
export interface ClbResult {
  readonly ok: true;
  /** CLB (English) or NCLC (French) level per ability; 0 is below the chart. */
  readonly levels: ClbLevels;
  readonly language: OfficialLanguage;
  readonly testedOn: IsoDate;
  /** The first day the result is no longer valid (the second anniversary of `testedOn`). */
  readonly expiresOn: IsoDate;
  /** `asOf >= expiresOn`; always `false` when no `asOf` was given. */
  readonly expired: boolean;
  /** The chart version used. */
  readonly source: Citation;
}

/**
 * What {@link toClb} returns: the levels, or the problems that kept it from converting.
 *
 * @example
 * ```ts
 * const r: ToClbResult = toClb(test);
 * if (!r.ok) for (const issue of r.issues) console.log(`${issue.path}: ${renderMessage(issue.message, en)}`);
 * ```
 */
export type ToClbResult = Result<ClbResult>;

function isOnScale(score: number, scale: ScoreScale): boolean {
  if (!Number.isFinite(score) || score < scale.min || score > scale.max) return false;
  // Steps are 1 or 0.5, both exact in binary floating point, so this division is exact.
  return Number.isInteger((score - scale.min) / scale.step);
}

function scoreIssue(
  chart: EquivalencyChart,
  ability: LanguageAbility,
  score: unknown,
  path: string,
): InputIssue | undefined {
  if (typeof score !== "number") {
    return {
      path,
      code: "invalid_type",
      message: message("input.language.score-not-a-number", {
        testName: chart.name,
        ability,
        received: inputValue(score, Number.POSITIVE_INFINITY),
      }),
    };
  }
  const scale = chart.scale[ability];
  if (isOnScale(score, scale)) return undefined;
  return {
    path,
    code: "off_scale",
    message: message("input.language.off-scale", {
      testName: chart.name,
      ability,
      min: scale.min,
      max: scale.max,
      step: scale.step,
      score,
      note: message("language.score-note", { test: chart.test }),
    }),
  };
}

function under(prefix: string | undefined, key: string): string {
  return prefix === undefined || prefix === "" ? key : `${prefix}.${key}`;
}

/**
 * Converts a test result to a CLB/NCLC level per ability with IRCC's equivalency chart for the
 * day the test was taken, and says when the result expires. Never throws: every problem comes
 * back as an issue naming the field.
 *
 * - A score that the test cannot report (IELTS 6.25 or 9.5, CELPIP 13, PTE Core 5, a negative
 *   number, `NaN`, `Infinity`) is an issue with code `off_scale` at `scores.<ability>`.
 *   CELPIP's `M` is entered as 0.
 * - A score on the scale but below the chart's lowest band is level 0, not an issue.
 * - A test taken on a day no chart covers is an issue at `testedOn` with the reason: code
 *   `not_accepted_on_date` when IRCC did not accept the test then (PTE Core before 2024-01-30),
 *   `no_chart_on_date` when only this library knows no chart for that day (IELTS or TEF before
 *   2015-01-01); the nearest chart is never used instead.
 * - A test taken after `asOf` is an issue with code `tested_after_as_of`: on that day there was no
 *   result yet.
 * - Results are valid until `expiresOn`, the second anniversary of the test (see
 *   {@link languageTestExpiresOn}); `expired` is `asOf >= expiresOn`, and `false` without `asOf`.
 *
 * @example
 * ```ts
 * const r = toClb(
 *   { test: "ielts-general", testedOn: isoDate("2025-05-10"),
 *     scores: { reading: 7, writing: 6.5, listening: 8, speaking: 7 } },
 *   { asOf: isoDate("2026-01-15") },
 * );
 * // r.ok === true; r.levels = { reading: 9, writing: 8, listening: 9, speaking: 9 };
 * // r.expiresOn === "2027-05-10"; r.expired === false
 *
 * toClb({ test: "ielts-general", testedOn: isoDate("2025-05-10"),
 *   scores: { reading: 6.25, writing: 6.5, listening: 8, speaking: 7 } }, { path: "languageTests[0]" });
 * // { ok: false, issues: [{ path: "languageTests[0].scores.reading", code: "off_scale", message: "..." }] }
 * ```
 */
export function toClb(test: LanguageTest, optionsGiven: ToClbOptions = {}): ToClbResult {
  // `null` reads as no options, as left out does.
  const options: ToClbOptions = optionsGiven ?? {};
  const prefix = options.path;
  const issues: InputIssue[] = [];
  const candidate: unknown = test;
  if (typeof candidate !== "object" || candidate === null) {
    return {
      ok: false,
      issues: [
        {
          path: prefix ?? "",
          code: "invalid_type",
          message: message("input.language.not-a-test", { received: inputValue(candidate) }),
        },
      ],
    };
  }
  const kind: unknown = test.test;
  const testedOn: unknown = test.testedOn;
  const scores: unknown = test.scores;

  if (!isLanguageTestKind(kind)) {
    issues.push({
      path: under(prefix, "test"),
      code: "unknown_test",
      message: message("input.language.unknown-test", { received: inputValue(kind, Number.POSITIVE_INFINITY) }),
    });
  }
  const dateProblem = isoDateProblemMessage(testedOn);
  if (dateProblem !== undefined) {
    issues.push({ path: under(prefix, "testedOn"), code: "invalid_date", message: dateProblem });
  }

  let asOf: IsoDate | undefined;
  if (options.asOf !== undefined) {
    const read = asOfOrIssue(options.asOf);
    if ("asOf" in read) asOf = read.asOf;
    else issues.push(read.issue);
  }

  let chart: EquivalencyChart | undefined;
  let source: Citation | undefined;
  if (isLanguageTestKind(kind) && isIsoDate(testedOn)) {
    const found = equivalencyChartFor(kind, testedOn);
    if (found.ok) {
      chart = found.value;
      source = found.version.source;
    } else {
      issues.push({
        path: under(prefix, "testedOn"),
        // IRCC's known refusal of the test on that day, or only no chart known to this library.
        code: notAcceptedBeforeFirstChart(kind) ? "not_accepted_on_date" : "no_chart_on_date",
        message: message("input.language.not-accepted-on-date", { reason: found.message }),
      });
    }
    if (asOf !== undefined && testedOn > asOf) {
      issues.push({
        path: under(prefix, "testedOn"),
        code: "tested_after_as_of",
        message: message("input.language.tested-after-as-of", { testedOn, asOf }),
      });
    }
  }

  if (typeof scores !== "object" || scores === null) {
    issues.push({
      path: under(prefix, "scores"),
      code: "invalid_type",
      message: message("input.language.scores-missing", {}),
    });
  } else if (chart !== undefined) {
    for (const ability of LANGUAGE_ABILITIES) {
      const issue = scoreIssue(
        chart,
        ability,
        (scores as Record<string, unknown>)[ability],
        under(prefix, `scores.${ability}`),
      );
      if (issue !== undefined) issues.push(issue);
    }
  }

  if (issues.length > 0 || chart === undefined || source === undefined || !isIsoDate(testedOn)) {
    return { ok: false, issues };
  }
  const levels: ClbLevels = {
    reading: clbOnChart(chart, "reading", test.scores.reading),
    writing: clbOnChart(chart, "writing", test.scores.writing),
    listening: clbOnChart(chart, "listening", test.scores.listening),
    speaking: clbOnChart(chart, "speaking", test.scores.speaking),
  };
  const expiresOn = languageTestExpiresOn(testedOn);
  return {
    ok: true,
    levels,
    language: languageOf(chart.test),
    testedOn,
    expiresOn,
    expired: asOf !== undefined && asOf >= expiresOn,
    source,
  };
}

/** A score's path under a test: `...scores.<ability>`. */
const SCORE_PATH = /(^|\.)scores\.(reading|writing|listening|speaking)$/;

/**
 * The levels of a test whose only problems are scores to correct (off the test's scale, or not a
 * number), with each such score at its scale's best: no correction can score more in any ability.
 * `undefined` when the test has another problem (its kind, its date, no chart) or none. Internal:
 * a rule fails a test that falls short even so, rather than asking for the correction.
 */
export function levelsAtBestCorrection(test: LanguageTest, issues: readonly InputIssue[]): ClbLevels | undefined {
  const corrected = correctedScores(test, issues, "max");
  if (corrected === undefined) return undefined;
  const { chart, scores } = corrected;
  return {
    reading: clbOnChart(chart, "reading", scores.reading),
    writing: clbOnChart(chart, "writing", scores.writing),
    listening: clbOnChart(chart, "listening", scores.listening),
    speaking: clbOnChart(chart, "speaking", scores.speaking),
  };
}

/**
 * The test whose only problems are scores to correct (as {@link levelsAtBestCorrection} reads
 * them), with each such score at its scale's least: no correction can score less in any ability.
 * `undefined` when the test has another problem or none. Internal: the least the test can add to
 * a score.
 */
export function testAtLeastCorrection(test: LanguageTest, issues: readonly InputIssue[]): LanguageTest | undefined {
  const corrected = correctedScores(test, issues, "min");
  return corrected === undefined ? undefined : { ...test, scores: corrected.scores };
}

/** The test's scores with each score to correct at its scale's `end`, and its chart. */
function correctedScores(
  test: LanguageTest,
  issues: readonly InputIssue[],
  end: "min" | "max",
): { readonly chart: EquivalencyChart; readonly scores: Record<LanguageAbility, number> } | undefined {
  if (issues.length === 0) return undefined;
  for (const issue of issues) {
    if ((issue.code !== "off_scale" && issue.code !== "invalid_type") || !SCORE_PATH.test(issue.path)) return undefined;
  }
  const kind: unknown = test.test;
  const testedOn: unknown = test.testedOn;
  const scores: unknown = test.scores;
  if (!isLanguageTestKind(kind) || !isIsoDate(testedOn) || typeof scores !== "object" || scores === null) {
    return undefined;
  }
  const found = equivalencyChartFor(kind, testedOn);
  if (!found.ok) return undefined;
  const chart = found.value;
  const at = (ability: LanguageAbility): number => {
    const score = (scores as Record<string, unknown>)[ability];
    const scale = chart.scale[ability];
    return typeof score === "number" && isOnScale(score, scale) ? score : scale[end];
  };
  return {
    chart,
    scores: { reading: at("reading"), writing: at("writing"), listening: at("listening"), speaking: at("speaking") },
  };
}
