// The CRS tables of data/ircc/crs-points.json as typed, dated values. Nothing is built at import
// time: the versions are read on first use and kept.

import crsJson from "../../../data/ircc/crs-points.json" with { type: "json" };
import { datedVersions, verifiedDay } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Versioned } from "../../core/versioned.js";
import { CrsInputError } from "../errors.js";
import type { CrsTableName, CrsTableValues } from "./table-values.js";

// The JSON is typed loosely by TypeScript; test/data/data-shape.test.ts checks its shape and
// test/crs/tables.test.ts every table and row. Each table is a dated table under `series`.
const data = crsJson as unknown as { readonly series: Readonly<Record<CrsTableName, unknown>> };

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let versionsCache: { readonly [K in CrsTableName]: Versioned<CrsTableValues[K]> } | undefined;

/** Every table's versions, built from crs-points.json on first use and kept. Internal. */
export function allVersions(): { readonly [K in CrsTableName]: Versioned<CrsTableValues[K]> } {
  if (versionsCache === undefined) {
    const built: Record<string, Versioned<unknown>> = {};
    for (const [name, table] of Object.entries(data.series)) {
      built[name] = datedVersions(table, (value) => deepFreeze(structuredClone(value)));
    }
    versionsCache = Object.freeze(built) as unknown as { readonly [K in CrsTableName]: Versioned<CrsTableValues[K]> };
  }
  return versionsCache;
}

/**
 * The day `data/ircc/crs-points.json` was last checked against its sources.
 *
 * @example
 * ```ts
 * console.log(`CRS tables verified on ${CRS_POINTS_VERIFIED}`);
 * ```
 */
export const CRS_POINTS_VERIFIED: IsoDate = /* @__PURE__ */ verifiedDay(crsJson);

/**
 * The whole dated history of one CRS table, oldest first, each version with its source.
 *
 * @example
 * ```ts
 * crsTableHistory("arrangedEmployment").map((v) => [v.from, v.value["other-teer-0-3"].points]);
 * // [["2015-01-01", 600], ["2016-11-19", 50], ["2022-11-16", 50], ["2025-03-25", 0]]
 * ```
 */
export function crsTableHistory<K extends CrsTableName>(name: K): Versioned<CrsTableValues[K]> {
  const all = allVersions();
  // Own keys only: "toString" or "__proto__" name no table.
  const versions = typeof name === "string" && Object.hasOwn(all, name) ? all[name] : undefined;
  if (versions === undefined)
    throw new CrsInputError("invalid_factor", "name", `No CRS table is named ${JSON.stringify(String(name))}.`);
  return versions;
}
