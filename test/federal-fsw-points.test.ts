import { describe, expect, it } from "vitest";
import gridFile from "../data/ircc/fsw-selection-grid.json" with { type: "json" };
import { addDays, addYears } from "../src/core/calendar.js";
import type { EducationCredential } from "../src/models/education.js";
import { FSW_PASS_MARK, fswSelectionPoints } from "../src/programs/federal/index.js";
import { ASOF, celpip, d, fswCandidate, job, jobEndingBefore, tef } from "./fixtures/federal/builders.js";

const grid = (gridFile.versions[0] as (typeof gridFile.versions)[number]).value;

const points = (overrides: Parameters<typeof fswCandidate>[0] = {}) =>
  fswSelectionPoints(fswCandidate(overrides), { asOf: ASOF });

describe("fswSelectionPoints: the reference candidate", () => {
  it("breaks 70 points down by factor, with the pass mark and the DESIGN shape", () => {
    const p = points();
    expect(p).toMatchObject({
      total: 70,
      maximumReachable: 70,
      passMark: 67,
      maximum: 100,
      passes: true,
      verdict: "pass",
      missing: [],
      asOf: ASOF,
    });
    expect([p.language.points, p.education.points, p.experience.points, p.age.points]).toEqual([24, 21, 13, 12]);
    expect([p.arrangedEmployment.points, p.adaptability.points]).toEqual([0, 0]);
    expect(FSW_PASS_MARK).toBe(67);
    expect(p.source.url).toContain("six-selection-factors");
  });

  it("requires options.asOf", () => {
    expect(() => fswSelectionPoints(fswCandidate(), undefined as never)).toThrow(TypeError);
    expect(() => fswSelectionPoints(fswCandidate(), {} as never)).toThrow(/asOf/);
  });

  it("accepts a Date for asOf", () => {
    expect(fswSelectionPoints(fswCandidate(), { asOf: new Date(2026, 0, 15) }).asOf).toBe("2026-01-15");
  });
});

describe("language factor (max 28)", () => {
  for (const row of grid.language.firstOfficialLanguagePerAbility) {
    it(`CLB ${row.min} in every ability gives ${row.points} per ability`, () => {
      const p = points({ languageTests: [celpip("2025-03-01", row.min)] });
      expect(p.language.points).toBe(4 * row.points);
      expect(p.language.firstLanguage?.perAbility).toEqual({
        reading: row.points,
        writing: row.points,
        listening: row.points,
        speaking: row.points,
      });
    });
  }

  it("CLB 10 earns 6 per ability, CLB 6 earns nothing", () => {
    expect(points({ languageTests: [celpip("2025-03-01", 10)] }).language.points).toBe(24);
    const low = points({ languageTests: [celpip("2025-03-01", { writing: 6 })] }).language;
    expect(low.firstLanguage?.perAbility.writing).toBe(0);
    expect(low.points).toBe(18);
    expect(low.reason).toContain("below CLB 7");
  });

  it("mixed levels score per ability", () => {
    const p = points({ languageTests: [celpip("2025-03-01", { reading: 9, writing: 8, listening: 7, speaking: 10 })] });
    expect(p.language.points).toBe(6 + 5 + 4 + 6);
  });

  it("second official language: 4 points for NCLC 5 in every ability, 0 with an ability at 4", () => {
    const withFrench = points({ languageTests: [celpip("2025-03-01", 9), tef("2025-03-01", 5)] });
    expect(withFrench.language.points).toBe(28);
    expect(withFrench.language.secondLanguage).toEqual({ points: 4, testPath: "languageTests[1]" });
    const weak = points({
      languageTests: [
        celpip("2025-03-01", 9),
        tef("2025-03-01", { reading: 5, writing: 4, listening: 5, speaking: 5 }),
      ],
    });
    expect(weak.language.points).toBe(24);
    expect(weak.language.secondLanguage.points).toBe(0);
  });

  it("the maximum is 28", () => {
    expect(points({ languageTests: [celpip("2025-03-01", 10), tef("2025-03-01", 10)] }).language.points).toBe(28);
  });

  it("a declared first official language is the one scored", () => {
    const p = points({
      firstOfficialLanguage: "french",
      languageTests: [celpip("2025-03-01", 9), tef("2025-03-01", 7)],
    });
    expect(p.language.firstLanguage?.language).toBe("french");
    expect(p.language.points).toBe(16 + 4);
  });

  it("without a declaration, takes as first the language that meets CLB 7", () => {
    const p = points({
      languageTests: [
        celpip("2025-03-01", { writing: 6, reading: 10, listening: 10, speaking: 10 }),
        tef("2025-03-01", 7),
      ],
    });
    expect(p.language.firstLanguage?.language).toBe("french");
    expect(p.language.points).toBe(16 + 4); // English (CLB 6+ everywhere) is the second language
  });

  it("language tests not given: 0 certain, 28 possible, languageTests missing", () => {
    const p = points({ languageTests: undefined });
    expect(p.language).toMatchObject({ points: 0, maximumReachable: 28, missing: ["languageTests"] });
    expect(p.verdict).toBe("unknown");
    expect(p.missing).toContain("languageTests");
  });

  it("an expired test scores nothing", () => {
    expect(points({ languageTests: [celpip("2023-01-01", 9)] }).language.points).toBe(0);
  });
});

