import { describe, expect, it } from "vitest";
import { workerEoiData } from "../../src/programs/alberta/worker-eoi/data.js";
import { bandOptionOf, inBand, pointsOf } from "../../src/programs/alberta/worker-eoi/part.js";

// The grid effective 2025-08-07: age 18-20 → 3, 21-34 → 5, 35-49 → 4, 50+ → 3; English CLB 6+ → 10,
// 5 → 8, 4 → 5, 3 or lower → 0; French NCLC 6+ → 8, 5 → 5, 4 → 3, 3 or lower → 0; work 12+ months
// → 11, 6-11 → 7, less than 6 → 3; 6 months or more in Alberta (10) or elsewhere in Canada (6).
const grid = workerEoiData().versions.find((v) => v.from === "2025-08-07");
if (grid === undefined) throw new Error("no grid from 2025-08-07");
const pick = (factor: string, values: number[], french = false) =>
  values.map((v) => {
    const id = bandOptionOf(grid, factor, v, french);
    return [id, pointsOf(grid, factor, id)];
  });

describe("the Worker EOI grid's bands, on both sides of every bound", () => {
  it("age in whole years", () => {
    expect(pick("age", [17, 18, 20, 21, 34, 35, 49, 50, 90])).toEqual([
      [undefined, 0],
      ["18-20", 3],
      ["18-20", 3],
      ["21-34", 5],
      ["21-34", 5],
      ["35-49", 4],
      ["35-49", 4],
      ["50-plus", 3],
      ["50-plus", 3],
    ]);
  });

  it("English CLB and French NCLC columns", () => {
    expect(pick("language", [0, 3, 4, 5, 6, 12]).map(([, p]) => p)).toEqual([0, 0, 5, 8, 10, 10]);
    expect(pick("language", [0, 3, 4, 5, 6, 12], true).map(([, p]) => p)).toEqual([0, 0, 3, 5, 8, 8]);
    expect(bandOptionOf(grid, "language", 4, true)).toBe("french-nclc-4");
  });

  it("months of work, and 6 months in a province", () => {
    expect(pick("work-experience", [0, 5, 6, 11, 12, 40]).map(([, p]) => p)).toEqual([3, 3, 7, 7, 11, 11]);
    expect([5, 6].map((m) => inBand(grid, "work-experience-location", "alberta", m))).toEqual([false, true]);
    expect([5, 6].map((m) => inBand(grid, "work-experience-location", "other-province", m))).toEqual([false, true]);
  });

  it("the bilingual bonus from level 4 in both", () => {
    expect([3, 4].map((level) => inBand(grid, "language-bilingual", "both-4", level))).toEqual([false, true]);
  });
});
