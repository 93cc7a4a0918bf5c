// Tests that pin src/programs/federal/language.ts beyond test/mutation-federal.test.ts: how each
// language test stands on asOf (IRCC "Language test results – Express Entry": results count for
// 2 years, so a test is expired on its second anniversary; PTE Core is accepted from 2024-01-30),
// the names and scales in reasons (CLB for English, NCLC for French), which languages a requirement
// may be met in (the declared first official language for a "first language" minimum, either
// language otherwise), and the reasons that list several tests or several issues.
import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/iso-date.js";
import type { LanguageTest } from "../../../src/models/language-test.js";
import {
  allowedLanguages,
  describeMinimum,
  describeTest,
  type FederalLanguageResult,
  type LanguageRequirement,
  languageOutcome,
  readLanguageTests,
  scaleOf,
  shortfalls,
  whyNotCounted,
} from "../../../src/programs/federal/language.js";

const ASOF = isoDate("2026-01-15");
const celpip = (testedOn: string, scores: LanguageTest["scores"]): LanguageTest => ({
  test: "celpip-general",
  testedOn: isoDate(testedOn),
  scores,
});
const nine = { reading: 9, writing: 9, listening: 9, speaking: 9 };
const offScale = { reading: 13, writing: 9, listening: 9, speaking: 9 };
// TEF Canada 450/450/450/460: NCLC 7 in all four (chart from 2023-12-11).
const tef = (testedOn: string): LanguageTest => ({
  test: "tef-canada",
  testedOn: isoDate(testedOn),
  scores: { reading: 450, writing: 450, listening: 450, speaking: 460 },
});
const read = (tests: LanguageTest[] | undefined, declared?: "english" | "french") =>
  readLanguageTests(tests, ASOF, "languageTests", declared);
const fsw: LanguageRequirement = { program: "FSW", minimum: 7, which: "first" };
const either: LanguageRequirement = { program: "CEC", minimum: 7, which: "either" };
const result = (over: Partial<FederalLanguageResult>): FederalLanguageResult => ({
  index: 0,
  path: "languageTests[0]",
  test: "celpip-general",
  testedOn: "2025-03-01",
  status: "valid",
  issues: [],
  ...over,
});

describe("names and scales", () => {
  it("names every accepted test, and an unknown one by its code", () => {
    const name = (test: string) => describeTest(result({ test }));
    expect(["ielts-general", "celpip-general", "pte-core", "tef-canada", "tcf-canada", "toefl"].map(name)).toEqual([
      "languageTests[0] (IELTS General Training, 2025-03-01)",
      "languageTests[0] (CELPIP-General, 2025-03-01)",
      "languageTests[0] (PTE Core, 2025-03-01)",
      "languageTests[0] (TEF Canada, 2025-03-01)",
      "languageTests[0] (TCF Canada, 2025-03-01)",
      "languageTests[0] (toefl, 2025-03-01)",
    ]);
  });

  it("CLB for English, NCLC for French, CLB/NCLC when the language is not known", () => {
    expect([scaleOf("english"), scaleOf("french"), scaleOf(undefined)]).toEqual(["CLB", "NCLC", "CLB/NCLC"]);
  });

  it("words each per-ability minimum for itself", () => {
    expect(describeMinimum({ reading: 6, writing: 6, listening: 7, speaking: 7 })).toBe(
      "CLB/NCLC 7 in listening and speaking and CLB/NCLC 6 in reading and writing",
    );
    expect(describeMinimum({ reading: 9, writing: 8, listening: 8, speaking: 8 })).toBe(
      "CLB/NCLC 9 in reading and CLB/NCLC 8 in writing and listening and speaking",
    );
  });
});

describe("readLanguageTests: each status", () => {
  it("not given: no results", () => {
    expect(read(undefined)).toStrictEqual({ path: "languageTests", given: false, results: [] });
  });

  it("a valid result: its levels, expiry and no issues", () => {
    expect(read([celpip("2025-03-01", nine)]).results).toStrictEqual([
      {
        index: 0,
        path: "languageTests[0]",
        test: "celpip-general",
        testedOn: "2025-03-01",
        language: "english",
        status: "valid",
        levels: nine,
        expiresOn: "2027-03-01",
        issues: [],
      },
    ]);
  });

  it("an unreadable result is expired from its second anniversary on, unreadable the day before", () => {
    const [onTheDay, dayBefore] = read([celpip("2024-01-15", offScale), celpip("2024-01-16", offScale)]).results;
    expect([onTheDay?.status, onTheDay?.expiresOn]).toEqual(["expired", "2026-01-15"]);
    expect([dayBefore?.status, dayBefore?.expiresOn]).toEqual(["unreadable", "2026-01-16"]);
  });

  it("a PTE Core result with a score off its scale is unreadable, not 'not accepted'", () => {
    const pte: LanguageTest = {
      test: "pte-core",
      testedOn: isoDate("2025-01-15"),
      scores: { reading: 999, writing: 70, listening: 70, speaking: 70 },
    };
    expect(read([pte]).results[0]?.status).toBe("unreadable");
  });
});

