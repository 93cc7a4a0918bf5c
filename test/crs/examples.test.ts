// Worked examples: test vectors published by two open-source CRS calculators (brianrahadi/
// crs-calculator and LorinserCC/crs-calculator, the cases whose totals agree with IRCC's tables;
// IRCC publishes no worked totals), and complete profiles of our own, each with its arithmetic. Points are from IRCC, "Comprehensive Ranking System (CRS) criteria –
// Express Entry" (https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html),
// as encoded in data/ircc/crs-points.json; the dated additional points cite the Ministerial
// Instructions named there. Language levels: IRCC's test equivalency charts (data/ircc/language-equivalency.json).

import { describe, expect, it } from "vitest";
import { type IsoDate, isoDate } from "../../src/core/iso-date.js";
import { type CrsBreakdown, type CrsResult, calculateCrs, crsFactors, scoreCrs } from "../../src/crs/index.js";
import type { Candidate, EducationCredential, LanguageTest, WorkExperience } from "../../src/models/index.js";
import { ANSWERED_NONE, bareFactors } from "../fixtures/crs.js";
import { celpip } from "../fixtures/language-tests.js";

const ASOF = isoDate("2026-01-15");
/** Born on 1 January, so `age` on 2026-01-15. */
const born = (age: number, year = 2026) => isoDate(`${year - age}-01-01`);
const ielts = (r: number, w: number, l: number, s: number, testedOn = "2025-03-01"): LanguageTest => ({
  test: "ielts-general",
  testedOn: isoDate(testedOn),
  scores: { reading: r, writing: w, listening: l, speaking: s },
});
/** TEF Canada (tests after 2023-12-10, 0–699 scale): scores inside the NCLC 5, 7 and 9 bands of every skill. */
const TEF = {
  5: { reading: 370, writing: 350, listening: 370, speaking: 400 },
  7: { reading: 450, writing: 450, listening: 450, speaking: 470 },
  9: { reading: 520, writing: 530, listening: 520, speaking: 530 },
} as const;
const tef = (nclc: 5 | 7 | 9, testedOn = "2025-04-01"): LanguageTest => ({
  test: "tef-canada",
  testedOn: isoDate(testedOn),
  scores: { ...TEF[nclc] },
});
/** Skilled (TEER 1) authorised employment in Canada, ongoing, a little over `years` whole years before 2026-01-15. */
const canadianJob = (years: number, noc = "21231", until?: string): WorkExperience => ({
  noc,
  country: "CA",
  province: "AB",
  from: isoDate(`${2025 - years}-12-01`),
  ...(until === undefined ? {} : { to: isoDate(until) }),
  hoursPerWeek: 40,
  engagement: "employee",
  authorized: true,
  fullTimeStudent: false,
});
/** Skilled work in India: exactly `years` years ending 2024-12-31. */
const foreignJob = (years: number, noc = "21231"): WorkExperience => ({
  noc,
  country: "IN",
  from: isoDate(`${2025 - years}-01-01`),
  to: isoDate("2024-12-31"),
  hoursPerWeek: 40,
});
const foreign = (level: EducationCredential["level"], years?: number): EducationCredential => ({
  level,
  ...(years === undefined ? {} : { years }),
  inCanada: false,
  completedOn: isoDate("2018-06-01"),
  ecaIssuedOn: isoDate("2023-05-01"),
});
const canadian = (level: EducationCredential["level"], years?: number): EducationCredential => ({
  level,
  ...(years === undefined ? {} : { years }),
  inCanada: true,
  completedOn: isoDate("2021-05-01"),
});
/** Every field answered "none": the profiles override what they have. */
const NOTHING_ELSE: Candidate = ANSWERED_NONE;

function scored(candidate: Candidate, asOf: IsoDate = ASOF): CrsBreakdown {
  const r: CrsResult = calculateCrs(candidate, { asOf });
  if (!r.ok) throw new Error(`unexpected issues: ${JSON.stringify(r.issues)}`);
  const { ok: _ok, ...breakdown } = r;
  return breakdown;
}

