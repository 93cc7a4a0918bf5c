// Tests that pin behaviour of src/programs/federal that the mutation run showed no other test to
// observe: the exact outcomes (verdict, reason, expected, actual, missing, source) of the
// settlement-funds check, and the requirement it reads off IRCC's "Proof of funds" tables
// (data/ircc/settlement-funds.json: from 2025-07-07, 15,263 for one person, 19,001 for two,
// 23,360 for three, 40,392 for seven and 4,112 for each member beyond; before 2022-06-09 only an
// upper bound, the 2022 amounts: 13,310 for one person).
import { describe, expect, it } from "vitest";
import fundsJson from "../data/ircc/settlement-funds.json" with { type: "json" };
import { isoDate } from "../src/core/iso-date.js";
import type { Candidate, LanguageTest } from "../src/models/index.js";
import {
  describeMinimum,
  type LanguageRequirement,
  languageOutcome,
  readLanguageTests,
} from "../src/programs/federal/language.js";
import {
  fundsOutcome,
  leastFamilySize,
  SETTLEMENT_FUNDS_TABLES,
  settlementFundsRequired,
} from "../src/programs/federal/settlement-funds.js";

const ASOF = isoDate("2026-01-15");
const OLD = isoDate("2020-01-01");
const [upperBoundVersion, , , , current] = SETTLEMENT_FUNDS_TABLES;
const currentSource = current?.source;
const upperBoundSource = upperBoundVersion?.source;
const candidate = (over: Partial<Candidate>): Candidate => over as Candidate;

