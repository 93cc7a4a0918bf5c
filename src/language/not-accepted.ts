// A language result taken before IRCC accepted its test. Internal: the CRS, the Worker EOI and the
// federal programs read it alike.

import type { InputIssue } from "../core/input-issue.js";
import type { LanguageTest } from "../models/language-test.js";

/**
 * Whether an issue says a PTE Core result was taken before IRCC accepted the test (2024-01-30,
 * data/ircc/language-equivalency.json): a known fact that the result does not count, not a problem
 * with the answer. For the other tests a date before their first chart means the chart is not
 * known, which stays a problem. Internal.
 */
export function notAcceptedResult(test: LanguageTest | undefined, issue: InputIssue): boolean {
  return test?.test === "pte-core" && issue.code === "not_accepted_on_date";
}
