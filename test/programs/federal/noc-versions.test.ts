// FSW's "one year of continuous work in one occupation" (IRPR s.75(2)(a)) and FST's "two years in
// one skilled trade" (IRPR s.87.2(3)(a)) when a candidate writes each past job in the NOC version of
// its time: NOC 2016 until 2022-11-15, NOC 2021 from 2022-11-16. The StatCan concordance NOC 2016
// V1.3 -> NOC 2021 V1.0 (data/noc/crosswalk-2016-2021.json) decides whether two codes are one
// occupation: a one-to-one pair is (its jobs count together for certain); a pair of a split or a
// merge may be (together only in the upper bound, so the rule says `unknown`, never `fail`).
//
// The pairs used, as the concordance file gives them:
// - 2147 -> 21311 "Computer engineers (except software engineers and designers)": one-to-one.
// - 7241 -> 72200 "Electricians (except industrial and power system)": one-to-one, a trade.
// - 2173 "Software engineers and designers" -> 21211 (Data scientists) and 21231 (Software
//   engineers and designers): a split, so 2173 and 21231 are not known to be one occupation.
// - 9222 "Supervisors, electronics manufacturing" and 9223 -> 92021: a merge.
// - 7247 "Cable television service and maintenance technicians" -> 72204 and 72205, each also
//   taking over another code: split-and-merge, both trades.
// Hours are counted by calendar months: a full-time month is 130 hours (1,560 / 12), a day of a
// 30-day month 130 / 30.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { IsoDate } from "../../../src/core/iso-date.js";
import { message } from "../../../src/core/message.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { WorkExperience } from "../../../src/models/work-experience.js";
import { nocPredecessors, nocSuccessors } from "../../../src/noc/index.js";
import {
  assessFederalSkilledTrades,
  assessFederalSkilledWorker,
  deriveFederalFacts,
} from "../../../src/programs/federal/index.js";
import { assessAtp, exampleCandidate, type JsonObject, node } from "../../fixtures/alberta/builders.js";
import { ASOF, celpip, d, findRule, fstCandidate, fswCandidate, job, tef } from "../../fixtures/federal/builders.js";
import { englishOf, reasonOf } from "../../fixtures/messages.js";

/** An FSW candidate with points to spare (72+ with a single year of work), so that experience decides. */
const strong = (workHistory: WorkExperience[]): Candidate =>
  fswCandidate({
    dateOfBirth: d("1996-01-01"),
    education: [{ level: "masters", years: 2, inCanada: false, ecaIssuedOn: d("2025-01-15") }],
    languageTests: [celpip("2025-10-15", 10), tef("2025-10-15", 5)],
    workHistory,
    settlementFundsCad: 100_000,
  });

const fswExperience = (candidate: Candidate, asOf: IsoDate = ASOF) =>
  findRule(assessFederalSkilledWorker(candidate, { asOf }).result, "fsw.experience.one-year");

/** Two jobs abroad, the first ending 2022-11-15 and the second starting the next day. */
function acrossTheSwitch(noc2016: string, from: string, noc2021: string, to: string): WorkExperience[] {
  return [job(noc2016, "IN", from, "2022-11-15"), job(noc2021, "IN", "2022-11-16", to)];
}

