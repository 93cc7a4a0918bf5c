import { problemOf } from "./iso-date-problem.js";
import { ownRealmDate } from "./own-realm-date.js";

declare const isoDateBrand: unique symbol;

/**
 * A calendar date written `YYYY-MM-DD` that exists in the Gregorian calendar
 * (`2024-02-29` is one, `2023-02-29` is not). It names a day, not an instant, so no
 * time zone can move it.
 *
 * @example
 * ```ts
 * import { isoDate, type IsoDate } from "alberta-atp";
 * const launch: IsoDate = isoDate("2022-11-16");
 * ```
 */
export type IsoDate = string & { readonly [isoDateBrand]: "IsoDate" };

/**
 * Why a value is not an {@link IsoDate}: the five cases {@link describeIsoDateProblem} explains.
 *
 * @example
 * ```ts
 * const problem: IsoDateProblem = "no-such-day"; // what "2023-02-29" is
 * ```
 */
export type IsoDateProblem = "not-a-string" | "not-yyyy-mm-dd" | "no-such-year" | "no-such-month" | "no-such-day";

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isIsoDate("2024-02-29"); // true
 * isIsoDate("2023-02-29"); // false: 2023 is not a leap year
 * isIsoDate(" 2024-01-01"); // false: no surrounding spaces
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return problemOf(value) === undefined;
}

/**
 * Explains, in one sentence, why `value` is not a calendar date, or returns `undefined` if it is one.
 *
 * @example
 * ```ts
 * describeIsoDateProblem("2023-02-29"); // "2023-02-29 is not a day of the calendar: ..."
 * describeIsoDateProblem("2024-02-29"); // undefined
 * ```
 */
export function describeIsoDateProblem(value: unknown): string | undefined {
  const problem = problemOf(value);
  switch (problem) {
    case undefined:
      return undefined;
    case "not-a-string":
      return `Expected a date written YYYY-MM-DD, got ${value === null ? "null" : typeof value}.`;
    case "not-yyyy-mm-dd":
      return `Expected a date written YYYY-MM-DD (for example 2024-02-29), got ${JSON.stringify(value)}.`;
    case "no-such-year":
      return `${String(value)} has no year 0000: years run from 0001.`;
    case "no-such-month":
      return `${String(value)} has no month ${String(value).slice(5, 7)}: months run from 01 to 12.`;
    case "no-such-day":
      return `${String(value)} is not a day of the calendar: that month has no day ${String(value).slice(8, 10)}.`;
  }
}

/**
 * Thrown by {@link isoDate} (and only there) when a literal in code is not a calendar date.
 * Functions that read user input return issues instead of throwing.
 *
 * @example
 * ```ts
 * try { isoDate("2023-02-29"); } catch (e) { if (e instanceof InvalidIsoDateError) console.log(e.value); }
 * ```
 */
export class InvalidIsoDateError extends TypeError {
  /** The value that was rejected. */
  readonly value: unknown;
  constructor(value: unknown, message: string) {
    super(message);
    this.name = "InvalidIsoDateError";
    this.value = value;
  }
}

/**
 * Checks a `YYYY-MM-DD` literal and returns it typed as an {@link IsoDate}.
 * Throws {@link InvalidIsoDateError} when it is not a real calendar date; use
 * {@link isIsoDate} or {@link IsoDateSchema} for untrusted input.
 *
 * @example
 * ```ts
 * const d = isoDate("2024-02-29"); // ok
 * isoDate("2023-02-29"); // throws InvalidIsoDateError
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function isoDate(value: string): IsoDate {
  const message = describeIsoDateProblem(value);
  if (message !== undefined) throw new InvalidIsoDateError(value, message);
  return value as IsoDate;
}

/**
 * The calendar date of a JavaScript `Date` as the runtime's clock shows it (local time), or an
 * {@link IsoDate} unchanged. This is how an `asOf` option given as a `Date` becomes a day: the day
 * the user sees on their calendar.
 *
 * @example
 * ```ts
 * toIsoDate(new Date(2025, 2, 25)); // "2025-03-25" in every time zone
 * toIsoDate(isoDate("2025-03-25")); // "2025-03-25"
 * ```
 */
export function toIsoDate(given: IsoDate | Date): IsoDate {
  if (typeof given === "string") return isoDate(given);
  const value = ownRealmDate(given);
  if (!(value instanceof Date)) {
    throw new InvalidIsoDateError(value, `Expected an ISO date string or a Date, got ${describeNonDate(value)}.`);
  }
  if (Number.isNaN(value.getTime())) {
    throw new InvalidIsoDateError(value, "Expected a valid Date, got an Invalid Date.");
  }
  const year = String(value.getFullYear()).padStart(4, "0");
  const month = String(value.getMonth() + 1).padStart(2, "0");
  const day = String(value.getDate()).padStart(2, "0");
  return isoDate(`${year}-${month}-${day}`);
}

/** What a value that is neither a string nor a Date is, for an error message. */
function describeNonDate(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `${typeof value} ${String(value)}`;
}
