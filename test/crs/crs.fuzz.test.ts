// Fuzzing the CRS functions on the generated schema-valid candidates of
// test/fixtures/arbitraries/candidate.ts, with asOf from 2015-01-01 (the CRS began) to 2035-12-31:
// calculateCrs, crsFactors, crsImprovements and fswSelectionPoints never throw, return well-formed
// results, do not mutate their deep-frozen input and give the same result twice; and the CRS
// invariants hold: total = the sum of the sections, every line within its maximum, total <= 1,200,
// and withProvincialNomination keeps total <= 1,200 and section D <= 600.
//
// FUZZ_RUNS=5 npm test runs five times as many cases (see test/fixtures/arbitraries/candidate.ts).

import fc from "fast-check";
import { describe, it } from "vitest";
import {
  type Candidate,
  type CandidateInput,
  CRS_MAXIMUM,
  calculateCrs,
  crsFactors,
  crsImprovements,
  fswSelectionPoints,
  type IsoDate,
  isIsoDate,
  scoreCrs,
  withProvincialNomination,
} from "../../src/index.js";
import { assessmentCaseArb, deepFreeze, scaled, timeoutFor } from "../fixtures/arbitraries/candidate.js";
import { check, checkBreakdown, checkIssues, checkSame, checkUniqueStrings } from "../fixtures/arbitraries/checks.js";
import { cloneJson, type Json } from "../fixtures/arbitraries/inputs.js";
import { englishOf } from "../fixtures/messages.js";

/**
 * Runs per property, before FUZZ_RUNS scaling. calculateCrs and crsFactors take about 0.1 ms a
 * call, fswSelectionPoints 0.1 ms, crsImprovements 0.4 ms (it scores every candidate change), so
 * it gets fewer runs.
 */
const RUNS = {
  invariants: 6_000,
  crsFactors: 4_000,
  crsImprovements: 2_500,
  fswSelectionPoints: 5_000,
} as const;

/** Milliseconds per run budgeted for the timeouts. */
const MS_PER_RUN = 2;

/** A frozen candidate, a copy to compare it with afterwards, and the day. */
const caseArb = assessmentCaseArb.map(({ candidate, asOf }) => ({ input: candidate, asOf }));

