// A language result taken before IRCC accepted its test. Internal: the CRS, the Worker EOI and the
// federal programs read it alike.

import type { InputIssue } from "../core/input-issue.js";
import type { LanguageTest } from "../models/language-test.js";
import { notAcceptedBeforeFirstChart } from "./equivalency.js";

/**
 * Whether an issue says a result was taken before IRCC accepted its test (the test's
 * `notAcceptedBeforeFirstVersion` in data/ircc/language-equivalency.json, PTE Core before
 * 2024-01-30): a known fact that the result does not count, not a problem with the answer. For the
 * other tests a date before their first chart means the chart is not known, which stays a problem.
 * Internal.
 */
export function notAcceptedResult(test: LanguageTest | undefined, issue: InputIssue): boolean {
  return test !== undefined && issue.code === "not_accepted_on_date" && notAcceptedBeforeFirstChart(test.test);
}
