// The one shape of dated data in data/: versions by start date, each citing its source, with the
// day it was last verified and the periods within it whose law is uncertain; and the one loader
// that reads and checks that shape. Internal (not exported from the package): the loaders of the
// programs and of the CRS share it.

import type { Citation } from "./citation.js";
import { type CitationJson, citationFromJson } from "./citation-json.js";
import { describeIsoDateProblem, type IsoDate } from "./iso-date.js";
import type { Version, Versioned } from "./versioned.js";

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
 * const funds: Dated<SettlementFundsTable> = loadDated(fundsJson, "data/ircc/settlement-funds.json", readTable);
 * valueAsOf(funds.versions, isoDate("2025-07-07"));
 * ```
 */
export interface Dated<T> {
  readonly verified: IsoDate;
  readonly versions: Versioned<T> & readonly DatedVersion<T>[];
}

/** A version as written in a data file. */
interface DatedVersionJson {
  readonly from?: unknown;
  readonly to?: unknown;
  readonly source?: unknown;
  readonly verified?: unknown;
  readonly uncertain?: unknown;
  readonly value?: unknown;
}

/**
 * The error a data file in the wrong shape throws when loaded, naming the file and the field.
 *
 * @example
 * ```ts
 * new DatedDataError("data/ircc/settlement-funds.json", "versions[1].from", "is not a date");
 * ```
 */
export class DatedDataError extends Error {
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field} ${problem}.`);
    this.name = "DatedDataError";
  }
}

function dateAt(file: string, field: string, value: unknown): IsoDate {
  if (typeof value !== "string") throw new DatedDataError(file, field, "is not a YYYY-MM-DD date");
  const problem = describeIsoDateProblem(value);
  if (problem !== undefined) throw new DatedDataError(file, field, `is not a date (${problem})`);
  return value as IsoDate;
}

function sourceAt(file: string, field: string, value: unknown): Citation {
  const s = value as Partial<CitationJson> | undefined;
  if (typeof s !== "object" || s === null || typeof s.title !== "string" || typeof s.url !== "string") {
    throw new DatedDataError(file, field, "is not a source with a title and a url");
  }
  dateAt(file, `${field}.retrieved`, s.retrieved);
  if (s.effective !== undefined) dateAt(file, `${field}.effective`, s.effective);
  return citationFromJson(s as CitationJson);
}

function periodsAt(
  file: string,
  field: string,
  value: unknown,
  from: IsoDate,
  to: IsoDate | undefined,
): readonly UncertainPeriod[] {
  if (!Array.isArray(value) || value.length === 0)
    throw new DatedDataError(file, field, "is not a non-empty list of uncertain periods");
  return Object.freeze(
    value.map((raw: { from?: unknown; to?: unknown; reason?: unknown }, i) => {
      const at = `${field}[${i}]`;
      const start = dateAt(file, `${at}.from`, raw.from);
      const end = raw.to === undefined ? undefined : dateAt(file, `${at}.to`, raw.to);
      if (typeof raw.reason !== "string" || raw.reason === "")
        throw new DatedDataError(file, `${at}.reason`, "is empty");
      if (
        start < from ||
        (end !== undefined && end <= start) ||
        (to !== undefined && (end === undefined || end > to))
      ) {
        throw new DatedDataError(file, at, `is not a period within its version (${from} to ${to ?? "no end"})`);
      }
      return Object.freeze({ from: start, ...(end === undefined ? {} : { to: end }), reason: raw.reason });
    }),
  );
}

/**
 * Reads a list of versions (`[{ from, to?, source, verified?, uncertain?, value }]`) once and
 * checks it: every date a real `YYYY-MM-DD` day, every version with a source, versions ordered by
 * `from` and not overlapping, every uncertain period within its version. `readValue` turns a
 * version's `value` into its typed form (and may read the version's uncertain periods). Throws a
 * {@link DatedDataError} naming the file and the field otherwise.
 *
 * @example
 * ```ts
 * const versions = loadVersions(json.versions, "data/ircc/fst-trade-groups.json", "versions", readGroups);
 * ```
 */
export function loadVersions<T>(
  raw: unknown,
  file: string,
  field: string,
  readValue: (value: unknown, version: Omit<DatedVersion<unknown>, "value">) => T,
): Versioned<T> & readonly DatedVersion<T>[] {
  if (!Array.isArray(raw) || raw.length === 0) throw new DatedDataError(file, field, "is not a list of versions");
  let previous: DatedVersion<T> | undefined;
  const versions = raw.map((json: DatedVersionJson, i) => {
    const at = `${field}[${i}]`;
    const from = dateAt(file, `${at}.from`, json.from);
    const to = json.to === undefined ? undefined : dateAt(file, `${at}.to`, json.to);
    if (to !== undefined && to <= from) throw new DatedDataError(file, `${at}.to`, `is not after its from (${from})`);
    if (previous !== undefined && (previous.to === undefined || previous.to > from)) {
      throw new DatedDataError(file, `${at}.from`, `overlaps the version before it (from ${previous.from})`);
    }
    if (!("value" in json)) throw new DatedDataError(file, `${at}.value`, "is missing");
    const head = {
      from,
      ...(to === undefined ? {} : { to }),
      source: sourceAt(file, `${at}.source`, json.source),
      ...(json.verified === undefined ? {} : { verified: dateAt(file, `${at}.verified`, json.verified) }),
      ...(json.uncertain === undefined
        ? {}
        : { uncertain: periodsAt(file, `${at}.uncertain`, json.uncertain, from, to) }),
    };
    const version: DatedVersion<T> = Object.freeze({ ...head, value: readValue(json.value, head) });
    previous = version;
    return version;
  });
  return Object.freeze(versions);
}

/**
 * Reads a dated data file (`{ verified, versions: [...] }`, other top-level fields left to the
 * caller) through {@link loadVersions}.
 *
 * @example
 * ```ts
 * const funds = loadDated(fundsJson, "data/ircc/settlement-funds.json", readTable);
 * funds.verified; // "2026-11-25"
 * ```
 */
export function loadDated<T>(
  json: unknown,
  file: string,
  readValue: (value: unknown, version: Omit<DatedVersion<unknown>, "value">) => T,
): Dated<T> {
  const data = json as { verified?: unknown; versions?: unknown };
  return Object.freeze({
    verified: dateAt(file, "verified", data.verified),
    versions: loadVersions(data.versions, file, "versions", readValue),
  });
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
