import { addDaysWithin, compareDays, type DateInterval } from "../core/calendar.js";
import { dateField } from "../core/date-field.js";
import type { IsoDate } from "../core/iso-date.js";
import { FULL_TIME_HOURS_PER_WEEK, HOURS_PER_YEAR } from "./constants.js";

// How calendar time becomes full-time credit
// -----------------------------------------
// IRCC counts a year of experience as "12 months full time (30 h/week) or 1,560 hours". Counting
// days cannot honour both: 12 months are 365 or 366 days, so a day-based rate either misses 1,560
// hours after a 12-month job or reaches it a day early. This module therefore counts calendar
// *months*, each worth 1/12 of a year (130 full-time hours), and each day a share of its month:
//
//   - a day of a 31-day month is 1/31 of a month, of a 30-day month 1/30, of February 1/28;
//   - February always counts 28 shares: in a leap year 28 February earns nothing of its own and
//     29 February earns the last share (so 28 and 29 February together count as one day).
//
// Every day's credit is fixed by its calendar date, so credits add up over any split of a period
// (which is what makes the overlap cap and the bounds monotone), and with this rule any run of
// 12 × k calendar months (from any day D to the day before addMonths(D, 12k), leap days included) is
// worth exactly k years, while a run one day shorter is worth less. In particular the N years
// before `asOf` are exactly N years of credit. Checked for every start day 1999–2032 and k = 1..12.
//
// One exception, which no additive count can avoid (29 Feb + 12 months is 28 Feb, but 29 Feb + 48
// months is 29 Feb, so the calendar itself is not additive there): a run from 29 February to
// 27 February of a later *leap* year is worth as much as one to 28 February, i.e. whole years,
// because 28 February of a leap year earns nothing of its own. That is the reading of "29 February
// plus one year is 28 February" applied year by year, and it errs by one day in the candidate's
// favour. The price of the scheme otherwise: a single month is only about 1/12 of a year
// (15 January – 14 February is slightly more, 31 January – 27 February slightly less), so whole
// *months* are not exact; whole years are.
//
// To stay exact, a month is split into 13,020 ticks (the least common multiple of 28, 30 and 31):
// a day is 420, 434 or 465 ticks. Credit is ticks × hours a week (capped at 30), summed; 12 months
// full time is 12 × 13,020 × 30 = 4,687,200 credit units = 1,560 hours. Integer hours a week give
// integer arithmetic; fractional hours (37.5) stay exact enough, and hours are rounded to a
// millionth of an hour to absorb floating-point noise.

/** Ticks in one calendar month. */
const MONTH_TICKS = 13_020;
/** Days each month counts (February always 28). */
const COUNTED_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
/**
 * Credit units (ticks × hours a week) in one year of full-time work. A function, not a constant:
 * bundlers keep a top-level product of other constants in every bundle.
 */
function yearCredit(): number {
  return 12 * MONTH_TICKS * FULL_TIME_HOURS_PER_WEEK;
}
/** Tolerance for floating-point sums of hours a week (10.1 + 19.9 is full time). */
const HOURS_EPSILON = 1e-9;

/** Tick position of the start of a calendar day; reads the YYYY-MM-DD fields, no Date involved. */
export function tickAt(date: IsoDate): number {
  const year = dateField(date, 0, 4);
  const month = dateField(date, 5, 7);
  const day = dateField(date, 8, 10);
  const counted = COUNTED_DAYS[month - 1] ?? 31;
  return (year * 12 + month - 1) * MONTH_TICKS + (Math.min(day, counted) - 1) * (MONTH_TICKS / counted);
}

/** Tick position just after a calendar day (the start of the next day). */
export function tickAfter(date: IsoDate): number {
  // Days 1 to 27 are followed by a day of the same month in every month: count it directly, without
  // writing and re-reading the next day's date. Other days (and anything else) go the long way.
  const year = dateField(date, 0, 4);
  const month = dateField(date, 5, 7);
  const day = dateField(date, 8, 10);
  if (day >= 1 && day <= 27 && Number.isInteger(day) && month >= 1 && month <= 12 && Number.isInteger(month)) {
    const counted = COUNTED_DAYS[month - 1] as number;
    return (year * 12 + month - 1) * MONTH_TICKS + day * (MONTH_TICKS / counted);
  }
  return tickAt(addDaysWithin(date, 1));
}

/** A run of work in ticks, `[start, end)`, at `hoursPerWeek`. */
export interface TickPeriod {
  readonly start: number;
  readonly end: number;
  readonly hoursPerWeek: number;
}

/** The part of an interval inside a window (both inclusive), or `undefined` when they do not meet. */
export function clipInterval(interval: DateInterval, window: DateInterval | undefined): DateInterval | undefined {
  const start = window && compareDays(window.start, interval.start) > 0 ? window.start : interval.start;
  const end = window && compareDays(window.end, interval.end) < 0 ? window.end : interval.end;
  return compareDays(start, end) <= 0 ? { start, end } : undefined;
}

