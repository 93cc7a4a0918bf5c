import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears } from "../../../src/core/calendar.js";
import type { IsoDate } from "../../../src/core/iso-date.js";
import type { RuleResult } from "../../../src/core/rule.js";
import { extendRuleSet } from "../../../src/core/rule-set.js";
import type { Candidate } from "../../../src/models/candidate.js";
import {
  assessFederalSkilledWorker,
  FEDERAL_SKILLED_WORKER_PROGRAM,
  FEDERAL_SKILLED_WORKER_RULES,
} from "../../../src/programs/federal/fsw.js";
import { SETTLEMENT_FUNDS_TABLES, settlementFundsRequired } from "../../../src/programs/federal/index.js";
import {
  educationAssessmentSource,
  fswProgramSource,
  fswSelectionFactorsSource,
  languageTestsSource,
} from "../../../src/programs/federal/sources.js";
import {
  ASOF,
  celpip,
  d,
  findRule as find,
  fswCandidate,
  job,
  jobEndingBefore,
  marriedTo,
  tef,
  without,
} from "../../fixtures/federal/builders.js";
import { englishOf, reasonOf, withReasons } from "../../fixtures/messages.js";

const assess = (candidate: Candidate, asOf: IsoDate = ASOF) => assessFederalSkilledWorker(candidate, { asOf });

const leaf = (candidate: Candidate, id: string, asOf: IsoDate = ASOF) => find(assess(candidate, asOf).result, id);

/** A strong FSW candidate on any date (72+ points with a single year of work). */
function strongOn(asOf: IsoDate, overrides: Partial<Candidate> = {}): Candidate {
  return fswCandidate({
    dateOfBirth: addYears(asOf, -30),
    education: [{ level: "masters", years: 2, inCanada: false, ecaIssuedOn: addYears(asOf, -1) }],
    languageTests: [celpip(addMonths(asOf, -3), 10), tef(addMonths(asOf, -3), 5)],
    workHistory: [jobEndingBefore("21231", "IN", asOf, 12)],
    settlementFundsCad: 100_000,
    ...overrides,
  });
}

