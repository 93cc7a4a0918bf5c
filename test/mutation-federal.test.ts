// Tests that pin behaviour of src/programs/federal that the mutation run showed no other test to
// observe: the exact outcomes (verdict, reason, expected, actual, missing, source) of the
// settlement-funds check, and the requirement it reads off IRCC's "Proof of funds" tables
// (data/ircc/settlement-funds.json: from 2025-07-07, 15,263 for one person, 19,001 for two,
// 23,360 for three, 40,392 for seven and 4,112 for each member beyond; before 2022-06-09 only an
// upper bound, the 2022 amounts: 13,310 for one person).
import { describe, expect, it } from "vitest";
import { isoDate } from "../src/core/iso-date.js";
import type { Candidate } from "../src/models/index.js";
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
      reason: "A family size is a whole number of at least 1, got 1.5.",
    });
    expect(settlementFundsRequired(0, ASOF)).toEqual({
      ok: false,
      reason: "A family size is a whole number of at least 1, got 0.",
    });
    expect(settlementFundsRequired(1, isoDate("2014-12-31"))).toEqual({
      ok: false,
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
      source: upperBoundSource,
    });
  });

  it("a family size that is not a whole number of at least 1: unknown with the reason, nothing else", () => {
    expect(fundsOutcome(candidate({ settlementFundsCad: 10_000, familySize: 0 }), ASOF, "FSW")).toStrictEqual({
      verdict: "unknown",
      reason: "A family size is a whole number of at least 1, got 0.",
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