describe("FSW: one occupation across NOC versions", () => {
  it("2147 then 21311 (one-to-one) are one occupation: exactly 1,560 hours pass", () => {
    // 2022-01-01..2022-11-15: 10 months (1,300) + 15 days of November (65) = 1,365
    // 2022-11-16..2022-12-31: 15 days of November (65) + December (130) = 195; 1,365 + 195 = 1,560
    const candidate = strong(acrossTheSwitch("2147", "2022-01-01", "21311", "2022-12-31"));
    const rule = fswExperience(candidate);
    expect(rule).toMatchObject({ verdict: "pass", actual: 1560 });
    expect(englishOf(rule?.message)).toBe(
      "1,560 hours of continuous skilled work in NOC 21311 from 2022-01-01 to 2022-12-31; FSW needs 1,560 hours (one year full-time, or the equivalent part-time) of continuous skilled paid work in one occupation in the 10 years before 2026-01-15. NOC 2016 2147 and NOC 2021 21311 are counted as one occupation: the StatCan concordance pairs them one-to-one.",
    );
    expect(assessFederalSkilledWorker(candidate, { asOf: ASOF }).status).toBe("eligible");
    expect(deriveFederalFacts(candidate, ASOF).experience.fswOccupations).toStrictEqual([
      {
        noc: "21311",
        hours: 1560,
        possibleHours: 1560,
        missing: [],
        period: { start: "2022-01-01", end: "2022-12-31" },
        joinedNoc: "2147",
        joinMessage: message("experience.noc.joined", { noc2016: "2147", noc2021: "21311" }),
      },
    ]);
  });

  it("one day less is a fail: nothing is open, so the join is certain and still short", () => {
    // Starting 2022-01-02: 1,560 - 130 / 31 = 1,555.8 hours
    const rule = fswExperience(
      fswCandidate({ workHistory: acrossTheSwitch("2147", "2022-01-02", "21311", "2022-12-31") }),
    );
    expect(rule).toMatchObject({ verdict: "fail" });
    expect(rule?.actual).toBeCloseTo(1555.8, 1);
    expect(englishOf(rule?.message)).toMatch(
      /^The most in one occupation is 1,555\.8 hours .*\(NOC 21311\); FSW needs .* NOC 2016 2147 and NOC 2021 21311 are counted as one occupation/,
    );
  });

  it("2173 then 21231 (a split: 2173 also became 21211) is unknown, not fail, with both jobs' noc paths", () => {
    // Certain: each code alone, the best 2173's 1,365 hours; possible: together, 1,560.
    const candidate = strong(acrossTheSwitch("2173", "2022-01-01", "21231", "2022-12-31"));
    const rule = fswExperience(candidate);
    expect(rule).toMatchObject({
      verdict: "unknown",
      actual: 1365,
      missing: ["workHistory[0].noc", "workHistory[1].noc"],
    });
    expect(englishOf(rule?.message)).toBe(
      "The most in one occupation is 1,365 hours of continuous skilled work (NOC 2173); up to 1,560 hours could count depending on the answers to workHistory[0].noc, workHistory[1].noc. Whether NOC 2016 2173 and NOC 2021 21231 are one occupation is not known from the codes (the StatCan concordance splits NOC 2016 2173 into 21211 and 21231), so their jobs count together only as possible. FSW needs 1,560 hours (one year full-time, or the equivalent part-time) of continuous skilled paid work in one occupation in the 10 years before 2026-01-15.",
    );
    expect(assessFederalSkilledWorker(candidate, { asOf: ASOF }).status).toBe("incomplete");
    // Answering the question (the first job restated in NOC 2021 as 21231) decides it.
    const [first, second] = candidate.workHistory ?? [];
    if (!first || !second) throw new Error("two jobs");
    expect(fswExperience({ ...candidate, workHistory: [{ ...first, noc: "21231" }, second] })?.verdict).toBe("pass");
    expect(fswExperience({ ...candidate, workHistory: [{ ...first, noc: "21211" }, second] })?.verdict).toBe("fail");
  });

  it("a merge (9222 and 9223 became 92021) is unknown too", () => {
    const rule = fswExperience(
      fswCandidate({ workHistory: acrossTheSwitch("9222", "2022-01-01", "92021", "2022-12-31") }),
    );
    expect(rule).toMatchObject({ verdict: "unknown", missing: ["workHistory[0].noc", "workHistory[1].noc"] });
    expect(englishOf(rule?.message)).toContain(
      "Whether NOC 2016 9222 and NOC 2021 92021 are one occupation is not known from the codes (the StatCan concordance merges 9222 and 9223 into NOC 2021 92021)",
    );
  });

  it("a split pair too short even together still fails, and says the join was considered", () => {
    // 2022-06-01..2022-11-15 (5 months 15 days: 715) + 195 = 910 < 1,560 even as one occupation
    const rule = fswExperience(
      fswCandidate({ workHistory: acrossTheSwitch("2173", "2022-06-01", "21231", "2022-12-31") }),
    );
    expect(rule).toMatchObject({ verdict: "fail", actual: 715 });
    expect(englishOf(rule?.message)).toContain(
      "Whether NOC 2016 2173 and NOC 2021 21231 are one occupation is not known",
    );
  });

  it("a linked job that adds nothing (outside the 10 years) leaves the occupation as it is: no join named", () => {
    // 2173 in 2014-2015 is before 2016-01-15, the start of the 10-year window on 2026-01-15, so
    // counting it with 21231 cannot raise the upper bound: 21231 alone, 2023-01-01..2023-12-31 = 1,560.
    const candidate = fswCandidate({
      workHistory: [job("2173", "IN", "2014-01-01", "2015-06-30"), job("21231", "IN", "2023-01-01", "2023-12-31")],
    });
    const occupations = deriveFederalFacts(candidate, ASOF).experience.fswOccupations;
    const software = occupations.find((o) => o.noc === "21231");
    expect(software).toMatchObject({ hours: 1560, possibleHours: 1560, missing: [] });
    expect(software).not.toHaveProperty("possibleNocs");
    expect(software).not.toHaveProperty("joinMessage");
    expect(fswExperience(candidate)).toMatchObject({ verdict: "pass", actual: 1560 });
  });

  it("codes of one NOC version are never joined: 21311 and 21231 stay two occupations", () => {
    const rule = fswExperience(
      fswCandidate({
        workHistory: [job("21311", "IN", "2022-01-01", "2022-11-15"), job("21231", "IN", "2022-11-16", "2022-12-31")],
      }),
    );
    expect(rule).toMatchObject({ verdict: "fail", actual: 1365 });
    expect(englishOf(rule?.message)).not.toContain("concordance");
  });
});

