// Every row of every CRS table: the data file against hand-written copies of IRCC's tables (the
// CRS criteria page, with the dated changes of the Ministerial Instructions cited in
// data/ircc/crs-points.json), and scoreCrs against both, line by line.

import { describe, expect, it } from "vitest";
import crsJson from "../../data/ircc/crs-points.json" with { type: "json" };
import { addDays } from "../../src/core/calendar.js";
import { type IsoDate, isIsoDate, isoDate } from "../../src/core/iso-date.js";
import { text } from "../../src/core/message.js";
import {
  CRS_STARTED_ON,
  type CrsBreakdown,
  type CrsFactors,
  type CrsTableName,
  crsTableHistory,
  crsTablesAsOf,
  crsUncertainties,
  EDUCATION_LEVELS,
  type EducationLevel,
  scoreCrs,
} from "../../src/crs/index.js";
import type { ClbLevels } from "../../src/language/index.js";
import { bareFactors } from "../fixtures/crs.js";
import { reasonOf } from "../fixtures/messages.js";

// ----------------------------------------------------------------------------------------------
// Hand-written copies of the IRCC tables ("Comprehensive Ranking System (CRS) criteria – Express
// Entry", https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html,
// typed again by hand, apart from data/ircc/crs-points.json). [single, withSpouse].

/** Age: index = age from 17 to 45; 17 or less and 45 or more are 0. */
const AGE: Record<number, [number, number]> = {
  17: [0, 0],
  18: [99, 90],
  19: [105, 95],
  20: [110, 100],
  21: [110, 100],
  22: [110, 100],
  23: [110, 100],
  24: [110, 100],
  25: [110, 100],
  26: [110, 100],
  27: [110, 100],
  28: [110, 100],
  29: [110, 100],
  30: [105, 95],
  31: [99, 90],
  32: [94, 85],
  33: [88, 80],
  34: [83, 75],
  35: [77, 70],
  36: [72, 65],
  37: [66, 60],
  38: [61, 55],
  39: [55, 50],
  40: [50, 45],
  41: [39, 35],
  42: [28, 25],
  43: [17, 15],
  44: [6, 5],
  45: [0, 0],
};
const agePoints = (age: number): [number, number] => AGE[Math.min(45, Math.max(17, age))] ?? [NaN, NaN];

const EDUCATION: Record<EducationLevel, [number, number]> = {
  "less-than-secondary": [0, 0],
  secondary: [30, 28],
  "one-year": [90, 84],
  "two-year": [98, 91],
  bachelors: [120, 112],
  "two-or-more": [128, 119],
  masters: [135, 126],
  doctoral: [150, 140],
};

/** First official language, per ability, by CLB 0..10 (10 or more). */
const FIRST_LANGUAGE: [number, number][] = [
  [0, 0],
  [0, 0],
  [0, 0],
  [0, 0],
  [6, 6],
  [6, 6],
  [9, 8],
  [17, 16],
  [23, 22],
  [31, 29],
  [34, 32],
];
const firstPerAbility = (clb: number) => FIRST_LANGUAGE[Math.min(10, clb)] ?? [NaN, NaN];

/** Second official language, per ability, by CLB 0..9 (9 or more). */
const SECOND_LANGUAGE = [0, 0, 0, 0, 0, 1, 1, 3, 3, 6];
const secondPerAbility = (clb: number) => SECOND_LANGUAGE[Math.min(9, clb)] ?? NaN;

/** Canadian work experience by whole years 0..5 (5 or more). */
const CANADIAN_WORK: [number, number][] = [
  [0, 0],
  [40, 35],
  [53, 46],
  [64, 56],
  [72, 63],
  [80, 70],
];
const canadianWorkPoints = (years: number) => CANADIAN_WORK[Math.min(5, years)] ?? [NaN, NaN];

const SPOUSE_EDUCATION: Record<EducationLevel, number> = {
  "less-than-secondary": 0,
  secondary: 2,
  "one-year": 6,
  "two-year": 7,
  bachelors: 8,
  "two-or-more": 9,
  masters: 10,
  doctoral: 10,
};
/** Spouse's first official language, per ability, CLB 0..9 (9 or more). */
const SPOUSE_LANGUAGE = [0, 0, 0, 0, 0, 1, 1, 3, 3, 5];
/** Spouse's Canadian work by years 0..5 (5 or more). */
const SPOUSE_WORK = [0, 5, 7, 8, 9, 10];

/** Transferability education tier: 0 secondary or less, 1 one year or longer, 2 two-or-more / master's / doctoral. */
const EDUCATION_TIER: Record<EducationLevel, 0 | 1 | 2> = {
  "less-than-secondary": 0,
  secondary: 0,
  "one-year": 1,
  "two-year": 1,
  bachelors: 1,
  "two-or-more": 2,
  masters: 2,
  doctoral: 2,
};
/** [tier] -> [CLB 7+ (one under 9) or 1 year Canadian work, CLB 9+ or 2+ years]. */
const TIER_POINTS: [number, number][] = [
  [0, 0],
  [13, 25],
  [25, 50],
];
/** Foreign work years -> [CLB 7+ or 1 year Cdn, CLB 9+ or 2+ years Cdn]. */
const foreignPoints = (years: number): [number, number] => (years === 0 ? [0, 0] : years <= 2 ? [13, 25] : [25, 50]);

