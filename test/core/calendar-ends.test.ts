// Dates near the ends of the calendar (0001-01-01 and 9999-12-31) are valid answers and valid
// days to assess on: deadlines and windows derived from them stay on the calendar instead of
// throwing, while the exported date helpers still reject a result past an end.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { addDaysWithin, addMonthsWithin, addYearsWithin } from "../../src/core/calendar.js";
import {
  addYears,
  assessAcceleratedTechPathway,
  assessExpressEntry,
  atpDrawComparison,
  calculateCrs,
  crsImprovements,
  expressEntryProfileExpiry,
  fswSelectionPoints,
  InvalidIsoDateError,
  isoDate,
  languageTestExpiresOn,
  parseCandidate,
  scoreAlbertaWorkerEoi,
} from "../../src/index.js";

const example = JSON.parse(
  readFileSync(join(import.meta.dirname, "../../examples/candidates/software-engineer-calgary.json"), "utf8"),
) as Record<string, unknown>;

/** The example with one dated answer moved to `day` (a path of object keys and list indexes). */
function withDate(path: readonly (string | number)[], day: string): unknown {
  const copy = structuredClone(example) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = day;
  return copy;
}

const DATED: readonly (readonly (string | number)[])[] = [
  ["dateOfBirth"],
  ["languageTests", 0, "testedOn"],
  ["education", 0, "ecaIssuedOn"],
  ["expressEntryProfile", "submittedOn"],
];

describe("the ends of the calendar", () => {
  it("the internal arithmetic stops at each end; the exported helpers throw there", () => {
    expect(addDaysWithin(isoDate("9999-12-30"), 5)).toBe("9999-12-31");
    expect(addDaysWithin(isoDate("0001-01-02"), -5)).toBe("0001-01-01");
    expect(addMonthsWithin(isoDate("9999-06-15"), 12)).toBe("9999-12-31");
    expect(addYearsWithin(isoDate("0005-06-01"), -10)).toBe("0001-01-01");
    expect(addYearsWithin(isoDate("2024-02-29"), 1)).toBe("2025-02-28");
    expect(() => addYears(isoDate("9999-06-15"), 1)).toThrow(InvalidIsoDateError);
    // Deadlines the library derives from answers stay on the calendar.
    expect(languageTestExpiresOn(isoDate("9999-06-01"))).toBe("9999-12-31");
    expect(expressEntryProfileExpiry(isoDate("9999-06-01"))).toBe("9999-12-31");
  });

  it.each(["9999-12-31", "9998-06-01", "0001-01-01", "0005-06-01"])(
    "answers dated %s, on the same day and on the calendar's last day: every function answers",
    (day) => {
      for (const path of DATED) {
        const parsed = parseCandidate(withDate(path, day));
        expect(parsed.ok, path.join(".")).toBe(true);
        if (!parsed.ok) continue;
        for (const asOf of [isoDate(day), isoDate("9999-12-31"), isoDate("2026-11-25")]) {
          const options = { asOf };
          expect(() => assessAcceleratedTechPathway(parsed.value, options), `${path.join(".")} ${asOf}`).not.toThrow();
          expect(() => assessExpressEntry(parsed.value, options)).not.toThrow();
          expect(() => calculateCrs(parsed.value, options)).not.toThrow();
          expect(() => crsImprovements(parsed.value, options)).not.toThrow();
          expect(() => fswSelectionPoints(parsed.value, options)).not.toThrow();
          expect(() => scoreAlbertaWorkerEoi(parsed.value, options)).not.toThrow();
          expect(() => atpDrawComparison(60, { asOf, candidate: parsed.value })).not.toThrow();
        }
      }
    },
  );
});