/**
 * Sorts events by tick, stably (ties keep their order), as `events.sort((a, b) => a[0] - b[0])`
 * does. A history holds a few jobs, and for a handful of events an insertion sort is several times
 * cheaper than Array.prototype.sort, whose set-up cost dominated creditOf; long lists still use it.
 */
function sortByTick(events: [tick: number, hours: number, count: number][]): void {
  if (events.length > 32) {
    events.sort((a, b) => a[0] - b[0]);
    return;
  }
  for (let i = 1; i < events.length; i++) {
    const event = events[i] as [number, number, number];
    let j = i - 1;
    while (j >= 0 && (events[j] as [number, number, number])[0] > event[0]) {
      events[j + 1] = events[j] as [number, number, number];
      j--;
    }
    events[j + 1] = event;
  }
}

/** Credit units of a set of tick periods, with each instant capped at full time. */
export function creditOf(periods: readonly TickPeriod[]): number {
  const events: [tick: number, hours: number, count: number][] = [];
  for (const p of periods) {
    if (p.end > p.start && Number.isFinite(p.hoursPerWeek) && p.hoursPerWeek > 0) {
      events.push([p.start, p.hoursPerWeek, 1], [p.end, -p.hoursPerWeek, -1]);
    }
  }
  sortByTick(events);
  let credit = 0;
  let hours = 0;
  let active = 0;
  let previous = 0;
  for (const [tick, deltaHours, deltaCount] of events) {
    if (active > 0 && tick > previous) {
      const rate = hours >= FULL_TIME_HOURS_PER_WEEK - HOURS_EPSILON ? FULL_TIME_HOURS_PER_WEEK : hours;
      credit += (tick - previous) * rate;
    }
    hours += deltaHours;
    active += deltaCount;
    if (active === 0) hours = 0;
    previous = tick;
  }
  return credit;
}

/** Hours for some credit units, rounded to a millionth of an hour. */
export function hoursOfCredit(credit: number): number {
  return Math.round(((credit * HOURS_PER_YEAR) / yearCredit()) * 1e6) / 1e6;
}

/** Whole years in some hours: `floor(hours / 1560)`; infinite hours give infinite years. */
export function wholeYears(hours: number): number {
  return Math.floor(hours / HOURS_PER_YEAR);
}

/**
 * A stretch of work at a steady number of hours a week, both ends included.
 *
 * @example
 * ```ts
 * const period: WorkPeriod = { start: isoDate("2024-01-01"), end: isoDate("2024-12-31"), hoursPerWeek: 40 };
 * ```
 */
export interface WorkPeriod extends DateInterval {
  /** Hours worked a week; above 30 counts as 30. */
  readonly hoursPerWeek: number;
}

/** The full-time hours in a run of calendar days already checked (see the exported fullTimeHours). Internal. */
export function fullTimeHours(interval: DateInterval): number {
  if (compareDays(interval.start, interval.end) > 0) return 0;
  return hoursOfCredit((tickAfter(interval.end) - tickAt(interval.start)) * FULL_TIME_HOURS_PER_WEEK);
}

/** Full-time-equivalent hours of periods already checked (see the exported fullTimeEquivalentHours). Internal. */
export function fullTimeEquivalentHours(periods: readonly WorkPeriod[], window?: DateInterval): number {
  const ticks: TickPeriod[] = [];
  for (const period of periods) {
    const clipped = clipInterval(period, window);
    if (clipped) {
      ticks.push({ start: tickAt(clipped.start), end: tickAfter(clipped.end), hoursPerWeek: period.hoursPerWeek });
    }
  }
  return hoursOfCredit(creditOf(ticks));
}

/**
 * Whole months of full-time-equivalent work in `jobs` before `asOf` (each job cut at the day before
 * `asOf`): full-time-equivalent hours over 130, a twelfth of the 1,560 hours of a year
 * ({@link HOURS_PER_YEAR}). How the AAIP Worker EOI grid and the ATP draws' months of experience
 * are counted. Internal.
 */
export function fullTimeMonthsBefore(
  jobs: readonly { readonly from: IsoDate; readonly to?: IsoDate | undefined; readonly hoursPerWeek: number }[],
  asOf: IsoDate,
): number {
  const lastDay = addDaysWithin(asOf, -1);
  const periods: WorkPeriod[] = [];
  for (const job of jobs) {
    const end = job.to === undefined || job.to > lastDay ? lastDay : job.to;
    if (job.from <= end) periods.push({ start: job.from, end, hoursPerWeek: job.hoursPerWeek });
  }
  return Math.floor(fullTimeEquivalentHours(periods) / (HOURS_PER_YEAR / 12) + 1e-9);
}