type Lines = {
  core: [age: number, education: number, first: number, second: number, canadianWork: number];
  spouse?: [education: number, language: number, canadianWork: number];
  transferability: [eduLang: number, eduCw: number, fwLang: number, fwCw: number, certificate: number];
  additional?: [pn: number, ae: number, french: number, canadianEducation: number, sibling: number];
  total: number;
};
function expectLines(b: CrsBreakdown, lines: Lines): void {
  const [age, education, firstLanguage, secondLanguage, canadianWork] = lines.core;
  expect(b.core).toEqual({
    age,
    education,
    firstLanguage,
    secondLanguage,
    canadianWork,
    subtotal: age + education + firstLanguage + secondLanguage + canadianWork,
  });
  const [se, sl, sw] = lines.spouse ?? [0, 0, 0];
  expect(b.spouse).toEqual({ education: se, firstLanguage: sl, canadianWork: sw, subtotal: se + sl + sw });
  const [el, ew, fl, fw, certificate] = lines.transferability;
  expect([
    b.transferability.educationLanguage,
    b.transferability.educationCanadianWork,
    b.transferability.foreignWorkLanguage,
    b.transferability.foreignWorkCanadianWork,
    b.transferability.certificate,
  ]).toEqual([el, ew, fl, fw, certificate]);
  const [pn, ae, french, ce, sibling] = lines.additional ?? [0, 0, 0, 0, 0];
  expect([
    b.additional.provincialNomination,
    b.additional.arrangedEmployment,
    b.additional.french,
    b.additional.canadianEducation,
    b.additional.sibling,
  ]).toEqual([pn, ae, french, ce, sibling]);
  expect(b.total).toBe(lines.total);
}

