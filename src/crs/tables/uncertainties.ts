// The known doubts about the CRS tables' history, where the sources disagree on a date.

import compactJson from "../../../data/ircc/crs-points.compact.json" with { type: "json" };
import type { DatedVersion } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message, text } from "../../core/message.js";
import type { CrsTableName } from "./table-values.js";

/**
 * A known doubt about the history of a table: between `from` (included) and `to` (excluded) the
 * sources disagree, and the library gives the lower points (so it never overstates a score).
 *
 * @example
 * ```ts
 * const doubt: CrsUncertainty | undefined = crsUncertainties()[0]; // the late-October 2020 French-points date
 * doubt?.table; // "french"
 * ```
 */
export interface CrsUncertainty {
  /** The table in doubt. */
  readonly table: CrsTableName;
  /** First day in doubt. */
  readonly from: IsoDate;
  /** First day no longer in doubt. */
  readonly to: IsoDate;
  /** What is in doubt and what the library does: the data file's English wording. */
  readonly reason: string;
  /** The same as a message: `crs.caveat.french-points-2020` for the late-October 2020 French points. */
  readonly message: Message;
}

/**
 * The known doubts about the tables' history (see {@link CrsUncertainty}).
 *
 * @example
 * ```ts
 * for (const u of crsUncertainties()) console.log(`${u.table} ${u.from}..${u.to}: ${renderMessage(u.message, en)}`);
 * ```
 */
export function crsUncertainties(): readonly CrsUncertainty[] {
  if (uncertaintiesCache === undefined) {
    uncertaintiesCache = Object.freeze(
      // From crs-points.compact.json (the same periods as crs-points.json), which scoreCrs
      // bundles anyway: each version's uncertain periods, table by table. Every CRS period ends.
      Object.entries((compactJson as unknown as CompactSeries).series).flatMap(([table, { versions }]) =>
        versions.flatMap(
          (v, i) =>
            v.uncertain?.map(
              (u) =>
                Object.freeze({
                  table,
                  ...u,
                  message: messageOf(table, u, v.value, versions[i + 1]?.value),
                }) as CrsUncertainty,
            ) ?? [],
        ),
      ),
    );
  }
  return uncertaintiesCache;
}

/** The tables of crs-points.compact.json, each in the one dated shape. */
interface CompactSeries {
  readonly series: Readonly<Record<string, { readonly versions: readonly DatedVersion<unknown>[] }>>;
}

interface FrenchPoints {
  readonly frenchOnly: { readonly points: number };
  readonly bilingual: { readonly points: number };
}

/**
 * The message of a known doubt, its numbers read from the versions either side of it; a doubt
 * the catalogue does not know yet keeps the data's wording.
 */
function messageOf(
  table: string,
  doubt: { readonly from: string; readonly to?: string; readonly reason: string },
  value: unknown,
  next: unknown,
): Message {
  if (table === "french" && doubt.from.startsWith("2020-10") && doubt.to !== undefined && next !== undefined) {
    const before = value as FrenchPoints;
    const after = next as FrenchPoints;
    return message("crs.caveat.french-points-2020", {
      from: doubt.from as IsoDate,
      to: doubt.to as IsoDate,
      frenchOnlyBefore: before.frenchOnly.points,
      bilingualBefore: before.bilingual.points,
      frenchOnlyAfter: after.frenchOnly.points,
      bilingualAfter: after.bilingual.points,
    });
  }
  return text(doubt.reason);
}

let uncertaintiesCache: readonly CrsUncertainty[] | undefined;
