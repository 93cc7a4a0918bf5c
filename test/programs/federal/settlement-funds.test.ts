// Tests that pin the proof-of-funds exemption of src/programs/federal/settlement-funds.ts (IRCC
// "Proof of funds", data/ircc/settlement-funds.json: no proof of funds is needed when you are
// authorised to work in Canada now AND have a valid job offer — for FSW one that earns arranged-
// employment points, for FST one in a skilled trade; either way supported by an LMIA or an
// employer-specific work permit, jobOffer.lmia): pass only when both hold, fail when either
// fails (with only the failed parts' reasons), else unknown with the open parts' reasons and paths.

import { describe, expect, it } from "vitest";
import fundsJson from "../../../data/ircc/settlement-funds.json" with { type: "json" };
import { addYears } from "../../../src/core/calendar.js";
import { isoDate } from "../../../src/core/iso-date.js";
import { text } from "../../../src/core/message.js";
import type { Candidate } from "../../../src/models/candidate.js";
import { assessFederalSkilledWorker } from "../../../src/programs/federal/fsw.js";
import {
  fundsOutcome,
  leastFamilySize,
  SETTLEMENT_FUNDS_TABLES,
  settlementFundsRequired,
} from "../../../src/programs/federal/settlement-funds.js";
import { proofOfFundsSource } from "../../../src/programs/federal/sources.js";
import { expectedVersion, type RawDatedVersion } from "../../fixtures/dated.js";
import { ASOF, findRule as find, fswCandidate } from "../../fixtures/federal/builders.js";
import { explained } from "../../fixtures/federal/explained.js";
import { reasonOf, withReasons } from "../../fixtures/messages.js";

/** The catalogue id of each uncertain period of data/ircc/settlement-funds.json, by its first day. */
const DOUBTS: Readonly<Record<string, string>> = {
  "2015-01-01": "federal.funds.uncertain.before-2022-06-09",
  "2022-06-09": "federal.funds.uncertain.start-2022-06-09",
  "2024-05-28": "federal.funds.uncertain.start-2024-05-28",
};

const exempt = (over: Partial<Candidate>) =>
  find(assessFederalSkilledWorker(fswCandidate(over), { asOf: ASOF }).result, "fsw.settlement-funds.exempt");
const permit = { status: { workPermitValidUntil: addYears(ASOF, 1) } };
const noPermitAnswer = { status: {} };
const offer = {
  jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" },
} as const;
const OFFER_REASON =
  "A full-time job offer of at least one year in skilled work: NOC 21231, 40 hours a week, permanent, supported by a positive Labour Market Impact Assessment. (Taken to be non-seasonal: whether it is seasonal is not answered, jobOffer.seasonal.)";
const NO_SUPPORT =
  "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer.";
const LMIA_OPEN =
  "Whether the offer is supported by a positive Labour Market Impact Assessment or made by the employer of an employer-specific work permit you work under is not given (jobOffer.lmia).";
const ENDED = "Your work permit ended on 2020-01-01, before 2026-01-15, and no current job in Canada is authorised.";
const NOT_ANSWERED = "Whether you are authorised to work in Canada is not answered (status.workPermitValidUntil).";
const NEEDS_BOTH = "The exemption needs both authorisation to work in Canada now and a valid job offer.";

