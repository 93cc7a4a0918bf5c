import { describe, expect, it } from "vitest";
import { type Bands, bandOf, bandPoints } from "../../src/core/bands.js";

// The FSW experience factor: 1 year 9, 2-3 years 11, 4-5 years 13, 6 or more 15.
const experience: Bands = [
  { min: 1, max: 1, points: 9 },
  { min: 2, max: 3, points: 11 },
  { min: 4, max: 5, points: 13 },
  { min: 6, max: null, points: 15 },
];

describe("bandOf and bandPoints", () => {
  it("reads both ends of every row (min and max included)", () => {
    expect([1, 2, 3, 4, 5, 6].map((years) => bandPoints(experience, years))).toEqual([9, 11, 11, 13, 13, 15]);
  });

  it("an open row ('or more') covers every value from its min", () => {
    expect(bandOf(experience, 60)).toBe(experience[3]);
  });

  it("a value below every row, or in a gap, has no row and earns 0", () => {
    expect(bandOf(experience, 0)).toBeUndefined();
    expect(bandPoints(experience, 0)).toBe(0);
    const gapped: Bands = [
      { min: 1, max: 1, points: 9 },
      { min: 3, max: 3, points: 11 },
    ];
    expect(bandOf(gapped, 2)).toBeUndefined();
    expect(bandPoints(gapped, 2)).toBe(0);
  });

  it("keeps the row's other fields (a CRS label)", () => {
    const rows = [{ min: 20, max: 29, label: "20 to 29 years of age", points: 110 }];
    expect(bandOf(rows, 29)?.label).toBe("20 to 29 years of age");
    expect(bandOf(rows, 30)).toBeUndefined();
  });
});
