import type { DateInterval } from "../core/calendar.js";
import type { Citation } from "../core/citation.js";
import { compareIsoDate, type IsoDate } from "../core/iso-date.js";
import type { Verdict } from "../core/verdict.js";
import type { WorkExperience } from "../models/work-experience.js";
import { clipInterval } from "./full-time-equivalent.js";
import { skillFinding } from "./skilled-occupation.js";
import { WORK_EXPERIENCE_SOURCES } from "./sources.js";

/**
 * Which work to count: in Canada (`country: "CA"`), outside Canada, or both.
 *
 * @example
 * ```ts
 * const where: ExperienceLocation = "canadian"; // CRS Canadian work experience, CEC
 * ```
 */
export type ExperienceLocation = "canadian" | "foreign" | "any";

/**
 * How one job of the work history was judged: whether it counts (`pass`), does not (`fail`), or
 * would count if unanswered questions were answered favourably (`unknown`, listed in `missing`).
 * A job that counts may still add nothing if none of its days fall in the window (then `counted`
 * is absent and `counts` is `fail`).
 *
 * @example
 * ```ts
 * const job: JobEligibility = {
 *   index: 0, path: "workHistory[0]", counts: "unknown",
 *   reason: "Counts only if the open questions are answered favourably: whether the work was authorised (workHistory[0].authorized).",
 *   missing: ["workHistory[0].authorized"],
 *   counted: { start: isoDate("2023-01-01"), end: isoDate("2023-12-31") },
 * };
 * ```
 */
export interface JobEligibility {
  /** The job's position in the work history. */
  readonly index: number;
  /** The job's input path, e.g. `workHistory[2]`. */
  readonly path: string;
  /** `pass`: counted; `unknown`: counted only in the upper bound; `fail`: not counted. */
  readonly counts: Verdict;
  /** A sentence saying why. */
  readonly reason: string;
  /** The input paths whose answers would decide an `unknown` job; empty otherwise. */
  readonly missing: readonly string[];
  /** The job's days that fall in the counted window (both ends included), when it counts or may. */
  readonly counted?: DateInterval;
  /** The rule that excluded the job, when one did. */
  readonly source?: Citation;
}

/** What a job is judged against. Internal. */
export interface JobContext {
  readonly asOf: IsoDate;
  /** The counted window: ends the day before `asOf`; no start when all past work counts. */
  readonly window: { readonly start?: IsoDate; readonly end: IsoDate };
  readonly where: ExperienceLocation;
  readonly nocs: ReadonlySet<string> | undefined;
  readonly path: string;
}

function fail(index: number, path: string, reason: string, source?: Citation): JobEligibility {
  return { index, path, counts: "fail", reason, missing: [], ...(source ? { source } : {}) };
}

/**
 * Judges one job: filters (where, occupation, window) first, then skill, then — for work in
 * Canada — authorisation, self-employment and full-time study. A rule the answers already break
 * excludes the job even if other answers are missing. Internal.
 */
export function assessJob(job: WorkExperience, index: number, ctx: JobContext): JobEligibility {
  const path = `${ctx.path}[${index}]`;
  const inCanada = job.country === "CA";
  if (ctx.where === "canadian" && !inCanada) {
    return fail(index, path, `Work in ${job.country} is not work in Canada; only Canadian work is counted here.`);
  }
  if (ctx.where === "foreign" && inCanada) {
    return fail(index, path, "Work in Canada is not foreign work; only work outside Canada is counted here.");
  }
  if (ctx.nocs && !ctx.nocs.has(job.noc)) {
    return fail(index, path, `NOC ${job.noc} is not the occupation counted here (${[...ctx.nocs].join(", ")}).`);
  }
  if (!(Number.isFinite(job.hoursPerWeek) && job.hoursPerWeek > 0)) {
    return fail(index, path, `${job.hoursPerWeek} hours a week earns no credit.`);
  }
  // An ongoing job runs through the day before asOf; nothing on or after asOf counts.
  const end = job.to === undefined || compareIsoDate(job.to, ctx.window.end) > 0 ? ctx.window.end : job.to;
  const counted = clipInterval({ start: job.from, end }, { start: ctx.window.start ?? job.from, end: ctx.window.end });
  if (!counted) {
    const span = ctx.window.start ? `${ctx.window.start} to ${ctx.window.end}` : `before ${ctx.asOf}`;
    return fail(
      index,
      path,
      `No day of this job (${job.from} to ${job.to ?? "ongoing"}) falls in the counted period, ${span}.`,
    );
  }

  const skill = skillFinding(job.noc, ctx.asOf);
  if (skill.skilled === false) {
    return fail(index, path, `${skill.reason} Only skilled work counts.`, WORK_EXPERIENCE_SOURCES.crsCriteria);
  }
  const missing: string[] = [];
  const unknowns: string[] = [];
  if (skill.skilled === undefined) {
    missing.push(`${path}.noc`);
    unknowns.push(skill.reason);
  }

  if (inCanada) {
    const mi = WORK_EXPERIENCE_SOURCES.ministerialInstructions;
    if (job.authorized === false) {
      return fail(index, path, "Work in Canada without authorisation does not count.", mi);
    }
    if (job.engagement === "self-employed") {
      return fail(index, path, "Self-employment in Canada does not count as Canadian work experience.", mi);
    }
    if (job.engagement === "independent-contractor") {
      return fail(
        index,
        path,
        "Work in Canada as an independent contractor is self-employment for IRCC (no employer paid wages), which does not count as Canadian work experience.",
        WORK_EXPERIENCE_SOURCES.cecQualifyingWorkExperience,
      );
    }
    if (job.fullTimeStudent === true) {
      return fail(index, path, "Work in Canada while a full-time student does not count.", mi);
    }
    if (job.authorized === undefined) {
      missing.push(`${path}.authorized`);
      unknowns.push("whether the work was authorised");
    }
    if (job.engagement === undefined) {
      missing.push(`${path}.engagement`);
      unknowns.push("whether it was employment rather than self-employment");
    }
    if (job.fullTimeStudent === undefined) {
      missing.push(`${path}.fullTimeStudent`);
      unknowns.push("whether it was done while a full-time student");
    }
  }

  if (missing.length > 0) {
    return {
      index,
      path,
      counts: "unknown",
      reason: `Counts only if the open questions are answered favourably: ${unknowns.join("; ")} (${missing.join(", ")}).`,
      missing,
      counted,
    };
  }
  return {
    index,
    path,
    counts: "pass",
    reason: `${skill.reason} ${inCanada ? "Authorised work in Canada as an employee, not while a full-time student" : `Work outside Canada (${job.country})`}; counted from ${counted.start} to ${counted.end}.`,
    missing: [],
    counted,
  };
}
