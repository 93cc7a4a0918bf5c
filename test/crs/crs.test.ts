// crsFactors / calculateCrs / crsImprovements: how a candidate becomes factors on a date, what is
// missing, what is an issue, and the errors of the low-level functions.

import { describe, expect, it } from "vitest";
import { addDays } from "../../src/core/calendar.js";
import { type IsoDate, isoDate } from "../../src/core/iso-date.js";
import {
  type CrsFactors,
  CrsInputError,
  calculateCrs,
  crsFactors,
  crsImprovements,
  crsTablesAsOf,
  scoreCrs,
} from "../../src/crs/index.js";
import type { Candidate, EducationCredential, LanguageTest, WorkExperience } from "../../src/models/index.js";

const ASOF = isoDate("2026-01-15");
const celpip = (r: number, w: number, l: number, s: number, testedOn = "2025-03-01"): LanguageTest => ({
  test: "celpip-general",
  testedOn: isoDate(testedOn),
  scores: { reading: r, writing: w, listening: l, speaking: s },
});
const tef7 = (testedOn = "2025-04-01"): LanguageTest => ({
  test: "tef-canada",
  testedOn: isoDate(testedOn),
  scores: { reading: 450, writing: 450, listening: 450, speaking: 470 },
});
const job = (over: Partial<WorkExperience> = {}): WorkExperience => ({
  noc: "21231",
  country: "CA",
  from: isoDate("2023-12-01"),
  hoursPerWeek: 40,
  engagement: "employee",
  authorized: true,
  fullTimeStudent: false,
  ...over,
});
const cred = (level: EducationCredential["level"], over: Partial<EducationCredential> = {}): EducationCredential => ({
  level,
  inCanada: false,
  ecaIssuedOn: isoDate("2023-05-01"),
  ...over,
});
const COMPLETE: Candidate = {
  dateOfBirth: isoDate("1996-01-01"),
  maritalStatus: "single",
  education: [cred("masters")],
  languageTests: [celpip(9, 9, 9, 9)],
  workHistory: [job(), job({ country: "IN", from: isoDate("2019-01-01"), to: isoDate("2022-12-31") })],
  certificateOfQualification: null,
  jobOffer: null,
  provincialNomination: null,
  siblingInCanada: false,
};
function factorsOf(candidate: Candidate, asOf: IsoDate = ASOF) {
  const r = crsFactors(candidate, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}
function totalOf(candidate: Candidate, asOf: IsoDate = ASOF) {
  const r = calculateCrs(candidate, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("asOf", () => {
  it("before the CRS began is an issue for the candidate functions, and a CrsInputError for scoreCrs", () => {
    for (const fn of [crsFactors, calculateCrs, crsImprovements]) {
      const r = fn(COMPLETE, { asOf: isoDate("2014-12-31") });
      expect(r).toEqual({
        ok: false,
        issues: [{ path: "asOf", code: "before_crs", message: expect.stringContaining("2015-01-01") }],
      });
    }
    expect(calculateCrs(COMPLETE, { asOf: isoDate("2015-01-01") }).ok).toBe(true);
    const factors = factorsOf(COMPLETE);
    expect(() => scoreCrs(factors, { asOf: isoDate("2014-12-31") })).toThrow(CrsInputError);
    try {
      scoreCrs(factors, { asOf: isoDate("2014-12-31") });
    } catch (error) {
      expect(error).toMatchObject({ name: "CrsInputError", code: "before_crs", path: "asOf" });
    }
    expect(() => crsTablesAsOf(isoDate("2014-12-31"))).toThrow(CrsInputError);
  });

  it("missing or not a calendar date", () => {
    expect(calculateCrs(COMPLETE, {} as { asOf: IsoDate })).toMatchObject({
      ok: false,
      issues: [{ path: "asOf", code: "required" }],
    });
    expect(calculateCrs(COMPLETE, { asOf: "2025-02-30" as IsoDate })).toMatchObject({
      ok: false,
      issues: [{ path: "asOf", code: "invalid_date" }],
    });
    expect(calculateCrs(COMPLETE, { asOf: new Date(Number.NaN) })).toMatchObject({
      ok: false,
      issues: [{ path: "asOf" }],
    });
    expect(() => scoreCrs(factorsOf(COMPLETE), {} as { asOf: IsoDate })).toThrow(/asOf is required/);
  });

  it("a Date is read as its calendar day", () => {
    const r = totalOf(COMPLETE, new Date(2026, 0, 15) as unknown as IsoDate);
    expect(r.asOf).toBe("2026-01-15");
  });
});

describe("scoreCrs rejects factors outside their domain", () => {
  const f = (): CrsFactors => {
    const { ok: _ok, ...rest } = factorsOf(COMPLETE);
    return rest;
  };
  it.each([
    ["factors.age", { age: 29.5 }],
    ["factors.age", { age: -1 }],
    ["factors.education", { education: "phd" }],
    ["factors.firstLanguage.writing", { firstLanguage: { reading: 9, writing: 13, listening: 9, speaking: 9 } }],
    [
      "factors.firstLanguage.speaking",
      { firstLanguage: { reading: 9, writing: 9, listening: 9, speaking: Number.NaN } },
    ],
    ["factors.canadianWorkYears", { canadianWorkYears: 1.5 }],
    ["factors.foreignWorkYears", { foreignWorkYears: -2 }],
    ["factors.arrangedEmployment", { arrangedEmployment: "yes" }],
    ["factors.canadianEducation", { canadianEducation: "masters" }],
    ["factors.siblingInCanada", { siblingInCanada: "yes" }],
    ["factors.spouse.canadianWorkYears", { spouse: { education: "bachelors", canadianWorkYears: 0.5 } }],
  ])("%s", (path, change) => {
    expect(() => scoreCrs({ ...f(), ...(change as Partial<CrsFactors>) }, { asOf: ASOF })).toThrow(
      expect.objectContaining({ code: "invalid_factor", path }),
    );
  });
});

describe("age", () => {
  it("is whole years on asOf, dropping on the 30th birthday", () => {
    const c = { ...COMPLETE, dateOfBirth: isoDate("1996-05-01") };
    expect(factorsOf(c, isoDate("2026-04-30")).age).toBe(29);
    expect(factorsOf(c, isoDate("2026-05-01")).age).toBe(30);
    expect(totalOf(c, isoDate("2026-04-30")).core.age).toBe(110);
    expect(totalOf(c, isoDate("2026-05-01")).core.age).toBe(105);
  });

  it("born on 29 February turns a year older on 1 March in a common year", () => {
    const c = { ...COMPLETE, dateOfBirth: isoDate("1996-02-29") };
    expect(factorsOf(c, isoDate("2026-02-28")).age).toBe(29);
    expect(factorsOf(c, isoDate("2026-03-01")).age).toBe(30);
  });

  it("a date of birth after asOf is an issue, not an age", () => {
    expect(calculateCrs({ ...COMPLETE, dateOfBirth: isoDate("2026-01-16") }, { asOf: ASOF })).toEqual({
      ok: false,
      issues: [{ path: "dateOfBirth", code: "born_after_as_of", message: expect.any(String) }],
    });
  });

  it("no date of birth: no age points and dateOfBirth is missing", () => {
    const { dateOfBirth: _, ...rest } = COMPLETE;
    const r = totalOf(rest);
    expect(r.core.age).toBe(0);
    expect(r.missing).toEqual(["dateOfBirth"]);
    expect(factorsOf(rest).age).toBeUndefined();
  });
});

describe("spouse columns", () => {
  const spouse = (accompanying: boolean, pr: boolean) => ({
    accompanying,
    canadianCitizenOrPermanentResident: pr,
    education: [cred("bachelors")],
    languageTests: [celpip(7, 7, 7, 7)],
    workHistory: [],
  });
  it.each([
    ["single", { maritalStatus: "single" }, false, []],
    ["divorced with a spouse entry", { maritalStatus: "divorced", spouse: spouse(true, false) }, false, []],
    ["separated", { maritalStatus: "separated", spouse: spouse(true, false) }, false, []],
    ["married, accompanying, foreign national", { maritalStatus: "married", spouse: spouse(true, false) }, true, []],
    [
      "common-law, accompanying, foreign national",
      { maritalStatus: "common-law", spouse: spouse(true, false) },
      true,
      [],
    ],
    ["married, accompanying, permanent resident", { maritalStatus: "married", spouse: spouse(true, true) }, false, []],
    ["married, not accompanying", { maritalStatus: "married", spouse: spouse(false, false) }, false, []],
    ["married, spouse: null", { maritalStatus: "married", spouse: null }, false, []],
    ["married, spouse not answered", { maritalStatus: "married" }, undefined, ["spouse"]],
    [
      // The status could still be one without spouse factors (single, divorced, ...): open.
      "marital status not answered, a spouse described",
      { maritalStatus: undefined, spouse: spouse(true, false) },
      undefined,
      ["maritalStatus"],
    ],
    ["neither answered", { maritalStatus: undefined }, undefined, ["maritalStatus"]],
  ] as const)("%s", (_, change, applies, missing) => {
    const candidate = { ...COMPLETE, ...change } as Candidate;
    if (change.maritalStatus === undefined) delete (candidate as { maritalStatus?: unknown }).maritalStatus;
    const f = factorsOf(candidate);
    expect(f.spouseFactorApplies).toBe(applies);
    expect(f.missing).toEqual(missing);
    expect(f.spouse !== undefined).toBe(applies === true);
  });

  it("an accompanying spouse's unanswered fields are missing, and score nothing", () => {
    const f = factorsOf({
      ...COMPLETE,
      maritalStatus: "married",
      spouse: { accompanying: true, canadianCitizenOrPermanentResident: false },
    });
    expect(f.spouse).toEqual({ education: "less-than-secondary", canadianWorkYears: 0 });
    expect(f.missing).toEqual(["spouse.education", "spouse.languageTests", "spouse.workHistory"]);
  });

  it("a spouse's off-scale test score is an issue under spouse.languageTests", () => {
    const r = calculateCrs(
      {
        ...COMPLETE,
        maritalStatus: "married",
        spouse: {
          accompanying: true,
          canadianCitizenOrPermanentResident: false,
          languageTests: [
            {
              test: "ielts-general",
              testedOn: isoDate("2025-05-01"),
              scores: { reading: 6.25, writing: 6, listening: 6, speaking: 6 },
            },
          ],
        },
      },
      { asOf: ASOF },
    );
    expect(r).toMatchObject({
      ok: false,
      issues: [{ path: "spouse.languageTests[0].scores.reading", code: "off_scale" }],
    });
  });
});

describe("education", () => {
  const level = (education: EducationCredential[], asOf: IsoDate = ASOF) => factorsOf({ ...COMPLETE, education }, asOf);

  it.each([
    ["secondary", [cred("secondary")], "secondary"],
    ["one-year", [cred("one-year")], "one-year"],
    ["two-year", [cred("two-year")], "two-year"],
    ["bachelor's", [cred("bachelors")], "bachelors"],
    ["a three-year diploma", [cred("three-year-or-longer")], "bachelors"],
    ["a professional degree", [cred("professional-degree")], "masters"],
    ["master's", [cred("masters")], "masters"],
    ["doctoral", [cred("doctoral")], "doctoral"],
    ["bachelor's + one-year certificate: two or more", [cred("bachelors"), cred("one-year")], "two-or-more"],
    ["two-year + three-year diploma: two or more", [cred("two-year"), cred("three-year-or-longer")], "two-or-more"],
    ["two two-year diplomas: no 3-year program", [cred("two-year"), cred("two-year")], "two-year"],
    [
      "a 2-year bachelor's + one-year: no 3-year program",
      [cred("bachelors", { years: 2 }), cred("one-year")],
      "bachelors",
    ],
    ["secondary + bachelor's: only one post-secondary", [cred("secondary"), cred("bachelors")], "bachelors"],
    ["master's + bachelor's: the master's ranks higher", [cred("masters"), cred("bachelors")], "masters"],
    ["none", [], "less-than-secondary"],
  ] as const)("%s", (_, credentials, expected) => {
    const f = level([...credentials]);
    expect(f.education).toBe(expected);
    expect(f.missing).toEqual([]);
  });

  it("a foreign credential without an ECA date is unanswered: not counted, its path missing", () => {
    const f = level([cred("secondary"), { level: "masters", inCanada: false }]);
    expect(f.education).toBe("secondary");
    expect(f.missing).toEqual(["education[1].ecaIssuedOn"]);
    // Not listed when it could not raise the level.
    expect(level([cred("doctoral"), { level: "masters", inCanada: false }]).missing).toEqual([]);
  });

  it("an ECA counts for five years: from its issue date to the day before its fifth anniversary", () => {
    const c = [cred("bachelors", { ecaIssuedOn: isoDate("2021-03-10") })];
    expect(level(c, isoDate("2026-03-09")).education).toBe("bachelors");
    expect(level(c, isoDate("2026-03-10")).education).toBe("less-than-secondary");
    expect(level(c, isoDate("2026-03-10")).missing).toEqual([]);
    expect(level(c, isoDate("2021-03-09")).education).toBe("less-than-secondary"); // not yet issued
  });

  it("a credential completed after asOf does not count yet", () => {
    const c = [cred("masters", { completedOn: isoDate("2026-05-01") }), cred("bachelors")];
    expect(level(c).education).toBe("bachelors");
    expect(level(c, isoDate("2026-05-01")).education).toBe("masters");
  });

  it("Canadian credentials need no ECA and give the Canadian-education points", () => {
    const ca = (l: EducationCredential["level"], years?: number): EducationCredential => ({
      level: l,
      inCanada: true,
      ...(years === undefined ? {} : { years }),
    });
    expect(level([ca("secondary")]).canadianEducation).toBe("none");
    expect(level([ca("one-year")]).canadianEducation).toBe("one-or-two-year");
    expect(level([ca("two-year")]).canadianEducation).toBe("one-or-two-year");
    expect(level([ca("bachelors")]).canadianEducation).toBe("three-year-or-longer");
    expect(level([ca("bachelors", 2)]).canadianEducation).toBe("one-or-two-year");
    expect(level([ca("three-year-or-longer")]).canadianEducation).toBe("three-year-or-longer");
    expect(level([ca("masters", 1)]).canadianEducation).toBe("three-year-or-longer");
    expect(level([ca("doctoral")]).canadianEducation).toBe("three-year-or-longer");
    expect(level([ca("one-year"), cred("doctoral")]).canadianEducation).toBe("one-or-two-year");
    expect(level([cred("doctoral")]).canadianEducation).toBe("none");
  });

  it("education not answered: nothing counts and education is missing", () => {
    const { education: _, ...rest } = COMPLETE;
    const f = factorsOf(rest);
    expect(f.education).toBe("less-than-secondary");
    expect(f.missing).toEqual(["education"]);
  });
});

describe("official languages", () => {
  it("uses the best valid result of each language; the first is the one that scores more", () => {
    const f = factorsOf({ ...COMPLETE, languageTests: [celpip(7, 7, 7, 7), celpip(9, 9, 9, 9), tef7()] });
    expect(f.firstLanguage).toEqual({ reading: 9, writing: 9, listening: 9, speaking: 9 });
    expect(f.secondLanguage).toEqual({ reading: 7, writing: 7, listening: 7, speaking: 7 });
    expect(f.english).toEqual(f.firstLanguage);
    expect(f.french).toEqual(f.secondLanguage);
  });

  it("respects a declared first official language", () => {
    const f = factorsOf({ ...COMPLETE, firstOfficialLanguage: "french", languageTests: [celpip(9, 9, 9, 9), tef7()] });
    expect(f.firstLanguage).toEqual({ reading: 7, writing: 7, listening: 7, speaking: 7 });
    expect(f.secondLanguage).toEqual({ reading: 9, writing: 9, listening: 9, speaking: 9 });
  });

  it("ignores tests taken after asOf or expired on it; a score off the scale is an issue", () => {
    const later = factorsOf({ ...COMPLETE, languageTests: [celpip(9, 9, 9, 9, "2026-02-01")] });
    expect(later.firstLanguage).toBeUndefined();
    expect(later.missing).toEqual([]);
    const expired = factorsOf({ ...COMPLETE, languageTests: [celpip(9, 9, 9, 9, "2024-01-15")] });
    expect(expired.firstLanguage).toBeUndefined();
    expect(factorsOf({ ...COMPLETE, languageTests: [celpip(9, 9, 9, 9, "2024-01-16")] }).firstLanguage).toBeDefined();
    expect(calculateCrs({ ...COMPLETE, languageTests: [celpip(13, 9, 9, 9)] }, { asOf: ASOF })).toMatchObject({
      ok: false,
      issues: [{ path: "languageTests[0].scores.reading", code: "off_scale" }],
    });
    // A bad score on an expired test does not matter any more.
    expect(
      calculateCrs(
        { ...COMPLETE, languageTests: [celpip(13, 9, 9, 9, "2020-01-01"), celpip(9, 9, 9, 9)] },
        { asOf: ASOF },
      ).ok,
    ).toBe(true);
  });

  it("says when an expired test scored nothing (a caveat, not a missing answer)", () => {
    // CELPIP taken 2024-01-15 is valid for 2 years: it expires on 2026-01-15, the day scored.
    const r = calculateCrs({ ...COMPLETE, languageTests: [celpip(9, 9, 9, 9, "2024-01-15")] }, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    expect(r.core.firstLanguage).toBe(0);
    expect(r.missing).toEqual([]);
    expect(r.caveats).toEqual([
      "languageTests[0]: the CELPIP-General result of 2024-01-15 expired on 2026-01-15 (results are valid for 2 years) and scores no points.",
    ]);
    // The day before, the same test counts and nothing is said.
    const valid = calculateCrs(
      { ...COMPLETE, languageTests: [celpip(9, 9, 9, 9, "2024-01-15")] },
      { asOf: isoDate("2026-01-14") },
    );
    expect(valid.ok && valid.core.firstLanguage).toBeGreaterThan(0);
    expect(valid.ok && valid.caveats).toEqual([]);
  });

  it("languageTests not answered: no language points, the path missing", () => {
    const { languageTests: _, ...rest } = COMPLETE;
    expect(factorsOf(rest).missing).toEqual(["languageTests"]);
  });
});

describe("work experience", () => {
  it("counts skilled whole years in the 10 years before asOf, Canadian and foreign apart", () => {
    const f = factorsOf(COMPLETE);
    expect(f.canadianWorkYears).toBe(2);
    expect(f.foreignWorkYears).toBe(4);
    const old = factorsOf({
      ...COMPLETE,
      workHistory: [job({ country: "IN", from: isoDate("2010-01-01"), to: isoDate("2015-12-31") })],
    });
    expect(old.foreignWorkYears).toBe(0);
  });

  it("an unanswered authorisation is missing only while it could change the points", () => {
    const unsure = job({ authorized: undefined } as Partial<WorkExperience>);
    delete (unsure as { authorized?: boolean }).authorized;
    const f = factorsOf({ ...COMPLETE, workHistory: [unsure] });
    expect(f.canadianWorkYears).toBe(0);
    expect(f.missing).toEqual(["workHistory[0].authorized"]);
    // With 6 certain years, a seventh cannot change any table: nothing missing.
    const six = job({ from: isoDate("2019-06-01"), to: isoDate("2025-12-31") });
    const g = factorsOf({
      ...COMPLETE,
      workHistory: [six, { ...unsure, from: isoDate("2017-01-01"), to: isoDate("2018-12-31") }],
    });
    expect(g.canadianWorkYears).toBe(6);
    expect(g.missing).toEqual([]);
  });

  it("self-employment in Canada and unskilled work do not count", () => {
    const f = factorsOf({
      ...COMPLETE,
      workHistory: [job({ engagement: "self-employed" }), job({ noc: "65200" })],
    });
    expect(f.canadianWorkYears).toBe(0);
    expect(f.missing).toEqual([]);
  });
});

describe("arranged employment", () => {
  const offer = { noc: "21231", hoursPerWeek: 40, permanent: true, engagement: "employee" } as const;
  const before = isoDate("2025-03-24");
  const after = isoDate("2025-03-25");
  it("an offer meeting every condition but an unanswered jobOffer.lmia is unknown before 2025-03-25", () => {
    const f = factorsOf({ ...COMPLETE, jobOffer: offer }, before);
    expect(f.arrangedEmployment).toBe("none");
    expect(f.missing).toEqual(["jobOffer.lmia"]);
    expect(factorsOf({ ...COMPLETE, jobOffer: offer }, after).missing).toEqual([]);
  });
  it("an offer that breaks a visible condition is none, with nothing missing", () => {
    for (const broken of [
      { ...offer, noc: "65200" }, // TEER 5
      { ...offer, hoursPerWeek: 20 }, // part-time
      { ...offer, permanent: false, durationMonths: 6 }, // under a year
      { ...offer, engagement: "independent-contractor" as const },
    ]) {
      const f = factorsOf({ ...COMPLETE, jobOffer: broken }, before);
      expect(f.arrangedEmployment).toBe("none");
      expect(f.missing).toEqual([]);
    }
  });
  it("unanswered offer details are missing", () => {
    // Engagement unanswered: the offer could be a contract for services, which is no arranged employment.
    expect(factorsOf({ ...COMPLETE, jobOffer: { noc: "21231" } }, before).missing).toEqual([
      "jobOffer.engagement",
      "jobOffer.hoursPerWeek",
      "jobOffer.permanent",
      "jobOffer.lmia",
    ]);
    expect(factorsOf({ ...COMPLETE, jobOffer: { noc: "21231", permanent: false } }, before).missing).toEqual([
      "jobOffer.engagement",
      "jobOffer.hoursPerWeek",
      "jobOffer.durationMonths",
      "jobOffer.lmia",
    ]);
    const { jobOffer: _, ...noAnswer } = COMPLETE;
    expect(factorsOf(noAnswer, before).missing).toEqual(["jobOffer"]);
    expect(factorsOf(noAnswer, after).missing).toEqual([]);
  });
  it("an offer dated after asOf scores nothing: on asOf it did not exist", () => {
    const qualifying = { ...offer, lmia: "approved" } as const;
    expect(factorsOf({ ...COMPLETE, jobOffer: { ...qualifying, offeredOn: before } }, before).arrangedEmployment).toBe(
      "other-teer-0-3",
    );
    const later = factorsOf({ ...COMPLETE, jobOffer: { ...qualifying, offeredOn: isoDate("2025-03-25") } }, before);
    expect(later.arrangedEmployment).toBe("none");
    expect(later.missing).toEqual([]);
  });
  it("before 2016-11-19 the offer had to be permanent", () => {
    const f = factorsOf(
      { ...COMPLETE, jobOffer: { ...offer, permanent: false, durationMonths: 24 } },
      isoDate("2016-06-01"),
    );
    expect(f.missing).toEqual([]);
    expect(
      factorsOf({ ...COMPLETE, jobOffer: { ...offer, permanent: false, durationMonths: 24 } }, isoDate("2016-11-19"))
        .missing,
    ).toEqual(["jobOffer.lmia"]);
  });
  it("judges the occupation by the NOC version in force (NOC 2016 skill level before 2022-11-16)", () => {
    // 7511 transport truck drivers: NOC 2016 skill level C (not skilled) → 73300 TEER 3 (skilled).
    expect(factorsOf({ ...COMPLETE, jobOffer: { ...offer, noc: "7511" } }, isoDate("2022-11-15")).missing).toEqual([]);
    expect(factorsOf({ ...COMPLETE, jobOffer: { ...offer, noc: "73300" } }, isoDate("2022-11-16")).missing).toEqual([
      "jobOffer.lmia",
    ]);
  });
});

describe("certificate, nomination, sibling", () => {
  it("a certificate or a nomination dated after asOf does not count yet", () => {
    const c = {
      ...COMPLETE,
      certificateOfQualification: { trade: "72200", province: "AB" as const, issuedOn: isoDate("2026-02-01") },
      provincialNomination: { province: "AB" as const, nominatedOn: isoDate("2026-02-01") },
    };
    expect(factorsOf(c).certificateOfQualification).toBe(false);
    expect(factorsOf(c).provincialNomination).toBe(false);
    expect(factorsOf(c, isoDate("2026-02-01")).certificateOfQualification).toBe(true);
    expect(totalOf(c, isoDate("2026-02-01")).additional.provincialNomination).toBe(600);
  });
  it("unanswered: missing while the answer could add points", () => {
    const { certificateOfQualification: _a, provincialNomination: _b, siblingInCanada: _c, ...rest } = COMPLETE;
    // Section C is already at 100, so a certificate could not add anything.
    expect(factorsOf(rest).missing).toEqual(["provincialNomination", "siblingInCanada"]);
    // The sibling only from 2017-06-06, when it started to count.
    expect(factorsOf(rest, isoDate("2017-06-05")).missing).toEqual(["provincialNomination"]);
    // A certificate could add points with CLB 5+ and room in section C...
    const trades = { ...rest, education: [], workHistory: [], languageTests: [celpip(6, 6, 6, 6)] };
    expect(factorsOf(trades).missing).toEqual([
      "certificateOfQualification",
      "provincialNomination",
      "siblingInCanada",
    ]);
    // ...but not under CLB 5 in some ability.
    expect(factorsOf({ ...trades, languageTests: [celpip(6, 4, 6, 6)] }).missing).toEqual([
      "provincialNomination",
      "siblingInCanada",
    ]);
    // With a nomination section D is full: a sibling or a job offer could not add anything.
    const { jobOffer: _d, ...noOffer } = rest;
    const nominated = {
      ...noOffer,
      provincialNomination: { province: "AB" as const, nominatedOn: isoDate("2024-01-01") },
    };
    expect(factorsOf(nominated, isoDate("2024-06-01")).missing).toEqual([]);
    expect(factorsOf({ ...noOffer, provincialNomination: null }, isoDate("2024-06-01")).missing).toEqual([
      "jobOffer",
      "siblingInCanada",
    ]);
  });
});

describe("partial candidates: the points that are certain, and the paths that are missing", () => {
  it("an empty candidate scores 0 and lists every top-level question", () => {
    const r = totalOf({});
    expect(r.total).toBe(0);
    expect(r.missing).toEqual([
      "dateOfBirth",
      "maritalStatus",
      "education",
      "workHistory",
      "certificateOfQualification",
      "provincialNomination",
      "siblingInCanada",
      "languageTests",
    ]);
  });

  it("only a date of birth and a marital status: the age points", () => {
    const r = totalOf({ dateOfBirth: isoDate("1998-03-01"), maritalStatus: "single" });
    expect(r.total).toBe(110);
    expect(r.missing).not.toContain("dateOfBirth");
    expect(r.missing).toContain("languageTests");
  });

  it("an unknown marital status scores the lower column", () => {
    const r = totalOf({ dateOfBirth: isoDate("1998-03-01") });
    expect(r.core.age).toBe(100);
    expect(r.missing).toContain("maritalStatus");
  });

  it("leaving any field out never raises the score, and says what is missing", () => {
    const candidates: Candidate[] = [
      COMPLETE,
      {
        ...COMPLETE,
        maritalStatus: "married",
        spouse: {
          accompanying: true,
          canadianCitizenOrPermanentResident: false,
          education: [cred("doctoral")],
          languageTests: [celpip(9, 9, 9, 9)],
          workHistory: [job()],
        },
        languageTests: [celpip(10, 10, 10, 10), tef7()],
        siblingInCanada: true,
        certificateOfQualification: { trade: "72200", province: "AB", issuedOn: isoDate("2020-01-01") },
      },
    ];
    for (const full of candidates) {
      const complete = totalOf(full);
      expect(complete.missing).toEqual([]);
      for (const key of Object.keys(full) as (keyof Candidate)[]) {
        const partial = { ...full };
        delete partial[key];
        const r = totalOf(partial);
        expect(r.total, key).toBeLessThanOrEqual(complete.total);
        if (r.total < complete.total) expect(r.missing.length, key).toBeGreaterThan(0);
      }
    }
  });

  it("does not mutate the candidate", () => {
    const frozen = structuredClone(COMPLETE);
    const deepFreeze = (v: unknown): void => {
      if (typeof v === "object" && v !== null) {
        Object.freeze(v);
        for (const child of Object.values(v)) deepFreeze(child);
      }
    };
    deepFreeze(frozen);
    expect(totalOf(frozen).total).toBe(totalOf(COMPLETE).total);
    expect(frozen).toEqual(COMPLETE);
  });
});

describe("crsImprovements", () => {
  it("prices each single change by re-scoring, most points first", () => {
    const r = crsImprovements(COMPLETE, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    // Current (age 30): 105 + 135 + 124 + 0 + 53 = 417; C: master's 50 + 50 → 50; foreign 3+ 50 + 50 → 50 → 100. = 517.
    expect(r.current.total).toBe(517);
    expect(r.improvements[0]).toMatchObject({ kind: "provincial-nomination", points: 600, total: 1117 });
    const base = factorsOf(COMPLETE);
    for (const item of r.improvements) {
      expect(item.points).toBeGreaterThan(0);
      expect(item.total - r.current.total).toBe(item.points);
    }
    const points = r.improvements.map((i) => i.points);
    expect([...points].sort((a, b) => b - a)).toEqual(points);
    // One more year of Canadian work: 2 → 3 years is 53 → 64 core points; transferability already at its caps.
    const cw = r.improvements.find((i) => i.kind === "canadian-work");
    expect(cw?.points).toBe(scoreCrs({ ...base, canadianWorkYears: 3 }, { asOf: ASOF }).total - 517);
    expect(cw?.points).toBe(11);
    // French as a second language at NCLC 7: 4 × 3 = 12 + French points with CLB 5+ English 50 = 62.
    expect(r.improvements.find((i) => i.kind === "second-language" && i.change.includes("NCLC 7"))?.points).toBe(62);
    // CLB 10 in one ability: 31 → 34.
    expect(r.improvements.filter((i) => i.kind === "first-language").map((i) => i.points)).toEqual([3, 3, 3, 3]);
    // Foreign work is already at its top band: no item.
    expect(r.improvements.some((i) => i.kind === "foreign-work")).toBe(false);
  });

  it("finds the credential a renewed ECA would bring back", () => {
    const c = { ...COMPLETE, education: [cred("masters", { ecaIssuedOn: isoDate("2020-01-01") }), cred("secondary")] };
    const r = crsImprovements(c, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    const eca = r.improvements.find((i) => i.kind === "eca");
    expect(eca).toMatchObject({ path: "education[0].ecaIssuedOn" });
    const f = factorsOf(c);
    expect(f.education).toBe("secondary");
    expect(eca?.points).toBe(scoreCrs({ ...f, education: "masters" }, { asOf: ASOF }).total - r.current.total);
  });

  it("lists the birthdays on which age points change, from addYears on the date of birth", () => {
    const r = crsImprovements({ ...COMPLETE, dateOfBirth: isoDate("1996-02-29") }, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    expect(r.agePoints[0]).toMatchObject({ on: "2026-03-01", age: 30, agePoints: 105, change: -5 });
    expect(r.agePoints[1]).toMatchObject({ on: "2027-03-01", age: 31, agePoints: 99, change: -6 });
    expect(r.agePoints[2]).toMatchObject({ on: "2028-02-29", age: 32, agePoints: 94 });
    expect(r.agePoints.at(-1)).toMatchObject({ age: 45, agePoints: 0 });
    expect(r.agePoints).toHaveLength(16); // 30, 31, ..., 45
    for (const change of r.agePoints) expect(change.total).toBe(r.current.total - 110 + change.agePoints);
    // Under 20: the points rise.
    const young = crsImprovements({ ...COMPLETE, dateOfBirth: isoDate("2007-06-01") }, { asOf: ASOF });
    if (!young.ok) throw new Error("issues");
    expect(young.agePoints.slice(0, 2)).toMatchObject([
      { on: "2026-06-01", age: 19, agePoints: 105, change: 6 },
      { on: "2027-06-01", age: 20, agePoints: 110, change: 5 },
    ]);
  });

  it("a first test for someone without one; nothing for an age of 45 or more", () => {
    const { languageTests: _, ...rest } = COMPLETE;
    const r = crsImprovements({ ...rest, languageTests: [], dateOfBirth: isoDate("1975-01-01") }, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    expect(r.agePoints).toEqual([]);
    expect(r.improvements.filter((i) => i.kind === "first-language").map((i) => i.change)).toEqual([
      "An English test result at CLB 9 in all four abilities.",
      "An English test result at CLB 7 in all four abilities.",
      "An English test result at CLB 5 in all four abilities.",
    ]);
  });

  it("gives the same issues as calculateCrs", () => {
    expect(crsImprovements({ dateOfBirth: isoDate("2027-01-01") }, { asOf: ASOF })).toMatchObject({
      ok: false,
      issues: [{ code: "born_after_as_of" }],
    });
  });
});

describe("dated rules through calculateCrs", () => {
  it("a French-speaking profile scores 15 / 25 either side of 2020-10-27", () => {
    const c: Candidate = {
      ...COMPLETE,
      dateOfBirth: isoDate("1990-01-01"),
      languageTests: [tef7("2020-06-01")],
      education: [{ level: "bachelors", inCanada: true }],
      workHistory: [],
    };
    const day = isoDate("2020-10-27");
    expect(totalOf(c, addDays(day, -1)).additional.french).toBe(15);
    expect(totalOf(c, day).additional.french).toBe(25);
  });
});

describe("the TSDoc examples", () => {
  it("crsFactors", () => {
    const r = crsFactors(
      {
        dateOfBirth: isoDate("1996-05-01"),
        maritalStatus: "single",
        education: [{ level: "masters", inCanada: true }],
        languageTests: [
          {
            test: "celpip-general",
            testedOn: isoDate("2025-06-01"),
            scores: { reading: 9, writing: 9, listening: 9, speaking: 9 },
          },
        ],
        workHistory: [],
      },
      { asOf: isoDate("2026-01-15") },
    );
    expect(r).toMatchObject({
      ok: true,
      age: 29,
      education: "masters",
      canadianEducation: "three-year-or-longer",
      missing: ["certificateOfQualification", "provincialNomination", "siblingInCanada"],
    });
  });

  it("calculateCrs", () => {
    const r = calculateCrs(
      {
        dateOfBirth: isoDate("1996-05-01"),
        maritalStatus: "single",
        education: [{ level: "masters", inCanada: false, ecaIssuedOn: isoDate("2024-01-10") }],
        languageTests: [
          {
            test: "celpip-general",
            testedOn: isoDate("2025-06-01"),
            scores: { reading: 9, writing: 9, listening: 9, speaking: 9 },
          },
        ],
        workHistory: [
          { noc: "21231", country: "IN", from: isoDate("2021-01-01"), to: isoDate("2024-12-31"), hoursPerWeek: 40 },
        ],
        certificateOfQualification: null,
        jobOffer: null,
        provincialNomination: null,
        siblingInCanada: false,
      },
      { asOf: isoDate("2026-01-15") },
    );
    expect(r.ok && r.total).toBe(469);
    expect(r.ok && r.missing).toEqual([]);
  });

  it("crsTableHistory and crsTablesAsOf", async () => {
    const { crsTableHistory } = await import("../../src/crs/index.js");
    expect(crsTableHistory("arrangedEmployment").map((v) => [v.from, v.value["other-teer-0-3"].points])).toEqual([
      ["2015-01-01", 600],
      ["2016-11-19", 50],
      ["2022-11-16", 50],
      ["2025-03-25", 0],
    ]);
    const t = crsTablesAsOf(isoDate("2020-10-27"));
    expect(t.french.value.bilingual.points).toBe(50);
    expect(t.french.source.effective).toBe("2020-10-27");
    expect(crsTablesAsOf(isoDate("2024-06-01")).arrangedEmployment.value["other-teer-0-3"].points).toBe(50);
  });
});