// ----------------------------------------------------------------------------------------------

const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;
const all = (level: number): ClbLevels => ({ reading: level, writing: level, listening: level, speaking: level });
const TODAY = isoDate("2026-01-15");

/** A factor set worth 0 points on every line. */
const ZERO: CrsFactors = bareFactors({ age: 45, missing: [] });
const score = (changes: Partial<CrsFactors>, asOf: IsoDate = TODAY): CrsBreakdown =>
  scoreCrs({ ...ZERO, ...changes }, { asOf });
const COLUMNS = [
  { name: "single", spouseFactorApplies: false, index: 0 },
  { name: "with spouse", spouseFactorApplies: true, index: 1 },
] as const;

const data = crsJson as unknown as {
  verified: string;
  startsOn: string;
  series: Record<
    string,
    { versions: { from: string; to?: string; source: Record<string, unknown>; value: unknown }[] }
  >;
};
const TABLE_NAMES = Object.keys(data.series) as CrsTableName[];

describe("crs-points.json structure", () => {
  it("names every table the scorer reads, and no other", () => {
    expect(TABLE_NAMES.sort()).toEqual(
      [
        "age",
        "arrangedEmployment",
        "canadianEducation",
        "canadianWork",
        "education",
        "firstLanguage",
        "french",
        "maximums",
        "provincialNomination",
        "secondLanguage",
        "sibling",
        "spouseCanadianWork",
        "spouseEducation",
        "spouseFirstLanguage",
        "transferabilityCaps",
        "transferabilityCertificate",
        "transferabilityEducationCanadianWork",
        "transferabilityEducationLanguage",
        "transferabilityForeignWorkCanadianWork",
        "transferabilityForeignWorkLanguage",
      ].sort(),
    );
    expect(isIsoDate(data.verified)).toBe(true);
    expect(data.startsOn).toBe("2015-01-01");
    expect(CRS_STARTED_ON).toBe("2015-01-01");
  });

  it.each(TABLE_NAMES)(
    "%s: versions run without gap from 2015-01-01, the last open-ended, each with a full source",
    (name) => {
      const versions = data.series[name]?.versions ?? [];
      expect(versions.length).toBeGreaterThan(0);
      expect(versions[0]?.from).toBe("2015-01-01");
      versions.forEach((version, i) => {
        expect(isIsoDate(version.from)).toBe(true);
        const next = versions[i + 1];
        if (next === undefined) expect(version.to).toBeUndefined();
        else {
          expect(version.to).toBe(next.from);
          expect(version.from < (version.to ?? "")).toBe(true);
        }
        const source = version.source;
        expect(typeof source.title).toBe("string");
        expect(String(source.url)).toMatch(/^https:\/\//);
        expect(isIsoDate(source.retrieved)).toBe(true);
        expect(isIsoDate(source.effective)).toBe(true);
        expect(source.effective).toBe(version.from);
      });
      // The typed history is the same.
      expect(crsTableHistory(name).map((v) => [v.from, v.to])).toEqual(versions.map((v) => [v.from, v.to]));
    },
  );

  it.each([
    "age",
    "firstLanguage",
    "secondLanguage",
    "canadianWork",
    "spouseFirstLanguage",
    "spouseCanadianWork",
    "transferabilityForeignWorkLanguage",
    "transferabilityForeignWorkCanadianWork",
  ] as const)("%s: bands cover 0 to infinity in order, without gap or overlap", (name) => {
    for (const version of crsTableHistory(name)) {
      const rows = version.value.rows;
      expect(rows[0]?.min).toBe(0);
      rows.forEach((row, i) => {
        const next = rows[i + 1];
        if (next === undefined) expect(row.max).toBeNull();
        else expect(next.min).toBe((row.max ?? NaN) + 1);
        expect(row.label.length).toBeGreaterThan(0);
      });
    }
  });

  it("core tables never give more with a spouse than without", () => {
    for (const name of ["age", "education", "firstLanguage", "secondLanguage", "canadianWork"] as const) {
      for (const version of crsTableHistory(name)) {
        for (const row of version.value.rows) expect(row.withSpouse).toBeLessThanOrEqual(row.single);
        expect(version.value.maximum.withSpouse).toBeLessThanOrEqual(version.value.maximum.single);
      }
    }
  });

  it("each line's stated maximum is what its rows can reach", () => {
    const t = crsTablesAsOf(TODAY);
    const top = (rows: readonly { single: number; withSpouse: number }[]) => ({
      single: Math.max(...rows.map((r) => r.single)),
      withSpouse: Math.max(...rows.map((r) => r.withSpouse)),
    });
    expect(top(t.age.value.rows)).toEqual(t.age.value.maximum);
    expect(top(t.education.value.rows)).toEqual(t.education.value.maximum);
    expect({
      single: 4 * top(t.firstLanguage.value.rows).single,
      withSpouse: 4 * top(t.firstLanguage.value.rows).withSpouse,
    }).toEqual(t.firstLanguage.value.maximum);
    expect(top(t.canadianWork.value.rows)).toEqual(t.canadianWork.value.maximum);
    expect(Math.max(...t.spouseEducation.value.rows.map((r) => r.points))).toBe(t.spouseEducation.value.maximum);
    expect(4 * Math.max(...t.spouseFirstLanguage.value.rows.map((r) => r.points))).toBe(
      t.spouseFirstLanguage.value.maximum,
    );
    expect(Math.max(...t.spouseCanadianWork.value.rows.map((r) => r.points))).toBe(t.spouseCanadianWork.value.maximum);
    const m = t.maximums.value;
    const core = (col: "single" | "withSpouse") =>
      t.age.value.maximum[col] +
      t.education.value.maximum[col] +
      t.firstLanguage.value.maximum[col] +
      t.secondLanguage.value.maximum[col] +
      t.canadianWork.value.maximum[col];
    expect(core("single")).toBe(500);
    expect(core("withSpouse")).toBe(460);
    expect(m.core).toEqual({ single: 500, withSpouse: 460 });
    expect(
      t.spouseEducation.value.maximum + t.spouseFirstLanguage.value.maximum + t.spouseCanadianWork.value.maximum,
    ).toBe(40);
    expect(m.spouse).toEqual({ single: 0, withSpouse: 40 });
    expect(m.transferability).toBe(100);
    expect(t.transferabilityCaps.value).toEqual({ education: 50, foreignWork: 50, certificate: 50, total: 100 });
    expect(m.additional).toBe(600);
    expect(m.total).toBe(1200);
    expect(m.core.single + m.spouse.single + m.transferability + m.additional).toBe(1200);
    expect(m.core.withSpouse + m.spouse.withSpouse + m.transferability + m.additional).toBe(1200);
  });

  it("every education level appears once in each education table and tier list", () => {
    for (const version of crsTableHistory("education")) {
      expect(version.value.rows.map((r) => r.level)).toEqual([...EDUCATION_LEVELS]);
    }
    for (const version of crsTableHistory("spouseEducation")) {
      expect(version.value.rows.map((r) => r.level)).toEqual([...EDUCATION_LEVELS]);
    }
    for (const name of ["transferabilityEducationLanguage", "transferabilityEducationCanadianWork"] as const) {
      for (const version of crsTableHistory(name)) {
        expect(version.value.rows.flatMap((r) => r.levels)).toEqual([...EDUCATION_LEVELS]);
      }
    }
  });

  it("the tables are frozen", () => {
    const t = crsTablesAsOf(TODAY);
    expect(Object.isFrozen(t.age.value.rows[0])).toBe(true);
    expect(() => {
      (t.age.value.rows[0] as { single: number }).single = 1;
    }).toThrow();
  });

  it("records the late-October 2020 French-points date as uncertain", () => {
    expect(crsUncertainties()).toEqual([
      expect.objectContaining({ table: "french", from: "2020-10-20", to: "2020-10-27" }),
    ]);
  });
});

describe("the data equals the hand-written IRCC tables", () => {
  const t = crsTablesAsOf(TODAY);
  it("age", () => {
    for (const row of t.age.value.rows) {
      for (let age = row.min; age <= (row.max ?? 120); age++) {
        expect([row.single, row.withSpouse], `age ${age}`).toEqual(agePoints(age));
      }
    }
  });
  it("education", () => {
    for (const row of t.education.value.rows) expect([row.single, row.withSpouse]).toEqual(EDUCATION[row.level]);
  });
  it("first official language", () => {
    for (const row of t.firstLanguage.value.rows) {
      for (let clb = row.min; clb <= (row.max ?? 12); clb++)
        expect([row.single, row.withSpouse]).toEqual(firstPerAbility(clb));
    }
  });
  it("second official language", () => {
    for (const row of t.secondLanguage.value.rows) {
      for (let clb = row.min; clb <= (row.max ?? 12); clb++) {
        expect([row.single, row.withSpouse]).toEqual([secondPerAbility(clb), secondPerAbility(clb)]);
      }
    }
    expect(t.secondLanguage.value.maximum).toEqual({ single: 24, withSpouse: 22 });
  });
  it("Canadian work experience", () => {
    for (const row of t.canadianWork.value.rows) {
      for (let y = row.min; y <= (row.max ?? 20); y++)
        expect([row.single, row.withSpouse]).toEqual(canadianWorkPoints(y));
    }
  });
  it("spouse factors", () => {
    for (const row of t.spouseEducation.value.rows) expect(row.points).toBe(SPOUSE_EDUCATION[row.level]);
    for (const row of t.spouseFirstLanguage.value.rows) {
      for (let clb = row.min; clb <= (row.max ?? 12); clb++) expect(row.points).toBe(SPOUSE_LANGUAGE[Math.min(9, clb)]);
    }
    for (const row of t.spouseCanadianWork.value.rows) {
      for (let y = row.min; y <= (row.max ?? 20); y++) expect(row.points).toBe(SPOUSE_WORK[Math.min(5, y)]);
    }
  });
  it("skill transferability", () => {
    for (const row of t.transferabilityEducationLanguage.value.rows) {
      for (const level of row.levels) expect([row.clb7, row.clb9]).toEqual(TIER_POINTS[EDUCATION_TIER[level]]);
    }
    for (const row of t.transferabilityEducationCanadianWork.value.rows) {
      for (const level of row.levels)
        expect([row.oneYear, row.twoYearsOrMore]).toEqual(TIER_POINTS[EDUCATION_TIER[level]]);
    }
    for (const row of t.transferabilityForeignWorkLanguage.value.rows) {
      for (let y = row.min; y <= (row.max ?? 20); y++) expect([row.clb7, row.clb9]).toEqual(foreignPoints(y));
    }
    for (const row of t.transferabilityForeignWorkCanadianWork.value.rows) {
      for (let y = row.min; y <= (row.max ?? 20); y++)
        expect([row.oneYear, row.twoYearsOrMore]).toEqual(foreignPoints(y));
    }
    expect([t.transferabilityCertificate.value.clb5, t.transferabilityCertificate.value.clb7]).toEqual([25, 50]);
  });
});

describe("scoreCrs, line by line, both columns", () => {
  describe.each(COLUMNS)("$name", ({ spouseFactorApplies, index }) => {
    it("age: every age from 0 to 100", () => {
      for (let age = 0; age <= 100; age++) {
        const b = score({ spouseFactorApplies, age });
        expect(b.core.age, `age ${age}`).toBe(agePoints(age)[index]);
        expect(b.total).toBe(b.core.age);
      }
    });
    it.each(EDUCATION_LEVELS)("education: %s", (education) => {
      const b = score({ spouseFactorApplies, education });
      expect(b.core.education).toBe(EDUCATION[education][index]);
      expect(b.total).toBe(b.core.education);
    });
    it("first official language: every CLB level in each ability, and in all four", () => {
      for (let clb = 0; clb <= 12; clb++) {
        for (const ability of ABILITIES) {
          const b = score({ spouseFactorApplies, firstLanguage: { ...all(0), [ability]: clb } });
          expect(b.core.firstLanguage, `${ability} CLB ${clb}`).toBe(firstPerAbility(clb)[index]);
        }
        expect(score({ spouseFactorApplies, firstLanguage: all(clb) }).core.firstLanguage).toBe(
          4 * (firstPerAbility(clb)[index] ?? NaN),
        );
      }
    });
    it("second official language: every level per ability, and the cap of 24 / 22", () => {
      for (let clb = 0; clb <= 12; clb++) {
        for (const ability of ABILITIES) {
          const b = score({ spouseFactorApplies, secondLanguage: { ...all(0), [ability]: clb } });
          expect(b.core.secondLanguage).toBe(secondPerAbility(clb));
        }
        expect(score({ spouseFactorApplies, secondLanguage: all(clb) }).core.secondLanguage).toBe(
          Math.min(index === 0 ? 24 : 22, 4 * secondPerAbility(clb)),
        );
      }
      // Edge copied from the reference: 4 x 6 = 24 is clipped to 22 with a spouse.
      expect(score({ spouseFactorApplies, secondLanguage: all(9) }).core.secondLanguage).toBe(index === 0 ? 24 : 22);
      expect(score({ spouseFactorApplies, secondLanguage: { ...all(9), speaking: 8 } }).core.secondLanguage).toBe(21);
    });
    it("Canadian work experience: 0 to 15 years", () => {
      for (let years = 0; years <= 15; years++) {
        const b = score({ spouseFactorApplies, canadianWorkYears: years });
        expect(b.core.canadianWork).toBe(canadianWorkPoints(years)[index]);
        expect(b.total).toBe(b.core.canadianWork); // no transferability without education or foreign work
      }
    });
  });

  it("spouse factors: every row, only with an accompanying spouse", () => {
    for (const education of EDUCATION_LEVELS) {
      const b = score({ spouseFactorApplies: true, spouse: { education, canadianWorkYears: 0 } });
      expect(b.spouse.education).toBe(SPOUSE_EDUCATION[education]);
      expect(b.spouse.subtotal).toBe(SPOUSE_EDUCATION[education]);
      expect(score({ spouseFactorApplies: false, spouse: { education, canadianWorkYears: 0 } }).spouse.subtotal).toBe(
        0,
      );
    }
    for (let clb = 0; clb <= 12; clb++) {
      for (const ability of ABILITIES) {
        const b = score({
          spouseFactorApplies: true,
          spouse: {
            education: "less-than-secondary",
            firstLanguage: { ...all(0), [ability]: clb },
            canadianWorkYears: 0,
          },
        });
        expect(b.spouse.firstLanguage).toBe(SPOUSE_LANGUAGE[Math.min(9, clb)]);
      }
      const four = score({
        spouseFactorApplies: true,
        spouse: { education: "less-than-secondary", firstLanguage: all(clb), canadianWorkYears: 0 },
      });
      expect(four.spouse.firstLanguage).toBe(4 * (SPOUSE_LANGUAGE[Math.min(9, clb)] ?? NaN));
    }
    for (let years = 0; years <= 12; years++) {
      const b = score({
        spouseFactorApplies: true,
        spouse: { education: "less-than-secondary", canadianWorkYears: years },
      });
      expect(b.spouse.canadianWork).toBe(SPOUSE_WORK[Math.min(5, years)]);
    }
    // Maximum 40: doctoral 10 + CLB 9 x 4 = 20 + 5 years 10.
    expect(
      score({
        spouseFactorApplies: true,
        spouse: { education: "doctoral", firstLanguage: all(10), canadianWorkYears: 7 },
      }).spouse,
    ).toEqual({ education: 10, firstLanguage: 20, canadianWork: 10, subtotal: 40 });
  });

  it("an unknown spouse situation uses the lower column and no spouse points", () => {
    const { spouseFactorApplies: _, missing: _missing, ...rest } = ZERO;
    const b = scoreCrs(
      {
        ...rest,
        age: 29,
        education: "masters",
        spouse: { education: "doctoral", canadianWorkYears: 5 },
      },
      { asOf: TODAY },
    );
    expect(b.core.age).toBe(100);
    expect(b.core.education).toBe(126);
    expect(b.spouse.subtotal).toBe(0);
    expect(b.missing).toEqual(["spouseFactorApplies"]);
  });
});

describe("skill transferability: every row and column, and the caps", () => {
  /** Mixed first-language levels with the given minimum: CLB 7+ "with one or more under 9". */
  const withMinimum = (min: number): ClbLevels => ({ reading: 10, writing: min, listening: 10, speaking: 10 });
  const languageColumn = (min: number) => (min >= 9 ? 1 : min >= 7 ? 0 : -1);
  const cwColumn = (years: number) => (years >= 2 ? 1 : years === 1 ? 0 : -1);
  const pick = (pair: [number, number], column: number) => (column < 0 ? 0 : (pair[column] ?? NaN));

  it.each(EDUCATION_LEVELS)(
    "education %s with each first-language minimum and each year of Canadian work",
    (education) => {
      const pair = TIER_POINTS[EDUCATION_TIER[education]] ?? [NaN, NaN];
      for (let min = 0; min <= 12; min++) {
        const b = score({ education, firstLanguage: withMinimum(min) });
        expect(b.transferability.educationLanguage, `CLB min ${min}`).toBe(pick(pair, languageColumn(min)));
        // All four at the same level reads the same column.
        expect(score({ education, firstLanguage: all(min) }).transferability.educationLanguage).toBe(
          pick(pair, languageColumn(min)),
        );
      }
      for (let years = 0; years <= 8; years++) {
        const b = score({ education, canadianWorkYears: years });
        expect(b.transferability.educationCanadianWork).toBe(pick(pair, cwColumn(years)));
      }
      // The group is capped at 50 (e.g. master's + CLB 9 = 50 and + 2 years Canadian work = 50).
      for (let min = 0; min <= 10; min++) {
        for (let years = 0; years <= 3; years++) {
          const b = score({ education, firstLanguage: withMinimum(min), canadianWorkYears: years });
          const raw = pick(pair, languageColumn(min)) + pick(pair, cwColumn(years));
          expect(b.transferability.educationSubtotal).toBe(Math.min(50, raw));
        }
      }
    },
  );

  it("without a first-language result there are no language combinations", () => {
    const b = score({ education: "doctoral", foreignWorkYears: 5, certificateOfQualification: true });
    expect(b.transferability.educationLanguage).toBe(0);
    expect(b.transferability.foreignWorkLanguage).toBe(0);
    expect(b.transferability.certificate).toBe(0);
  });

  it("foreign work with each first-language minimum and each year of Canadian work", () => {
    for (let fw = 0; fw <= 12; fw++) {
      const pair = foreignPoints(fw);
      for (let min = 0; min <= 12; min++) {
        expect(
          score({ foreignWorkYears: fw, firstLanguage: withMinimum(min) }).transferability.foreignWorkLanguage,
        ).toBe(pick(pair, languageColumn(min)));
      }
      for (let years = 0; years <= 8; years++) {
        expect(score({ foreignWorkYears: fw, canadianWorkYears: years }).transferability.foreignWorkCanadianWork).toBe(
          pick(pair, cwColumn(years)),
        );
      }
      for (let min = 0; min <= 10; min++) {
        for (let years = 0; years <= 3; years++) {
          const b = score({ foreignWorkYears: fw, firstLanguage: withMinimum(min), canadianWorkYears: years });
          expect(b.transferability.foreignWorkSubtotal).toBe(
            Math.min(50, pick(pair, languageColumn(min)) + pick(pair, cwColumn(years))),
          );
        }
      }
    }
  });

  it("certificate of qualification: 25 with CLB 5+ (one under 7), 50 with CLB 7+ in all four", () => {
    for (let min = 0; min <= 12; min++) {
      const expected = min >= 7 ? 50 : min >= 5 ? 25 : 0;
      expect(
        score({ certificateOfQualification: true, firstLanguage: withMinimum(min) }).transferability.certificate,
      ).toBe(expected);
      expect(
        score({ certificateOfQualification: false, firstLanguage: withMinimum(min) }).transferability.certificate,
      ).toBe(0);
    }
    // Edges from the reference: CLB 5/5/5/6 → 25, 6/6/6/7 → 25, 7/7/7/7 → 50, 4/10/10/10 → 0.
    expect(
      score({ certificateOfQualification: true, firstLanguage: { reading: 5, writing: 5, listening: 5, speaking: 6 } })
        .transferability.certificate,
    ).toBe(25);
    expect(
      score({ certificateOfQualification: true, firstLanguage: { reading: 6, writing: 6, listening: 6, speaking: 7 } })
        .transferability.certificate,
    ).toBe(25);
    expect(score({ certificateOfQualification: true, firstLanguage: all(7) }).transferability.certificate).toBe(50);
    expect(
      score({
        certificateOfQualification: true,
        firstLanguage: { reading: 4, writing: 10, listening: 10, speaking: 10 },
      }).transferability.certificate,
    ).toBe(0);
  });

  it("section C is capped at 100 over the three groups", () => {
    const b = score({
      education: "doctoral",
      foreignWorkYears: 3,
      certificateOfQualification: true,
      firstLanguage: all(9),
      canadianWorkYears: 2,
    });
    expect(b.transferability).toEqual({
      educationLanguage: 50,
      educationCanadianWork: 50,
      educationSubtotal: 50,
      foreignWorkLanguage: 50,
      foreignWorkCanadianWork: 50,
      foreignWorkSubtotal: 50,
      certificate: 50,
      subtotal: 100,
    });
    // 13 + 13 + 25 = 51 → 51 (under the cap); 25 + 25 + 50 = 100.
    const c = score({
      education: "bachelors",
      foreignWorkYears: 1,
      certificateOfQualification: true,
      firstLanguage: all(7),
    });
    expect([
      c.transferability.educationSubtotal,
      c.transferability.foreignWorkSubtotal,
      c.transferability.certificate,
      c.transferability.subtotal,
    ]).toEqual([13, 13, 50, 76]);
  });

  it("a bachelor's is the one-year-or-longer tier, not the two-or-more tier (LorinserCC's bug)", () => {
    expect(score({ education: "bachelors", firstLanguage: all(9) }).transferability.educationLanguage).toBe(25);
    expect(score({ education: "two-or-more", firstLanguage: all(9) }).transferability.educationLanguage).toBe(50);
  });
});

describe("additional points, on every date a rule changed", () => {
  const day = (d: string) => isoDate(d);
  const dayBefore = (d: string) => addDays(isoDate(d), -1);

  it("provincial nomination: 600 from 2015-01-01", () => {
    for (const d of ["2015-01-01", "2020-06-01", "2026-01-15"]) {
      expect(score({ provincialNomination: true }, day(d)).additional.provincialNomination).toBe(600);
    }
  });

  it("arranged employment: 600 / 600 until 2016-11-18, 200 / 50 until 2025-03-24, 0 from 2025-03-25", () => {
    const cases: [IsoDate, number, number][] = [
      [day("2015-01-01"), 600, 600],
      [dayBefore("2016-11-19"), 600, 600],
      [day("2016-11-19"), 200, 50],
      [dayBefore("2022-11-16"), 200, 50],
      [day("2022-11-16"), 200, 50],
      [dayBefore("2025-03-25"), 200, 50],
      [day("2025-03-25"), 0, 0],
      [day("2026-01-15"), 0, 0],
    ];
    for (const [d, major00, other] of cases) {
      expect(score({ arrangedEmployment: "teer0-major-group-00" }, d).additional.arrangedEmployment, d).toBe(major00);
      expect(score({ arrangedEmployment: "other-teer-0-3" }, d).additional.arrangedEmployment, d).toBe(other);
      expect(score({ arrangedEmployment: "none" }, d).additional.arrangedEmployment).toBe(0);
    }
  });

  it("arranged employment is worded with NOC 2016 before 2022-11-16 and with TEER from then", () => {
    const label = (d: IsoDate) => crsTablesAsOf(d).arrangedEmployment.value["other-teer-0-3"].label;
    expect(label(dayBefore("2022-11-16"))).toContain("NOC skill type 0 or skill level A or B");
    expect(label(day("2022-11-16"))).toContain("TEER 1, 2 or 3");
    expect(crsTablesAsOf(dayBefore("2022-11-16")).arrangedEmployment.value["teer0-major-group-00"].label).toContain(
      "NOC major group 00",
    );
    expect(crsTablesAsOf(day("2022-11-16")).arrangedEmployment.value["teer0-major-group-00"].label).toContain(
      "TEER 0 Major group 00",
    );
    expect(crsTablesAsOf(dayBefore("2022-11-16")).canadianWork.value.skilledWork).toBe(
      "NOC skill type 0 or skill level A or B",
    );
    expect(crsTablesAsOf(day("2022-11-16")).canadianWork.value.skilledWork).toBe("NOC TEER 0, 1, 2 or 3");
  });

  it("French-language points: 0 until 2017-06-05, 15 / 30 until 2020-10-26, 25 / 50 from 2020-10-27", () => {
    const frenchOnly = { french: all(7) };
    const bilingual = { french: all(7), english: all(5) };
    const cases: [IsoDate, number, number][] = [
      [day("2015-01-01"), 0, 0],
      [dayBefore("2017-06-06"), 0, 0],
      [day("2017-06-06"), 15, 30],
      [day("2020-10-19"), 15, 30],
      [dayBefore("2020-10-27"), 15, 30],
      [day("2020-10-27"), 25, 50],
      [day("2026-01-15"), 25, 50],
    ];
    for (const [d, one, two] of cases) {
      expect(score(frenchOnly, d).additional.french, d).toBe(one);
      expect(score(bilingual, d).additional.french, d).toBe(two);
    }
  });

  it("French-language points: the conditions, with the edges from the reference", () => {
    // NCLC 7 in all four French abilities is needed; one ability at 6 gives nothing.
    expect(score({ french: { ...all(7), speaking: 6 }, english: all(9) }).additional.french).toBe(0);
    // No English result, or CLB 4 or less in English: 25.
    expect(score({ french: all(8) }).additional.french).toBe(25);
    expect(score({ french: all(7), english: all(4) }).additional.french).toBe(25);
    // CLB 5 or more in all four English abilities: 50.
    expect(score({ french: all(7), english: all(5) }).additional.french).toBe(50);
    // Mixed English (6/6/6/4): not "CLB 5 or higher on all four" → 25 (reference §1.4, UNSURE).
    expect(
      score({ french: all(10), english: { reading: 6, writing: 6, listening: 6, speaking: 4 } }).additional.french,
    ).toBe(25);
    // Independent of which language is first.
    expect(
      score({ french: all(7), english: all(5), firstLanguage: all(7), secondLanguage: all(5) }).additional.french,
    ).toBe(50);
  });

  it("the days the French date is in doubt carry a caveat when French points are given", () => {
    const inDoubt = score({ french: all(7), english: all(5) }, day("2020-10-20"));
    expect(inDoubt.additional.french).toBe(30);
    expect(inDoubt.caveats).toHaveLength(1);
    expect(inDoubt.caveats[0]?.id).toBe("crs.caveat.french-points-2020");
    expect(reasonOf({ message: inDoubt.caveats[0] ?? text("") })).toContain("2020-10-20");
    expect(score({ french: all(7) }, day("2020-10-19")).caveats).toEqual([]);
    expect(score({ french: all(7) }, day("2020-10-27")).caveats).toEqual([]);
    expect(score({}, day("2020-10-22")).caveats).toEqual([]);
  });

  it("Canadian education: 0 until 2016-11-18, then 15 / 30", () => {
    const cases: [IsoDate, number, number][] = [
      [day("2015-01-01"), 0, 0],
      [dayBefore("2016-11-19"), 0, 0],
      [day("2016-11-19"), 15, 30],
      [day("2026-01-15"), 15, 30],
    ];
    for (const [d, short, long] of cases) {
      expect(score({ canadianEducation: "one-or-two-year" }, d).additional.canadianEducation).toBe(short);
      expect(score({ canadianEducation: "three-year-or-longer" }, d).additional.canadianEducation).toBe(long);
      expect(score({ canadianEducation: "none" }, d).additional.canadianEducation).toBe(0);
    }
  });

  it("sibling in Canada: 0 until 2017-06-05, then 15", () => {
    expect(score({ siblingInCanada: true }, dayBefore("2017-06-06")).additional.sibling).toBe(0);
    expect(score({ siblingInCanada: true }, day("2017-06-06")).additional.sibling).toBe(15);
    expect(score({ siblingInCanada: true }, day("2026-01-15")).additional.sibling).toBe(15);
  });

  it("section D is capped at 600", () => {
    const b = score(
      {
        provincialNomination: true,
        arrangedEmployment: "teer0-major-group-00",
        french: all(7),
        english: all(5),
        canadianEducation: "three-year-or-longer",
        siblingInCanada: true,
      },
      day("2024-06-01"),
    );
    expect(b.additional).toEqual({
      provincialNomination: 600,
      arrangedEmployment: 200,
      french: 50,
      canadianEducation: 30,
      sibling: 15,
      subtotal: 600,
    });
    // Before 2016-11-19 an arranged-employment offer and a nomination were each 600, together 600.
    expect(
      score({ provincialNomination: true, arrangedEmployment: "other-teer-0-3" }, day("2016-01-01")).additional
        .subtotal,
    ).toBe(600);
  });

  it("the core and transferability tables are the same on every date a rule changed", () => {
    const dates = [
      "2015-01-01",
      "2016-11-18",
      "2016-11-19",
      "2017-06-06",
      "2020-10-27",
      "2022-11-16",
      "2025-03-25",
      "2026-01-15",
    ];
    const factors: Partial<CrsFactors> = {
      age: 31,
      education: "two-or-more",
      firstLanguage: { reading: 9, writing: 7, listening: 8, speaking: 10 },
      secondLanguage: all(6),
      canadianWorkYears: 1,
      foreignWorkYears: 2,
      certificateOfQualification: true,
    };
    const scored = dates.map((d) => {
      const b = score(factors, day(d));
      return [b.core, b.transferability];
    });
    for (const s of scored) expect(s).toEqual(scored[0]);
  });
});

describe("every row of every version, scored on the version's first and last day", () => {
  const daysOf = (v: { from: IsoDate; to?: IsoDate }) => [v.from, v.to === undefined ? TODAY : addDays(v.to, -1)];
  it("core tables", () => {
    for (const [name, key] of [
      ["age", "age"],
      ["canadianWork", "canadianWorkYears"],
    ] as const) {
      for (const version of crsTableHistory(name)) {
        for (const day of daysOf(version)) {
          for (const row of version.value.rows) {
            for (const value of [row.min, row.max ?? row.min + 7]) {
              const line = name === "age" ? "age" : "canadianWork";
              expect(score({ [key]: value, spouseFactorApplies: false }, day).core[line]).toBe(row.single);
              expect(score({ [key]: value, spouseFactorApplies: true }, day).core[line]).toBe(row.withSpouse);
            }
          }
        }
      }
    }
    for (const version of crsTableHistory("education")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          expect(score({ education: row.level, spouseFactorApplies: false }, day).core.education).toBe(row.single);
          expect(score({ education: row.level, spouseFactorApplies: true }, day).core.education).toBe(row.withSpouse);
        }
      }
    }
    for (const [name, line] of [
      ["firstLanguage", "firstLanguage"],
      ["secondLanguage", "secondLanguage"],
    ] as const) {
      for (const version of crsTableHistory(name)) {
        for (const day of daysOf(version)) {
          for (const row of version.value.rows) {
            for (const clb of [row.min, row.max ?? 12]) {
              const one = { ...all(0), reading: clb };
              expect(score({ [line]: one, spouseFactorApplies: false }, day).core[line]).toBe(row.single);
              expect(score({ [line]: one, spouseFactorApplies: true }, day).core[line]).toBe(row.withSpouse);
            }
          }
        }
      }
    }
  });

  it("spouse tables", () => {
    for (const version of crsTableHistory("spouseEducation")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          const b = score({ spouseFactorApplies: true, spouse: { education: row.level, canadianWorkYears: 0 } }, day);
          expect(b.spouse.education).toBe(row.points);
        }
      }
    }
    for (const version of crsTableHistory("spouseFirstLanguage")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          const spouse = {
            education: "less-than-secondary" as const,
            firstLanguage: { ...all(0), speaking: row.min },
            canadianWorkYears: 0,
          };
          expect(score({ spouseFactorApplies: true, spouse }, day).spouse.firstLanguage).toBe(row.points);
        }
      }
    }
    for (const version of crsTableHistory("spouseCanadianWork")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          const spouse = { education: "less-than-secondary" as const, canadianWorkYears: row.min };
          expect(score({ spouseFactorApplies: true, spouse }, day).spouse.canadianWork).toBe(row.points);
        }
      }
    }
  });

  it("transferability tables", () => {
    for (const version of crsTableHistory("transferabilityEducationLanguage")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          for (const education of row.levels) {
            expect(score({ education, firstLanguage: all(7) }, day).transferability.educationLanguage).toBe(row.clb7);
            expect(score({ education, firstLanguage: all(9) }, day).transferability.educationLanguage).toBe(row.clb9);
          }
        }
      }
    }
    for (const version of crsTableHistory("transferabilityEducationCanadianWork")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          for (const education of row.levels) {
            expect(score({ education, canadianWorkYears: 1 }, day).transferability.educationCanadianWork).toBe(
              row.oneYear,
            );
            expect(score({ education, canadianWorkYears: 2 }, day).transferability.educationCanadianWork).toBe(
              row.twoYearsOrMore,
            );
          }
        }
      }
    }
    for (const version of crsTableHistory("transferabilityForeignWorkLanguage")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          expect(
            score({ foreignWorkYears: row.min, firstLanguage: all(8) }, day).transferability.foreignWorkLanguage,
          ).toBe(row.clb7);
          expect(
            score({ foreignWorkYears: row.min, firstLanguage: all(10) }, day).transferability.foreignWorkLanguage,
          ).toBe(row.clb9);
        }
      }
    }
    for (const version of crsTableHistory("transferabilityForeignWorkCanadianWork")) {
      for (const day of daysOf(version)) {
        for (const row of version.value.rows) {
          expect(
            score({ foreignWorkYears: row.min, canadianWorkYears: 1 }, day).transferability.foreignWorkCanadianWork,
          ).toBe(row.oneYear);
          expect(
            score({ foreignWorkYears: row.min, canadianWorkYears: 4 }, day).transferability.foreignWorkCanadianWork,
          ).toBe(row.twoYearsOrMore);
        }
      }
    }
    for (const version of crsTableHistory("transferabilityCertificate")) {
      for (const day of daysOf(version)) {
        expect(
          score({ certificateOfQualification: true, firstLanguage: all(6) }, day).transferability.certificate,
        ).toBe(version.value.clb5);
        expect(
          score({ certificateOfQualification: true, firstLanguage: all(7) }, day).transferability.certificate,
        ).toBe(version.value.clb7);
      }
    }
  });

  it("additional points tables", () => {
    for (const version of crsTableHistory("arrangedEmployment")) {
      for (const day of daysOf(version)) {
        for (const tier of ["teer0-major-group-00", "other-teer-0-3"] as const) {
          expect(score({ arrangedEmployment: tier }, day).additional.arrangedEmployment).toBe(
            version.value[tier].points,
          );
        }
      }
    }
    for (const version of crsTableHistory("french")) {
      for (const day of daysOf(version)) {
        expect(score({ french: all(7) }, day).additional.french).toBe(version.value.frenchOnly.points);
        expect(score({ french: all(7), english: all(5) }, day).additional.french).toBe(version.value.bilingual.points);
      }
    }
    for (const version of crsTableHistory("canadianEducation")) {
      for (const day of daysOf(version)) {
        for (const ce of ["one-or-two-year", "three-year-or-longer"] as const) {
          expect(score({ canadianEducation: ce }, day).additional.canadianEducation).toBe(version.value[ce].points);
        }
      }
    }
    for (const version of crsTableHistory("sibling")) {
      for (const day of daysOf(version))
        expect(score({ siblingInCanada: true }, day).additional.sibling).toBe(version.value.points);
    }
    for (const version of crsTableHistory("provincialNomination")) {
      for (const day of daysOf(version)) {
        expect(score({ provincialNomination: true }, day).additional.provincialNomination).toBe(version.value.points);
      }
    }
  });
});