describe("education factor (max 25)", () => {
  const foreign = (level: EducationCredential["level"], years?: number): EducationCredential => ({
    level,
    ...(years === undefined ? {} : { years }),
    inCanada: false,
    ecaIssuedOn: d("2024-01-10"),
  });
  const rows: [keyof typeof grid.education.points, EducationCredential[]][] = [
    ["doctoral", [foreign("doctoral", 4)]],
    ["masters", [foreign("masters", 2)]],
    ["two-or-more", [foreign("bachelors", 4), foreign("one-year", 1)]],
    ["bachelors", [foreign("bachelors", 4)]],
    ["two-year", [foreign("two-year", 2)]],
    ["one-year", [foreign("one-year", 1)]],
    ["secondary", [foreign("secondary")]],
    ["less-than-secondary", []],
  ];
  for (const [level, credentials] of rows) {
    it(`${level} → ${grid.education.points[level]}`, () => {
      const p = points({ education: credentials });
      expect(p.education.level).toBe(level);
      expect(p.education.points).toBe(grid.education.points[level]);
    });
  }

  it("a professional degree scores as a master's; a three-year credential as a bachelor's", () => {
    expect(points({ education: [foreign("professional-degree", 4)] }).education.points).toBe(23);
    expect(points({ education: [foreign("three-year-or-longer", 3)] }).education.points).toBe(21);
  });

  it("two credentials, neither of three years, score the higher one", () => {
    expect(points({ education: [foreign("two-year", 2), foreign("one-year", 1)] }).education.level).toBe("two-year");
  });

  it("two or more does not outrank a doctorate", () => {
    expect(points({ education: [foreign("doctoral", 4), foreign("bachelors", 4)] }).education.points).toBe(25);
  });

  it("a foreign credential needs an ECA less than 5 years old", () => {
    const issued = d("2021-01-15");
    expect(points({ education: [{ level: "masters", inCanada: false, ecaIssuedOn: issued }] }).education.points).toBe(
      0,
    );
    const dayLater = addDays(issued, 1);
    expect(points({ education: [{ level: "masters", inCanada: false, ecaIssuedOn: dayLater }] }).education.points).toBe(
      23,
    );
  });

  it("a foreign credential without an ECA date is undecided, not zero", () => {
    const p = points({ education: [{ level: "masters", inCanada: false }] });
    expect(p.education).toMatchObject({ points: 0, maximumReachable: 23, missing: ["education[0].ecaIssuedOn"] });
  });

  it("a Canadian credential needs no ECA", () => {
    expect(points({ education: [{ level: "two-year", years: 2, inCanada: true }] }).education.points).toBe(19);
  });
});

describe("experience factor (max 15)", () => {
  // The grid: 1 year 9, 2-3 years 11, 4-5 years 13, 6 or more 15; less than a year earns nothing.
  const expected = (years: number) => [0, 9, 11, 11, 13, 13, 15, 15][years];
  for (let years = 0; years <= 7; years++) {
    it(`${years} year(s) of skilled work → ${expected(years)}`, () => {
      const history = years === 0 ? [] : [jobEndingBefore("21231", "IN", ASOF, 12 * years)];
      const p = points({ workHistory: history });
      expect(p.experience.years).toBe(years);
      expect(p.experience.points).toBe(expected(years));
    });
  }

  it("only the 10 years before asOf count", () => {
    const p = points({ workHistory: [job("21231", "IN", "2000-01-01", undefined)] });
    expect(p.experience.years).toBe(10);
    expect(p.experience.points).toBe(15);
  });

  it("unskilled work does not count", () => {
    expect(points({ workHistory: [jobEndingBefore("65200", "IN", ASOF, 48)] }).experience.points).toBe(0);
  });
});

