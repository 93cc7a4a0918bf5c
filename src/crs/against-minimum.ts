// A CRS against a minimum score, three-valued with the score's bounds. Internal: the stream's CRS
// minimum and the draws' CRS check decide alike and word it each their own way.

import type { InputIssue } from "../core/input-issue.js";
import type { CrsResult } from "./calculate.js";
import type { CrsWithTestsOpen } from "./language-tests-open.js";

/**
 * How a CRS compares with a minimum:
 * - `met`: the score is at least the minimum (`by: "score"`); or, with tests that cannot be scored,
 *   the score without them already is, whether those tests were taken before the first chart known
 *   (`"tests-before-charts"`) or have scores to correct (`"any-correction"`);
 * - `cannot-reach`: under the minimum with answers open (or tests to correct) that could not lift
 *   it to the minimum, `maximumReachable` being the most they could;
 * - `under`: under the minimum with nothing open;
 * - `may-reach`: under the minimum with answers open that could lift it (`missing`);
 * - `not-computed`: the score cannot be computed and no bound decides: `missing` lists the answers
 *   that could (the issues' paths and the answers open beside them), `uncertain` when every issue
 *   is a test taken before the first chart known (answered: only the data is missing).
 */
export type CrsAgainstMinimum =
  | {
      readonly decision: "met";
      readonly total: number;
      readonly by: "score" | "tests-before-charts" | "any-correction";
    }
  | { readonly decision: "cannot-reach"; readonly total: number; readonly maximumReachable: number }
  | { readonly decision: "under"; readonly total: number }
  | {
      readonly decision: "may-reach";
      readonly total: number;
      readonly maximumReachable: number;
      readonly missing: readonly string[];
    }
  | {
      readonly decision: "not-computed";
      readonly issues: readonly InputIssue[];
      readonly missing: readonly string[];
      readonly uncertain: boolean;
    };

/**
 * Decides `crs` against `minimum`; `open` is the score's bounds when only language tests keep it
 * from being computed ({@link crsWithLanguageTestsOpen}). Internal.
 */
export function crsAgainstMinimum(
  crs: CrsResult,
  open: CrsWithTestsOpen | undefined,
  minimum: number,
): CrsAgainstMinimum {
  if (!crs.ok) {
    // No reading of the tests can score more than the language left open, nor less than the
    // score without them.
    if (open !== undefined && open.total >= minimum) {
      return { decision: "met", total: open.total, by: open.chartless ? "tests-before-charts" : "any-correction" };
    }
    if (open !== undefined && open.maximumReachable < minimum) {
      return { decision: "cannot-reach", total: open.total, maximumReachable: open.maximumReachable };
    }
    return {
      decision: "not-computed",
      issues: crs.issues,
      missing: [...new Set([...crs.issues.map((i) => i.path).filter((p) => p !== ""), ...(open?.missing ?? [])])],
      uncertain: crs.issues.every((i) => i.code === "no_chart_on_date"),
    };
  }
  if (crs.total >= minimum) return { decision: "met", total: crs.total, by: "score" };
  if (crs.missing.length === 0) return { decision: "under", total: crs.total };
  return crs.maximumReachable >= minimum
    ? { decision: "may-reach", total: crs.total, maximumReachable: crs.maximumReachable, missing: crs.missing }
    : { decision: "cannot-reach", total: crs.total, maximumReachable: crs.maximumReachable };
}