describe("assessFederalSkilledWorker: the whole assessment", () => {
  it("an eligible candidate: every requirement met, nothing failed or missing", () => {
    const a = assess(fswCandidate());
    expect(a).toMatchObject({
      program: "federal.skilled-worker",
      asOf: ASOF,
      status: "eligible",
      eligible: true,
      failed: [],
      missing: [],
      ruleSet: { id: FEDERAL_SKILLED_WORKER_RULES.id, from: "2015-01-01" },
    });
    expect(a.result.children?.map((c) => c.id)).toEqual([
      "fsw.experience.one-year",
      "fsw.language.clb7",
      "fsw.education.credential",
      "fsw.selection-points.67",
      "fsw.settlement-funds",
    ]);
  });

  it("every leaf cites an IRCC source, marked secondary", () => {
    const walk = (r: RuleResult): RuleResult[] => [r, ...(r.children ?? []).flatMap(walk)];
    for (const r of walk(assess(fswCandidate()).result)) {
      expect(r.source?.url, r.id).toMatch(/^https:\/\//);
      expect(r.source?.secondary, r.id).toBe(true);
    }
  });

  it("requires options.asOf (the library never reads the clock)", () => {
    expect(() => assessFederalSkilledWorker(fswCandidate(), undefined as never)).toThrow(TypeError);
    expect(() => assessFederalSkilledWorker(fswCandidate(), {} as never)).toThrow(/^asOf is required/);
  });

  it("accepts a Date", () => {
    expect(assessFederalSkilledWorker(fswCandidate(), { asOf: new Date(2026, 0, 15) }).asOf).toBe("2026-01-15");
  });

  it("before Express Entry (2015-01-01) it is incomplete, with the reason", () => {
    const a = assess(fswCandidate(), d("2014-12-31"));
    expect(a.status).toBe("incomplete");
    expect(reasonOf(a.result)).toContain("2015-01-01");
  });

  it("never mutates the candidate", () => {
    const candidate = fswCandidate();
    const copy = structuredClone(candidate);
    assess(candidate);
    expect(candidate).toEqual(copy);
  });

  it("takes a custom rule set", () => {
    const noFunds = extendRuleSet(FEDERAL_SKILLED_WORKER_RULES, { remove: ["fsw.settlement-funds"] });
    const poor = fswCandidate({ settlementFundsCad: 0 });
    expect(assess(poor).status).toBe("ineligible");
    const a = assessFederalSkilledWorker(poor, { asOf: ASOF, ruleSet: noFunds });
    expect(a.status).toBe("eligible");
    expect(a.ruleSet.id).toBe(`${FEDERAL_SKILLED_WORKER_RULES.id}+custom`);
  });
});

describe("fsw.experience.one-year: continuous skilled work in one occupation", () => {
  it("exactly 1,560 hours (12 months full-time ending the day before asOf) passes", () => {
    const c = strongOn(ASOF);
    expect(leaf(c, "fsw.experience.one-year")).toMatchObject({ verdict: "pass", actual: 1560 });
    expect(assess(c).status).toBe("eligible");
  });

  it("1,559 hours fails, saying what is needed", () => {
    const c = strongOn(ASOF, { workHistory: [jobEndingBefore("21231", "IN", ASOF, 12, (30 * 1559) / 1560)] });
    const r = leaf(c, "fsw.experience.one-year");
    expect(r?.verdict).toBe("fail");
    expect(r?.actual).toBe(1559);
    expect(englishOf(r?.message)).toContain("1,559 hours");
    expect(englishOf(r?.message)).toContain("FSW needs 1,560 hours");
  });

  it("12 months ending two days before asOf are a day short", () => {
    const c = strongOn(ASOF, { workHistory: [job("21231", "IN", addMonths(ASOF, -12), addDays(ASOF, -2))] });
    expect(leaf(c, "fsw.experience.one-year")?.verdict).toBe("fail");
  });

  it("part-time counts pro rata: 15 hours a week for 24 months is a year", () => {
    const c = strongOn(ASOF, { workHistory: [jobEndingBefore("21231", "IN", ASOF, 24, 15)] });
    expect(leaf(c, "fsw.experience.one-year")?.verdict).toBe("pass");
  });

  it("a break makes two periods: 8 + 8 months with a month between fails", () => {
    const c = strongOn(ASOF, {
      workHistory: [job("21231", "IN", "2024-01-01", "2024-08-31"), job("21231", "IN", "2024-10-01", "2025-05-31")],
    });
    expect(leaf(c, "fsw.experience.one-year")?.verdict).toBe("fail");
  });

  it("the year must be in one occupation", () => {
    const c = strongOn(ASOF, {
      workHistory: [job("21231", "IN", "2024-01-01", "2024-08-31"), job("21232", "IN", "2024-09-01", "2025-04-30")],
    });
    expect(leaf(c, "fsw.experience.one-year")?.verdict).toBe("fail");
  });

  it("only the 10 years before asOf count", () => {
    const c = strongOn(ASOF, { workHistory: [job("21231", "IN", "2010-01-01", "2015-12-31")] });
    expect(leaf(c, "fsw.experience.one-year")?.verdict).toBe("fail");
  });

  it("unskilled work does not count", () => {
    const c = strongOn(ASOF, { workHistory: [jobEndingBefore("65200", "IN", ASOF, 36)] });
    const r = leaf(c, "fsw.experience.one-year");
    expect(r?.verdict).toBe("fail");
  });

  it("Canadian work with authorisation not answered is undecided, with the path", () => {
    const c = strongOn(ASOF, {
      workHistory: [jobEndingBefore("21231", "CA", ASOF, 12, 40, { authorized: undefined } as never)],
    });
    const a = assess(c);
    expect(a.status).toBe("incomplete");
    expect(a.missing).toContain("workHistory[0].authorized");
  });

  it("NOC 2016 codes on 2022-11-15, NOC 2021 codes on 2022-11-16", () => {
    const before = d("2022-11-15");
    const after = d("2022-11-16");
    expect(assess(strongOn(before, { workHistory: [jobEndingBefore("2173", "IN", before, 12)] }), before).status).toBe(
      "eligible",
    );
    expect(assess(strongOn(after, { workHistory: [jobEndingBefore("21231", "IN", after, 12)] }), after).status).toBe(
      "eligible",
    );
    // Truck drivers: NOC 2016 7511 is skill level C (not skilled), NOC 2021 73300 is TEER 3 (skilled).
    expect(
      leaf(
        strongOn(before, { workHistory: [jobEndingBefore("7511", "IN", before, 12)] }),
        "fsw.experience.one-year",
        before,
      )?.verdict,
    ).toBe("fail");
    expect(
      leaf(
        strongOn(after, { workHistory: [jobEndingBefore("73300", "IN", after, 12)] }),
        "fsw.experience.one-year",
        after,
      )?.verdict,
    ).toBe("pass");
  });
});

describe("fsw.language.clb7", () => {
  it("CLB 6 in writing fails, saying what is required and what the candidate has", () => {
    const r = leaf(fswCandidate({ languageTests: [celpip("2025-03-01", { writing: 6 })] }), "fsw.language.clb7");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toContain("CLB 6 in writing");
    expect(englishOf(r?.message)).toContain("FSW needs CLB/NCLC 7 in every ability");
  });

  it("a test taken 2 years and 1 day before asOf has expired", () => {
    const r = leaf(fswCandidate({ languageTests: [celpip(addDays(addYears(ASOF, -2), -1), 9)] }), "fsw.language.clb7");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toContain("expired");
  });

  it("a test taken exactly 2 years before asOf has expired; one a day later is valid", () => {
    expect(leaf(fswCandidate({ languageTests: [celpip(addYears(ASOF, -2), 9)] }), "fsw.language.clb7")?.verdict).toBe(
      "fail",
    );
    expect(
      leaf(fswCandidate({ languageTests: [celpip(addDays(addYears(ASOF, -2), 1), 9)] }), "fsw.language.clb7")?.verdict,
    ).toBe("pass");
  });

  it("any valid test can meet it: a weaker but complete result counts", () => {
    const c = fswCandidate({
      languageTests: [
        celpip("2025-03-01", { reading: 10, writing: 6, listening: 10, speaking: 10 }),
        celpip("2025-06-01", 7),
      ],
    });
    expect(leaf(c, "fsw.language.clb7")?.verdict).toBe("pass");
  });

  it("the declared first official language is the one that must meet CLB 7", () => {
    const c = fswCandidate({
      firstOfficialLanguage: "french",
      languageTests: [celpip("2025-03-01", 9), tef("2025-03-01", 6)],
    });
    const r = leaf(c, "fsw.language.clb7");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toContain("declared first official language is French");
  });

  it("no tests: fail; tests not answered: unknown", () => {
    expect(leaf(fswCandidate({ languageTests: [] }), "fsw.language.clb7")?.verdict).toBe("fail");
    expect(leaf(fswCandidate({ languageTests: undefined }), "fsw.language.clb7")).toMatchObject({
      verdict: "unknown",
      missing: ["languageTests"],
    });
  });

  it("a test that cannot be read is undecided, not failed", () => {
    const bad = {
      test: "ielts-general",
      testedOn: d("2025-03-01"),
      scores: { reading: 6.25, writing: 7, listening: 7, speaking: 7 },
    } as const;
    const r = leaf(fswCandidate({ languageTests: [bad] }), "fsw.language.clb7");
    expect(r?.verdict).toBe("unknown");
    expect(r?.missing).toEqual(["languageTests[0].scores.reading"]);
  });

  it("a test dated after asOf does not count", () => {
    expect(leaf(fswCandidate({ languageTests: [celpip("2026-02-01", 9)] }), "fsw.language.clb7")?.verdict).toBe("fail");
  });
});

describe("fsw.education.credential", () => {
  it("a foreign credential with an ECA of 5 years or more fails", () => {
    const c = fswCandidate({
      education: [{ level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: addYears(ASOF, -5) }],
    });
    const r = leaf(c, "fsw.education.credential");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toContain("expired");
  });

  it("a foreign credential without an ECA date is undecided", () => {
    const a = assess(fswCandidate({ education: [{ level: "bachelors", years: 4, inCanada: false }] }));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toContain("education[0].ecaIssuedOn");
  });

  it("a Canadian credential needs no ECA; no credential fails", () => {
    expect(
      leaf(fswCandidate({ education: [{ level: "secondary", inCanada: true }] }), "fsw.education.credential")?.verdict,
    ).toBe("pass");
    expect(leaf(fswCandidate({ education: [] }), "fsw.education.credential")?.verdict).toBe("fail");
  });
});

describe("fsw.selection-points.67", () => {
  it("66 points fails with the breakdown in the reason", () => {
    const c = fswCandidate({
      workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)],
      dateOfBirth: addYears(ASOF, -29),
    });
    const r = leaf(c, "fsw.selection-points.67");
    expect(r?.verdict).toBe("fail");
    expect(r?.actual).toBe(66);
    expect(englishOf(r?.message)).toContain("language 24, education 21, experience 9, age 12");
    expect(englishOf(r?.message)).toContain("FSW needs 67 of 100");
  });
});