describe("age factor (max 12)", () => {
  for (let age = 16; age <= 48; age++) {
    // The grid: 12 points from 18 to 35, one fewer each year from 36 (11) to 46 (1), none from 47 or under 18.
    const row = { points: age < 18 ? 0 : age <= 35 ? 12 : age <= 46 ? 47 - age : 0 };
    it(`age ${age} → ${row?.points}`, () => {
      const p = points({ dateOfBirth: addYears(ASOF, -age) });
      expect(p.age.age).toBe(age);
      expect(p.age.points).toBe(row?.points);
    });
  }

  it("turns a year older on the birthday", () => {
    expect(points({ dateOfBirth: addDays(addYears(ASOF, -36), 1) }).age.points).toBe(12);
    expect(points({ dateOfBirth: addYears(ASOF, -36) }).age.points).toBe(11);
  });

  it("date of birth missing: 0 certain, 12 possible", () => {
    expect(points({ dateOfBirth: undefined }).age).toMatchObject({
      points: 0,
      maximumReachable: 12,
      missing: ["dateOfBirth"],
    });
  });
});

describe("arranged employment factor (max 10)", () => {
  const offer = {
    noc: "21231",
    hoursPerWeek: 40,
    permanent: true,
    offeredOn: d("2025-12-01"),
    lmia: "approved",
  } as const;

  it("a full-time permanent TEER 0-3 offer earns 10, and 5 more in adaptability", () => {
    const p = points({ jobOffer: offer });
    expect(p.arrangedEmployment.points).toBe(10);
    expect(p.adaptability.elements.find((e) => e.id === "arranged-employment")?.verdict).toBe("pass");
    expect(p.adaptability.points).toBe(5);
    expect(p.total).toBe(85);
  });

  it.each([
    ["part-time", { ...offer, hoursPerWeek: 25 }],
    ["shorter than a year", { ...offer, permanent: false, durationMonths: 11 }],
    ["TEER 5", { ...offer, noc: "65200" }],
    ["made after asOf", { ...offer, offeredOn: d("2026-02-01") }],
    ["supported by neither an LMIA nor a work permit", { ...offer, lmia: "none" as const }],
  ])("no points for an offer that is %s", (_, o) => {
    expect(points({ jobOffer: o }).arrangedEmployment.points).toBe(0);
  });

  it.each([
    ["approved", "supported by a positive Labour Market Impact Assessment"],
    ["exempt-work-permit", "made by the employer of your LMIA-exempt employer-specific work permit"],
  ] as const)("lmia %s: 10, the support named in the reason, non-seasonal said to be assumed", (lmia, support) => {
    const p = points({ jobOffer: { ...offer, lmia } });
    expect(p.arrangedEmployment).toMatchObject({ points: 10, maximumReachable: 10, missing: [] });
    expect(p.arrangedEmployment.reason).toContain(support);
    expect(p.arrangedEmployment.reason).toContain("Taken to be non-seasonal");
    expect(p.arrangedEmployment.reason).not.toContain("LMIA or exempt from one");
  });

  it("lmia none: 0 for certain and 0 possible, saying it is not a valid job offer", () => {
    const p = points({ jobOffer: { ...offer, lmia: "none" } });
    expect(p.arrangedEmployment).toMatchObject({ points: 0, maximumReachable: 0, missing: [] });
    expect(p.arrangedEmployment.reason).toBe(
      "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer. → 0.",
    );
    expect(p.adaptability.elements.find((e) => e.id === "arranged-employment")?.verdict).toBe("fail");
  });

  it("lmia left out: 0 for certain, 10 possible, jobOffer.lmia missing", () => {
    const { lmia: _, ...unanswered } = offer;
    const p = points({ jobOffer: unanswered });
    expect(p.arrangedEmployment).toMatchObject({ points: 0, maximumReachable: 10, missing: ["jobOffer.lmia"] });
    expect(p.arrangedEmployment.reason).toContain("(jobOffer.lmia)");
    expect(p.adaptability.elements.find((e) => e.id === "arranged-employment")).toMatchObject({
      verdict: "unknown",
      missing: ["jobOffer.lmia"],
    });
  });

  it("the CRS's 2016-11-19 start of the work-permit route does not apply to FSW", () => {
    const early = { ...offer, lmia: "exempt-work-permit" as const, offeredOn: d("2015-06-01") };
    const p = fswSelectionPoints(fswCandidate({ jobOffer: early }), { asOf: d("2016-01-15") });
    expect(p.arrangedEmployment.points).toBe(10);
  });

  it("12 months is long enough", () => {
    expect(points({ jobOffer: { ...offer, permanent: false, durationMonths: 12 } }).arrangedEmployment.points).toBe(10);
  });

  it.each([
    ["jobOffer", undefined],
    ["jobOffer.hoursPerWeek", { noc: "21231", permanent: true, lmia: "approved" }],
    ["jobOffer.permanent", { noc: "21231", hoursPerWeek: 40, lmia: "approved" }],
    ["jobOffer.durationMonths", { noc: "21231", hoursPerWeek: 40, permanent: false, lmia: "approved" }],
  ])("undecided when %s is missing", (path, o) => {
    const p = points({ jobOffer: o as never });
    expect(p.arrangedEmployment).toMatchObject({ points: 0, maximumReachable: 10, missing: [path] });
  });
});

