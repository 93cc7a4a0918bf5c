import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears } from "../../../src/core/calendar.js";
import type { IsoDate } from "../../../src/core/iso-date.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { WorkExperience } from "../../../src/models/work-experience.js";
import { assessCanadianExperienceClass, CANADIAN_EXPERIENCE_CLASS_RULES } from "../../../src/programs/federal/index.js";
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
    expect(r?.reason).toContain("CEC needs 1,560 hours");
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
    expect(a.failed[0]?.reason).toContain("CLB 6 in reading");
    expect(a.failed[0]?.reason).toContain("TEER 0 or 1");
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
    expect(find(a.result, "cec.experience.teer-2-3")?.reason).toContain("TEER 2 or 3");
  });

  it("a language test taken 2 years and 1 day before asOf has expired", () => {
    const c = cecCandidate(ASOF, { languageTests: [celpip(addDays(addYears(ASOF, -2), -1), 9)] });
    const a = assess(c);
    expect(a.status).toBe("ineligible");
    expect(find(a.result, "cec.language.clb7")?.reason).toContain("expired");
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