/** Calls `fn` twice on the frozen candidate; checks it did not throw, nor change the input, and agreed with itself. */
function twice<R>(name: string, input: CandidateInput, fn: (candidate: Candidate) => R): R {
  const before = cloneJson(input as Json);
  const candidate = deepFreeze(input) as unknown as Candidate;
  let first: R;
  let second: R;
  try {
    first = fn(candidate);
    second = fn(candidate);
  } catch (error) {
    throw new Error(`${name} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  checkSame(first, second, name);
  checkSame(input, before, `${name} changed its input`);
  return first;
}

describe("fuzz: CRS invariants on schema-valid candidates", () => {
  it(
    "calculateCrs: total = the sum of the sections, each line within its maximum, total <= 1200; withProvincialNomination keeps total <= 1200 and D <= 600",
    () => {
      fc.assert(
        fc.property(caseArb, ({ input, asOf }) => {
          const crs = twice("calculateCrs", input, (c) => calculateCrs(c, { asOf }));
          const factors = twice("crsFactors", input, (c) => crsFactors(c, { asOf }));
          check(crs.ok === factors.ok, () => `calculateCrs ok ${crs.ok}, crsFactors ok ${factors.ok}`);
          if (!crs.ok || !factors.ok) {
            if (!crs.ok) checkIssues(crs.issues, "calculateCrs");
            if (!factors.ok) checkSame(crs, factors, "calculateCrs and crsFactors issues");
            return;
          }
          const { ok: _ok, ...breakdown } = crs;
          check(breakdown.asOf === asOf, () => `asOf ${breakdown.asOf}, asked for ${asOf}`);
          checkBreakdown(breakdown, factors.spouseFactorApplies);
          // calculateCrs is scoreCrs(crsFactors(...)).
          checkSame(breakdown, scoreCrs(factors, { asOf }), "calculateCrs and scoreCrs(crsFactors)");

          // A nomination: D becomes 600 (capped), the total again the sum of the sections, <= 1200.
          deepFreeze(breakdown);
          const nominated = withProvincialNomination(breakdown);
          checkBreakdown(nominated, factors.spouseFactorApplies);
          check(nominated.total <= CRS_MAXIMUM, () => `total with nomination ${nominated.total}`);
          check(nominated.additional.subtotal <= 600, () => `D with nomination ${nominated.additional.subtotal}`);
          check(nominated.additional.provincialNomination === 600, "the nomination line is not 600");
          check(nominated.additional.subtotal === 600, "D with a nomination is not 600");
          check(
            nominated.total === breakdown.total - breakdown.additional.subtotal + 600,
            () =>
              `total with nomination ${nominated.total} from ${breakdown.total}, D ${breakdown.additional.subtotal}`,
          );
          check(!nominated.missing.includes("provincialNomination"), "provincialNomination still missing");
          checkSame(withProvincialNomination(nominated), nominated, "withProvincialNomination twice");
        }),
        { numRuns: scaled(RUNS.invariants) },
      );
    },
    timeoutFor(RUNS.invariants, MS_PER_RUN),
  );
});

describe("fuzz: the CRS functions on schema-valid candidates", () => {
  it(
    "crsFactors: never throws, well-formed factors, input untouched, same result twice",
    () => {
      fc.assert(
        fc.property(caseArb, ({ input, asOf }) => {
          const r = twice("crsFactors", input, (c) => crsFactors(c, { asOf }));
          if (!r.ok) {
            checkIssues(r.issues, "crsFactors");
            return;
          }
          checkUniqueStrings(r.missing, "crsFactors missing");
          const wholeYears = (value: unknown, what: string) =>
            check(
              Number.isInteger(value) && (value as number) >= 0,
              () => `${what} = ${JSON.stringify(value)}, not a whole number >= 0`,
            );
          if (r.age !== undefined) wholeYears(r.age, "age");
          wholeYears(r.canadianWorkYears, "canadianWorkYears");
          wholeYears(r.foreignWorkYears, "foreignWorkYears");
          if (r.spouse !== undefined) wholeYears(r.spouse.canadianWorkYears, "spouse.canadianWorkYears");
          for (const [name, levels] of Object.entries({
            firstLanguage: r.firstLanguage,
            secondLanguage: r.secondLanguage,
            english: r.english,
            french: r.french,
          })) {
            if (levels === undefined) continue;
            for (const ability of ["reading", "writing", "listening", "speaking"] as const) {
              const clb = levels[ability];
              check(
                Number.isInteger(clb) && clb >= 0 && clb <= 12,
                () => `${name}.${ability} = ${clb}, not a CLB level 0..12`,
              );
            }
          }
        }),
        { numRuns: scaled(RUNS.crsFactors) },
      );
    },
    timeoutFor(RUNS.crsFactors, MS_PER_RUN),
  );

  it(
    "crsImprovements: never throws, current score well-formed, each improvement adds points, age changes in date order",
    () => {
      fc.assert(
        fc.property(caseArb, ({ input, asOf }) => {
          const r = twice("crsImprovements", input, (c) => crsImprovements(c, { asOf }));
          if (!r.ok) {
            checkIssues(r.issues, "crsImprovements");
            return;
          }
          check(r.asOf === asOf, () => `asOf ${r.asOf}`);
          checkBreakdown(r.current, undefined);
          const crs = calculateCrs(input as unknown as Candidate, { asOf });
          check(crs.ok, "crsImprovements scored a candidate calculateCrs rejects");
          checkSame(r.current, (({ ok: _ok, ...b }) => b)(crs), "crsImprovements current and calculateCrs");
          let previousPoints = Number.POSITIVE_INFINITY;
          for (const improvement of r.improvements) {
            const shown = () => JSON.stringify(improvement);
            check(improvement.points > 0, () => `an improvement of no points: ${shown()}`);
            check(improvement.total === r.current.total + improvement.points, () => `total off: ${shown()}`);
            check(improvement.total <= CRS_MAXIMUM, () => `total above 1200: ${shown()}`);
            check(
              typeof englishOf(improvement.message) === "string" && englishOf(improvement.message).length > 0,
              shown,
            );
            check(improvement.points <= previousPoints, () => `improvements not most points first: ${shown()}`);
            previousPoints = improvement.points;
          }
          let previous: { on: IsoDate; age: number } = { on: asOf, age: -1 };
          for (const change of r.agePoints) {
            const shown = () => JSON.stringify(change);
            check(isIsoDate(change.on) && change.on > previous.on, () => `age change not in date order: ${shown()}`);
            check(change.age > previous.age, () => `ages not increasing: ${shown()}`);
            check(change.change !== 0, () => `an age change of 0: ${shown()}`);
            check(
              change.total === r.current.total - r.current.core.age + change.agePoints,
              () =>
                `age change total ${change.total}, current ${r.current.total} - ${r.current.core.age} + ${change.agePoints}`,
            );
            previous = change;
          }
        }),
        { numRuns: scaled(RUNS.crsImprovements) },
      );
    },
    timeoutFor(RUNS.crsImprovements, MS_PER_RUN * 2),
  );

  it(
    "fswSelectionPoints: never throws, 0 <= total <= maximumReachable <= 100, passes and verdict agree with the pass mark",
    () => {
      fc.assert(
        fc.property(caseArb, ({ input, asOf }) => {
          const p = twice("fswSelectionPoints", input, (c) => fswSelectionPoints(c, { asOf }));
          const shown = () => JSON.stringify({ total: p.total, possible: p.maximumReachable, verdict: p.verdict });
          check(p.asOf === asOf, () => `asOf ${p.asOf}`);
          check(Number.isInteger(p.total) && p.total >= 0, shown);
          check(p.total <= p.maximumReachable && p.maximumReachable <= p.maximum && p.maximum === 100, shown);
          check(p.passes === p.total >= p.passMark && p.passMark === 67, shown);
          const verdict = p.total >= 67 ? "pass" : p.maximumReachable < 67 ? "fail" : "unknown";
          check(p.verdict === verdict, () => `verdict ${p.verdict}, expected ${verdict}: ${shown()}`);
          checkUniqueStrings(p.missing, "fswSelectionPoints missing");
          if (p.total === p.maximumReachable)
            check(p.missing.length === 0, () => `nothing to gain, yet missing: ${shown()}`);
        }),
        { numRuns: scaled(RUNS.fswSelectionPoints) },
      );
    },
    timeoutFor(RUNS.fswSelectionPoints, MS_PER_RUN),
  );
});
