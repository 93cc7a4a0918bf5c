import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears } from "../../../src/core/calendar.js";
import type { IsoDate } from "../../../src/core/iso-date.js";
import type { RuleResult } from "../../../src/core/rule.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { WorkExperience } from "../../../src/models/work-experience.js";
import {
  assessCanadianExperienceClass,
  CANADIAN_EXPERIENCE_CLASS_PROGRAM,
  CANADIAN_EXPERIENCE_CLASS_RULES,
} from "../../../src/programs/federal/cec.js";

import { cecProgramSource, languageTestsSource } from "../../../src/programs/federal/sources.js";
import {
  ASOF,
  cecCandidate,
  celpip,
  d,
  findRule as find,
  job,
  jobEndingBefore,
  without,
} from "../../fixtures/federal/builders.js";
import { englishOf, reasonOf, withReasons } from "../../fixtures/messages.js";

const assess = (candidate: Candidate, asOf: IsoDate = ASOF) => assessCanadianExperienceClass(candidate, { asOf });

const withWork = (work: WorkExperience[], clb: number, asOf: IsoDate = ASOF) =>
  cecCandidate(asOf, { workHistory: work, languageTests: [celpip(addMonths(asOf, -6), clb)] });

describe("assessCanadianExperienceClass", () => {
  it("two years of TEER 1 work in Canada with CLB 7: eligible, no funds or education needed", () => {
    const a = assess(cecCandidate());
    expect(a).toMatchObject({
      program: "federal.canadian-experience-class",
      status: "eligible",
      failed: [],
      missing: [],
    });
    expect(a.ruleSet.id).toBe(CANADIAN_EXPERIENCE_CLASS_RULES.id);
    expect(cecCandidate().settlementFundsCad).toBe(0);
  });

  it("requires options.asOf", () => {
    expect(() => assessCanadianExperienceClass(cecCandidate(), undefined as never)).toThrow(TypeError);
  });
});

describe("cec.experience.one-year: 12 months of skilled work in Canada in the last 3 years", () => {
  it("12 months ending the day before asOf pass (exactly 1,560 hours)", () => {
    const a = assess(withWork([jobEndingBefore("21231", "CA", ASOF, 12)], 7));
    expect(find(a.result, "cec.experience.one-year")).toMatchObject({ verdict: "pass", actual: 1560 });
    expect(a.status).toBe("eligible");
  });

  it("12 months ending two days before asOf are a day short", () => {
    const a = assess(withWork([job("21231", "CA", addMonths(ASOF, -12), addDays(ASOF, -2))], 7));
    const r = find(a.result, "cec.experience.one-year");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toContain("CEC needs 1,560 hours");
  });

  it("work ending more than 3 years before asOf does not count", () => {
    const end = addDays(addYears(ASOF, -3), -1);
    const a = assess(withWork([job("21231", "CA", addYears(end, -2), end)], 7));
    expect(find(a.result, "cec.experience.one-year")?.verdict).toBe("fail");
  });

  it("work outside Canada does not count", () => {
    expect(assess(withWork([jobEndingBefore("21231", "IN", ASOF, 24)], 7)).status).toBe("ineligible");
  });

  it.each([
    ["self-employed", { engagement: "self-employed" }],
    ["an independent contractor", { engagement: "independent-contractor" }],
    ["a full-time student", { fullTimeStudent: true }],
    ["unauthorised", { authorized: false }],
  ])("work while %s does not count", (_, extra) => {
    expect(
      assess(withWork([jobEndingBefore("21231", "CA", ASOF, 24, 40, extra as Partial<WorkExperience>)], 7)).status,
    ).toBe("ineligible");
  });

  it.each(["authorized", "engagement", "fullTimeStudent"] as const)(
    "%s not answered: incomplete with its path",
    (field) => {
      const a = assess(without(cecCandidate(), `workHistory[0].${field}`));
      expect(a.status).toBe("incomplete");
      expect(a.missing).toEqual([`workHistory[0].${field}`]);
    },
  );

  it("part-time adds up: 20 hours a week for 18 months is a year", () => {
    expect(assess(withWork([jobEndingBefore("21231", "CA", ASOF, 18, 20)], 7)).status).toBe("eligible");
  });
});

