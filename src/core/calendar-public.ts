// The calendar helpers as the package exports them: the same arithmetic as calendar.ts (which the
// library's own modules call on days already checked), after a check of each day given, so that a
// JavaScript caller's "2023-02-30" or "soon" gets an InvalidIsoDateError naming the argument
// instead of a wrong day.

import { objectArgument } from "./argument.js";
import {
  addDays as addDaysTo,
  addMonths as addMonthsTo,
  addYears as addYearsTo,
  ageOn as ageOnDay,
  compareDays,
  type DateInterval,
  daysBetween as daysBetweenDays,
} from "./calendar.js";
import { dayArgument } from "./day-argument.js";
import type { IsoDate } from "./iso-date.js";

export type { DateInterval } from "./calendar.js";

const day = (value: IsoDate, name: string): IsoDate => dayArgument(value, name);

/**
 * Age in whole years on a date, as people count birthdays. Someone born on 29 February turns a
 * year older on 1 March in a common year (the anniversary day does not exist, so it has not yet
 * come on 28 February).
 *
 * @example
 * ```ts
 * ageOn(isoDate("1995-06-15"), isoDate("2025-06-14")); // 29
 * ageOn(isoDate("1995-06-15"), isoDate("2025-06-15")); // 30
 * ageOn(isoDate("2004-02-29"), isoDate("2022-02-28")); // 17
 * ageOn(isoDate("2004-02-29"), isoDate("2022-03-01")); // 18
 * ```
 */
export function ageOn(dateOfBirth: IsoDate, asOf: IsoDate | Date): number {
  return ageOnDay(day(dateOfBirth, "dateOfBirth"), asOf);
}

/**
 * The calendar date `amount` days after (or, if negative, before) `date`. `amount` must be a
 * whole number (a RangeError says so otherwise).
 *
 * @example
 * ```ts
 * addDays(isoDate("2024-02-28"), 1); // "2024-02-29"
 * addDays(isoDate("2024-03-01"), -1); // "2024-02-29"
 * ```
 */
export function addDays(date: IsoDate, amount: number): IsoDate {
  return addDaysTo(day(date, "date"), amount);
}

/**
 * The calendar date `amount` months after `date`; a day that the target month lacks becomes that
 * month's last day.
 *
 * @example
 * ```ts
 * addMonths(isoDate("2024-01-31"), 1); // "2024-02-29"
 * addMonths(isoDate("2025-03-25"), 12); // "2026-03-25"
 * ```
 */
export function addMonths(date: IsoDate, amount: number): IsoDate {
  return addMonthsTo(day(date, "date"), amount);
}

/**
 * The calendar date `amount` years after `date`; 29 February becomes 28 February in a common year.
 *
 * @example
 * ```ts
 * addYears(isoDate("2024-02-29"), 1); // "2025-02-28"
 * addYears(isoDate("2020-06-01"), 5); // "2025-06-01"
 * ```
 */
export function addYears(date: IsoDate, amount: number): IsoDate {
  return addYearsTo(day(date, "date"), amount);
}

/**
 * Whole calendar days from `earlier` to `later` (negative if `later` is before `earlier`).
 *
 * @example
 * ```ts
 * daysBetween(isoDate("2024-02-28"), isoDate("2024-03-01")); // 2
 * ```
 */
export function daysBetween(earlier: IsoDate, later: IsoDate): number {
  return daysBetweenDays(day(earlier, "earlier"), day(later, "later"));
}

/**
 * Number of days in an interval, both ends included (0 when `end` is before `start`).
 *
 * @example
 * ```ts
 * intervalDays({ start: isoDate("2024-01-01"), end: isoDate("2024-12-31") }); // 366
 * ```
 */
export function intervalDays(interval: DateInterval): number {
  objectArgument(interval, "interval", "{ start, end }");
  return Math.max(0, daysBetween(day(interval.start, "interval.start"), day(interval.end, "interval.end")) + 1);
}

/**
 * Number of days two intervals share, both ends included; 0 when they do not meet.
 *
 * @example
 * ```ts
 * overlapDays(
 *   { start: isoDate("2024-01-01"), end: isoDate("2024-01-31") },
 *   { start: isoDate("2024-01-31"), end: isoDate("2024-02-10") },
 * ); // 1
 * ```
 */
export function overlapDays(a: DateInterval, b: DateInterval): number {
  objectArgument(a, "a", "{ start, end }");
  objectArgument(b, "b", "{ start, end }");
  const start = day(a.start, "a.start") >= day(b.start, "b.start") ? a.start : b.start;
  const end = day(a.end, "a.end") <= day(b.end, "b.end") ? a.end : b.end;
  return Math.max(0, daysBetweenDays(start, end) + 1);
}

/**
 * Compares two calendar dates: negative if `a` is earlier, 0 if the same day, positive if later.
 * Each is checked first: a value that is not a day is an InvalidIsoDateError naming it, never a
 * comparison of text.
 *
 * @example
 * ```ts
 * ["2024-03-01", "2023-12-31"].map(isoDate).sort(compareIsoDate); // ["2023-12-31", "2024-03-01"]
 * ```
 */
export function compareIsoDate(a: IsoDate, b: IsoDate): number {
  return compareDays(day(a, "a"), day(b, "b"));
}
