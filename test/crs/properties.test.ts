// Properties of scoreCrs over arbitrary factors and dates (fast-check).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/iso-date.js";
import {
  type CrsBreakdown,
  type CrsFactors,
  type CrsSpouseFactors,
  crsTablesAsOf,
  EDUCATION_LEVELS,
  type EducationLevel,
  educationRank,
  scoreCrs,
} from "../../src/crs/index.js";
import type { ClbLevels } from "../../src/language/index.js";
import { deepFreeze } from "../fixtures/freeze.js";

const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;
const clb = fc.integer({ min: 0, max: 12 });
const levels: fc.Arbitrary<ClbLevels> = fc.record({ reading: clb, writing: clb, listening: clb, speaking: clb });
const education = fc.constantFrom(...EDUCATION_LEVELS);
const years = fc.integer({ min: 0, max: 12 });
const asOf = fc
  .date({ min: new Date(Date.UTC(2015, 0, 1)), max: new Date(Date.UTC(2032, 11, 31)), noInvalidDate: true })
  .map((d) => isoDate(d.toISOString().slice(0, 10)));

const spouse: fc.Arbitrary<CrsSpouseFactors> = fc.record(
  { education, firstLanguage: levels, canadianWorkYears: years },
  { requiredKeys: ["education", "canadianWorkYears"] },
);

const factors: fc.Arbitrary<CrsFactors> = fc.record(
  {
    age: fc.integer({ min: 0, max: 80 }),
    spouseFactorApplies: fc.boolean(),
    education,
    firstLanguage: levels,
    secondLanguage: levels,
    english: levels,
    french: levels,
    canadianWorkYears: years,
    foreignWorkYears: years,
    certificateOfQualification: fc.boolean(),
    spouse,
    canadianEducation: fc.constantFrom("none", "one-or-two-year", "three-year-or-longer" as const),
    arrangedEmployment: fc.constantFrom("none", "teer0-major-group-00", "other-teer-0-3" as const),
    provincialNomination: fc.boolean(),
    siblingInCanada: fc.boolean(),
  },
  {
    requiredKeys: [
      "education",
      "canadianWorkYears",
      "foreignWorkYears",
      "certificateOfQualification",
      "canadianEducation",
      "arrangedEmployment",
      "provincialNomination",
      "siblingInCanada",
    ],
  },
);

const RUNS = { numRuns: 400 };

const sumOfSections = (b: CrsBreakdown) =>
  b.core.subtotal + b.spouse.subtotal + b.transferability.subtotal + b.additional.subtotal;