describe("FST: one trade across NOC versions", () => {
  const fst = (workHistory: WorkExperience[], certificateTrade = "72200") =>
    assessFederalSkilledTrades(
      fstCandidate(ASOF, {
        workHistory,
        certificateOfQualification: { trade: certificateTrade, province: "AB", issuedOn: d("2025-11-15") },
      }),
      { asOf: ASOF },
    );

  // The window is 2021-01-15..2026-01-14.
  // 7241 2021-06-01..2022-11-15: 17 months (2,210) + 15 days (65) = 2,275
  // 72200 2022-11-16..2023-05-31: 15 days (65) + 6 months (780) = 845; 2,275 + 845 = 3,120
  const electrician = [job("7241", "PH", "2021-06-01", "2022-11-15"), job("72200", "PH", "2022-11-16", "2023-05-31")];

  it("7241 then 72200 (one-to-one) is one trade: exactly 3,120 hours pass", () => {
    const a = fst(electrician);
    expect(a.status).toBe("eligible");
    expect(findRule(a.result, "fst.trade")?.children?.map((c) => c.id)).toEqual(["fst.trade#72200"]);
    const rule = findRule(a.result, "fst.experience.two-years");
    expect(rule).toMatchObject({ verdict: "pass", actual: 3120 });
    expect(englishOf(rule?.message)).toBe(
      "3,120 hours in NOC 72200; FST needs 3,120 hours (two years full-time, or the equivalent part-time) in one skilled trade in the 5 years before 2026-01-15. NOC 2016 7241 and NOC 2021 72200 are counted as one occupation: the StatCan concordance pairs them one-to-one.",
    );
  });

  it("one day less fails", () => {
    const [first] = electrician;
    if (!first) throw new Error("a job");
    const a = fst([first, job("72200", "PH", "2022-11-16", "2023-05-30")]);
    expect(a.status).toBe("ineligible");
    expect(findRule(a.result, "fst.experience.two-years")?.verdict).toBe("fail");
  });

  it("7247 then 72205 (split and merge, both trades) is unknown, with both jobs' noc paths", () => {
    const a = fst(
      [job("7247", "PH", "2021-06-01", "2022-11-15"), job("72205", "PH", "2022-11-16", "2023-05-31")],
      "72205",
    );
    expect(a.status).toBe("incomplete");
    const trades = deriveFederalFacts(
      fstCandidate(ASOF, {
        workHistory: [job("7247", "PH", "2021-06-01", "2022-11-15"), job("72205", "PH", "2022-11-16", "2023-05-31")],
      }),
      ASOF,
    ).experience.fstTrades;
    const note =
      "Whether NOC 2016 7247 and NOC 2021 72205 are one occupation is not known from the codes (the StatCan concordance splits NOC 2016 7247 into 72204 and 72205 and merges 7246 and 7247 into NOC 2021 72205), so their jobs count together only as possible.";
    expect(
      trades.map((t) => [
        t.noc,
        t.trade,
        t.hours,
        t.possibleHours,
        t.missing,
        t.possibleNocs,
        t.joinMessage && reasonOf({ message: t.joinMessage }),
      ]),
    ).toEqual([
      ["7247", "pass", 2275, 3120, ["workHistory[0].noc", "workHistory[1].noc"], ["72205"], note],
      ["72205", "pass", 845, 3120, ["workHistory[0].noc", "workHistory[1].noc"], ["7247"], note],
    ]);
    expect(findRule(a.result, "fst.trade")?.children?.map((c) => c.verdict)).toEqual(["unknown", "unknown"]);
  });
});

