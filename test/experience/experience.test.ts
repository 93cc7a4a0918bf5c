import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears } from "../../src/core/calendar.js";
import { type IsoDate, isoDate } from "../../src/core/iso-date.js";
import { message } from "../../src/core/message.js";
import {
  continuousExperience,
  experienceByOccupation,
  FULL_TIME_HOURS_PER_WEEK,
  fullTimeEquivalentHours,
  fullTimeHours,
  HOURS_PER_YEAR,
  isSkilledOccupationOn,
  skilledWorkExperience,
  WORK_EXPERIENCE_SOURCES,
} from "../../src/experience/index.js";
import type { WorkExperience } from "../../src/models/work-experience.js";
import { job } from "../fixtures/federal/builders.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { frenchOf, reasonOf } from "../fixtures/messages.js";

// Conversion used throughout (see src/experience/full-time-equivalent.ts): a calendar month of
// full-time work is 1,560 / 12 = 130 h, a day is its share of its month (1/31, 1/30, 1/28 of
// 130 h; February always counts 28 days). So 12 calendar months at >= 30 h/week = 1,560 h exactly.

const d = isoDate;
const ASOF = d("2026-01-01");

/** A Canadian job that counts on every Canadian test: skilled (21231, TEER 1) in Alberta, authorised employee, not a student. */
const canadian = (from: string, to: string | undefined, hoursPerWeek = 40, extra: Partial<WorkExperience> = {}) =>
  job("21231", "CA", from, to, hoursPerWeek, { province: "AB", ...extra });

/** A foreign job: skilled (21231) in India. */
const foreign = (from: string, to: string | undefined, hoursPerWeek = 40, extra: Partial<WorkExperience> = {}) =>
  job("21231", "IN", from, to, hoursPerWeek, extra);

/** A Canadian job with the three Canadian-only questions left unanswered. */
function unanswered(job: WorkExperience): WorkExperience {
  const { authorized: _a, engagement: _e, fullTimeStudent: _s, ...rest } = job;
  return rest;
}