describe("fsw.settlement-funds", () => {
  it("funds below the table fail, with the amounts", () => {
    const r = leaf(fswCandidate({ settlementFundsCad: 15_000 }), "fsw.settlement-funds.amount");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toContain("$15,000");
    expect(englishOf(r?.message)).toContain("$15,263");
  });

  /** No funds, a work permit valid on ASOF, and a permanent full-time offer with this LMIA answer. */
  const withOffer = (lmia: "approved" | "exempt-work-permit" | "none"): Candidate =>
    fswCandidate({
      settlementFundsCad: 0,
      jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, lmia, engagement: "employee" },
      status: { workPermitValidUntil: d("2027-01-01") },
    });

  it.each([
    ["an LMIA-supported offer", "approved"],
    ["an offer from the employer of an LMIA-exempt employer-specific work permit", "exempt-work-permit"],
  ] as const)("exempt when authorised to work in Canada with %s", (_label, lmia) => {
    const c = withOffer(lmia);
    expect(leaf(c, "fsw.settlement-funds.exempt")?.verdict).toBe("pass");
    expect(assess(c).status).toBe("eligible");
  });

  it("an offer with no LMIA or work-permit support does not exempt: without funds, ineligible", () => {
    const c = withOffer("none");
    const r = leaf(c, "fsw.settlement-funds.exempt");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toBe(
      "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer. The exemption needs both authorisation to work in Canada now and a valid job offer.",
    );
    const a = assess(c);
    expect(a.status).toBe("ineligible");
    expect(a.missing).toEqual([]);
  });

  it("pass, then unknown with jobOffer.lmia missing when lmia is left out, then pass again with approved", () => {
    const complete = withOffer("approved");
    expect(assess(complete).status).toBe("eligible");
    const partial = without(complete, "jobOffer.lmia");
    const open = assess(partial);
    expect(open.status).toBe("incomplete");
    expect(open.missing).toEqual(["jobOffer.lmia"]);
    expect(leaf(partial, "fsw.settlement-funds.exempt")).toMatchObject({
      verdict: "unknown",
      missing: ["jobOffer.lmia"],
    });
    const answered: Candidate = {
      ...partial,
      jobOffer: { noc: "21231", ...partial.jobOffer, lmia: "approved", engagement: "employee" },
    };
    expect(answered).toEqual(complete);
    expect(assess(answered)).toMatchObject({ status: "eligible", missing: [] });
  });

  it("the exemption is undecided when authorisation is not answered", () => {
    const c = fswCandidate({
      settlementFundsCad: 0,
      jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" },
      status: {},
    });
    const a = assess(c);
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["status.workPermitValidUntil"]);
  });

  it("a permit that ended does not exempt", () => {
    const c = fswCandidate({
      settlementFundsCad: 0,
      jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" },
      status: { workPermitValidUntil: d("2025-12-31") },
    });
    expect(assess(c).status).toBe("ineligible");
  });

  it("the 2025-07-07 table: $15,000 passes the day before and fails that day", () => {
    const before = d("2025-07-06");
    const from = d("2025-07-07");
    expect(leaf(strongOn(before, { settlementFundsCad: 15_000 }), "fsw.settlement-funds.amount", before)?.verdict).toBe(
      "pass",
    );
    expect(leaf(strongOn(from, { settlementFundsCad: 15_000 }), "fsw.settlement-funds.amount", from)?.verdict).toBe(
      "fail",
    );
  });

  it("the 2024-05-28 table: $14,000 passes the day before and fails that day", () => {
    const before = d("2024-05-27");
    const from = d("2024-05-28");
    expect(leaf(strongOn(before, { settlementFundsCad: 14_000 }), "fsw.settlement-funds.amount", before)?.verdict).toBe(
      "pass",
    );
    expect(leaf(strongOn(from, { settlementFundsCad: 14_000 }), "fsw.settlement-funds.amount", from)?.verdict).toBe(
      "fail",
    );
  });

  it("before 2022-06-09 the table is not known: enough for the 2022 table passes, less is undecided", () => {
    const asOf = d("2021-01-15");
    expect(leaf(strongOn(asOf, { settlementFundsCad: 13_310 }), "fsw.settlement-funds.amount", asOf)?.verdict).toBe(
      "pass",
    );
    const r = leaf(strongOn(asOf, { settlementFundsCad: 13_000 }), "fsw.settlement-funds.amount", asOf);
    expect(r?.verdict).toBe("unknown");
    expect(englishOf(r?.message)).toContain("not known");
  });

  it("family size: larger families need more; beyond 7 each member adds", () => {
    expect(
      leaf(fswCandidate({ settlementFundsCad: 20_000, familySize: 2 }), "fsw.settlement-funds.amount")?.verdict,
    ).toBe("pass");
    expect(
      leaf(fswCandidate({ settlementFundsCad: 20_000, familySize: 3 }), "fsw.settlement-funds.amount")?.verdict,
    ).toBe("fail");
    const nine = settlementFundsRequired(9, ASOF);
    expect(nine.ok && nine.amount).toBe(40_392 + 2 * 4_112);
  });

  it("family size not given: undecided if the funds cover one person, failed if not even that", () => {
    expect(leaf(fswCandidate({ familySize: undefined }), "fsw.settlement-funds.amount")).toMatchObject({
      verdict: "unknown",
      missing: ["familySize"],
    });
    expect(
      leaf(fswCandidate({ familySize: undefined, settlementFundsCad: 15_000 }), "fsw.settlement-funds.amount")?.verdict,
    ).toBe("fail");
    // A married candidate is a family of two at least.
    expect(
      leaf(
        fswCandidate({
          familySize: undefined,
          maritalStatus: "married",
          spouse: undefined,
          settlementFundsCad: 18_000,
        }),
        "fsw.settlement-funds.amount",
      )?.verdict,
    ).toBe("fail");
  });

  it("every table version is dated and sourced, the amounts rise year by year", () => {
    const firsts = SETTLEMENT_FUNDS_TABLES.map((v) => v.value.amounts[0] ?? 0);
    expect(firsts).toEqual([13_310, 13_310, 13_757, 14_690, 15_263]);
    expect(SETTLEMENT_FUNDS_TABLES.map((v) => v.from)).toEqual([
      "2015-01-01",
      "2022-06-09",
      "2023-04-25",
      "2024-05-28",
      "2025-07-07",
    ]);
    for (const v of SETTLEMENT_FUNDS_TABLES) expect(v.source.secondary).toBe(true);
    expect(settlementFundsRequired(0, ASOF).ok).toBe(false);
    expect(settlementFundsRequired(1, d("2014-12-31")).ok).toBe(false);
  });
});