describe("fsw.settlement-funds.exempt", () => {
  it("authorised with a valid offer: exempt, both reasons; the funds are then not needed", () => {
    expect(withReasons(exempt({ ...permit, ...offer }))).toStrictEqual({
      id: "fsw.settlement-funds.exempt",
      title: "Exempt from proof of funds: authorised to work in Canada with a valid job offer",
      verdict: "pass",
      message: {
        id: "federal.funds.exempt.met",
        params: {
          parts: [
            { id: "federal.work-authorization.permit-valid", params: { until: "2027-01-15" } },
            {
              id: "federal.job-offer.valid",
              params: {
                kind: "skilled-work",
                noc: "21231",
                hoursPerWeek: 40,
                durationMonths: "permanent",
                lmia: "approved",
                seasonalAnswered: false,
              },
            },
          ],
        },
      },
      reason: `Your work permit is valid until 2027-01-15. ${OFFER_REASON} So no proof of funds is needed.`,
      source: proofOfFundsSource,
    });
    const a = assessFederalSkilledWorker(fswCandidate({ ...permit, ...offer, settlementFundsCad: 0 }), { asOf: ASOF });
    expect(find(a.result, "fsw.settlement-funds")?.verdict).toBe("pass");
  });

  it("either part failing: fail, only the failed parts' reasons", () => {
    expect(withReasons(exempt({ ...offer }))).toMatchObject({ verdict: "fail", reason: `${ENDED} ${NEEDS_BOTH}` });
    expect(withReasons(exempt({ ...permit, jobOffer: null }))).toMatchObject({
      verdict: "fail",
      reason: `You have no job offer. ${NEEDS_BOTH}`,
    });
    // An unanswered offer beside a failed authorisation is not in the reason: the fail decides.
    const r = exempt({ jobOffer: undefined });
    expect(withReasons(r)).toMatchObject({ verdict: "fail", reason: `${ENDED} ${NEEDS_BOTH}` });
    expect(r?.missing ?? []).toEqual([]);
  });

  it("nothing failing but something open: unknown, the open parts' reasons and paths only", () => {
    expect(withReasons(exempt({ ...noPermitAnswer, ...offer }))).toMatchObject({
      verdict: "unknown",
      reason: `${NOT_ANSWERED} ${NEEDS_BOTH}`,
      missing: ["status.workPermitValidUntil"],
    });
    expect(withReasons(exempt({ ...noPermitAnswer, jobOffer: undefined }))).toMatchObject({
      verdict: "unknown",
      reason: `${NOT_ANSWERED} Whether you have a job offer is not answered (jobOffer). ${NEEDS_BOTH}`,
      missing: ["status.workPermitValidUntil", "jobOffer"],
    });
    expect(withReasons(exempt({ ...permit, jobOffer: undefined }))).toMatchObject({
      verdict: "unknown",
      reason: `Whether you have a job offer is not answered (jobOffer). ${NEEDS_BOTH}`,
      missing: ["jobOffer"],
    });
  });

  it("the offer's support: an exempt work permit exempts; none does not; left out is undecided", () => {
    expect(exempt({ ...permit, jobOffer: { ...offer.jobOffer, lmia: "exempt-work-permit" } })?.verdict).toBe("pass");
    expect(withReasons(exempt({ ...permit, jobOffer: { ...offer.jobOffer, lmia: "none" } }))).toMatchObject({
      verdict: "fail",
      reason: `${NO_SUPPORT} ${NEEDS_BOTH}`,
    });
    const { lmia: _, ...unanswered } = offer.jobOffer;
    expect(withReasons(exempt({ ...permit, jobOffer: unanswered }))).toMatchObject({
      verdict: "unknown",
      reason: `${LMIA_OPEN} ${NEEDS_BOTH}`,
      missing: ["jobOffer.lmia"],
    });
    // Both open: both reasons and both paths.
    expect(withReasons(exempt({ ...noPermitAnswer, jobOffer: unanswered }))).toMatchObject({
      verdict: "unknown",
      reason: `${NOT_ANSWERED} ${LMIA_OPEN} ${NEEDS_BOTH}`,
      missing: ["status.workPermitValidUntil", "jobOffer.lmia"],
    });
  });
});

// Tests that pin behaviour of src/programs/federal that the mutation run showed no other test to
// observe: the exact outcomes (verdict, reason, expected, actual, missing, source) of the
// settlement-funds check, and the requirement it reads off IRCC's "Proof of funds" tables
// (data/ircc/settlement-funds.json: from 2025-07-07, 15,263 for one person, 19,001 for two,
// 23,360 for three, 40,392 for seven and 4,112 for each member beyond; before 2022-06-09 only an
// upper bound, the 2022 amounts: 13,310 for one person).
const OLD = isoDate("2020-01-01");
const [upperBoundVersion, , , , current] = SETTLEMENT_FUNDS_TABLES;
const currentSource = current?.source;
const upperBoundSource = upperBoundVersion?.source;
const candidate = (over: Partial<Candidate>): Candidate => over as Candidate;

