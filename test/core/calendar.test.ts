// Every expectation here is a pure calendar fact, so the file must pass unchanged under any TZ
// (CI runs it under UTC, America/Edmonton, Pacific/Kiritimati and America/St_Johns). The oracle
// below works in UTC epoch days only and never reads the local clock.
import { addDays as dfAddDays, addMonths as dfAddMonths, addYears as dfAddYears, differenceInYears } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  type DateInterval,
  daysBetween,
  InvalidIsoDateError,
  type IsoDate,
  intervalDays,
  isoDate,
  overlapDays,
} from "../../src/index.js";

const DAY_MS = 86_400_000;

/** Oracle: days since 1970-01-01 of a calendar date, in UTC only. */
function epochDay(date: string): number {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round(d.getTime() / DAY_MS);
}

/** Oracle: the calendar date of an epoch day, in UTC only. */
function fromEpochDay(day: number): IsoDate {
  return isoDate(new Date(day * DAY_MS).toISOString().slice(0, 10));
}

/** Oracle: whole years between two dates the way people count birthdays (29 Feb turns on 1 Mar). */
function ageOracle(dob: string, asOf: string): number {
  const [by, bm, bd] = dob.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = asOf.split("-").map(Number) as [number, number, number];
  const beforeBirthday = tm < bm || (tm === bm && td < bd);
  return ty - by - (beforeBirthday ? 1 : 0);
}

const d = isoDate;
const interval = (start: string, end: string): DateInterval => ({ start: d(start), end: d(end) });

const FIRST_DAY = epochDay("1900-01-01");
const LAST_DAY = epochDay("2100-12-31");

/** Days on which some time zone's local clock skips, repeats or jumps. */
const SPECIAL_DAYS = [
  // Pacific/Kiritimati skipped 1994-12-31 (UTC-10 -> UTC+14)
  "1994-12-30",
  "1994-12-31",
  "1995-01-01",
  // Pacific/Apia (Samoa) skipped 2011-12-30 (UTC-10 -> UTC+14)
  "2011-12-29",
  "2011-12-30",
  "2011-12-31",
  // America/Edmonton: spring forward / fall back
  "2024-03-10",
  "2024-11-03",
  "2025-03-09",
  "2025-11-02",
  "1987-04-05",
  "1987-10-25",
  // America/St_Johns: 2024 changes at 02:00; before 2011 at 00:01 (midnight itself shifts)
  "2010-03-14",
  "2010-11-07",
  "2011-03-13",
  "2011-11-06",
  // America/St_Johns: 1988 double daylight time (two hours)
  "1988-04-03",
  "1988-10-30",
  // leap days and year ends
  "2000-02-29",
  "2024-02-29",
  "1900-02-28",
  "1900-03-01",
  "2100-02-28",
  "2100-03-01",
  "1999-12-31",
  "2000-01-01",
].map(isoDate);

/**
 * date-fns reads and writes local fields, so the dates given to it are local noons: no DST change
 * moves a noon to another day. A day the local clock skipped entirely (Kiritimati 1994-12-31, Apia
 * 2011-12-30) has no local noon: existsLocally says so.
 */
