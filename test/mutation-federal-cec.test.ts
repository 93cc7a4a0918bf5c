// Tests that pin, word for word, the outcomes of the Canadian Experience Class rules in
// src/programs/federal/cec.ts (IRCC, "Canadian Experience Class (Express Entry)": one year —
// 1,560 hours — of skilled, authorised work in Canada in the 3 years before applying; CLB/NCLC 7
// when that work is TEER 0 or 1, CLB/NCLC 5 when it is TEER 2 or 3; NOC 2016 skill type 0 / level
// A and level B before NOC 2021 took effect for Express Entry on 2022-11-16): each verdict's
// reason, expected, actual and missing, the "at most" note, the NOC version switch on exactly
// 2022-11-16, and the rule tree's ids, titles and sources.
import { describe, expect, it } from "vitest";
import { addDays, addYears } from "../src/core/calendar.js";
import type { IsoDate } from "../src/core/iso-date.js";
import type { RuleResult } from "../src/core/rule.js";
import type { Candidate } from "../src/models/candidate.js";
import type { WorkExperience } from "../src/models/work-experience.js";
import {
  assessCanadianExperienceClass,
  CANADIAN_EXPERIENCE_CLASS_PROGRAM,
  CANADIAN_EXPERIENCE_CLASS_RULES,
} from "../src/programs/federal/cec.js";
import { cecProgramSource, languageTestsSource } from "../src/programs/federal/sources.js";
import { ASOF, cecCandidate, celpip, d, findRule as find, job, jobEndingBefore } from "./fixtures/federal/builders.js";

const leaf = (id: string, candidate: Candidate, asOf: IsoDate = ASOF) => {
  const r = find(assessCanadianExperienceClass(candidate, { asOf }).result, id);
  if (r === undefined) throw new Error(`no rule ${id}`);
  const { id: _id, title: _title, source: _source, ...outcome } = r;
  return outcome;
};
const withWork = (workHistory: WorkExperience[] | undefined, asOf: IsoDate = ASOF) =>
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
    expect(a.result).toMatchObject({ verdict: "pass", reason: "Meets every Canadian Experience Class requirement." });
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
    expect(leaf("cec.experience.one-year", withWork(undefined))).toStrictEqual({
      verdict: "unknown",
      reason: `The work history is not given; ${NEEDS}.`,
      expected: ">= 1560 hours",
      missing: ["workHistory"],
    });
  });

  it("authorisation not answered: unknown, certain and possible hours", () => {
    expect(
      leaf("cec.experience.one-year", withWork([jobEndingBefore("21231", "CA", ASOF, 12, 40, open)])),
    ).toStrictEqual({
      verdict: "unknown",
      reason: `0 hours of ${WHAT} certainly count, up to 1,560 depending on the answers to workHistory[0].authorized; ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 0,
      missing: ["workHistory[0].authorized"],
    });
  });

  it("two undecided jobs: both paths, in order", () => {
    expect(
      leaf(
        "cec.experience.one-year",
        withWork([
          job("21231", "CA", "2025-01-01", "2025-06-30", 40, open),
          job("21231", "CA", "2024-01-01", "2024-06-30", 40, open),
        ]),
      ),
    ).toMatchObject({
      verdict: "unknown",
      reason: `0 hours of ${WHAT} certainly count, up to 1,560 depending on the answers to workHistory[0].authorized, workHistory[1].authorized; ${NEEDS}.`,
      missing: ["workHistory[0].authorized", "workHistory[1].authorized"],
    });
  });

  it("fail with open questions that cannot make up the year: the most they could add", () => {
    // 2025-07-01 to 2025-12-31 authorised (6 months, 780 hours) and 2025-01-01 to 2025-03-31 not
    // answered (3 months, 390 more): at most 1,170.
    expect(
      leaf(
        "cec.experience.one-year",
        withWork([
          job("21231", "CA", "2025-07-01", "2025-12-31"),
          job("21231", "CA", "2025-01-01", "2025-03-31", 40, open),
        ]),
      ),
    ).toStrictEqual({
      verdict: "fail",
      reason: `780 hours of ${WHAT} (at most 1,170 even if every open question about the jobs were answered favourably); ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 780,
    });
  });

  it("pass with open questions besides: no 'at most' note", () => {
    // A year authorised (1,560 hours) and 6 months whose authorisation is not answered.
    expect(
      leaf(
        "cec.experience.one-year",
        withWork([jobEndingBefore("21231", "CA", ASOF, 12), job("21231", "CA", "2024-01-01", "2024-06-30", 40, open)]),
      ),
    ).toStrictEqual({
      verdict: "pass",
      reason: `1,560 hours of ${WHAT}; ${NEEDS}.`,
      expected: ">= 1560 hours",
      actual: 1560,
    });
  });

  it("fail with nothing open: no note", () => {
    expect(leaf("cec.experience.one-year", withWork([job("21231", "CA", "2025-07-01", "2025-12-31")]))).toStrictEqual({
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
      leaf("cec.experience.one-year", withWork([jobEndingBefore("2173", "CA", before, 12)], before), before).reason,
    ).toBe(
      "1,560 hours of skilled (NOC 2016 0, A or B) work in Canada, authorised, as an employee and not while a full-time student, in the 3 years before 2022-11-15; CEC needs 1,560 hours (12 months full-time or the equivalent part-time).",
    );
    expect(leaf("cec.experience.one-year", withWork([jobEndingBefore("21231", "CA", on, 12)], on), on).reason).toBe(
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
    const c = withWork([jobEndingBefore("1241", "CA", before, 12)], before);
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
    const teer3 = withWork([jobEndingBefore("73300", "CA", ASOF, 12)]);
    expect(leaf("cec.experience.teer-2-3", teer3)).toStrictEqual({
      verdict: "pass",
      reason: `1,560 hours of TEER 2 or 3 work in Canada in the 3 years before 2026-01-15; ${NEEDS_TEER23}.`,
      expected: ">= 1560 hours",
      actual: 1560,
    });
    expect(leaf("cec.experience.teer-2-3", withWork(undefined))).toStrictEqual({
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
    const c = withWork([job("21231", "CA", addYears(start, -1), addDays(start, -1))]);
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