describe("adaptability factor (max 10)", () => {
  const spouse = {
    accompanying: true,
    canadianCitizenOrPermanentResident: false,
    languageTests: [],
    education: [],
    workHistory: [],
  };
  const married = { maritalStatus: "married" as const, familySize: 2 };
  const element = (p: ReturnType<typeof points>, id: string) => p.adaptability.elements.find((e) => e.id === id);

  it("names every element once", () => {
    expect(points().adaptability.elements.map((e) => e.id)).toEqual(grid.adaptability.elements.map((e) => e.id));
  });

  it("spouse's language: CLB 4 or more in every ability → 5", () => {
    const p = points({ ...married, spouse: { ...spouse, languageTests: [celpip("2025-03-01", 4)] } });
    expect(element(p, "spouse-language")?.verdict).toBe("pass");
    expect(p.adaptability.points).toBe(5);
    const weak = points({ ...married, spouse: { ...spouse, languageTests: [celpip("2025-03-01", { reading: 3 })] } });
    expect(element(weak, "spouse-language")?.verdict).toBe("fail");
  });

  it("a spouse who is not coming earns nothing", () => {
    const p = points({
      ...married,
      spouse: { ...spouse, accompanying: false, languageTests: [celpip("2025-03-01", 9)] },
    });
    expect(p.adaptability.points).toBe(0);
  });

  it("your study in Canada: a Canadian credential of a 2-year program → 5", () => {
    const p = points({
      education: [
        { level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: d("2024-01-10") },
        { level: "two-year", years: 2, inCanada: true },
      ],
    });
    expect(element(p, "your-study-in-canada")?.verdict).toBe("pass");
    expect(p.adaptability.points).toBe(5);
    const short = points({ education: [{ level: "one-year", years: 1, inCanada: true }] });
    expect(element(short, "your-study-in-canada")?.verdict).toBe("fail");
    const open = points({ education: [{ level: "masters", inCanada: true }] });
    expect(element(open, "your-study-in-canada")).toMatchObject({
      verdict: "unknown",
      missing: ["education[0].years"],
    });
  });

  it("spouse's study in Canada → 5", () => {
    const p = points({
      ...married,
      spouse: { ...spouse, education: [{ level: "bachelors", years: 4, inCanada: true }] },
    });
    expect(element(p, "spouse-study-in-canada")?.verdict).toBe("pass");
  });

  it("your work in Canada: one year full-time, skilled, authorised → 10", () => {
    const p = points({
      workHistory: [job("21231", "IN", "2019-01-01", "2022-12-31"), jobEndingBefore("21231", "CA", ASOF, 12)],
    });
    expect(element(p, "your-work-in-canada")?.verdict).toBe("pass");
    expect(p.adaptability.points).toBe(10);
    const partTime = points({ workHistory: [jobEndingBefore("21231", "CA", ASOF, 24, 20)] });
    expect(element(partTime, "your-work-in-canada")?.verdict).toBe("fail");
    const eleven = points({ workHistory: [jobEndingBefore("21231", "CA", ASOF, 11)] });
    expect(element(eleven, "your-work-in-canada")?.verdict).toBe("fail");
  });

  it("spouse's work in Canada: one year full-time, authorised → 5", () => {
    const p = points({ ...married, spouse: { ...spouse, workHistory: [jobEndingBefore("65200", "CA", ASOF, 12)] } });
    expect(element(p, "spouse-work-in-canada")?.verdict).toBe("pass");
    const open = points({
      ...married,
      spouse: {
        ...spouse,
        workHistory: [jobEndingBefore("65200", "CA", ASOF, 12, 40, { authorized: undefined } as never)],
      },
    });
    expect(element(open, "spouse-work-in-canada")).toMatchObject({
      verdict: "unknown",
      missing: ["spouse.workHistory[0].authorized"],
    });
  });

  it("relatives: a sibling or another relative in Canada → 5; relativeInCanada false fails; left out, undecided", () => {
    expect(element(points({ siblingInCanada: true }), "relatives-in-canada")?.verdict).toBe("pass");
    expect(
      element(points({ siblingInCanada: true, relativeInCanada: undefined }), "relatives-in-canada"),
    ).toMatchObject({ verdict: "pass", missing: [] });
    expect(element(points({ siblingInCanada: false, relativeInCanada: true }), "relatives-in-canada")?.verdict).toBe(
      "pass",
    );
    expect(points({ relativeInCanada: true }).adaptability.points).toBe(5);
    const none = element(points({ siblingInCanada: false, relativeInCanada: false }), "relatives-in-canada");
    expect(none?.verdict).toBe("fail");
    expect(none?.reason).not.toContain("not record");
    expect(
      element(points({ siblingInCanada: undefined, relativeInCanada: false }), "relatives-in-canada")?.verdict,
    ).toBe("fail");
    for (const siblingInCanada of [false, undefined]) {
      expect(element(points({ siblingInCanada, relativeInCanada: undefined }), "relatives-in-canada")).toMatchObject({
        verdict: "unknown",
        missing: ["relativeInCanada"],
      });
    }
  });

  it("adds the elements and caps them at 10, counting each once", () => {
    const p = points({
      ...married,
      siblingInCanada: true,
      spouse: {
        ...spouse,
        languageTests: [celpip("2025-03-01", 5)],
        education: [{ level: "two-year", years: 2, inCanada: true }],
      },
      education: [
        { level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: d("2024-01-10") },
        { level: "two-year", years: 2, inCanada: true },
      ],
    });
    expect(p.adaptability.uncapped).toBe(20);
    expect(p.adaptability.points).toBe(10);
    expect(p.adaptability.reason).toContain("capped at 10");
  });

  it("married without spouse details: spouse elements undecided", () => {
    const p = points({ ...married, spouse: undefined });
    expect(element(p, "spouse-language")).toMatchObject({ verdict: "unknown", missing: ["spouse"] });
    expect(p.adaptability.maximumReachable).toBe(10);
  });

  it("possible adaptability is capped too", () => {
    const p = points({ siblingInCanada: undefined, jobOffer: undefined, maritalStatus: undefined, spouse: undefined });
    expect(p.adaptability.maximumReachable).toBe(10);
  });
});

