// The Alberta facts read a candidate's language tests and credentials once (src/programs/readings.ts)
// for the CRS and the federal facts: the facts must be those the CRS and the federal assessment give
// on their own, and readings of another candidate must be used only for the lists it shares.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateCrsWithoutNomination } from "../../src/crs/calculate.js";
import {
  assessExpressEntry,
  type Candidate,
  calculateCrs,
  deriveAlbertaFacts,
  deriveFederalFacts,
  type IsoDate,
  parseCandidate,
} from "../../src/index.js";
import { albertaFactsOf } from "../../src/programs/alberta/facts.js";
import { federalFactsOf } from "../../src/programs/federal/facts.js";
import { convertedTests, credentialReading, readCandidate } from "../../src/readings/candidate-readings.js";
import { ASOF, eligibleOn, parse } from "../fixtures/alberta/builders.js";
import { assessmentCaseArb } from "../fixtures/arbitraries/candidate.js";

function parsed(input: unknown): Candidate | undefined {
  const r = parseCandidate(input);
  return r.ok ? r.value : undefined;
}

/** The facts derived with no reading shared: the CRS and the federal assessment on their own. */
function separately(candidate: Candidate, asOf: IsoDate) {
  return {
    candidate,
    asOf,
    crs: calculateCrsWithoutNomination(candidate, { asOf }),
    federal: assessExpressEntry(candidate, { asOf }),
  };
}

describe("readings shared by the CRS and the federal facts", () => {
  it("give the facts the CRS and the federal assessment give on their own (arbitraries)", () => {
    fc.assert(
      fc.property(assessmentCaseArb, ({ candidate, asOf }) => {
        const c = parsed(candidate);
        if (c === undefined) return;
        expect(deriveAlbertaFacts(c, asOf)).toEqual(separately(c, asOf));
        expect(federalFactsOf(c, asOf, readCandidate(c, asOf))).toEqual(deriveFederalFacts(c, asOf));
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it("of another candidate or day are used only for the lists and the day they were read from", () => {
    fc.assert(
      fc.property(assessmentCaseArb, assessmentCaseArb, (a, b) => {
        const ca = parsed(a.candidate);
        const cb = parsed(b.candidate);
        if (ca === undefined || cb === undefined) return;
        const foreign = readCandidate(ca, a.asOf);
        expect(albertaFactsOf(cb, b.asOf, undefined, foreign)).toEqual(separately(cb, b.asOf));
        // A copy sharing the lists uses them: the same facts either way.
        const copy = { ...cb, jobOffer: null };
        expect(albertaFactsOf(copy, b.asOf, undefined, readCandidate(cb, b.asOf))).toEqual(separately(copy, b.asOf));
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it("are matched by identity of the list and by day", () => {
    const candidate = parse(eligibleOn(ASOF));
    const readings = readCandidate(candidate, ASOF);
    expect(readings.converted).toHaveLength(candidate.languageTests?.length ?? -1);
    expect(convertedTests(readings, candidate.languageTests, ASOF)).toBe(readings.converted);
    expect(convertedTests(readings, candidate.languageTests?.slice(), ASOF)).toBeUndefined();
    expect(convertedTests(readings, candidate.languageTests, "2026-11-26" as IsoDate)).toBeUndefined();
    expect(convertedTests(undefined, candidate.languageTests, ASOF)).toBeUndefined();
    expect(credentialReading(readings, candidate.education, ASOF)).toBe(readings.credentials);
    expect(credentialReading(readings, candidate.education?.slice(), ASOF)).toBeUndefined();
    // The CRS with them is the CRS without (nomination left aside, as the Alberta facts score it).
    const withNomination = calculateCrs(candidate, { asOf: ASOF });
    expect(withNomination.ok).toBe(true);
    expect(calculateCrsWithoutNomination(candidate, { asOf: ASOF }, readings)).toEqual(
      calculateCrsWithoutNomination(candidate, { asOf: ASOF }),
    );
  });

  it("of something that is not a candidate hold nothing", () => {
    const readings = readCandidate(null as unknown as Candidate, ASOF);
    expect(readings).toEqual({
      asOf: ASOF,
      languageTests: undefined,
      converted: undefined,
      education: undefined,
      credentials: undefined,
    });
  });
});