describe("each missing fact alone gives incomplete with its path", () => {
  const reference = fswCandidate();
  const borderline = fswCandidate({
    workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)],
    dateOfBirth: addYears(ASOF, -29),
    settlementFundsCad: 16_000,
  }); // 66 points
  const cases: [string, Candidate][] = [
    ["languageTests", without(reference, "languageTests")],
    ["workHistory", without(reference, "workHistory")],
    ["education", without(reference, "education")],
    ["education[0].ecaIssuedOn", without(reference, "education[0].ecaIssuedOn")],
    ["dateOfBirth", without(reference, "dateOfBirth")],
    ["settlementFundsCad", without(reference, "settlementFundsCad")],
    ["familySize", without(reference, "familySize")],
    ["relativeInCanada", without(borderline, "relativeInCanada")],
    ["studiedInCanadaTwoYearsFullTime", without(borderline, "studiedInCanadaTwoYearsFullTime")],
    [
      "spouse.studiedInCanadaTwoYearsFullTime",
      without(
        fswCandidate({ ...borderline, ...marriedTo(), settlementFundsCad: 30_000 }),
        "spouse.studiedInCanadaTwoYearsFullTime",
      ),
    ],
    ["jobOffer", without(borderline, "jobOffer")],
    [
      "spouse",
      without(
        fswCandidate({ ...borderline, maritalStatus: "married", familySize: 2, settlementFundsCad: 30_000 }),
        "spouse",
      ),
    ],
  ];
  for (const [path, candidate] of cases) {
    it(path, () => {
      const a = assess(candidate);
      expect(a.status).toBe("incomplete");
      expect(a.missing).toContain(path);
    });
  }
});