describe("constants", () => {
  it("a year is 1,560 hours and full time is 30 hours a week (30 h × 52 weeks = 1,560)", () => {
    expect(HOURS_PER_YEAR).toBe(1560);
    expect(FULL_TIME_HOURS_PER_WEEK).toBe(30);
    expect(FULL_TIME_HOURS_PER_WEEK * 52).toBe(HOURS_PER_YEAR);
  });

  it("cites IRCC pages", () => {
    for (const source of Object.values(WORK_EXPERIENCE_SOURCES)) {
      expect(source.url).toMatch(/^https:\/\/www\.canada\.ca\/en\/immigration-refugees-citizenship\//);
      expect(source.title.length).toBeGreaterThan(10);
    }
  });
});

describe("skilledWorkExperience and experienceByOccupation refuse a job that is not one, naming it", () => {
  const loose = (value: unknown): never => value as never;
  const asOf = isoDate("2026-11-25");
  const good = job("21231", "CA", "2020-01-01", "2022-12-31");
  it.each([
    ["an entry that is no object", [good, "x"], /^workHistory\[1\]: expected a job \(an object\), got "x"\.$/],
    ["null for a job", [null], /^workHistory\[0\]: expected a job \(an object\), got null\.$/],
    [
      "hours given as text",
      [{ ...good, hoursPerWeek: "40" }],
      /^workHistory\[0\]\.hoursPerWeek: expected a finite number of hours a week, got "40"\.$/,
    ],
    [
      "hours that are not a number",
      [{ ...good, hoursPerWeek: Number.NaN }],
      /^workHistory\[0\]\.hoursPerWeek: expected a finite number of hours a week, got NaN\.$/,
    ],
  ])("%s", (_name, history, error) => {
    expect(() => skilledWorkExperience(loose(history), { asOf })).toThrow(error);
    expect(() => experienceByOccupation(loose(history), { asOf })).toThrow(error);
    expect(() => continuousExperience(loose(history), { asOf })).toThrow(error);
  });

  it("names the path it was given, and an occupation that is no code", () => {
    expect(() => skilledWorkExperience(loose([null]), { asOf, path: "spouse.workHistory" })).toThrow(
      /^spouse\.workHistory\[0\]: expected a job/,
    );
    expect(() => skilledWorkExperience([good], { asOf, noc: loose(5) })).toThrow(
      /^options\.noc: expected a NOC code or a list of codes, got 5\.$/,
    );
    expect(skilledWorkExperience([good], { asOf, noc: ["21231"] }).hours).toBeGreaterThan(0);
  });
});

describe("fullTimeHours and fullTimeEquivalentHours refuse what is not a day or a number, naming it", () => {
  const loose = (value: unknown): never => value as never;
  it.each([
    [
      "a day that does not exist",
      () => fullTimeHours(loose({ start: "2024-02-30", end: "2024-03-01" })),
      /^interval\.start: 2024-02-30 is not a day of the calendar/,
    ],
    ["no interval", () => fullTimeHours(loose(null)), /^interval: expected \{ start, end \}, got null\.$/],
    [
      "a period's end left out",
      () => fullTimeEquivalentHours(loose([{ start: "2024-01-01", hoursPerWeek: 40 }])),
      /^periods\[0\]\.end: Expected a date written YYYY-MM-DD, got undefined\.$/,
    ],
    [
      "hours given as text",
      () => fullTimeEquivalentHours(loose([{ start: "2024-01-01", end: "2024-12-31", hoursPerWeek: "40" }])),
      /^periods\[0\]\.hoursPerWeek: expected a finite number, got "40"\.$/,
    ],
    [
      "infinite hours (1e308 counts as full time; Infinity is no number of hours)",
      () =>
        fullTimeEquivalentHours([{ start: isoDate("2024-01-01"), end: isoDate("2024-12-31"), hoursPerWeek: Infinity }]),
      /^periods\[0\]\.hoursPerWeek: expected a finite number, got Infinity\.$/,
    ],
    [
      "a window that is not an interval",
      () => fullTimeEquivalentHours([], loose("abc")),
      /^window: expected \{ start, end \}, got "abc"\.$/,
    ],
    ["periods that are not a list", () => fullTimeEquivalentHours(loose(null)), /^periods: expected a list/],
  ])("%s", (_name, call, error) => {
    expect(call).toThrow(error);
  });
});

describe("fullTimeHours: calendar time to full-time hours", () => {
  it("12 calendar months from any day are 1,560 h, leap day or not", () => {
    expect(fullTimeHours({ start: d("2024-01-01"), end: d("2024-12-31") })).toBe(1560); // 366 days
    expect(fullTimeHours({ start: d("2023-01-01"), end: d("2023-12-31") })).toBe(1560); // 365 days
    expect(fullTimeHours({ start: d("2024-03-15"), end: d("2025-03-14") })).toBe(1560);
    // addMonths(2024-02-29, 12) = 2025-02-28, so 12 months end on 2025-02-27
    expect(fullTimeHours({ start: d("2024-02-29"), end: d("2025-02-27") })).toBe(1560);
    expect(fullTimeHours({ start: d("2023-02-15"), end: d("2024-02-14") })).toBe(1560);
  });

  it("one day less is less: 2024-03-15..2025-03-13 = 1,560 − 130/31 (a March day) = 1,555.806452", () => {
    expect(fullTimeHours({ start: d("2024-03-15"), end: d("2025-03-13") })).toBe(1555.806452);
    // from 29 February: 2024-02-29..2025-02-26 = 1,560 − 130/28 (a February day) = 1,555.357143
    expect(fullTimeHours({ start: d("2024-02-29"), end: d("2025-02-26") })).toBe(1555.357143);
  });

  it("the documented exception: 29 February to 27 February four years later counts 4 whole years", () => {
    // addMonths(2020-02-29, 48) = 2024-02-29, so 4 calendar years end on 2024-02-28; read year by
    // year (29 Feb + 1 year = 28 Feb) they end on 2024-02-27. 28 February 2024 earns nothing itself.
    expect(fullTimeHours({ start: d("2020-02-29"), end: d("2024-02-28") })).toBe(4 * 1560);
    expect(fullTimeHours({ start: d("2020-02-29"), end: d("2024-02-27") })).toBe(4 * 1560);
    expect(fullTimeHours({ start: d("2024-02-28"), end: d("2024-02-28") })).toBe(0);
    expect(fullTimeHours({ start: d("2024-02-28"), end: d("2024-02-29") })).toBe(4.642857); // one February day: 130/28 h, to a millionth
  });

  it("an empty interval is 0 h", () => {
    expect(fullTimeHours({ start: d("2024-03-15"), end: d("2024-03-14") })).toBe(0);
  });

  it("the worked examples of fullTimeEquivalentHours", () => {
    const year = { start: d("2023-01-01"), end: d("2023-12-31") };
    expect(fullTimeEquivalentHours([{ ...year, hoursPerWeek: 40 }])).toBe(1560);
    expect(
      fullTimeEquivalentHours([
        { ...year, hoursPerWeek: 20 },
        { ...year, hoursPerWeek: 20 },
      ]),
    ).toBe(1560);
    // 15/30 of 1,560
    expect(fullTimeEquivalentHours([{ ...year, hoursPerWeek: 15 }])).toBe(780);
    // the window keeps July–December 2023: 6 months × 130 h
    expect(
      fullTimeEquivalentHours([{ ...year, hoursPerWeek: 40 }], { start: d("2023-07-01"), end: d("2024-06-30") }),
    ).toBe(780);
  });

  it("hours a week that add up to 30 in floating point are full time (10.1 + 19.9)", () => {
    const year = { start: d("2023-01-01"), end: d("2023-12-31") };
    expect(
      fullTimeEquivalentHours([
        { ...year, hoursPerWeek: 10.1 },
        { ...year, hoursPerWeek: 19.9 },
      ]),
    ).toBe(1560);
  });
});

describe("skilledWorkExperience: worked examples (asOf 2026-01-01)", () => {
  it("exactly 12 months full time = 1,560 h = 1 year", () => {
    // 2024-01-01..2024-12-31 at 30 h/week: 12 × 130 h = 1,560 h → floor(1560 / 1560) = 1
    const e = skilledWorkExperience([canadian("2024-01-01", "2024-12-31", 30)], { asOf: ASOF });
    expect(e).toMatchObject({ hours: 1560, possibleHours: 1560, years: 1, possibleYears: 1, missing: [] });
  });

  it("one day less is under a year", () => {
    // 2024-01-01..2024-12-30: 1,560 − 130/31 (one December day) = 1,555.806452 h → 0 years
    const e = skilledWorkExperience([canadian("2024-01-01", "2024-12-30", 30)], { asOf: ASOF });
    expect(e.hours).toBe(1555.806452);
    expect(e.years).toBe(0);
  });

  it("exactly 1,560 h counts as a year; 1,559 h does not", () => {
    // 12 months at 1,559/52 h/week: 12 × 130 × (1,559/52)/30 = 1,559 h
    const e = skilledWorkExperience([canadian("2024-01-01", "2024-12-31", 1559 / 52)], { asOf: ASOF });
    expect(e.hours).toBeCloseTo(1559, 5);
    expect(e.years).toBe(0);
    // 12 months at 30 h/week: 1,560 h
    expect(skilledWorkExperience([canadian("2024-01-01", "2024-12-31", 30)], { asOf: ASOF }).years).toBe(1);
  });

  it("40 h/week counts as 30", () => {
    // min(40, 30)/30 = 1 → 12 × 130 = 1,560 h, not 12 × 130 × 40/30 = 2,080
    const e = skilledWorkExperience([canadian("2024-01-01", "2024-12-31", 40)], { asOf: ASOF });
    expect(e.hours).toBe(1560);
  });

  it("15 h/week for 24 months = 1 year", () => {
    // 24 × 130 × 15/30 = 1,560 h
    const e = skilledWorkExperience([canadian("2024-01-01", "2025-12-31", 15)], { asOf: ASOF });
    expect(e).toMatchObject({ hours: 1560, years: 1 });
  });

  it("two overlapping 20 h/week jobs are full time for the overlap, not more", () => {
    // A: 2024-01..2024-12 at 20; B: 2024-07..2025-06 at 20.
    // Jan–Jun 2024: A alone, 6 × 130 × 20/30 = 520; Jul–Dec 2024: 40 → 30, 6 × 130 = 780;
    // Jan–Jun 2025: B alone, 520. Total 1,820 h (not 1,040 + 1,040 = 2,080).
    const e = skilledWorkExperience(
      [canadian("2024-01-01", "2024-12-31", 20), canadian("2024-07-01", "2025-06-30", 20)],
      { asOf: ASOF },
    );
    expect(e.hours).toBe(1820);
    expect(e.years).toBe(1);
  });

  it("three overlapping full-time jobs are full time", () => {
    // 3 × 40 h/week over the same 12 months → capped at 30 → 1,560 h
    const jobs = [0, 1, 2].map(() => canadian("2024-01-01", "2024-12-31", 40));
    expect(skilledWorkExperience(jobs, { asOf: ASOF }).hours).toBe(1560);
  });

  it("an open-ended job runs through the day before asOf", () => {
    // from 2025-01-01, no `to`, asOf 2026-01-01 → 2025-01-01..2025-12-31 = 1,560 h
    const job = canadian("2025-01-01", undefined, 40);
    const e = skilledWorkExperience([job], { asOf: ASOF });
    expect(e).toMatchObject({ hours: 1560, years: 1 });
    expect(e.jobs[0]?.counted).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    // asOf one day earlier: 2025-01-01..2025-12-30 = 1,560 − 130/31 → 0 years
    expect(skilledWorkExperience([job], { asOf: d("2025-12-31") }).years).toBe(0);
  });

  it("12 months ending the day before asOf count", () => {
    // asOf 2026-01-01, job 2025-01-01..2025-12-31
    const e = skilledWorkExperience([canadian("2025-01-01", "2025-12-31")], { asOf: ASOF, withinYears: 1 });
    expect(e).toMatchObject({ hours: 1560, years: 1 });
  });

  it("days on or after asOf never count; a job starting after asOf contributes nothing", () => {
    // 2025-01-01..2026-12-31 is cut at 2025-12-31 → 1,560 h
    expect(skilledWorkExperience([canadian("2025-01-01", "2026-12-31")], { asOf: ASOF }).hours).toBe(1560);
    const future = skilledWorkExperience([canadian("2026-02-01", undefined)], { asOf: ASOF });
    expect(future).toMatchObject({ hours: 0, possibleHours: 0, years: 0, missing: [] });
    expect(future.jobs[0]?.counts).toBe("fail");
    // a job starting on asOf: nothing either
    expect(skilledWorkExperience([canadian("2026-01-01", undefined)], { asOf: ASOF }).hours).toBe(0);
  });

  it("a window of 3, 5 or 10 years cuts a job at the window start", () => {
    // full time 2010-01-01..2025-12-31; window = addYears(asOf, −N)..2025-12-31 = N × 1,560 h
    const job = [canadian("2010-01-01", "2025-12-31")];
    expect(skilledWorkExperience(job, { asOf: ASOF, withinYears: 3 })).toMatchObject({
      hours: 4680,
      years: 3,
      window: { start: "2023-01-01", end: "2025-12-31" },
    });
    expect(skilledWorkExperience(job, { asOf: ASOF, withinYears: 5 })).toMatchObject({ hours: 7800, years: 5 });
    expect(skilledWorkExperience(job, { asOf: ASOF, withinYears: 10 })).toMatchObject({ hours: 15600, years: 10 });
    // no window: all 16 years, 16 × 1,560 = 24,960 h
    expect(skilledWorkExperience(job, { asOf: ASOF })).toMatchObject({ hours: 24960, years: 16 });
    // a job starting in the middle of a month before the window: 2022-07-15.. cut at 2023-01-01 → 3 years
    expect(skilledWorkExperience([canadian("2022-07-15", undefined)], { asOf: ASOF, withinYears: 3 }).hours).toBe(4680);
  });

  it("a window that ends on 29 February: the 3 years before 2024-03-01 are 3 × 1,560 h", () => {
    const e = skilledWorkExperience([canadian("2015-01-01", undefined)], { asOf: d("2024-03-01"), withinYears: 3 });
    expect(e.window).toEqual({ start: "2021-03-01", end: "2024-02-29" });
    expect(e.hours).toBe(4680);
  });

  it("a TEER 4 job is not counted", () => {
    // 64100 Retail salespersons, TEER 4
    const e = skilledWorkExperience([canadian("2024-01-01", "2024-12-31", 40, { noc: "64100" })], { asOf: ASOF });
    expect(e).toMatchObject({ hours: 0, possibleHours: 0, missing: [] });
    expect(e.jobs[0]?.counts).toBe("fail");
    expect(e.jobs.map(reasonOf)).toEqual([
      "NOC 2021 64100 (TEER 4) is not skilled work (TEER 0, 1, 2 or 3). Only skilled work counts.",
    ]);
  });

  it("a NOC 2016 job (2174, skill level A) counts, before and after the NOC 2021 switch", () => {
    const job = foreign("2019-01-01", "2019-12-31", 40, { noc: "2174" });
    // after 2022-11-16: 2174 → 21230, 21232, 21234, all TEER 1
    expect(skilledWorkExperience([job], { asOf: ASOF }).hours).toBe(1560);
    // before: 2174 is skill level A
    expect(skilledWorkExperience([job], { asOf: d("2021-01-01") }).hours).toBe(1560);
  });

  it("the classification in force on asOf decides: 7511 truck drivers (C) count from 2022-11-16 as 73300 (TEER 3)", () => {
    const job = foreign("2019-01-01", "2019-12-31", 40, { noc: "7511" });
    expect(skilledWorkExperience([job], { asOf: d("2022-11-15") }).hours).toBe(0);
    expect(skilledWorkExperience([job], { asOf: d("2022-11-16") }).hours).toBe(1560);
    // and a NOC 2021 code before the switch is judged by its NOC 2016 predecessor
    const job2021 = foreign("2019-01-01", "2019-12-31", 40, { noc: "73300" });
    expect(skilledWorkExperience([job2021], { asOf: d("2022-11-15") }).hours).toBe(0);
  });

  it("a NOC 2016 code split into skilled and unskilled NOC 2021 groups is unknown, asking for the code", () => {
    // 5232 Other performers (B) → 53121 (TEER 3) and 55109 (TEER 5)
    const e = skilledWorkExperience([foreign("2024-01-01", "2024-12-31", 40, { noc: "5232" })], { asOf: ASOF });
    expect(e).toMatchObject({
      hours: 0,
      possibleHours: 1560,
      years: 0,
      possibleYears: 1,
      missing: ["workHistory[0].noc"],
    });
    expect(isSkilledOccupationOn("5232", ASOF)).toBeUndefined();
  });

  it("a NOC code the catalogue does not know is unknown, not dropped", () => {
    const e = skilledWorkExperience([foreign("2024-01-01", "2024-12-31", 40, { noc: "99999" })], { asOf: ASOF });
    expect(e).toMatchObject({ hours: 0, possibleHours: 1560, missing: ["workHistory[0].noc"] });
    expect(e.jobs[0]?.counts).toBe("unknown");
  });

  it("a Canadian job with `authorized` missing: the lower bound leaves it out, the upper bound counts it", () => {
    const { authorized: _, ...job } = canadian("2024-01-01", "2024-12-31");
    const e = skilledWorkExperience([job], { asOf: ASOF, where: "canadian" });
    expect(e).toMatchObject({
      hours: 0,
      possibleHours: 1560,
      years: 0,
      possibleYears: 1,
      missing: ["workHistory[0].authorized"],
    });
    expect(e.jobs[0]).toMatchObject({ counts: "unknown", missing: ["workHistory[0].authorized"] });
  });

  it("all three Canadian questions unanswered: all three paths, under the given path prefix", () => {
    const e = skilledWorkExperience([unanswered(canadian("2024-01-01", "2024-12-31"))], {
      asOf: ASOF,
      path: "spouse.workHistory",
    });
    expect(e.missing).toEqual([
      "spouse.workHistory[0].authorized",
      "spouse.workHistory[0].engagement",
      "spouse.workHistory[0].fullTimeStudent",
    ]);
  });

  it("an answer that already excludes a job wins over missing ones", () => {
    const job = { ...unanswered(canadian("2024-01-01", "2024-12-31")), engagement: "self-employed" as const };
    const e = skilledWorkExperience([job], { asOf: ASOF });
    expect(e).toMatchObject({ hours: 0, possibleHours: 0, missing: [] });
  });

  it("self-employment and independent contracting in Canada are excluded; a temporary agency's employee counts", () => {
    const selfEmployed = canadian("2024-01-01", "2024-12-31", 40, { engagement: "self-employed" });
    const contractor = canadian("2024-01-01", "2024-12-31", 40, { engagement: "independent-contractor" });
    const agency = canadian("2024-01-01", "2024-12-31", 40, { engagement: "temporary-agency" });
    expect(skilledWorkExperience([selfEmployed], { asOf: ASOF })).toMatchObject({ hours: 0, possibleHours: 0 });
    expect(skilledWorkExperience([contractor], { asOf: ASOF })).toMatchObject({ hours: 0, possibleHours: 0 });
    expect(skilledWorkExperience([agency], { asOf: ASOF }).hours).toBe(1560);
    expect(skilledWorkExperience([selfEmployed], { asOf: ASOF }).jobs[0]?.source).toBe(
      WORK_EXPERIENCE_SOURCES.ministerialInstructions,
    );
  });

  it("work in Canada while a full-time student, or unauthorised, is excluded", () => {
    const student = canadian("2024-01-01", "2024-12-31", 20, { fullTimeStudent: true });
    const unauthorised = canadian("2024-01-01", "2024-12-31", 40, { authorized: false });
    expect(skilledWorkExperience([student], { asOf: ASOF })).toMatchObject({ hours: 0, possibleHours: 0 });
    expect(skilledWorkExperience([unauthorised], { asOf: ASOF })).toMatchObject({ hours: 0, possibleHours: 0 });
  });

  it("foreign work counts when self-employed or while a full-time student, and needs no Canadian answers", () => {
    const jobs = [
      foreign("2022-01-01", "2022-12-31", 40, { engagement: "self-employed" }),
      foreign("2023-01-01", "2023-12-31", 40, { fullTimeStudent: true }),
      foreign("2024-01-01", "2024-12-31", 40),
    ];
    expect(skilledWorkExperience(jobs, { asOf: ASOF, where: "foreign" })).toMatchObject({
      hours: 4680,
      years: 3,
      missing: [],
    });
  });

  it("unpaid work counts nowhere; paid, or paid left out (read as paid), counts", () => {
    const unpaid = [
      canadian("2024-01-01", "2024-12-31", 40, { paid: false }),
      foreign("2022-01-01", "2022-12-31", 40, { paid: false }),
    ];
    expect(skilledWorkExperience(unpaid, { asOf: ASOF })).toMatchObject({ hours: 0, possibleHours: 0, missing: [] });
    expect(skilledWorkExperience(unpaid, { asOf: ASOF }).jobs[0]?.source).toBe(
      WORK_EXPERIENCE_SOURCES.federalSkilledWorker,
    );
    expect(skilledWorkExperience([foreign("2022-01-01", "2022-12-31", 40, { paid: true })], { asOf: ASOF }).hours).toBe(
      1560,
    );
    expect(skilledWorkExperience([foreign("2022-01-01", "2022-12-31", 40)], { asOf: ASOF }).hours).toBe(1560);
  });

  it("where: canadian / foreign / any", () => {
    const jobs = [canadian("2024-01-01", "2024-12-31"), foreign("2022-01-01", "2023-12-31")];
    expect(skilledWorkExperience(jobs, { asOf: ASOF, where: "canadian" }).years).toBe(1);
    expect(skilledWorkExperience(jobs, { asOf: ASOF, where: "foreign" }).years).toBe(2);
    expect(skilledWorkExperience(jobs, { asOf: ASOF }).years).toBe(3);
  });

  it("noc: only work in that occupation (or those)", () => {
    const jobs = [canadian("2024-01-01", "2024-12-31"), canadian("2023-01-01", "2023-12-31", 40, { noc: "13100" })];
    expect(skilledWorkExperience(jobs, { asOf: ASOF, noc: "21231" }).hours).toBe(1560);
    expect(skilledWorkExperience(jobs, { asOf: ASOF, noc: ["21231", "13100"] }).hours).toBe(3120);
    expect(skilledWorkExperience(jobs, { asOf: ASOF, noc: "00013" }).hours).toBe(0);
  });

  it("undefined work history is unknown; an empty one is zero, certain", () => {
    expect(skilledWorkExperience(undefined, { asOf: ASOF, withinYears: 3 })).toEqual({
      hours: 0,
      possibleHours: 4680,
      years: 0,
      possibleYears: 3,
      missing: ["workHistory"],
      window: { start: "2023-01-01", end: "2025-12-31" },
      jobs: [],
    });
    expect(skilledWorkExperience(undefined, { asOf: ASOF })).toMatchObject({
      possibleHours: Number.POSITIVE_INFINITY,
      possibleYears: Number.POSITIVE_INFINITY,
      missing: ["workHistory"],
    });
    expect(skilledWorkExperience([], { asOf: ASOF, withinYears: 3 })).toEqual({
      hours: 0,
      possibleHours: 0,
      years: 0,
      possibleYears: 0,
      missing: [],
      window: { start: "2023-01-01", end: "2025-12-31" },
      jobs: [],
    });
  });

  it("missing is empty when the open questions cannot change the hours", () => {
    // the 3-year window is already full time from a certain job
    const jobs = [canadian("2020-01-01", undefined), unanswered(canadian("2024-01-01", "2024-12-31"))];
    const e = skilledWorkExperience(jobs, { asOf: ASOF, withinYears: 3 });
    expect(e).toMatchObject({ hours: 4680, possibleHours: 4680, missing: [] });
    expect(e.jobs[1]?.counts).toBe("unknown");
    // an open job whose days are all full time already is not asked about; one that could add is
    const { fullTimeStudent: _, ...studentUnanswered } = canadian("2023-01-01", "2023-12-31"); // could add 2023
    const mixed = skilledWorkExperience(
      [
        canadian("2024-01-01", "2024-12-31"),
        unanswered(canadian("2024-03-01", "2024-05-31")), // inside the certain full-time year
        studentUnanswered,
      ],
      { asOf: ASOF, withinYears: 3 },
    );
    expect(mixed).toMatchObject({ hours: 1560, possibleHours: 3120, missing: ["workHistory[2].fullTimeStudent"] });
    // jobs outside the window ask nothing
    const old = skilledWorkExperience([unanswered(canadian("2005-01-01", "2005-12-31"))], {
      asOf: ASOF,
      withinYears: 10,
    });
    expect(old).toMatchObject({ hours: 0, possibleHours: 0, missing: [] });
  });

  it("rejects a withinYears that is not a positive whole number", () => {
    expect(() => skilledWorkExperience([], { asOf: ASOF, withinYears: 0 })).toThrow(RangeError);
    expect(() => skilledWorkExperience([], { asOf: ASOF, withinYears: 2.5 })).toThrow(RangeError);
  });
});

describe("experienceByOccupation", () => {
  it("totals per NOC code, most experience first", () => {
    const jobs = [
      canadian("2024-01-01", "2024-12-31", 40, { noc: "13100" }),
      foreign("2020-01-01", "2022-12-31"),
      unanswered(canadian("2025-01-01", "2025-12-31", 40, { noc: "13100" })),
      canadian("2023-01-01", "2023-12-31", 40, { noc: "64100" }),
    ];
    const { occupations, missing } = experienceByOccupation(jobs, { asOf: ASOF, withinYears: 10 });
    expect(occupations.map((o) => [o.noc, o.hours, o.possibleHours])).toEqual([
      ["21231", 4680, 4680], // 3 years abroad
      ["13100", 1560, 3120], // one certain year in Canada, one more if answered
      ["64100", 0, 0], // TEER 4
    ]);
    expect(missing).toEqual([
      "workHistory[2].authorized",
      "workHistory[2].engagement",
      "workHistory[2].fullTimeStudent",
    ]);
  });

  it("across NOC versions: a one-to-one pair is one occupation, a split pair one only possibly", () => {
    // StatCan concordance: 7511 -> 73300 (transport truck drivers) one-to-one; 2173 -> 21211 and
    // 21231 (a split). Each job is 12 calendar months, 1,560 hours.
    const jobs = [
      foreign("2021-01-01", "2021-12-31", 40, { noc: "7511" }),
      foreign("2023-01-01", "2023-12-31", 40, { noc: "73300" }),
      foreign("2019-01-01", "2019-12-31", 40, { noc: "2173" }),
      foreign("2024-01-01", "2024-12-31"), // 21231
    ];
    const { occupations, missing } = experienceByOccupation(jobs, { asOf: ASOF, withinYears: 10 });
    expect(occupations.map((o) => [o.noc, o.joinedNoc, o.hours, o.possibleHours, o.possibleNocs, o.missing])).toEqual([
      ["73300", "7511", 3120, 3120, undefined, []], // 1,560 + 1,560, for certain
      ["2173", undefined, 1560, 3120, ["21231"], ["workHistory[2].noc", "workHistory[3].noc"]],
      ["21231", undefined, 1560, 3120, ["2173"], ["workHistory[2].noc", "workHistory[3].noc"]],
    ]);
    expect(occupations[1]).toMatchObject({ years: 1, possibleYears: 2 });
    expect(missing).toEqual(["workHistory[2].noc", "workHistory[3].noc"]);
    // One NOC version: no join, no extra keys.
    const [one] = experienceByOccupation([jobs[1] as WorkExperience], { asOf: ASOF }).occupations;
    expect(Object.keys(one ?? {})).toEqual([
      "noc",
      "hours",
      "possibleHours",
      "years",
      "possibleYears",
      "missing",
      "window",
      "jobs",
    ]);
  });

  it("undefined history: no occupations, the history is missing", () => {
    expect(experienceByOccupation(undefined, { asOf: ASOF })).toEqual({ occupations: [], missing: ["workHistory"] });
    expect(experienceByOccupation([], { asOf: ASOF })).toEqual({ occupations: [], missing: [] });
  });
});

describe("continuousExperience (FSW: one continuous year in the primary occupation)", () => {
  const asOf = d("2026-03-01");

  it("a break splits the period; the best period is returned", () => {
    // 2020-01..2020-08 (8 months, 1,040 h), a September break, 2020-10..2021-03 (6 months, 780 h)
    const jobs = [foreign("2020-01-01", "2020-08-31"), foreign("2020-10-01", "2021-03-31")];
    const c = continuousExperience(jobs, { asOf, withinYears: 10, noc: "21231" });
    expect(c).toMatchObject({ hours: 1040, years: 0, period: { start: "2020-01-01", end: "2020-08-31" } });
    // the total is still 14 months = 1,820 h
    expect(skilledWorkExperience(jobs, { asOf, withinYears: 10 }).hours).toBe(1820);
    // allowing a 30-day break joins them: 8 + 6 months = 1,820 h (the break earns nothing)
    const joined = continuousExperience(jobs, { asOf, noc: "21231", maxGapDays: 30 });
    expect(joined).toMatchObject({ hours: 1820, years: 1, period: { start: "2020-01-01", end: "2021-03-31" } });
  });

  it("back-to-back jobs with different employers are continuous", () => {
    // 2020-01..2020-06 then 2020-07..2020-12: 12 months, 1,560 h
    const jobs = [foreign("2020-01-01", "2020-06-30"), foreign("2020-07-01", "2020-12-31")];
    expect(continuousExperience(jobs, { asOf, withinYears: 10, noc: "21231" })).toMatchObject({
      hours: 1560,
      years: 1,
      period: { start: "2020-01-01", end: "2020-12-31" },
    });
  });

  it("part-time without breaks is continuous: 15 h/week for 24 months is one year", () => {
    const c = continuousExperience([foreign("2021-01-01", "2022-12-31", 15)], { asOf, withinYears: 10, noc: "21231" });
    expect(c).toMatchObject({ hours: 1560, years: 1 });
  });

  it("an unanswered job that bridges a break makes the year possible, asking only for its answers", () => {
    const jobs = [
      canadian("2023-01-01", "2023-06-30"),
      unanswered(canadian("2023-07-01", "2023-09-30")),
      canadian("2023-10-01", "2023-12-31"),
      unanswered(canadian("2018-01-01", "2018-03-31")),
    ];
    const c = continuousExperience(jobs, { asOf, withinYears: 10, noc: "21231" });
    // certain: Jan–Jun 2023, 6 × 130 = 780 h; possible: Jan–Dec 2023, 1,560 h
    expect(c).toMatchObject({
      hours: 780,
      possibleHours: 1560,
      years: 0,
      possibleYears: 1,
      period: { start: "2023-01-01", end: "2023-06-30" },
      possiblePeriod: { start: "2023-01-01", end: "2023-12-31" },
      missing: ["workHistory[1].authorized", "workHistory[1].engagement", "workHistory[1].fullTimeStudent"],
    });
  });

  it("undefined history is unknown; no work is no period", () => {
    expect(continuousExperience(undefined, { asOf, withinYears: 10 })).toMatchObject({
      hours: 0,
      possibleYears: 10,
      missing: ["workHistory"],
    });
    const none = continuousExperience([], { asOf, withinYears: 10 });
    expect(none).toMatchObject({ hours: 0, possibleHours: 0 });
    expect(none.period).toBeUndefined();
  });

  it("rejects a negative or fractional maxGapDays", () => {
    expect(() => continuousExperience([], { asOf, maxGapDays: -1 })).toThrow(RangeError);
    expect(() => continuousExperience([], { asOf, maxGapDays: 1.5 })).toThrow(RangeError);
  });
});

describe("isSkilledOccupationOn", () => {
  it("uses the classification in force on the date", () => {
    expect(isSkilledOccupationOn("21231", d("2025-01-01"))).toBe(true);
    expect(isSkilledOccupationOn("2174", d("2025-01-01"))).toBe(true);
    expect(isSkilledOccupationOn("7511", d("2022-01-01"))).toBe(false);
    expect(isSkilledOccupationOn("7511", d("2023-01-01"))).toBe(true);
    expect(isSkilledOccupationOn("65200", d("2023-01-01"))).toBe(false);
    expect(isSkilledOccupationOn("99999", d("2023-01-01"))).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const BASE = d("2005-01-01");
const dateArb = fc.integer({ min: 0, max: 8000 }).map((n) => addDays(BASE, n));
const asOfArb = fc.integer({ min: 3000, max: 8500 }).map((n) => addDays(BASE, n));
// 7511 and 73300 are a one-to-one concordance pair, 2173 and 21231 a split: experienceByOccupation joins them.
const nocArb = fc.constantFrom(
  "21231",
  "2174",
  "13100",
  "64100",
  "65200",
  "7511",
  "5232",
  "99999",
  "00013",
  "73300",
  "2173",
);
const hoursArb = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.constantFrom(7.5, 22.5, 37.5, 10.1, 19.9));
const jobArb: fc.Arbitrary<WorkExperience> = fc
  .record(
    {
      noc: nocArb,
      country: fc.constantFrom("CA", "CA", "IN", "US"),
      from: dateArb,
      days: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
      hoursPerWeek: hoursArb,
      engagement: fc.constantFrom("employee", "self-employed", "independent-contractor", "temporary-agency"),
      fullTimeStudent: fc.boolean(),
      authorized: fc.boolean(),
    },
    { requiredKeys: ["noc", "country", "from", "hoursPerWeek"] },
  )
  .map(({ days, ...job }) => ({ ...job, ...(days === undefined ? {} : { to: addDays(job.from, days) }) }));
const historyArb = fc.array(jobArb, { maxLength: 8 });
const optionsArb = fc.record({
  asOf: asOfArb,
  withinYears: fc.option(fc.constantFrom(1, 3, 5, 10), { nil: undefined }),
  where: fc.constantFrom("canadian" as const, "foreign" as const, "any" as const),
});
const withWindow = ({
  withinYears,
  ...rest
}: {
  asOf: IsoDate;
  withinYears: number | undefined;
  where: "canadian" | "foreign" | "any";
}) => (withinYears === undefined ? rest : { ...rest, withinYears });

describe("properties", () => {
  it("hours <= possibleHours <= the window's full-time hours; years = floor(hours / 1560)", () => {
    fc.assert(
      fc.property(historyArb, optionsArb, fc.constantFrom(1, 3, 5, 10), (history, options, withinYears) => {
        const e = skilledWorkExperience(history, { ...withWindow(options), withinYears });
        const start = e.window.start ?? options.asOf;
        expect(e.hours).toBeGreaterThanOrEqual(0);
        expect(e.hours).toBeLessThanOrEqual(e.possibleHours);
        expect(e.possibleHours).toBeLessThanOrEqual(fullTimeHours({ start, end: e.window.end }));
        expect(e.years).toBe(Math.floor(e.hours / HOURS_PER_YEAR));
        expect(e.possibleYears).toBe(Math.floor(e.possibleHours / HOURS_PER_YEAR));
        expect(e.missing.length > 0).toBe(e.possibleHours > e.hours);
      }),
      { numRuns: 300 },
    );
  });

  it("adding a job never lowers hours or possible hours (monotone)", () => {
    fc.assert(
      fc.property(historyArb, jobArb, fc.nat(8), optionsArb, (history, job, at, options) => {
        const before = skilledWorkExperience(history, withWindow(options));
        const position = Math.min(at, history.length);
        const longer = [...history.slice(0, position), job, ...history.slice(position)];
        const after = skilledWorkExperience(longer, withWindow(options));
        expect(after.hours).toBeGreaterThanOrEqual(before.hours);
        expect(after.possibleHours).toBeGreaterThanOrEqual(before.possibleHours);
      }),
      { numRuns: 300 },
    );
  });

  it("leaving Canadian answers out never raises hours nor lowers possible hours", () => {
    fc.assert(
      fc.property(historyArb, optionsArb, (history, options) => {
        const answered = skilledWorkExperience(history, withWindow(options));
        const open = skilledWorkExperience(history.map(unanswered), withWindow(options));
        expect(open.hours).toBeLessThanOrEqual(answered.hours);
        expect(open.possibleHours).toBeGreaterThanOrEqual(answered.possibleHours);
      }),
      { numRuns: 200 },
    );
  });

  it("the upper bound is what favourable answers give", () => {
    fc.assert(
      fc.property(historyArb, optionsArb, (history, options) => {
        // occupations whose skill is itself unknown on asOf stay unknown whatever is answered: replace them
        const known = history.map((job) =>
          isSkilledOccupationOn(job.noc, options.asOf) === undefined ? { ...job, noc: "21231" } : job,
        );
        const open = known.map(unanswered);
        const favourable = open.map((job) => ({
          ...job,
          authorized: true,
          engagement: "employee" as const,
          fullTimeStudent: false,
        }));
        expect(skilledWorkExperience(favourable, withWindow(options)).hours).toBe(
          skilledWorkExperience(open, withWindow(options)).possibleHours,
        );
      }),
      { numRuns: 200 },
    );
  });

  it("does not mutate its input, and gives the same result for a frozen copy", () => {
    fc.assert(
      fc.property(historyArb, optionsArb, (history, options) => {
        const copy = structuredClone(history);
        const frozen = deepFreeze(structuredClone(history));
        const fromFrozen = skilledWorkExperience(frozen, withWindow(options));
        experienceByOccupation(frozen, withWindow(options));
        continuousExperience(frozen, { ...withWindow(options), noc: "21231" });
        expect(frozen).toEqual(copy);
        expect(skilledWorkExperience(history, withWindow(options))).toEqual(fromFrozen);
      }),
      { numRuns: 100 },
    );
  });

  it("12 × k months of full-time work from any day are exactly k years; a day less is k − 1", () => {
    fc.assert(
      fc.property(
        fc.oneof(dateArb, fc.constantFrom(d("2008-02-29"), d("2012-02-29"), d("2016-02-28"))),
        fc.integer({ min: 1, max: 10 }),
        (start, k) => {
          const end = addMonths(start, 12 * k); // the first day after the k years
          expect(addYears(start, k)).toBe(end);
          const asOf = addYears(end, 1);
          const full = skilledWorkExperience([foreign(start, addDays(end, -1), 30)], { asOf });
          expect(full.hours).toBe(HOURS_PER_YEAR * k);
          expect(full.years).toBe(k);
          const short = skilledWorkExperience([foreign(start, addDays(end, -2), 30)], { asOf });
          // the one documented exception: 29 February to 27 February of a later leap year still
          // counts whole years, because 28 February of a leap year earns nothing of its own
          const leapToLeap = start.endsWith("-02-29") && end.endsWith("-02-29");
          expect(short.years).toBe(leapToLeap ? k : k - 1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("per-occupation hours add up to at least the total, each at most the total; continuous at most the total", () => {
    fc.assert(
      fc.property(historyArb, optionsArb, (history, options) => {
        const total = skilledWorkExperience(history, withWindow(options));
        const { occupations } = experienceByOccupation(history, withWindow(options));
        const sum = occupations.reduce((acc, o) => acc + o.hours, 0);
        expect(sum).toBeGreaterThanOrEqual(total.hours - 1e-5);
        for (const o of occupations) expect(o.hours).toBeLessThanOrEqual(total.hours + 1e-6);
        const continuous = continuousExperience(history, withWindow(options));
        expect(continuous.hours).toBeLessThanOrEqual(total.hours + 1e-6);
        expect(continuous.possibleHours).toBeLessThanOrEqual(total.possibleHours + 1e-6);
      }),
      { numRuns: 200 },
    );
  });
});

describe("why each job counts or not, as messages", () => {
  const judged = (job: WorkExperience, options: Partial<Parameters<typeof skilledWorkExperience>[1]> = {}) =>
    skilledWorkExperience([job], { asOf: ASOF, ...options }).jobs[0] ?? null;

  it("a TEER 4 job: not skilled, the finding nested", () => {
    const job = judged(canadian("2024-01-01", "2024-12-31", 40, { noc: "64100" }));
    expect(job?.message).toEqual(
      message("experience.job.not-skilled", {
        skill: message("experience.skilled.judged", {
          occupation: { version: 2021, code: "64100", teer: 4 },
          skilled: false,
        }),
      }),
    );
    expect(job && frenchOf(job)).toBe(
      "CNP 2021 64100 (FÉER 4) n’est pas un emploi qualifié (FÉER 0, 1, 2 ou 3). Seul le travail qualifié compte.",
    );
  });

  it("a job that counts: the finding, where, and the days counted", () => {
    const job = judged(canadian("2024-01-01", "2024-12-31"));
    expect(job?.message).toEqual(
      message("experience.job.counts", {
        skill: message("experience.skilled.judged", {
          occupation: { version: 2021, code: "21231", teer: 1 },
          skilled: true,
        }),
        country: "CA",
        from: d("2024-01-01"),
        to: d("2024-12-31"),
      }),
    );
    expect(job && reasonOf(job)).toBe(
      "NOC 2021 21231 (TEER 1) is skilled work (TEER 0, 1, 2 or 3). Authorised work in Canada as an employee, not while a full-time student; counted from 2024-01-01 to 2024-12-31.",
    );
    expect(job && frenchOf(job)).toBe(
      "CNP 2021 21231 (FÉER 1) est un emploi qualifié (FÉER 0, 1, 2 ou 3). Travail autorisé au Canada à titre de salarié, pas pendant des études à temps plein ; compté du 2024-01-01 au 2024-12-31.",
    );
  });

  it("a job with open questions names them and their paths", () => {
    const { authorized: _a, fullTimeStudent: _s, ...open } = canadian("2024-01-01", "2024-12-31");
    const job = judged(open);
    expect(job?.message).toEqual(
      message("experience.job.open", {
        questions: ["authorized", "fullTimeStudent"],
        missing: ["workHistory[0].authorized", "workHistory[0].fullTimeStudent"],
      }),
    );
    expect(job && reasonOf(job)).toBe(
      "Counts only if the open questions are answered favourably: whether the work was authorised; whether it was done while a full-time student (workHistory[0].authorized, workHistory[0].fullTimeStudent).",
    );
    expect(job && frenchOf(job)).toBe(
      "Compte seulement si les questions en suspens reçoivent une réponse favorable : si le travail était autorisé ; s’il a été effectué pendant des études à temps plein (workHistory[0].authorized, workHistory[0].fullTimeStudent).",
    );
  });

  it("work abroad where Canadian work is counted, and a job outside the period", () => {
    const abroad = judged(foreign("2024-01-01", "2024-12-31"), { where: "canadian" });
    expect(abroad?.message).toEqual(message("experience.job.not-in-canada", { country: "IN" }));
    expect(abroad && reasonOf(abroad)).toBe("Work in IN is not work in Canada; only Canadian work is counted here.");
    const old = judged(foreign("2010-01-01", "2012-12-31"), { withinYears: 10 });
    expect(old?.message).toEqual(
      message("experience.job.outside-period", {
        from: d("2010-01-01"),
        to: d("2012-12-31"),
        periodStart: d("2016-01-01"),
        periodEnd: d("2025-12-31"),
        asOf: ASOF,
      }),
    );
    expect(old && reasonOf(old)).toBe(
      "No day of this job (2010-01-01 to 2012-12-31) falls in the counted period, 2016-01-01 to 2025-12-31.",
    );
    expect(old && frenchOf(old)).toBe(
      "Aucun jour de cet emploi (du 2010-01-01 au 2012-12-31) ne tombe dans la période comptée, du 2016-01-01 au 2025-12-31.",
    );
  });

  it("a NOC 2016 code judged by its NOC 2021 counterparts", () => {
    const job = judged(foreign("2019-01-01", "2019-12-31", 40, { noc: "2174" }));
    const skill = job?.message.id === "experience.job.counts" ? job.message.params.skill : undefined;
    expect(skill).toMatchObject({
      id: "experience.skilled.counterparts",
      params: { occupation: { version: 2016, code: "2174", skillLevel: "A" }, inForce: 2021, skilled: true },
    });
    expect(job && reasonOf(job)).toMatch(
      /^NOC 2016 2174 \(skill level A\) corresponds in NOC 2021 \(in force from 2022-11-16\) to NOC 2021 21230 \(TEER 1\), /,
    );
    expect(job && frenchOf(job)).toMatch(/^CNP 2016 2174 \(niveau de compétence A\) correspond, dans la CNP 2021/);
  });
});
