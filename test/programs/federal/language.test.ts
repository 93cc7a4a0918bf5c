// Tests that pin src/programs/federal/language.ts: how each
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
  type FederalLanguageResult,
  type LanguageRequirement,
  languageOutcome,
  readLanguageTests,
  scaleOf,
  shortfalls,
  testRef,
  whyNotCounted,
} from "../../../src/programs/federal/language.js";
import { explained } from "../../fixtures/federal/explained.js";
import { celpip } from "../../fixtures/language-tests.js";
import { reasonOf } from "../../fixtures/messages.js";

const ASOF = isoDate("2026-01-15");
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
const fsw: LanguageRequirement = { program: "fsw", minimum: 7, which: "first" };
const either: LanguageRequirement = { program: "cec", minimum: 7, which: "either" };
/** Why a test does not count, in English. */
const why = (r: FederalLanguageResult) => reasonOf({ message: whyNotCounted(r) });
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
    const name = (test: string) => {
      const t = testRef(result({ test }));
      return `${t.path} (${t.name}, ${t.testedOn})`;
    };
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
    const [first, second] = r.issues.map(reasonOf);
    expect(r.issues.map((i) => i.path)).toEqual(["languageTests[0].scores.reading", "languageTests[0].scores.writing"]);
    expect(why(r)).toBe(`languageTests[0] (CELPIP-General, 2025-03-01) could not be read: ${first} ${second}`);
  });

  it("says when a result is valid, and when an expiry date is not known", () => {
    expect(why(result({}))).toBe("languageTests[0] (CELPIP-General, 2025-03-01) is valid");
    expect(why(result({ status: "expired" }))).toBe(
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
    expect(explained(languageOutcome(read([celpip("2025-03-01", nine)], "french"), either)).reason).toBe(
      "languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 9, writing 9, listening 9, speaking 9, valid until the day before 2027-03-01; CEC needs CLB/NCLC 7 in every ability.",
    );
  });
});

