// The known doubts about the CRS tables' history, where the sources disagree on a date.

import compactJson from "../../../data/ircc/crs-points.compact.json" with { type: "json" };
import type { DatedVersion } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { CrsTableName } from "./table-values.js";

/**
 * A known doubt about the history of a table: between `from` (included) and `to` (excluded) the
 * sources disagree, and the library gives the lower points (so it never overstates a score).
 *
 * @example
 * ```ts
 * const doubt: CrsUncertainty = crsUncertainties()[0]; // the late-October 2020 French-points date
 * ```
 */
export interface CrsUncertainty {
  /** The table in doubt. */
  readonly table: CrsTableName;
  /** First day in doubt. */
  readonly from: IsoDate;
  /** First day no longer in doubt. */
  readonly to: IsoDate;
  /** What is in doubt and what the library does. */
  readonly reason: string;
}

/**
 * The known doubts about the tables' history (see {@link CrsUncertainty}).
 *
 * @example
 * ```ts
 * for (const u of crsUncertainties()) console.log(`${u.table} ${u.from}..${u.to}: ${u.reason}`);
 * ```
 */
export function crsUncertainties(): readonly CrsUncertainty[] {
  if (uncertaintiesCache === undefined) {
    uncertaintiesCache = Object.freeze(
      // From crs-points.compact.json (the same periods as crs-points.json), which scoreCrs
      // bundles anyway: each version's uncertain periods, table by table. Every CRS period ends.
      Object.entries((compactJson as unknown as CompactSeries).series).flatMap(([table, { versions }]) =>
        versions.flatMap((v) => v.uncertain?.map((u) => Object.freeze({ table, ...u }) as CrsUncertainty) ?? []),
      ),
    );
  }
  return uncertaintiesCache;
}

/** The tables of crs-points.compact.json, each in the one dated shape. */
interface CompactSeries {
  readonly series: Readonly<Record<string, { readonly versions: readonly Omit<DatedVersion<unknown>, "value">[] }>>;
}

let uncertaintiesCache: readonly CrsUncertainty[] | undefined;