describe("SETTLEMENT_FUNDS_TABLES", () => {
  it("carries each JSON version as it is: dates, amounts, bound flag, doubt and citation, no key the JSON lacks", () => {
    type RawVersion = RawDatedVersion<{ amounts: number[]; eachAdditional: number; amountsAreUpperBound?: boolean }>;
    const expected = (fundsJson.versions as RawVersion[]).map((raw) =>
      expectedVersion(raw, {
        amounts: raw.value.amounts,
        eachAdditional: raw.value.eachAdditional,
        amountsAreUpperBound: raw.value.amountsAreUpperBound === true,
        ...(raw.uncertain === undefined ? {} : { uncertain: { id: DOUBTS[raw.uncertain[0]?.from ?? ""], params: {} } }),
      }),
    );
    expect(SETTLEMENT_FUNDS_TABLES).toStrictEqual(expected);
    // Each doubt of the data is a catalogue message whose English is the data's text.
    for (const raw of fundsJson.versions as RawVersion[]) {
      for (const period of raw.uncertain ?? []) {
        const version = SETTLEMENT_FUNDS_TABLES.find((v) => v.from === raw.from);
        expect(version?.value.uncertain?.id).toBe(DOUBTS[period.from]);
        expect(version?.value.uncertain && reasonOf({ message: version.value.uncertain })).toBe(period.reason);
      }
    }
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
    expect(reasonOf({ message: upperBoundVersion?.value.uncertain ?? text("") })).toMatch(
      /^The tables in force before 2022-06-09 are not encoded/,
    );
  });

  it("says why a family size or a date gives no amount", () => {
    expect(explained(settlementFundsRequired(1.5, ASOF))).toEqual({
      ok: false,
      problem: "family-size",
      reason: "A family size is a whole number from 1 to 50, got 1.5.",
    });
    expect(explained(settlementFundsRequired(0, ASOF))).toEqual({
      ok: false,
      problem: "family-size",
      reason: "A family size is a whole number from 1 to 50, got 0.",
    });
    // Past the model's largest family (50), and values of another type, named as given.
    const loose = (value: unknown) => value as number;
    for (const [given, shown] of [
      [51, "51"],
      [1e308, "1e+308"],
      [Number.POSITIVE_INFINITY, "Infinity"],
      [loose("3"), '"3"'],
      [loose([3]), "a list"],
      [loose({}), "an object of type Object"],
    ] as const) {
      expect(explained(settlementFundsRequired(given, ASOF)), shown).toEqual({
        ok: false,
        problem: "family-size",
        reason: `A family size is a whole number from 1 to 50, got ${shown}.`,
      });
    }
    expect(settlementFundsRequired(50, ASOF).ok).toBe(true);
    expect(explained(settlementFundsRequired(1, isoDate("2014-12-31")))).toEqual({
      ok: false,
      problem: "no-table",
      reason:
        "No settlement-funds table is known on 2014-12-31: No version is known before 2015-01-01; 2014-12-31 is earlier than that.",
    });
  });
});

