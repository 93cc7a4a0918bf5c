// crsAgainstMinimum: the one decision of a CRS against a minimum that the stream's CRS minimum and
// the draws' CRS check word each their own way. Each branch from a computed score and its bounds.
import { describe, expect, it } from "vitest";
import { crsAgainstMinimum } from "../../src/crs/against-minimum.js";
import type { CrsResult } from "../../src/crs/calculate.js";
import type { CrsWithTestsOpen } from "../../src/crs/language-tests-open.js";
import { calculateCrs, isoDate, parseCandidate, text } from "../../src/index.js";
import { exampleCandidate } from "../fixtures/alberta/builders.js";

const parsed = parseCandidate(exampleCandidate());
if (!parsed.ok) throw new Error("the example candidate must parse");
const computed = calculateCrs(parsed.value, { asOf: isoDate("2026-11-25") });
if (!computed.ok) throw new Error("the fixture's CRS must be computable");
const score = (total: number, maximumReachable: number, missing: readonly string[]): CrsResult => ({
  ...computed,
  total,
  maximumReachable,
  missing,
});
const notComputed = (codes: readonly string[]): CrsResult =>
  ({
    ok: false,
    issues: codes.map((code, i) => ({ code, path: `languageTests[${i}].scores.reading`, message: text(code) })),
  }) as unknown as CrsResult;
const open = (total: number, maximumReachable: number, chartless = false): CrsWithTestsOpen => ({
  total,
  maximumReachable,
  missing: ["education"],
  chartless,
});

describe("crsAgainstMinimum", () => {
  it("meets the minimum on the score, at the minimum exactly", () => {
    expect(crsAgainstMinimum(score(300, 300, []), undefined, 300)).toEqual({
      decision: "met",
      total: 300,
      by: "score",
    });
    // Answers open do not matter once the certain score meets it.
    expect(crsAgainstMinimum(score(300, 350, ["spouse"]), undefined, 300).decision).toBe("met");
  });

  it("is under with nothing open, may reach or cannot reach with answers open", () => {
    expect(crsAgainstMinimum(score(299, 299, []), undefined, 300)).toEqual({ decision: "under", total: 299 });
    expect(crsAgainstMinimum(score(299, 300, ["spouse"]), undefined, 300)).toEqual({
      decision: "may-reach",
      total: 299,
      maximumReachable: 300,
      missing: ["spouse"],
    });
    expect(crsAgainstMinimum(score(250, 299, ["spouse"]), undefined, 300)).toEqual({
      decision: "cannot-reach",
      total: 250,
      maximumReachable: 299,
    });
  });

  it("decides a score with tests to correct by its bounds", () => {
    const tests = notComputed(["off_scale"]);
    expect(crsAgainstMinimum(tests, open(300, 400), 300)).toEqual({
      decision: "met",
      total: 300,
      by: "any-correction",
    });
    expect(crsAgainstMinimum(notComputed(["no_chart_on_date"]), open(300, 400, true), 300)).toMatchObject({
      by: "tests-before-charts",
    });
    expect(crsAgainstMinimum(tests, open(200, 299), 300)).toEqual({
      decision: "cannot-reach",
      total: 200,
      maximumReachable: 299,
    });
    // Between the bounds: the tests and the answers open beside them, each once.
    expect(crsAgainstMinimum(tests, open(299, 300), 300)).toEqual({
      decision: "not-computed",
      issues: (tests as { issues: unknown }).issues,
      missing: ["languageTests[0].scores.reading", "education"],
      uncertain: false,
    });
  });

  it("is uncertain when every issue is a test taken before the first chart known", () => {
    expect(crsAgainstMinimum(notComputed(["no_chart_on_date"]), undefined, 300)).toMatchObject({
      decision: "not-computed",
      uncertain: true,
    });
    expect(crsAgainstMinimum(notComputed(["no_chart_on_date", "off_scale"]), undefined, 300)).toMatchObject({
      decision: "not-computed",
      uncertain: false,
      missing: ["languageTests[0].scores.reading", "languageTests[1].scores.reading"],
    });
  });
});
