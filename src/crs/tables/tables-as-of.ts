// Every CRS table in force on a day, each as the version in force, with a small memo.

import type { IsoDate } from "../../core/iso-date.js";
import { valueAsOf } from "../../core/versioned.js";
import { resolveAsOf } from "../as-of.js";
import type { CrsTableName, CrsTables } from "./table-values.js";
import { allVersions } from "./versions.js";

/**
 * Every CRS table in force on `asOf` (see {@link CrsTables}). Throws {@link CrsInputError} for a
 * day before {@link CRS_STARTED_ON} or a value that is not a calendar date.
 *
 * @example
 * ```ts
 * const t = crsTablesAsOf(isoDate("2020-10-27"));
 * t.french.value.bilingual.points; // 50
 * t.french.source.effective; // "2020-10-27"
 * crsTablesAsOf(isoDate("2014-12-31")); // throws CrsInputError (code "before_crs")
 * ```
 */
export function crsTablesAsOf(asOf: IsoDate | Date): CrsTables {
  // Only days that resolved are cached, so a hit needs no second check (scoreCrs has checked it).
  if (typeof asOf === "string") {
    const hit = tablesCache.get(asOf);
    if (hit !== undefined) return hit;
  }
  const day = resolveAsOf(asOf);
  const cached = tablesCache.get(day);
  if (cached !== undefined) return cached;
  const versions = allVersions();
  const tables: Record<string, unknown> = { asOf: day };
  for (const name of Object.keys(versions) as CrsTableName[]) {
    const found = valueAsOf<unknown>(versions[name], day);
    if (!found.ok) {
      // The data covers every day from CRS_STARTED_ON (the tests check it); reaching this is a data bug.
      throw new Error(`crs-points.json: table ${name} has no version in force on ${day}: ${found.reason}`);
    }
    tables[name] = found.version;
  }
  const built = Object.freeze(tables) as CrsTables;
  // A small memo of a pure function: the same day always gives the same (frozen) tables.
  if (tablesCache.size >= TABLES_CACHE_SIZE) tablesCache.delete(tablesCache.keys().next().value as IsoDate);
  tablesCache.set(day, built);
  return built;
}

const TABLES_CACHE_SIZE = 64;
const tablesCache = new Map<IsoDate, CrsTables>();
