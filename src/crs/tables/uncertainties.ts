// The known doubts about the CRS tables' history, where the sources disagree on a date.

import compactJson from "../../../data/ircc/crs-points.compact.json" with { type: "json" };
import { type IsoDate, isoDate } from "../../core/iso-date.js";
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
      // From crs-points.compact.json (the same list), which scoreCrs bundles anyway.
      compactJson.uncertainties.map((u) =>
        Object.freeze({ table: u.table as CrsTableName, from: isoDate(u.from), to: isoDate(u.to), reason: u.reason }),
      ),
    );
  }
  return uncertaintiesCache;
}

let uncertaintiesCache: readonly CrsUncertainty[] | undefined;