// -------------------------------------------------------------------------------------------------
describe("public worked examples (open-source calculators' test vectors)", () => {
  it("brianrahadi: single, 29, master's, CLB 9 x4, 3 years foreign → 469", () => {
    // A: 110 + 135 + 4×31 = 369. C: education×language (master's, CLB 9+) 50; foreign 3+ × CLB 9+ 50 = 100.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(29),
      education: [foreign("masters")],
      languageTests: [celpip("2025-03-01", 9)],
      workHistory: [foreignJob(3)],
    });
    expectLines(b, { core: [110, 135, 124, 0, 0], transferability: [50, 0, 50, 0, 0], total: 469 });
    expect(b.missing).toEqual([]);
  });

  it("brianrahadi: married (accompanying), 30, bachelor's, CLB 10 x4, 1 year Canadian, spouse bachelor's + CLB 7 x4 → 428", () => {
    // A (with spouse): 95 + 112 + 4×32 + 0 + 35 = 370. B: 8 + 4×3 + 0 = 20.
    // C: bachelor's × CLB 9+ 25, bachelor's × 1 year Cdn 13 → 38. Total 428.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "married",
      spouse: {
        accompanying: true,
        canadianCitizenOrPermanentResident: false,
        education: [foreign("bachelors")],
        languageTests: [celpip("2025-03-01", 7)],
        workHistory: [],
      },
      dateOfBirth: born(30),
      education: [foreign("bachelors")],
      languageTests: [celpip("2025-03-01", 10)],
      workHistory: [canadianJob(1)],
    });
    expectLines(b, {
      core: [95, 112, 128, 0, 35],
      spouse: [8, 12, 0],
      transferability: [25, 13, 0, 0, 0],
      total: 428,
    });
  });

  it("brianrahadi: a Canadian-citizen spouse, age 25, nothing else → 110 (single column)", () => {
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "married",
      spouse: { accompanying: true, canadianCitizenOrPermanentResident: true },
      dateOfBirth: born(25),
    });
    expectLines(b, { core: [110, 0, 0, 0, 0], transferability: [0, 0, 0, 0, 0], total: 110 });
  });

  it("brianrahadi: French NCLC 7 with English CLB 5 → 50; French NCLC 8 only → 25", () => {
    const asOf = { asOf: ASOF };
    const { age: _age, ...base } = bareFactors();
    const all = (n: number) => ({ reading: n, writing: n, listening: n, speaking: n });
    expect(scoreCrs({ ...base, french: all(7), english: all(5) }, asOf).additional.french).toBe(50);
    expect(scoreCrs({ ...base, french: all(8) }, asOf).additional.french).toBe(25);
  });

  it("LorinserCC: single 28, master's, IELTS L8.5 S8.0 R8.0 W7.5 (CLB 10 x4), 3 years Canadian → 495", () => {
    // A: 110 + 135 + 136 + 0 + 64 = 445. C: education 50 + 50 → capped 50. Total 495.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(28),
      education: [foreign("masters")],
      languageTests: [ielts(8, 7.5, 8.5, 8)],
      workHistory: [canadianJob(3)],
    });
    expectLines(b, { core: [110, 135, 136, 0, 64], transferability: [50, 50, 0, 0, 0], total: 495 });
    expect(b.transferability.educationSubtotal).toBe(50);
  });

  it("LorinserCC: married 32, master's, IELTS 8.5 x4, 2 years Canadian, spouse bachelor's + IELTS 5.0 x4 → 447", () => {
    // A (with spouse): 85 + 126 + 128 + 0 + 46 = 385. B: 8 + (R 5.0 = CLB 6 → 1, W/L/S 5.0 = CLB 5 → 1 each) 4 + 0 = 12.
    // C: 50 + 50 → 50. Total 447.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "married",
      spouse: {
        accompanying: true,
        canadianCitizenOrPermanentResident: false,
        education: [foreign("bachelors")],
        languageTests: [ielts(5, 5, 5, 5)],
        workHistory: [],
      },
      dateOfBirth: born(32),
      education: [foreign("masters")],
      languageTests: [ielts(8.5, 8.5, 8.5, 8.5)],
      workHistory: [canadianJob(2)],
    });
    expectLines(b, { core: [85, 126, 128, 0, 46], spouse: [8, 4, 0], transferability: [50, 50, 0, 0, 0], total: 447 });
  });

  it("LorinserCC: married 29, master's, IELTS 8.5 x4, 3 years Canadian, spouse master's + IELTS 5.5 x4 + 1 year Canadian → 479", () => {
    // A (with spouse): 100 + 126 + 128 + 0 + 56 = 410. B: 10 + 4×1 + 5 = 19. C: 50. Total 479.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "common-law",
      spouse: {
        accompanying: true,
        canadianCitizenOrPermanentResident: false,
        education: [foreign("masters")],
        languageTests: [ielts(5.5, 5.5, 5.5, 5.5)],
        workHistory: [canadianJob(1)],
      },
      dateOfBirth: born(29),
      education: [foreign("masters")],
      languageTests: [ielts(8.5, 8.5, 8.5, 8.5)],
      workHistory: [canadianJob(3)],
    });
    expectLines(b, {
      core: [100, 126, 128, 0, 56],
      spouse: [10, 4, 5],
      transferability: [50, 50, 0, 0, 0],
      total: 479,
    });
  });

  it("LorinserCC: single 20, master's, IELTS 8.5 x4, 5 years Canadian, 3 years foreign, Canadian 3-year credential, sibling → 606", () => {
    // A: 110 + 135 + 136 + 0 + 80 = 461. C: education 50; foreign 50 + 50 → 50; → 100. D: 30 + 15 = 45. Total 606.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(20),
      education: [foreign("masters"), canadian("three-year-or-longer", 3)],
      languageTests: [ielts(8.5, 8.5, 8.5, 8.5)],
      workHistory: [canadianJob(5), foreignJob(3)],
      siblingInCanada: true,
    });
    expectLines(b, {
      core: [110, 135, 136, 0, 80],
      transferability: [50, 50, 50, 50, 0],
      additional: [0, 0, 0, 30, 15],
      total: 606,
    });
  });

  it("LorinserCC: single 45, two-year diploma, IELTS 6.0 x4 → 179", () => {
    // A: 0 + 98 + 4×17 = 166. C: one-year-or-longer × CLB 7 13. Total 179.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(45),
      education: [foreign("two-year")],
      languageTests: [ielts(6, 6, 6, 6)],
    });
    expectLines(b, { core: [0, 98, 68, 0, 0], transferability: [13, 0, 0, 0, 0], total: 179 });
  });

  it("LorinserCC: single 18, secondary, IELTS 6.0 x4 → 197", () => {
    // A: 99 + 30 + 68 = 197. C: secondary gives no transferability.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(18),
      education: [foreign("secondary")],
      languageTests: [ielts(6, 6, 6, 6)],
    });
    expectLines(b, { core: [99, 30, 68, 0, 0], transferability: [0, 0, 0, 0, 0], total: 197 });
  });
});

