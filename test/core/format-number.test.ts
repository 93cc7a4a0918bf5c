// formatEnCa must give exactly what Number.prototype.toLocaleString("en-CA") gives (its reason
// sentences were written with toLocaleString before the fast path existed): whole numbers,
// decimals rounded to three places half away from zero on the shortest decimal form, negative zero.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEnCa } from "../../src/core/format-number.js";

const locale = (n: number): string => n.toLocaleString("en-CA");

describe("formatEnCa", () => {
  it.each([
    [0, "0"],
    [-0, "-0"],
    [1560, "1,560"],
    [-1234567, "-1,234,567"],
    [1560.5, "1,560.5"],
    [37.25, "37.25"],
    [1555.806452, "1,555.806"],
    // 1.0005 is stored a hair below 1.0005, yet toLocaleString rounds its shortest form up.
    [1.0005, "1.001"],
    [0.9996, "1"],
    [999.9995, "1,000"],
    [-0.0004, "-0"],
    [12.3004, "12.3"],
    [1e12, "1,000,000,000,000"],
    [1e-7, "0"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "∞"],
  ])("formats %s as %s, as toLocaleString does", (n, expected) => {
    expect(formatEnCa(n)).toBe(expected);
    expect(formatEnCa(n)).toBe(locale(n));
  });

  it("agrees with toLocaleString('en-CA') on any double, and on hours and amounts as the rules write them", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ noNaN: false }),
          fc.double({ min: -1e13, max: 1e13 }),
          fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }).map((i) => i / 10_000),
          fc.integer({ min: 0, max: 100_000_000 }).map((i) => Math.round((i / 7) * 1e6) / 1e6),
        ),
        (n) => formatEnCa(n) === locale(n),
      ),
      { numRuns: 20_000 },
    );
  });
});
