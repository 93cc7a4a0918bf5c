// data/ircc/crs-points.compact.json (what scoreCrs bundles) against crs-points.json (what
// crsTablesAsOf reads): both in the one dated shape, the same tables and versions; the points,
// their dates, the sources a breakdown cites and the uncertain periods must be the same, so that
// scoring from either gives the same result.

import { describe, expect, it } from "vitest";
import compactJson from "../../data/ircc/crs-points.compact.json" with { type: "json" };
import crsJson from "../../data/ircc/crs-points.json" with { type: "json" };
import { addDays } from "../../src/core/calendar.js";
import { type IsoDate, isoDate } from "../../src/core/iso-date.js";
import {
  CRS_STARTED_ON,
  type CrsTableName,
  crsTableHistory,
  crsTablesAsOf,
  crsUncertainties,
} from "../../src/crs/index.js";
import { scoringTablesAsOf } from "../../src/crs/scoring-tables.js";
import { reasonOf } from "../fixtures/messages.js";

interface RawVersion {
  readonly from: string;
  readonly to?: string;
  readonly source: Record<string, unknown>;
  readonly uncertain?: readonly { readonly from: string; readonly to?: string; readonly reason: string }[];
  readonly value: unknown;
}

type Series = Record<CrsTableName, { readonly versions: readonly RawVersion[] }>;
const full = crsJson as unknown as { readonly startsOn: string; readonly verified: string; readonly series: Series };
const compact = compactJson as unknown as { readonly verified: string; readonly series: Series };
const NAMES = Object.keys(full.series) as CrsTableName[];

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
  for (const table of Object.values(full.series)) {
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
  it("has the same tables, in the same order, and the same verified day", () => {
    expect(Object.keys(compact.series)).toStrictEqual(NAMES);
    expect(compact.verified).toBe(full.verified);
  });

  it.each(NAMES)("%s: the same versions, dates, points, sources and uncertain periods", (name) => {
    const versions = full.series[name].versions;
    const compactVersions = compact.series[name].versions;
    expect(compactVersions).toHaveLength(versions.length);
    versions.forEach((v, i) => {
      const c = compactVersions[i];
      expect(c?.from).toBe(v.from);
      expect(c?.to).toBe(v.to);
      expect(c?.value).toStrictEqual(points(v.value));
      expect(c?.source).toStrictEqual(citedRaw(v.source));
      expect(c?.uncertain).toStrictEqual(v.uncertain);
      // Nothing else: a version of the compact file holds what scoring reads.
      expect(Object.keys(c ?? {}).sort()).toStrictEqual(Object.keys(v).sort());
    });
  });

  it("gives the uncertain periods of crs-points.json through crsUncertainties, table by table", () => {
    const expected = NAMES.flatMap((table) =>
      full.series[table].versions.flatMap((v) => (v.uncertain ?? []).map((u) => ({ table, ...u }))),
    );
    expect(expected.map((u) => [u.table, u.from, u.to])).toStrictEqual([["french", "2020-10-20", "2020-10-27"]]);
    expect(crsUncertainties().map(({ message: _message, ...u }) => u)).toStrictEqual(expected);
    // Each carries its message, whose English is the file's reason.
    for (const u of crsUncertainties()) expect(reasonOf(u)).toBe(u.reason);
    expect(crsUncertainties()[0]?.message.id).toBe("crs.caveat.french-points-2020");
    expect(Object.isFrozen(crsUncertainties()[0])).toBe(true);
    // The version in doubt carries its period in the typed history, as in the file.
    expect(crsTableHistory("french")[1]).toHaveProperty("uncertain", full.series.french.versions[1]?.uncertain);
    expect(crsTableHistory("french")[2]).not.toHaveProperty("uncertain");
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