describe("fundsOutcome: each branch, word for word", () => {
  it("funds not given: unknown, 'or more' and both paths missing when the family size is not given either", () => {
    expect(explained(fundsOutcome(candidate({}), ASOF, "fsw"))).toStrictEqual({
      verdict: "unknown",
      reason:
        "Settlement funds are not given; FSW needs $15,263 or more for a family of 1 person (the table in force from 2025-07-07), unless exempt.",
      expected: ">= 15263",
      missing: ["settlementFundsCad", "familySize"],
      source: currentSource,
    });
    expect(explained(fundsOutcome(candidate({ familySize: 3 }), ASOF, "fsw"))).toStrictEqual({
      verdict: "unknown",
      reason:
        "Settlement funds are not given; FSW needs $23,360 for a family of 3 people (the table in force from 2025-07-07), unless exempt.",
      expected: ">= 23360",
      missing: ["settlementFundsCad"],
      source: currentSource,
    });
  });

  it("enough for one person but no family size: unknown, only familySize missing", () => {
    expect(explained(fundsOutcome(candidate({ settlementFundsCad: 20_000 }), ASOF, "fsw"))).toStrictEqual({
      verdict: "unknown",
      reason:
        "You have $20,000, enough for a family of 1 person ($15,263, the table in force from 2025-07-07), but your family size is not given and a larger family needs more.",
      expected: ">= 15263",
      actual: 20_000,
      missing: ["familySize"],
      source: currentSource,
    });
  });

  it("enough for the largest family the model takes: pass without the family size", () => {
    // The 2025-07-07 table: $40,392 for 7 people and $4,112 for each one more, so a family of 50
    // (the model's largest) needs 40,392 + 43 × 4,112 = $217,208.
    const largest = settlementFundsRequired(50, ASOF);
    expect(largest.ok && largest.amount).toBe(217_208);
    expect(explained(fundsOutcome(candidate({ settlementFundsCad: 217_208 }), ASOF, "fsw"))).toStrictEqual({
      verdict: "pass",
      reason:
        "You have $217,208: enough whatever your family size, since FSW asks at most $217,208 (of a family of 50 people, the table in force from 2025-07-07).",
      expected: ">= 217208",
      actual: 217_208,
      source: currentSource,
    });
    // A dollar less, a family of 50 would fall short: the family size is asked.
    const short = fundsOutcome(candidate({ settlementFundsCad: 217_207 }), ASOF, "fsw");
    expect([short.verdict, short.missing]).toEqual(["unknown", ["familySize"]]);
  });

  it("enough for the family size given: pass, exactly at the amount too", () => {
    expect(
      explained(
        fundsOutcome(candidate({ settlementFundsCad: 15_263, familySize: 1, maritalStatus: "single" }), ASOF, "fsw"),
      ),
    ).toStrictEqual({
      verdict: "pass",
      reason: "You have $15,263; FSW needs $15,263 for a family of 1 person (the table in force from 2025-07-07).",
      expected: ">= 15263",
      actual: 15_263,
      source: currentSource,
    });
    // At or above the upper bound passes, and the reason says the table is only a bound.
    expect(
      explained(
        fundsOutcome(candidate({ settlementFundsCad: 13_310, familySize: 1, maritalStatus: "single" }), OLD, "fsw"),
      ),
    ).toMatchObject({
      verdict: "pass",
      reason:
        "You have $13,310; FSW needs at most $13,310 for a family of 1 person (an upper bound for the tables in force since 2015-01-01, which are not known).",
    });
  });

  it("too little: fail, naming the smallest family the answers allow when no size is given", () => {
    expect(
      explained(fundsOutcome(candidate({ settlementFundsCad: 10_000, familySize: 2 }), ASOF, "fst")),
    ).toStrictEqual({
      verdict: "fail",
      reason: "You have $10,000; FST needs $19,001 for a family of 2 people, by the table in force from 2025-07-07.",
      expected: ">= 19001",
      actual: 10_000,
      source: currentSource,
    });
    expect(
      explained(fundsOutcome(candidate({ settlementFundsCad: 15_262, maritalStatus: "married" }), ASOF, "fst")),
    ).toStrictEqual({
      verdict: "fail",
      reason:
        "You have $15,262; FST needs $19,001 for a family of 2 people (the smallest family your answers allow), by the table in force from 2025-07-07.",
      expected: ">= 19001",
      actual: 15_262,
      source: currentSource,
    });
  });

  it("a family size answered below what the marital status allows counts the spouse all the same", () => {
    // Family size counts the spouse or partner even when not coming: married and familySize 1 is
    // read as 2, so $16,000 (enough for 1, $15,263) is short of the $19,001 for 2 whether or not
    // the size is answered; it never passes only because a wrong size was given.
    const married = { settlementFundsCad: 16_000, maritalStatus: "married" as const, spouse: null };
    const unanswered = explained(fundsOutcome(candidate(married), ASOF, "fsw"));
    const one = explained(fundsOutcome(candidate({ ...married, familySize: 1 }), ASOF, "fsw"));
    expect([unanswered.verdict, one.verdict]).toEqual(["fail", "fail"]);
    expect(one.reason).toBe(
      "You have $16,000; FSW needs $19,001 for a family of 2 people (the smallest family your answers allow), by the table in force from 2025-07-07.",
    );
    // Enough for the two: a pass that says the size was read as two.
    expect(
      explained(fundsOutcome(candidate({ ...married, familySize: 1, settlementFundsCad: 19_001 }), ASOF, "fsw")).reason,
    ).toBe(
      "You have $19,001; FSW needs $19,001 for a family of 2 people (the smallest family your answers allow) (the table in force from 2025-07-07).",
    );
    // The marital status left out (no spouse given): a spouse or partner would make the family two,
    // so $16,000 neither passes (enough for one) nor fails (short for two) until it is answered.
    const { maritalStatus: _open, ...unmarried } = married;
    const open = explained(fundsOutcome(candidate({ ...unmarried, familySize: 1 }), ASOF, "fsw"));
    expect([open.verdict, open.missing, open.reason]).toEqual([
      "unknown",
      ["maritalStatus"],
      "You have $16,000, enough for a family of 1 person ($15,263, the table in force from 2025-07-07) but not for two ($19,001); your marital status is not given (maritalStatus), and a spouse or common-law partner counts in the family even when not coming.",
    ]);
    // Enough for two, or short even for one: decided whatever the answer.
    expect(
      explained(fundsOutcome(candidate({ ...unmarried, familySize: 1, settlementFundsCad: 19_001 }), ASOF, "fsw"))
        .verdict,
    ).toBe("pass");
    expect(
      explained(fundsOutcome(candidate({ ...unmarried, familySize: 1, settlementFundsCad: 15_262 }), ASOF, "fsw"))
        .verdict,
    ).toBe("fail");
    // A size at or above the least is read as given.
    expect(explained(fundsOutcome(candidate({ ...married, familySize: 3 }), ASOF, "fsw")).expected).toBe(">= 23360");
  });

  it("below an upper bound: unknown, with the bound's end and the doubt, never a fail", () => {
    expect(explained(fundsOutcome(candidate({ settlementFundsCad: 10_000, familySize: 1 }), OLD, "fsw"))).toStrictEqual(
      {
        verdict: "unknown",
        reason: `You have $10,000, less than $13,310, the amount for a family of 1 person from 2022-06-09, above what any earlier table asked; the table in force on 2020-01-01 is not known, so your funds may have met it. ${reasonOf({ message: upperBoundVersion?.value.uncertain ?? text("") })}`,
        expected: ">= 13310",
        actual: 10_000,
        uncertain: true,
        source: upperBoundSource,
      },
    );
  });

  it("a family size that is not a whole number from 1 to 50: unknown with the reason, the size to restate", () => {
    expect(
      explained(fundsOutcome(candidate({ settlementFundsCad: 10_000, familySize: 0 }), ASOF, "fsw")),
    ).toStrictEqual({
      verdict: "unknown",
      reason: "A family size is a whole number from 1 to 50, got 0.",
      missing: ["familySize"],
    });
  });

  it("counts a spouse or partner, given or implied by the marital status, in the least family size", () => {
    expect(leastFamilySize(candidate({ maritalStatus: "single", spouse: null }))).toBe(1);
    expect(leastFamilySize(candidate({ maritalStatus: "divorced" }))).toBe(1);
    expect(leastFamilySize(candidate({ maritalStatus: "married" }))).toBe(2);
    expect(leastFamilySize(candidate({ maritalStatus: "common-law" }))).toBe(2);
    // A spouse described: family only under a marital status with one; left out, the status is open.
    const spouse = { accompanying: false, canadianCitizenOrPermanentResident: true } as Candidate["spouse"];
    expect(leastFamilySize(candidate({ maritalStatus: "married", spouse }))).toBe(2);
    expect(leastFamilySize(candidate({ maritalStatus: "divorced", spouse }))).toBe(1);
    expect(leastFamilySize(candidate({ spouse }))).toBe(1);
  });

  it("a spouse described under a marital status without one adds no one to the family", () => {
    // Divorced with $16,000 and a family of one: enough ($15,263), whether or not a spouse is
    // described (as the CRS and the FSW grid, the divorced status settles it).
    const divorced = { settlementFundsCad: 16_000, familySize: 1, maritalStatus: "divorced" as const };
    const spouse = { accompanying: false, canadianCitizenOrPermanentResident: true } as Candidate["spouse"];
    expect(explained(fundsOutcome(candidate(divorced), ASOF, "fsw")).verdict).toBe("pass");
    expect(explained(fundsOutcome(candidate({ ...divorced, spouse }), ASOF, "fsw")).verdict).toBe("pass");
    // The status left out with the spouse described: open on the status, neither pass nor fail.
    const { maritalStatus: _open, ...described } = { ...divorced, spouse };
    const open = explained(fundsOutcome(candidate(described), ASOF, "fsw"));
    expect([open.verdict, open.missing]).toEqual(["unknown", ["maritalStatus"]]);
  });
});