// -------------------------------------------------------------------------------------------------
describe("our own complete profiles, scored on 2026-01-15 unless said", () => {
  it("P1 single, 27, PhD (foreign, ECA), CLB 10, 4 years foreign → 496", () => {
    // A: 110 + 150 + 4×34 = 396. C: doctoral × CLB 9+ 50; foreign 3+ × CLB 9+ 50 → 100 (50 + 50, no cap needed).
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(27),
      education: [foreign("doctoral", 4)],
      languageTests: [celpip("2025-03-01", { reading: 10, writing: 11, listening: 12, speaking: 10 })],
      workHistory: [foreignJob(4)],
    });
    expectLines(b, { core: [110, 150, 136, 0, 0], transferability: [50, 0, 50, 0, 0], total: 496 });
    expect(b.missing).toEqual([]);
  });

  it("P2 with spouse, 33, Canadian master's, CLB 9/8/9/9, 2 years Canadian; spouse bachelor's + CLB 7 → 461", () => {
    // A (with spouse): 80 + 126 + (29 + 22 + 29 + 29 = 109) + 0 + 46 = 361.
    // B: bachelor's 8 + 4×3 = 12 + 0 = 20.
    // C: master's × CLB 7+ (writing 8 < 9) 25, master's × 2 years Cdn 50 → capped 50.
    // D: Canadian master's → 30. Total 361 + 20 + 50 + 30 = 461.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "married",
      spouse: {
        accompanying: true,
        canadianCitizenOrPermanentResident: false,
        education: [foreign("bachelors")],
        languageTests: [celpip("2025-03-01", 7)],
        workHistory: [],
      },
      dateOfBirth: born(33),
      education: [canadian("masters", 2)],
      languageTests: [celpip("2025-03-01", { reading: 9, writing: 8, listening: 9, speaking: 9 })],
      workHistory: [canadianJob(2)],
    });
    expectLines(b, {
      core: [80, 126, 109, 0, 46],
      spouse: [8, 12, 0],
      transferability: [25, 50, 0, 0, 0],
      additional: [0, 0, 0, 30, 0],
      total: 461,
    });
    expect(b.transferability.educationSubtotal).toBe(50);
  });

  it("P3 single, 35, Canadian secondary, CLB 5, electrician with a certificate of qualification, 2 years Canadian, 3 foreign → 259", () => {
    // A: 77 + 30 + 4×6 + 0 + 53 = 184.
    // C: secondary → 0; foreign 3+ × CLB 5 (< 7) 0, foreign 3+ × 2 years Cdn 50 → 50; certificate × CLB 5+ (under 7) 25.
    // Total 184 + 75 = 259.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(35),
      education: [canadian("secondary")],
      languageTests: [celpip("2025-03-01", 5)],
      workHistory: [canadianJob(2, "72200"), foreignJob(3, "72200")],
      certificateOfQualification: { trade: "72200", province: "AB", issuedOn: isoDate("2024-09-01") },
    });
    expectLines(b, { core: [77, 30, 24, 0, 53], transferability: [0, 0, 0, 50, 25], total: 259 });
  });

  it("P4 single, 24, no credential, CLB 4, 1 year Canadian → 174", () => {
    // A: 110 + 0 + 4×6 + 0 + 40 = 174. C: less than secondary → 0; no foreign work.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(24),
      languageTests: [celpip("2025-03-01", 4)],
      workHistory: [canadianJob(1)],
    });
    expectLines(b, { core: [110, 0, 24, 0, 40], transferability: [0, 0, 0, 0, 0], total: 174 });
  });

  it("P5 married to a permanent resident (single column), 29, two or more credentials, CLB 8/7/9/10, 1 year Cdn, 2 foreign, Canadian diploma, sibling → 489", () => {
    // Education: a foreign 4-year bachelor's + a Canadian one-year diploma = "two or more, one of 3+ years" → 128.
    // A: 110 + 128 + (23 + 17 + 31 + 34 = 105) + 0 + 40 = 383.
    // C: two-or-more × CLB 7+ (writing 7) 25 + × 1 year Cdn 25 = 50 (at the cap);
    //    foreign 1–2 years × CLB 7+ 13 + × 1 year Cdn 13 = 26. → 76.
    // D: Canadian one-year diploma 15 + sibling 15 = 30. Total 383 + 76 + 30 = 489.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "married",
      spouse: { accompanying: true, canadianCitizenOrPermanentResident: true },
      dateOfBirth: born(29),
      education: [foreign("bachelors", 4), canadian("one-year", 1)],
      languageTests: [celpip("2025-03-01", { reading: 8, writing: 7, listening: 9, speaking: 10 })],
      workHistory: [canadianJob(1), foreignJob(2)],
      siblingInCanada: true,
    });
    expectLines(b, {
      core: [110, 128, 105, 0, 40],
      transferability: [25, 25, 13, 13, 0],
      additional: [0, 0, 0, 15, 15],
      total: 489,
    });
  });

  it("P6 single, 31, one-year certificate (foreign, ECA), CLB 6, 1 year foreign → 225", () => {
    // A: 99 + 90 + 4×9 = 225. C: CLB 6 is under the CLB 7 column; no Canadian work → 0.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(31),
      education: [foreign("one-year", 1)],
      languageTests: [celpip("2025-03-01", 6)],
      workHistory: [foreignJob(1)],
    });
    expectLines(b, { core: [99, 90, 36, 0, 0], transferability: [0, 0, 0, 0, 0], total: 225 });
  });

  it("P7 with spouse, 38, Canadian two-year diploma, CLB 7, 3 years Cdn; spouse secondary, no test, 1 year Cdn → 326", () => {
    // A (with spouse): 55 + 91 + 4×16 + 0 + 56 = 266. B: secondary 2 + no language 0 + 1 year 5 = 7.
    // C: one-year-or-longer × CLB 7 13 + × 2+ years Cdn 25 = 38. D: Canadian two-year → 15. Total 326.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "common-law",
      spouse: {
        accompanying: true,
        canadianCitizenOrPermanentResident: false,
        education: [canadian("secondary")],
        languageTests: [],
        workHistory: [canadianJob(1, "13110")],
      },
      dateOfBirth: born(38),
      education: [canadian("two-year", 2)],
      languageTests: [celpip("2025-03-01", 7)],
      workHistory: [canadianJob(3)],
    });
    expectLines(b, {
      core: [55, 91, 64, 0, 56],
      spouse: [2, 0, 5],
      transferability: [13, 25, 0, 0, 0],
      additional: [0, 0, 0, 15, 0],
      total: 326,
    });
  });

  it("P8 single, 26, Canadian bachelor's, French first at NCLC 9, no English → French points 25 → 434", () => {
    // A: 110 + 120 + 4×31 = 354. C: bachelor's × NCLC 9+ 25.
    // D: NCLC 7+ in all four French abilities and no English test → 25; Canadian 4-year bachelor's → 30.
    // Total 354 + 25 + 55 = 434.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(26),
      education: [canadian("bachelors", 4)],
      languageTests: [tef(9)],
    });
    expectLines(b, {
      core: [110, 120, 124, 0, 0],
      transferability: [25, 0, 0, 0, 0],
      additional: [0, 0, 25, 30, 0],
      total: 434,
    });
  });

  it("P9 single, 30, bilingual: CLB 10 English first, NCLC 7 French, master's, 1 year Cdn, 3 foreign → French points 50 → 578", () => {
    // A: 105 + 135 + 136 + second language 4×3 = 12 + 40 = 428.
    // C: master's × CLB 9+ 50 + × 1 year 25 → 50; foreign 3+ × CLB 9+ 50 + × 1 year 25 → 50. → 100.
    // D: NCLC 7 in all four French abilities and CLB 5+ in all four English → 50. Total 428 + 100 + 50 = 578.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(30),
      education: [foreign("masters", 2)],
      languageTests: [celpip("2025-03-01", 10), tef(7)],
      workHistory: [canadianJob(1), foreignJob(3)],
    });
    expectLines(b, {
      core: [105, 135, 136, 12, 40],
      transferability: [50, 25, 50, 25, 0],
      additional: [0, 0, 50, 0, 0],
      total: 578,
    });
    // Declaring French as first official language costs points: checked, not assumed.
    const frenchFirst = scored({
      ...NOTHING_ELSE,
      firstOfficialLanguage: "french",
      dateOfBirth: born(30),
      education: [foreign("masters", 2)],
      languageTests: [celpip("2025-03-01", 10), tef(7)],
      workHistory: [canadianJob(1), foreignJob(3)],
    });
    // A: 105 + 135 + 4×17 + second 4×6 = 24 + 40 = 372. C: 25 + 25 = 50 → 50; 25 + 25 = 50 → 50. D: 50. = 522.
    expect(frenchFirst.total).toBe(522);
  });

  it("P10 single, 28, PhD, CLB 10, 2 years Cdn, 3 foreign, certificate of qualification, nomination, sibling → C and D capped → 1149", () => {
    // A: 110 + 150 + 136 + 0 + 53 = 449.
    // C: education 50 + 50 → 50; foreign 50 + 50 → 50; certificate × CLB 7+ 50 → 150, capped at 100.
    // D: nomination 600 + sibling 15 = 615, capped at 600. Total 449 + 100 + 600 = 1149.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(28),
      education: [foreign("doctoral", 5)],
      languageTests: [celpip("2025-03-01", 10)],
      workHistory: [canadianJob(2), foreignJob(3)],
      certificateOfQualification: { trade: "72200", province: "AB", issuedOn: isoDate("2025-02-01") },
      provincialNomination: { province: "AB", nominatedOn: isoDate("2025-12-01") },
      siblingInCanada: true,
    });
    expectLines(b, {
      core: [110, 150, 136, 0, 53],
      transferability: [50, 50, 50, 50, 50],
      additional: [600, 0, 0, 0, 15],
      total: 1149,
    });
    expect(b.transferability.subtotal).toBe(100);
    expect(b.additional.subtotal).toBe(600);
  });

  describe("P11 arranged employment on both sides of 2025-03-25", () => {
    // Single, 34, bachelor's, CLB 9, 2 years Canadian, a permanent full-time offer in NOC 21231 (TEER 1).
    // A: 83 + 120 + 124 + 0 + 53 = 380. C: bachelor's × CLB 9+ 25 + × 2 years 25 = 50. Certain total 430.
    const candidate = (noc: string): Candidate => ({
      ...NOTHING_ELSE,
      dateOfBirth: isoDate("1990-06-01"),
      education: [foreign("bachelors", 4)],
      languageTests: [celpip("2024-08-01", 9)],
      workHistory: [canadianJob(2, "21231", "2025-12-31")].map((j) => ({ ...j, from: isoDate("2023-01-01") })),
      jobOffer: { noc, hoursPerWeek: 40, permanent: true, province: "AB", engagement: "employee" },
    });
    const cutoff = isoDate("2025-03-25");
    const dayBefore = isoDate("2025-03-24");

    it("the job offer alone cannot prove a qualifying offer (LMIA unknown): 430, with jobOffer.lmia missing", () => {
      const b = scored(candidate("21231"), dayBefore);
      expectLines(b, { core: [83, 120, 124, 0, 53], transferability: [25, 25, 0, 0, 0], total: 430 });
      expect(b.missing).toEqual(["jobOffer.lmia"]);
    });

    it("an LMIA-supported offer in TEER 1, through calculateCrs: 430 + 50 = 480 on 2025-03-24, 430 on 2025-03-25", () => {
      // D. Arranged employment, "any other NOC TEER 0, 1, 2 or 3": 50 points until 2025-03-24
      // (IRCC, CRS criteria); removed from 2025-03-25 (IRCC notice of 2025-03-25).
      const withLmia = (noc: string): Candidate => {
        const c = candidate(noc);
        return { ...c, jobOffer: { ...(c.jobOffer as NonNullable<Candidate["jobOffer"]>), lmia: "approved" } };
      };
      const before = scored(withLmia("21231"), dayBefore);
      expectLines(before, {
        core: [83, 120, 124, 0, 53],
        transferability: [25, 25, 0, 0, 0],
        additional: [0, 50, 0, 0, 0],
        total: 480,
      });
      expect(before.missing).toEqual([]);
      const after = scored(withLmia("21231"), cutoff);
      expect(after.total).toBe(430);
      expect(after.additional.subtotal).toBe(0);
      // NOC 00012 (TEER 0, major group 00): 200 points until 2025-03-24 → 630; 0 from 2025-03-25 → 430.
      expect(scored(withLmia("00012"), dayBefore).total).toBe(630);
      expect(scored(withLmia("00012"), cutoff).total).toBe(430);
    });

    it("a known qualifying offer in TEER 1 is 50 points on 2025-03-24 and 0 on 2025-03-25", () => {
      const f = crsFactors(candidate("21231"), { asOf: dayBefore });
      if (!f.ok) throw new Error("issues");
      expect(scoreCrs({ ...f, arrangedEmployment: "other-teer-0-3" }, { asOf: dayBefore }).total).toBe(480);
      const after = crsFactors(candidate("21231"), { asOf: cutoff });
      if (!after.ok) throw new Error("issues");
      expect(after.missing).toEqual([]); // nothing about the offer can add points any more
      expect(scoreCrs({ ...after, arrangedEmployment: "other-teer-0-3" }, { asOf: cutoff }).total).toBe(430);
    });

    it("a known qualifying offer in NOC 00012 (major group 00) is 200 points on 2025-03-24 and 0 on 2025-03-25", () => {
      const f = crsFactors(candidate("00012"), { asOf: dayBefore });
      if (!f.ok) throw new Error("issues");
      expect(scoreCrs({ ...f, arrangedEmployment: "teer0-major-group-00" }, { asOf: dayBefore }).total).toBe(630);
      expect(scoreCrs({ ...f, arrangedEmployment: "teer0-major-group-00" }, { asOf: cutoff }).total).toBe(430);
    });

    it("before 2016-11-19 a qualifying offer was 600 points, like a nomination", () => {
      // Same factors scored on 2016-06-01 (age fixed at 34 by hand): 430 + 600 = 1030.
      const f = crsFactors(candidate("21231"), { asOf: dayBefore });
      if (!f.ok) throw new Error("issues");
      expect(scoreCrs({ ...f, arrangedEmployment: "other-teer-0-3" }, { asOf: isoDate("2016-06-01") }).total).toBe(
        1030,
      );
      expect(scoreCrs({ ...f, arrangedEmployment: "other-teer-0-3" }, { asOf: isoDate("2016-11-19") }).total).toBe(480);
    });
  });

  it("P12 married, spouse not coming (single column), 41, Canadian law degree, CLB 9/9/9/8, 6 years Canadian → 450", () => {
    // A: 39 + professional degree = master's row 135 + (31×3 + 23 = 116) + 0 + 5+ years 80 = 370.
    // C: master's × CLB 7+ (speaking 8) 25 + × 2+ years 50 → 50. D: Canadian professional degree → 30. Total 450.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "married",
      spouse: { accompanying: false, canadianCitizenOrPermanentResident: false },
      dateOfBirth: born(41),
      education: [canadian("professional-degree", 3)],
      languageTests: [celpip("2025-03-01", { reading: 9, writing: 9, listening: 9, speaking: 8 })],
      workHistory: [canadianJob(6, "41101")],
    });
    expectLines(b, {
      core: [39, 135, 116, 0, 80],
      transferability: [25, 50, 0, 0, 0],
      additional: [0, 0, 0, 30, 0],
      total: 450,
    });
  });

  it("P13 with spouse, 44, PhD, CLB 10 + NCLC 5, 4 years foreign; spouse PhD + CLB 9 + 5 years Cdn → 417", () => {
    // A (with spouse): 5 + 140 + 4×32 + second language 4×1 + 0 = 277.
    // B: 10 + 4×5 + 10 = 40 (the maximum). C: 50 + 0 → 50; foreign 3+ × CLB 9+ 50 → 100.
    // D: French NCLC 5 is under 7 → 0. Total 277 + 40 + 100 = 417.
    const b = scored({
      ...NOTHING_ELSE,
      maritalStatus: "married",
      spouse: {
        accompanying: true,
        canadianCitizenOrPermanentResident: false,
        education: [foreign("doctoral")],
        languageTests: [celpip("2025-03-01", 9)],
        workHistory: [canadianJob(5)],
      },
      dateOfBirth: born(44),
      education: [foreign("doctoral")],
      languageTests: [celpip("2025-03-01", 10), tef(5)],
      workHistory: [foreignJob(4)],
    });
    expectLines(b, {
      core: [5, 140, 128, 4, 0],
      spouse: [10, 20, 10],
      transferability: [50, 0, 50, 0, 0],
      total: 417,
    });
  });

  it("P14 single, 29, foreign bachelor's whose ECA has expired, CLB 7, 1 year Cdn → 218", () => {
    // The ECA of 2019-06-01 is five years old from 2024-06-01: the bachelor's does not count on 2026-01-15.
    // A: 110 + 0 + 4×17 + 0 + 40 = 218. C: less than secondary → 0.
    const b = scored({
      ...NOTHING_ELSE,
      dateOfBirth: born(29),
      education: [
        {
          level: "bachelors",
          years: 4,
          inCanada: false,
          completedOn: isoDate("2018-05-01"),
          ecaIssuedOn: isoDate("2019-06-01"),
        },
      ],
      languageTests: [celpip("2025-03-01", 7)],
      workHistory: [canadianJob(1)],
    });
    expectLines(b, { core: [110, 0, 68, 0, 40], transferability: [0, 0, 0, 0, 0], total: 218 });
    expect(b.missing).toEqual([]);
    // Scored on 2024-05-31, the day before the ECA expired, the bachelor's counted: 120 + C 13 (CLB 7) + 13 (1 year Cdn).
    const before = calculateCrs(
      {
        ...NOTHING_ELSE,
        dateOfBirth: born(29, 2024),
        education: [
          {
            level: "bachelors",
            years: 4,
            inCanada: false,
            completedOn: isoDate("2018-05-01"),
            ecaIssuedOn: isoDate("2019-06-01"),
          },
        ],
        languageTests: [celpip("2023-09-01", 7)],
        workHistory: [{ ...canadianJob(1), from: isoDate("2023-04-01") }],
      },
      { asOf: isoDate("2024-05-31") },
    );
    expect(before.ok && [before.core.education, before.transferability.subtotal, before.total]).toEqual([
      120,
      26,
      110 + 120 + 68 + 40 + 26,
    ]);
  });
});
