import { withAsOfRead } from "../core/as-of.js";
import { addDaysWithin, addYearsWithin } from "../core/calendar.js";
import type { IsoDate } from "../core/iso-date.js";
import type { WorkExperience } from "../models/work-experience.js";
import {
  creditOf,
  fullTimeHours,
  hoursOfCredit,
  type TickPeriod,
  tickAfter,
  tickAt,
  wholeYears,
} from "./full-time-equivalent.js";
import { assessJob, type ExperienceLocation, type JobContext, type JobEligibility } from "./job-eligibility.js";
import { jobsArgument, nocOptionArgument } from "./jobs-argument.js";

/**
 * What to count in {@link skilledWorkExperience}.
 *
 * @example
 * ```ts
 * // CEC: skilled Canadian work in the 3 years before the day of applying
 * const cec: ExperienceOptions = { asOf: isoDate("2026-03-01"), withinYears: 3, where: "canadian" };
 * ```
 */
export interface ExperienceOptions {
  /** The day of assessment. Work counts up to the day before; nothing on or after it counts. */
  readonly asOf: IsoDate;
  /**
   * Count only the N whole years before `asOf` (3 for CEC, 5 for FST, 10 for FSW and CRS): from
   * `addYears(asOf, -N)` to the day before `asOf`. A positive whole number; left out, all past work
   * counts.
   */
  readonly withinYears?: number;
  /** Work in Canada, outside Canada, or both (the default). */
  readonly where?: ExperienceLocation;
  /** Count only work in this occupation (or these), compared as the codes are written. */
  readonly noc?: string | readonly string[];
  /** The input path of the work history, prefixed to `missing` paths; `"workHistory"` by default. */
  readonly path?: string;
}

/**
 * The period experience is counted in, both ends included: it ends the day before `asOf`, and
 * starts `withinYears` years before `asOf` (no `start` when all past work counts).
 *
 * @example
 * ```ts
 * const window: ExperienceWindow = { start: isoDate("2016-03-01"), end: isoDate("2026-02-28") };
 * ```
 */
export interface ExperienceWindow {
  /** The first day counted; absent when there is no lower limit. */
  readonly start?: IsoDate;
  /** The last day counted: the day before `asOf`. */
  readonly end: IsoDate;
}

/**
 * Full-time-equivalent skilled work experience, as a certain lower bound and an upper bound.
 * `hours` counts only the jobs known to count; `possibleHours` also counts the jobs that would
 * count if every unanswered question (`missing`) were answered favourably. When the two are
 * equal, nothing is missing. Years are whole years: `floor(hours / 1560)`.
 *
 * @example
 * ```ts
 * const e: SkilledExperience = skilledWorkExperience(candidate.workHistory, { asOf, withinYears: 10, where: "canadian" });
 * if (e.years >= 1) console.log("at least one year, certainly");
 * else if (e.possibleYears >= 1) console.log("maybe; answer:", e.missing);
 * ```
 */
export interface SkilledExperience {
  /** Full-time-equivalent hours that certainly count (30 h/week for 12 months = 1,560). */
  readonly hours: number;
  /** Hours that would count if every open question were answered favourably; `>= hours`. `Infinity` when the work history is not given and there is no window. */
  readonly possibleHours: number;
  /** Whole years that certainly count: `floor(hours / 1560)`. */
  readonly years: number;
  /** Whole years that could count: `floor(possibleHours / 1560)`. */
  readonly possibleYears: number;
  /**
   * Input paths whose answers could raise `hours`: the open questions of the jobs that could add
   * hours (empty when `hours === possibleHours`).
   */
  readonly missing: readonly string[];
  /** The period counted. */
  readonly window: ExperienceWindow;
  /** How each job was judged, in work-history order (empty when the work history is not given). */
  readonly jobs: readonly JobEligibility[];
}