describe("the relatives question answers for siblings too", () => {
  it("siblingInCanada left out with relativeInCanada: false keeps a 66-point candidate ineligible", () => {
    const borderline = fswCandidate({
      workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)],
      dateOfBirth: addYears(ASOF, -29),
      settlementFundsCad: 16_000,
    });
    const a = assess(without(borderline, "siblingInCanada"));
    expect(a.status).toBe("ineligible");
    expect(a.missing).toEqual([]);
  });
});

describe("an unreadable language test in a reason", () => {
  it("joins the test's issue (ending in a full stop) and the requirement with one full stop", () => {
    // CELPIP reading 13 is off the 0-12 scale: the test cannot be read, so the FSW language rule
    // is unknown and its reason quotes the issue, which ends with ".", then the requirement.
    const candidate: Candidate = {
      ...fswCandidate(),
      languageTests: [{ ...celpip("2026-01-10", 9), scores: { reading: 13, writing: 9, listening: 9, speaking: 9 } }],
    };
    const walk = (r: RuleResult): RuleResult[] => [r, ...(r.children ?? []).flatMap(walk)];
    const reasons = walk(assessFederalSkilledWorker(candidate, { asOf: ASOF }).result)
      .map((r) => reasonOf(r))
      .filter((reason) => reason.startsWith("No readable test meets the minimum"));
    expect(reasons.length).toBeGreaterThan(0);
    for (const reason of reasons) {
      expect(reason).not.toContain("..");
      expect(reason).toMatch(/give level 0\. FSW needs CLB\/NCLC 7 in every ability/);
    }
  });
});

