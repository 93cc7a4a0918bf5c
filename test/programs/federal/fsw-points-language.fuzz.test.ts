// The FSW language factor's bounds hold whatever the unreadable results turn out to be: each
// unreadable result is read at random levels, and the points found must lie between the certain
// points and the most reachable before.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { LanguageTest } from "../../../src/models/language-test.js";
import { fswSelectionPoints } from "../../../src/programs/federal/fsw-points/fsw-selection-points.js";
import { ASOF, celpip, fswCandidate, tef } from "../../fixtures/federal/builders.js";

const level = fc.integer({ min: 4, max: 10 });
// One level for all four abilities half the time: results just at a threshold in every ability
// are the ones that change which result is first.
const levels = fc.oneof(level, fc.record({ reading: level, writing: level, listening: level, speaking: level }));
const result = fc.record({ french: fc.boolean(), levels, readable: fc.boolean() });

/** A result as given: readable, or with a score off its scale in reading. */
function given(r: { french: boolean; levels: Parameters<typeof celpip>[1]; readable: boolean }): LanguageTest {
  const test = r.french ? tef("2025-03-01", r.levels) : celpip("2025-03-01", r.levels);
  return r.readable ? test : { ...test, scores: { ...test.scores, reading: r.french ? 999 : 13 } };
}

describe("the FSW language factor's bounds", () => {
  it("answering the unreadable results keeps the points within [points, maximumReachable]", () => {
    fc.assert(
      fc.property(
        fc.array(result, { minLength: 1, maxLength: 3 }),
        fc.constantFrom(undefined, "english" as const, "french" as const),
        (results, first) => {
          const partial = fswSelectionPoints(
            fswCandidate({ languageTests: results.map(given), firstOfficialLanguage: first }),
            { asOf: ASOF },
          ).language;
          const answered = fswSelectionPoints(
            fswCandidate({
              languageTests: results.map((r) => given({ ...r, readable: true })),
              firstOfficialLanguage: first,
            }),
            { asOf: ASOF },
          ).language;
          expect(answered.points).toBeGreaterThanOrEqual(partial.points);
          expect(answered.points).toBeLessThanOrEqual(partial.maximumReachable);
          expect(answered.maximumReachable).toBeLessThanOrEqual(partial.maximumReachable);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