function localNoon(date: string): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), 12);
}
function writtenLocally(d: Date): string {
  return `${String(d.getFullYear()).padStart(4, "0")}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
function existsLocally(date: string): boolean {
  return writtenLocally(localNoon(date)) === date;
}
/** Any day from 1900 to 2100. */
const anyDay = fc.integer({ min: epochDay("1900-01-01"), max: epochDay("2100-12-31") }).map(fromEpochDay);

const calendarDate = fc.oneof(
  fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(fromEpochDay),
  fc.constantFrom(...SPECIAL_DAYS),
);

describe("the oracle itself", () => {
  it("runs in the time zone CI asked for (a zone the runtime did not know would fall back to UTC)", () => {
    const asked = process.env.TZ;
    const running = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (asked === undefined || asked === "") expect(running.length).toBeGreaterThan(0);
    else expect(running === "Etc/UTC" && asked === "UTC" ? "UTC" : running).toBe(asked);
  });

  it("round-trips known dates", () => {
    expect(epochDay("1970-01-01")).toBe(0);
    expect(fromEpochDay(epochDay("2024-02-29"))).toBe("2024-02-29");
    expect(epochDay("2024-03-01") - epochDay("2024-02-28")).toBe(2);
  });
});

describe("ageOn", () => {
  it.each([
    ["1995-06-15", "2025-06-14", 29], // day before the birthday
    ["1995-06-15", "2025-06-15", 30], // on the birthday
    ["1995-06-15", "2025-06-16", 30], // day after
    ["2000-01-01", "2017-12-31", 17],
    ["2000-01-01", "2018-01-01", 18],
    ["2000-12-31", "2018-12-30", 17],
    ["2000-12-31", "2018-12-31", 18],
    ["2000-12-31", "2019-01-01", 18],
    ["2024-05-01", "2024-05-01", 0], // the day of birth
    ["2024-05-01", "2025-04-30", 0],
    ["2024-05-01", "2025-05-01", 1],
  ])("born %s, on %s is %i", (dob, asOf, age) => {
    expect(ageOn(d(dob), d(asOf))).toBe(age);
  });

  it.each([
    // common year: the anniversary has not come on 28 Feb, it has on 1 Mar
    ["2004-02-29", "2022-02-27", 17],
    ["2004-02-29", "2022-02-28", 17],
    ["2004-02-29", "2022-03-01", 18],
    ["2004-02-29", "2005-02-28", 0],
    ["2004-02-29", "2005-03-01", 1],
    // leap year: the anniversary is 29 Feb itself
    ["2004-02-29", "2024-02-28", 19],
    ["2004-02-29", "2024-02-29", 20],
    ["2004-02-29", "2024-03-01", 20],
    // 2100 is a common year
    ["2000-02-29", "2100-02-28", 99],
    ["2000-02-29", "2100-03-01", 100],
  ])("born on 29 February %s, on %s is %i", (dob, asOf, age) => {
    expect(ageOn(d(dob), d(asOf))).toBe(age);
  });

  it.each([
    ["1994-12-31", "2012-12-30", 17], // born on Kiritimati's skipped day
    ["1994-12-31", "2012-12-31", 18],
    ["1994-12-30", "1995-12-29", 0],
    ["1994-12-30", "1995-12-30", 1],
    ["2011-12-30", "2029-12-29", 17], // born on Samoa's skipped day
    ["2011-12-30", "2029-12-30", 18],
    ["1988-04-03", "2006-04-02", 17], // St. John's double-DST day
    ["1988-04-03", "2006-04-03", 18],
    ["2006-03-10", "2024-03-09", 17], // birthday on Edmonton's spring-forward day
    ["2006-03-10", "2024-03-10", 18],
    ["2006-11-03", "2024-11-03", 18], // birthday on Edmonton's fall-back day
    ["1992-11-07", "2010-11-06", 17], // St. John's 00:01 fall-back day
    ["1992-11-07", "2010-11-07", 18],
    ["1992-03-14", "2010-03-14", 18], // St. John's 00:01 spring-forward day
  ])("born %s, on %s (a day some clock skipped or repeated) is %i", (dob, asOf, age) => {
    expect(ageOn(d(dob), d(asOf))).toBe(age);
  });

  it("counts birthdays like people do, for any pair of dates (property)", () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        const [dob, asOf] = a <= b ? [a, b] : [b, a];
        expect(ageOn(dob, asOf)).toBe(ageOracle(dob, asOf));
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with date-fns' differenceInYears (local-noon dates) in both orders, 1900 to 2100 (property)", () => {
    // ageOn is integer arithmetic on the written fields; date-fns is the reference it replaced.
    // date-fns reads local fields, so the dates are local noons (no DST change moves a noon to
    // another day); a day the local clock skipped entirely (Kiritimati 1994-12-31, Apia
    // 2011-12-30) has no local noon and is left out.
    fc.assert(
      fc.property(anyDay, anyDay, (a, b) => {
        fc.pre(existsLocally(a) && existsLocally(b));
        const expected = differenceInYears(localNoon(b), localNoon(a));
        expect(ageOn(a, b)).toBe(expected === 0 ? 0 : expected);
        expect(Object.is(ageOn(a, b), -0)).toBe(false);
      }),
      { numRuns: 20_000 },
    );
  });

  it("is one year more on each birthday and the same the day before (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: epochDay("1999-12-31") }).map(fromEpochDay),
        fc.integer({ min: 1, max: 100 }),
        (dob, years) => {
          const anniversary = addYears(dob, years);
          if (dob.endsWith("-02-29") && !anniversary.endsWith("-02-29")) {
            // 28 Feb in a common year: the birthday comes on 1 March
            expect(ageOn(dob, anniversary)).toBe(years - 1);
            expect(ageOn(dob, addDays(anniversary, 1))).toBe(years);
          } else {
            expect(ageOn(dob, anniversary)).toBe(years);
            expect(ageOn(dob, addDays(anniversary, -1))).toBe(years - 1);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("addDays", () => {
  it.each([
    ["2024-02-28", 1, "2024-02-29"],
    ["2024-02-28", 2, "2024-03-01"],
    ["2023-02-28", 1, "2023-03-01"],
    ["2024-03-01", -1, "2024-02-29"],
    ["2023-03-01", -1, "2023-02-28"],
    ["2024-12-31", 1, "2025-01-01"],
    ["2025-01-01", -1, "2024-12-31"],
    ["2024-01-31", 1, "2024-02-01"],
    ["2024-06-15", 0, "2024-06-15"],
    ["2024-01-01", 366, "2025-01-01"],
    ["2023-01-01", 365, "2024-01-01"],
    ["2025-01-01", -366, "2024-01-01"],
    ["2000-01-01", 36_525, "2100-01-01"],
    ["2100-01-01", -36_525, "2000-01-01"],
    ["1900-02-28", 1, "1900-03-01"],
    ["2100-02-28", 1, "2100-03-01"],
    ["2000-02-28", 1, "2000-02-29"],
    // Kiritimati
    ["1994-12-30", 1, "1994-12-31"],
    ["1994-12-30", 2, "1995-01-01"],
    ["1994-12-31", 1, "1995-01-01"],
    ["1995-01-01", -1, "1994-12-31"],
    ["1995-01-01", -2, "1994-12-30"],
    // Samoa
    ["2011-12-29", 1, "2011-12-30"],
    ["2011-12-29", 2, "2011-12-31"],
    ["2011-12-31", -1, "2011-12-30"],
    ["2011-12-31", -2, "2011-12-29"],
    // America/Edmonton and America/St_Johns DST changes
    ["2024-03-09", 1, "2024-03-10"],
    ["2024-03-10", 1, "2024-03-11"],
    ["2024-03-11", -1, "2024-03-10"],
    ["2024-11-02", 1, "2024-11-03"],
    ["2024-11-03", 1, "2024-11-04"],
    ["2024-11-04", -1, "2024-11-03"],
    ["2010-03-13", 1, "2010-03-14"],
    ["2010-03-14", 1, "2010-03-15"],
    ["2010-11-06", 1, "2010-11-07"],
    ["2010-11-07", -1, "2010-11-06"],
    ["1988-04-02", 1, "1988-04-03"],
    ["1988-04-03", 1, "1988-04-04"],
    ["1988-10-29", 1, "1988-10-30"],
    ["1988-10-31", -1, "1988-10-30"],
  ])("%s %+i days is %s", (from, amount, expected) => {
    expect(addDays(d(from), amount)).toBe(expected);
  });

  it("walks every day of 1994-12-01..1995-01-31 and 2011-12-01..2012-01-31 one step at a time", () => {
    for (const [start, end] of [
      ["1994-12-01", "1995-01-31"],
      ["2011-12-01", "2012-01-31"],
      ["2024-03-01", "2024-03-31"],
      ["2024-10-25", "2024-11-10"],
    ] as const) {
      let day = d(start);
      for (let k = epochDay(start); k < epochDay(end); k++) {
        const next = addDays(day, 1);
        expect(next).toBe(fromEpochDay(k + 1));
        expect(addDays(next, -1)).toBe(day);
        day = next;
      }
    }
  });

  it("matches the calendar, round-trips and agrees with daysBetween for dates in 1900-2100 (property)", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -40_000, max: 40_000 }), (date, n) => {
        const moved = addDays(date, n);
        expect(moved).toBe(fromEpochDay(epochDay(date) + n));
        expect(addDays(moved, -n)).toBe(date);
        expect(daysBetween(date, moved)).toBe(n);
        expect(daysBetween(moved, date)).toBe(0 - n);
      }),
      { numRuns: 3000 },
    );
  });

  it("round-trips on each special day for small steps", () => {
    for (const day of SPECIAL_DAYS) {
      for (let n = -3; n <= 3; n++) {
        const moved = addDays(day, n);
        expect(moved).toBe(fromEpochDay(epochDay(day) + n));
        expect(addDays(moved, -n)).toBe(day);
        expect(daysBetween(day, moved)).toBe(n);
      }
    }
  });
});

describe("addMonths", () => {
  it.each([
    ["2024-01-31", 1, "2024-02-29"], // leap February
    ["2023-01-31", 1, "2023-02-28"], // common February
    ["2024-01-30", 1, "2024-02-29"],
    ["2024-01-29", 1, "2024-02-29"],
    ["2024-01-28", 1, "2024-02-28"],
    ["2024-03-31", 1, "2024-04-30"],
    ["2024-05-31", 1, "2024-06-30"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2023-03-31", -1, "2023-02-28"],
    ["2024-08-31", -6, "2024-02-29"],
    ["2024-12-15", 1, "2025-01-15"],
    ["2025-01-15", -1, "2024-12-15"],
    ["2025-01-31", -2, "2024-11-30"],
    ["2025-03-25", 12, "2026-03-25"],
    ["2024-02-29", 12, "2025-02-28"],
    ["2024-02-29", 48, "2028-02-29"],
    ["2024-02-29", -24, "2022-02-28"],
    ["2024-02-29", 1, "2024-03-29"],
    ["2024-06-15", 0, "2024-06-15"],
    ["1994-11-30", 1, "1994-12-30"],
    ["1994-12-31", 1, "1995-01-31"],
    ["2011-11-30", 1, "2011-12-30"],
    ["2011-12-30", -1, "2011-11-30"],
    ["2000-01-31", 1_200, "2100-01-31"],
    ["2000-02-29", 1_200, "2100-02-28"],
  ])("%s %+i months is %s", (from, amount, expected) => {
    expect(addMonths(d(from), amount)).toBe(expected);
  });

  it("keeps the day of the month, or clamps it to the month's last day (property)", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -600, max: 600 }), (date, n) => {
        const moved = addMonths(date, n);
        const [y, m, day] = date.split("-").map(Number) as [number, number, number];
        const monthIndex = y * 12 + (m - 1) + n;
        const targetYear = Math.floor(monthIndex / 12);
        const targetMonth = (monthIndex % 12) + 1;
        const monthLength = new Date(Date.UTC(2000, targetMonth, 0)).getUTCDate();
        const leapFeb =
          targetMonth === 2 && ((targetYear % 4 === 0 && targetYear % 100 !== 0) || targetYear % 400 === 0);
        const length = targetMonth === 2 ? (leapFeb ? 29 : 28) : monthLength;
        const expected = `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(
          Math.min(day, length),
        ).padStart(2, "0")}`;
        expect(moved).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("addYears", () => {
  it.each([
    ["2024-02-29", 1, "2025-02-28"],
    ["2024-02-29", 4, "2028-02-29"],
    ["2024-02-29", -1, "2023-02-28"],
    ["2024-02-29", -4, "2020-02-29"],
    ["2000-02-29", 100, "2100-02-28"],
    ["2000-02-29", -100, "1900-02-28"],
    ["2000-02-29", 400, "2400-02-29"],
    ["2020-06-01", 5, "2025-06-01"],
    ["2025-03-25", -10, "2015-03-25"],
    ["2024-12-31", 1, "2025-12-31"],
    ["1994-12-31", 1, "1995-12-31"],
    ["2011-12-30", 1, "2012-12-30"],
    ["2024-06-15", 0, "2024-06-15"],
  ])("%s %+i years is %s", (from, amount, expected) => {
    expect(addYears(d(from), amount)).toBe(expected);
  });

  it("equals addMonths by twelve times as many months (property)", () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -50, max: 50 }), (date, n) => {
        expect(addYears(date, n)).toBe(addMonths(date, 12 * n));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the ends of the calendar", () => {
  it("stay IsoDates: a result before 0001-01-01 or after 9999-12-31 is an InvalidIsoDateError, never a non-date", () => {
    expect(addDays(isoDate("0001-01-02"), -1)).toBe("0001-01-01");
    expect(() => addDays(isoDate("0001-01-01"), -1)).toThrow(InvalidIsoDateError);
    expect(() => addMonths(isoDate("0001-01-31"), -1)).toThrow(InvalidIsoDateError);
    expect(() => addYears(isoDate("0001-06-01"), -1)).toThrow(InvalidIsoDateError);
    expect(addDays(isoDate("9999-12-30"), 1)).toBe("9999-12-31");
    expect(() => addDays(isoDate("9999-12-31"), 1)).toThrow(InvalidIsoDateError);
  });

  it("refuse an amount that is not a whole number with a RangeError naming it and what was given", () => {
    const day = isoDate("2024-01-01");
    expect(() => addDays(day, 1.5)).toThrow(new RangeError("amount: expected a whole number of days, got 1.5."));
    expect(() => addMonths(day, "" as unknown as number)).toThrow(
      new RangeError('amount: expected a whole number of months, got "".'),
    );
    expect(() => addYears(day, {} as unknown as number)).toThrow(
      new RangeError("amount: expected a whole number of years, got an object of type Object."),
    );
  });
});

describe("addDays, addMonths and addYears against date-fns", () => {
  // The helpers replaced date-fns; date-fns stays the reference (local-noon dates, see localNoon).
  // A day the local clock skipped is left out as input and as either side's result (date-fns moves
  // it to the next day). date-fns' addMonths also finds the target month's length by stepping to
  // its last day, and lands a day late where the clock skipped that day: such targets are left out
  // too, since the calendar, not the zone, is under test.
  const targetMonthEndExists = (date: string, months: number): boolean => {
    const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month
    return existsLocally(`${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`);
  };
  // Every leap year from 1904 to 2096 (2100 is a common year).
  const leapDay = fc.integer({ min: 0, max: 48 }).map((n) => isoDate(`${1904 + 4 * n}-02-29`));

  it.each([
    ["addDays", addDays, dfAddDays, anyDay, 20_000, 0],
    ["addMonths", addMonths, dfAddMonths, anyDay, 600, 1],
    ["addYears", addYears, dfAddYears, fc.oneof(anyDay, leapDay), 50, 12],
  ] as const)(
    "%s agrees with date-fns' function of the same name (property)",
    (_name, ours, theirs, day, range, monthsPerUnit) => {
      fc.assert(
        fc.property(day, fc.integer({ min: -range, max: range }), (date, amount) => {
          fc.pre(existsLocally(date) && (monthsPerUnit === 0 || targetMonthEndExists(date, amount * monthsPerUnit)));
          const expected = writtenLocally(theirs(localNoon(date), amount));
          const result = ours(date, amount);
          fc.pre(existsLocally(expected) && existsLocally(result));
          expect(result).toBe(expected);
        }),
        { numRuns: 20_000 },
      );
    },
  );
});

describe("daysBetween", () => {
  it.each([
    ["2024-02-28", "2024-03-01", 2],
    ["2023-02-28", "2023-03-01", 1],
    ["2024-03-01", "2024-02-28", -2],
    ["2024-06-15", "2024-06-15", 0],
    ["2024-01-01", "2025-01-01", 366],
    ["2023-01-01", "2024-01-01", 365],
    ["1994-12-30", "1995-01-01", 2],
    ["1994-12-30", "1994-12-31", 1],
    ["1994-12-31", "1995-01-01", 1],
    ["2011-12-29", "2011-12-31", 2],
    ["2011-12-29", "2011-12-30", 1],
    ["2011-12-30", "2011-12-31", 1],
    ["2024-03-09", "2024-03-11", 2],
    ["2024-03-10", "2024-03-11", 1],
    ["2024-11-03", "2024-11-04", 1],
    ["2010-03-14", "2010-03-15", 1],
    ["2010-11-06", "2010-11-07", 1],
    ["1988-04-03", "1988-10-30", 210],
    ["1900-01-01", "2100-12-31", 73_413],
  ])("from %s to %s is %i", (earlier, later, days) => {
    expect(daysBetween(d(earlier), d(later))).toBe(days);
  });

  it("matches the calendar for any two dates (property)", () => {
    fc.assert(
      fc.property(calendarDate, calendarDate, (a, b) => {
        expect(daysBetween(a, b)).toBe(epochDay(b) - epochDay(a));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("intervalDays", () => {
  it.each([
    ["2024-01-01", "2024-01-01", 1],
    ["2024-01-01", "2024-01-02", 2],
    ["2024-01-01", "2024-12-31", 366],
    ["2023-01-01", "2023-12-31", 365],
    ["2024-02-01", "2024-02-29", 29],
    ["2023-02-01", "2023-02-28", 28],
    ["1994-12-30", "1995-01-01", 3],
    ["2011-12-29", "2011-12-31", 3],
    ["2024-03-10", "2024-03-10", 1],
    ["2024-01-02", "2024-01-01", 0], // end before start
    ["2024-12-31", "2024-01-01", 0],
  ])("from %s to %s counts %i days", (start, end, days) => {
    expect(intervalDays(interval(start, end))).toBe(days);
  });
});

describe("overlapDays", () => {
  it.each([
    // touching on one shared day
    [interval("2024-01-01", "2024-01-31"), interval("2024-01-31", "2024-02-10"), 1],
    // adjacent, sharing no day
    [interval("2024-01-01", "2024-01-31"), interval("2024-02-01", "2024-02-10"), 0],
    // disjoint
    [interval("2020-01-01", "2020-06-30"), interval("2024-01-01", "2024-12-31"), 0],
    // one inside the other
    [interval("2024-01-01", "2024-12-31"), interval("2024-02-01", "2024-02-29"), 29],
    // identical
    [interval("2023-01-01", "2023-12-31"), interval("2023-01-01", "2023-12-31"), 365],
    // partial overlap across the leap day
    [interval("2024-02-01", "2024-03-10"), interval("2024-02-20", "2024-04-30"), 20],
    // across Kiritimati's skipped day
    [interval("1994-12-25", "1995-01-05"), interval("1994-12-30", "1995-01-01"), 3],
    // single days
    [interval("2024-03-10", "2024-03-10"), interval("2024-03-10", "2024-03-10"), 1],
    [interval("2024-03-10", "2024-03-10"), interval("2024-03-11", "2024-03-11"), 0],
    // an empty interval overlaps nothing
    [interval("2024-03-10", "2024-03-01"), interval("2024-01-01", "2024-12-31"), 0],
  ])("%o and %o share %i days", (a, b, days) => {
    expect(overlapDays(a, b)).toBe(days);
    expect(overlapDays(b, a)).toBe(days);
  });

  it("counts the days in both intervals, like a day-by-day count (property)", () => {
    const smallInterval = fc
      .tuple(fc.integer({ min: epochDay("2023-11-01"), max: epochDay("2024-04-30") }), fc.integer({ min: -5, max: 60 }))
      .map(([start, length]) => ({ start: fromEpochDay(start), end: fromEpochDay(start + length) }));
    fc.assert(
      fc.property(smallInterval, smallInterval, (a, b) => {
        let count = 0;
        for (let k = epochDay(a.start); k <= epochDay(a.end); k++) {
          if (k >= epochDay(b.start) && k <= epochDay(b.end)) count++;
        }
        expect(overlapDays(a, b)).toBe(count);
        expect(overlapDays(b, a)).toBe(count);
        expect(overlapDays(a, a)).toBe(intervalDays(a));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("the exported helpers check the days they are given", () => {
  const bad = ["1990-02-30", "soon", "2026-13-01"] as unknown as IsoDate[];
  it.each(bad)("names the argument that is not a day: %s", (value) => {
    const day = isoDate("2026-01-15");
    const cases: ReadonlyArray<[string, () => unknown]> = [
      ["dateOfBirth", () => api.ageOn(value, day)],
      ["date", () => api.addDays(value, 1)],
      ["date", () => api.addMonths(value, 1)],
      ["date", () => api.addYears(value, 1)],
      ["earlier", () => api.daysBetween(value, day)],
      ["later", () => api.daysBetween(day, value)],
      ["interval.start", () => api.intervalDays({ start: value, end: day })],
      ["b.end", () => api.overlapDays({ start: day, end: day }, { start: day, end: value })],
      ["testedOn", () => api.languageTestExpiresOn(value)],
      ["submittedOn", () => api.expressEntryProfileExpiry(value)],
    ];
    for (const [name, call] of cases) {
      let thrown: unknown;
      try {
        call();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(api.InvalidIsoDateError);
      const error = thrown as api.InvalidIsoDateError;
      expect(error.message.startsWith(`${name}: `)).toBe(true);
      expect(error.message).toContain(String(value));
      expect(error.value).toBe(value);
    }
  });

  it("gives the same answers as the library's own arithmetic on real days", () => {
    expect(api.ageOn(isoDate("2004-02-29"), isoDate("2022-03-01"))).toBe(18);
    expect(api.addDays(isoDate("2024-02-28"), 1)).toBe("2024-02-29");
    expect(api.addMonths(isoDate("2024-01-31"), 1)).toBe("2024-02-29");
    expect(api.addYears(isoDate("2024-02-29"), 1)).toBe("2025-02-28");
    expect(api.daysBetween(isoDate("2024-02-28"), isoDate("2024-03-01"))).toBe(2);
    expect(api.intervalDays({ start: isoDate("2024-01-01"), end: isoDate("2024-12-31") })).toBe(366);
    const jan = { start: isoDate("2024-01-01"), end: isoDate("2024-01-31") };
    expect(api.overlapDays(jan, { start: isoDate("2024-01-31"), end: isoDate("2024-02-10") })).toBe(1);
    expect(api.overlapDays(jan, { start: isoDate("2024-02-01"), end: isoDate("2024-02-10") })).toBe(0);
  });
});