// Tests that pin, word for word, the outcomes of the Federal Skilled Worker leaf rules in
// src/programs/federal/fsw.ts: one year (1,560 hours) of continuous skilled work in one occupation
// in the 10 years before asOf, a Canadian credential or a foreign one with an ECA less than 5 years
// old, and 67 of the 100 selection points (IRCC, "Federal Skilled Worker Program (Express Entry)"
// minimum requirements and "Six selection factors", data/ircc/fsw-selection-grid.json): each
// verdict's reason, expected, actual and missing, the rule tree's ids, titles and sources, and the
// note on adaptability the model cannot see.
const assessWith = (over: Partial<Candidate> = {}) => assessFederalSkilledWorker(fswCandidate(over), { asOf: ASOF });
const leafOutcome = (id: string, over: Partial<Candidate> = {}) => {
  const r = find(assessWith(over).result, id);
  if (r === undefined) throw new Error(`no rule ${id}`);
  const { id: _id, title: _title, source: _source, message: _message, ...outcome } = r;
  return { ...outcome, reason: reasonOf(r) };
};
const EXPERIENCE = "fsw.experience.one-year";
const EDUCATION = "fsw.education.credential";
const POINTS = "fsw.selection-points.67";
const NEEDS_WORK =
  "FSW needs 1,560 hours (one year full-time, or the equivalent part-time) of continuous skilled paid work in one occupation in the 10 years before 2026-01-15";
const NEEDS_EDUCATION =
  "FSW needs a Canadian secondary or post-secondary credential, or a foreign one with an ECA less than 5 years old";

describe("the rule tree", () => {
  it("ids, titles and sources of the root and the leaves; the root's pass reason", () => {
    const a = assessWith();
    expect(FEDERAL_SKILLED_WORKER_PROGRAM).toBe("federal.skilled-worker");
    expect(FEDERAL_SKILLED_WORKER_RULES.id).toBe("federal.skilled-worker/2015-01-01");
    expect(FEDERAL_SKILLED_WORKER_RULES.from).toBe("2015-01-01");
    expect(a.program).toBe("federal.skilled-worker");
    expect(withReasons(a.result)).toMatchObject({
      id: "federal.skilled-worker",
      title: "Federal Skilled Worker Program",
      verdict: "pass",
      reason: "Meets every Federal Skilled Worker requirement.",
      source: fswProgramSource,
      combinator: "all",
    });
    expect(a.result.children?.map((c) => [c.id, c.title, c.source])).toEqual([
      [EXPERIENCE, "One year of continuous skilled work in one occupation in the last 10 years", fswProgramSource],
      ["fsw.language.clb7", "CLB/NCLC 7 in every ability of the first official language", languageTestsSource],
      [EDUCATION, "A Canadian credential, or a foreign one with a valid ECA", educationAssessmentSource],
      [POINTS, "At least 67 of 100 selection points", fswSelectionFactorsSource],
      ["fsw.settlement-funds", "Proof of settlement funds, unless exempt", expect.anything()],
    ]);
  });

  it("the language rule asks CLB 7 in the first official language, naming it so", () => {
    expect(leafOutcome("fsw.language.clb7").reason).toBe(
      "languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 9, writing 9, listening 9, speaking 9, valid until the day before 2027-03-01; FSW needs CLB/NCLC 7 in every ability of the first official language.",
    );
  });
});

