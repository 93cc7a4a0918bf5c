// The CRS when only language tests keep it from being computed: the least score they allow and
// the bound with the language left open. Internal: the stream's CRS minimum and the draw checks read
// it alike.

import type { InputIssue } from "../core/input-issue.js";
import type { IsoDate } from "../core/iso-date.js";
import { testAtLeastCorrection } from "../language/to-clb.js";
import type { Candidate } from "../models/candidate.js";
import type { LanguageTest } from "../models/language-test.js";
import { calculateCrsWithoutNomination } from "./calculate.js";
import { testIndexIn } from "./input-issues.js";

/**
 * The CRS (without nomination points) between two answers about the language tests that cannot
 * be scored: `total` with each test to correct at its least correction (a test the data cannot
 * read left out), `maximumReachable` with every language result open.
 * `chartless` when every such test was taken before the first chart known (an answered test the
 * data cannot read; otherwise the tests have scores to correct).
 */
export interface CrsWithTestsOpen {
  readonly total: number;
  readonly maximumReachable: number;
  /** The other answers still open in the least score or the bound (they too can move it). */
  readonly missing: readonly string[];
  readonly chartless: boolean;
}

/**
 * The score's bounds when every issue that kept the CRS from being computed names a language test
 * of the candidate's or of the spouse's, else `undefined` (also when the score still cannot be
 * computed without them). No reading of the tests can score more than `maximumReachable`, nor less
 * than `total` (each score to correct at its scale's least; a test the data cannot read left out:
 * the best result of a language counts, so a test only adds).
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
  // The least the tests can score: a test with scores to correct at its least correction (a real
  // reading of it: no correction scores less), any other left out (a test only adds points, the
  // best result counting).
  const least = (tests: readonly LanguageTest[], open: ReadonlySet<number>, list: string): LanguageTest[] =>
    tests.flatMap((test, i) => {
      if (!open.has(i)) return [test];
      const corrected = testAtLeastCorrection(
        test,
        issues.filter((issue) => testIndexIn(issue.path, list) === i),
      );
      return corrected === undefined ? [] : [corrected];
    });
  const kept = least(candidate.languageTests ?? [], own, "languageTests");
  const spouseWith = (languageTests: Candidate["languageTests"]) =>
    spouses.size === 0 || spouse == null ? {} : { spouse: { ...spouse, languageTests } };
  const spouseKept = least(spouse?.languageTests ?? [], spouses, "spouse.languageTests");
  const without = calculateCrsWithoutNomination(
    { ...candidate, languageTests: kept, ...spouseWith(spouseKept) },
    { asOf },
  );
  const open = calculateCrsWithoutNomination(
    { ...candidate, ...(own.size > 0 ? { languageTests: undefined } : {}), ...spouseWith(undefined) },
    { asOf },
  );
  if (!without.ok || !open.ok) return undefined;
  // The answers open in either score: an answer whose points rest on the language (a certificate
  // of qualification with CLB 5) may count only with a better correction. The tests left open in
  // the bound are answered: their corrections are the issues' paths.
  const openTests = (path: string) => path === "languageTests" || path === "spouse.languageTests";
  return {
    total: without.total,
    maximumReachable: open.maximumReachable,
    missing: [...new Set([...without.missing, ...open.missing.filter((path) => !openTests(path))])],
    chartless: issues.every((i) => i.code === "no_chart_on_date"),
  };
}
