import { describe, expect, it } from "vitest";
import { FSW_GRID, grid } from "../../src/programs/federal/fsw-points/grid.js";

describe("the FSW selection grid as dated data", () => {
  it("has one version, in force from 2015-01-01 without end, citing the six-factors page", () => {
    // The factors read `grid`, the last version: a second version needs them to choose by date.
    expect(FSW_GRID.versions.map((v) => [v.from, v.to])).toEqual([["2015-01-01", undefined]]);
    expect(FSW_GRID.versions[0]?.source.url).toContain("six-selection-factors");
    expect(FSW_GRID.versions[0]?.source.secondary).toBe(true);
    expect(FSW_GRID.verified).toBe("2026-11-25");
    expect(grid).toBe(FSW_GRID.versions[0]?.value);
  });

  it("its bands cover every age from 0 and every CLB from 7 without overlap", () => {
    const covered = (bands: typeof grid.age.byAge, to: number) =>
      Array.from(
        { length: to + 1 },
        (_, v) => bands.filter((b) => b.min <= v && (b.max === null || v <= b.max)).length,
      );
    expect(covered(grid.age.byAge, 99).every((n) => n === 1)).toBe(true);
    expect(covered(grid.language.firstOfficialLanguagePerAbility, 12).slice(7)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(covered(grid.experience.byYears, 10)).toEqual([0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("the maxima are the sums the grid states: 28 + 25 + 15 + 12 + 10 + 10 = 100", () => {
    const factors = [
      grid.language,
      grid.education,
      grid.experience,
      grid.age,
      grid.arrangedEmployment,
      grid.adaptability,
    ];
    expect(factors.map((f) => f.maximum)).toEqual([28, 25, 15, 12, 10, 10]);
    expect(factors.reduce((sum, f) => sum + f.maximum, 0)).toBe(grid.maximum);
    expect(grid.passMark).toBe(67);
  });
});
