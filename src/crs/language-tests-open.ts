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
  /** The other answers still open in the score without those tests (they too can move it). */
  readonly missing: readonly string[];
  readonly chartless: boolean;
}

/**
 * The score's bounds when every issue that kept the CRS from being computed names a language test
 * of the candidate's or of the spouse's, else `undefined` (also when the score still cannot be
 * computed without them). No reading of the tests can score more than `maximumReachable`, nor less
 * than `total` (the score without them: the best result of a language counts, so a test only adds).
 * Internal.
 */
export function crsWithLanguageTestsOpen(
  candidate: Candidate,
  asOf: IsoDate,
  issues: readonly InputIssue[],
): CrsWithTestsOpen | undefined {
  // Each issue names a test of the candidate's or of the spouse's, or the score is not bounded here.
  const own = new Set<number>();
  const spouses = new Set<number>();
  for (const issue of issues) {
    const mine = testIndexIn(issue.path, "languageTests");
    const theirs = testIndexIn(issue.path, "spouse.languageTests");
    if (mine !== undefined) own.add(mine);
    else if (theirs !== undefined) spouses.add(theirs);
    else return undefined;
  }
  const spouse = candidate.spouse;
  if (issues.length === 0 || (spouses.size > 0 && spouse == null)) return undefined;
  const kept = (candidate.languageTests ?? []).filter((_, i) => !own.has(i));
  // The spouse's tests only add points (the best result counts): without the ones to correct, the
  // least; left open, the most.
  const spouseWith = (languageTests: Candidate["languageTests"]) =>
    spouses.size === 0 || spouse == null ? {} : { spouse: { ...spouse, languageTests } };
  const spouseKept = (spouse?.languageTests ?? []).filter((_, i) => !spouses.has(i));
  const without = calculateCrsWithoutNomination(
    { ...candidate, languageTests: kept, ...spouseWith(spouseKept) },
    { asOf },
  );
  const open = calculateCrsWithoutNomination(
    { ...candidate, ...(own.size > 0 ? { languageTests: undefined } : {}), ...spouseWith(undefined) },
    { asOf },
  );
  if (!without.ok || !open.ok) return undefined;
  return {
    total: without.total,
    maximumReachable: open.maximumReachable,
    missing: without.missing,
    chartless: issues.every((i) => i.code === "no_chart_on_date"),
  };
}
