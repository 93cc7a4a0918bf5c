// The full-time-equivalent helpers as the package exports them: the same counting as
// full-time-equivalent.ts (which the library's own modules call on periods already checked), after a
// check of every day and number given, so that a JavaScript caller's "2024-02-30" or "40" gets an
// error naming the field instead of a number.

import type { DateInterval } from "../core/calendar.js";
import { dayArgument } from "../core/day-argument.js";
import { describedValue } from "../core/input-value.js";
import {
  fullTimeEquivalentHours as equivalentHoursOf,
  fullTimeHours as hoursOf,
  type WorkPeriod,
} from "./full-time-equivalent.js";

function checkedInterval(value: unknown, name: string): DateInterval {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new TypeError(`${name}: expected { start, end }, got ${describedValue(value)}.`);
  }
  const { start, end } = value as { start?: unknown; end?: unknown };
  return { start: dayArgument(start, `${name}.start`), end: dayArgument(end, `${name}.end`) };
}

/**
 * The full-time hours in a run of calendar days: 1,560 for each 12 calendar months, counted by
 * months (each month 130 hours, each day its share of its month; February always counts 28 days,
 * 28 and 29 February of a leap year together as one). Any 12 × k calendar months are exactly
 * k × 1,560 hours and a day less is less (except from 29 February to 27 February of a later leap
 * year, which still counts the whole years: 28 February of a leap year earns nothing of its own);
 * a single month is about 130.
 *
 * @example
 * ```ts
 * fullTimeHours({ start: isoDate("2024-03-15"), end: isoDate("2025-03-14") }); // 1560
 * fullTimeHours({ start: isoDate("2024-02-29"), end: isoDate("2025-02-27") }); // 1560
 * fullTimeHours({ start: isoDate("2024-03-15"), end: isoDate("2025-03-13") }); // 1555.806452
 * ```
 */
export function fullTimeHours(interval: DateInterval): number {
  return hoursOf(checkedInterval(interval, "interval"));
}

/**
 * Full-time-equivalent hours of some work periods, optionally only inside a window (both ends
 * included): each period earns `min(hoursPerWeek, 30) / 30` of full-time credit, and on any day the
 * periods together never earn more than full time (two 20-hour jobs at once are full time, not 40
 * hours a week). Credit is counted by calendar months as in {@link fullTimeHours}, so 12 months at
 * 30 hours a week or more is exactly 1,560 hours and 24 months at 15 hours a week is too. Periods
 * whose end is before their start, or with no positive hours, count nothing. A day that is not a
 * day, or hours that are not a number, is an error naming the field (`periods[0].end`).
 *
 * Pure: sweeps the period boundaries once (O(n log n)), never day by day.
 *
 * @example
 * ```ts
 * const year = { start: isoDate("2023-01-01"), end: isoDate("2023-12-31") };
 * fullTimeEquivalentHours([{ ...year, hoursPerWeek: 40 }]); // 1560
 * fullTimeEquivalentHours([{ ...year, hoursPerWeek: 20 }, { ...year, hoursPerWeek: 20 }]); // 1560
 * fullTimeEquivalentHours([{ ...year, hoursPerWeek: 15 }]); // 780
 * fullTimeEquivalentHours([{ ...year, hoursPerWeek: 40 }], { start: isoDate("2023-07-01"), end: isoDate("2024-06-30") }); // 780
 * ```
 */
export function fullTimeEquivalentHours(periods: readonly WorkPeriod[], window?: DateInterval): number {
  if (!Array.isArray(periods)) throw new TypeError("periods: expected a list of { start, end, hoursPerWeek }.");
  const checked = periods.map((period: unknown, i): WorkPeriod => {
    const interval = checkedInterval(period, `periods[${i}]`);
    const hours = (period as { hoursPerWeek?: unknown }).hoursPerWeek;
    if (typeof hours !== "number" || !Number.isFinite(hours)) {
      throw new TypeError(`periods[${i}].hoursPerWeek: expected a finite number, got ${describedValue(hours)}.`);
    }
    return { start: interval.start, end: interval.end, hoursPerWeek: hours };
  });
  return equivalentHoursOf(checked, window === undefined ? undefined : checkedInterval(window, "window"));
}