describe("fsw.experience.one-year: each verdict", () => {
  it("pass: the hours, the occupation and the continuous period", () => {
    // 2020-01-01 to 2023-12-31 in NOC 21231: 4 × 1,560 = 6,240 hours.
    expect(leafOutcome(EXPERIENCE)).toStrictEqual({
      verdict: "pass",
      reason: `6,240 hours of continuous skilled work in NOC 21231 from 2020-01-01 to 2023-12-31; ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 6240,
    });
  });

  it("two occupations that each pass: the one with the most hours is named", () => {
    const r = leafOutcome(EXPERIENCE, {
      workHistory: [jobEndingBefore("21231", "IN", ASOF, 12), job("21232", "IN", "2018-01-01", "2019-12-31")],
    });
    expect(r).toMatchObject({ verdict: "pass", actual: 3120 });
    expect(r.reason).toMatch(/^3,120 hours of continuous skilled work in NOC 21232 from 2018-01-01 to 2019-12-31;/);
  });

  it("not given: unknown, workHistory missing", () => {
    expect(leafOutcome(EXPERIENCE, { workHistory: undefined })).toStrictEqual({
      verdict: "unknown",
      reason: `The work history is not given; ${NEEDS_WORK}.`,
      missing: ["workHistory"],
    });
  });

  it("no work: fail, 0", () => {
    expect(leafOutcome(EXPERIENCE, { workHistory: [] })).toStrictEqual({
      verdict: "fail",
      reason: `No work is listed; ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 0,
    });
  });

  it("eleven months: fail, the most in one occupation", () => {
    // 2025-02-01 to 2025-12-31 is 11 whole months: 11 × 130 = 1,430 hours.
    expect(leafOutcome(EXPERIENCE, { workHistory: [job("21231", "IN", "2025-02-01", "2025-12-31")] })).toStrictEqual({
      verdict: "fail",
      reason: `The most in one occupation is 1,430 hours of continuous skilled work (NOC 21231); ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 1430,
    });
  });

  it("a year in Canada whose authorisation is not answered: unknown, up to the year", () => {
    const open = { authorized: undefined } as never;
    expect(
      leafOutcome(EXPERIENCE, {
        workHistory: [
          jobEndingBefore("21231", "CA", ASOF, 12, 40, open),
          job("21232", "CA", "2023-01-01", "2024-06-30", 40, open),
          jobEndingBefore("21233", "IN", ASOF, 6),
        ],
      }),
    ).toStrictEqual({
      verdict: "unknown",
      // NOC 21233: 6 months, 780 hours certain, listed first (most certain hours); 21232 could
      // count 18 months (2,340), 21231 12 months (1,560): the larger is the "up to".
      reason: `The most in one occupation is 780 hours of continuous skilled work (NOC 21233); up to 2,340 hours could count depending on the answers to workHistory[1].authorized, workHistory[0].authorized. ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 780,
      missing: ["workHistory[1].authorized", "workHistory[0].authorized"],
    });
  });
});

describe("fsw.education.credential: each verdict", () => {
  it("pass: the credential that counts, and why", () => {
    expect(leafOutcome(EDUCATION)).toStrictEqual({
      verdict: "pass",
      reason: `education[0] is a foreign credential with an ECA issued 2024-01-10, valid until the day before 2029-01-10. ${NEEDS_EDUCATION}.`,
    });
    // The first that counts is named, after one that does not.
    expect(
      leafOutcome(EDUCATION, {
        education: [
          { level: "masters", inCanada: false },
          { level: "two-year", years: 2, inCanada: true },
        ],
      }),
    ).toStrictEqual({
      verdict: "pass",
      reason: `education[1] is a Canadian credential (no ECA needed). ${NEEDS_EDUCATION}.`,
    });
  });

  it("not given: unknown", () => {
    expect(leafOutcome(EDUCATION, { education: undefined })).toStrictEqual({
      verdict: "unknown",
      reason: `Education is not given; ${NEEDS_EDUCATION}.`,
      missing: ["education"],
    });
  });

  it("no ECA date on a foreign credential: unknown, every credential's standing in the reason", () => {
    expect(
      leafOutcome(EDUCATION, {
        education: [
          { level: "bachelors", inCanada: false, ecaIssuedOn: d("2020-01-01") },
          { level: "masters", inCanada: false },
        ],
      }),
    ).toStrictEqual({
      verdict: "unknown",
      reason: `education[0]'s ECA (issued 2020-01-01) expired on 2025-01-01: an ECA counts for 5 years. education[1] is a foreign credential whose ECA date is not given (education[1].ecaIssuedOn); it counts only with an ECA less than 5 years old. ${NEEDS_EDUCATION}.`,
      missing: ["education[1].ecaIssuedOn"],
    });
  });

  it("fail: none listed, or none that counts", () => {
    expect(leafOutcome(EDUCATION, { education: [] })).toStrictEqual({
      verdict: "fail",
      reason: `No credential is listed. ${NEEDS_EDUCATION}.`,
    });
    expect(
      leafOutcome(EDUCATION, { education: [{ level: "masters", inCanada: false, ecaIssuedOn: d("2026-02-01") }] }),
    ).toStrictEqual({
      verdict: "fail",
      reason: `education[0]'s ECA is dated 2026-02-01, after 2026-01-15. ${NEEDS_EDUCATION}.`,
    });
  });
});

