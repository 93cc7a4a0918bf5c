// Tests of src/crs values that are built once and then kept (the citations of crsTableHistory, the
// sources of a day's tables in scoreCrs). Stryker counts a test as covering a mutant only if the
// mutant's code runs during that test, so a check on a kept value must be made by the first test
// of its file to build it: vitest gives each file fresh modules. Keep each test here the first to
// touch its cache — do not add a test above them that scores or reads the tables.

import { describe, expect, it } from "vitest";
import crsJson from "../../data/ircc/crs-points.json" with { type: "json" };
import { isoDate } from "../../src/core/iso-date.js";
import { type CrsTableName, crsTableHistory, scoreCrs } from "../../src/crs/index.js";
import { bareFactors } from "../fixtures/crs.js";

type RawSource = {
  title: string;
  url: string;
  section?: string;
  retrieved: string;
  effective?: string;
  secondary?: boolean;
  note?: string;
};

/** A JSON source as the library cites it: its note left out, `secondary` only when true. */
function cited({ title, url, section, retrieved, effective, secondary }: RawSource): object {
  return {
    title,
    url,
    ...(section === undefined ? {} : { section }),
    retrieved,
    ...(effective === undefined ? {} : { effective }),
    ...(secondary === true ? { secondary } : {}),
  };
}
const tables = crsJson.series as unknown as Record<
  CrsTableName,
  { versions: { from: string; to?: string; source: RawSource }[] }
>;

describe("kept CRS values, checked by the test that builds them", () => {
  it("crsTableHistory cites each version as the JSON does: title, url, section, retrieved, effective, secondary", () => {
    // Every version in crs-points.json names a section and an effective date; one (arranged
    // employment from 2025-03-25) is read from a secondary source.
    for (const [name, table] of Object.entries(tables)) {
      const history = crsTableHistory(name as CrsTableName);
      expect(
        history.map((v) => v.source),
        name,
      ).toStrictEqual(table.versions.map((v) => cited(v.source)));
    }
    const latest = crsTableHistory("arrangedEmployment").at(-1);
    expect(latest?.source.secondary).toBe(true);
    expect(crsTableHistory("age")[0]?.source).toHaveProperty("section");
  });

  it("scoreCrs cites each document once per effective date, so two effective dates of one page stay two", () => {
    const asOf = "2026-01-15";
    const factors = bareFactors();
    const sources = scoreCrs(factors, { asOf: isoDate(asOf) }).sources;
    // The versions in force on asOf, read straight from the JSON, without their sections.
    const expected = new Map<string, object>();
    for (const table of Object.values(tables)) {
      const version = table.versions.find((v) => v.from <= asOf && (v.to === undefined || asOf < v.to));
      if (version === undefined) throw new Error("no version in force");
      const { section: _, ...rest } = cited(version.source) as RawSource;
      const key = `${rest.title}|${rest.url}|${rest.effective}`;
      if (!expected.has(key)) expected.set(key, rest);
    }
    const key = (s: object) => JSON.stringify(s, Object.keys(s).sort());
    expect(sources.map(key).sort()).toEqual([...expected.values()].map(key).sort());
    const crsPage = sources.filter((s) => s.url === crsJson.series.age.versions[0]?.source.url);
    expect(new Set(crsPage.map((s) => s.effective)).size).toBe(crsPage.length);
    expect(crsPage.length).toBeGreaterThan(1);
  });
});
