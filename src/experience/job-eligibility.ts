import type { DateInterval } from "../core/calendar.js";
import { compareDays } from "../core/calendar.js";
import type { Citation } from "../core/citation.js";
import type { IsoDate } from "../core/iso-date.js";
import { type Message, message } from "../core/message.js";
import type { Verdict } from "../core/verdict.js";
import type { OpenJobQuestion } from "../locales/en/factors.js";
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
 *   message: message("experience.job.open", { questions: ["authorized"], missing: ["workHistory[0].authorized"] }),
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
  /** Why, as a message (an `experience.job.*` id): render it with `renderMessage`. */
  readonly message: Message;
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

function fail(index: number, path: string, why: Message, source?: Citation): JobEligibility {
  return { index, path, counts: "fail", message: why, missing: [], ...(source ? { source } : {}) };
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
    return fail(index, path, message("experience.job.not-in-canada", { country: job.country }));
  }
  if (ctx.where === "foreign" && inCanada) {
    return fail(index, path, message("experience.job.not-foreign", {}));
  }
  if (ctx.nocs && !ctx.nocs.has(job.noc)) {
    return fail(index, path, message("experience.job.other-occupation", { noc: job.noc, counted: [...ctx.nocs] }));
  }
  if (!(Number.isFinite(job.hoursPerWeek) && job.hoursPerWeek > 0)) {
    return fail(index, path, message("experience.job.no-hours", { hoursPerWeek: job.hoursPerWeek }));
  }
  // Skilled work experience is paid work (IRCC, FSW minimum requirements). Left out, `paid` is read
  // as paid, as before the model asked it.
  if (job.paid === false) {
    return fail(index, path, message("experience.job.unpaid", {}), WORK_EXPERIENCE_SOURCES.federalSkilledWorker);
  }
  // An ongoing job runs through the day before asOf; nothing on or after asOf counts.
  const end = job.to === undefined || compareDays(job.to, ctx.window.end) > 0 ? ctx.window.end : job.to;
  const counted = clipInterval({ start: job.from, end }, { start: ctx.window.start ?? job.from, end: ctx.window.end });
  if (!counted) {
    return fail(
      index,
      path,
      message("experience.job.outside-period", {
        from: job.from,
        ...(job.to === undefined ? {} : { to: job.to }),
        ...(ctx.window.start ? { periodStart: ctx.window.start } : {}),
        periodEnd: ctx.window.end,
        asOf: ctx.asOf,
      }),
    );
  }

  const skill = skillFinding(job.noc, ctx.asOf);
  if (skill.skilled === false) {
    return fail(
      index,
      path,
      message("experience.job.not-skilled", { skill: skill.message }),
      WORK_EXPERIENCE_SOURCES.crsCriteria,
    );
  }
  const missing: string[] = [];
  const questions: OpenJobQuestion[] = [];
  if (skill.skilled === undefined) missing.push(`${path}.noc`);

  if (inCanada) {
    const mi = WORK_EXPERIENCE_SOURCES.ministerialInstructions;
    if (job.authorized === false) {
      return fail(index, path, message("experience.job.unauthorised", {}), mi);
    }
    if (job.engagement === "self-employed") {
      return fail(index, path, message("experience.job.self-employed", {}), mi);
    }
    if (job.engagement === "independent-contractor") {
      return fail(
        index,
        path,
        message("experience.job.independent-contractor", {}),
        WORK_EXPERIENCE_SOURCES.cecQualifyingWorkExperience,
      );
    }
    if (job.fullTimeStudent === true) {
      return fail(index, path, message("experience.job.full-time-student", {}), mi);
    }
    if (job.authorized === undefined) {
      missing.push(`${path}.authorized`);
      questions.push("authorized");
    }
    if (job.engagement === undefined) {
      missing.push(`${path}.engagement`);
      questions.push("engagement");
    }
    if (job.fullTimeStudent === undefined) {
      missing.push(`${path}.fullTimeStudent`);
      questions.push("fullTimeStudent");
    }
  }

  if (missing.length > 0) {
    return {
      index,
      path,
      counts: "unknown",
      message: message("experience.job.open", {
        ...(skill.skilled === undefined ? { skill: skill.message } : {}),
        questions,
        missing: [...missing],
      }),
      missing,
      counted,
    };
  }
  return {
    index,
    path,
    counts: "pass",
    message: message("experience.job.counts", {
      skill: skill.message,
      country: job.country,
      from: counted.start,
      to: counted.end,
    }),
    missing: [],
    counted,
  };
}
