// Tests that pin, word for word, the outcomes of the Federal Skilled Worker leaf rules in
// src/programs/federal/fsw.ts: one year (1,560 hours) of continuous skilled work in one occupation
// in the 10 years before asOf, a Canadian credential or a foreign one with an ECA less than 5 years
// old, and 67 of the 100 selection points (IRCC, "Federal Skilled Worker Program (Express Entry)"
// minimum requirements and "Six selection factors", data/ircc/fsw-selection-grid.json,
// ../shared/domain/express-entry-crs.md §3.2): each verdict's reason, expected, actual and missing,
// the rule tree's ids, titles and sources, and the note on adaptability the model cannot see.
import { describe, expect, it } from "vitest";
import { addYears } from "../src/core/calendar.js";
import type { Candidate } from "../src/models/candidate.js";
import {
  assessFederalSkilledWorker,
  FEDERAL_SKILLED_WORKER_PROGRAM,
  FEDERAL_SKILLED_WORKER_RULES,
} from "../src/programs/federal/fsw.js";
import {
  educationAssessmentSource,
  fswProgramSource,
  fswSelectionFactorsSource,
  languageTestsSource,
} from "../src/programs/federal/sources.js";
import { ASOF, d, findRule as find, fswCandidate, job, jobEndingBefore } from "./fixtures/federal/builders.js";

const assess = (over: Partial<Candidate> = {}) => assessFederalSkilledWorker(fswCandidate(over), { asOf: ASOF });
const leaf = (id: string, over: Partial<Candidate> = {}) => {
  const r = find(assess(over).result, id);
  if (r === undefined) throw new Error(`no rule ${id}`);
  const { id: _id, title: _title, source: _source, ...outcome } = r;
  return outcome;
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
    const a = assess();
    expect(FEDERAL_SKILLED_WORKER_PROGRAM).toBe("federal.skilled-worker");
    expect(FEDERAL_SKILLED_WORKER_RULES.id).toBe("federal.skilled-worker/2015-01-01");
    expect(FEDERAL_SKILLED_WORKER_RULES.from).toBe("2015-01-01");
    expect(a.program).toBe("federal.skilled-worker");
    expect(a.result).toMatchObject({
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
    expect(leaf("fsw.language.clb7").reason).toBe(
      "languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 9, writing 9, listening 9, speaking 9, valid until the day before 2027-03-01; FSW needs CLB/NCLC 7 in every ability of the first official language.",
    );
  });
});

describe("fsw.experience.one-year: each verdict", () => {
  it("pass: the hours, the occupation and the continuous period", () => {
    // 2020-01-01 to 2023-12-31 in NOC 21231: 4 × 1,560 = 6,240 hours.
    expect(leaf(EXPERIENCE)).toStrictEqual({
      verdict: "pass",
      reason: `6,240 hours of continuous skilled work in NOC 21231 from 2020-01-01 to 2023-12-31; ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 6240,
    });
  });

  it("two occupations that each pass: the one with the most hours is named", () => {
    const r = leaf(EXPERIENCE, {
      workHistory: [jobEndingBefore("21231", "IN", ASOF, 12), job("21232", "IN", "2018-01-01", "2019-12-31")],
    });
    expect(r).toMatchObject({ verdict: "pass", actual: 3120 });
    expect(r.reason).toMatch(/^3,120 hours of continuous skilled work in NOC 21232 from 2018-01-01 to 2019-12-31;/);
  });

  it("not given: unknown, workHistory missing", () => {
    expect(leaf(EXPERIENCE, { workHistory: undefined })).toStrictEqual({
      verdict: "unknown",
      reason: `The work history is not given; ${NEEDS_WORK}.`,
      missing: ["workHistory"],
    });
  });

  it("no work: fail, 0", () => {
    expect(leaf(EXPERIENCE, { workHistory: [] })).toStrictEqual({
      verdict: "fail",
      reason: `No work is listed; ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 0,
    });
  });

  it("eleven months: fail, the most in one occupation", () => {
    // 2025-02-01 to 2025-12-31 is 11 whole months: 11 × 130 = 1,430 hours.
    expect(leaf(EXPERIENCE, { workHistory: [job("21231", "IN", "2025-02-01", "2025-12-31")] })).toStrictEqual({
      verdict: "fail",
      reason: `The most in one occupation is 1,430 hours of continuous skilled work (NOC 21231); ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 1430,
    });
  });

  it("a year in Canada whose authorisation is not answered: unknown, up to the year", () => {
    const open = { authorized: undefined } as never;
    expect(
      leaf(EXPERIENCE, {
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
      reason: `The most in one occupation is 780 hours of continuous skilled work (NOC 21233); up to 2,340 could count depending on the answers to workHistory[1].authorized, workHistory[0].authorized. ${NEEDS_WORK}.`,
      expected: ">= 1560 hours",
      actual: 780,
      missing: ["workHistory[1].authorized", "workHistory[0].authorized"],
    });
  });
});

describe("fsw.education.credential: each verdict", () => {
  it("pass: the credential that counts, and why", () => {
    expect(leaf(EDUCATION)).toStrictEqual({
      verdict: "pass",
      reason: `education[0] is a foreign credential with an ECA issued 2024-01-10, valid until the day before 2029-01-10. ${NEEDS_EDUCATION}.`,
    });
    // The first that counts is named, after one that does not.
    expect(
      leaf(EDUCATION, {
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
    expect(leaf(EDUCATION, { education: undefined })).toStrictEqual({
      verdict: "unknown",
      reason: `Education is not given; ${NEEDS_EDUCATION}.`,
      missing: ["education"],
    });
  });

  it("no ECA date on a foreign credential: unknown, every credential's standing in the reason", () => {
    expect(
      leaf(EDUCATION, {
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
    expect(leaf(EDUCATION, { education: [] })).toStrictEqual({
      verdict: "fail",
      reason: `No credential is listed. ${NEEDS_EDUCATION}.`,
    });
    expect(
      leaf(EDUCATION, { education: [{ level: "masters", inCanada: false, ecaIssuedOn: d("2026-02-01") }] }),
    ).toStrictEqual({
      verdict: "fail",
      reason: `education[0]'s ECA is dated 2026-02-01, after 2026-01-15. ${NEEDS_EDUCATION}.`,
    });
  });
});