describe("SETTLEMENT_FUNDS_TABLES", () => {
  it("carries each JSON version as it is: dates, amounts, bound flag, doubt and citation, no key the JSON lacks", () => {
    type RawVersion = {
      from: string;
      to?: string;
      uncertain?: { from: string; to?: string; reason: string }[];
      value: { amounts: number[]; eachAdditional: number; amountsAreUpperBound?: boolean };
      source: { title: string; url: string; retrieved: string; effective?: string; secondary?: boolean };
    };
    const expected = (fundsJson.versions as RawVersion[]).map((raw) => ({
      from: raw.from,
      ...(raw.to === undefined ? {} : { to: raw.to }),
      source: {
        title: raw.source.title,
        url: raw.source.url,
        retrieved: raw.source.retrieved,
        ...(raw.source.effective === undefined ? {} : { effective: raw.source.effective }),
        ...(raw.source.secondary === true ? { secondary: true } : {}),
      },
      ...(raw.uncertain === undefined ? {} : { uncertain: raw.uncertain }),
      value: {
        amounts: raw.value.amounts,
        eachAdditional: raw.value.eachAdditional,
        amountsAreUpperBound: raw.value.amountsAreUpperBound === true,
        ...(raw.uncertain === undefined ? {} : { uncertain: raw.uncertain.map((p) => p.reason).join(" ") }),
      },
    }));
    expect(SETTLEMENT_FUNDS_TABLES).toStrictEqual(expected);
    // Only the first version is an upper bound and its citation has no effective date; the current one has no end.
    expect(SETTLEMENT_FUNDS_TABLES.map((v) => v.value.amountsAreUpperBound)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
    expect(upperBoundSource).not.toHaveProperty("effective");
    expect(current).not.toHaveProperty("to");
    expect(Object.isFrozen(current?.value.amounts)).toBe(true);
  });
});

describe("settlementFundsRequired", () => {
  it("gives the amount, the version's dates and source, and no `to` or `uncertain` keys the version lacks", () => {
    // Nine people: 40,392 for seven + 2 × 4,112.
    expect(settlementFundsRequired(9, ASOF)).toStrictEqual({
      ok: true,
      amount: 48_616,
      familySize: 9,
      upperBound: false,
      from: "2025-07-07",
      source: currentSource,
    });
    expect(settlementFundsRequired(7, ASOF)).toMatchObject({ amount: 40_392 });
    expect(settlementFundsRequired(8, ASOF)).toMatchObject({ amount: 44_504 });
  });

  it("marks the amounts before 2022-06-09 as an upper bound, with the version's end and its doubt", () => {
    expect(settlementFundsRequired(1, OLD)).toStrictEqual({
      ok: true,
      amount: 13_310,
      familySize: 1,
      upperBound: true,
      from: "2015-01-01",
      to: "2022-06-09",
      source: upperBoundSource,
      uncertain: upperBoundVersion?.value.uncertain,
    });
    expect(upperBoundVersion?.value.uncertain).toMatch(/^The tables in force before 2022-06-09 are not encoded/);
  });

  it("says why a family size or a date gives no amount", () => {
    expect(settlementFundsRequired(1.5, ASOF)).toEqual({
      ok: false,
      problem: "family-size",
      reason: "A family size is a whole number of at least 1, got 1.5.",
    });
    expect(settlementFundsRequired(0, ASOF)).toEqual({
      ok: false,
      problem: "family-size",
      reason: "A family size is a whole number of at least 1, got 0.",
    });
    expect(settlementFundsRequired(1, isoDate("2014-12-31"))).toEqual({
      ok: false,
      problem: "no-table",
      reason:
        "No settlement-funds table is known on 2014-12-31: No version is known before 2015-01-01; 2014-12-31 is earlier than that.",
    });
  });
});

describe("fundsOutcome: each branch, word for word", () => {
  it("funds not given: unknown, 'or more' and both paths missing when the family size is not given either", () => {
    expect(fundsOutcome(candidate({}), ASOF, "FSW")).toStrictEqual({
      verdict: "unknown",
      reason:
        "Settlement funds are not given; FSW needs $15,263 or more for a family of 1 person (the table in force from 2025-07-07), unless exempt.",
      expected: ">= 15263",
      missing: ["settlementFundsCad", "familySize"],
      source: currentSource,
    });
    expect(fundsOutcome(candidate({ familySize: 3 }), ASOF, "FSW")).toStrictEqual({
      verdict: "unknown",
      reason:
        "Settlement funds are not given; FSW needs $23,360 for a family of 3 people (the table in force from 2025-07-07), unless exempt.",
      expected: ">= 23360",
      missing: ["settlementFundsCad"],
      source: currentSource,
    });
  });

  it("enough for one person but no family size: unknown, only familySize missing", () => {
    expect(fundsOutcome(candidate({ settlementFundsCad: 20_000 }), ASOF, "FSW")).toStrictEqual({
      verdict: "unknown",
      reason:
        "You have $20,000, enough for a family of 1 person ($15,263, the table in force from 2025-07-07), but your family size is not given and a larger family needs more.",
      expected: ">= 15263",
      actual: 20_000,
      missing: ["familySize"],
      source: currentSource,
    });
  });

  it("enough for the family size given: pass, exactly at the amount too", () => {
    expect(fundsOutcome(candidate({ settlementFundsCad: 15_263, familySize: 1 }), ASOF, "FSW")).toStrictEqual({
      verdict: "pass",
      reason: "You have $15,263; FSW needs $15,263 for a family of 1 person (the table in force from 2025-07-07).",
      expected: ">= 15263",
      actual: 15_263,
      source: currentSource,
    });
    // At or above the upper bound passes, and the reason says the table is only a bound.
    expect(fundsOutcome(candidate({ settlementFundsCad: 13_310, familySize: 1 }), OLD, "FSW")).toMatchObject({
      verdict: "pass",
      reason:
        "You have $13,310; FSW needs $13,310 for a family of 1 person (the table in force from 2015-01-01 (an upper bound: the table in force then is not known)).",
    });
  });

  it("too little: fail, naming the smallest family the answers allow when no size is given", () => {
    expect(fundsOutcome(candidate({ settlementFundsCad: 10_000, familySize: 2 }), ASOF, "FST")).toStrictEqual({
      verdict: "fail",
      reason: "You have $10,000; FST needs $19,001 for a family of 2 people, by the table in force from 2025-07-07.",
      expected: ">= 19001",
      actual: 10_000,
      source: currentSource,
    });
    expect(
      fundsOutcome(candidate({ settlementFundsCad: 15_262, maritalStatus: "married" }), ASOF, "FST"),
    ).toStrictEqual({
      verdict: "fail",
      reason:
        "You have $15,262; FST needs $19,001 for a family of 2 people (the smallest family your answers allow), by the table in force from 2025-07-07.",
      expected: ">= 19001",
      actual: 15_262,
      source: currentSource,
    });
  });

  it("below an upper bound: unknown, with the bound's end and the doubt, never a fail", () => {
    expect(fundsOutcome(candidate({ settlementFundsCad: 10_000, familySize: 1 }), OLD, "FSW")).toStrictEqual({
      verdict: "unknown",
      reason: `You have $10,000, less than $13,310, the most any table before 2022-06-09 asked of a family of 1 person; the table in force on 2020-01-01 is not known, so it may have asked less. ${upperBoundVersion?.value.uncertain}`,
      expected: ">= 13310",
      actual: 10_000,
      uncertain: true,
      source: upperBoundSource,
    });
  });

  it("a family size that is not a whole number of at least 1: unknown with the reason, the size to restate", () => {
    expect(fundsOutcome(candidate({ settlementFundsCad: 10_000, familySize: 0 }), ASOF, "FSW")).toStrictEqual({
      verdict: "unknown",
      reason: "A family size is a whole number of at least 1, got 0.",
      missing: ["familySize"],
    });
  });

  it("counts a spouse or partner, given or implied by the marital status, in the least family size", () => {
    expect(leastFamilySize(candidate({ maritalStatus: "single", spouse: null }))).toBe(1);
    expect(leastFamilySize(candidate({ maritalStatus: "divorced" }))).toBe(1);
    expect(leastFamilySize(candidate({ maritalStatus: "married" }))).toBe(2);
    expect(leastFamilySize(candidate({ maritalStatus: "common-law" }))).toBe(2);
    expect(leastFamilySize(candidate({ spouse: {} as Candidate["spouse"] }))).toBe(2);
  });
});

describe("federal language requirement: each outcome, word for word", () => {
  // CELPIP-General levels 4 to 10 are CLB 4 to 10; under 4 is below IRCC's chart (level 0).
  const celpip = (levels: number | LanguageTest["scores"], testedOn = "2025-03-01"): LanguageTest => ({
    test: "celpip-general",
    testedOn: isoDate(testedOn),
    scores:
      typeof levels === "number" ? { reading: levels, writing: levels, listening: levels, speaking: levels } : levels,
  });
  // TEF Canada 450/450/450/460: NCLC 7 in all four (chart from 2023-12-11).
  const tef: LanguageTest = {
    test: "tef-canada",
    testedOn: isoDate("2025-03-01"),
    scores: { reading: 450, writing: 450, listening: 450, speaking: 460 },
  };
  const fsw: LanguageRequirement = { program: "FSW", minimum: 7, which: "first" };
  const fst: LanguageRequirement = {
    program: "FST",
    minimum: { reading: 4, writing: 4, listening: 5, speaking: 5 },
    which: "either",
    context: "for skilled trades",
  };
  const outcome = (
    tests: LanguageTest[] | undefined,
    requirement: LanguageRequirement,
    declared?: "english" | "french",
  ) => languageOutcome(readLanguageTests(tests, ASOF, "languageTests", declared), requirement);
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
    expect(outcome([celpip(9)], fsw, "english")).toStrictEqual({
      verdict: "pass",
      reason: `languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 9, writing 9, listening 9, speaking 9, valid until the day before 2027-03-01; ${needsFsw} (your declared first official language is English).`,
      expected: "CLB/NCLC 7 in every ability",
      actual: "reading 9, writing 9, listening 9, speaking 9",
    });
    expect(outcome([celpip({ reading: 4, writing: 4, listening: 5, speaking: 5 })], fst)).toMatchObject({
      verdict: "pass",
      reason:
        "languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 4, writing 4, listening 5, speaking 5, valid until the day before 2027-03-01; FST needs CLB/NCLC 5 in listening and speaking and CLB/NCLC 4 in reading and writing for skilled trades.",
    });
    // One ability short of the per-ability minimum fails.
    expect(outcome([celpip({ reading: 4, writing: 4, listening: 5, speaking: 4 })], fst).verdict).toBe("fail");
  });

  it("an unreadable result and none that meets the minimum: unknown, the field at fault missing", () => {
    const r = outcome([celpip({ reading: 13, writing: 9, listening: 9, speaking: 9 })], fsw);
    expect(r).toMatchObject({
      verdict: "unknown",
      expected: "CLB/NCLC 7 in every ability",
      missing: ["languageTests[0].scores.reading"],
    });
    expect(r.reason).toMatch(
      /^No readable test meets the minimum, and languageTests\[0\] \(CELPIP-General, 2025-03-01\) could not be read: CELPIP-General reading scores run from 0 to 12 in whole numbers; 13 is not on that scale\./,
    );
    expect(r.reason.endsWith(` ${needsFsw}.`)).toBe(true);
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
    expect(outcome([celpip(9), celpip(8, "2025-04-01")], fsw, "french").reason).toBe(
      `No valid French result; languageTests[0] (CELPIP-General, 2025-03-01), languageTests[1] (CELPIP-General, 2025-04-01) test the other official language; ${needsFsw} (your declared first official language is French).`,
    );
  });

  it("no valid result on the day: fail, each test's reason (expired, not yet taken, PTE Core before 2024-01-30)", () => {
    const pte: LanguageTest = {
      test: "pte-core",
      testedOn: isoDate("2024-01-29"),
      scores: { reading: 70, writing: 70, listening: 70, speaking: 70 },
    };
    expect(outcome([celpip(9, "2023-01-01"), celpip(9, "2026-02-01"), pte], fsw).reason).toBe(
      "No valid language test result on the assessment date; languageTests[0] (CELPIP-General, 2023-01-01) expired on 2025-01-01 (results count for 2 years); languageTests[1] (CELPIP-General, 2026-02-01) is dated after the assessment date; languageTests[2] (PTE Core, 2024-01-29) was not an accepted test on that date (PTE Core counts from 2024-01-30); " +
        `${needsFsw}.`,
    );
  });

  it("a valid result below the minimum: fail, naming each shortfall (level 0 as 'below 4') and the levels", () => {
    expect(outcome([celpip({ reading: 3, writing: 7, listening: 6, speaking: 7 })], fsw)).toStrictEqual({
      verdict: "fail",
      reason: `languageTests[0] (CELPIP-General, 2025-03-01): CLB below 4 in reading, CLB 6 in listening; ${needsFsw}.`,
      expected: "CLB/NCLC 7 in every ability",
      actual: "reading 0, writing 7, listening 6, speaking 7",
    });
  });

  it("reads each test's status on the day: an expired result stays expired even if unreadable", () => {
    const facts = readLanguageTests(
      [
        celpip({ reading: 13, writing: 9, listening: 9, speaking: 9 }, "2023-01-01"),
        { test: "toefl", testedOn: "2025-01-01", scores: {} } as unknown as LanguageTest,
        { ...celpip(9), testedOn: "2025-02-30" as LanguageTest["testedOn"] },
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
