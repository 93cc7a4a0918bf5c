import { describe, expect, it } from "vitest";
import gridFile from "../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import { addDays, addYears } from "../../../src/core/calendar.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { EducationCredential } from "../../../src/models/education.js";
import type { LanguageTest } from "../../../src/models/language-test.js";
import type { Spouse } from "../../../src/models/spouse.js";
import { fswAgePoints } from "../../../src/programs/federal/fsw-points/age.js";
import { fswEducationPoints } from "../../../src/programs/federal/fsw-points/education.js";
import { fswExperiencePoints } from "../../../src/programs/federal/fsw-points/experience.js";
import {
  type FswSelectionPoints,
  fswSelectionPoints,
} from "../../../src/programs/federal/fsw-points/fsw-selection-points.js";
import { fswPointsPerAbility } from "../../../src/programs/federal/fsw-points/language.js";
import { FSW_PASS_MARK } from "../../../src/programs/federal/index.js";
import {
  ASOF,
  celpip,
  d,
  fswCandidate,
  job,
  jobEndingBefore,
  marriedTo,
  quietSpouse,
  tef,
  without,
} from "../../fixtures/federal/builders.js";
import { type Explained, explained } from "../../fixtures/federal/explained.js";

const grid = (gridFile.versions[0] as (typeof gridFile.versions)[number]).value;

const points = (overrides: Parameters<typeof fswCandidate>[0] = {}) =>
  explained(fswSelectionPoints(fswCandidate(overrides), { asOf: ASOF }));

