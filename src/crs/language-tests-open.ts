// The CRS when only language tests keep it from being computed: the score without them and the
// bound with the language left open. Internal: the stream's CRS minimum and the draw checks read
// it alike.

import type { InputIssue } from "../core/input-issue.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Candidate } from "../models/candidate.js";
import { calculateCrsWithoutNomination } from "./calculate.js";
import { testIndexIn } from "./input-issues.js";

/**
 * The CRS (without nomination points) between two answers about the language tests that cannot
 * be scored: `total` without them, `maximumReachable` with every language result open.
 * `chartless` when every such test was taken before the first chart known (an answered test the
 * data cannot read; otherwise the tests have scores to correct).
 */
export interface CrsWithTestsOpen {
  readonly total: number;
  readonly maximumReachable: number;
  readonly chartless: boolean;
}

/**
 * The score's bounds when every issue that kept the CRS from being computed names a language test,
 * else `undefined` (also when the score still cannot be computed without them). No reading of the
 * tests can score more than `maximumReachable`; a test taken before the first chart known adds to
 * `total` and never takes from it, a test to correct may not be passed over. Internal.
 */
export function crsWithLanguageTestsOpen(
  candidate: Candidate,
  asOf: IsoDate,
  issues: readonly InputIssue[],
): CrsWithTestsOpen | undefined {
  const indexes = new Set(issues.map((i) => testIndexIn(i.path, "languageTests")));
  if (issues.length === 0 || indexes.has(undefined)) return undefined;
  const kept = (candidate.languageTests ?? []).filter((_, i) => !indexes.has(i));
  const without = calculateCrsWithoutNomination({ ...candidate, languageTests: kept }, { asOf });
  const open = calculateCrsWithoutNomination({ ...candidate, languageTests: undefined }, { asOf });
  if (!without.ok || !open.ok) return undefined;
  return {
    total: without.total,
    maximumReachable: open.maximumReachable,
    chartless: issues.every((i) => i.code === "no_chart_on_date"),
  };
}
