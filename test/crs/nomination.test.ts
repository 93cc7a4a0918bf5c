import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addYears } from "../../src/core/calendar.js";
import { type IsoDate, isoDate } from "../../src/core/iso-date.js";
import {
  ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS,
  CRS_MAXIMUM,
  type CrsBreakdown,
  type CrsFactors,
  expressEntryProfileExpiry,
  itaApplicationDeadline,
  misrepresentationBanEnds,
  nominationAcceptanceDeadline,
  PROVINCIAL_NOMINATION_POINTS,
  scoreCrs,
  withProvincialNomination,
} from "../../src/crs/index.js";

const all = (level: number) => ({ reading: level, writing: level, listening: level, speaking: level });
const asOf = isoDate("2026-01-15");
const BASE: CrsFactors = {
  age: 29,
  spouseFactorApplies: false,
  education: "masters",
  firstLanguage: all(9),
  canadianWorkYears: 0,
  foreignWorkYears: 3,
  certificateOfQualification: false,
  canadianEducation: "none",
  arrangedEmployment: "none",
  provincialNomination: false,
  siblingInCanada: false,
  missing: ["provincialNomination"],
};

const sumOfSections = (b: CrsBreakdown) =>
  b.core.subtotal + b.spouse.subtotal + b.transferability.subtotal + b.additional.subtotal;

describe("constants", () => {
  it("are the published numbers", () => {
    expect(PROVINCIAL_NOMINATION_POINTS).toBe(600);
    expect(CRS_MAXIMUM).toBe(1200);
    expect(ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS).toBe(300);
  });
});

describe("withProvincialNomination", () => {
  it("adds 600 in section D and keeps the breakdown consistent", () => {
    const b = scoreCrs(BASE, { asOf });
    expect(b.total).toBe(469);
    const n = withProvincialNomination(b);
    expect(n.additional).toEqual({
      provincialNomination: 600,
      arrangedEmployment: 0,
      french: 0,
      canadianEducation: 0,
      sibling: 0,
      subtotal: 600,
    });
    expect(n.total).toBe(1069);
    expect(n.total).toBe(sumOfSections(n));
    expect(n.core).toEqual(b.core);
    expect(n.transferability).toEqual(b.transferability);
    expect(n.missing).toEqual([]);
    expect(n.sources.some((s) => s.url.endsWith("get-confirm-nomination.html"))).toBe(true);
  });

  it("equals scoring the factors with a nomination", () => {
    const b = scoreCrs(BASE, { asOf });
    const {
      sources: _a,
      missing: _m,
      ...rescored
    } = scoreCrs({ ...BASE, provincialNomination: true, missing: [] }, { asOf });
    const { sources: _b, missing: _n, ...added } = withProvincialNomination(b);
    expect(added).toEqual(rescored);
  });

  it("caps section D at 600, so other additional points stop counting", () => {
    const b = scoreCrs(
      { ...BASE, french: all(7), english: all(9), canadianEducation: "three-year-or-longer", siblingInCanada: true },
      { asOf },
    );
    expect(b.additional.subtotal).toBe(95);
    const n = withProvincialNomination(b);
    expect(n.additional.subtotal).toBe(600);
    expect(n.total).toBe(b.total - 95 + 600);
  });

  it("drops the open answers that could add only to section D, as scoring with a nomination does", () => {
    // The sibling and the job offer open: with a nomination, section D is full, so neither can add.
    const open = { ...BASE, missing: ["provincialNomination", "siblingInCanada", "jobOffer.lmia", "languageTests"] };
    const n = withProvincialNomination(scoreCrs(open, { asOf }));
    const nominated = scoreCrs({ ...open, provincialNomination: true, missing: open.missing.slice(1) }, { asOf });
    expect(n.missing).toEqual(["languageTests"]);
    expect(n.total).toBe(nominated.total);
  });

  it("never goes above 1,200, is idempotent, and does not modify its input", () => {
    const best: CrsFactors = {
      age: 25,
      spouseFactorApplies: false,
      education: "doctoral",
      firstLanguage: all(10),
      secondLanguage: all(10),
      english: all(10),
      french: all(10),
      canadianWorkYears: 5,
      foreignWorkYears: 3,
      certificateOfQualification: true,
      canadianEducation: "three-year-or-longer",
      arrangedEmployment: "none",
      provincialNomination: false,
      siblingInCanada: true,
    };
    const b = Object.freeze(scoreCrs(best, { asOf }));
    const copy = structuredClone(b);
    const n = withProvincialNomination(b);
    expect(n.total).toBe(1200);
    expect(withProvincialNomination(n)).toEqual(n);
    expect(b).toEqual(copy);
  });

  it("keeps every line and the total consistent for any breakdown (property)", () => {
    fc.assert(
      fc.property(
        fc.record({
          age: fc.integer({ min: 17, max: 50 }),
          education: fc.constantFrom("secondary", "bachelors", "masters", "doctoral" as const),
          clb: fc.integer({ min: 0, max: 10 }),
          cw: fc.integer({ min: 0, max: 6 }),
          sibling: fc.boolean(),
        }),
        ({ age, education, clb, cw, sibling }) => {
          const b = scoreCrs(
            { ...BASE, age, education, firstLanguage: all(clb), canadianWorkYears: cw, siblingInCanada: sibling },
            { asOf },
          );
          const n = withProvincialNomination(b);
          expect(n.total).toBe(sumOfSections(n));
          expect(n.total).toBeLessThanOrEqual(CRS_MAXIMUM);
          expect(n.additional.subtotal).toBe(600);
          expect(n.total - b.total).toBe(600 - b.additional.subtotal);
        },
      ),
    );
  });
});

