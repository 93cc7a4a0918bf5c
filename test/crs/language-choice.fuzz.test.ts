// Which language results the CRS scores: the whole score decides, so another valid result can
// never lower it, and a partial candidate's certain score stays under every completion's, whatever
// results it holds in one language or both.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/iso-date.js";
import { calculateCrs } from "../../src/crs/calculate.js";
import type { Candidate } from "../../src/models/candidate.js";
import type { LanguageTest } from "../../src/models/language-test.js";
import { ANSWERED_NONE } from "../fixtures/crs.js";
import { celpip, tef } from "../fixtures/language-tests.js";

const ASOF = isoDate("2026-06-01");
const level = fc.integer({ min: 4, max: 10 });
// One level for all four abilities half the time: results just at a threshold in every ability
// (CLB 5 for the second language, NCLC 7 for the French points) are the ones that change the pick.
const levels = fc.oneof(level, fc.record({ reading: level, writing: level, listening: level, speaking: level }));
const result: fc.Arbitrary<LanguageTest> = fc
  .tuple(fc.boolean(), levels)
  .map(([french, l]) => (french ? tef("2026-03-01", l) : celpip("2026-03-01", l)));
const declared = fc.constantFrom(undefined, "english" as const, "french" as const);
const spouse = {
  accompanying: true,
  canadianCitizenOrPermanentResident: false,
  education: [],
  languageTests: [],
  workHistory: [],
};

function total(candidate: Candidate): { total: number; maximumReachable: number } {
  const r = calculateCrs(candidate, { asOf: ASOF });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

function person(tests: readonly LanguageTest[], first: "english" | "french" | undefined): Candidate {
  return {
    ...ANSWERED_NONE,
    dateOfBirth: isoDate("1980-06-01"),
    languageTests: [...tests],
    ...(first === undefined ? {} : { firstOfficialLanguage: first }),
  };
}

describe("the CRS's choice of language results", () => {
  it("another valid result never lowers the score", () => {
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 3 }), result, declared, (tests, extra, first) => {
        expect(total(person([...tests, extra], first)).total).toBeGreaterThanOrEqual(total(person(tests, first)).total);
      }),
      { numRuns: 1000 },
    );
  });

  it("with the marital status open, the certain score and the bound hold both answers", () => {
    fc.assert(
      fc.property(fc.array(result, { minLength: 1, maxLength: 3 }), declared, (tests, first) => {
        const { maritalStatus: _status, ...open } = { ...person(tests, first), spouse };
        const partial = total(open as Candidate);
        for (const maritalStatus of ["single", "married"] as const) {
          const answered = total({ ...open, maritalStatus } as Candidate);
          expect(answered.total).toBeGreaterThanOrEqual(partial.total);
          expect(answered.total).toBeLessThanOrEqual(partial.maximumReachable);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