describe("FST: a linked code that is not a trade is never counted", () => {
  // The first job (2021-06-01..2022-11-15: 2,275 hours) is in a NOC 2016 code that is only possibly
  // a trade on 2026-01-15 (some of its NOC 2021 successors are trades, some not); the second
  // (2022-11-16..2023-05-31: 845 hours) is in one of those successors that is no trade. Counting
  // them together would make 3,120 possible: the filter on linked codes keeps the first at 2,275,
  // its own hours, with no join.
  it.each([
    ["6331 (butchers) with 65202 (meat cutters, TEER 5)", "6331", "65202"],
    ["7445 (other repairers) with 22311 (electronic service technicians, TEER 2: skilled, no trade)", "7445", "22311"],
  ])("%s: the second job's work stays out", (_label, noc2016, noc2021) => {
    const trades = deriveFederalFacts(
      fstCandidate(ASOF, {
        workHistory: [job(noc2016, "PH", "2021-06-01", "2022-11-15"), job(noc2021, "PH", "2022-11-16", "2023-05-31")],
      }),
      ASOF,
    ).experience.fstTrades;
    expect(trades.map((t) => [t.noc, t.trade, t.hours, t.possibleHours, t.missing, t.possibleNocs])).toEqual([
      [noc2016, "unknown", 0, 2275, ["workHistory[0].noc"], undefined],
    ]);
  });
});

describe("the Accelerated Tech Pathway, which nests the federal tree", () => {
  /**
   * The ATP example candidate on 2026-11-25 whose only way into Express Entry is FSW: a year abroad
   * written in NOC 2016 until 2022-11-15 and in NOC 2021 after, and an Alberta job only since
   * 2026-06-01 (under CEC's year), in the NOC 2021 code of the profile and the offer, an offer
   * supported by an LMIA (so that it earns FSW's arranged-employment points).
   */
  function atpCandidate(noc2016: string, noc2021: string): JsonObject {
    const c = exampleCandidate();
    const [abroad, alberta] = c.workHistory as JsonObject[];
    c.workHistory = [
      { ...abroad, noc: noc2016, from: "2022-01-01", to: "2022-11-15" },
      { ...abroad, noc: noc2021, from: "2022-11-16", to: "2022-12-31" },
      { ...alberta, noc: noc2021, from: "2026-06-01" },
    ];
    c.jobOffer = { ...(c.jobOffer as JsonObject), noc: noc2021, lmia: "approved", engagement: "employee" };
    c.expressEntryProfile = { ...(c.expressEntryProfile as JsonObject), primaryOccupation: noc2021 };
    return c;
  }

  it("2147 then 21311: eligible through FSW", () => {
    const a = assessAtp(atpCandidate("2147", "21311"));
    expect(node(a.result, "federal.canadian-experience-class").verdict).toBe("fail");
    expect(node(a.result, "fsw.experience.one-year").verdict).toBe("pass");
    expect(a.status).toBe("eligible");
  });

  it("2173 then 21231 (a split): incomplete, asking for the two jobs' codes, not ineligible", () => {
    const a = assessAtp(atpCandidate("2173", "21231"));
    expect(node(a.result, "fsw.experience.one-year").verdict).toBe("unknown");
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["workHistory[0].noc", "workHistory[1].noc"]);
  });
});

