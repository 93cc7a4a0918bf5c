// Why a value is not a calendar day, as a code (internal: `isIsoDate` and the input messages read it).

import type { IsoDateProblem } from "./iso-date.js";

/** The number of the ASCII digits of `text` from `start` to `end` (excluded), or -1 if one is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** Days in each month of a common year (January first). */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whether a year can be written `YYYY` in a calendar date: 0001 to 9999. Internal. */
export function isIsoDateYear(year: number): boolean {
  return year >= 1 && year <= 9999;
}

/** Why `value` is not a calendar date written `YYYY-MM-DD`, or `undefined` when it is one. Internal. */
export function problemOf(value: unknown): IsoDateProblem | undefined {
  if (typeof value !== "string") return "not-a-string";
  // YYYY-MM-DD with ASCII digits, nothing before or after (what /^(\d{4})-(\d{2})-(\d{2})$/ accepts),
  // read without a regular expression: this runs on every date of every input.
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return "not-yyyy-mm-dd";
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 7);
  const day = digits(value, 8, 10);
  if (year < 0 || month < 0 || day < 0) return "not-yyyy-mm-dd";
  if (year < 1) return "no-such-year";
  if (month < 1 || month > 12) return "no-such-month";
  const monthLength = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day < 1 || day > monthLength) return "no-such-day";
  return undefined;
}