describe("whyNotCounted and shortfalls", () => {
  it("joins every issue of an unreadable result with a space", () => {
    const [r] = read([celpip("2025-03-01", { reading: 13, writing: 14, listening: 9, speaking: 9 })]).results;
    if (r === undefined) throw new Error("no result");
    const [first, second] = r.issues.map((i) => i.message);
    expect(r.issues.map((i) => i.path)).toEqual(["languageTests[0].scores.reading", "languageTests[0].scores.writing"]);
    expect(whyNotCounted(r)).toBe(
      `languageTests[0] (CELPIP-General, 2025-03-01) could not be read: ${first} ${second}`,
    );
  });

  it("says when a result is valid, and when an expiry date is not known", () => {
    expect(whyNotCounted(result({}))).toBe("languageTests[0] (CELPIP-General, 2025-03-01) is valid");
    expect(whyNotCounted(result({ status: "expired" }))).toBe(
      "languageTests[0] (CELPIP-General, 2025-03-01) expired on its second anniversary (results count for 2 years)",
    );
  });

  it("a result without levels has no shortfalls", () => {
    expect(shortfalls(result({ status: "unreadable" }), 7)).toEqual([]);
  });
});

describe("allowedLanguages and the declared first language", () => {
  it("a first-language minimum: the declared language only; either language otherwise", () => {
    const declaredFrench = read([], "french");
    expect(allowedLanguages(declaredFrench, "first")).toEqual(["french"]);
    expect(allowedLanguages(declaredFrench, "either")).toEqual(["english", "french"]);
    expect(allowedLanguages(read([]), "first")).toEqual(["english", "french"]);
  });

  it("an either-language minimum does not mention the declared first language", () => {
    expect(languageOutcome(read([celpip("2025-03-01", nine)], "french"), either).reason).toBe(
      "languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 9, writing 9, listening 9, speaking 9, valid until the day before 2027-03-01; CEC needs CLB/NCLC 7 in every ability.",
    );
  });
});

describe("languageOutcome: several tests in one reason", () => {
  it("a test of a kind IRCC does not accept is in scope: unknown, its field missing", () => {
    const toefl = { test: "toefl", testedOn: "2025-03-01", scores: {} } as unknown as LanguageTest;
    expect(languageOutcome(read([toefl], "english"), fsw)).toMatchObject({
      verdict: "unknown",
      missing: ["languageTests[0].test"],
    });
  });

  it("two unreadable tests: both reasons, separated by a semicolon", () => {
    const a = celpip("2025-03-01", offScale);
    const b = celpip("2025-04-01", offScale);
    const facts = read([a, b]);
    const [ra, rb] = facts.results;
    if (ra === undefined || rb === undefined) throw new Error("no results");
    const r = languageOutcome(facts, fsw);
    expect(r).toMatchObject({
      verdict: "unknown",
      missing: ["languageTests[0].scores.reading", "languageTests[1].scores.reading"],
    });
    // The reasons are joined by "; "; only the last one's closing full stop is dropped before ". FSW needs".
    expect(r.reason).toBe(
      `No readable test meets the minimum, and ${whyNotCounted(ra)}; ${whyNotCounted(rb).replace(/\.$/, "")}. FSW needs CLB/NCLC 7 in every ability.`,
    );
  });

  it("an expired result in the other language is not 'the other official language': it is expired", () => {
    expect(languageOutcome(read([tef("2023-01-01")], "english"), fsw)).toStrictEqual({
      verdict: "fail",
      reason:
        "No valid language test result on the assessment date; languageTests[0] (TEF Canada, 2023-01-01) expired on 2025-01-01 (results count for 2 years); FSW needs CLB/NCLC 7 in every ability (your declared first official language is English).",
      expected: "CLB/NCLC 7 in every ability",
      actual: null,
    });
  });
});