describe("deadlines", () => {
  it("nominationAcceptanceDeadline: 30 calendar days", () => {
    expect(nominationAcceptanceDeadline(isoDate("2026-02-01"))).toBe("2026-03-03");
    expect(nominationAcceptanceDeadline(isoDate("2024-02-15"))).toBe("2024-03-16");
    expect(nominationAcceptanceDeadline(isoDate("2025-12-15"))).toBe("2026-01-14");
    expect(nominationAcceptanceDeadline(new Date(2026, 1, 1))).toBe("2026-03-03");
  });

  it("itaApplicationDeadline: 90 days for invitations of 2016-11-19 to 2018-06-25 and 2020-04-01 to 2021-06-28", () => {
    // Each change on both sides of its day: 60 → 90 → 60 → (March 2020, uncertain: 60) → 90 → 60.
    expect(itaApplicationDeadline(isoDate("2016-11-18"))).toBe("2017-01-17"); // + 60
    expect(itaApplicationDeadline(isoDate("2016-11-19"))).toBe("2017-02-17"); // + 90
    expect(itaApplicationDeadline(isoDate("2018-06-25"))).toBe("2018-09-23"); // + 90
    expect(itaApplicationDeadline(isoDate("2018-06-26"))).toBe("2018-08-25"); // + 60
    // Invited in March 2020, on a day before or after IRCC's change (the day is not known): the
    // earlier deadline, by which an application is in time either way.
    expect(itaApplicationDeadline(isoDate("2020-03-18"))).toBe("2020-05-17"); // + 60
    expect(itaApplicationDeadline(isoDate("2020-04-01"))).toBe("2020-06-30"); // + 90
    expect(itaApplicationDeadline(isoDate("2021-06-28"))).toBe("2021-09-26"); // + 90
    expect(itaApplicationDeadline(isoDate("2021-06-29"))).toBe("2021-08-28"); // + 60
  });

  it("itaApplicationDeadline: 60 days", () => {
    expect(itaApplicationDeadline(isoDate("2026-01-07"))).toBe("2026-03-08");
    expect(itaApplicationDeadline(isoDate("2024-01-01"))).toBe("2024-03-01");
    expect(itaApplicationDeadline(isoDate("2025-11-15"))).toBe("2026-01-14");
  });

  it("expressEntryProfileExpiry: 12 months", () => {
    expect(expressEntryProfileExpiry(isoDate("2025-03-25"))).toBe("2026-03-25");
    expect(expressEntryProfileExpiry(isoDate("2024-02-29"))).toBe("2025-02-28");
    expect(expressEntryProfileExpiry(isoDate("2025-01-31"))).toBe("2026-01-31");
  });

  it("misrepresentationBanEnds: 5 years", () => {
    expect(misrepresentationBanEnds(isoDate("2021-09-14"))).toBe("2026-09-14");
    expect(misrepresentationBanEnds(isoDate("2020-02-29"))).toBe("2025-02-28");
  });

  it("reject a string that is not a calendar date", () => {
    expect(() => nominationAcceptanceDeadline("2026-02-30" as IsoDate)).toThrow();
    expect(() => itaApplicationDeadline("soon" as IsoDate)).toThrow();
  });

  it("agree with the calendar helpers for any day (property)", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(2015, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true }), (d) => {
        const day = isoDate(
          `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`,
        );
        expect(nominationAcceptanceDeadline(day)).toBe(addDays(day, 30));
        const ninety = (day >= "2016-11-19" && day < "2018-06-26") || (day >= "2020-04-01" && day < "2021-06-29");
        expect(itaApplicationDeadline(day)).toBe(addDays(day, ninety ? 90 : 60));
        expect(misrepresentationBanEnds(day)).toBe(addYears(day, 5));
        expect(expressEntryProfileExpiry(day) > day).toBe(true);
      }),
    );
  });
});
