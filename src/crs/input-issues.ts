// The input problems a candidate-level score reports: a date of birth that gives no age, and the
// language tests that matter on `asOf`. Internal: the CRS and the Worker EOI score report alike.

import type { InputIssue } from "../core/input-issue.js";
import { isoDateProblemMessage } from "../core/input-value.js";
import { type IsoDate, isIsoDate } from "../core/iso-date.js";
import { message } from "../core/message.js";
import { languageTestExpiresOn } from "../language/index.js";
import { notAcceptedResult } from "../language/not-accepted.js";
import type { LanguageTest } from "../models/language-test.js";

/**
 * Why an answered date of birth gives no age on `asOf` (not a date, or after `asOf`), or
 * `undefined` when it gives one. Internal: the CRS and the Worker EOI score report it alike.
 */
export function dateOfBirthIssue(dateOfBirth: unknown, asOf: IsoDate): InputIssue | undefined {
  if (!isIsoDate(dateOfBirth)) {
    return {
      path: "dateOfBirth",
      code: "invalid_date",
      message: isoDateProblemMessage(dateOfBirth) ?? message("input.invalid", {}),
    };
  }
  if (dateOfBirth > asOf) {
    return {
      path: "dateOfBirth",
      code: "born_after_as_of",
      message: message("input.born-after-as-of", { dateOfBirth, asOf }),
    };
  }
  return undefined;
}

/** A language test that did not exist yet, or had expired, on `asOf`: its problems do not matter. */
function irrelevantOn(test: LanguageTest | undefined, asOf: IsoDate): boolean {
  const testedOn: unknown = test?.testedOn;
  if (!isIsoDate(testedOn)) return false;
  return testedOn > asOf || languageTestExpiresOn(testedOn) <= asOf;
}

/**
 * The index of the test an issue's path names in the list at `listPath`
 * (`"languageTests[2].scores.reading"` → 2), or `undefined` when the path names none. Internal.
 */
export function testIndexIn(path: string, listPath: string): number | undefined {
  const start = listPath.length + 1;
  if (!path.startsWith(listPath) || path[listPath.length] !== "[") return undefined;
  const end = path.indexOf("]", start);
  const digits = end < 0 ? "" : path.slice(start, end);
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}

/**
 * Keeps the issues of the language tests that matter on `asOf` (not taken later, not expired on
 * it, accepted on their date). Internal: the CRS and the Worker EOI score both report input this
 * way.
 */
export function relevantIssues(
  issues: readonly InputIssue[],
  tests: readonly LanguageTest[] | null | undefined,
  listPath: string,
  asOf: IsoDate,
): InputIssue[] {
  return issues.filter((issue) => {
    const index = testIndexIn(issue.path, listPath);
    if (index === undefined || !Array.isArray(tests)) return true;
    const test = tests[index];
    return !irrelevantOn(test, asOf) && !notAcceptedResult(issue);
  });
}