describe("fsw.selection-points.67: each verdict", () => {
  it("pass: the total and the breakdown", () => {
    expect(leafOutcome(POINTS)).toStrictEqual({
      verdict: "pass",
      reason:
        "70 points (language 24, education 21, experience 13, age 12, arranged employment 0, adaptability 0); FSW needs 67 of 100.",
      expected: ">= 67",
      actual: 70,
    });
  });

  it("unknown: certain and possible totals, what to answer", () => {
    expect(leafOutcome(POINTS, { dateOfBirth: undefined })).toStrictEqual({
      verdict: "unknown",
      reason:
        "58 points for certain (language 24, education 21, experience 13, age 0, arranged employment 0, adaptability 0), up to 70 depending on the answers to dateOfBirth; FSW needs 67 of 100.",
      missing: ["dateOfBirth"],
      expected: ">= 67",
      actual: 58,
    });
  });

  it("unknown: every path to answer, in order", () => {
    const r = leafOutcome(POINTS, { dateOfBirth: undefined, relativeInCanada: undefined });
    expect(r).toMatchObject({ verdict: "unknown", missing: ["dateOfBirth", "relativeInCanada"] });
    expect(r.reason).toBe(
      "58 points for certain (language 24, education 21, experience 13, age 0, arranged employment 0, adaptability 0), up to 75 depending on the answers to dateOfBirth, relativeInCanada; FSW needs 67 of 100.",
    );
  });

  it("fail within 5 of 67: no note, every adaptability element is answered", () => {
    // CLB 9 (24) + bachelor's (21) + 1 year (9) + age 44 (3) + a sibling (5) = 62; relatives and
    // study in Canada are answered (no), so 62 is final.
    const oneYear = [jobEndingBefore("21231", "IN", ASOF, 12)];
    expect(
      leafOutcome(POINTS, { workHistory: oneYear, dateOfBirth: addYears(ASOF, -44), siblingInCanada: true }),
    ).toStrictEqual({
      verdict: "fail",
      reason:
        "62 points (language 24, education 21, experience 9, age 3, arranged employment 0, adaptability 5), at most 62 with every open answer; FSW needs 67 of 100.",
      expected: ">= 67",
      actual: 62,
    });
    // No adaptability: 66.
    expect(leafOutcome(POINTS, { workHistory: oneYear, dateOfBirth: addYears(ASOF, -30) }).reason).toBe(
      "66 points (language 24, education 21, experience 9, age 12, arranged employment 0, adaptability 0), at most 66 with every open answer; FSW needs 67 of 100.",
    );
  });

  it("62 with the study answer left out: undecided up to 67, the answer to give", () => {
    const oneYear = [jobEndingBefore("21231", "IN", ASOF, 12)];
    expect(
      leafOutcome(POINTS, {
        workHistory: oneYear,
        dateOfBirth: addYears(ASOF, -44),
        siblingInCanada: true,
        studiedInCanadaTwoYearsFullTime: undefined,
      }),
    ).toStrictEqual({
      verdict: "unknown",
      reason:
        "62 points for certain (language 24, education 21, experience 9, age 3, arranged employment 0, adaptability 5), up to 67 depending on the answers to studiedInCanadaTwoYearsFullTime; FSW needs 67 of 100.",
      missing: ["studiedInCanadaTwoYearsFullTime"],
      expected: ">= 67",
      actual: 62,
    });
    // Age 45 (2): 61 + 5 = 66 is out of reach, so the open answer does not matter: fail.
    expect(
      leafOutcome(POINTS, {
        workHistory: oneYear,
        dateOfBirth: addYears(ASOF, -45),
        siblingInCanada: true,
        studiedInCanadaTwoYearsFullTime: undefined,
      }),
    ).toStrictEqual({
      verdict: "fail",
      reason:
        "61 points (language 24, education 21, experience 9, age 2, arranged employment 0, adaptability 5), at most 66 with every open answer; FSW needs 67 of 100.",
      expected: ">= 67",
      actual: 61,
    });
  });

  it("fail with adaptability already at 10: no note", () => {
    // CLB 9 (24) + two or more (22) + 1 year (9) + age 47 (0) + study in Canada and a sibling (10) = 65.
    const r = leafOutcome(POINTS, {
      workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)],
      dateOfBirth: addYears(ASOF, -47),
      siblingInCanada: true,
      education: [
        { level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: d("2024-01-10") },
        { level: "two-year", years: 2, inCanada: true },
      ],
    });
    expect(r.reason).toBe(
      "65 points (language 24, education 22, experience 9, age 0, arranged employment 0, adaptability 10), at most 65 with every open answer; FSW needs 67 of 100.",
    );
  });
});

describe("fsw.settlement-funds.amount and asOf", () => {
  it("the funds reason names FSW", () => {
    expect(leafOutcome("fsw.settlement-funds.amount").reason).toBe(
      "You have $20,000; FSW needs $15,263 for a family of 1 person (the table in force from 2025-07-07).",
    );
  });

  it("InvalidAsOfError from assessFederalSkilledWorker without asOf", () => {
    expect(() => assessFederalSkilledWorker(fswCandidate(), {} as never)).toThrow(
      /^asOf is required: the day the rules apply on/,
    );
  });
});
