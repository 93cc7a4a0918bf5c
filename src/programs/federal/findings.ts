// Small three-valued findings the federal rules share: a job offer that meets a program's terms,
// and authorisation to work in Canada on `asOf`.

import { notAnswered } from "../../core/define-rule.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Verdict } from "../../core/verdict.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../experience/constants.js";
import { skillFinding } from "../../experience/skilled-occupation.js";
import type { Candidate } from "../../models/candidate.js";
import type { JobOffer } from "../../models/job-offer.js";

/**
 * A three-valued answer with its reason and, when `unknown`, the input paths that would decide it.
 *
 * @example
 * ```ts
 * const f: FederalFinding = deriveFederalFacts(candidate, asOf).workAuthorization;
 * if (f.verdict === "unknown") console.log("answer:", f.missing);
 * ```
 */
export interface FederalFinding {
  readonly verdict: Verdict;
  readonly reason: string;
  /** Input paths that would decide an `unknown` finding; empty otherwise. */
  readonly missing: readonly string[];
}

/** Collects checks: any failure fails (with every failure's reason), else any unknown is unknown. Internal. */
export function combineChecks(checks: readonly FederalFinding[], passReason: string): FederalFinding {
  const failed = checks.filter((c) => c.verdict === "fail");
  if (failed.length > 0) return { verdict: "fail", reason: failed.map((c) => c.reason).join(" "), missing: [] };
  const open = checks.filter((c) => c.verdict === "unknown");
  if (open.length > 0) {
    return {
      verdict: "unknown",
      reason: open.map((c) => c.reason).join(" "),
      missing: [...new Set(open.flatMap((c) => c.missing))],
    };
  }
  return { verdict: "pass", reason: passReason, missing: [] };
}

const PASS: FederalFinding = { verdict: "pass", reason: "", missing: [] };

/**
 * Whether a job offer meets the common federal terms on `asOf`: made on or before `asOf`,
 * full-time (30 hours a week or more), for at least one year (permanent, or `durationMonths`
 * of 12 or more), in an occupation `occupation` accepts, and supported by a positive Labour
 * Market Impact Assessment or made by the employer of an employer-specific work permit the
 * candidate works under (`jobOffer.lmia` `"approved"` or `"exempt-work-permit"`; `"none"` fails,
 * left out is `unknown`). IRCC's FSW grid ("Six selection factors", arranged employment) and FST
 * page ("a valid job offer") set no start date for the work-permit route, so the CRS's
 * 2016-11-19 limit is not applied. That the offer is non-seasonal is assumed: the model does
 * not record it, and the pass reason says so. `what` names the offer in reasons
 * (`An FSW arranged-employment offer`). Internal.
 */
export function jobOfferFinding(
  offer: JobOffer | null | undefined,
  asOf: IsoDate,
  occupation: (noc: string) => FederalFinding,
  what: string,
): FederalFinding {
  if (offer === undefined) {
    return notAnswered("Whether you have a job offer is not answered (jobOffer).", ["jobOffer"]);
  }
  if (offer === null) return { verdict: "fail", reason: "You have no job offer.", missing: [] };
  const checks: FederalFinding[] = [];
  if (offer.offeredOn !== undefined && offer.offeredOn > asOf) {
    checks.push({
      verdict: "fail",
      reason: `The offer is dated ${offer.offeredOn}, after ${asOf}: on ${asOf} it did not exist.`,
      missing: [],
    });
  }
  checks.push(occupation(offer.noc));
  if (offer.hoursPerWeek === undefined) {
    checks.push(
      notAnswered(
        "The offer's hours a week are not given (jobOffer.hoursPerWeek); it must be full-time, 30 hours a week or more.",
        ["jobOffer.hoursPerWeek"],
      ),
    );
  } else if (offer.hoursPerWeek < FULL_TIME_HOURS_PER_WEEK) {
    checks.push({
      verdict: "fail",
      reason: `The offer is for ${offer.hoursPerWeek} hours a week; it must be full-time, 30 hours a week or more.`,
      missing: [],
    });
  }
  if (offer.permanent !== true) {
    if (offer.durationMonths !== undefined) {
      if (offer.durationMonths < 12) {
        checks.push({
          verdict: "fail",
          reason: `The offer is for ${offer.durationMonths} months; it must be for at least one year.`,
          missing: [],
        });
      }
    } else {
      const path = offer.permanent === false ? "jobOffer.durationMonths" : "jobOffer.permanent";
      checks.push(notAnswered(`Whether the offer is for at least one year is not given (${path}).`, [path]));
    }
  }
  if (offer.lmia === undefined) {
    checks.push(
      notAnswered(
        "Whether the offer is supported by a positive Labour Market Impact Assessment or made by the employer of an employer-specific work permit you work under is not given (jobOffer.lmia).",
        ["jobOffer.lmia"],
      ),
    );
  } else if (offer.lmia === "none") {
    checks.push({
      verdict: "fail",
      reason:
        "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer.",
      missing: [],
    });
  }
  const length = offer.permanent === true ? "permanent" : `${offer.durationMonths ?? "?"} months`;
  const support =
    offer.lmia === "approved"
      ? "supported by a positive Labour Market Impact Assessment"
      : "made by the employer of your LMIA-exempt employer-specific work permit";
  return combineChecks(
    checks,
    `${what}: NOC ${offer.noc}, ${offer.hoursPerWeek ?? "?"} hours a week, ${length}, ${support}. (Taken to be non-seasonal: the candidate model does not record whether an offer is seasonal.)`,
  );
}