describe("fswSelectionPoints: the reference candidate", () => {
  it("breaks 70 points down by factor, with the pass mark and the documented shape", () => {
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
  it("a date of birth after asOf gives no age: undecided, the date to correct (as the CRS's born_after_as_of)", () => {
    const p = points({ dateOfBirth: addDays(ASOF, 1) });
    expect(p.age).toMatchObject({ points: 0, maximumReachable: 12, missing: ["dateOfBirth"] });
    expect(p.age.age).toBeUndefined();
    expect(p.age.reason).toBe(
      `The date of birth ${addDays(ASOF, 1)} is after ${ASOF}: there is no age on that day; correct it.`,
    );
    // Born on asOf: age 0, a real age (0 points, final).
    expect(points({ dateOfBirth: ASOF }).age).toMatchObject({ age: 0, points: 0, maximumReachable: 0 });
  });
});

describe("arranged employment factor (max 10)", () => {
  const offer = {
    noc: "21231",
    hoursPerWeek: 40,
    permanent: true,
    offeredOn: d("2025-12-01"),
    lmia: "approved",
    engagement: "employee",
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
    const p = explained(fswSelectionPoints(fswCandidate({ jobOffer: early }), { asOf: d("2016-01-15") }));
    expect(p.arrangedEmployment.points).toBe(10);
  });

  it("12 months is long enough", () => {
    expect(points({ jobOffer: { ...offer, permanent: false, durationMonths: 12 } }).arrangedEmployment.points).toBe(10);
  });

  it.each([
    ["jobOffer", undefined],
    ["jobOffer.hoursPerWeek", { noc: "21231", permanent: true, lmia: "approved", engagement: "employee" }],
    ["jobOffer.permanent", { noc: "21231", hoursPerWeek: 40, lmia: "approved", engagement: "employee" }],
    [
      "jobOffer.durationMonths",
      { noc: "21231", hoursPerWeek: 40, permanent: false, lmia: "approved", engagement: "employee" },
    ],
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

  it("your study in Canada: a Canadian bachelor's of unknown length is open, not a pass", () => {
    // Some bachelor's programs are one year: without years, the 5 points are possible, not proven,
    // so answering years: 1 cannot lower the total.
    const bachelors = (years?: number): EducationCredential => ({
      level: "bachelors",
      inCanada: true,
      ...(years === undefined ? {} : { years }),
    });
    const open = points({ education: [bachelors()] });
    expect(element(open, "your-study-in-canada")).toMatchObject({
      verdict: "unknown",
      missing: ["education[0].years"],
    });
    const oneYear = points({ education: [bachelors(1)] });
    const fourYears = points({ education: [bachelors(4)] });
    expect(element(fourYears, "your-study-in-canada")?.verdict).toBe("pass");
    expect(oneYear.total).toBeGreaterThanOrEqual(open.total);
    expect(fourYears.total).toBeGreaterThanOrEqual(open.total);
    expect(open.maximumReachable).toBeGreaterThanOrEqual(fourYears.total);
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

  it("a spouse described for a single or divorced candidate earns nothing; without a status, it is open", () => {
    const coming = { ...spouse, languageTests: [celpip("2025-03-01", 9)] };
    for (const maritalStatus of ["single", "divorced"] as const) {
      const p = points({ maritalStatus, familySize: 1, spouse: coming });
      expect(element(p, "spouse-language")).toMatchObject({
        verdict: "fail",
        missing: [],
        reason: `Marital status ${maritalStatus}: no spouse or partner.`,
      });
      expect(p.adaptability.points).toBe(0);
    }
    // The status not answered: married would earn the 5, single nothing.
    const open = points({ maritalStatus: undefined, spouse: coming });
    expect(element(open, "spouse-language")).toMatchObject({ verdict: "unknown", missing: ["maritalStatus"] });
    const asMarried = points({ maritalStatus: "married", familySize: 2, spouse: coming }).adaptability.points;
    expect(asMarried).toBeGreaterThanOrEqual(5);
    expect(open.adaptability.points).toBe(0);
    // Open: the spouse's language (5, CLB 9) and the spouse's study in Canada (5, its answer left
    // out), capped at 10.
    expect(open.adaptability.maximumReachable).toBe(10);
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
    const offer = { noc: "21231", hoursPerWeek: 40, permanent: true, engagement: "employee" } as const;
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

// Tests that pin, word for word, what fswSelectionPoints (src/programs/federal/fsw-points/)
// reports for each factor of IRCC's Federal Skilled Worker 100-point grid, pass mark 67
// ("Six selection factors – Federal Skilled Worker Program", transcribed in
// data/ircc/fsw-selection-grid.json): the grid
// lookups at each threshold, the reasons, missing paths and possible points of every factor, the
// adaptability elements one by one (spouse gating, study and work in Canada, relatives, the cap at
// 10), and the verdict exactly at 67 and one below. Written against the mutation run's survivors.
const element = (p: Explained<FswSelectionPoints>, id: string) => p.adaptability.elements.find((e) => e.id === id);
const titleOf = (id: string) => grid.adaptability.elements.find((e) => e.id === id)?.requirement;
// CELPIP-General 13 is off its 0–12 scale: the test cannot be read.
const unreadableCelpip: LanguageTest = {
  test: "celpip-general",
  testedOn: d("2025-03-01"),
  scores: { reading: 13, writing: 9, listening: 9, speaking: 9 },
};
const spouse = quietSpouse;
const married = marriedTo;
const NO_SPOUSE = "No spouse or partner.";
const undecided = { authorized: undefined } as never;
const NO_STUDY =
  "Your credentials include no Canadian credential of a program of two years or more, and you did not complete two academic years of full-time study in Canada (studiedInCanadaTwoYearsFullTime: false).";
const NO_RELATIVE =
  "No relative aged 18 or over who is a Canadian citizen or permanent resident lives in Canada (relativeInCanada: false).";
const EARNS_STUDY =
  "A Canadian credential of a program of two years or more, or two academic years of full-time study in Canada, earns this element.";
const WORK_LABEL = "full-time (30+ hours a week) skilled, authorised work in Canada";
const SPOUSE_WORK_LABEL = "your spouse's full-time (30+ hours a week) authorised work in Canada";

describe("grid lookups at each threshold", () => {
  it("first official language: 6/5/4 points per ability at CLB 9+/8/7, 0 below 7", () => {
    expect([0, 4, 6, 7, 8, 9, 10, 12].map(fswPointsPerAbility)).toEqual([0, 0, 0, 4, 5, 6, 6, 6]);
  });

  it("experience: 1 year → 9, 2–3 → 11, 4–5 → 13, 6+ → 15, none → 0", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map(fswExperiencePoints)).toEqual([0, 9, 11, 11, 13, 13, 15, 15]);
  });

  it("age: 0 under 18, 12 from 18 to 35, one fewer a year to 0 at 47 and after", () => {
    expect([0, 17, 18, 35, 36, 37, 40, 45, 46, 47, 60].map(fswAgePoints)).toEqual([
      0, 0, 12, 12, 11, 10, 7, 2, 1, 0, 0,
    ]);
  });

  it("education: the grid's points per level", () => {
    expect(
      (
        [
          "doctoral",
          "masters",
          "two-or-more",
          "bachelors",
          "two-year",
          "one-year",
          "secondary",
          "less-than-secondary",
        ] as const
      ).map(fswEducationPoints),
    ).toEqual([25, 23, 22, 21, 19, 15, 5, 0]);
  });
});

describe("the reference candidate (70 points), every factor word for word", () => {
  // Age 30 (12) + CLB 9 in four abilities (4 × 6 = 24) + a foreign bachelor's with a valid ECA (21)
  // + 4 years of foreign TEER 1 work (13) + no offer (0) + no adaptability (0) = 70.
  const p = points();

  it("language: 24 of 28, per ability, no second language", () => {
    expect(p.language).toStrictEqual({
      points: 24,
      maximumReachable: 24,
      maximum: 28,
      reason:
        "First official language English (languageTests[0] (CELPIP-General, 2025-03-01)): reading CLB 9 → 6, writing CLB 9 → 6, listening CLB 9 → 6, speaking CLB 9 → 6; second official language: 0 (4 points need NCLC 5 or more in every ability). 24 of 28.",
      missing: [],
      firstLanguage: {
        language: "english",
        testPath: "languageTests[0]",
        levels: { reading: 9, writing: 9, listening: 9, speaking: 9 },
        perAbility: { reading: 6, writing: 6, listening: 6, speaking: 6 },
      },
      secondLanguage: { points: 0 },
    });
  });

  it("education, experience, age and arranged employment", () => {
    expect(p.education).toStrictEqual({
      points: 21,
      maximumReachable: 21,
      maximum: 25,
      reason: "Level: bachelor's degree or three-year or longer post-secondary program (from education[0]) → 21 of 25.",
      missing: [],
      level: "bachelors",
      possibleLevel: "bachelors",
    });
    // 2020-01-01 to 2023-12-31 is 4 years × 1,560 hours, inside the window 2016-01-15 to 2026-01-14.
    expect(p.experience).toStrictEqual({
      points: 13,
      maximumReachable: 13,
      maximum: 15,
      reason:
        "6,240 hours of skilled paid work in the 10 years before 2026-01-15 (2016-01-15 to 2026-01-14): 4 whole years → 13 of 15.",
      missing: [],
      years: 4,
      possibleYears: 4,
    });
    expect(p.age).toStrictEqual({
      points: 12,
      maximumReachable: 12,
      maximum: 12,
      reason: "Age 30 on 2026-01-15 → 12 of 12.",
      missing: [],
      age: 30,
    });
    expect(p.arrangedEmployment).toStrictEqual({
      points: 0,
      maximumReachable: 0,
      maximum: 10,
      reason: "You have no job offer. → 0.",
      missing: [],
    });
  });

  it("adaptability: every element failed, with its title, points and reason", () => {
    expect(p.adaptability).toStrictEqual({
      points: 0,
      maximumReachable: 0,
      maximum: 10,
      reason: "No element earned → 0 of 10.",
      missing: [],
      uncapped: 0,
      elements: [
        ["spouse-language", 5, NO_SPOUSE],
        ["your-study-in-canada", 5, NO_STUDY],
        ["spouse-study-in-canada", 5, NO_SPOUSE],
        ["your-work-in-canada", 10, `0 hours of ${WORK_LABEL}; one year (1,560 hours) is needed.`],
        ["spouse-work-in-canada", 5, NO_SPOUSE],
        ["arranged-employment", 5, "You have no job offer."],
        ["relatives-in-canada", 5, NO_RELATIVE],
      ].map(([id, pts, reason]) => ({
        id,
        title: titleOf(id as string),
        points: pts,
        verdict: "fail",
        reason,
        missing: [],
      })),
    });
    expect(p.adaptability.elements.map((e) => e.title).every((t) => typeof t === "string" && t.length > 20)).toBe(true);
  });

  it("the total: pass, no missing, the pass mark and the source", () => {
    expect(p).toMatchObject({ total: 70, maximumReachable: 70, passes: true, verdict: "pass", missing: [] });
    expect(p.source.url).toBe(gridFile.source.url);
  });
});

describe("language factor: each branch", () => {
  it("not given: 0 certain, 28 possible, no first language", () => {
    expect(points({ languageTests: undefined }).language).toStrictEqual({
      points: 0,
      maximumReachable: 28,
      maximum: 28,
      reason: "Language test results are not given.",
      missing: ["languageTests"],
      secondLanguage: { points: 0 },
    });
  });

  it("no valid result: 0 points, naming the declared first language when there is one", () => {
    expect(points({ languageTests: [] }).language).toStrictEqual({
      points: 0,
      maximumReachable: 0,
      maximum: 28,
      reason: "No valid language test result: 0 points.",
      missing: [],
      secondLanguage: { points: 0 },
    });
    // Only a French result, but English declared first: nothing to score as the first language.
    expect(points({ firstOfficialLanguage: "english", languageTests: [tef("2025-03-01", 9)] }).language).toStrictEqual({
      points: 0,
      maximumReachable: 0,
      maximum: 28,
      reason: "No valid language test result in English, the declared first official language: 0 points.",
      missing: [],
      secondLanguage: { points: 0 },
    });
    expect(points({ firstOfficialLanguage: "french", languageTests: [celpip("2025-03-01", 9)] }).language.reason).toBe(
      "No valid language test result in French, the declared first official language: 0 points.",
    );
    // An expired result is not valid either.
    expect(points({ languageTests: [celpip("2023-01-01", 9)] }).language.reason).toBe(
      "No valid language test result: 0 points.",
    );
  });

  // An unreadable English result can be at most CLB 9+ in every ability as the first language
  // (6 × 4 = 24); with no French result, no second-language points (4) are within reach.
  it("only an unreadable result: 0 certain, up to 24, the field at fault missing", () => {
    expect(points({ languageTests: [unreadableCelpip] }).language).toStrictEqual({
      points: 0,
      maximumReachable: 24,
      maximum: 28,
      reason:
        "No valid language test result: 0 points. languageTests[0] (CELPIP-General, 2025-03-01) could not be read and might score more.",
      missing: ["languageTests[0].scores.reading"],
      secondLanguage: { points: 0 },
    });
  });

  it("two unreadable results: both named, both fields missing", () => {
    const l = points({
      languageTests: [unreadableCelpip, { ...unreadableCelpip, testedOn: d("2025-04-01") }],
    }).language;
    // Both English: 24 at most, as one.
    expect(l).toMatchObject({
      points: 0,
      maximumReachable: 24,
      reason:
        "No valid language test result: 0 points. languageTests[0] (CELPIP-General, 2025-03-01), languageTests[1] (CELPIP-General, 2025-04-01) could not be read and might score more.",
      missing: ["languageTests[0].scores.reading", "languageTests[1].scores.reading"],
    });
  });

  it("French first with no English result: the second language would need CLB 5", () => {
    expect(points({ languageTests: [tef("2025-03-01", 9)] }).language.reason).toBe(
      "First official language French (languageTests[0] (TEF Canada, 2025-03-01)): reading NCLC 9 → 6, writing NCLC 9 → 6, listening NCLC 9 → 6, speaking NCLC 9 → 6; second official language: 0 (4 points need CLB 5 or more in every ability). 24 of 28.",
    );
  });

  it("a valid result and an unreadable one: the valid one scores, the unreadable one could reach 24", () => {
    // Both English: the unreadable one could be a better first language (24), never a second.
    const l = points({ languageTests: [celpip("2025-03-01", 8), unreadableCelpip] }).language;
    expect(l).toMatchObject({ points: 20, maximumReachable: 24, missing: ["languageTests[1].scores.reading"] });
    expect(l.reason).toBe(
      "First official language English (languageTests[0] (CELPIP-General, 2025-03-01)): reading CLB 8 → 5, writing CLB 8 → 5, listening CLB 8 → 5, speaking CLB 8 → 5; second official language: 0 (4 points need NCLC 5 or more in every ability). 20 of 28. languageTests[1] (CELPIP-General, 2025-03-01) could not be read and might score more.",
    );
  });

  it("an unreadable result in the other language: the second-language points, or a better first", () => {
    // CELPIP CLB 8 (20) and a TEF whose reading, 999, is off its 0–699 scale and whose other
    // scores are 600 (NCLC 10+): at its best correction (reading 699, NCLC 10+) French first is
    // 6 × 4 = 24, with English second (CLB 5+: 4) 28; declared English first, French can only add
    // the second language: 20 + 4 = 24.
    const tefUnreadable = {
      ...tef("2025-03-01", 9),
      scores: { reading: 999, writing: 600, listening: 600, speaking: 600 },
    };
    const either = points({ languageTests: [celpip("2025-03-01", 8), tefUnreadable] }).language;
    expect(either).toMatchObject({ points: 20, maximumReachable: 28 });
    const englishFirst = points({
      firstOfficialLanguage: "english",
      languageTests: [celpip("2025-03-01", 8), tefUnreadable],
    }).language;
    expect(englishFirst).toMatchObject({ points: 20, maximumReachable: 24 });
  });

  it("an unreadable result is bounded by its readable scores at its best correction", () => {
    // The same TEF with writing, listening and speaking at 400 (NCLC 6, 6 and 5): even with its
    // reading corrected to 699 (NCLC 10+, 6 points) French first earns 6 + 0 + 0 + 0 = 6, with
    // English second 10; English first (20) with French second (NCLC 5+ in every ability: 4) is
    // the most, 24, not the 28 of a result that could be read at any level.
    const tefLow = { ...tef("2025-03-01", 9), scores: { reading: 999, writing: 400, listening: 400, speaking: 400 } };
    expect(points({ languageTests: [celpip("2025-03-01", 8), tefLow] }).language).toMatchObject({
      points: 20,
      maximumReachable: 24,
    });
    // Speaking 300 (below NCLC 4) too: it can never be the second language (NCLC 5 in every ability).
    const tefLower = { ...tefLow, scores: { ...tefLow.scores, speaking: 300 } };
    expect(points({ languageTests: [celpip("2025-03-01", 8), tefLower] }).language).toMatchObject({
      points: 20,
      maximumReachable: 20,
    });
    // An English result read at its best: CELPIP reading 13 corrected to 12 (CLB 10+, 6), writing,
    // listening and speaking 7 (4 each): 6 + 4 + 4 + 4 = 18, below the valid CLB 8 result's 20.
    const celpipLow = { ...unreadableCelpip, scores: { reading: 13, writing: 7, listening: 7, speaking: 7 } };
    expect(points({ languageTests: [celpip("2025-03-01", 8), celpipLow] }).language).toMatchObject({
      points: 20,
      maximumReachable: 20,
    });
  });

  it("below CLB 7 with an unreadable result: counted as an answer at CLB 7 could leave it", () => {
    // CLB 9/4/9/9 is 6 + 0 + 6 + 6 = 18 but below FSW's minimum. Were the unreadable CELPIP read
    // at CLB 7 in every ability (4 × 4 = 16), it would meet the minimum and be scored first: 16.
    const l = points({ languageTests: [celpip("2025-03-01", { writing: 4 }), unreadableCelpip] }).language;
    expect(l).toMatchObject({ points: 16, maximumReachable: 24, missing: ["languageTests[1].scores.reading"] });
    expect(l.reason).toContain(
      "18 of 28. languageTests[1] (CELPIP-General, 2025-03-01) could not be read and might score more. Counted as 16 until then",
    );
    // A valid French result at NCLC 5+ would be its second language: 16 + 4 = 20, below 18 + 4; at
    // most the unreadable result at CLB 9+ (24) with French second (4).
    const withFrench = points({
      languageTests: [celpip("2025-03-01", { writing: 4 }), tef("2025-03-01", 5), unreadableCelpip],
    }).language;
    expect(withFrench).toMatchObject({ points: 20, maximumReachable: 28 });
    // Declared French first, the unreadable English result cannot be first: nothing to lower.
    const frenchFirst = points({
      firstOfficialLanguage: "french",
      languageTests: [tef("2025-03-01", { writing: 4 }), unreadableCelpip],
    }).language;
    expect(frenchFirst.points).toBe(18);
  });

  it("at the maximum already, an unreadable result leaves nothing missing", () => {
    // 24 (CLB 10 × 4) + 4 (NCLC 5+ in French) = 28 = the maximum: possible equals certain.
    const l = points({ languageTests: [celpip("2025-03-01", 10), tef("2025-03-01", 6), unreadableCelpip] }).language;
    expect(l).toMatchObject({ points: 28, maximumReachable: 28, missing: [] });
    expect(l.reason).toContain("28 of 28. languageTests[2] (CELPIP-General, 2025-03-01) could not be read");
  });

  it("French first with English second: NCLC levels, the second language's test and points", () => {
    // TEF at NCLC 9 except writing NCLC 4; CELPIP at CLB 5 in every ability.
    const l = points({
      firstOfficialLanguage: "french",
      languageTests: [celpip("2025-03-01", 5), tef("2025-03-01", { writing: 4 })],
    }).language;
    // Reading 6 + writing 0 (NCLC 4) + listening 6 + speaking 6 = 18, + 4 for CLB 5 in every English ability.
    expect(l).toStrictEqual({
      points: 22,
      maximumReachable: 22,
      maximum: 28,
      reason:
        "First official language French (languageTests[1] (TEF Canada, 2025-03-01)): reading NCLC 9 → 6, writing NCLC 4 → 0, listening NCLC 9 → 6, speaking NCLC 9 → 6 (below CLB 7 in an ability: FSW's minimum is not met); second official language English (languageTests[0] (CELPIP-General, 2025-03-01)) 5+ in every ability → 4. 22 of 28.",
      missing: [],
      firstLanguage: {
        language: "french",
        testPath: "languageTests[1]",
        levels: { reading: 9, writing: 4, listening: 9, speaking: 9 },
        perAbility: { reading: 6, writing: 0, listening: 6, speaking: 6 },
      },
      secondLanguage: { points: 4, testPath: "languageTests[0]" },
    });
  });

  it("writes a level below CLB 4 as 'below 4'", () => {
    const l = points({ languageTests: [celpip("2025-03-01", { reading: 3 })] }).language;
    expect(l.points).toBe(18);
    expect(l.reason).toContain("reading CLB below 4 → 0, writing CLB 9 → 6");
  });

  it("a second result in the same language is not a second official language", () => {
    const l = points({ languageTests: [celpip("2025-03-01", 9), celpip("2025-04-01", 9)] }).language;
    expect(l.secondLanguage).toStrictEqual({ points: 0 });
    expect(l.points).toBe(24);
  });

  it("an expired second-language result earns nothing", () => {
    expect(
      points({ languageTests: [celpip("2025-03-01", 9), tef("2023-01-01", 9)] }).language.secondLanguage,
    ).toStrictEqual({
      points: 0,
    });
  });

  it("between results worth the same, the first listed is scored", () => {
    const l = points({ languageTests: [celpip("2025-03-01", 9), celpip("2025-04-01", 9)] }).language;
    expect(l.firstLanguage?.testPath).toBe("languageTests[0]");
  });

  it("a result worth more replaces one listed earlier", () => {
    const l = points({ languageTests: [celpip("2025-03-01", 8), celpip("2025-04-01", 9)] }).language;
    expect(l.firstLanguage?.testPath).toBe("languageTests[1]");
    expect(l.points).toBe(24);
  });

  it("with no result at CLB 7 everywhere, the one worth the most is scored, marked below the minimum", () => {
    // English first: 6 + 6 + 6 + 0 (speaking 6) = 18, + 4 for NCLC 6 (5+) in French = 22.
    // French first: NCLC 6 earns 0 per ability, + 4 for CLB 5+ in English = 4. Neither meets CLB 7.
    const l = points({ languageTests: [tef("2025-03-01", 6), celpip("2025-03-01", { speaking: 6 })] }).language;
    expect(l.firstLanguage?.language).toBe("english");
    expect(l.points).toBe(18 + 4);
    expect(l.reason).toContain("(below CLB 7 in an ability: FSW's minimum is not met)");
  });
});

describe("education factor: each branch", () => {
  it("not given: 0 certain, 25 possible, from less than secondary to doctoral", () => {
    expect(points({ education: undefined }).education).toStrictEqual({
      points: 0,
      maximumReachable: 25,
      maximum: 25,
      reason: "Education is not given.",
      missing: ["education"],
      level: "less-than-secondary",
      possibleLevel: "doctoral",
    });
  });

  it("no credential counts", () => {
    expect(points({ education: [] }).education).toStrictEqual({
      points: 0,
      maximumReachable: 0,
      maximum: 25,
      reason: "Level: less than secondary school (no credential counts) → 0 of 25.",
      missing: [],
      level: "less-than-secondary",
      possibleLevel: "less-than-secondary",
    });
  });

  it("a foreign master's without an ECA date: 0 certain, 23 possible, saying why", () => {
    expect(points({ education: [{ level: "masters", inCanada: false }] }).education).toStrictEqual({
      points: 0,
      maximumReachable: 23,
      maximum: 25,
      reason:
        "Level: less than secondary school (no credential counts) → 0 of 25. Master's degree or professional degree (23) if the foreign credentials' ECAs are valid.",
      missing: ["education[0].ecaIssuedOn"],
      level: "less-than-secondary",
      possibleLevel: "masters",
    });
  });

  it("lists every credential that counts", () => {
    // A Canadian 2-year diploma and a foreign 4-year bachelor's with a valid ECA: two or more, 22.
    const e = points({
      education: [
        { level: "two-year", years: 2, inCanada: true },
        { level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: d("2024-01-10") },
      ],
    }).education;
    expect(e.reason).toBe(
      "Level: two or more credentials, one of them for a program of three years or longer (from education[0], education[1]) → 22 of 25.",
    );
  });
});

describe("experience and age factors: each branch", () => {
  it("work history not given: 0 certain, up to 15, workHistory missing", () => {
    expect(points({ workHistory: undefined }).experience).toStrictEqual({
      points: 0,
      maximumReachable: 15,
      maximum: 15,
      reason: "The work history is not given.",
      missing: ["workHistory"],
      years: 0,
      possibleYears: 10,
    });
  });

  it("one year is singular, none is plural", () => {
    expect(points({ workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)] }).experience.reason).toBe(
      "1,560 hours of skilled paid work in the 10 years before 2026-01-15 (2016-01-15 to 2026-01-14): 1 whole year → 9 of 15.",
    );
    expect(points({ workHistory: [] }).experience.reason).toBe(
      "0 hours of skilled paid work in the 10 years before 2026-01-15 (2016-01-15 to 2026-01-14): 0 whole years → 0 of 15.",
    );
  });

  it("date of birth not given: 0 certain, 12 possible", () => {
    expect(points({ dateOfBirth: undefined }).age).toStrictEqual({
      points: 0,
      maximumReachable: 12,
      maximum: 12,
      reason: "The date of birth is not given.",
      missing: ["dateOfBirth"],
    });
  });
});

describe("arranged employment factor: each verdict", () => {
  const offer = { noc: "21231", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" } as const;
  const PASS_REASON =
    "A full-time job offer of at least one year in skilled work: NOC 21231, 40 hours a week, permanent, supported by a positive Labour Market Impact Assessment. (Taken to be non-seasonal: whether it is seasonal is not answered, jobOffer.seasonal.)";

  it("pass: 10, the finding's reason; the adaptability element says so in its own words", () => {
    const p = points({ jobOffer: offer });
    expect(p.arrangedEmployment).toStrictEqual({
      points: 10,
      maximumReachable: 10,
      maximum: 10,
      reason: `${PASS_REASON} → 10.`,
      missing: [],
    });
    expect(element(p, "arranged-employment")).toMatchObject({
      verdict: "pass",
      reason: "Your job offer earns arranged-employment points.",
      points: 5,
      missing: [],
    });
    expect(p.adaptability.reason).toBe("Earned: arranged employment 5 → 5 of 10.");
  });

  it("unknown: 0 certain, 10 possible, the finding's reason and missing, in the element too", () => {
    const p = points({ jobOffer: undefined });
    const reason = "Whether you have a job offer is not answered (jobOffer).";
    expect(p.arrangedEmployment).toStrictEqual({
      points: 0,
      maximumReachable: 10,
      maximum: 10,
      reason,
      missing: ["jobOffer"],
    });
    expect(element(p, "arranged-employment")).toMatchObject({ verdict: "unknown", reason, missing: ["jobOffer"] });
    expect(p.adaptability).toMatchObject({ points: 0, maximumReachable: 5, missing: ["jobOffer"] });
  });

  it("fail: 0, the finding's reason", () => {
    expect(points({ jobOffer: { ...offer, hoursPerWeek: 29 } }).arrangedEmployment).toStrictEqual({
      points: 0,
      maximumReachable: 0,
      maximum: 10,
      reason: "The offer is for 29 hours a week; it must be full-time, 30 hours a week or more. → 0.",
      missing: [],
    });
  });

  it("the offer's support: an exempt work permit earns 10; none 0; left out 0 certain, 10 possible", () => {
    expect(points({ jobOffer: { ...offer, lmia: "exempt-work-permit" } }).arrangedEmployment).toStrictEqual({
      points: 10,
      maximumReachable: 10,
      maximum: 10,
      reason:
        "A full-time job offer of at least one year in skilled work: NOC 21231, 40 hours a week, permanent, made by the employer of your LMIA-exempt employer-specific work permit. (Taken to be non-seasonal: whether it is seasonal is not answered, jobOffer.seasonal.) → 10.",
      missing: [],
    });
    expect(points({ jobOffer: { ...offer, lmia: "none" } }).arrangedEmployment).toStrictEqual({
      points: 0,
      maximumReachable: 0,
      maximum: 10,
      reason:
        "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer. → 0.",
      missing: [],
    });
    const { lmia: _, ...unanswered } = offer;
    const p = points({ jobOffer: unanswered });
    const reason =
      "Whether the offer is supported by a positive Labour Market Impact Assessment or made by the employer of an employer-specific work permit you work under is not given (jobOffer.lmia).";
    expect(p.arrangedEmployment).toStrictEqual({
      points: 0,
      maximumReachable: 10,
      maximum: 10,
      reason,
      missing: ["jobOffer.lmia"],
    });
    expect(element(p, "arranged-employment")).toMatchObject({ verdict: "unknown", reason, missing: ["jobOffer.lmia"] });
  });
});

describe("adaptability: whether there is an accompanying spouse", () => {
  const spouseElements = (p: Explained<FswSelectionPoints>) =>
    p.adaptability.elements
      .filter((e) => e.id.startsWith("spouse-"))
      .map((e) => ({ verdict: e.verdict, reason: e.reason, missing: e.missing }));

  it("a spouse not coming: every spouse element fails", () => {
    const p = points({ ...married({ accompanying: false, languageTests: [celpip("2025-03-01", 9)] }) });
    const fail = { verdict: "fail", reason: "Your spouse or partner is not coming with you.", missing: [] };
    expect(spouseElements(p)).toEqual([fail, fail, fail]);
  });

  // IRPR s. 83(1) gives the spouse's elements to an accompanying spouse: a Canadian citizen or
  // permanent resident does not immigrate with the candidate, so CLB 9, Canadian study and two years
  // of Canadian work earn nothing, whether or not the marital status is answered.
  it("a spouse who is a citizen or permanent resident: every spouse element fails", () => {
    const citizen = {
      canadianCitizenOrPermanentResident: true,
      languageTests: [celpip("2025-03-01", 9)],
      studiedInCanadaTwoYearsFullTime: true,
    };
    const fail = {
      verdict: "fail",
      reason:
        "Your spouse or partner is a Canadian citizen or permanent resident: the spouse's adaptability elements count only for a spouse or partner who immigrates with you.",
      missing: [],
    };
    const p = points({ ...married(citizen) });
    expect(spouseElements(p)).toEqual([fail, fail, fail]);
    expect(p.adaptability.points).toBe(0);
    const statusOpen = explained(
      fswSelectionPoints(without(fswCandidate(married(citizen)), "maritalStatus"), { asOf: ASOF }),
    );
    expect(spouseElements(statusOpen)).toEqual([fail, fail, fail]);
  });

  it("married or common-law without spouse details: undecided, spouse missing once", () => {
    for (const maritalStatus of ["married", "common-law"] as const) {
      const p = points({ maritalStatus, spouse: undefined });
      const open = {
        verdict: "unknown",
        reason: "Your spouse or partner's details are not given (spouse).",
        missing: ["spouse"],
      };
      expect(spouseElements(p)).toEqual([open, open, open]);
      // 15 possible from the spouse elements; the missing paths are listed once.
      expect(p.adaptability).toMatchObject({ points: 0, maximumReachable: 10, missing: ["spouse"] });
      expect(p.missing).toEqual(["spouse"]);
    }
  });

  it("no marital status and no spouse: undecided, both paths missing", () => {
    const p = points({ maritalStatus: undefined, spouse: undefined });
    const open = {
      verdict: "unknown",
      reason: "Marital status is not given (maritalStatus).",
      missing: ["maritalStatus", "spouse"],
    };
    expect(spouseElements(p)).toEqual([open, open, open]);
  });

  it("single, divorced or widowed with no spouse given: fails, naming the status", () => {
    for (const maritalStatus of ["single", "divorced", "widowed"] as const) {
      const p = points({ maritalStatus, spouse: undefined });
      const fail = { verdict: "fail", reason: `Marital status ${maritalStatus}: no spouse or partner.`, missing: [] };
      expect(spouseElements(p)).toEqual([fail, fail, fail]);
    }
  });
});

describe("adaptability: the spouse's language", () => {
  it("CLB 4 in every ability: pass, naming the test", () => {
    expect(element(points(married({ languageTests: [celpip("2025-03-01", 4)] })), "spouse-language")).toStrictEqual({
      id: "spouse-language",
      title: titleOf("spouse-language"),
      points: 5,
      verdict: "pass",
      reason: "spouse.languageTests[0] (CELPIP-General, 2025-03-01): CLB/NCLC 4 or more in every ability.",
      missing: [],
    });
  });

  it("tests not given: undecided", () => {
    const { languageTests: _, ...noTests } = spouse();
    expect(element(points({ maritalStatus: "married", spouse: noTests }), "spouse-language")).toMatchObject({
      verdict: "unknown",
      reason: "Your spouse's language tests are not given (spouse.languageTests).",
      missing: ["spouse.languageTests"],
    });
  });

  it("an unreadable test and none at CLB 4: undecided, the score to correct missing (as the CRS asks it)", () => {
    const e = element(
      points(married({ languageTests: [celpip("2025-03-01", 3), unreadableCelpip] })),
      "spouse-language",
    );
    expect(e).toMatchObject({
      verdict: "unknown",
      reason: "spouse.languageTests[1] (CELPIP-General, 2025-03-01) could not be read.",
      missing: ["spouse.languageTests[1].scores.reading"],
    });
  });

  it("two unreadable tests: both named, each score to correct missing", () => {
    const e = element(
      points(married({ languageTests: [unreadableCelpip, { ...unreadableCelpip, testedOn: d("2025-04-01") }] })),
      "spouse-language",
    );
    expect(e).toMatchObject({
      verdict: "unknown",
      reason:
        "spouse.languageTests[0] (CELPIP-General, 2025-03-01), spouse.languageTests[1] (CELPIP-General, 2025-04-01) could not be read.",
      missing: ["spouse.languageTests[0].scores.reading", "spouse.languageTests[1].scores.reading"],
    });
  });

  it("a score to correct with another ability below CLB 4: fail, nothing to ask", () => {
    // Reading 13 is off the scale; speaking 3 is below CLB 4 whatever reading is corrected to.
    const short = celpip("2025-03-01", { reading: 13, speaking: 3 });
    expect(element(points(married({ languageTests: [short] })), "spouse-language")).toMatchObject({
      verdict: "fail",
      missing: [],
    });
  });

  it("no test at CLB 4 in every ability: fail", () => {
    expect(element(points(married({ languageTests: [] })), "spouse-language")).toMatchObject({
      verdict: "fail",
      reason: "Your spouse has no valid test result with CLB/NCLC 4 or more in every ability.",
      missing: [],
    });
  });
});

describe("adaptability: study in Canada", () => {
  const study = (education: Candidate["education"]) => element(points({ education }), "your-study-in-canada");
  const PASS_2 =
    "education[0] (a Canadian two-year program) is from a program of 2 years: taken as two or more academic years of full-time study in Canada.";

  it("a Canadian program of exactly 2 years: pass; of 1 year: fail", () => {
    expect(study([{ level: "two-year", years: 2, inCanada: true }])).toMatchObject({
      verdict: "pass",
      reason: PASS_2,
      missing: [],
    });
    expect(study([{ level: "masters", years: 1, inCanada: true }])).toMatchObject({
      verdict: "fail",
      reason: NO_STUDY,
    });
    // A two-year diploma is a program of two years by its level: a `years` that says less does not
    // undo it (answering it can only add, never take away, points).
    expect(study([{ level: "two-year", years: 1, inCanada: true }])?.verdict).toBe("pass");
  });

  it("without years, the level decides when it implies two years; else the length is asked", () => {
    expect(study([{ level: "two-year", inCanada: true }])?.reason).toBe(
      "education[0] (a Canadian two-year program) is from a program of two or more years: taken as two or more academic years of full-time study in Canada.",
    );
    for (const level of ["three-year-or-longer", "doctoral"] as const) {
      expect(study([{ level, inCanada: true }])?.verdict).toBe("pass");
    }
    // A bachelor's may be a one-year program: its length is asked.
    expect(study([{ level: "bachelors", inCanada: true }])).toMatchObject({
      verdict: "unknown",
      missing: ["education[0].years"],
    });
    expect(study([{ level: "one-year", inCanada: true }])).toMatchObject({
      verdict: "unknown",
      reason: `The length of your Canadian program is not given (education[0].years). ${EARNS_STUDY}`,
      missing: ["education[0].years"],
    });
    expect(
      study([
        { level: "secondary", inCanada: true },
        { level: "one-year", years: 1, inCanada: true },
        { level: "masters", inCanada: true },
      ]),
    ).toMatchObject({
      verdict: "unknown",
      reason: `The length of your Canadian programs is not given (education[0].years, education[2].years). ${EARNS_STUDY}`,
      missing: ["education[0].years", "education[2].years"],
    });
  });

  it("foreign credentials and credentials completed after asOf do not count; completed on asOf does", () => {
    expect(study([{ level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: d("2024-01-10") }])?.verdict).toBe(
      "fail",
    );
    expect(study([{ level: "two-year", years: 2, inCanada: true, completedOn: d("2026-01-16") }])?.verdict).toBe(
      "fail",
    );
    expect(study([{ level: "two-year", years: 2, inCanada: true, completedOn: ASOF }])).toMatchObject({
      verdict: "pass",
      reason: PASS_2,
    });
    // The first credential that earns the element is named.
    expect(
      study([
        { level: "one-year", years: 1, inCanada: true },
        { level: "bachelors", years: 4, inCanada: true },
      ])?.reason,
    ).toBe(
      "education[1] (a Canadian bachelor's degree) is from a program of 4 years: taken as two or more academic years of full-time study in Canada.",
    );
  });

  it("education not given: undecided, for you and for your spouse", () => {
    const p = points({ education: undefined, ...married({ education: undefined }) });
    expect(element(p, "your-study-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: `Your education is not given (education). ${EARNS_STUDY}`,
      missing: ["education"],
    });
    expect(element(p, "spouse-study-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: `Your spouse's education is not given (spouse.education). ${EARNS_STUDY}`,
      missing: ["spouse.education"],
    });
    // `education` is missing from two factors and listed once.
    expect(p.missing.filter((m) => m === "education")).toEqual(["education"]);
  });

  it("the spouse's programs are named with the spouse's paths and words", () => {
    const p = points(married({ education: [{ level: "one-year", inCanada: true }] }));
    expect(element(p, "spouse-study-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: `The length of your spouse's Canadian program is not given (spouse.education[0].years). ${EARNS_STUDY}`,
      missing: ["spouse.education[0].years"],
    });
    expect(element(points(married({ education: [] })), "spouse-study-in-canada")?.reason).toBe(
      "Your spouse's credentials include no Canadian credential of a program of two years or more, and your spouse did not complete two academic years of full-time study in Canada (spouse.studiedInCanadaTwoYearsFullTime: false).",
    );
  });
});

describe("adaptability: your work in Canada", () => {
  it("one year: pass, the hours in the reason", () => {
    expect(
      element(points({ workHistory: [jobEndingBefore("21231", "CA", ASOF, 12)] }), "your-work-in-canada"),
    ).toMatchObject({
      verdict: "pass",
      reason: `1,560 hours of ${WORK_LABEL}: at least one year (1,560 hours).`,
      points: 10,
    });
  });

  it("two jobs whose authorisation is not answered: both paths, in order", () => {
    const p = points({
      workHistory: [
        job("21231", "CA", "2025-07-01", "2025-12-31", 40, undecided),
        job("21231", "CA", "2025-01-01", "2025-06-30", 40, undecided),
      ],
    });
    expect(element(p, "your-work-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: `0 hours of ${WORK_LABEL} certainly count; up to 1,560 hours depending on the answers to workHistory[0].authorized, workHistory[1].authorized. One year (1,560 hours) is needed.`,
      missing: ["workHistory[0].authorized", "workHistory[1].authorized"],
    });
  });

  it("no work history given: any number of hours could count", () => {
    const p = points({ workHistory: undefined });
    expect(element(p, "your-work-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: `0 hours of ${WORK_LABEL} certainly count; up to any number of hours depending on the answers to workHistory. One year (1,560 hours) is needed.`,
      missing: ["workHistory"],
    });
  });

  it("a year whose authorisation is not answered: undecided, up to the year", () => {
    const p = points({
      workHistory: [jobEndingBefore("21231", "CA", ASOF, 12, 40, { authorized: undefined } as never)],
    });
    expect(element(p, "your-work-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: `0 hours of ${WORK_LABEL} certainly count; up to 1,560 hours depending on the answers to workHistory[0].authorized. One year (1,560 hours) is needed.`,
      missing: ["workHistory[0].authorized"],
    });
    expect(p.adaptability).toMatchObject({ points: 0, maximumReachable: 10, missing: ["workHistory[0].authorized"] });
  });
});

describe("adaptability: your spouse's work in Canada", () => {
  const spouseWork = (workHistory: Spouse["workHistory"]) =>
    element(points(married({ workHistory })), "spouse-work-in-canada");

  it("a year at exactly 30 hours a week, going on past asOf: pass, counted to the day before asOf", () => {
    expect(spouseWork([job("65200", "CA", "2025-01-15", undefined, 30)])).toMatchObject({
      verdict: "pass",
      reason: `1,560 hours of ${SPOUSE_WORK_LABEL}: at least one year (1,560 hours).`,
    });
    expect(spouseWork([job("65200", "CA", "2025-01-15", "2026-06-30", 30)])?.verdict).toBe("pass");
  });

  it("29 hours a week, work abroad, unauthorised work, or work from asOf on: fail", () => {
    const fail = { verdict: "fail", reason: `0 hours of ${SPOUSE_WORK_LABEL}; one year (1,560 hours) is needed.` };
    expect(spouseWork([job("65200", "CA", "2024-01-15", "2026-01-14", 29)])).toMatchObject(fail);
    expect(spouseWork([job("65200", "IN", "2024-01-15", "2026-01-14")])).toMatchObject(fail);
    expect(spouseWork([job("65200", "CA", "2024-01-15", "2026-01-14", 40, { authorized: false })])).toMatchObject(fail);
    expect(spouseWork([job("65200", "CA", "2026-01-15", undefined)])).toMatchObject(fail);
  });

  it("a job ending before asOf counts to its end", () => {
    // 2024-07-15 to 2025-07-14: one year; then it ended.
    expect(spouseWork([job("65200", "CA", "2024-07-15", "2025-07-14")])).toMatchObject({
      verdict: "pass",
      reason: `1,560 hours of ${SPOUSE_WORK_LABEL}: at least one year (1,560 hours).`,
    });
    // Eleven months only.
    expect(spouseWork([job("65200", "CA", "2024-08-15", "2025-07-14")])?.verdict).toBe("fail");
  });

  it("authorisation not answered: undecided, only the full-time (30+ hours) undecided jobs' paths missing", () => {
    // Certain: 1 month authorised (130 hours). Possible: + 12 months at exactly 30 hours a week
    // whose authorisation is not answered (1,560). A 20-hour job, undecided too, cannot count.
    expect(
      spouseWork([
        job("65200", "CA", "2025-01-15", "2026-01-14", 30, undecided),
        job("65200", "CA", "2023-01-15", "2024-01-14", 20, undecided),
        job("65200", "CA", "2022-01-01", "2022-01-31"),
      ]),
    ).toMatchObject({
      verdict: "unknown",
      reason: `130 hours of ${SPOUSE_WORK_LABEL} certainly count; up to 1,690 hours depending on the answers to spouse.workHistory[0].authorized. One year (1,560 hours) is needed.`,
      missing: ["spouse.workHistory[0].authorized"],
    });
  });

  it("a job ending on asOf is counted to the day before", () => {
    expect(spouseWork([job("65200", "CA", "2025-01-15", "2026-01-15")])).toMatchObject({
      verdict: "pass",
      reason: `1,560 hours of ${SPOUSE_WORK_LABEL}: at least one year (1,560 hours).`,
    });
  });

  it("authorisation not answered but already a year authorised: pass, nothing missing", () => {
    expect(
      spouseWork([
        job("65200", "CA", "2025-01-15", "2026-01-14"),
        job("65200", "CA", "2023-01-15", "2024-01-14", 40, { authorized: undefined } as never),
      ]),
    ).toMatchObject({ verdict: "pass", missing: [] });
  });

  it("work history not given: undecided", () => {
    const { workHistory: _, ...noHistory } = spouse();
    expect(element(points({ maritalStatus: "married", spouse: noHistory }), "spouse-work-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: "Your spouse's work history is not given (spouse.workHistory).",
      missing: ["spouse.workHistory"],
    });
  });
});

describe("adaptability: relatives, the sum and the cap", () => {
  it("a sibling in Canada: pass; another relative: pass; relativeInCanada not answered: undecided", () => {
    const SIBLING =
      "You have a brother or sister in Canada who is a citizen or permanent resident (siblingInCanada); a sibling is one of the relatives that count.";
    const RELATIVE =
      "You or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (relativeInCanada).";
    const OPEN =
      "Whether you or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (a parent, grandparent, child, grandchild, brother or sister, aunt or uncle, niece or nephew) is not answered (relativeInCanada)";
    // A sibling earns the element whatever relativeInCanada says (true in either passes).
    for (const relativeInCanada of [undefined, false]) {
      expect(element(points({ siblingInCanada: true, relativeInCanada }), "relatives-in-canada")).toMatchObject({
        verdict: "pass",
        reason: SIBLING,
        missing: [],
      });
    }
    for (const siblingInCanada of [true, false, undefined]) {
      expect(element(points({ siblingInCanada, relativeInCanada: true }), "relatives-in-canada")).toMatchObject({
        verdict: "pass",
        reason: RELATIVE,
        missing: [],
      });
    }
    // relativeInCanada: false answers for siblings too.
    expect(element(points({ siblingInCanada: undefined }), "relatives-in-canada")).toMatchObject({
      verdict: "fail",
      reason: NO_RELATIVE,
      missing: [],
    });
    expect(element(points({ relativeInCanada: undefined }), "relatives-in-canada")).toMatchObject({
      verdict: "unknown",
      reason: `${OPEN}; no brother or sister, but the other relatives count too.`,
      missing: ["relativeInCanada"],
    });
    expect(
      element(points({ siblingInCanada: undefined, relativeInCanada: undefined }), "relatives-in-canada"),
    ).toMatchObject({ verdict: "unknown", reason: `${OPEN}.`, missing: ["relativeInCanada"] });
  });

  it("exactly 10 earned is not capped; 15 is, and the reason says so", () => {
    const study = { level: "two-year", years: 2, inCanada: true } as const;
    const ten = points({ siblingInCanada: true, education: [study] });
    expect(ten.adaptability).toMatchObject({
      points: 10,
      uncapped: 10,
      reason: "Earned: your study in Canada 5, relatives in Canada 5 → 10 of 10.",
    });
    const fifteen = points({
      siblingInCanada: true,
      education: [study],
      jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" },
    });
    expect(fifteen.adaptability).toMatchObject({
      points: 10,
      maximumReachable: 10,
      uncapped: 15,
      reason:
        "Earned: your study in Canada 5, arranged employment 5, relatives in Canada 5 (15, capped at 10) → 10 of 10.",
    });
  });

  it("possible adaptability adds the undecided elements, not the failed ones", () => {
    // Relatives undecided (5), everything else failed: 0 certain, 5 possible.
    expect(points({ relativeInCanada: undefined }).adaptability).toMatchObject({
      points: 0,
      maximumReachable: 5,
      missing: ["relativeInCanada"],
      reason: "No element earned → 0 of 10.",
    });
    // A sibling (5 certain) and an undecided offer (5 more possible).
    expect(points({ siblingInCanada: true, jobOffer: undefined }).adaptability).toMatchObject({
      points: 5,
      maximumReachable: 10,
    });
  });

  it("at 10 certain, undecided elements add nothing and nothing is missing", () => {
    const p = points({
      siblingInCanada: true,
      education: [{ level: "two-year", years: 2, inCanada: true }],
      jobOffer: undefined,
    });
    expect(p.adaptability).toMatchObject({ points: 10, maximumReachable: 10, missing: [] });
  });
});

describe("fswSelectionPoints: asOf is required", () => {
  it("InvalidAsOfError without asOf", () => {
    expect(() => fswSelectionPoints(fswCandidate(), {} as never)).toThrow(
      /^asOf is required: the day the rules apply on/,
    );
  });
});

describe("the total and the verdict at the pass mark", () => {
  // Age 36 (11) + CLB 9 (24) + bachelor's (21) + 2 years (11) = 67.
  const at67 = { dateOfBirth: addYears(ASOF, -36), workHistory: [jobEndingBefore("21231", "IN", ASOF, 24)] };

  it("exactly 67 passes; 66 (age 37: 10) fails", () => {
    expect(points(at67)).toMatchObject({ total: 67, maximumReachable: 67, verdict: "pass", passes: true });
    expect(points({ ...at67, dateOfBirth: addYears(ASOF, -37) })).toMatchObject({
      total: 66,
      maximumReachable: 66,
      verdict: "fail",
      passes: false,
      missing: [],
    });
  });

  it("at most exactly 67 is undecided; at most 66 fails", () => {
    // CLB 9 (24) + 1 year (9) + age 36 (11) = 44 certain; a foreign master's without an ECA date could add 23: 67.
    const base = {
      education: [{ level: "masters", inCanada: false }] as Candidate["education"],
      workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)],
      dateOfBirth: addYears(ASOF, -36),
    };
    expect(points(base)).toMatchObject({
      total: 44,
      maximumReachable: 67,
      verdict: "unknown",
      passes: false,
      missing: ["education[0].ecaIssuedOn"],
    });
    expect(points({ ...base, dateOfBirth: addYears(ASOF, -37) })).toMatchObject({
      total: 43,
      maximumReachable: 66,
      verdict: "fail",
      passes: false,
    });
  });
});

describe("fswSelectionPoints: open for want of data, not of answers", () => {
  // A TCF Canada result of 2017-09-17: no TCF chart this library knows covers that day, so the
  // French points are open with nothing to ask. Doctorate 25, six years of work 15, age 28 on
  // 2018-06-01 12, a relative in Canada 5: 57 certain; with French at its best (24) 81.
  it("says uncertain when the verdict is open and nothing is missing", () => {
    const p = fswSelectionPoints(
      fswCandidate({
        dateOfBirth: d("1990-01-01"),
        education: [
          { level: "doctoral", years: 4, inCanada: false, completedOn: d("2015-06-01"), ecaIssuedOn: d("2017-01-10") },
        ],
        languageTests: [
          {
            test: "tcf-canada",
            testedOn: d("2017-09-17"),
            scores: { reading: 500, writing: 12, listening: 500, speaking: 12 },
          },
        ],
        firstOfficialLanguage: "french",
        workHistory: [job("2173", "IN", "2012-01-01", "2018-05-01")],
        relativeInCanada: true,
      }),
      { asOf: d("2018-06-01") },
    );
    expect(p).toMatchObject({ verdict: "unknown", total: 57, maximumReachable: 81, missing: [], uncertain: true });
    // Answered and decided: no flag.
    expect(points().uncertain).toBeUndefined();
  });

  it("says uncertain when the bounds differ with nothing missing, even when the verdict is decided", () => {
    // An IELTS result of 2014-10-01, before the first chart known: 0 certain, up to 24 (CLB 9+ in
    // all four: 6 × 4); the rest of the grid cannot reach 67 with it, so the verdict is fail.
    const p = fswSelectionPoints(
      fswCandidate({
        dateOfBirth: d("1990-01-01"),
        languageTests: [
          {
            test: "ielts-general",
            testedOn: d("2014-10-01"),
            scores: { reading: 7, writing: 7, listening: 7, speaking: 7 },
          },
        ],
      }),
      { asOf: d("2015-06-01") },
    );
    expect(p.missing).toEqual([]);
    // Age 25 on 2015-06-01 (12); language 0 certain, up to 24.
    expect([p.total, p.maximumReachable, p.language.points, p.language.maximumReachable]).toEqual([12, 36, 0, 24]);
    expect([p.verdict, p.uncertain]).toEqual(["fail", true]);
  });
});
