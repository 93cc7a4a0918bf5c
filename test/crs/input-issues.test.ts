import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/iso-date.js";
import { relevantIssues, testIndexIn } from "../../src/crs/input-issues.js";
import type { LanguageTest } from "../../src/models/language-test.js";

describe("testIndexIn", () => {
  it("reads the index a path names in the list, and only in that list", () => {
    expect(testIndexIn("languageTests[2].scores.reading", "languageTests")).toBe(2);
    expect(testIndexIn("languageTests[12]", "languageTests")).toBe(12);
    expect(testIndexIn("spouse.languageTests[0].testedOn", "spouse.languageTests")).toBe(0);
    expect(testIndexIn("spouse.languageTests[0].testedOn", "languageTests")).toBeUndefined();
    expect(testIndexIn("languageTests", "languageTests")).toBeUndefined();
    expect(testIndexIn("languageTestsX[1]", "languageTests")).toBeUndefined();
    expect(testIndexIn("languageTests[]", "languageTests")).toBeUndefined();
    expect(testIndexIn("languageTests[1", "languageTests")).toBeUndefined();
    expect(testIndexIn("languageTests[a1]", "languageTests")).toBeUndefined();
  });
});

describe("relevantIssues", () => {
  const asOf = isoDate("2026-01-15");
  const test = (testedOn: string): LanguageTest =>
    ({
      test: "celpip-general",
      testedOn,
      scores: { reading: 9, writing: 9, listening: 9, speaking: 13 },
    }) as LanguageTest;
  const issue = (path: string) => ({
    path,
    code: "invalid_value" as const,
    message: { id: "input.invalid", params: {} },
  });

  it("drops the problems of a test taken after asOf or expired on it, keeps the others", () => {
    // Tested 2026-02-01: after asOf. Tested 2023-01-01: expired on 2025-01-01 (two years).
    const tests = [test("2025-06-01"), test("2026-02-01"), test("2023-01-01")];
    const issues = [
      issue("languageTests[0].scores.speaking"),
      issue("languageTests[1].scores.speaking"),
      issue("languageTests[2].scores.speaking"),
      issue("dateOfBirth"),
    ];
    expect(relevantIssues(issues as never, tests, "languageTests", asOf).map((i) => i.path)).toEqual([
      "languageTests[0].scores.speaking",
      "dateOfBirth",
    ]);
  });
});
