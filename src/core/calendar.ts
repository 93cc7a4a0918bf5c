import { readAsOf } from "./as-of.js";
import { dateField } from "./date-field.js";
import { describedValue } from "./input-value.js";
import { type IsoDate, isoDate } from "./iso-date.js";
import { isIsoDateYear } from "./iso-date-problem.js";

function wholeAmount(amount: number, unit: string): number {
  if (!Number.isSafeInteger(amount)) {
    const given = describedValue(amount);
    throw new RangeError(`amount: expected a whole number of ${unit}, got ${given}.`);
  }
  return amount;
}

/** Compares two days already checked: negative if `a` is earlier, 0 if the same day. Internal. */
export function compareDays(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The IsoDate of calendar fields that the arithmetic below produced: always a real day, so only a
 * year outside 0001-9999 goes through isoDate (which throws the usual InvalidIsoDateError: an
 * IsoDate has no year 0000).
 */
function format(year: number, month: number, day: number): IsoDate {
  const text = `${year >= 1000 ? year : String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  return isIsoDateYear(year) ? (text as IsoDate) : isoDate(text);
}

// Day arithmetic on the proleptic Gregorian calendar with integers alone (H. Hinnant's
// days_from_civil and civil_from_days): no Date, so no time zone, and a few multiplications where a
// Date round trip costs microseconds. A day number counts days from 1970-01-01. Like
// Date.setUTCFullYear, a day or month past the end rolls over into the next.

/** The day number of a calendar day (the fields as written in an IsoDate). */
function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The IsoDate of a day number. */
function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1);
}

function dayNumberOf(date: IsoDate): number {
  return dayNumber(dateField(date, 0, 4), dateField(date, 5, 7), dateField(date, 8, 10));
}

function daysInMonth(year: number, month: number): number {
  return month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
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
export function ageOn(dateOfBirth: IsoDate, asOfGiven: IsoDate | Date): number {
  const asOf = readAsOf(asOfGiven);
  // The years between the two dates, less one when the later date's month and day come before the
  // earlier date's (the anniversary has not come yet). Month and day are compared as written, so
  // 29 February's anniversary in a common year is 1 March. For `asOf` before `dateOfBirth` the
  // result is the negative of the same count (0 within the first year), as date-fns'
  // differenceInYears gives it; test/core/calendar.test.ts checks the two agree.
  if (asOf === dateOfBirth) return 0;
  const [earlier, later, sign] = asOf > dateOfBirth ? [dateOfBirth, asOf, 1] : [asOf, dateOfBirth, -1];
  const years = dateField(later, 0, 4) - dateField(earlier, 0, 4);
  const notYet =
    dateField(later, 5, 7) * 100 + dateField(later, 8, 10) < dateField(earlier, 5, 7) * 100 + dateField(earlier, 8, 10);
  const age = years - (notYet ? 1 : 0);
  return age === 0 ? 0 : sign * age;
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
  return fromDayNumber(dayNumberOf(date) + wholeAmount(amount, "days"));
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
  return shiftMonths(date, wholeAmount(amount, "months"));
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
  return shiftMonths(date, wholeAmount(amount, "years") * 12);
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
  return dayNumberOf(later) - dayNumberOf(earlier);
}

/** Months since January of year 0: the month `date` falls in, counted from 0. */
function monthIndex(date: IsoDate): number {
  return dateField(date, 0, 4) * 12 + dateField(date, 5, 7) - 1;
}

/** `amount` months after `date`, the day kept or, if the month lacks it, the month's last day. */
function shiftMonths(date: IsoDate, amount: number): IsoDate {
  const months = monthIndex(date) + amount;
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return format(year, month, Math.min(dateField(date, 8, 10), daysInMonth(year, month)));
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
  const start = compareDays(a.start, b.start) >= 0 ? a.start : b.start;
  const end = compareDays(a.end, b.end) <= 0 ? a.end : b.end;
  return intervalDays({ start, end });
}

// Arithmetic that stays on the calendar of IsoDates (0001-01-01 to 9999-12-31): a result past one
// end is that end. For deadlines and windows the library derives from answered dates (a test's
// expiry, a profile's, an experience window), where a date near an end of the calendar must not
// make an assessment throw; the exported helpers above throw instead.

const FIRST_DAY = "0001-01-01" as IsoDate;
const LAST_DAY = "9999-12-31" as IsoDate;
/** The last year an IsoDate can hold (9999): no age, anniversary or deadline goes past it. Internal. */
export const LAST_YEAR = 9999;

/** {@link addDays}, a result past either end of the calendar being that end. Internal. */
export function addDaysWithin(date: IsoDate, amount: number): IsoDate {
  const n = dayNumberOf(date) + wholeAmount(amount, "days");
  if (n < dayNumber(1, 1, 1)) return FIRST_DAY;
  return n > dayNumber(LAST_YEAR, 12, 31) ? LAST_DAY : fromDayNumber(n);
}

/** {@link addMonths}, a result past either end of the calendar being that end. Internal. */
export function addMonthsWithin(date: IsoDate, amount: number): IsoDate {
  const year = Math.floor((monthIndex(date) + wholeAmount(amount, "months")) / 12);
  if (year < 1) return FIRST_DAY;
  return year > 9999 ? LAST_DAY : shiftMonths(date, amount);
}

/** {@link addYears}, a result past either end of the calendar being that end. Internal. */
export function addYearsWithin(date: IsoDate, amount: number): IsoDate {
  return addMonthsWithin(date, wholeAmount(amount, "years") * 12);
}