describe("scoreCrs properties", () => {
  it("total is the sum of the sections, and each subtotal the capped sum of its lines", () => {
    fc.assert(
      fc.property(factors, asOf, (f, day) => {
        const b = scoreCrs(f, { asOf: day });
        expect(b.total).toBe(sumOfSections(b));
        const c = b.core;
        expect(c.subtotal).toBe(c.age + c.education + c.firstLanguage + c.secondLanguage + c.canadianWork);
        const s = b.spouse;
        expect(s.subtotal).toBe(s.education + s.firstLanguage + s.canadianWork);
        const t = b.transferability;
        expect(t.educationSubtotal).toBe(Math.min(50, t.educationLanguage + t.educationCanadianWork));
        expect(t.foreignWorkSubtotal).toBe(Math.min(50, t.foreignWorkLanguage + t.foreignWorkCanadianWork));
        expect(t.subtotal).toBe(Math.min(100, t.educationSubtotal + t.foreignWorkSubtotal + t.certificate));
        const a = b.additional;
        expect(a.subtotal).toBe(
          Math.min(600, a.provincialNomination + a.arrangedEmployment + a.french + a.canadianEducation + a.sibling),
        );
      }),
      RUNS,
    );
  });

  it("every line stays within its maximum, and the total within 0..1200", () => {
    fc.assert(
      fc.property(factors, asOf, (f, day) => {
        const b = scoreCrs(f, { asOf: day });
        const t = crsTablesAsOf(day);
        const col = f.spouseFactorApplies === false ? "single" : "withSpouse";
        const within = (value: number, max: number) => {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(max);
          expect(Number.isInteger(value)).toBe(true);
        };
        within(b.core.age, t.age.value.maximum[col]);
        within(b.core.education, t.education.value.maximum[col]);
        within(b.core.firstLanguage, t.firstLanguage.value.maximum[col]);
        within(b.core.secondLanguage, t.secondLanguage.value.maximum[col]);
        within(b.core.canadianWork, t.canadianWork.value.maximum[col]);
        within(b.core.subtotal, t.maximums.value.core[col]);
        within(b.spouse.education, 10);
        within(b.spouse.firstLanguage, 20);
        within(b.spouse.canadianWork, 10);
        within(b.spouse.subtotal, f.spouseFactorApplies === true ? 40 : 0);
        for (const line of [
          b.transferability.educationLanguage,
          b.transferability.educationCanadianWork,
          b.transferability.educationSubtotal,
          b.transferability.foreignWorkLanguage,
          b.transferability.foreignWorkCanadianWork,
          b.transferability.foreignWorkSubtotal,
          b.transferability.certificate,
        ]) {
          within(line, 50);
        }
        within(b.transferability.subtotal, 100);
        within(b.additional.provincialNomination, 600);
        within(b.additional.arrangedEmployment, day < "2016-11-19" ? 600 : day < "2025-03-25" ? 200 : 0);
        within(b.additional.french, day < "2017-06-06" ? 0 : day < "2020-10-27" ? 30 : 50);
        within(b.additional.canadianEducation, day < "2016-11-19" ? 0 : 30);
        within(b.additional.sibling, day < "2017-06-06" ? 0 : 15);
        within(b.additional.subtotal, 600);
        within(b.core.subtotal + b.spouse.subtotal, 500);
        within(b.total, 1200);
      }),
      RUNS,
    );
  });

  const raised = (l: ClbLevels, ability: (typeof ABILITIES)[number]): ClbLevels => ({
    ...l,
    [ability]: Math.min(12, l[ability] + 1),
  });
  const abilityArb = fc.constantFrom(...ABILITIES);

  it("more of any CLB ability, in any language line, never lowers the score", () => {
    fc.assert(
      fc.property(
        factors,
        asOf,
        abilityArb,
        fc.constantFrom("firstLanguage", "secondLanguage", "english", "french", "spouse" as const),
        (f, day, ability, line) => {
          const before = scoreCrs(f, { asOf: day }).total;
          let changed: CrsFactors;
          if (line === "spouse") {
            if (f.spouse?.firstLanguage === undefined) return;
            changed = { ...f, spouse: { ...f.spouse, firstLanguage: raised(f.spouse.firstLanguage, ability) } };
          } else {
            const current = f[line];
            if (current === undefined) return;
            changed = { ...f, [line]: raised(current, ability) };
          }
          expect(scoreCrs(changed, { asOf: day }).total).toBeGreaterThanOrEqual(before);
        },
      ),
      RUNS,
    );
  });

  it("a first language result where there was none never lowers the score", () => {
    fc.assert(
      fc.property(factors, asOf, levels, (f, day, l) => {
        const { firstLanguage: _, ...without } = f;
        expect(scoreCrs({ ...without, firstLanguage: l }, { asOf: day }).total).toBeGreaterThanOrEqual(
          scoreCrs(without, { asOf: day }).total,
        );
      }),
      RUNS,
    );
  });

  it("more years of work (Canadian, foreign, the spouse's) never lower the score", () => {
    fc.assert(
      fc.property(factors, asOf, fc.constantFrom("canadian", "foreign", "spouse" as const), (f, day, which) => {
        const before = scoreCrs(f, { asOf: day }).total;
        const changed: CrsFactors =
          which === "canadian"
            ? { ...f, canadianWorkYears: f.canadianWorkYears + 1 }
            : which === "foreign"
              ? { ...f, foreignWorkYears: f.foreignWorkYears + 1 }
              : f.spouse === undefined
                ? f
                : { ...f, spouse: { ...f.spouse, canadianWorkYears: f.spouse.canadianWorkYears + 1 } };
        expect(scoreCrs(changed, { asOf: day }).total).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it("a higher education rank (the candidate's or the spouse's) never lowers the score", () => {
    fc.assert(
      fc.property(factors, asOf, education, fc.boolean(), (f, day, other, forSpouse) => {
        const higher = (a: EducationLevel, b: EducationLevel) => (educationRank(a) >= educationRank(b) ? a : b);
        const lower = (a: EducationLevel, b: EducationLevel) => (educationRank(a) >= educationRank(b) ? b : a);
        if (forSpouse) {
          if (f.spouse === undefined) return;
          const lo = { ...f, spouse: { ...f.spouse, education: lower(f.spouse.education, other) } };
          const hi = { ...f, spouse: { ...f.spouse, education: higher(f.spouse.education, other) } };
          expect(scoreCrs(hi, { asOf: day }).total).toBeGreaterThanOrEqual(scoreCrs(lo, { asOf: day }).total);
        } else {
          const lo = { ...f, education: lower(f.education, other) };
          const hi = { ...f, education: higher(f.education, other) };
          expect(scoreCrs(hi, { asOf: day }).total).toBeGreaterThanOrEqual(scoreCrs(lo, { asOf: day }).total);
        }
      }),
      RUNS,
    );
  });

  it("a nomination, a sibling, a certificate of qualification or Canadian education never lower the score", () => {
    fc.assert(
      fc.property(factors, asOf, (f, day) => {
        const off = scoreCrs(
          {
            ...f,
            provincialNomination: false,
            siblingInCanada: false,
            certificateOfQualification: false,
            canadianEducation: "none",
          },
          { asOf: day },
        ).total;
        for (const on of [
          { provincialNomination: true },
          { siblingInCanada: true },
          { certificateOfQualification: true },
          { canadianEducation: "one-or-two-year" as const },
        ]) {
          const changed = {
            ...f,
            provincialNomination: false,
            siblingInCanada: false,
            certificateOfQualification: false,
            canadianEducation: "none" as const,
            ...on,
          };
          expect(scoreCrs(changed, { asOf: day }).total).toBeGreaterThanOrEqual(off);
        }
        const one = scoreCrs({ ...f, canadianEducation: "one-or-two-year" }, { asOf: day }).total;
        expect(
          scoreCrs({ ...f, canadianEducation: "three-year-or-longer" }, { asOf: day }).total,
        ).toBeGreaterThanOrEqual(one);
      }),
      RUNS,
    );
  });

  it("age points never rise after 29, in either column", () => {
    fc.assert(
      fc.property(factors, asOf, fc.integer({ min: 29, max: 79 }), (f, day, age) => {
        const at = (a: number) => scoreCrs({ ...f, age: a }, { asOf: day }).core.age;
        expect(at(age + 1)).toBeLessThanOrEqual(at(age));
      }),
      RUNS,
    );
  });

  it("is deterministic and does not mutate its (deep-frozen) input", () => {
    fc.assert(
      fc.property(factors, asOf, (f, day) => {
        const copy = structuredClone(f);
        const frozen = deepFreeze(f);
        const first = scoreCrs(frozen, { asOf: day });
        const second = scoreCrs(frozen, { asOf: day });
        expect(second).toEqual(first);
        expect(frozen).toEqual(copy);
      }),
      RUNS,
    );
  });
});
