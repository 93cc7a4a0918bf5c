// A language result taken before IRCC accepted its test. Internal: the CRS, the Worker EOI and the
// federal programs read it alike.

import type { InputIssue } from "../core/input-issue.js";

/**
 * Whether an issue says a result was taken before IRCC accepted its test (`not_accepted_on_date`,
 * PTE Core before 2024-01-30, by the chart's `notAcceptedBeforeFirstVersion` in
 * data/ircc/language-equivalency.json): a known fact that the result does not count, not a problem
 * with the answer. A test before the first chart this library knows is `no_chart_on_date`, which
 * stays a problem. Internal.
 */
export function notAcceptedResult(issue: InputIssue): boolean {
  return issue.code === "not_accepted_on_date";
}
