// Work experience as the federal programs count it, built on src/experience: hours that certainly
// count, hours that could count if every open question were answered favourably, and the input
// paths of those questions.

import type { DateInterval } from "../../core/calendar.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Message } from "../../core/message.js";
import type { Mutable } from "../../core/mutable.js";
import type { Verdict } from "../../core/verdict.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../experience/constants.js";
import { continuousExperience } from "../../experience/continuous-experience.js";
import { fullTimeEquivalentHours, type WorkPeriod } from "../../experience/full-time-equivalent.js";
import {
  joinedMessage,
  linkedNocPaths,
  occupationGroups,
  uncertainJoinMessage,
  unionOfPaths,
} from "../../experience/occupation-groups.js";
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
export interface FederalOccupationHours extends FederalHours, NocVersionJoin {
  readonly noc: string;
  /** The continuous period with the most certain hours, when there is one. */
  readonly period?: DateInterval;
}

/**
 * How an occupation's work was gathered across NOC versions (a job written in NOC 2016 until
 * 2022-11-15 and in NOC 2021 after), by the StatCan concordance NOC 2016 V1.3 → NOC 2021 V1.0:
 * `joinedNoc` is the NOC 2016 code counted for certain with the NOC 2021 `noc` (the concordance
 * pairs them one-to-one); `possibleNocs` are codes a split or a merge links to `noc`, whose work
 * counts only in `possibleHours` (their jobs' `noc` paths are then missing); `joinMessage` says
 * which. All absent when the work history uses one NOC version.
 *
 * @example
 * ```ts
 * const o = deriveFederalFacts(candidate, asOf).experience.fswOccupations[0];
 * // jobs 2147 then 21311: { noc: "21311", joinedNoc: "2147", joinMessage: { id, params } }
 * if (o?.possibleNocs) console.log(o.joinMessage, o.missing);
 * ```
 */
export interface NocVersionJoin {
  /** The NOC 2016 code counted as the same occupation as `noc` (a one-to-one concordance pair). */
  readonly joinedNoc?: string;
  /** Codes that may be the same occupation as `noc` (a split or a merge): counted only in `possibleHours`. */
  readonly possibleNocs?: readonly string[];
  /** Which codes were joined across NOC versions, or may be, as data. */
  readonly joinMessage?: Message;
}

/** Three-valued comparison of some hours with a requirement. Internal. */
export function hoursVerdict(experience: FederalHours, needed: number): Verdict {
  if (experience.hours >= needed) return "pass";
  if (experience.possibleHours < needed) return "fail";
  return "unknown";
}

/**
 * The `noc` paths of the jobs of `linked` that may count, then `missing`: the open questions of an
 * upper bound that counts jobs of codes linked by a concordance split or merge as one occupation.
 * Internal.
 */
export function linkedNocMissing(
  missing: readonly string[],
  workHistory: readonly WorkExperience[],
  options: Omit<ExperienceOptions, "noc">,
  linked: readonly string[],
): string[] {
  const judged = skilledWorkExperience(workHistory, Object.assign({}, options, { noc: linked }));
  return unionOfPaths(linkedNocPaths(judged.jobs, workHistory, linked), missing);
}

/**
 * The FSW continuous experience in each occupation, most hours first (then most possible, then in
 * the order the occupations first appear). An occupation is a NOC code as written, or a NOC 2016
 * and a NOC 2021 code the StatCan concordance pairs one-to-one (see {@link NocVersionJoin}); codes
 * a split or a merge links are counted together only in the upper bound. Internal.
 */
export function occupationHours(
  workHistory: readonly WorkExperience[] | undefined,
  asOf: IsoDate,
  withinYears: number,
): readonly FederalOccupationHours[] {
  if (workHistory === undefined) return [];
  return occupationGroups(workHistory)
    .map((group): FederalOccupationHours => {
      const noc = group.noc;
      const c = continuousExperience(workHistory, {
        asOf,
        withinYears,
        noc: group.codes.length === 1 ? noc : group.codes,
      });
      const result: Mutable<FederalOccupationHours> =
        c.period === undefined
          ? { noc, hours: c.hours, possibleHours: c.possibleHours, missing: c.missing }
          : { noc, hours: c.hours, possibleHours: c.possibleHours, missing: c.missing, period: c.period };
      if (group.joined !== undefined) {
        result.joinedNoc = group.joined;
        result.joinMessage = joinedMessage(group.joined, noc);
      } else if (group.possible.length > 0) {
        const linked = [noc, ...group.possible];
        const p = continuousExperience(workHistory, { asOf, withinYears, noc: linked });
        // Only a join that raises the upper bound matters; its jobs' codes are then the question.
        if (p.possibleHours > c.possibleHours) {
          result.possibleHours = p.possibleHours;
          result.missing = unionOfPaths(linkedNocPaths(p.jobs, workHistory, linked, p.possiblePeriod), p.missing);
          result.possibleNocs = group.possible;
          result.joinMessage = uncertainJoinMessage(noc, group.possible);
        }
      }
      return result;
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