describe("fsw.selection-points.67: each verdict", () => {
  it("pass: the total and the breakdown", () => {
    expect(leaf(POINTS)).toStrictEqual({
      verdict: "pass",
      reason:
        "70 points (language 24, education 21, experience 13, age 12, arranged employment 0, adaptability 0); FSW needs 67 of 100.",
      expected: ">= 67",
      actual: 70,
    });
  });

  it("unknown: certain and possible totals, what to answer", () => {
    expect(leaf(POINTS, { dateOfBirth: undefined })).toStrictEqual({
      verdict: "unknown",
      reason:
        "58 points for certain (language 24, education 21, experience 13, age 0, arranged employment 0, adaptability 0), up to 70 depending on the answers to dateOfBirth; FSW needs 67 of 100.",
      missing: ["dateOfBirth"],
      expected: ">= 67",
      actual: 58,
    });
  });

  it("unknown: every path to answer, in order", () => {
    const r = leaf(POINTS, { dateOfBirth: undefined, relativeInCanada: undefined });
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
      leaf(POINTS, { workHistory: oneYear, dateOfBirth: addYears(ASOF, -44), siblingInCanada: true }),
    ).toStrictEqual({
      verdict: "fail",
      reason:
        "62 points (language 24, education 21, experience 9, age 3, arranged employment 0, adaptability 5), at most 62 with every open answer; FSW needs 67 of 100.",
      expected: ">= 67",
      actual: 62,
    });
    // No adaptability: 66.
    expect(leaf(POINTS, { workHistory: oneYear, dateOfBirth: addYears(ASOF, -30) }).reason).toBe(
      "66 points (language 24, education 21, experience 9, age 12, arranged employment 0, adaptability 0), at most 66 with every open answer; FSW needs 67 of 100.",
    );
  });

  it("62 with the study answer left out: undecided up to 67, the answer to give", () => {
    const oneYear = [jobEndingBefore("21231", "IN", ASOF, 12)];
    expect(
      leaf(POINTS, {
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
      leaf(POINTS, {
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
    const r = leaf(POINTS, {
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
    expect(leaf("fsw.settlement-funds.amount").reason).toBe(
      "You have $20,000; FSW needs $15,263 for a family of 1 person (the table in force from 2025-07-07).",
    );
  });

  it("InvalidAsOfError from assessFederalSkilledWorker without asOf", () => {
    expect(() => assessFederalSkilledWorker(fswCandidate(), {} as never)).toThrow(
      /^asOf is required: the day the rules apply on/,
    );
  });
});