// ----- property --------------------------------------------------------------------------------

/** The NOC 2016 code a NOC 2021 code is paired with one-to-one, read from the public concordance API. */
function oneToOnePredecessor(code: string): string | undefined {
  const [only, ...more] = nocPredecessors(code);
  if (only === undefined || more.length > 0) return undefined;
  return nocSuccessors(only.code).length === 1 ? only.code : undefined;
}

// NOC 2021 codes, most with a one-to-one predecessor (checked below), some without: 21231 (from the
// 2173 split), 72205 (split and merge), 92021 (merge), 65202 (not skilled, not a trade).
const CODES = ["21311", "72200", "72201", "73300", "21300", "72400", "21231", "72205", "92021", "65202"] as const;
const SWITCH = "2022-11-16";

const dayArb = (from: string, to: string) =>
  fc
    .integer({ min: Date.parse(from) / 86_400_000, max: Date.parse(to) / 86_400_000 })
    .map((n) => d(new Date(n * 86_400_000).toISOString().slice(0, 10)));

const jobArb = fc
  .record({
    noc: fc.constantFrom(...CODES),
    country: fc.constantFrom("IN", "CA"),
    from: dayArb("2018-01-01", "2025-06-30"),
    months: fc.integer({ min: 1, max: 40 }),
    hoursPerWeek: fc.constantFrom(15, 30, 40),
  })
  .map(({ noc, country, from, months, hoursPerWeek }) => {
    const to = new Date(`${from}T00:00:00Z`);
    to.setUTCMonth(to.getUTCMonth() + months);
    return job(noc, country, from, to.toISOString().slice(0, 10), hoursPerWeek);
  });

/** Every job that ended before 2022-11-16 and has a one-to-one NOC 2016 predecessor, written with it. */
function relabel(history: readonly WorkExperience[]): WorkExperience[] {
  return history.map((j) => {
    const old = j.to !== undefined && j.to < SWITCH ? oneToOnePredecessor(j.noc) : undefined;
    return old === undefined ? j : { ...j, noc: old };
  });
}

describe("property: writing pre-2022-11-16 jobs in NOC 2016 changes no verdict", () => {
  it("the pool has codes with and without a one-to-one predecessor", () => {
    expect(CODES.filter((c) => oneToOnePredecessor(c) !== undefined)).toEqual([
      "21311",
      "72200",
      "72201",
      "73300",
      "21300",
      "72400",
    ]);
  });

  it("FSW and FST verdicts (and their experience rules) are the same either way", () => {
    fc.assert(
      fc.property(
        fc.array(jobArb, { minLength: 1, maxLength: 4 }),
        dayArb("2022-06-01", "2026-12-31"),
        (history, asOf) => {
          const relabelled = relabel(history);
          fc.pre(relabelled.some((j, i) => j.noc !== history[i]?.noc));
          for (const [candidate, other] of [
            [fswCandidate({ workHistory: history }), fswCandidate({ workHistory: relabelled })],
            [fstCandidate(asOf, { workHistory: history }), fstCandidate(asOf, { workHistory: relabelled })],
          ] as const) {
            const fsw = assessFederalSkilledWorker(candidate, { asOf });
            const fsw2 = assessFederalSkilledWorker(other, { asOf });
            expect(fsw2.status).toBe(fsw.status);
            expect(findRule(fsw2.result, "fsw.experience.one-year")?.verdict).toBe(
              findRule(fsw.result, "fsw.experience.one-year")?.verdict,
            );
            const fstA = assessFederalSkilledTrades(candidate, { asOf });
            const fstB = assessFederalSkilledTrades(other, { asOf });
            expect(fstB.status).toBe(fstA.status);
            expect(findRule(fstB.result, "fst.trade")?.verdict).toBe(findRule(fstA.result, "fst.trade")?.verdict);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
