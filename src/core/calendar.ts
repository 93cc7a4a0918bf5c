import {
  addDays as dfAddDays,
  addMonths as dfAddMonths,
  addYears as dfAddYears,
  differenceInCalendarDays,
  differenceInYears,
} from "date-fns";
import { compareIsoDate, type IsoDate, isoDate } from "./iso-date.js";

/**
 * A `Date` whose calendar fields are read and written in UTC. date-fns builds every intermediate
 * date with the constructor of its input, so handing it these makes its arithmetic work on the
 * calendar alone: no daylight-saving change, no skipped day (Kiritimati skipped 1994-12-31 in
 * local time) and no offset can move a day. Internal: the public API takes and returns IsoDate.
 */
class CalendarDay extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(year: number, month?: number, date?: number): number {
    return month === undefined
      ? this.setUTCFullYear(year)
      : date === undefined
        ? this.setUTCFullYear(year, month)
        : this.setUTCFullYear(year, month, date);
  }
  override setMonth(month: number, date?: number): number {
    return date === undefined ? this.setUTCMonth(month) : this.setUTCMonth(month, date);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(hours: number, min?: number, sec?: number, ms?: number): number {
    return this.setUTCHours(
      hours,
      min ?? this.getUTCMinutes(),
      sec ?? this.getUTCSeconds(),
      ms ?? this.getUTCMilliseconds(),
    );
  }
  override setMinutes(min: number, sec?: number, ms?: number): number {
    return this.setUTCMinutes(min, sec ?? this.getUTCSeconds(), ms ?? this.getUTCMilliseconds());
  }
  override setSeconds(sec: number, ms?: number): number {
    return this.setUTCSeconds(sec, ms ?? this.getUTCMilliseconds());
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

function toDay(date: IsoDate): CalendarDay {
  const day = new CalendarDay(0);
  day.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  day.setUTCHours(0, 0, 0, 0);
  return day;
}

function wholeAmount(amount: number, unit: string): number {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Expected a whole number of ${unit}, got ${amount}.`);
  }
  return amount;
}

function fromDay(day: Date): IsoDate {
  const year = String(day.getUTCFullYear()).padStart(4, "0");
  const month = String(day.getUTCMonth() + 1).padStart(2, "0");
  const date = String(day.getUTCDate()).padStart(2, "0");
  return isoDate(`${year}-${month}-${date}`);
}

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
export function ageOn(dateOfBirth: IsoDate, asOf: IsoDate): number {
  return differenceInYears(toDay(asOf), toDay(dateOfBirth));
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
  return fromDay(dfAddDays(toDay(date), wholeAmount(amount, "days")));
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
  return fromDay(dfAddMonths(toDay(date), wholeAmount(amount, "months")));
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
  return fromDay(dfAddYears(toDay(date), wholeAmount(amount, "years")));
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
  return differenceInCalendarDays(toDay(later), toDay(earlier));
}

/**
 * A run of calendar days. Both ends are included: `{ start: "2024-01-01", end: "2024-01-01" }`
 * is one day.
 *
 * @example
 * ```ts
 * const year2024: DateInterval = { start: isoDate("2024-01-01"), end: isoDate("2024-12-31") };
 * ```
 */
export interface DateInterval {
  readonly start: IsoDate;
  readonly end: IsoDate;
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
  return Math.max(0, daysBetween(interval.start, interval.end) + 1);
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
  const start = compareIsoDate(a.start, b.start) >= 0 ? a.start : b.start;
  const end = compareIsoDate(a.end, b.end) <= 0 ? a.end : b.end;
  return intervalDays({ start, end });
}
