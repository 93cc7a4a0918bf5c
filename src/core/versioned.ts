import { listArgument, objectArgument } from "./argument.js";
import { readAsOf } from "./as-of.js";
import type { Citation } from "./citation.js";
import type { IsoDate } from "./iso-date.js";
import { type Message, message } from "./message.js";

/**
 * One version of a rule or table: in force from `from` (included) until `to` (excluded), or
 * without end when `to` is absent.
 *
 * @example
 * ```ts
 * const v: Version<number> = { from: isoDate("2025-03-25"), value: 0, source };
 * ```
 */
export interface Version<T> {
  /** First day in force. */
  readonly from: IsoDate;
  /** First day no longer in force; absent while it still applies. */
  readonly to?: IsoDate;
  readonly value: T;
  readonly source: Citation;
}

/**
 * The dated history of a rule or table, oldest first, each version citing its source.
 *
 * @example
 * ```ts
 * const arrangedEmploymentPoints: Versioned<number> = [
 *   { from: isoDate("2015-01-01"), to: isoDate("2025-03-25"), value: 50, source },
 *   { from: isoDate("2025-03-25"), value: 0, source },
 * ];
 * ```
 */
export type Versioned<T> = ReadonlyArray<Version<T>>;

/**
 * What {@link valueAsOf} found: the version in force, or why there is none.
 *
 * @example
 * ```ts
 * const found: VersionLookup<number> = valueAsOf(points, isoDate("2024-01-01"));
 * if (found.ok) console.log(found.value);
 * ```
 */
export type VersionLookup<T> =
  | { readonly ok: true; readonly value: T; readonly version: Version<T> }
  | {
      readonly ok: false;
      /** `before-first`: the date precedes every version; `gap`: it falls between two; `after-last`: the last one ended. */
      readonly problem: "before-first" | "gap" | "after-last" | "empty";
      /** Why, as a message (id `versioned.<problem>`): render it in a locale. */
      readonly message: Message;
      /** Why, in English (the message rendered in English). */
      readonly reason: string;
    };

/**
 * Picks the version in force on `asOf` (`from <= asOf < to`), or says there is none and why.
 * It never guesses: a date before the first version is `before-first`, not the first version.
 *
 * @example
 * ```ts
 * const points: Versioned<number> = [
 *   { from: isoDate("2015-01-01"), to: isoDate("2025-03-25"), value: 50, source },
 *   { from: isoDate("2025-03-25"), value: 0, source },
 * ];
 * valueAsOf(points, isoDate("2025-03-24")); // { ok: true, value: 50, ... }
 * valueAsOf(points, isoDate("2025-03-25")); // { ok: true, value: 0, ... }
 * valueAsOf(points, isoDate("2014-12-31")); // { ok: false, problem: "before-first", ... }
 * ```
 */
export function valueAsOf<T>(versions: Versioned<T>, asOfGiven: IsoDate | Date): VersionLookup<T> {
  const asOf = readAsOf(asOfGiven);
  listArgument(versions, "versions", "a list of { from, to?, value }");
  if (versions.length === 0) {
    return {
      ok: false,
      problem: "empty",
      message: message("versioned.empty", {}),
      reason: "No version of this rule is known.",
    };
  }
  let earliest: IsoDate | undefined;
  let latestEnd: IsoDate | undefined;
  for (let i = 0; i < versions.length; i++) {
    const version = versions[i] as Versioned<T>[number];
    // Named only when it is not a version (a name built on every call would cost more than the check).
    if (typeof version !== "object" || version === null)
      objectArgument(version, `versions[${i}]`, "{ from, to?, value }");
    if (version.from <= asOf && (version.to === undefined || asOf < version.to)) {
      return { ok: true, value: version.value, version };
    }
    if (earliest === undefined || version.from < earliest) earliest = version.from;
    if (version.to !== undefined && (latestEnd === undefined || version.to > latestEnd)) latestEnd = version.to;
  }
  if (earliest !== undefined && asOf < earliest) {
    return {
      ok: false,
      problem: "before-first",
      message: message("versioned.before-first", { earliest, asOf }),
      reason: `No version is known before ${earliest}; ${asOf} is earlier than that.`,
    };
  }
  const openEnded = versions.some((v) => v.to === undefined);
  if (!openEnded && latestEnd !== undefined && asOf >= latestEnd) {
    return {
      ok: false,
      problem: "after-last",
      message: message("versioned.after-last", { latestEnd, asOf }),
      reason: `The last known version ended on ${latestEnd} (exclusive); nothing is known in force on ${asOf}.`,
    };
  }
  return {
    ok: false,
    problem: "gap",
    message: message("versioned.gap", { asOf }),
    reason: `No version is known to be in force on ${asOf}.`,
  };
}
