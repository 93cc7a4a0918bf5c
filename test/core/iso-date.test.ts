import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compareIsoDate,
  describeIsoDateProblem,
  InvalidIsoDateError,
  type IsoDate,
  IsoDateSchema,
  isIsoDate,
  isoDate,
  toIsoDate,
} from "../../src/index.js";

/** Independent oracle: a date is real when the proleptic Gregorian calendar (UTC) round-trips it. */
function isRealDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

const REJECTED_STRINGS = [
  "2023-02-29", // 2023 is a common year
  "2024-13-01", // no month 13
  " 2024-01-01", // leading space
  "2024-01-01 ", // trailing space
  "2024-1-01", // one-digit month
  "2024-01-1", // one-digit day
  "2024-00-10", // no month 00
  "2024-04-31", // April has 30 days
  "2024-06-31",
  "2024-09-31",
  "2024-11-31",
  "2024-01-32",
  "2024-01-00", // no day 00
  "1900-02-29", // 1900 is divisible by 100 but not by 400
  "2100-02-29",
  "2024/01/01",
  "20240101",
  "2024-01-01T00:00:00Z",
  "2024-01-01T00:00",
  "24-01-01",
  "+2024-01-01",
  "-2024-01-01",
  "０２０２４-01-01",
  "2024-０1-01", // full-width digit
  "2024-01-01\n",
  "",
  "not a date",
];

const ACCEPTED_STRINGS = [
  "2024-02-29", // leap year
  "2000-02-29", // divisible by 400
  "1996-02-29",
  "2023-02-28",
  "2024-01-01",
  "2024-12-31",
  "2024-04-30",
  "2024-01-31",
  "1994-12-31", // skipped in Kiritimati's local time, still a calendar day
  "2011-12-30", // skipped in Samoa's local time, still a calendar day
  "1900-03-01",
  "9999-12-31",
];

const NON_STRINGS: unknown[] = [
  undefined,
  null,
  20240101,
  Number.NaN,
  true,
  {},
  [],
  ["2024-01-01"],
  new Date(2024, 0, 1),
  new String("2024-01-01"),
  Symbol("2024-01-01"),
  10n,
  () => "2024-01-01",
];

describe("isIsoDate", () => {
  it.each(REJECTED_STRINGS)("rejects %j", (value) => {
    expect(isIsoDate(value)).toBe(false);
  });

  it.each(ACCEPTED_STRINGS)("accepts %j", (value) => {
    expect(isIsoDate(value)).toBe(true);
  });

  it.each(NON_STRINGS.map((value) => [Object.prototype.toString.call(value), value]))(
    "rejects the non-string %s",
    (_label, value) => {
      expect(isIsoDate(value)).toBe(false);
    },
  );

  it("agrees with the Gregorian calendar for every YYYY-MM-DD made of in-range and out-of-range parts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (year, month, day) => {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect(isIsoDate(text)).toBe(isRealDate(year, month, day));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("knows the leap years of four centuries (29 February exists exactly in leap years)", () => {
    for (let year = 1600; year <= 2400; year++) {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      expect(isIsoDate(`${year}-02-29`)).toBe(leap);
    }
  });

  it("knows the length of every month of 2023 and 2024", () => {
    const lengths2023 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (const [year, lengths] of [
      [2023, lengths2023],
      [2024, lengths2023.map((n, i) => (i === 1 ? 29 : n))],
    ] as const) {
      lengths.forEach((length, index) => {
        const month = pad(index + 1, 2);
        expect(isIsoDate(`${year}-${month}-${pad(length, 2)}`)).toBe(true);
        expect(isIsoDate(`${year}-${month}-${pad(length + 1, 2)}`)).toBe(false);
      });
    }
  });
});