/** A job's counted days in ticks, with its dates and its position in the history. Internal. */
export interface CountedPeriod extends TickPeriod {
  readonly index: number;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The judged jobs of a history and the periods that count for certain and possibly. Internal. */
export interface AssessedHistory {
  readonly window: ExperienceWindow;
  readonly jobs: readonly JobEligibility[];
  readonly certain: readonly CountedPeriod[];
  /** The certain periods and the `unknown` ones. */
  readonly possible: readonly CountedPeriod[];
}

/**
 * The last windows computed: an assessment asks for the same few (10, 5 and 3 years, and none,
 * before the same `asOf`) again and again, each two date computations. A window depends on its two
 * arguments only and is frozen, so sharing it is safe.
 */
const recentWindows = /* @__PURE__ */ new Map<string, ExperienceWindow>();

/** The counted window for some options; throws a RangeError for a `withinYears` that is not a positive whole number. Internal. */
export function experienceWindow(asOf: IsoDate, withinYears: number | undefined): ExperienceWindow {
  const key = `${asOf}|${withinYears}`;
  const known = recentWindows.get(key);
  if (known !== undefined) return known;
  // Frozen, since every caller shares it (its type is readonly already).
  const window = Object.freeze(computeWindow(asOf, withinYears));
  if (recentWindows.size >= 16) recentWindows.clear();
  recentWindows.set(key, window);
  return window;
}

function computeWindow(asOf: IsoDate, withinYears: number | undefined): ExperienceWindow {
  const end = addDaysWithin(asOf, -1);
  if (withinYears === undefined) return { end };
  if (!Number.isInteger(withinYears) || withinYears < 1) {
    throw new RangeError(`withinYears must be a positive whole number of years, got ${withinYears}.`);
  }
  return { start: addYearsWithin(asOf, -withinYears), end };
}

/** Judges every job of a given history. Internal. */
export function assessHistory(workHistory: readonly WorkExperience[], options: ExperienceOptions): AssessedHistory {
  const window = experienceWindow(options.asOf, options.withinYears);
  const nocs =
    options.noc === undefined ? undefined : new Set(typeof options.noc === "string" ? [options.noc] : options.noc);
  const ctx: JobContext = {
    asOf: options.asOf,
    window,
    where: options.where ?? "any",
    nocs,
    path: options.path ?? "workHistory",
  };
  const jobs: JobEligibility[] = [];
  const certain: CountedPeriod[] = [];
  const possible: CountedPeriod[] = [];
  workHistory.forEach((job, index) => {
    const judged = assessJob(job, index, ctx);
    jobs.push(judged);
    if (judged.counted && judged.counts !== "fail") {
      const period: CountedPeriod = {
        index,
        from: judged.counted.start,
        to: judged.counted.end,
        start: tickAt(judged.counted.start),
        end: tickAfter(judged.counted.end),
        hoursPerWeek: job.hoursPerWeek,
      };
      possible.push(period);
      if (judged.counts === "pass") certain.push(period);
    }
  });
  return { window, jobs, certain, possible };
}

/**
 * The experience for some certain and possible credit; `missing` gathers the open questions of the
 * jobs `relevant` says could change the result. Internal.
 */
export function experienceOf(
  certainCredit: number,
  possibleCredit: number,
  window: ExperienceWindow,
  jobs: readonly JobEligibility[],
  relevant: (job: JobEligibility) => boolean,
): SkilledExperience {
  const hours = hoursOfCredit(certainCredit);
  const possibleHours = Math.max(hours, hoursOfCredit(possibleCredit));
  // A loop with a scan rather than filter / flatMap / Set: a handful of jobs with a few paths each.
  const missing: string[] = [];
  if (possibleHours > hours) {
    for (const job of jobs) {
      if (job.counts !== "unknown" || !relevant(job)) continue;
      for (const path of job.missing) if (!missing.includes(path)) missing.push(path);
    }
  }
  return {
    hours,
    possibleHours,
    years: wholeYears(hours),
    possibleYears: wholeYears(possibleHours),
    missing,
    window,
    jobs,
  };
}

/** The experience when the work history is not given: none certain, anything possible. Internal. */
export function unknownExperience(options: ExperienceOptions): SkilledExperience {
  const window = experienceWindow(options.asOf, options.withinYears);
  const possibleHours =
    window.start === undefined ? Number.POSITIVE_INFINITY : fullTimeHours({ start: window.start, end: window.end });
  return {
    hours: 0,
    possibleHours,
    years: 0,
    possibleYears: wholeYears(possibleHours),
    missing: [options.path ?? "workHistory"],
    window,
    jobs: [],
  };
}

/**
 * Skilled work experience in full-time-equivalent hours and whole years, as IRCC counts it for
 * Express Entry (CRS Canadian and foreign work experience, CEC, FSW, FST), over the years before
 * `asOf`.
 *
 * How hours are counted:
 * - 30 hours a week for 12 months is one year, 1,560 hours; part-time work earns its share
 *   (15 hours a week for 24 months is one year); hours above 30 a week never earn more than full
 *   time, nor do several jobs at once (on any day the credit is capped at full time).
 * - Credit is counted by calendar months, so any 12 calendar months of full-time work is exactly
 *   1,560 hours and a day less is not (see {@link fullTimeHours}).
 * - A job with no `to` is ongoing and runs through the day before `asOf`; days on or after `asOf`
 *   never count, nor days before the window.
 *
 * Which jobs count:
 * - Skilled work only, by the classification in force on `asOf` (see {@link isSkilledOccupationOn}).
 * - Work in Canada (`country: "CA"`) only if authorised, as an employee (an employee of a
 *   temporary agency included), and not while a full-time student: self-employment and
 *   independent contracting in Canada do not count (IRCC treats an independent contractor as
 *   self-employed), nor does work while a full-time student (Ministerial Instructions s.15(7);
 *   IRPR s.87.1(3)).
 * - Work outside Canada counts whether employed or self-employed and whether or not the person
 *   was a full-time student: those exclusions are written for Canadian work only.
 *
 * Three-valued: a job whose counting depends on an unanswered field (Canadian work with
 * `authorized`, `engagement` or `fullTimeStudent` left out; a NOC code that is unknown, or whose
 * successors differ in skill) is left out of `hours`, included in `possibleHours`, and its fields
 * are listed in `missing`. `workHistory` left out means nothing is known: `hours` 0,
 * `possibleHours` the full window (or `Infinity` without one), `missing: ["workHistory"]`. An empty
 * list means no work: 0, certain.
 *
 * Pure: reads no clock, never mutates its input. Throws a `RangeError` only for a `withinYears`
 * that is not a positive whole number (a programming error, not an input one).
 *
 * @example
 * ```ts
 * import { isoDate, skilledWorkExperience, type WorkExperience } from "alberta-atp";
 * const history: WorkExperience[] = [
 *   { noc: "21231", country: "CA", from: isoDate("2024-03-01"), hoursPerWeek: 40,
 *     engagement: "employee", authorized: true, fullTimeStudent: false },
 *   { noc: "2173", country: "IN", from: isoDate("2019-01-01"), to: isoDate("2023-12-31"), hoursPerWeek: 45 },
 * ];
 * const asOf = isoDate("2026-03-01");
 * skilledWorkExperience(history, { asOf, withinYears: 10, where: "canadian" });
 * // { hours: 3120, possibleHours: 3120, years: 2, possibleYears: 2, missing: [], ... }
 * skilledWorkExperience(history, { asOf, withinYears: 10, where: "foreign" }).years; // 5
 * skilledWorkExperience(undefined, { asOf, withinYears: 3 }).missing; // ["workHistory"]
 * ```
 */
export function skilledWorkExperience(
  workHistory: readonly WorkExperience[] | undefined,
  optionsGiven: ExperienceOptions,
): SkilledExperience {
  const options = withAsOfRead(optionsGiven);
  nocOptionArgument(options.noc);
  if (workHistory !== undefined) jobsArgument(workHistory, options.path ?? "workHistory");
  if (workHistory === undefined) return unknownExperience(options);
  const assessed = assessHistory(workHistory, options);
  const certainCredit = creditOf(assessed.certain);
  // Every job that counts is certain: nothing is open, so there is nothing to ask.
  if (assessed.possible.length === assessed.certain.length) {
    return experienceOf(certainCredit, certainCredit, assessed.window, assessed.jobs, () => false);
  }
  // An open job matters only if it adds credit on its own; if it does not, every one of its days is
  // already full time, so no answer about it (or about any other job) can change the hours.
  const adds = new Set(
    assessed.possible
      .filter((period) => hoursOfCredit(creditOf([...assessed.certain, period])) > hoursOfCredit(certainCredit))
      .map((period) => period.index),
  );
  return experienceOf(certainCredit, creditOf(assessed.possible), assessed.window, assessed.jobs, (job) =>
    adds.has(job.index),
  );
}