describe("languageOutcome: several tests in one reason", () => {
  it("a test of a kind IRCC does not accept is in scope: unknown, its field missing", () => {
    const toefl = { test: "toefl", testedOn: "2025-03-01", scores: {} } as unknown as LanguageTest;
    expect(explained(languageOutcome(read([toefl], "english"), fsw))).toMatchObject({
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
    const r = explained(languageOutcome(facts, fsw));
    expect(r).toMatchObject({
      verdict: "unknown",
      missing: ["languageTests[0].scores.reading", "languageTests[1].scores.reading"],
    });
    // The reasons are joined by "; "; only the last one's closing full stop is dropped before ". FSW needs".
    expect(r.reason).toBe(
      `No readable test meets the minimum, and ${why(ra)}; ${why(rb).replace(/\.$/, "")}. FSW needs CLB/NCLC 7 in every ability.`,
    );
  });

  it("an expired result in the other language is not 'the other official language': it is expired", () => {
    expect(explained(languageOutcome(read([tef("2023-01-01")], "english"), fsw))).toStrictEqual({
      verdict: "fail",
      reason:
        "No valid language test result on the assessment date; languageTests[0] (TEF Canada, 2023-01-01) expired on 2025-01-01 (results count for 2 years); FSW needs CLB/NCLC 7 in every ability (your declared first official language is English).",
      expected: "CLB/NCLC 7 in every ability",
      actual: null,
    });
  });
});

// Each outcome of the federal language requirement (src/programs/federal/language.ts), word for word.
describe("federal language requirement: each outcome, word for word", () => {
  // CELPIP-General levels 4 to 10 are CLB 4 to 10; under 4 is below IRCC's chart (level 0).
  // TEF Canada 450/450/450/460: NCLC 7 in all four (chart from 2023-12-11).
  const tef: LanguageTest = {
    test: "tef-canada",
    testedOn: isoDate("2025-03-01"),
    scores: { reading: 450, writing: 450, listening: 450, speaking: 460 },
  };
  const fsw: LanguageRequirement = { program: "fsw", minimum: 7, which: "first" };
  const fst: LanguageRequirement = {
    program: "fst",
    minimum: { reading: 4, writing: 4, listening: 5, speaking: 5 },
    which: "either",
  };
  const outcome = (
    tests: LanguageTest[] | undefined,
    requirement: LanguageRequirement,
    declared?: "english" | "french",
  ) => explained(languageOutcome(readLanguageTests(tests, ASOF, "languageTests", declared), requirement));
  const needsFsw = "FSW needs CLB/NCLC 7 in every ability";

  it("words a per-ability minimum highest level first, abilities grouped", () => {
    expect(describeMinimum(fst.minimum)).toBe(
      "CLB/NCLC 5 in listening and speaking and CLB/NCLC 4 in reading and writing",
    );
    expect(describeMinimum(7)).toBe("CLB/NCLC 7 in every ability");
  });

  it("results not given: unknown, the list missing", () => {
    expect(outcome(undefined, fsw)).toStrictEqual({
      verdict: "unknown",
      reason: `Language test results are not given; ${needsFsw}, from a test less than 2 years old.`,
      expected: "CLB/NCLC 7 in every ability",
      missing: ["languageTests"],
    });
  });

  it("a valid result that meets the minimum: pass, with the levels, the expiry and the declared language", () => {
    expect(outcome([celpip("2025-03-01", 9)], fsw, "english")).toStrictEqual({
      verdict: "pass",
      reason: `languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 9, writing 9, listening 9, speaking 9, valid until the day before 2027-03-01; ${needsFsw} (your declared first official language is English).`,
      expected: "CLB/NCLC 7 in every ability",
      actual: "reading 9, writing 9, listening 9, speaking 9",
    });
    expect(outcome([celpip("2025-03-01", { reading: 4, writing: 4, listening: 5, speaking: 5 })], fst)).toMatchObject({
      verdict: "pass",
      reason:
        "languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 4, writing 4, listening 5, speaking 5, valid until the day before 2027-03-01; FST needs CLB/NCLC 5 in listening and speaking and CLB/NCLC 4 in reading and writing.",
    });
    // One ability short of the per-ability minimum fails.
    expect(outcome([celpip("2025-03-01", { reading: 4, writing: 4, listening: 5, speaking: 4 })], fst).verdict).toBe(
      "fail",
    );
  });

  it("an unreadable result and none that meets the minimum: unknown, the field at fault missing", () => {
    const r = outcome([celpip("2025-03-01", { reading: 13, writing: 9, listening: 9, speaking: 9 })], fsw);
    expect(r).toMatchObject({
      verdict: "unknown",
      expected: "CLB/NCLC 7 in every ability",
      missing: ["languageTests[0].scores.reading"],
    });
    expect(r.reason).toMatch(
      /^No readable test meets the minimum, and languageTests\[0\] \(CELPIP-General, 2025-03-01\) could not be read: CELPIP-General reading scores run from 0 to 12 in whole numbers; 13 is not on that scale\./,
    );
    expect((r.reason ?? "").endsWith(` ${needsFsw}.`)).toBe(true);
  });

  it("a score to correct that no correction lifts to the minimum: fail, saying what the test lacks even so", () => {
    // Reading 13 is off CELPIP's 0-12 scale; at its best (12) the writing of 6 still misses CLB 7.
    const r = outcome([celpip("2025-03-01", { reading: 13, writing: 6, listening: 9, speaking: 9 })], fsw);
    expect(r).toStrictEqual({
      verdict: "fail",
      reason: `No valid language test result on the assessment date; languageTests[0] (CELPIP-General, 2025-03-01), whatever its scores to correct turn out to be: CLB 6 in writing; ${needsFsw}.`,
      expected: "CLB/NCLC 7 in every ability",
      actual: null,
    });
    // A test with another problem (its date) is not judged on its scores: still asked.
    const undated = {
      ...celpip("2025-03-01", { reading: 13, writing: 6, listening: 9, speaking: 9 }),
      testedOn: "2025-02-30",
    };
    expect(outcome([undated as LanguageTest], fsw).verdict).toBe("unknown");
  });

  it("no result at all, or only results in the other language: fail, saying which", () => {
    expect(outcome([], fsw)).toStrictEqual({
      verdict: "fail",
      reason: `No language test result is given; ${needsFsw}.`,
      expected: "CLB/NCLC 7 in every ability",
      actual: null,
    });
    expect(outcome([tef], fsw, "english").reason).toBe(
      `No valid English result; languageTests[0] (TEF Canada, 2025-03-01) tests the other official language; ${needsFsw} (your declared first official language is English).`,
    );
    expect(outcome([celpip("2025-03-01", 9), celpip("2025-04-01", 8)], fsw, "french").reason).toBe(
      `No valid French result; languageTests[0] (CELPIP-General, 2025-03-01), languageTests[1] (CELPIP-General, 2025-04-01) test the other official language; ${needsFsw} (your declared first official language is French).`,
    );
  });

  it("no valid result on the day: fail, each test's reason (expired, not yet taken, PTE Core before 2024-01-30)", () => {
    const pte: LanguageTest = {
      test: "pte-core",
      testedOn: isoDate("2024-01-29"),
      scores: { reading: 70, writing: 70, listening: 70, speaking: 70 },
    };
    expect(outcome([celpip("2023-01-01", 9), celpip("2026-02-01", 9), pte], fsw).reason).toBe(
      "No valid language test result on the assessment date; languageTests[0] (CELPIP-General, 2023-01-01) expired on 2025-01-01 (results count for 2 years); languageTests[1] (CELPIP-General, 2026-02-01) is dated after the assessment date; languageTests[2] (PTE Core, 2024-01-29) was not an accepted test on that date (PTE Core counts from 2024-01-30); " +
        `${needsFsw}.`,
    );
  });

  it("a valid result below the minimum: fail, naming each shortfall (level 0 as 'below 4') and the levels", () => {
    expect(outcome([celpip("2025-03-01", { reading: 3, writing: 7, listening: 6, speaking: 7 })], fsw)).toStrictEqual({
      verdict: "fail",
      reason: `languageTests[0] (CELPIP-General, 2025-03-01): CLB below 4 in reading, CLB 6 in listening; ${needsFsw}.`,
      expected: "CLB/NCLC 7 in every ability",
      actual: "reading 0, writing 7, listening 6, speaking 7",
    });
  });

  it("reads each test's status on the day: an expired result stays expired even if unreadable", () => {
    const facts = readLanguageTests(
      [
        celpip("2023-01-01", { reading: 13, writing: 9, listening: 9, speaking: 9 }),
        { test: "toefl", testedOn: "2025-01-01", scores: {} } as unknown as LanguageTest,
        { ...celpip("2025-03-01", 9), testedOn: "2025-02-30" as LanguageTest["testedOn"] },
      ],
      ASOF,
      "spouse.languageTests",
    );
    expect(facts.path).toBe("spouse.languageTests");
    expect(facts.given).toBe(true);
    expect(facts).not.toHaveProperty("declaredFirst");
    expect(
      facts.results.map((r) => [r.path, r.status, r.language, r.expiresOn, r.issues.map((i) => `${i.path}:${i.code}`)]),
    ).toEqual([
      [
        "spouse.languageTests[0]",
        "expired",
        "english",
        "2025-01-01",
        ["spouse.languageTests[0].scores.reading:off_scale"],
      ],
      ["spouse.languageTests[1]", "unreadable", undefined, "2027-01-01", ["spouse.languageTests[1].test:unknown_test"]],
      [
        "spouse.languageTests[2]",
        "unreadable",
        "english",
        undefined,
        ["spouse.languageTests[2].testedOn:invalid_date"],
      ],
    ]);
    expect(Object.hasOwn(facts.results[1] ?? {}, "language")).toBe(false);
    expect(Object.hasOwn(facts.results[2] ?? {}, "expiresOn")).toBe(false);
    expect(readLanguageTests(null, ASOF, "languageTests", "french")).toStrictEqual({
      path: "languageTests",
      given: true,
      results: [],
      declaredFirst: "french",
    });
  });
});
