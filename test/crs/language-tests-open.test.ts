// crsWithLanguageTestsOpen: the CRS between a language test's least correction and the language
// left open, and the answers that can move it between the two.
import { describe, expect, it } from "vitest";
import { calculateCrsWithoutNomination } from "../../src/crs/calculate.js";
import { crsWithLanguageTestsOpen } from "../../src/crs/language-tests-open.js";
import { isoDate, parseCandidate } from "../../src/index.js";
import { exampleCandidate, type JsonObject, without } from "../fixtures/alberta/builders.js";

const asOf = isoDate("2026-11-25");

/** The example candidate with one CELPIP result whose reading is 13 (off the 0-12 scale). */
function withTestToCorrect(levels: number, answers: (c: JsonObject) => JsonObject = (c) => c): JsonObject {
  const c = answers(exampleCandidate());
  return {
    ...c,
    languageTests: [
      {
        test: "celpip-general",
        testedOn: "2026-05-30",
        scores: { reading: 13, writing: levels, listening: levels, speaking: levels },
      },
    ],
  };
}

function bounds(input: JsonObject) {
  const parsed = parseCandidate(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  const crs = calculateCrsWithoutNomination(parsed.value, { asOf });
  if (crs.ok) throw new Error("the score should need the correction");
  return crsWithLanguageTestsOpen(parsed.value, asOf, crs.issues);
}

describe("crsWithLanguageTestsOpen", () => {
  it("asks an answer whose points rest on a better correction (a certificate needs CLB 5 in every ability)", () => {
    // CELPIP 5 in writing, listening and speaking, reading 13: at its least correction (0) the
    // reading is under CLB 5, so a certificate of qualification adds nothing; corrected to 5 or
    // more, it adds up to 50. Its answer can move the score between the bounds: it is asked.
    const open = bounds(withTestToCorrect(5, (c) => without(c, "certificateOfQualification")));
    expect(open?.missing).toContain("certificateOfQualification");
    // Answered, it is not; and the tests themselves (answered, to correct) are never listed.
    const answered = bounds(withTestToCorrect(5));
    expect(answered?.missing).not.toContain("certificateOfQualification");
    expect(open?.missing).not.toContain("languageTests");
  });

  it("bounds the score by the least correction below and the language left open above", () => {
    const b = bounds(withTestToCorrect(9));
    if (b === undefined) throw new Error("bounded");
    // Below: exactly the score with the reading corrected to its least (0), not without the test.
    const scored = (reading: number | undefined) => {
      const c = withTestToCorrect(9);
      const tests = c.languageTests as JsonObject[];
      const test = tests[0] as JsonObject;
      const parsed = parseCandidate({
        ...c,
        languageTests: reading === undefined ? [] : [{ ...test, scores: { ...(test.scores as JsonObject), reading } }],
      });
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const crs = calculateCrsWithoutNomination(parsed.value, { asOf });
      if (!crs.ok) throw new Error("scored");
      return crs.total;
    };
    expect(b.total).toBe(scored(0));
    expect(b.total).toBeGreaterThan(scored(undefined));
    // Above: at least the best correction (12) scores; the bound with the language open may be looser.
    expect(b.maximumReachable).toBeGreaterThanOrEqual(scored(12));
    expect(b.chartless).toBe(false);
  });
});