describe("isoDate", () => {
  it("returns a valid literal unchanged", () => {
    expect(isoDate("2024-02-29")).toBe("2024-02-29");
    expect(isoDate("2000-02-29")).toBe("2000-02-29");
  });

  it.each(REJECTED_STRINGS)("throws InvalidIsoDateError on %j", (value) => {
    let caught: unknown;
    try {
      isoDate(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidIsoDateError);
    expect(caught).toBeInstanceOf(TypeError);
    const error = caught as InvalidIsoDateError;
    expect(error.name).toBe("InvalidIsoDateError");
    expect(error.value).toBe(value);
    expect(error.message).toBe(describeIsoDateProblem(value));
  });

  it("throws on a non-string smuggled past the types", () => {
    expect(() => isoDate(20240101 as unknown as string)).toThrow(InvalidIsoDateError);
    expect(() => isoDate(null as unknown as string)).toThrow(InvalidIsoDateError);
  });
});

describe("describeIsoDateProblem", () => {
  it("is undefined for a real date", () => {
    expect(describeIsoDateProblem("2024-02-29")).toBeUndefined();
  });

  it("names the day that does not exist", () => {
    const message = describeIsoDateProblem("2023-02-29");
    expect(message).toContain("2023-02-29");
    expect(message).toContain("29");
  });

  it("names the month that does not exist", () => {
    expect(describeIsoDateProblem("2024-13-01")).toContain("13");
    expect(describeIsoDateProblem("2024-00-10")).toContain("00");
  });

  it("shows the badly written value and the expected form", () => {
    const message = describeIsoDateProblem(" 2024-01-01");
    expect(message).toContain('" 2024-01-01"');
    expect(message).toContain("YYYY-MM-DD");
  });

  it("rejects year 0000 without blaming the day of the month", () => {
    expect(isIsoDate("0000-01-01")).toBe(false);
    const message = describeIsoDateProblem("0000-01-01");
    expect(message).toContain("0000");
    // 1 January exists in every year; the problem is the year, not "no day 01"
    expect(message).not.toContain("no day 01");
  });

  it("says what a non-string was", () => {
    expect(describeIsoDateProblem(null)).toContain("null");
    expect(describeIsoDateProblem(42)).toContain("number");
    expect(describeIsoDateProblem(undefined)).toContain("undefined");
  });
});

describe("IsoDateSchema", () => {
  it("accepts real dates and rejects the others", () => {
    for (const value of ACCEPTED_STRINGS) expect(IsoDateSchema.safeParse(value).success).toBe(true);
    for (const value of [...REJECTED_STRINGS, ...NON_STRINGS]) {
      expect(IsoDateSchema.safeParse(value).success).toBe(false);
    }
  });

  it("reports a calendar problem as a custom issue whose code is invalid_date", () => {
    const result = IsoDateSchema.safeParse("2023-02-29");
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe("custom");
    expect((issue as { params?: { code?: string } } | undefined)?.params?.code).toBe("invalid_date");
    expect(issue?.message).toBe(describeIsoDateProblem("2023-02-29"));
  });

  it("returns the very string it was given", () => {
    expect(IsoDateSchema.parse("2000-02-29")).toBe("2000-02-29");
  });
});

describe("toIsoDate", () => {
  it("reads a Date on the local calendar, whatever the time zone", () => {
    expect(toIsoDate(new Date(2025, 2, 25))).toBe("2025-03-25");
    expect(toIsoDate(new Date(2024, 1, 29))).toBe("2024-02-29");
    expect(toIsoDate(new Date(2024, 11, 31, 23, 59, 59, 999))).toBe("2024-12-31");
    expect(toIsoDate(new Date(2025, 0, 1, 12))).toBe("2025-01-01");
  });

  it("pads years before 1000", () => {
    const d = new Date(2000, 5, 15, 12);
    d.setFullYear(987);
    expect(toIsoDate(d)).toBe("0987-06-15");
  });

  it("returns an IsoDate unchanged", () => {
    expect(toIsoDate(isoDate("2025-03-25"))).toBe("2025-03-25");
  });

  it("throws InvalidIsoDateError on an Invalid Date and on a string that is not a date", () => {
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(InvalidIsoDateError);
    expect(() => toIsoDate("2023-02-29" as IsoDate)).toThrow(InvalidIsoDateError);
  });

  it.each([
    [undefined, "Expected an ISO date string or a Date, got undefined."],
    [null, "Expected an ISO date string or a Date, got null."],
    [42, "Expected an ISO date string or a Date, got number 42."],
    [{}, "Expected an ISO date string or a Date, got an object."],
    [[], "Expected an ISO date string or a Date, got an array."],
  ])("throws InvalidIsoDateError, saying what it got, for %o", (value, text) => {
    expect(() => toIsoDate(value as never)).toThrow(new InvalidIsoDateError(value, text));
  });

  it("gives the local calendar day of any instant (checked against the Date's own local fields)", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }),
        (date) => {
          const expected = `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
          expect(toIsoDate(date)).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("compareIsoDate", () => {
  it("orders dates by the calendar", () => {
    const a = isoDate("2023-12-31");
    const b = isoDate("2024-03-01");
    expect(compareIsoDate(a, b)).toBeLessThan(0);
    expect(compareIsoDate(b, a)).toBeGreaterThan(0);
    expect(compareIsoDate(a, isoDate("2023-12-31"))).toBe(0);
    expect(["2024-03-01", "2023-12-31", "2024-02-29", "1999-01-01"].map(isoDate).sort(compareIsoDate)).toEqual([
      "1999-01-01",
      "2023-12-31",
      "2024-02-29",
      "2024-03-01",
    ]);
  });

  it("refuses what is not a day, naming the argument, rather than compare text", () => {
    const day = isoDate("2024-01-01");
    expect(() => compareIsoDate(undefined as unknown as IsoDate, day)).toThrow(
      new InvalidIsoDateError(undefined, "a: Expected a date written YYYY-MM-DD, got undefined."),
    );
    expect(() => compareIsoDate(day, "2024-02-30" as IsoDate)).toThrow(/^b: 2024-02-30 is not a day of the calendar/);
  });
});