/** A finding that always passes; used where a check has nothing to say. Internal. */
export function passFinding(reason = ""): FederalFinding {
  return { verdict: "pass", reason, missing: PASS.missing };
}

/**
 * Whether the candidate is authorised to work in Canada on `asOf`: a work permit valid on that day
 * (`status.workPermitValidUntil` on or after `asOf`), or a job in Canada going on that day with
 * `authorized: true`. A permit that ended before `asOf` with no such job is `fail`; nothing answered
 * is `unknown` (`status.workPermitValidUntil`). Internal.
 */
export function workAuthorizationFinding(candidate: Candidate, asOf: IsoDate): FederalFinding {
  const until = candidate.status?.workPermitValidUntil;
  if (until !== undefined && until >= asOf) {
    return { verdict: "pass", reason: `Your work permit is valid until ${until}.`, missing: [] };
  }
  const history = candidate.workHistory;
  const ongoing = (history ?? [])
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => job.country === "CA" && job.from <= asOf && (job.to === undefined || job.to >= asOf));
  const current = ongoing.find(({ job }) => job.authorized === true);
  if (current !== undefined) {
    return {
      verdict: "pass",
      reason: `You are working in Canada with authorisation (workHistory[${current.index}]).`,
      missing: [],
    };
  }
  const open = ongoing
    .filter(({ job }) => job.authorized === undefined)
    .map(({ index }) => `workHistory[${index}].authorized`);
  if (until !== undefined) {
    if (open.length > 0 || history === undefined) {
      return notAnswered(
        `Your work permit ended on ${until}, before ${asOf}; whether a current job in Canada is authorised is not answered.`,
        history === undefined ? ["workHistory"] : open,
      );
    }
    return {
      verdict: "fail",
      reason: `Your work permit ended on ${until}, before ${asOf}, and no current job in Canada is authorised.`,
      missing: [],
    };
  }
  return notAnswered("Whether you are authorised to work in Canada is not answered (status.workPermitValidUntil).", [
    "status.workPermitValidUntil",
    ...open,
  ]);
}

/**
 * Whether the job offer earns FSW arranged-employment points on `asOf`: full-time, at least one
 * year, in a skilled occupation (TEER 0–3; NOC 2016 skill type 0 or level A/B before 2022-11-16),
 * supported by an LMIA or an employer-specific work permit (`jobOffer.lmia`). Internal.
 */
export function fswArrangedEmploymentFinding(offer: JobOffer | null | undefined, asOf: IsoDate): FederalFinding {
  return jobOfferFinding(
    offer,
    asOf,
    (noc) => {
      const skilled = skillFinding(noc, asOf);
      if (skilled.skilled === true) return passFinding(skilled.reason);
      if (skilled.skilled === false) {
        return { verdict: "fail", reason: `${skilled.reason} An FSW job offer must be skilled work.`, missing: [] };
      }
      return notAnswered(skilled.reason, ["jobOffer.noc"]);
    },
    "A full-time job offer of at least one year in skilled work",
  );
}
