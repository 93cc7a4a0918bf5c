// crsFactors / calculateCrs / crsImprovements: how a candidate becomes factors on a date, what is
// missing, what is an issue, and the errors of the low-level functions.

import { describe, expect, it } from "vitest";
import crsJson from "../../data/ircc/crs-points.json" with { type: "json" };
import { addDays } from "../../src/core/calendar.js";
import { describeIsoDateProblem, type IsoDate, isoDate } from "../../src/core/iso-date.js";
import { message } from "../../src/core/message.js";
import { arrangedEmploymentFinding, isMajorGroup00On } from "../../src/crs/arranged-employment.js";
import { educationFinding, levelOfCredentials } from "../../src/crs/education.js";
import {
  CRS_POINTS_VERIFIED,
  type CrsBreakdown,
  type CrsFactors,
  CrsInputError,
  calculateCrs,
  crsFactors,
  crsImprovements,
  crsTableHistory,
  crsTablesAsOf,
  crsUncertainties,
  expressEntryProfileExpiry,
  isEducationLevel,
  itaApplicationDeadline,
  misrepresentationBanEnds,
  nominationAcceptanceDeadline,
  scoreCrs,
  withProvincialNomination,
} from "../../src/crs/index.js";
import type { Candidate, EducationCredential, JobOffer, LanguageTest, WorkExperience } from "../../src/models/index.js";
import { nocCodeFacts, nocCodePairs } from "../../src/noc/codes.js";
import { ANSWERED_NONE, bareFactors } from "../fixtures/crs.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { celpip, tef } from "../fixtures/language-tests.js";
import { englishOf, frenchOf, issuesInEnglish, reasonOf } from "../fixtures/messages.js";