describe("language by TEER: CLB 7 for TEER 0 or 1, CLB 5 for TEER 2 or 3", () => {
  it("TEER 1 work with CLB 7 passes; with CLB 6 fails, saying why", () => {
    expect(assess(withWork([jobEndingBefore("21231", "CA", ASOF, 12)], 7)).status).toBe("eligible");
    const a = assess(withWork([jobEndingBefore("21231", "CA", ASOF, 12)], 6));
    expect(a.status).toBe("ineligible");
    expect(a.failed.map((f) => f.id)).toEqual(["cec.language.clb7", "cec.experience.teer-2-3"]);
    expect(englishOf(a.failed[0]?.message)).toContain("CLB 6 in reading");
    expect(englishOf(a.failed[0]?.message)).toContain("TEER 0 or 1");
  });

  it("TEER 0 work needs CLB 7 too", () => {
    expect(assess(withWork([jobEndingBefore("00012", "CA", ASOF, 12)], 6)).status).toBe("ineligible");
  });

  it("TEER 2 and TEER 3 work with CLB 5 pass; with CLB 4 fail", () => {
    for (const noc of ["72200", "13110"]) {
      expect(assess(withWork([jobEndingBefore(noc, "CA", ASOF, 12)], 5)).status, noc).toBe("eligible");
      expect(assess(withWork([jobEndingBefore(noc, "CA", ASOF, 12)], 4)).status, noc).toBe("ineligible");
    }
  });

  it("a year split between TEER 1 and TEER 2 work needs CLB 7", () => {
    const split = [
      job("21231", "CA", addMonths(ASOF, -12), addDays(addMonths(ASOF, -6), -1)),
      jobEndingBefore("72200", "CA", ASOF, 6),
    ];
    expect(assess(withWork(split, 5)).status).toBe("ineligible");
    expect(assess(withWork(split, 7)).status).toBe("eligible");
  });

  it("TEER 4 work does not count at all", () => {
    expect(assess(withWork([jobEndingBefore("64100", "CA", ASOF, 24)], 9)).status).toBe("ineligible");
  });

  it("before 2022-11-16, NOC 2016: skill level A needs CLB 7, skill level B CLB 5", () => {
    const asOf = d("2022-11-15");
    expect(assess(withWork([jobEndingBefore("2173", "CA", asOf, 12)], 6, asOf), asOf).status).toBe("ineligible");
    expect(assess(withWork([jobEndingBefore("2173", "CA", asOf, 12)], 7, asOf), asOf).status).toBe("eligible");
    expect(assess(withWork([jobEndingBefore("1241", "CA", asOf, 12)], 5, asOf), asOf).status).toBe("eligible");
    // NOC 2016 7511 (truck drivers) is skill level C: not skilled before the change ...
    expect(assess(withWork([jobEndingBefore("7511", "CA", asOf, 12)], 9, asOf), asOf).status).toBe("ineligible");
  });

  it("from 2022-11-16, NOC 2021: truck drivers (73300) are TEER 3 and qualify with CLB 5", () => {
    const asOf = d("2022-11-16");
    const a = assess(withWork([jobEndingBefore("73300", "CA", asOf, 12)], 5, asOf), asOf);
    expect(a.status).toBe("eligible");
    expect(englishOf(find(a.result, "cec.experience.teer-2-3")?.message)).toContain("TEER 2 or 3");
  });

  it("a language test taken 2 years and 1 day before asOf has expired", () => {
    const c = cecCandidate(ASOF, { languageTests: [celpip(addDays(addYears(ASOF, -2), -1), 9)] });
    const a = assess(c);
    expect(a.status).toBe("ineligible");
    expect(englishOf(find(a.result, "cec.language.clb7")?.message)).toContain("expired");
  });

  it("language tests not answered: incomplete", () => {
    const a = assess(without(cecCandidate(), "languageTests"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["languageTests"]);
  });

  it("work history not answered: incomplete", () => {
    const a = assess(without(cecCandidate(), "workHistory"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["workHistory"]);
  });
});

// Tests that pin, word for word, the outcomes of the Canadian Experience Class rules in
// src/programs/federal/cec.ts (IRCC, "Canadian Experience Class (Express Entry)": one year —
// 1,560 hours — of skilled, authorised work in Canada in the 3 years before applying; CLB/NCLC 7
// when that work is TEER 0 or 1, CLB/NCLC 5 when it is TEER 2 or 3; NOC 2016 skill type 0 / level
// A and level B before NOC 2021 took effect for Express Entry on 2022-11-16): each verdict's
// reason, expected, actual and missing, the "at most" note, the NOC version switch on exactly
// 2022-11-16, and the rule tree's ids, titles and sources.
const leaf = (id: string, candidate: Candidate, asOf: IsoDate = ASOF) => {
  const r = find(assessCanadianExperienceClass(candidate, { asOf }).result, id);
  if (r === undefined) throw new Error(`no rule ${id}`);
  const { id: _id, title: _title, source: _source, message: _message, ...outcome } = r;
  return { ...outcome, reason: reasonOf(r) };
};
const withWorkHistory = (workHistory: WorkExperience[] | undefined, asOf: IsoDate = ASOF) =>
  cecCandidate(asOf, { workHistory });
const open = { authorized: undefined } as never;
const WHAT =
  "skilled (TEER 0, 1, 2 or 3) work in Canada, authorised, as an employee and not while a full-time student, in the 3 years before 2026-01-15";
const NEEDS = "CEC needs 1,560 hours (12 months full-time or the equivalent part-time)";
const NEEDS_TEER23 =
  "CLB/NCLC 5 is enough only when the year of qualifying work is TEER 2 or 3 work (TEER 0 or 1 work needs CLB/NCLC 7)";

describe("the rule tree", () => {
  it("ids, titles, sources and the root's pass reason", () => {
    const a = assessCanadianExperienceClass(cecCandidate(), { asOf: ASOF });
    expect(CANADIAN_EXPERIENCE_CLASS_PROGRAM).toBe("federal.canadian-experience-class");
    expect(CANADIAN_EXPERIENCE_CLASS_RULES.id).toBe("federal.canadian-experience-class/2015-01-01");
    expect(CANADIAN_EXPERIENCE_CLASS_RULES.from).toBe("2015-01-01");
    expect(a.program).toBe("federal.canadian-experience-class");
    const shape = (r: RuleResult): unknown => [r.id, r.title, r.source, r.combinator, r.children?.map(shape)];
    expect(shape(a.result)).toEqual([
      "federal.canadian-experience-class",
      "Canadian Experience Class",
      cecProgramSource,
      "all",
      [
        [
          "cec.experience.one-year",
          "One year of skilled work in Canada in the last 3 years",
          cecProgramSource,
          undefined,
          undefined,
        ],
        [
          "cec.language",
          "Language at the level the work's TEER calls for",
          languageTestsSource,
          "any",
          [
            [
              "cec.language.clb7",
              "CLB/NCLC 7 in every ability (enough for any skilled work)",
              languageTestsSource,
              undefined,
              undefined,
            ],
            [
              "cec.language.teer-2-3-route",
              "CLB/NCLC 5 with a year of TEER 2 or 3 work",
              cecProgramSource,
              "all",
              [
                ["cec.language.clb5", "CLB/NCLC 5 in every ability", languageTestsSource, undefined, undefined],
                [
                  "cec.experience.teer-2-3",
                  "One year of the Canadian work in TEER 2 or 3 occupations",
                  cecProgramSource,
                  undefined,
                  undefined,
                ],
              ],
            ],
          ],
        ],
      ],
    ]);
    expect(withReasons(a.result)).toMatchObject({
      verdict: "pass",
      reason: "Meets every Canadian Experience Class requirement.",
    });
  });
});

describe("cec.experience.one-year: each verdict", () => {
  it("pass: two years of TEER 1 work, the hours in the reason", () => {
    expect(leaf("cec.experience.one-year", cecCandidate())).toStrictEqual({
      verdict: "pass",
      reason: `3,120 hours of ${WHAT}; ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 3120,
    });
  });

  it("not given: unknown, workHistory missing", () => {
    expect(leaf("cec.experience.one-year", withWorkHistory(undefined))).toStrictEqual({
      verdict: "unknown",
      reason: `The work history is not given; ${NEEDS}.`,
      expected: ">= 1560 hours",
      missing: ["workHistory"],
    });
  });

  it("authorisation not answered: unknown, certain and possible hours", () => {
    expect(
      leaf("cec.experience.one-year", withWorkHistory([jobEndingBefore("21231", "CA", ASOF, 12, 40, open)])),
    ).toStrictEqual({
      verdict: "unknown",
      reason: `0 hours of ${WHAT} certainly count, up to 1,560 hours depending on the answers to workHistory[0].authorized; ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 0,
      missing: ["workHistory[0].authorized"],
    });
  });

  it("two undecided jobs: both paths, in order", () => {
    expect(
      leaf(
        "cec.experience.one-year",
        withWorkHistory([
          job("21231", "CA", "2025-01-01", "2025-06-30", 40, open),
          job("21231", "CA", "2024-01-01", "2024-06-30", 40, open),
        ]),
      ),
    ).toMatchObject({
      verdict: "unknown",
      reason: `0 hours of ${WHAT} certainly count, up to 1,560 hours depending on the answers to workHistory[0].authorized, workHistory[1].authorized; ${NEEDS}.`,
      missing: ["workHistory[0].authorized", "workHistory[1].authorized"],
    });
  });

  it("fail with open questions that cannot make up the year: the most they could add", () => {
    // 2025-07-01 to 2025-12-31 authorised (6 months, 780 hours) and 2025-01-01 to 2025-03-31 not
    // answered (3 months, 390 more): at most 1,170.
    expect(
      leaf(
        "cec.experience.one-year",
        withWorkHistory([
          job("21231", "CA", "2025-07-01", "2025-12-31"),
          job("21231", "CA", "2025-01-01", "2025-03-31", 40, open),
        ]),
      ),
    ).toStrictEqual({
      verdict: "fail",
      reason: `780 hours of ${WHAT} (at most 1,170 hours even if every open question about the jobs were answered favourably); ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 780,
    });
  });

  it("pass with open questions besides: no 'at most' note", () => {
    // A year authorised (1,560 hours) and 6 months whose authorisation is not answered.
    expect(
      leaf(
        "cec.experience.one-year",
        withWorkHistory([
          jobEndingBefore("21231", "CA", ASOF, 12),
          job("21231", "CA", "2024-01-01", "2024-06-30", 40, open),
        ]),
      ),
    ).toStrictEqual({
      verdict: "pass",
      reason: `1,560 hours of ${WHAT}; ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 1560,
    });
  });

  it("fail with nothing open: no note", () => {
    expect(
      leaf("cec.experience.one-year", withWorkHistory([job("21231", "CA", "2025-07-01", "2025-12-31")])),
    ).toStrictEqual({
      verdict: "fail",
      reason: `780 hours of ${WHAT}; ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 780,
    });
  });

  it("names NOC 2016 before 2022-11-16 and TEER from that day", () => {
    const before = d("2022-11-15");
    const on = d("2022-11-16");
    expect(
      leaf("cec.experience.one-year", withWorkHistory([jobEndingBefore("2173", "CA", before, 12)], before), before)
        .reason,
    ).toBe(
      "1,560 hours of skilled (NOC 2016 0, A or B) work in Canada, authorised, as an employee and not while a full-time student, in the 3 years before 2022-11-15; CEC needs 1,560 hours (12 months full-time or the equivalent part-time).",
    );
    expect(
      leaf("cec.experience.one-year", withWorkHistory([jobEndingBefore("21231", "CA", on, 12)], on), on).reason,
    ).toBe(
      "1,560 hours of skilled (TEER 0, 1, 2 or 3) work in Canada, authorised, as an employee and not while a full-time student, in the 3 years before 2022-11-16; CEC needs 1,560 hours (12 months full-time or the equivalent part-time).",
    );
  });
});

describe("cec.language: which level the work calls for", () => {
  it("CLB 7 and CLB 5: the reasons name the tiers", () => {
    const c = cecCandidate();
    expect(leaf("cec.language.clb7", c)).toStrictEqual({
      verdict: "pass",
      reason:
        "languageTests[0] (CELPIP-General, 2025-07-15): CLB reading 7, writing 7, listening 7, speaking 7, valid until the day before 2027-07-15; CEC needs CLB/NCLC 7 in every ability when the qualifying work is TEER 0 or 1.",
      expected: "CLB/NCLC 7 in every ability",
      actual: "reading 7, writing 7, listening 7, speaking 7",
    });
    expect(leaf("cec.language.clb5", c).reason).toBe(
      "languageTests[0] (CELPIP-General, 2025-07-15): CLB reading 7, writing 7, listening 7, speaking 7, valid until the day before 2027-07-15; CEC needs CLB/NCLC 5 in every ability when the qualifying work is TEER 2 or 3.",
    );
  });

  it("before 2022-11-16 the tiers are NOC 2016's", () => {
    const before = d("2022-11-15");
    const c = withWorkHistory([jobEndingBefore("1241", "CA", before, 12)], before);
    expect(leaf("cec.language.clb7", c, before).reason).toMatch(
      /; CEC needs CLB\/NCLC 7 in every ability when the qualifying work is NOC 2016 skill type 0 or skill level A\.$/,
    );
    expect(leaf("cec.language.clb5", c, before).reason).toMatch(
      /; CEC needs CLB\/NCLC 5 in every ability when the qualifying work is NOC 2016 skill level B\.$/,
    );
    // NOC 2016 1241 (administrative assistants) is skill level B: a year of it.
    expect(leaf("cec.experience.teer-2-3", c, before)).toStrictEqual({
      verdict: "pass",
      reason:
        "1,560 hours of NOC 2016 skill level B work in Canada in the 3 years before 2022-11-15; CLB/NCLC 5 is enough only when the year of qualifying work is NOC 2016 skill level B work (NOC 2016 skill type 0 or skill level A work needs CLB/NCLC 7).",
      expected: ">= 1560 hours",
      actual: 1560,
    });
  });

  it("cec.experience.teer-2-3: TEER 1 work is none of it; TEER 3 work is", () => {
    expect(leaf("cec.experience.teer-2-3", cecCandidate())).toStrictEqual({
      verdict: "fail",
      reason: `0 hours of TEER 2 or 3 work in Canada in the 3 years before 2026-01-15; ${NEEDS_TEER23}.`,
      expected: ">= 1560 hours",
      actual: 0,
    });
    const teer3 = withWorkHistory([jobEndingBefore("73300", "CA", ASOF, 12)]);
    expect(leaf("cec.experience.teer-2-3", teer3)).toStrictEqual({
      verdict: "pass",
      reason: `1,560 hours of TEER 2 or 3 work in Canada in the 3 years before 2026-01-15; ${NEEDS_TEER23}.`,
      expected: ">= 1560 hours",
      actual: 1560,
    });
    expect(leaf("cec.experience.teer-2-3", withWorkHistory(undefined))).toStrictEqual({
      verdict: "unknown",
      reason: `The work history is not given; ${NEEDS_TEER23}.`,
      expected: ">= 1560 hours",
      missing: ["workHistory"],
    });
  });

  it("TEER 3 work with CLB 5: eligible through the TEER 2 or 3 route; CLB 7 is not met", () => {
    const c = cecCandidate(ASOF, {
      workHistory: [jobEndingBefore("73300", "CA", ASOF, 12)],
      languageTests: [celpip("2025-07-15", 5)],
    });
    const a = assessCanadianExperienceClass(c, { asOf: ASOF });
    expect(a.status).toBe("eligible");
    expect(find(a.result, "cec.language.clb7")?.verdict).toBe("fail");
    expect(find(a.result, "cec.language.teer-2-3-route")?.verdict).toBe("pass");
  });

  it("the assessment date is counted back 3 years: work ending the day before the window fails", () => {
    const start = addYears(ASOF, -3);
    const c = withWorkHistory([job("21231", "CA", addYears(start, -1), addDays(start, -1))]);
    expect(leaf("cec.experience.one-year", c)).toMatchObject({ verdict: "fail", actual: 0 });
  });
});

describe("assessCanadianExperienceClass: asOf is required", () => {
  it("InvalidAsOfError without asOf", () => {
    expect(() => assessCanadianExperienceClass(cecCandidate(), {} as never)).toThrow(
      /^asOf is required: the day the rules apply on/,
    );
  });
});
