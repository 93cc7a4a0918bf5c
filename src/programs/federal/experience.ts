// Work experience as the federal programs count it, built on src/experience: hours that certainly
// count, hours that could count if every open question were answered favourably, and the input
// paths of those questions.

import type { DateInterval } from "../../core/calendar.js";
import { formatEnCa } from "../../core/format-number.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Verdict } from "../../core/verdict.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../experience/constants.js";
import { continuousExperience } from "../../experience/continuous-experience.js";
import { fullTimeEquivalentHours, type WorkPeriod } from "../../experience/full-time-equivalent.js";
import { type ExperienceOptions, skilledWorkExperience } from "../../experience/skilled-work-experience.js";
import type { WorkExperience } from "../../models/work-experience.js";

/**
 * Experience as a certain lower bound and a possible upper bound, in full-time-equivalent hours
 * (1,560 a year), with the input paths whose answers could raise `hours` to `possibleHours`.
 *
 * @example
 * ```ts
 * const e: FederalHours = deriveFederalFacts(candidate, asOf).experience.cecCanadian;
 * const verdict = e.hours >= 1560 ? "pass" : e.possibleHours < 1560 ? "fail" : "unknown";
 * ```
 */
export interface FederalHours {
  readonly hours: number;
  readonly possibleHours: number;
  readonly missing: readonly string[];
}

/**
 * The most continuous skilled experience in one occupation (FSW's minimum), per NOC code as
 * written in the work history.
 *
 * @example
 * ```ts
 * const best: FederalOccupationHours | undefined = deriveFederalFacts(candidate, asOf).experience.fswOccupations[0];
 * ```
 */
export interface FederalOccupationHours extends FederalHours {
  readonly noc: string;
  /** The continuous period with the most certain hours, when there is one. */
  readonly period?: DateInterval;
}

/** Three-valued comparison of some hours with a requirement. Internal. */
export function hoursVerdict(experience: FederalHours, needed: number): Verdict {
  if (experience.hours >= needed) return "pass";
  if (experience.possibleHours < needed) return "fail";
  return "unknown";
}

/** `1,560` — hours for reasons, at most one decimal. Internal. */
export function formatHours(hours: number): string {
  if (!Number.isFinite(hours)) return "any number of";
  return formatEnCa(Math.round(hours * 10) / 10);
}

/** The FSW continuous experience in each occupation, most hours first. Internal. */
export function occupationHours(
  workHistory: readonly WorkExperience[] | undefined,
  asOf: IsoDate,
  withinYears: number,
): readonly FederalOccupationHours[] {
  if (workHistory === undefined) return [];
  const codes = [...new Set(workHistory.map((job) => job.noc))];
  return codes
    .map((noc): FederalOccupationHours => {
      const c = continuousExperience(workHistory, { asOf, withinYears, noc });
      return c.period === undefined
        ? { noc, hours: c.hours, possibleHours: c.possibleHours, missing: c.missing }
        : { noc, hours: c.hours, possibleHours: c.possibleHours, missing: c.missing, period: c.period };
    })
    .sort((a, b) => b.hours - a.hours || b.possibleHours - a.possibleHours);
}

/**
 * Skilled experience in the occupations a classifier accepts: codes it says `pass` count for
 * certain, codes it says `unknown` only in the upper bound (their jobs' `noc` paths are missing).
 * Internal.
 */
export function classifiedHours(
  workHistory: readonly WorkExperience[] | undefined,
  options: Omit<ExperienceOptions, "noc">,
  classify: (code: string) => Verdict,
): FederalHours {
  if (workHistory === undefined) {
    const unknown = skilledWorkExperience(undefined, options);
    return { hours: 0, possibleHours: unknown.possibleHours, missing: unknown.missing };
  }
  const verdicts = new Map<string, Verdict>();
  for (const job of workHistory) if (!verdicts.has(job.noc)) verdicts.set(job.noc, classify(job.noc));
  const certainCodes: string[] = [];
  const possibleCodes: string[] = [];
  for (const [code, v] of verdicts) {
    if (v === "pass") certainCodes.push(code);
    if (v !== "fail") possibleCodes.push(code);
  }
  const certain = skilledWorkExperience(workHistory, Object.assign({}, options, { noc: certainCodes }));
  // The possible codes include the certain ones: when there are as many, they are the same codes
  // and the count is the same.
  const possible =
    possibleCodes.length === certainCodes.length
      ? certain
      : skilledWorkExperience(workHistory, Object.assign({}, options, { noc: possibleCodes }));
  const hours = certain.hours;
  const possibleHours = Math.max(hours, possible.possibleHours);
  if (possibleHours <= hours) return { hours, possibleHours, missing: [] };
  const open = possible.jobs
    .filter((job) => job.counts !== "fail" && verdicts.get(workHistory[job.index]?.noc ?? "") === "unknown")
    .map((job) => `${job.path}.noc`);
  return { hours, possibleHours, missing: [...new Set([...possible.missing, ...open])] };
}

/**
 * Hours of full-time jobs only (30 hours a week or more), from the jobs of a skilled-experience
 * count: used where the rule says "full-time work" without a part-time equivalent (FSW
 * adaptability). Internal.
 */
export function fullTimeOnlyHours(
  workHistory: readonly WorkExperience[] | undefined,
  options: Omit<ExperienceOptions, "noc">,
): FederalHours {
  if (workHistory === undefined) {
    const unknown = skilledWorkExperience(undefined, options);
    return { hours: 0, possibleHours: unknown.possibleHours, missing: unknown.missing };
  }
  const judged = skilledWorkExperience(workHistory, options).jobs;
  // One pass over the judged jobs, without flatMap or spreads (this runs in every FSW assessment).
  const certain: WorkPeriod[] = [];
  const possible: WorkPeriod[] = [];
  for (const job of judged) {
    const source = workHistory[job.index];
    if (!source || !job.counted || job.counts === "fail" || source.hoursPerWeek < FULL_TIME_HOURS_PER_WEEK) continue;
    const period: WorkPeriod = { start: job.counted.start, end: job.counted.end, hoursPerWeek: source.hoursPerWeek };
    possible.push(period);
    if (job.counts === "pass") certain.push(period);
  }
  const hours = fullTimeEquivalentHours(certain);
  const possibleHours = possible.length === certain.length ? hours : Math.max(hours, fullTimeEquivalentHours(possible));
  const missing =
    possibleHours > hours
      ? [
          ...new Set(
            judged
              .filter(
                (job) =>
                  job.counts === "unknown" && (workHistory[job.index]?.hoursPerWeek ?? 0) >= FULL_TIME_HOURS_PER_WEEK,
              )
              .flatMap((job) => job.missing),
          ),
        ]
      : [];
  return { hours, possibleHours, missing };
}