const ASOF = isoDate("2026-01-15");
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
  languageTests: [celpip("2025-03-01", 9)],
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
      expect(issuesInEnglish(r)).toEqual({
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
    expect(issuesInEnglish(calculateCrs({ ...COMPLETE, dateOfBirth: isoDate("2026-01-16") }, { asOf: ASOF }))).toEqual({
      ok: false,
      issues: [{ path: "dateOfBirth", code: "born_after_as_of", message: expect.any(String) }],
    });
  });

  it("any age from a real date scores by the open last band (45 or more: 0), on any day", () => {
    // Born 1850: 176 on ASOF; on the last day of the calendar, 7,000 and more; born in year 1, 9,998.
    expect(factorsOf({ ...COMPLETE, dateOfBirth: isoDate("1850-01-01") }).age).toBe(176);
    expect(totalOf({ ...COMPLETE, dateOfBirth: isoDate("1850-01-01") }).core.age).toBe(0);
    const far = isoDate("9999-12-31");
    expect(factorsOf(COMPLETE, far).age).toBeGreaterThan(7000);
    expect(totalOf(COMPLETE, far).core.age).toBe(0);
    // Born on the calendar's first day: 9,998 years old on its last, the same score as at any age past 45.
    const first = calculateCrs({ ...COMPLETE, dateOfBirth: isoDate("0001-01-01") }, { asOf: far });
    expect(first.ok && [first.total, first.missing.includes("dateOfBirth")]).toEqual([
      totalOf(COMPLETE, far).total,
      false,
    ]);
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
    languageTests: [celpip("2025-03-01", 7)],
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
    // ... unless this spouse could never bring the spouse columns: whatever the status, they do not apply.
    [
      "marital status not answered, a spouse not coming",
      { maritalStatus: undefined, spouse: spouse(false, false) },
      false,
      [],
    ],
    [
      "marital status not answered, a spouse who is a PR",
      { maritalStatus: undefined, spouse: spouse(true, true) },
      false,
      [],
    ],
    ["neither answered", { maritalStatus: undefined }, undefined, ["maritalStatus"]],
  ] as const)("%s", (_, change, applies, missing) => {
    const candidate = { ...COMPLETE, ...change } as Candidate;
    if (change.maritalStatus === undefined) delete (candidate as { maritalStatus?: unknown }).maritalStatus;
    const f = factorsOf(candidate);
    expect(f.spouseFactorApplies).toBe(applies);
    expect(f.missing).toEqual(missing);
    // The spouse's factors come with the columns, and with a spouse described while the status is open.
    expect(f.spouse !== undefined).toBe(applies === true || (applies === undefined && candidate.spouse != null));
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
    [
      "a 4-year bachelor's + one-year certificate: two or more",
      [cred("bachelors", { years: 4 }), cred("one-year")],
      "two-or-more",
    ],
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

  it("lists both open answers when either alone could make 'two or more'", () => {
    // A bachelor's of unknown length and a one-year diploma, both with valid ECAs, and a
    // three-year diploma without an ECA date: a valid ECA, or the bachelor's being three years or
    // longer, gives two or more (single: 128 instead of the bachelor's 120).
    const list = [cred("bachelors"), cred("one-year"), cred("three-year-or-longer", { ecaIssuedOn: undefined })];
    const f = level(list);
    expect(f.education).toBe("bachelors");
    expect([...f.missing].sort()).toEqual(["education[0].years", "education[2].ecaIssuedOn"]);
    const b = calculateCrs({ ...COMPLETE, education: list }, { asOf: ASOF });
    const withEca = calculateCrs(
      { ...COMPLETE, education: [list[0], list[1], cred("three-year-or-longer")] as EducationCredential[] },
      { asOf: ASOF },
    );
    const withYears = calculateCrs(
      { ...COMPLETE, education: [cred("bachelors", { years: 4 }), list[1], list[2]] as EducationCredential[] },
      { asOf: ASOF },
    );
    if (!b.ok || !withEca.ok || !withYears.ok) throw new Error("issues");
    expect(withEca.total).toBeGreaterThan(b.total);
    expect(withYears.total).toBe(withEca.total);
    expect(b.maximumReachable).toBeGreaterThanOrEqual(withEca.total);
  });

  it("asks no length of a spouse's Canadian bachelor's: the spouse has no Canadian-education line", () => {
    const spouse = (years?: number) => ({
      accompanying: true,
      canadianCitizenOrPermanentResident: false,
      education: [{ level: "bachelors" as const, inCanada: true, ...(years === undefined ? {} : { years }) }],
      languageTests: [],
      workHistory: [],
    });
    const f = factorsOf({ ...COMPLETE, maritalStatus: "married", spouse: spouse() });
    expect(f.missing.filter((p) => p.startsWith("spouse.education"))).toEqual([]);
    const unknownLength = totalOf({ ...COMPLETE, maritalStatus: "married", spouse: spouse() });
    expect(totalOf({ ...COMPLETE, maritalStatus: "married", spouse: spouse(1) }).total).toBe(unknownLength.total);
    expect(totalOf({ ...COMPLETE, maritalStatus: "married", spouse: spouse(4) }).total).toBe(unknownLength.total);
  });

  it("a bachelor's of unknown length + one-year: bachelors for certain, two or more at most", () => {
    // Bachelor's 120 (single) now; two or more 128 if its program was three years or longer.
    const f = level([cred("bachelors"), cred("one-year")]);
    expect(f.education).toBe("bachelors");
    expect(f.missing).toEqual(["education[0].years"]);
    const b = scoreCrs(f, { asOf: ASOF });
    expect(b.core.education).toBe(120);
    const known = level([cred("bachelors", { years: 3 }), cred("one-year")]);
    expect(scoreCrs(known, { asOf: ASOF }).core.education).toBe(128);
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
    expect(level([ca("bachelors", 4)]).canadianEducation).toBe("three-year-or-longer");
    expect(level([ca("bachelors", 2)]).canadianEducation).toBe("one-or-two-year");
    // A bachelor's of unknown length proves one or two years (15); its length could give 30.
    expect(level([ca("bachelors")]).canadianEducation).toBe("one-or-two-year");
    expect(level([ca("bachelors")]).missing).toEqual(["education[0].years"]);
    expect(level([ca("bachelors"), ca("masters")]).missing).toEqual([]);
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
    const f = factorsOf({ ...COMPLETE, languageTests: [celpip("2025-03-01", 7), celpip("2025-03-01", 9), tef7()] });
    expect(f.firstLanguage).toEqual({ reading: 9, writing: 9, listening: 9, speaking: 9 });
    expect(f.secondLanguage).toEqual({ reading: 7, writing: 7, listening: 7, speaking: 7 });
    expect(f.english).toEqual(f.firstLanguage);
    expect(f.french).toEqual(f.secondLanguage);
  });

  it("respects a declared first official language", () => {
    const f = factorsOf({
      ...COMPLETE,
      firstOfficialLanguage: "french",
      languageTests: [celpip("2025-03-01", 9), tef7()],
    });
    expect(f.firstLanguage).toEqual({ reading: 7, writing: 7, listening: 7, speaking: 7 });
    expect(f.secondLanguage).toEqual({ reading: 9, writing: 9, listening: 9, speaking: 9 });
  });

  it("ignores tests taken after asOf or expired on it; a score off the scale is an issue", () => {
    const later = factorsOf({ ...COMPLETE, languageTests: [celpip("2026-02-01", 9)] });
    expect(later.firstLanguage).toBeUndefined();
    expect(later.missing).toEqual([]);
    const expired = factorsOf({ ...COMPLETE, languageTests: [celpip("2024-01-15", 9)] });
    expect(expired.firstLanguage).toBeUndefined();
    expect(factorsOf({ ...COMPLETE, languageTests: [celpip("2024-01-16", 9)] }).firstLanguage).toBeDefined();
    expect(
      calculateCrs(
        { ...COMPLETE, languageTests: [celpip("2025-03-01", { reading: 13, writing: 9, listening: 9, speaking: 9 })] },
        { asOf: ASOF },
      ),
    ).toMatchObject({
      ok: false,
      issues: [{ path: "languageTests[0].scores.reading", code: "off_scale" }],
    });
    // A bad score on an expired test does not matter any more.
    expect(
      calculateCrs(
        {
          ...COMPLETE,
          languageTests: [
            celpip("2020-01-01", { reading: 13, writing: 9, listening: 9, speaking: 9 }),
            celpip("2025-03-01", 9),
          ],
        },
        { asOf: ASOF },
      ).ok,
    ).toBe(true);
  });

  it("says when an expired test scored nothing (a caveat, not a missing answer)", () => {
    // CELPIP taken 2024-01-15 is valid for 2 years: it expires on 2026-01-15, the day scored.
    const r = calculateCrs({ ...COMPLETE, languageTests: [celpip("2024-01-15", 9)] }, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    expect(r.core.firstLanguage).toBe(0);
    expect(r.missing).toEqual([]);
    expect(r.caveats).toEqual([
      message("crs.caveat.test-expired", {
        path: "languageTests[0]",
        test: "CELPIP-General",
        testedOn: isoDate("2024-01-15"),
        expiresOn: isoDate("2026-01-15"),
        validityYears: 2,
      }),
    ]);
    expect(r.caveats.map((c) => reasonOf({ message: c }))).toEqual([
      "languageTests[0]: the CELPIP-General result of 2024-01-15 expired on 2026-01-15 (results are valid for 2 years) and scores no points.",
    ]);
    expect(r.caveats.map((c) => frenchOf({ message: c }))).toEqual([
      "languageTests[0] : le résultat CELPIP-General du 2024-01-15 a expiré le 2026-01-15 (les résultats sont valides 2 ans) et ne donne aucun point.",
    ]);
    // The day before, the same test counts and nothing is said.
    const valid = calculateCrs(
      { ...COMPLETE, languageTests: [celpip("2024-01-15", 9)] },
      { asOf: isoDate("2026-01-14") },
    );
    expect(valid.ok && valid.core.firstLanguage).toBeGreaterThan(0);
    expect(valid.ok && valid.caveats).toEqual([]);
  });

  it("says when a test dated after asOf scored nothing (a caveat, not a missing answer)", () => {
    // ASOF is 2026-01-15: a CELPIP taken the day after did not exist yet.
    const r = calculateCrs({ ...COMPLETE, languageTests: [celpip("2026-01-16", 9)] }, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    expect([r.core.firstLanguage, r.missing]).toEqual([0, []]);
    expect(r.caveats.map((c) => reasonOf({ message: c }))).toEqual([
      "languageTests[0]: the CELPIP-General result of 2026-01-16 is dated after 2026-01-15, so on that day it did not exist and scores no points.",
    ]);
    expect(r.caveats.map((c) => frenchOf({ message: c }))).toEqual([
      "languageTests[0] : le résultat CELPIP-General du 2026-01-16 est postérieur au 2026-01-15 : ce jour-là, il n’existait pas encore et ne donne aucun point.",
    ]);
    // Taken on asOf itself, it counts and nothing is said.
    const same = calculateCrs({ ...COMPLETE, languageTests: [celpip("2026-01-15", 9)] }, { asOf: ASOF });
    expect(same.ok && [same.core.firstLanguage > 0, same.caveats]).toEqual([true, []]);
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
    const trades = { ...rest, education: [], workHistory: [], languageTests: [celpip("2025-03-01", 6)] };
    expect(factorsOf(trades).missing).toEqual([
      "certificateOfQualification",
      "provincialNomination",
      "siblingInCanada",
    ]);
    // ...but not under CLB 5 in some ability.
    expect(
      factorsOf({
        ...trades,
        languageTests: [celpip("2025-03-01", { reading: 6, writing: 4, listening: 6, speaking: 6 })],
      }).missing,
    ).toEqual(["provincialNomination", "siblingInCanada"]);
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
          languageTests: [celpip("2025-03-01", 9)],
          workHistory: [job()],
        },
        languageTests: [celpip("2025-03-01", 10), tef7()],
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
    expect(
      r.improvements.find((i) => i.kind === "second-language" && englishOf(i.message).includes("NCLC 7"))?.points,
    ).toBe(62);
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
    expect(r.improvements.filter((i) => i.kind === "first-language").map((i) => englishOf(i.message))).toEqual([
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

// Exact factors, scores, findings and improvements of src/crs. Points are read off IRCC's CRS tables
// ("Comprehensive Ranking System (CRS) criteria – Express Entry", data/ircc/crs-points.json); where
// a test compares two computations, the comment says which documented rule decides.

// TCF Canada, lowest score of each NCLC level (data/ircc/language-equivalency.json).
const TCF_READING: Record<number, number> = { 4: 342, 5: 375, 6: 406, 7: 453, 8: 499, 9: 524, 10: 549 };
const TCF_LISTENING: Record<number, number> = { 4: 331, 5: 369, 6: 398, 7: 458, 8: 503, 9: 523, 10: 549 };
const TCF_SPOKEN: Record<number, number> = { 4: 4, 5: 6, 6: 7, 7: 10, 8: 12, 9: 14, 10: 16 };
const tcf = (r: number, w: number, l: number, s: number, testedOn = "2025-04-01"): LanguageTest => ({
  test: "tcf-canada",
  testedOn: isoDate(testedOn),
  scores: {
    reading: TCF_READING[r] as number,
    writing: TCF_SPOKEN[w] as number,
    listening: TCF_LISTENING[l] as number,
    speaking: TCF_SPOKEN[s] as number,
  },
});
const levels = (reading: number, writing: number, listening: number, speaking: number) => ({
  reading,
  writing,
  listening,
  speaking,
});

const foreign = (from: string, to: string, noc = "21231"): WorkExperience => ({
  noc,
  country: "IN",
  from: isoDate(from),
  to: isoDate(to),
  hoursPerWeek: 40,
});

/** A complete single candidate with no points beyond what `over` adds (age 36 on ASOF). */
function person(over: Partial<Candidate> = {}): Candidate {
  return {
    dateOfBirth: isoDate("1990-01-01"),
    ...ANSWERED_NONE,
    ...over,
  };
}

/** {@link person}, married to an accompanying foreign national with no points but what `spouse` adds. */
function married(spouse: Partial<NonNullable<Candidate["spouse"]>>): Candidate {
  return person({
    maritalStatus: "married",
    spouse: {
      accompanying: true,
      canadianCitizenOrPermanentResident: false,
      education: [],
      languageTests: [],
      workHistory: [],
      ...spouse,
    },
  });
}

function scored(candidate: Candidate, asOf: IsoDate = ASOF) {
  const r = calculateCrs(candidate, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

/** The improvements, each checked to say in `change` what its message says in English, without the message. */
function improvementsOf(candidate: Candidate, asOf: IsoDate = ASOF) {
  const r = crsImprovements(candidate, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  for (const item of r.improvements) expect(reasonOf(item)).toBe(englishOf(item.message));
  return {
    ...r,
    improvements: r.improvements.map(({ message, ...rest }) => ({ ...rest, change: englishOf(message) })),
  };
}

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("crsFactors: which official language is first", () => {
  // Single, age 36, no education or work: only the language lines score. Per ability, first
  // language (single) CLB 4-5: 6, 6: 9, 8: 23, 9: 31, 10: 34; second language 4: 0, 5-6: 1, 9+: 6.
  it("puts English first when English-first scores more in all, though French alone ranks higher", () => {
    // English 4/8/10/6 first: 72 + French 5/9/9/5 second: 14 = 86. French first: 74 + English second 10 = 84.
    const r = factorsOf(
      person({
        languageTests: [celpip("2025-03-01", { reading: 4, writing: 8, listening: 10, speaking: 6 }), tcf(5, 9, 9, 5)],
      }),
    );
    expect(r.firstLanguage).toEqual(levels(4, 8, 10, 6));
    expect(r.secondLanguage).toEqual(levels(5, 9, 9, 5));
    expect(
      scored(
        person({
          languageTests: [
            celpip("2025-03-01", { reading: 4, writing: 8, listening: 10, speaking: 6 }),
            tcf(5, 9, 9, 5),
          ],
        }),
      ).core,
    ).toMatchObject({
      firstLanguage: 72,
      secondLanguage: 14,
    });
  });

  it("puts French first when French-first scores more in all, though English alone ranks higher", () => {
    const r = factorsOf(
      person({
        languageTests: [celpip("2025-03-01", { reading: 5, writing: 9, listening: 9, speaking: 5 }), tcf(4, 8, 10, 6)],
      }),
    );
    expect(r.firstLanguage).toEqual(levels(4, 8, 10, 6));
    expect(r.secondLanguage).toEqual(levels(5, 9, 9, 5));
    expect(r.french).toEqual(levels(4, 8, 10, 6));
    expect(r.english).toEqual(levels(5, 9, 9, 5));
  });

  it("picks each language's result for the points of the pair, not for its rank as a first language alone", () => {
    // English CLB 10 × 4 first: 34 × 4 = 136. French NCLC 10/10/10/4 would rank higher as a first
    // language, but as the second it gives 6 + 6 + 6 + 0 = 18 and no French points (NCLC 7 in all
    // four needed); NCLC 7 × 4 gives 3 × 4 = 12 and the 50 French points (with CLB 5+ in English).
    const english = celpip("2025-03-01", 10);
    const highButUneven = tcf(10, 10, 10, 4);
    const even = tcf(7, 7, 7, 7);
    const both = scored(person({ languageTests: [english, highButUneven, even] }));
    expect(factorsOf(person({ languageTests: [english, highButUneven, even] })).french).toEqual(levels(7, 7, 7, 7));
    expect([both.core.firstLanguage, both.core.secondLanguage, both.additional.french]).toEqual([136, 12, 50]);
    const uneven = scored(person({ languageTests: [english, highButUneven] }));
    expect([uneven.core.secondLanguage, uneven.additional.french]).toEqual([18, 0]);
    expect(both.total - uneven.total).toBe(12 + 50 - 18);
    // The order of the list does not matter.
    expect(scored(person({ languageTests: [even, english, highButUneven] })).total).toBe(both.total);
  });

  it("a PTE Core result taken before IRCC accepted the test scores nothing and is said, not an issue", () => {
    // PTE Core counts from 2024-01-30: a result of 2024-01-29 beside a CELPIP is left out, as the
    // federal programs leave it out, and the breakdown says why.
    const asOf = isoDate("2024-06-01");
    const pte: LanguageTest = {
      test: "pte-core",
      testedOn: isoDate("2024-01-29"),
      scores: { reading: 80, writing: 80, listening: 80, speaking: 80 },
    };
    const alone = scored(person({ languageTests: [celpip("2024-03-01", 9)] }), asOf);
    const both = scored(person({ languageTests: [celpip("2024-03-01", 9), pte] }), asOf);
    expect(both.total).toBe(alone.total);
    const said = both.caveats.map((c) => englishOf(c)).find((t) => t.startsWith("languageTests[1]"));
    expect(said).toMatch(/^languageTests\[1\]: .*2024-01-30.* The result scores no points\.$/);
  });

  it("puts English first when both orders score the same", () => {
    // 34 × 3 + 31 = 133 either way, second language 24 either way, French points 50 either way.
    const r = factorsOf(
      person({
        languageTests: [
          celpip("2025-03-01", { reading: 10, writing: 10, listening: 10, speaking: 9 }),
          tcf(9, 10, 10, 10),
        ],
      }),
    );
    expect(r.firstLanguage).toEqual(levels(10, 10, 10, 9));
    expect(r.secondLanguage).toEqual(levels(9, 10, 10, 10));
  });

  it("keeps the English result that scores more CRS points, not the one with the higher minimum", () => {
    // Master's: CLB 10/10/10/6 gives 34 × 3 + 9 = 111 and no transferability (a level under 7);
    // CLB 7 × 4 gives 68 + 25 (master's with CLB 7+) = 93.
    const c = person({
      education: [cred("masters", { inCanada: true })],
      languageTests: [
        celpip("2025-03-01", 7),
        celpip("2025-03-01", { reading: 10, writing: 10, listening: 10, speaking: 6 }),
      ],
    });
    expect(factorsOf(c).firstLanguage).toEqual(levels(10, 10, 10, 6));
    expect(scored(c).core.firstLanguage).toBe(111);
  });

  it("picks among results in one language by the whole score, French points included", () => {
    // Two TCF results and no English one. As a first language (single, per ability CLB 4: 6,
    // 7: 17, 8: 23) NCLC 8/8/8/4 ranks 75 against NCLC 7 × 4's 68; but NCLC 7 in all four with no
    // English result adds the 25 French points: 68 + 25 = 93 against 75.
    const results = [tcf(8, 8, 8, 4), tcf(7, 7, 7, 7)];
    for (const languageTests of [results, [...results].reverse()]) {
      const r = scored(person({ languageTests }));
      expect([r.core.firstLanguage, r.additional.french]).toEqual([68, 25]);
      expect(r.total).toBe(scored(person({ languageTests: [tcf(7, 7, 7, 7)] })).total);
    }
    // English declared first with no English result: the French results count only for the French
    // points, which NCLC 10/10/10/4 (the better first language) does not earn and NCLC 7 × 4 does.
    const declared = scored(
      person({ firstOfficialLanguage: "english", languageTests: [tcf(10, 10, 10, 4), tcf(7, 7, 7, 7)] }),
    );
    expect([declared.core.firstLanguage, declared.core.secondLanguage, declared.additional.french]).toEqual([0, 0, 25]);
  });

  it("leaves first and second out when the declared language has no valid result", () => {
    const frenchOnly = factorsOf(person({ firstOfficialLanguage: "english", languageTests: [tcf(7, 7, 7, 7)] }));
    expect(frenchOnly).not.toHaveProperty("firstLanguage");
    expect(frenchOnly).not.toHaveProperty("secondLanguage");
    expect(frenchOnly.french).toEqual(levels(7, 7, 7, 7));
    const englishOnly = factorsOf(
      person({ firstOfficialLanguage: "french", languageTests: [celpip("2025-03-01", 9)] }),
    );
    expect(englishOnly).not.toHaveProperty("firstLanguage");
    expect(englishOnly).not.toHaveProperty("secondLanguage");
    expect(englishOnly.english).toEqual(levels(9, 9, 9, 9));
  });

  it("has no keys for factors it does not have", () => {
    const r = factorsOf(person());
    expect(Object.keys(r).sort()).toEqual(
      [
        "age",
        "arrangedEmployment",
        "canadianEducation",
        "canadianWorkYears",
        "certificateOfQualification",
        "education",
        "foreignWorkYears",
        "missing",
        "ok",
        "provincialNomination",
        "siblingInCanada",
        "spouseFactorApplies",
      ].sort(),
    );
  });
});

describe("crsFactors: the spouse", () => {
  it("keeps the spouse's result that scores more spouse points, not the higher sum", () => {
    // Spouse table per ability: CLB 4 or less 0, 7-8: 3, 9+: 5. 9/9/9/4 = 15 (sum 31); 8 × 4 = 12 (sum 32).
    const c = married({
      languageTests: [
        celpip("2025-03-01", 8),
        celpip("2025-03-01", { reading: 9, writing: 9, listening: 9, speaking: 4 }),
      ],
    });
    expect(factorsOf(c).spouse?.firstLanguage).toEqual(levels(9, 9, 9, 4));
    expect(scored(c).spouse.firstLanguage).toBe(15);
  });

  it("counts only the spouse's Canadian work", () => {
    const c = married({ workHistory: [foreign("2018-01-01", "2025-12-31")] });
    expect(factorsOf(c).spouse?.canadianWorkYears).toBe(0);
  });

  it("asks about the spouse's open jobs only while they could add spouse points (the table stops at 5 years)", () => {
    const unknownJob = job({ from: isoDate("2017-01-01"), to: isoDate("2018-12-31"), authorized: undefined });
    const capped = married({
      workHistory: [job({ from: isoDate("2019-01-01"), to: isoDate("2025-12-31") }), unknownJob],
    });
    expect(factorsOf(capped).spouse?.canadianWorkYears).toBe(7);
    expect(factorsOf(capped).missing).not.toContain("spouse.workHistory[1].authorized");
    const short = married({
      workHistory: [job({ from: isoDate("2024-01-01"), to: isoDate("2025-12-31") }), unknownJob],
    });
    expect(factorsOf(short).spouse?.canadianWorkYears).toBe(2);
    expect(factorsOf(short).missing).toContain("spouse.workHistory[1].authorized");
  });

  it("ignores problems of a spouse's test that had expired on the day scored", () => {
    const expiredOffScale: LanguageTest = { ...celpip("2023-06-01", 9), scores: levels(13, 9, 9, 9) };
    const r = calculateCrs(married({ languageTests: [expiredOffScale] }), { asOf: ASOF });
    expect(r.ok).toBe(true);
  });
});

describe("crsFactors: foreign work and open questions", () => {
  it("asks about open foreign jobs only while they could add points (the tables stop at 3 years)", () => {
    const capped = person({
      workHistory: [foreign("2021-01-01", "2024-12-31"), foreign("2019-01-01", "2020-12-31", "99999")],
    });
    expect(factorsOf(capped).foreignWorkYears).toBe(4);
    expect(factorsOf(capped).missing).not.toContain("workHistory[1].noc");
    const short = person({
      workHistory: [foreign("2024-01-01", "2024-12-31"), foreign("2021-01-01", "2022-12-31", "99999")],
    });
    expect(factorsOf(short).foreignWorkYears).toBe(1);
    expect(factorsOf(short).missing).toContain("workHistory[1].noc");
  });

  it("asks about a certificate of qualification only if the first language reaches CLB 5 in all four", () => {
    const { certificateOfQualification: _, ...noAnswer } = person();
    expect(factorsOf({ ...noAnswer, languageTests: [celpip("2025-03-01", 5)] }).missing).toContain(
      "certificateOfQualification",
    );
    expect(
      factorsOf({
        ...noAnswer,
        languageTests: [celpip("2025-03-01", { reading: 9, writing: 9, listening: 9, speaking: 4 })],
      }).missing,
    ).not.toContain("certificateOfQualification");
  });

  it("drops job-offer questions, and only those, once section D is full", () => {
    const { dateOfBirth: _, ...noBirth } = person();
    const c: Candidate = {
      ...noBirth,
      provincialNomination: { province: "AB", nominatedOn: isoDate("2024-01-01") },
      jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, engagement: "employee" } as JobOffer,
    };
    const missing = factorsOf(c, isoDate("2024-06-01")).missing;
    expect(missing).toContain("dateOfBirth");
    expect(missing).not.toContain("jobOffer.lmia");
    const notNominated = factorsOf({ ...c, provincialNomination: null }, isoDate("2024-06-01")).missing;
    expect(notNominated).toContain("jobOffer.lmia");
  });
});

describe("crsFactors and calculateCrs: input problems", () => {
  it("needs asOf, and says so", () => {
    expect(issuesInEnglish(calculateCrs(person(), undefined as unknown as { asOf: IsoDate }))).toEqual({
      ok: false,
      issues: [
        {
          path: "asOf",
          code: "required",
          message:
            "asOf is required: the day the rules apply on, written YYYY-MM-DD or as a Date (the library never reads the clock); got undefined.",
        },
      ],
    });
    expect(issuesInEnglish(calculateCrs(person(), { asOf: new Date(Number.NaN) }))).toEqual({
      ok: false,
      issues: [
        {
          path: "asOf",
          code: "invalid_date",
          message: "asOf must be a calendar day written YYYY-MM-DD or a valid Date; got an Invalid Date.",
        },
      ],
    });
  });

  it("reports a candidate that is not an object", () => {
    for (const [candidate, got] of [
      [null, "null"],
      [5, "5"],
      ["candidate", '"candidate"'],
      [[], "a list"],
    ] as const) {
      expect(issuesInEnglish(calculateCrs(candidate as unknown as Candidate, { asOf: ASOF }))).toEqual({
        ok: false,
        issues: [{ path: "", code: "invalid_type", message: `Expected a candidate object, got ${got}.` }],
      });
    }
  });

  it("reports a date of birth that is not a calendar day, or after the day scored", () => {
    expect(issuesInEnglish(calculateCrs(person({ dateOfBirth: "1990-02-30" as IsoDate }), { asOf: ASOF }))).toEqual({
      ok: false,
      issues: [{ path: "dateOfBirth", code: "invalid_date", message: describeIsoDateProblem("1990-02-30") }],
    });
    expect(issuesInEnglish(calculateCrs(person({ dateOfBirth: isoDate("2026-01-16") }), { asOf: ASOF }))).toEqual({
      ok: false,
      issues: [
        {
          path: "dateOfBirth",
          code: "born_after_as_of",
          message: "The date of birth 2026-01-16 is after the day scored, 2026-01-15: there is no age on that day.",
        },
      ],
    });
    expect(factorsOf(person({ dateOfBirth: ASOF })).age).toBe(0);
  });

  it("keeps the problems of tests that matter on the day scored and drops the others", () => {
    const offScale = (testedOn: string): LanguageTest => ({
      ...celpip(testedOn, 9),
      scores: levels(13, 9, 9, 9),
    });
    const issuesOf = (tests: unknown[]) => {
      const r = calculateCrs(person({ languageTests: tests as LanguageTest[] }), { asOf: ASOF });
      return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
    };
    // Expired on asOf itself (valid until the day before the second anniversary): irrelevant.
    expect(issuesOf([offScale("2024-01-15")])).toEqual([]);
    expect(issuesOf([offScale("2024-01-16")])).toEqual(["languageTests[0].scores.reading:off_scale"]);
    // Taken on asOf: it counts, so its problems do.
    expect(issuesOf([offScale("2026-01-15")])).toEqual(["languageTests[0].scores.reading:off_scale"]);
    expect(issuesOf([offScale("2026-01-16")])).toEqual([]);
    // A date that is not a calendar day cannot be placed before or after asOf: it is reported.
    expect(issuesOf([{ ...celpip("2025-03-01", 9), testedOn: "2031-02-30" }])).toEqual([
      "languageTests[0].testedOn:invalid_date",
    ]);
    expect(issuesOf([null])).toEqual(["languageTests[0]:invalid_type"]);
  });

  it("reports a declared first official language that is neither English nor French", () => {
    const r = calculateCrs(person({ firstOfficialLanguage: "klingon" as "english" }), { asOf: ASOF });
    expect(issuesInEnglish(r)).toEqual({
      ok: false,
      issues: [
        {
          path: "firstOfficialLanguage",
          code: "invalid_value",
          message: 'Expected "english" or "french", got "klingon".',
        },
      ],
    });
  });
});

describe("crsFactors: education", () => {
  it("counts a foreign credential whose ECA is issued on the day scored", () => {
    expect(factorsOf(person({ education: [cred("masters", { ecaIssuedOn: ASOF })] })).education).toBe("masters");
    expect(factorsOf(person({ education: [cred("masters", { ecaIssuedOn: isoDate("2026-01-16") })] })).education).toBe(
      "less-than-secondary",
    );
  });

  it("takes a bachelor's of exactly 3 years as a three-year program", () => {
    const both = [cred("bachelors", { inCanada: true, years: 3 }), cred("one-year", { inCanada: true })];
    expect(factorsOf(person({ education: both })).education).toBe("two-or-more");
    expect(factorsOf(person({ education: [cred("bachelors", { inCanada: true, years: 3 })] })).canadianEducation).toBe(
      "three-year-or-longer",
    );
    expect(factorsOf(person({ education: [cred("bachelors", { inCanada: true, years: 2 })] })).canadianEducation).toBe(
      "one-or-two-year",
    );
  });

  it("keeps the best Canadian credential, whatever the order", () => {
    const list = [cred("bachelors", { inCanada: true, years: 4 }), cred("one-year", { inCanada: true })];
    expect(factorsOf(person({ education: list })).canadianEducation).toBe("three-year-or-longer");
    expect(factorsOf(person({ education: [...list].reverse() })).canadianEducation).toBe("three-year-or-longer");
  });

  it("reads a list left out as unanswered, with nothing certain and a doctorate possible", () => {
    expect(educationFinding(undefined, ASOF, "education")).toEqual({
      level: "less-than-secondary",
      possibleLevel: "doctoral",
      possibleCanadianEducation: "three-year-or-longer",
      canadianEducation: "none",
      missing: ["education"],
      standings: [],
    });
  });

  it("puts credentials with an unanswered ECA, and only those, in the possible level", () => {
    const expiredDoctorate = cred("doctoral", { ecaIssuedOn: isoDate("2019-01-01") });
    const r = educationFinding(
      [cred("bachelors", { inCanada: true }), cred("secondary", { ecaIssuedOn: undefined }), expiredDoctorate],
      ASOF,
      "education",
    );
    // The Canadian bachelor's length is open: it decides the Canadian-education line (15 or 30).
    expect(r).toMatchObject({ level: "bachelors", possibleLevel: "bachelors", missing: ["education[0].years"] });
    expect(r.standings).toEqual(["counts", "eca-missing", "eca-expired"]);
    const withOneYear = educationFinding(
      [cred("one-year", { inCanada: true }), cred("bachelors", { ecaIssuedOn: undefined })],
      ASOF,
      "spouse.education",
    );
    expect(withOneYear).toMatchObject({
      level: "one-year",
      possibleLevel: "two-or-more",
      // Two or more needs both: the ECA, and a bachelor's program of three years or longer.
      missing: ["spouse.education[1].ecaIssuedOn", "spouse.education[1].years"],
    });
  });

  it("takes a credential named three years or longer as a three-year program", () => {
    expect(levelOfCredentials([cred("three-year-or-longer", { years: 2 }), cred("one-year")])).toBe("two-or-more");
    expect(levelOfCredentials([cred("two-year"), cred("one-year")])).toBe("two-year");
  });
});

describe("scoreCrs", () => {
  it("names the factors hand-built factors leave out, when they give no missing list", () => {
    const { age: _, spouseFactorApplies: __, ...rest } = bareFactors();
    expect(scoreCrs(bareFactors(), { asOf: ASOF }).missing).toEqual([]);
    expect(scoreCrs(rest, { asOf: ASOF }).missing).toEqual(["age", "spouseFactorApplies"]);
    expect(scoreCrs(bareFactors({ spouseFactorApplies: true }), { asOf: ASOF }).missing).toEqual(["spouse"]);
    const spouse = { education: "bachelors" as const, canadianWorkYears: 0 };
    expect(scoreCrs(bareFactors({ spouseFactorApplies: true, spouse }), { asOf: ASOF }).missing).toEqual([]);
    expect(scoreCrs(bareFactors({ spouseFactorApplies: false, spouse }), { asOf: ASOF }).missing).toEqual([]);
    expect(scoreCrs(bareFactors({ missing: ["x", "x", "y"] }), { asOf: ASOF }).missing).toEqual(["x", "y"]);
  });

  it("lists the source of every table in force, one per document and effective date, without sections", () => {
    for (const day of ["2016-01-01", "2020-10-27", "2024-06-01", ASOF]) {
      const tables = crsTablesAsOf(isoDate(day));
      const expected = new Map<string, object>();
      for (const [name, version] of Object.entries(tables)) {
        if (name === "asOf") continue;
        const { section: _, ...rest } = (
          version as unknown as { source: { section?: string } & Record<string, unknown> }
        ).source;
        expected.set(`${rest.title}|${rest.url}|${rest.effective ?? ""}`, rest);
      }
      const sources = scoreCrs(bareFactors(), { asOf: isoDate(day) }).sources;
      const key = (s: object) => JSON.stringify(s, Object.keys(s).sort());
      expect(sources.map(key).sort(), day).toEqual([...expected.values()].map(key).sort());
      for (const source of sources) expect(source).not.toHaveProperty("section");
    }
    // On 2026-01-15 the CRS page is cited with more than one effective date.
    const onAsOf = scoreCrs(bareFactors(), { asOf: ASOF }).sources;
    expect(new Set(onAsOf.map((s) => s.url)).size).toBeLessThan(onAsOf.length);
  });

  it("returns sources a caller may change without changing later scores", () => {
    const first = scoreCrs(bareFactors(), { asOf: ASOF });
    const count = first.sources.length;
    (first.sources as unknown[]).push({ title: "changed" });
    expect(scoreCrs(bareFactors(), { asOf: ASOF }).sources).toHaveLength(count);
  });

  it("throws InvalidAsOfError without options", () => {
    expect(thrown(() => scoreCrs(bareFactors(), undefined as unknown as { asOf: IsoDate }))).toMatchObject({
      name: "InvalidAsOfError",
      code: "required",
      path: "asOf",
    });
  });

  it("accepts the largest whole ages and years it allows", () => {
    expect(scoreCrs(bareFactors({ age: 150 }), { asOf: ASOF }).core.age).toBe(0);
    expect(
      scoreCrs(bareFactors({ canadianWorkYears: 100, foreignWorkYears: 100 }), { asOf: ASOF }).core.canadianWork,
    ).toBe(80);
    expect(scoreCrs(bareFactors({ firstLanguage: levels(12, 12, 12, 12) }), { asOf: ASOF }).core.firstLanguage).toBe(
      136,
    );
  });
});

describe("scoreCrs: factors outside their domain", () => {
  const cases: readonly [string, Record<string, unknown> | null, string][] = [
    ["factors.age", { age: 29.5 }, "factors.age must be a whole number from 0 to 9999; got 29.5."],
    ["factors.age", { age: 10_000 }, "factors.age must be a whole number from 0 to 9999; got 10000."],
    [
      "factors.spouseFactorApplies",
      { spouseFactorApplies: "yes" as unknown as boolean },
      "factors.spouseFactorApplies must be true or false; got yes.",
    ],
    [
      "factors.education",
      { education: "phd" as CrsFactors["education"] },
      'factors.education must be a CRS level of education; got "phd".',
    ],
    [
      "factors.firstLanguage",
      { firstLanguage: 5 as unknown as CrsFactors["firstLanguage"] },
      "factors.firstLanguage must be CLB levels per ability.",
    ],
    [
      "factors.firstLanguage",
      { firstLanguage: null as unknown as CrsFactors["firstLanguage"] },
      "factors.firstLanguage must be CLB levels per ability.",
    ],
    [
      "factors.firstLanguage.reading",
      { firstLanguage: levels(-1, 9, 9, 9) },
      "factors.firstLanguage.reading must be a whole number from 0 to 12; got -1.",
    ],
    [
      "factors.firstLanguage.listening",
      { firstLanguage: levels(9, 9, 13, 9) },
      "factors.firstLanguage.listening must be a whole number from 0 to 12; got 13.",
    ],
    [
      "factors.secondLanguage.writing",
      { secondLanguage: levels(9, 4.5, 9, 9) },
      "factors.secondLanguage.writing must be a whole number from 0 to 12; got 4.5.",
    ],
    [
      "factors.english.speaking",
      { english: levels(9, 9, 9, "9" as unknown as number) },
      "factors.english.speaking must be a whole number from 0 to 12; got 9.",
    ],
    [
      "factors.french.reading",
      { french: levels(Number.NaN, 9, 9, 9) },
      "factors.french.reading must be a whole number from 0 to 12; got NaN.",
    ],
    [
      "factors.canadianWorkYears",
      { canadianWorkYears: 101 },
      "factors.canadianWorkYears must be a whole number from 0 to 100; got 101.",
    ],
    [
      "factors.certificateOfQualification",
      { certificateOfQualification: 1 as unknown as boolean },
      "factors.certificateOfQualification must be true or false; got 1.",
    ],
    ["factors.spouse", { spouse: 5 as unknown as CrsFactors["spouse"] }, "factors.spouse must be an object."],
    ["factors.spouse", { spouse: null as unknown as CrsFactors["spouse"] }, "factors.spouse must be an object."],
    [
      "factors.spouse.education",
      { spouse: { education: "none" as CrsFactors["education"], canadianWorkYears: 0 } },
      'factors.spouse.education must be a CRS level of education; got "none".',
    ],
    [
      "factors.spouse.firstLanguage.speaking",
      { spouse: { education: "bachelors", canadianWorkYears: 0, firstLanguage: levels(9, 9, 9, 20) } },
      "factors.spouse.firstLanguage.speaking must be a whole number from 0 to 12; got 20.",
    ],
    [
      "factors.canadianEducation",
      { canadianEducation: "masters" as CrsFactors["canadianEducation"] },
      "factors.canadianEducation must be one of none, one-or-two-year, three-year-or-longer.",
    ],
    [
      "factors.arrangedEmployment",
      { arrangedEmployment: "yes" as CrsFactors["arrangedEmployment"] },
      "factors.arrangedEmployment must be one of none, teer0-major-group-00, other-teer-0-3.",
    ],
    [
      "factors.provincialNomination",
      { provincialNomination: null as unknown as boolean },
      "factors.provincialNomination must be true or false; got null.",
    ],
    [
      "factors.missing",
      { missing: "dateOfBirth" as unknown as string[] },
      "factors.missing must be a list of input paths.",
    ],
    [
      "factors.missing",
      { missing: ["dateOfBirth", 5] as unknown as string[] },
      "factors.missing must be a list of input paths.",
    ],
    ["factors", null, "factors must be an object."],
  ];

  it.each(cases)("%s: %s", (path, change, message) => {
    const factors = change === null ? null : bareFactors(change as Partial<CrsFactors>);
    const error = thrown(() => scoreCrs(factors as CrsFactors, { asOf: ASOF }));
    expect(error).toBeInstanceOf(CrsInputError);
    expect(error).toMatchObject({ code: "invalid_factor", path, message });
  });

  it("rejects factors that are not an object, even a number", () => {
    expect(thrown(() => scoreCrs(5 as unknown as CrsFactors, { asOf: ASOF }))).toMatchObject({ path: "factors" });
  });
});

describe("the CRS tables", () => {
  it("say which name is not a table", () => {
    const error = thrown(() => crsTableHistory("bonus" as "age"));
    expect(error).toBeInstanceOf(CrsInputError);
    expect(error).toMatchObject({ code: "invalid_factor", path: "name", message: 'No CRS table is named "bonus".' });
    // The names of Object.prototype's keys are no tables either.
    for (const name of ["toString", "constructor", "hasOwnProperty", "__proto__"]) {
      expect(
        thrown(() => crsTableHistory(name as "age")),
        name,
      ).toMatchObject({
        code: "invalid_factor",
        message: `No CRS table is named "${name}".`,
      });
    }
  });

  it("say what is wrong with asOf", () => {
    expect(thrown(() => crsTablesAsOf(undefined as unknown as IsoDate))).toMatchObject({
      name: "InvalidAsOfError",
      code: "required",
      path: "asOf",
      message:
        "asOf is required: the day the rules apply on, written YYYY-MM-DD or as a Date (the library never reads the clock); got undefined.",
    });
    expect(thrown(() => crsTablesAsOf(new Date(Number.NaN)))).toMatchObject({
      code: "invalid_date",
      path: "asOf",
      message: "asOf must be a calendar day written YYYY-MM-DD or a valid Date; got an Invalid Date.",
    });
    expect(thrown(() => crsTablesAsOf("2025-02-30" as IsoDate))).toMatchObject({
      code: "invalid_date",
      path: "asOf",
      message: `asOf must be a calendar day written YYYY-MM-DD or a valid Date; got "2025-02-30": ${describeIsoDateProblem("2025-02-30")}`,
    });
    expect(thrown(() => crsTablesAsOf(isoDate("2014-12-31")))).toMatchObject({
      code: "before_crs",
      path: "asOf",
      message: "The Comprehensive Ranking System started on 2015-01-01; there is no CRS score on 2014-12-31.",
    });
    expect(crsTablesAsOf(new Date(2026, 0, 15)).asOf).toBe("2026-01-15");
  });

  it("give the same frozen values for the same day, table and list each time", () => {
    const day = isoDate("2023-03-03");
    const a = crsTablesAsOf(day);
    crsTablesAsOf(isoDate("2023-03-04"));
    expect(crsTablesAsOf(day)).toBe(a);
    expect(crsTablesAsOf(new Date(2023, 5, 6))).toBe(crsTablesAsOf(new Date(2023, 5, 6)));
    expect(crsTableHistory("age")).toBe(crsTableHistory("age"));
    expect(crsUncertainties()).toBe(crsUncertainties());
  });

  it("carry the date the data was verified", () => {
    expect(CRS_POINTS_VERIFIED).toBe(crsJson.verified);
  });

  it("name only CRS levels of education as levels", () => {
    for (const value of [5, undefined, null, ["masters"]]) expect(isEducationLevel(value)).toBe(false);
    expect(isEducationLevel("doctoral")).toBe(true);
  });
});

describe("arranged employment: exact findings", () => {
  const offer = (over: Partial<JobOffer> = {}): JobOffer =>
    ({
      noc: "21231",
      hoursPerWeek: 40,
      permanent: true,
      engagement: "employee",
      lmia: "approved",
      ...over,
    }) as JobOffer;

  it("major group 00 is the same in both NOC versions: every concordance pair agrees on it", () => {
    // What lets isMajorGroup00On read a code as written on any day.
    let pairs = 0;
    for (const [noc2016, noc2021] of nocCodePairs()) {
      pairs++;
      expect({ noc2016, noc2021, group00: nocCodeFacts(noc2016)?.majorGroup === "00" }).toEqual({
        noc2016,
        noc2021,
        group00: nocCodeFacts(noc2021)?.majorGroup === "00",
      });
    }
    expect(pairs).toBe(585);
    const group00 = nocCodePairs().filter(([a]) => nocCodeFacts(a)?.majorGroup === "00");
    expect(group00.map(([a, b]) => `${a}>${b}`)).toEqual([
      "0011>00010",
      "0012>00011",
      "0013>00012",
      "0014>00013",
      "0015>00014",
      "0016>00015",
    ]);
  });

  it("reads major group 00 in the classification in force, through the concordance for the other", () => {
    expect(isMajorGroup00On("99999", isoDate("2024-06-01"))).toBeUndefined();
    expect(isMajorGroup00On("00012", isoDate("2024-06-01"))).toBe(true);
    expect(isMajorGroup00On("0013", isoDate("2024-06-01"))).toBe(true); // NOC 2016 0013 -> NOC 2021 00012
    expect(isMajorGroup00On("2173", isoDate("2024-06-01"))).toBe(false);
    expect(isMajorGroup00On("00012", isoDate("2020-06-01"))).toBe(true);
    expect(isMajorGroup00On("21231", isoDate("2020-06-01"))).toBe(false);
  });

  it("gives nothing and asks nothing for no offer", () => {
    expect(arrangedEmploymentFinding(null, ASOF)).toEqual({ certain: "none", possible: "none", missing: [] });
  });

  it("takes 30 hours a week as full-time and 12 months as long enough", () => {
    const day = isoDate("2024-06-01");
    expect(arrangedEmploymentFinding(offer({ hoursPerWeek: 30 }), day).certain).toBe("other-teer-0-3");
    expect(arrangedEmploymentFinding(offer({ hoursPerWeek: 29 }), day).certain).toBe("none");
    expect(arrangedEmploymentFinding(offer({ permanent: false, durationMonths: 12 }), day).certain).toBe(
      "other-teer-0-3",
    );
    expect(arrangedEmploymentFinding(offer({ permanent: false, durationMonths: 11 }), day)).toEqual({
      certain: "none",
      possible: "none",
      missing: [],
    });
    // A seasonal offer is no arranged employment; left out, taken to be non-seasonal.
    expect(arrangedEmploymentFinding(offer({ seasonal: true }), day)).toEqual({
      certain: "none",
      possible: "none",
      missing: [],
    });
    expect(arrangedEmploymentFinding(offer({ seasonal: false }), day).certain).toBe("other-teer-0-3");
    // Eleven months with the permanence open: a permanent offer would count.
    expect(arrangedEmploymentFinding(offer({ permanent: undefined, durationMonths: 11 }), day)).toEqual({
      certain: "none",
      possible: "other-teer-0-3",
      missing: ["jobOffer.permanent"],
    });
  });

  it("before 2016-11-19 needs a permanent LMIA-supported offer", () => {
    const day = isoDate("2016-06-01");
    expect(arrangedEmploymentFinding(offer({ noc: "2173" }), day)).toEqual({
      certain: "other-teer-0-3",
      possible: "other-teer-0-3",
      missing: [],
    });
    expect(arrangedEmploymentFinding(offer({ noc: "2173", permanent: undefined }), day)).toEqual({
      certain: "none",
      possible: "other-teer-0-3",
      missing: ["jobOffer.permanent"],
    });
    expect(arrangedEmploymentFinding(offer({ noc: "2173", permanent: false }), day).possible).toBe("none");
    expect(
      arrangedEmploymentFinding(offer({ noc: "2173", lmia: "exempt-work-permit" }), isoDate("2016-11-18")).possible,
    ).toBe("none");
    expect(
      arrangedEmploymentFinding(offer({ noc: "2173", lmia: "exempt-work-permit" }), isoDate("2016-11-19")).certain,
    ).toBe("other-teer-0-3");
    expect(
      scored(person({ jobOffer: offer({ noc: "0013" }) }), isoDate("2016-06-01")).additional.arrangedEmployment,
    ).toBe(600);
  });

  it("asks about an unknown occupation once, first", () => {
    expect(arrangedEmploymentFinding(offer({ noc: "99999", hoursPerWeek: undefined }), isoDate("2024-06-01"))).toEqual({
      certain: "none",
      possible: "teer0-major-group-00",
      missing: ["jobOffer.noc", "jobOffer.hoursPerWeek"],
    });
  });
});

describe("crsImprovements: exact steps and gains", () => {
  it("prices every single change of a candidate with English only (hand-computed from the tables)", () => {
    // Age 29: 110; bachelor's in Canada: 120 and 30 Canadian-education points; CLB 8/8/8/7: 86;
    // 1 year in Canada: 40. Transferability: bachelor's × CLB 7+ 13, bachelor's × 1 year 13 = 26.
    // Total 110 + 120 + 86 + 40 + 26 + 30 = 412.
    const c = person({
      dateOfBirth: isoDate("1996-06-01"),
      education: [cred("bachelors", { inCanada: true, years: 4 })],
      languageTests: [celpip("2025-03-01", { reading: 8, writing: 8, listening: 8, speaking: 7 })],
      workHistory: [job({ from: isoDate("2024-12-01"), to: isoDate("2025-11-30") })],
    });
    const r = improvementsOf(c);
    expect(r.current.total).toBe(412);
    expect(scored({ ...c, languageTests: [...(c.languageTests ?? []), tef("2025-03-01", 9)] }).total).toBe(524);
    const twoOrMore = crsTablesAsOf(ASOF).education.value.rows.find((row) => row.level === "two-or-more")?.label;
    expect(twoOrMore).toMatch(/^Two or more/);
    expect(r.improvements).toEqual([
      // Section D is capped at 600: 30 + 600 -> 600.
      {
        kind: "provincial-nomination",
        change: "A provincial or territorial nomination through Express Entry.",
        path: "provincialNomination",
        points: 570,
        total: 982,
      },
      // French at NCLC 9 is worth more first (the first language is not declared), as calculateCrs
      // scores it: French first 4 × 31 = 124, English second 3 + 3 + 3 + 3 = 12, 50 French points,
      // bachelor's × NCLC 9+ 50 with 1 year in Canada 13 (capped at 50 together): 524 (re-scored below).
      {
        kind: "first-language",
        change: "A French test result at NCLC 9 in all four abilities.",
        path: "languageTests",
        points: 112,
        total: 524,
      },
      {
        kind: "second-language",
        change: "A French test result (second official language) at NCLC 7 in all four abilities.",
        path: "languageTests",
        points: 62,
        total: 474,
      },
      // Two or more credentials: 128 (+8); transferability 25 + 25, capped at 50 (+24).
      {
        kind: "education",
        change: `Education at the next CRS level: ${twoOrMore}.`,
        path: "education",
        points: 32,
        total: 444,
      },
      // 1 year abroad: 13 with CLB 7+, 13 with 1 year in Canada.
      {
        kind: "foreign-work",
        change: "One more year of skilled foreign work experience (1 year instead of 0).",
        path: "workHistory",
        points: 26,
        total: 438,
      },
      // 2 years in Canada: 53 (+13); bachelor's × 2 years 25 (+12).
      {
        kind: "canadian-work",
        change: "One more year of skilled Canadian work experience (2 years instead of 1).",
        path: "workHistory",
        points: 25,
        total: 437,
      },
      ...(["reading", "writing", "listening"] as const).map((ability) => ({
        kind: "first-language",
        change: `CLB 9 in ${ability} (now 8) in your first official language, English.`,
        path: "languageTests",
        points: 8,
        total: 420,
      })),
      {
        kind: "first-language",
        change: "CLB 8 in speaking (now 7) in your first official language, English.",
        path: "languageTests",
        points: 6,
        total: 418,
      },
      {
        kind: "second-language",
        change: "A French test result (second official language) at NCLC 5 in all four abilities.",
        path: "languageTests",
        points: 4,
        total: 416,
      },
    ]);
    expect(r.agePoints[0]).toEqual({ on: "2026-06-01", age: 30, agePoints: 105, change: -5, total: 407 });
  });

  it("prices changes of a French-first candidate with credentials of every standing", () => {
    // Age 35: 77; education counted: bachelor's in Canada 120 (+30 Canadian education); French
    // NCLC 9 × 4 first: 124; English CLB 6 × 4 second: 4; French points 50. Transferability:
    // bachelor's × CLB 9 = 25. Total 77 + 120 + 124 + 4 + 25 + 50 + 30 = 430.
    const c = person({
      dateOfBirth: isoDate("1990-03-10"),
      firstOfficialLanguage: "french",
      education: [
        cred("bachelors", { inCanada: true, years: 4 }),
        cred("one-year", { ecaIssuedOn: undefined }),
        cred("doctoral", { ecaIssuedOn: isoDate("2019-01-01") }),
        cred("masters", { ecaIssuedOn: isoDate("2026-02-01") }),
        cred("doctoral", { inCanada: true, completedOn: isoDate("2026-06-01") }),
      ],
      languageTests: [tcf(9, 9, 9, 9), celpip("2025-03-01", 6)],
    });
    const r = improvementsOf(c);
    expect(r.current.total).toBe(430);
    const label = (level: string) => crsTablesAsOf(ASOF).education.value.rows.find((row) => row.level === level)?.label;
    expect(r.improvements).toEqual([
      {
        kind: "provincial-nomination",
        change: "A provincial or territorial nomination through Express Entry.",
        path: "provincialNomination",
        points: 520,
        total: 950,
      },
      // A doctorate: 150 (+30); transferability 50 (+25).
      {
        kind: "eca",
        change:
          'A valid Educational Credential Assessment for education[2] (doctoral degree; its ECA is five or more years old): education scored as "doctoral degree (PhD)" instead of "bachelor\'s degree or three-year or longer post-secondary program".',
        path: "education[2].ecaIssuedOn",
        points: 55,
        total: 485,
      },
      // 1 year in Canada: 40; bachelor's × 1 year 13.
      {
        kind: "canadian-work",
        change: "One more year of skilled Canadian work experience (1 year instead of 0).",
        path: "workHistory",
        points: 53,
        total: 483,
      },
      // A master's: 135 (+15); transferability 50 (+25).
      {
        kind: "eca",
        change:
          'A valid Educational Credential Assessment for education[3] (master\'s degree; its ECA was issued after this day): education scored as "master\'s degree or professional degree" instead of "bachelor\'s degree or three-year or longer post-secondary program".',
        path: "education[3].ecaIssuedOn",
        points: 40,
        total: 470,
      },
      // Two or more: 128 (+8); transferability 50 (+25). Equal points: education before eca.
      {
        kind: "education",
        change: `Education at the next CRS level: ${label("two-or-more")}.`,
        path: "education",
        points: 33,
        total: 463,
      },
      {
        kind: "eca",
        change:
          'A valid Educational Credential Assessment for education[1] (one-year program; no ECA date is given): education scored as "two or more credentials, one of them for a program of three years or longer" instead of "bachelor\'s degree or three-year or longer post-secondary program".',
        path: "education[1].ecaIssuedOn",
        points: 33,
        total: 463,
      },
      // 1 year abroad with NCLC 9+: 25.
      {
        kind: "foreign-work",
        change: "One more year of skilled foreign work experience (1 year instead of 0).",
        path: "workHistory",
        points: 25,
        total: 455,
      },
      ...(["reading", "writing", "listening", "speaking"] as const).map((ability) => ({
        kind: "first-language",
        change: `NCLC 10 in ${ability} (now 9) in your first official language, French.`,
        path: "languageTests",
        points: 3,
        total: 433,
      })),
      ...(["reading", "writing", "listening", "speaking"] as const).map((ability) => ({
        kind: "second-language",
        change: `CLB 7 in ${ability} (now 6) in your second official language, English.`,
        path: "languageTests",
        points: 2,
        total: 432,
      })),
    ]);
  });

  it("carries each change as a message: ids and parameters, and their French", () => {
    const c = person({
      dateOfBirth: isoDate("1990-03-10"),
      firstOfficialLanguage: "french",
      education: [
        cred("bachelors", { inCanada: true, years: 4 }),
        cred("one-year", { ecaIssuedOn: undefined }),
        cred("doctoral", { ecaIssuedOn: isoDate("2019-01-01") }),
      ],
      languageTests: [tcf(9, 9, 9, 9), celpip("2025-03-01", 6)],
    });
    const r = crsImprovements(c, { asOf: ASOF });
    if (!r.ok) throw new Error("issues");
    const byKind = (kind: string) => r.improvements.filter((i) => i.kind === kind).map((i) => i.message);
    expect(byKind("provincial-nomination")).toEqual([message("crs.improve.provincial-nomination", {})]);
    expect(byKind("eca")).toEqual([
      message("crs.improve.eca", {
        index: 2,
        credential: "doctoral",
        standing: "eca-expired",
        level: "doctoral",
        now: "bachelors",
      }),
      message("crs.improve.eca", {
        index: 1,
        credential: "one-year",
        standing: "eca-missing",
        level: "two-or-more",
        now: "bachelors",
      }),
    ]);
    expect(byKind("canadian-work")).toEqual([message("crs.improve.canadian-work", { years: 1, now: 0 })]);
    expect(byKind("foreign-work")).toEqual([message("crs.improve.foreign-work", { years: 1, now: 0 })]);
    expect(byKind("education")).toEqual([
      message("crs.improve.education", {
        level: "two-or-more",
        label: crsTablesAsOf(ASOF).education.value.rows.find((row) => row.level === "two-or-more")?.label ?? "",
      }),
    ]);
    expect(byKind("first-language")[0]).toEqual(
      message("crs.improve.language-ability", {
        language: "french",
        role: "first",
        ability: "reading",
        level: 10,
        now: 9,
      }),
    );
    expect(byKind("second-language")[3]).toEqual(
      message("crs.improve.language-ability", {
        language: "english",
        role: "second",
        ability: "speaking",
        level: 7,
        now: 6,
      }),
    );
    // In French, with IRCC's terms: NCLC for both languages, EDE, SCG, Entrée express.
    const french = (kind: string, at = 0) =>
      r.improvements
        .filter((i) => i.kind === kind)
        .slice(at, at + 1)
        .map(frenchOf)
        .join("");
    expect(french("provincial-nomination")).toBe(
      "Une désignation provinciale ou territoriale dans le cadre d’Entrée express.",
    );
    expect(french("eca")).toBe(
      "Une évaluation des diplômes d’études (EDE) valide pour education[2] (doctorat ; son EDE date de cinq ans ou plus) : les études seraient comptées au niveau « Doctorat (Ph. D.) » au lieu de « Baccalauréat OU programme d’études postsecondaires de trois ans ou plus ».",
    );
    expect(french("second-language", 3)).toBe(
      "NCLC 7 en expression orale (actuellement 6) dans votre seconde langue officielle, l’anglais.",
    );
    expect(french("canadian-work")).toBe(
      "Une année de plus d’expérience de travail qualifié au Canada (1 an au lieu de 0).",
    );
    expect(french("education")).toMatch(/^Des études au niveau suivant du SCG : Deux certificats/);
  });

  it("suggests a first test in the declared language when there is none", () => {
    const r = improvementsOf(person({ firstOfficialLanguage: "french", languageTests: [] }));
    expect(r.improvements.filter((i) => i.kind === "first-language").map((i) => i.change)).toEqual([
      "A French test result at NCLC 9 in all four abilities.",
      "A French test result at NCLC 7 in all four abilities.",
      "A French test result at NCLC 5 in all four abilities.",
    ]);
  });

  it("suggests the next CLB level that adds points, not merely the next level", () => {
    // CLB 4 and 5 both give 6 points per ability; 6 gives 9.
    const r = improvementsOf(
      person({ languageTests: [celpip("2025-03-01", { reading: 10, writing: 10, listening: 10, speaking: 4 })] }),
    );
    expect(r.improvements.find((i) => i.change.includes("in speaking"))).toEqual({
      kind: "first-language",
      change: "CLB 6 in speaking (now 4) in your first official language, English.",
      path: "languageTests",
      points: 3,
      total: r.current.total + 3,
    });
  });

  it("has no next level of education above a doctorate, and no birthdays without a date of birth", () => {
    const { dateOfBirth: _, ...noBirth } = person({ education: [cred("doctoral", { inCanada: true })] });
    const r = improvementsOf(noBirth);
    expect(r.improvements.some((i) => i.kind === "education")).toBe(false);
    expect(r.agePoints).toEqual([]);
  });
});

describe("provincial nomination helpers", () => {
  it("name the argument that is not a date", () => {
    const cases: readonly [(value: IsoDate) => IsoDate, string][] = [
      [nominationAcceptanceDeadline, "nominatedOn"],
      [expressEntryProfileExpiry, "submittedOn"],
      [itaApplicationDeadline, "itaOn"],
      [misrepresentationBanEnds, "decidedOn"],
    ];
    for (const [fn, name] of cases) {
      const error = thrown(() => fn(20260115 as unknown as IsoDate));
      expect(error).toBeInstanceOf(TypeError);
      expect((error as Error).message).toBe(`${name}: Expected a date written YYYY-MM-DD, got number.`);
      // A text that is not a day, and an Invalid Date, name the argument too.
      expect((thrown(() => fn("2026-02-30" as IsoDate)) as Error).message).toMatch(new RegExp(`^${name}: 2026-02-30`));
      expect((thrown(() => fn(new Date(Number.NaN) as unknown as IsoDate)) as Error).message).toBe(
        `${name}: got an Invalid Date.`,
      );
    }
    expect(nominationAcceptanceDeadline(new Date(2026, 1, 1))).toBe("2026-03-03");
  });

  it("answer provincialNomination in missing, and cap the total at 1,200", () => {
    const b = scoreCrs(bareFactors({ missing: ["provincialNomination", "dateOfBirth"] }), { asOf: ASOF });
    expect(withProvincialNomination(b).missing).toEqual(["dateOfBirth"]);
    const inflated: CrsBreakdown = { ...b, core: { ...b.core, age: 1000, subtotal: 1000 } };
    const n = withProvincialNomination(inflated);
    expect(n.total).toBe(1200);
    expect(n.additional.subtotal).toBe(600);
  });
});

describe("crsImprovements: order of equal gains, levels below the chart, work counts", () => {
  // Every candidate here is single, 36 on ASOF (72 age points), with the factors named; points
  // come from the single column of IRCC's tables (data/ircc/crs-points.json).
  const row = (kind: string, change: string, path: string, points: number, total: number) => ({
    kind,
    change,
    path,
    points,
    total,
  });

  it("puts the first language before the second on equal points", () => {
    // English 10/10/10/9: 34 × 3 + 31 = 133; French 8/9/9/9 second: 3 + 6 × 3 = 21; French points
    // (NCLC 7+ and CLB 5+) 50. Total 72 + 133 + 21 + 50 = 276. Speaking 9 -> 10 is +3; French
    // reading 8 -> 9 is 3 -> 6, +3: a tie, which KIND_ORDER breaks first-language first.
    const r = improvementsOf(
      person({
        languageTests: [
          celpip("2025-03-01", { reading: 10, writing: 10, listening: 10, speaking: 9 }),
          tcf(8, 9, 9, 9),
        ],
      }),
    );
    expect(r.current.total).toBe(276);
    expect(r.improvements.slice(-2)).toEqual([
      row(
        "first-language",
        "CLB 10 in speaking (now 9) in your first official language, English.",
        "languageTests",
        3,
        279,
      ),
      row(
        "second-language",
        "NCLC 9 in reading (now 8) in your second official language, French.",
        "languageTests",
        3,
        279,
      ),
    ]);
  });

  it("puts a second-language gain before an equal foreign-work gain", () => {
    // French first NCLC 7 × 4: 68; English 5/5/5/4 second: 3; 1 year in Canada: 40; French points
    // with English under CLB 5 in one ability: 25. Total 72 + 68 + 3 + 40 + 25 = 208.
    // English speaking 4 -> 5: +1, and the French points become 50 (+25): +26. One year abroad:
    // 13 (with NCLC 7+) + 13 (with 1 year in Canada) = +26. Equal: second-language first.
    const c = person({
      firstOfficialLanguage: "french",
      languageTests: [tcf(7, 7, 7, 7), celpip("2025-03-01", { reading: 5, writing: 5, listening: 5, speaking: 4 })],
      workHistory: [job({ from: isoDate("2024-12-01"), to: isoDate("2025-11-30") })],
    });
    const r = improvementsOf(c);
    expect(r.current.total).toBe(208);
    expect(r.improvements.slice(0, 5)).toEqual([
      row(
        "provincial-nomination",
        "A provincial or territorial nomination through Express Entry.",
        "provincialNomination",
        575,
        783,
      ),
      row(
        "education",
        `Education at the next CRS level: ${crsTablesAsOf(ASOF).education.value.rows.find((x) => x.level === "secondary")?.label}.`,
        "education",
        30,
        238,
      ),
      row(
        "second-language",
        "CLB 5 in speaking (now 4) in your second official language, English.",
        "languageTests",
        26,
        234,
      ),
      row(
        "foreign-work",
        "One more year of skilled foreign work experience (1 year instead of 0).",
        "workHistory",
        26,
        234,
      ),
      // 2 years in Canada: 53 - 40.
      row(
        "canadian-work",
        "One more year of skilled Canadian work experience (2 years instead of 1).",
        "workHistory",
        13,
        221,
      ),
    ]);
    // The second language skips a level that adds nothing: CLB 6 is worth what CLB 5 is (1).
    expect(r.improvements.filter((i) => i.change.startsWith("CLB 7 in"))).toHaveLength(3);
  });

  it("puts first-language gains before an equal Canadian-work gain, and counts foreign years in the plural", () => {
    // CLB 8 × 4: 92; 4 years in Canada: 72; 2 years abroad: 13 (CLB 7+) + 25 (2+ years in
    // Canada) = 38. Total 72 + 92 + 72 + 38 = 274.
    const c = person({
      languageTests: [celpip("2025-03-01", 8)],
      workHistory: [
        job({ from: isoDate("2021-12-01"), to: isoDate("2025-11-30") }),
        foreign("2019-01-01", "2020-12-31"),
      ],
    });
    const r = improvementsOf(c);
    expect(r.current.total).toBe(274);
    expect(r.improvements.slice(4)).toEqual([
      // 3 years abroad: 25 + 50 = 75, capped at 50: +12.
      row(
        "foreign-work",
        "One more year of skilled foreign work experience (3 years instead of 2).",
        "workHistory",
        12,
        286,
      ),
      // CLB 9 in one ability: 23 -> 31; the CLB 9 column needs all four.
      ...(["reading", "writing", "listening", "speaking"] as const).map((ability) =>
        row(
          "first-language",
          `CLB 9 in ${ability} (now 8) in your first official language, English.`,
          "languageTests",
          8,
          282,
        ),
      ),
      // 5 years in Canada: 80 - 72.
      row(
        "canadian-work",
        "One more year of skilled Canadian work experience (5 years instead of 4).",
        "workHistory",
        8,
        282,
      ),
      row(
        "second-language",
        "A French test result (second official language) at NCLC 5 in all four abilities.",
        "languageTests",
        4,
        278,
      ),
    ]);
  });

  it("puts a Canadian-work gain before an equal education gain", () => {
    // One-year credential in Canada: 90 and 15 Canadian-education points; CLB 7 × 4: 68; 4 years
    // in Canada: 72; transferability 13 (one-year × CLB 7) + 25 (one-year × 2+ years) = 38.
    // Total 72 + 90 + 68 + 72 + 38 + 15 = 355. A fifth year: +8; a two-year program: 98 - 90 = +8.
    const c = person({
      languageTests: [celpip("2025-03-01", 7)],
      education: [cred("one-year", { inCanada: true })],
      workHistory: [job({ from: isoDate("2021-12-01"), to: isoDate("2025-11-30") })],
    });
    const r = improvementsOf(c);
    expect(r.current.total).toBe(355);
    const twoYear = crsTablesAsOf(ASOF).education.value.rows.find((x) => x.level === "two-year")?.label;
    expect(r.improvements.filter((i) => i.points === 8)).toEqual([
      row(
        "canadian-work",
        "One more year of skilled Canadian work experience (5 years instead of 4).",
        "workHistory",
        8,
        363,
      ),
      row("education", `Education at the next CRS level: ${twoYear}.`, "education", 8, 363),
    ]);
  });

  it("starts from a level below the chart (0) and suggests the first level that scores (CLB 4)", () => {
    // CELPIP reading 3 is below CLB 4: level 0, 0 points. 0 + 34 × 3 = 102; total 174.
    const r = improvementsOf(
      person({ languageTests: [celpip("2025-03-01", { reading: 3, writing: 10, listening: 10, speaking: 10 })] }),
    );
    expect(r.current.total).toBe(174);
    // A French result at NCLC 9 would be worth more first (not declared): 124 + English second.
    const withFrench = person({
      languageTests: [
        celpip("2025-03-01", { reading: 3, writing: 10, listening: 10, speaking: 10 }),
        tef("2025-03-01", 9),
      ],
    });
    expect(scored(withFrench).total).toBe(239);
    expect(r.improvements.filter((i) => i.kind === "first-language")).toEqual([
      row("first-language", "A French test result at NCLC 9 in all four abilities.", "languageTests", 65, 239),
      row(
        "first-language",
        "CLB 4 in reading (now 0) in your first official language, English.",
        "languageTests",
        6,
        180,
      ),
    ]);
  });

  it("prices each change as calculateCrs re-scores it, whichever results it then scores", () => {
    const asOf = isoDate("2026-06-01");
    // English declared first with only a French result, TEF NCLC 7/7/7/6 (below NCLC 7 in speaking:
    // no French points). An English test makes the French result the second language; NCLC 7 in
    // speaking earns the 25 French points (NCLC 7+ in all four, no English result).
    const frenchOnly = person({
      firstOfficialLanguage: "english",
      languageTests: [tef("2026-01-15", { reading: 7, writing: 7, listening: 7, speaking: 6 })],
    });
    const r = improvementsOf(frenchOnly, asOf);
    const rescored = (over: Partial<Candidate>) => scored({ ...frenchOnly, ...over }, asOf).total;
    const english9 = r.improvements.find((i) => i.change === "An English test result at CLB 9 in all four abilities.");
    expect(english9?.total).toBe(
      rescored({ languageTests: [...(frenchOnly.languageTests ?? []), celpip("2026-01-15", 9)] }),
    );
    const speaking = r.improvements.find((i) => i.change.startsWith("NCLC 7 in speaking"));
    expect([speaking?.kind, speaking?.points]).toEqual(["second-language", 25]);
    expect(speaking?.total).toBe(rescored({ languageTests: [tef("2026-01-15", 7)] }));
  });

  it("prices a new French result with the English result it then makes worth most", () => {
    // CLB 7/7/7/4 scores more than 6/6/6/6 alone; with French at NCLC 7+, CLB 5+ in all four English
    // abilities turns the 25 French points into 50, so calculateCrs switches to 6/6/6/6.
    const asOf = isoDate("2026-06-01");
    const english = [
      celpip("2026-01-10", { reading: 7, writing: 7, listening: 7, speaking: 4 }),
      celpip("2026-02-10", 6),
    ];
    for (const firstOfficialLanguage of [undefined, "english"] as const) {
      const c = person({ languageTests: english, ...(firstOfficialLanguage ? { firstOfficialLanguage } : {}) });
      for (const level of [7, 9]) {
        const item = improvementsOf(c, asOf).improvements.find((i) =>
          i.change.startsWith(
            `A French test result${firstOfficialLanguage ? " (second official language)" : ""} at NCLC ${level}`,
          ),
        );
        expect(item?.total).toBe(scored({ ...c, languageTests: [...english, tef("2026-03-10", level)] }, asOf).total);
      }
    }
  });

  it("prices with the candidate's own results even past the bound's 64 pairs", () => {
    // Ten English and seven French results, none better than another in every ability: 70 pairs,
    // so the bound merges each language's best abilities into one result no test gave. A gain is
    // still what calculateCrs gives the changed candidate, with the results it has.
    const asOf = isoDate("2026-06-01");
    const english = [5, 6, 7, 8, 9].flatMap((a) =>
      [6, 8].map((b) => celpip("2026-01-10", { reading: a, writing: 14 - a, listening: b, speaking: 14 - b })),
    );
    const french = [5, 6, 7, 8, 9, 10, 4].map((a) =>
      tef("2026-01-10", { reading: a, writing: 14 - a, listening: 7, speaking: 7 }),
    );
    const c = person({ languageTests: [...english, ...french] });
    const { improvements } = improvementsOf(c, asOf);
    const nominated = scored(
      { ...c, provincialNomination: { province: "AB", nominatedOn: isoDate("2026-01-01") } },
      asOf,
    );
    expect(improvements.find((i) => i.kind === "provincial-nomination")?.total).toBe(nominated.total);
  });

  it("points a suggested first test at languageTests", () => {
    const r = improvementsOf(person({ languageTests: [] }));
    // English by default: CLB 9 × 4 = 124, CLB 7 × 4 = 68, CLB 5 × 4 = 24.
    expect(r.improvements.filter((i) => i.kind === "first-language")).toEqual([
      row("first-language", "An English test result at CLB 9 in all four abilities.", "languageTests", 124, 196),
      row("first-language", "An English test result at CLB 7 in all four abilities.", "languageTests", 68, 140),
      row("first-language", "An English test result at CLB 5 in all four abilities.", "languageTests", 24, 96),
    ]);
  });

  it("lists every future birthday that changes the age points, a 29 February birthday on 1 March in common years", () => {
    // Born 2008-02-29: 17 on ASOF (0 points). The age table: 18: 99, 19: 105, 20-29: 110, then down
    // to 0 at 45. A birthday in a leap year stays on 29 February.
    const r = improvementsOf(person({ dateOfBirth: isoDate("2008-02-29") }));
    expect(r.current.total).toBe(0);
    expect(r.agePoints.map((a) => `${a.on} ${a.age} ${a.agePoints} ${a.change} ${a.total}`)).toEqual([
      "2026-03-01 18 99 99 99",
      "2027-03-01 19 105 6 105",
      "2028-02-29 20 110 5 110",
      "2038-03-01 30 105 -5 105",
      "2039-03-01 31 99 -6 99",
      "2040-02-29 32 94 -5 94",
      "2041-03-01 33 88 -6 88",
      "2042-03-01 34 83 -5 83",
      "2043-03-01 35 77 -6 77",
      "2044-02-29 36 72 -5 72",
      "2045-03-01 37 66 -6 66",
      "2046-03-01 38 61 -5 61",
      "2047-03-01 39 55 -6 55",
      "2048-02-29 40 50 -5 50",
      "2049-03-01 41 39 -11 39",
      "2050-03-01 42 28 -11 28",
      "2051-03-01 43 17 -11 17",
      "2052-02-29 44 6 -11 6",
      "2053-03-01 45 0 -6 0",
    ]);
    // At 45 or older nothing changes any more.
    expect(improvementsOf(person({ dateOfBirth: isoDate("1970-01-01") })).agePoints).toEqual([]);
  });
});

describe("crsFactors and crsImprovements: languages and keys the derivation settles", () => {
  it("ranks a spouse's results by the spouse table over every band, not only its top one", () => {
    // Spouse table per ability: CLB 4 or less 0, 5-6: 1, 7-8: 3, 9+: 5. CLB 8 × 4 = 12 beats
    // 9/4/4/4 = 5, though only the second reaches the top band.
    const c = married({
      languageTests: [
        celpip("2025-03-01", { reading: 9, writing: 4, listening: 4, speaking: 4 }),
        celpip("2025-03-01", 8),
      ],
    });
    expect(factorsOf(c).spouse?.firstLanguage).toEqual(levels(8, 8, 8, 8));
    expect(scored(c).spouse.firstLanguage).toBe(12);
  });

  it("keeps a French result below NCLC 4 in all four as the first language (levels 0), not as no result", () => {
    // TCF Canada reading 100, writing 2, listening 100, speaking 2: all below the chart.
    const french: LanguageTest = {
      test: "tcf-canada",
      testedOn: isoDate("2025-04-01"),
      scores: levels(100, 2, 100, 2),
    };
    const r = factorsOf(person({ languageTests: [french] }));
    expect(r.firstLanguage).toEqual(levels(0, 0, 0, 0));
    expect(r.french).toEqual(levels(0, 0, 0, 0));
    expect(r).not.toHaveProperty("secondLanguage");
    expect(r).not.toHaveProperty("english");
  });

  it("leaves age and spouseFactorApplies out, not undefined, when date of birth and marital status are not given", () => {
    const { dateOfBirth: _, maritalStatus: __, ...rest } = person();
    const r = factorsOf(rest);
    expect(Object.hasOwn(r, "age")).toBe(false);
    expect(Object.hasOwn(r, "spouseFactorApplies")).toBe(false);
    expect(r.missing).toEqual(["dateOfBirth", "maritalStatus"]);
  });

  it("words and prices the improvements of an undeclared French-only candidate in French", () => {
    // TCF NCLC 9 × 4, no declaration: French is first. 72 + 31 × 4 = 124, French points with no
    // English result 25: total 221. An English result adds second-language points and turns the
    // French points to 50: CLB 9: 24 + 25 = 49; CLB 7: 12 + 25 = 37; CLB 5: 4 + 25 = 29.
    const r = improvementsOf(person({ languageTests: [tcf(9, 9, 9, 9)] }));
    expect(r.current.total).toBe(221);
    expect(r.improvements.filter((i) => i.kind === "first-language" || i.kind === "second-language")).toEqual([
      ...[
        [9, 49],
        [7, 37],
        [5, 29],
      ].map(([level, points]) => ({
        kind: "second-language",
        change: `An English test result (second official language) at CLB ${level} in all four abilities.`,
        path: "languageTests",
        points,
        total: 221 + (points as number),
      })),
      ...(["reading", "writing", "listening", "speaking"] as const).map((ability) => ({
        kind: "first-language",
        change: `NCLC 10 in ${ability} (now 9) in your first official language, French.`,
        path: "languageTests",
        points: 3,
        total: 224,
      })),
    ]);
  });
});

describe("crsImprovements: one result in each language, order not declared", () => {
  // Married, spouse accompanying with no points, born 1995-01-01: 31 on 2026-01-15, age 90
  // (with a spouse). Secondary school with an ECA: 28. CELPIP CLB 10/10/10/6, TCF NCLC 9/9/8/8.
  // English first: 32+32+32+8 = 104, French second 6+6+3+3 = 18; French first: 29+29+22+22 =
  // 102, English second 6+6+6+1 = 19. 122 > 121: English first. French points (NCLC 7+ in all
  // four, CLB 5+ in all four): 50. Total 90 + 28 + 104 + 18 + 50 = 290.
  const base = (over: Partial<Candidate> = {}): Candidate => ({
    ...married({}),
    dateOfBirth: isoDate("1995-01-01"),
    education: [cred("secondary", { ecaIssuedOn: isoDate("2025-01-01") })],
    languageTests: [celpip("2025-03-01", { reading: 10, writing: 10, listening: 10, speaking: 6 }), tcf(9, 9, 8, 8)],
    ...over,
  });

  it("prices a change with the other order when that order then scores more, as calculateCrs", () => {
    const r = improvementsOf(base());
    expect(r.current.total).toBe(290);
    // A one-year credential: education 84. English first, speaking CLB 6 earns no transferability:
    // 90 + 84 + 104 + 18 + 50 = 346. French first (NCLC 7+ in all four, not all 9) gives education
    // × language 13: 90 + 84 + 102 + 19 + 13 + 50 = 358, the better, as calculateCrs scores it.
    const oneYear = base({ education: [cred("one-year", { ecaIssuedOn: isoDate("2025-01-01") })] });
    expect(scored(oneYear).total).toBe(358);
    expect(r.improvements.find((i) => i.kind === "education" && i.total === 358)).toMatchObject({ points: 68 });
    // A year of foreign work scores only through transferability: nothing with English first
    // (CLB 6 speaking); French first 290 - 1 + 13 = 302.
    expect(r.improvements.filter((i) => i.kind === "foreign-work").map((i) => i.total)).toContain(302);
  });
});

describe("scoreCrs and withProvincialNomination: what they cite", () => {
  it("cites IRCC's nomination page, section 4, once the nomination is added", () => {
    const n = withProvincialNomination(scoreCrs(bareFactors(), { asOf: ASOF }));
    expect(n.sources.at(-1)).toStrictEqual({
      title: "Get or confirm a nomination – Provincial Nominee Program (Express Entry), IRCC",
      url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html",
      section: "4. We'll award you 600 additional points",
      retrieved: "2026-11-25",
      effective: "2015-01-01",
    });
    expect(withProvincialNomination(n).sources).toHaveLength(n.sources.length);
  });

  it("adds the late-October 2020 French-points caveat only to a score that has French points", () => {
    // crs-points.json: French points in doubt from 2020-10-20 (included) to 2020-10-27 (excluded);
    // the lower 15 points are given.
    const [doubt] = crsUncertainties();
    expect(doubt?.table).toBe("french");
    const withFrench = bareFactors({ french: levels(7, 7, 7, 7) });
    for (const day of ["2020-10-20", "2020-10-26"]) {
      const b = scoreCrs(withFrench, { asOf: isoDate(day) });
      expect(b.additional.french).toBe(15);
      expect(b.caveats).toEqual([
        message("crs.caveat.french-points-2020", {
          from: isoDate("2020-10-20"),
          to: isoDate("2020-10-27"),
          frenchOnlyBefore: 15,
          bilingualBefore: 30,
          frenchOnlyAfter: 25,
          bilingualAfter: 50,
        }),
      ]);
      // The catalogue's English is the data file's wording.
      expect(b.caveats.map((c) => reasonOf({ message: c }))).toEqual([doubt?.reason]);
      expect(b.caveats.map((c) => frenchOf({ message: c }))[0]).toBe(
        "Les points pour le français sont passés de 15 / 30 à 25 / 50 à la fin d’octobre 2020 : le communiqué d’IRCC est daté du 2020-10-27 (la date retenue ici), mais plusieurs sources indiquent que les points plus élevés s’appliquaient dès le 2020-10-20. Entre ces deux dates, les points les moins élevés sont accordés.",
      );
      expect(scoreCrs(bareFactors(), { asOf: isoDate(day) }).caveats).toEqual([]);
    }
    expect(scoreCrs(withFrench, { asOf: isoDate("2020-10-19") }).caveats).toEqual([]);
    expect(scoreCrs(withFrench, { asOf: isoDate("2020-10-27") }).caveats).toEqual([]);
    expect(scoreCrs(withFrench, { asOf: isoDate("2020-10-27") }).additional.french).toBe(25);
  });
});
