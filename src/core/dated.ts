// The one shape of dated data in data/: versions by start date, each citing its source, with the
// day it was last verified and the periods within it whose law is uncertain; and the one loader
// that reads that shape (dated-check.ts checks it, in the test suite). Internal (not exported
// from the package): the loaders of the programs share it (docs/decisions/0015-dated-data.md).

import { type CitationJson, citationFromJson } from "./citation-json.js";
import type { IsoDate } from "./iso-date.js";
import type { Version } from "./versioned.js";

/**
 * A period within a version whose law is not known for certain: from `from` (included) to `to`
 * (excluded; to the version's end when absent), and why.
 *
 * @example
 * ```ts
 * const doubt: UncertainPeriod = { from: isoDate("2015-01-01"), to: isoDate("2022-06-09"), reason: "An upper bound only." };
 * ```
 */
export interface UncertainPeriod {
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly reason: string;
}

/**
 * One version of dated data: a {@link Version} that may also say when it was last verified and
 * which of its days are uncertain.
 *
 * @example
 * ```ts
 * const v: DatedVersion<number> = { from: isoDate("2025-07-07"), value: 15263, source };
 * ```
 */
export interface DatedVersion<T> extends Version<T> {
  /** The day this version was last checked against its source, when not the file's `verified`. */
  readonly verified?: IsoDate;
  /** The periods of this version whose law is uncertain, oldest first; absent when none. */
  readonly uncertain?: readonly UncertainPeriod[];
}

/**
 * Dated data as read from one JSON file of data/: the day the file was last verified and its
 * versions, oldest first, in force one after another without overlap.
 *
 * @example
 * ```ts
 * const funds: Dated<SettlementFundsTable> = loadDated(fundsJson, readTable);
 * valueAsOf(funds.versions, isoDate("2025-07-07"));
 * ```
 */
export interface Dated<T> {
  readonly verified: IsoDate;
  readonly versions: readonly DatedVersion<T>[];
}

/** A version as written in a data file (checked by `checkDated` in the test suite). */
interface DatedVersionJson {
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly source: CitationJson;
  readonly verified?: IsoDate;
  readonly uncertain?: readonly UncertainPeriod[];
  readonly value: unknown;
}

/**
 * Reads a dated data file (`{ verified, versions: [{ from, to?, source, verified?, uncertain?,
 * value }] }`, other top-level fields left to the caller) into typed, frozen versions;
 * `readValue` turns a version's `value` into its typed form (and may read the version's uncertain
 * periods). A file of several tables holds each under `series` by name; pass `json.series[name]`
 * (its `verified` is the file's). The shape is checked once, by `checkDated`
 * (src/core/dated-check.ts) in the test suite, for every dated file under data/.
 *
 * @example
 * ```ts
 * const funds = loadDated(fundsJson, readTable);
 * funds.verified; // "2026-11-25"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function loadDated<T>(
  json: unknown,
  readValue: (value: unknown, version: Omit<DatedVersion<unknown>, "value">) => T,
): Dated<T> {
  const data = json as { readonly verified: IsoDate; readonly versions: readonly DatedVersionJson[] };
  return Object.freeze({
    verified: data.verified,
    versions: Object.freeze(
      data.versions.map(({ value, source, ...dates }) => {
        const head = { ...dates, source: citationFromJson(source) };
        return Object.freeze({ ...head, value: readValue(value, head) });
      }),
    ),
  });
}

/**
 * The versions of a dated data file, read by {@link loadDated} (a call a bundler can drop when the
 * versions are not used, where a property read of the loaded file would keep it).
 *
 * @example
 * ```ts
 * export const SETTLEMENT_FUNDS_TABLES = datedVersions(fundsJson, readTable);
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function datedVersions<T>(
  json: unknown,
  readValue: (value: unknown, version: Omit<DatedVersion<unknown>, "value">) => T,
): readonly DatedVersion<T>[] {
  return loadDated(json, readValue).versions;
}

/**
 * The value of the last version of `dated` (the one in force from its `from` on, when it has no
 * end).
 *
 * @example
 * ```ts
 * const current = lastValue(FSW_GRID);
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function lastValue<T>(dated: Dated<T>): T {
  return (dated.versions[dated.versions.length - 1] as DatedVersion<T>).value;
}

/**
 * The `verified` day of a data file (checked by `checkDated` in the test suite).
 *
 * @example
 * ```ts
 * export const ATP_OCCUPATIONS_VERIFIED = verifiedDay(atpJson);
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function verifiedDay(json: unknown): IsoDate {
  return (json as { readonly verified: IsoDate }).verified;
}

/**
 * The uncertain periods of `versions` that include `asOf` (empty when the law that day is certain
 * or no version is in force).
 *
 * @example
 * ```ts
 * uncertainOn(funds.versions, isoDate("2020-01-01")); // [{ from: "2015-01-01", to: "2022-06-09", reason: "..." }]
 * ```
 */
export function uncertainOn(versions: readonly DatedVersion<unknown>[], asOf: IsoDate): readonly UncertainPeriod[] {
  return versions.flatMap((v) =>
    v.from <= asOf && (v.to === undefined || asOf < v.to)
      ? (v.uncertain ?? []).filter((p) => p.from <= asOf && (p.to === undefined || asOf < p.to))
      : [],
  );
}
