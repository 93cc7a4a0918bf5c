// data/ircc/crs-points.compact.json (what scoreCrs bundles) against crs-points.json (what
// crsTablesAsOf reads): the points, their dates, the sources a breakdown cites and the known doubts
// must be the same, so that scoring from either gives the same result.

import { describe, expect, it } from "vitest";
import compactJson from "../../data/ircc/crs-points.compact.json" with { type: "json" };
import crsJson from "../../data/ircc/crs-points.json" with { type: "json" };
import { addDays } from "../../src/core/calendar.js";
import { type IsoDate, isoDate } from "../../src/core/iso-date.js";
import { CRS_STARTED_ON, type CrsTableName, crsTablesAsOf, crsUncertainties } from "../../src/crs/index.js";
import { scoringTablesAsOf } from "../../src/crs/scoring-tables.js";

interface RawVersion {
  readonly from: string;
  readonly to?: string;
  readonly source: Record<string, unknown>;
  readonly value: unknown;
}

const full = crsJson as unknown as {
  readonly startsOn: string;
  readonly uncertainties: unknown;
  readonly tables: Record<CrsTableName, { readonly versions: readonly RawVersion[] }>;
};
const compact = compactJson as unknown as {
  readonly sources: readonly Record<string, unknown>[];
  readonly uncertainties: unknown;
  readonly tables: Record<string, readonly (readonly [string, string | null, number, unknown])[]>;
};
const NAMES = Object.keys(full.tables) as CrsTableName[];

/** A table value without its wording, as data/ircc/compact.mjs writes it. */
function points(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(points);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== "label" && key !== "columns" && key !== "skilledWork")
      .map(([key, v]) => [key, points(v)]),
  );
}

/** A source as a breakdown cites it: crsTablesAsOf's citation without its section. */
function cited(source: object): unknown {
  const { section: _section, ...rest } = source as Record<string, unknown>;
  return rest;
}

/** A source block of crs-points.json as a breakdown cites it (no section, no note). */
function citedRaw(source: Record<string, unknown>): unknown {
  return {
    title: source.title,
    url: source.url,
    retrieved: source.retrieved,
    ...(source.effective === undefined ? {} : { effective: source.effective }),
    ...(source.secondary === true ? { secondary: true } : {}),
  };
}

/** Every day a version starts or ends, the day before, and a day long after. */
function boundaryDays(): IsoDate[] {
  const days = new Set<string>([CRS_STARTED_ON, "2099-12-31"]);
  for (const table of Object.values(full.tables)) {
    for (const v of table.versions) {
      for (const day of [v.from, v.to]) {
        if (day === undefined) continue;
        days.add(day);
        if (day > CRS_STARTED_ON) days.add(addDays(isoDate(day), -1));
      }
    }
  }
  return [...days].sort().map(isoDate);
}

describe("crs-points.compact.json equals crs-points.json", () => {
  it("has the same tables, in the same order", () => {
    expect(Object.keys(compact.tables)).toStrictEqual(NAMES);
  });

  it.each(NAMES)("%s: the same versions, dates, points and sources", (name) => {
    const versions = full.tables[name].versions;
    const rows = compact.tables[name] ?? [];
    expect(rows).toHaveLength(versions.length);
    versions.forEach((v, i) => {
      const [from, to, source, value] = rows[i] ?? [];
      expect(from).toBe(v.from);
      expect(to).toBe(v.to ?? null);
      expect(value).toStrictEqual(points(v.value));
      expect(compact.sources[source as number]).toStrictEqual(citedRaw(v.source));
    });
  });

  it("lists each source once", () => {
    const texts = compact.sources.map((s) => JSON.stringify(s));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("has the same known doubts, which crsUncertainties gives", () => {
    expect(compact.uncertainties).toStrictEqual(full.uncertainties);
    expect(crsUncertainties()).toStrictEqual(full.uncertainties);
  });

  it("starts the CRS on the day crs-points.json says", () => {
    expect(CRS_STARTED_ON).toBe(full.startsOn);
  });
});

describe("scoringTablesAsOf", () => {
  it.each(boundaryDays())("gives on %s the points and sources of crsTablesAsOf", (day) => {
    const scoring = scoringTablesAsOf(day);
    const tables = crsTablesAsOf(day);
    expect(scoring.asOf).toBe(day);
    for (const name of NAMES) {
      expect(scoring[name].value, name).toStrictEqual(points(tables[name].value));
      expect(scoring[name].source, name).toStrictEqual(cited(tables[name].source));
    }
    expect(Object.keys(scoring)).toStrictEqual(Object.keys(tables));
  });

  it("gives the same object for the same day", () => {
    expect(scoringTablesAsOf(isoDate("2026-01-15"))).toBe(scoringTablesAsOf(isoDate("2026-01-15")));
  });
});