describe("three-valued total", () => {
  it("a candidate short of 67 for certain but not possibly is undecided, with what to answer", () => {
    const p = points({ dateOfBirth: undefined });
    expect(p).toMatchObject({ total: 58, maximumReachable: 70, verdict: "unknown", passes: false });
    expect(p.missing).toEqual(["dateOfBirth"]);
  });

  it("a candidate who cannot reach 67 fails", () => {
    const p = points({ workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)], dateOfBirth: addYears(ASOF, -45) });
    expect(p.total).toBe(24 + 21 + 9 + 2);
    expect(p.verdict).toBe("fail");
  });

  it("the borderline 66 (age 29, CLB 9, bachelor's, 1 year) passes only with the job offer", () => {
    const base = { workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)], dateOfBirth: addYears(ASOF, -29) };
    expect(points(base).total).toBe(66);
    const offer = { noc: "21231", hoursPerWeek: 40, permanent: true } as const;
    expect(points({ ...base, jobOffer: { ...offer, lmia: "approved" } }).total).toBe(81);
    expect(points({ ...base, jobOffer: { ...offer, lmia: "exempt-work-permit" } }).total).toBe(81);
    expect(points({ ...base, jobOffer: { ...offer, lmia: "none" } })).toMatchObject({ total: 66, verdict: "fail" });
    expect(points({ ...base, jobOffer: offer })).toMatchObject({
      total: 66,
      maximumReachable: 81,
      verdict: "unknown",
      missing: ["jobOffer.lmia"],
    });
  });
});
