import { withAsOfRead } from "../core/as-of.js";
import { addDaysWithin, compareDays, type DateInterval } from "../core/calendar.js";
import type { Mutable } from "../core/mutable.js";
import type { WorkExperience } from "../models/work-experience.js";
import { creditOf } from "./full-time-equivalent.js";
import { jobsArgument, nocOptionArgument } from "./jobs-argument.js";
import {
  assessHistory,
  type CountedPeriod,
  type ExperienceOptions,
  experienceOf,
  type SkilledExperience,
  unknownExperience,
} from "./skilled-work-experience.js";

/**
 * What to count in {@link continuousExperience}: the options of {@link skilledWorkExperience}
 * (usually with `noc`, the primary occupation, and `withinYears: 10`), and how long a break between
 * jobs may be.
 *
 * @example
 * ```ts
 * const fsw: ContinuousExperienceOptions = { asOf: isoDate("2026-03-01"), withinYears: 10, noc: "21231" };
 * ```
 */
export interface ContinuousExperienceOptions extends ExperienceOptions {
  /**
   * Calendar days without work allowed between two jobs that still make one continuous period;
   * 0 by default (the next job starts the day after the last one ends, or earlier). A whole
   * number, 0 or more.
   */
  readonly maxGapDays?: number;
}

/**
 * The best continuous period of skilled work: its hours as in {@link SkilledExperience}, counted
 * over the one period with the most hours, as a certain lower bound (`hours`, `period`) and an upper
 * bound if every open question were answered favourably (`possibleHours`, `possiblePeriod`).
 *
 * @example
 * ```ts
 * const c: ContinuousExperience = continuousExperience(history, { asOf, withinYears: 10, noc: "21231" });
 * // FSW: at least one year of continuous work in the primary occupation
 * const verdict = c.years >= 1 ? "pass" : c.possibleYears >= 1 ? "unknown" : "fail";
 * ```
 */
export interface ContinuousExperience extends SkilledExperience {
  /** The continuous period with the most certain hours, both ends included; absent when none. */
  readonly period?: DateInterval;
  /** The continuous period with the most possible hours; absent when none (or the history is not given). */
  readonly possiblePeriod?: DateInterval;
}

interface Run {
  readonly period: DateInterval;
  readonly credit: number;
}

/** Splits counted periods into runs without breaks longer than `maxGapDays`, and picks the run with most credit (the latest on a tie). */
function bestRun(periods: readonly CountedPeriod[], maxGapDays: number): Run | undefined {
  const sorted = [...periods].sort((a, b) => compareDays(a.from, b.from));
  let best: Run | undefined;
  let index = 0;
  while (index < sorted.length) {
    const first = sorted[index];
    if (!first) break;
    const members: CountedPeriod[] = [first];
    let end = first.to;
    index += 1;
    for (let next = sorted[index]; next; next = sorted[index]) {
      if (compareDays(next.from, addDaysWithin(end, 1 + maxGapDays)) > 0) break;
      members.push(next);
      if (compareDays(next.to, end) > 0) end = next.to;
      index += 1;
    }
    const credit = creditOf(members);
    if (!best || credit >= best.credit) best = { period: { start: first.from, end }, credit };
  }
  return best;
}

/**
 * The most skilled work done over one continuous period, for the Federal Skilled Worker rule "at
 * least one year of continuous full-time work, or the equivalent in part-time work, in the primary
 * occupation, within the 10 years before applying" (IRPR s.75(2)(a)). Jobs that count (the same
 * rules as {@link skilledWorkExperience}, usually restricted to one `noc`) are joined into periods
 * without breaks (two jobs are continuous when the second starts no later than `maxGapDays` days
 * after the day following the end of the first); each period's full-time-equivalent hours are
 * counted as usual, and the period with the most hours is returned. Part-time work is continuous if
 * it has no breaks: 15 hours a week for 24 months is one continuous year.
 *
 * The continuity test is ours: IRCC's wording ("over a continuous period"; "no gaps in employment"
 * in secondary summaries) does not say how long a break may be, so by default any day without work
 * in the occupation breaks the period; paid leave within a job is not a break, since the job's dates
 * span it. Unanswered fields behave as in {@link skilledWorkExperience}: `hours` uses only jobs that
 * certainly count, `possibleHours` also those that may, and `missing` lists the answers needed by
 * the jobs of the best possible period.
 *
 * Pure. Throws a `RangeError` only for a `withinYears` or `maxGapDays` out of range.
 *
 * @example
 * ```ts
 * import { continuousExperience, isoDate } from "alberta-atp";
 * const history = [
 *   { noc: "21231", country: "IN", from: isoDate("2020-01-01"), to: isoDate("2020-08-31"), hoursPerWeek: 40 },
 *   { noc: "21231", country: "IN", from: isoDate("2020-10-01"), to: isoDate("2021-03-31"), hoursPerWeek: 40 },
 * ];
 * const c = continuousExperience(history, { asOf: isoDate("2026-03-01"), withinYears: 10, noc: "21231" });
 * c.years; // 0: eight months, a one-month break, then six months
 * c.period; // { start: "2020-01-01", end: "2020-08-31" }
 * continuousExperience(history, { asOf: isoDate("2026-03-01"), noc: "21231", maxGapDays: 31 }).years; // 1
 * ```
 */
export function continuousExperience(
  workHistory: readonly WorkExperience[] | undefined,
  optionsGiven: ContinuousExperienceOptions,
): ContinuousExperience {
  const options = withAsOfRead(optionsGiven);
  nocOptionArgument(options.noc);
  if (workHistory !== undefined) jobsArgument(workHistory, options.path ?? "workHistory");
  const maxGapDays = options.maxGapDays ?? 0;
  if (!Number.isInteger(maxGapDays) || maxGapDays < 0) {
    throw new RangeError(`maxGapDays must be a whole number of days, 0 or more, got ${maxGapDays}.`);
  }
  if (workHistory === undefined) return unknownExperience(options);
  const assessed = assessHistory(workHistory, options);
  const certain = bestRun(assessed.certain, maxGapDays);
  const possible = bestRun(assessed.possible, maxGapDays);
  const possiblePeriod = possible?.period;
  // Only the open jobs inside the best possible period can lift the best period's hours.
  const experience = experienceOf(
    certain?.credit ?? 0,
    possible?.credit ?? 0,
    assessed.window,
    assessed.jobs,
    (job) =>
      possiblePeriod !== undefined &&
      job.counted !== undefined &&
      compareDays(job.counted.start, possiblePeriod.start) >= 0 &&
      compareDays(job.counted.end, possiblePeriod.end) <= 0,
  );
  // By assignment, not `{ ...experience, ...(certain ? { period } : {}), ... }`: in Node 20's V8 an
  // object literal made of several spreads costs about a microsecond. The keys are in the same order.
  const result: Mutable<ContinuousExperience> = Object.assign({}, experience);
  if (certain) result.period = certain.period;
  if (possiblePeriod) result.possiblePeriod = possiblePeriod;
  return result;
}
