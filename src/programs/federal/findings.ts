// Small three-valued findings the federal rules share: a job offer that meets a program's terms,
// and authorisation to work in Canada on `asOf`.

import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import type { Verdict } from "../../core/verdict.js";
import { FULL_TIME_HOURS_PER_WEEK, JOB_OFFER_MINIMUM_MONTHS } from "../../experience/constants.js";
import { skillFinding } from "../../experience/skilled-occupation.js";
import type { Candidate } from "../../models/candidate.js";
import type { JobOffer } from "../../models/job-offer.js";
import { offerMadeAfter } from "../../models/job-offer-made.js";

/**
 * A three-valued answer with its explanation (`message`) and, when `unknown`, the input paths that would decide it.
 *
 * @example
 * ```ts
 * const f: FederalFinding = deriveFederalFacts(candidate, asOf).workAuthorization;
 * if (f.verdict === "unknown") console.log("answer:", f.missing);
 * ```
 */
export interface FederalFinding {
  readonly verdict: Verdict;
  /** Why, as data: render it with a locale. */
  readonly message: Message;
  /** Input paths that would decide an `unknown` finding; empty otherwise. */
  readonly missing: readonly string[];
}

/** The messages of several findings as one: the message itself when there is one. Internal. */
function sentencesOf(findings: readonly FederalFinding[]): Message {
  const only = findings.length === 1 ? findings[0] : undefined;
  return only !== undefined ? only.message : message("federal.sentences", { parts: findings.map((f) => f.message) });
}

/** Collects checks: any failure fails (with every failure's reason), else any unknown is unknown. Internal. */
export function combineChecks(checks: readonly FederalFinding[], pass: Message): FederalFinding {
  const failed = checks.filter((c) => c.verdict === "fail");
  if (failed.length > 0) return { verdict: "fail", message: sentencesOf(failed), missing: [] };
  const open = checks.filter((c) => c.verdict === "unknown");
  if (open.length > 0) {
    return {
      verdict: "unknown",
      message: sentencesOf(open),
      missing: [...new Set(open.flatMap((c) => c.missing))],
    };
  }
  return { verdict: "pass", message: pass, missing: [] };
}

const NOTHING_MISSING: readonly string[] = [];

/** A finding left `unknown` by the unanswered inputs `missing`. Internal. */
export function notAnswered(explanation: Message, missing: readonly string[]): FederalFinding {
  return { verdict: "unknown", message: explanation, missing };
}

/**
 * Whether a job offer meets the common federal terms on `asOf`: made on or before `asOf`,
 * full-time (30 hours a week or more), for at least one year (permanent, or `durationMonths`
 * of 12 or more), in an occupation `occupation` accepts, and supported by a positive Labour
 * Market Impact Assessment or made by the employer of an employer-specific work permit the
 * candidate works under (`jobOffer.lmia` `"approved"` or `"exempt-work-permit"`; `"none"` fails,
 * left out is `unknown`). IRCC's FSW grid ("Six selection factors", arranged employment) and FST
 * page ("a valid job offer") set no start date for the work-permit route, so the CRS's
 * 2016-11-19 limit is not applied. A seasonal offer (`seasonal: true`) or one to an independent
 * contractor fails; `seasonal` left out is taken to be non-seasonal, and the pass reason says so;
 * `engagement` left out is `unknown` (the offer could be a contract for services).
 * `kind` names the offer in reasons (in skilled work, in the trade, in a skilled trade). Internal.
 */
export function jobOfferFinding(
  offer: JobOffer | null | undefined,
  asOf: IsoDate,
  occupation: (noc: string) => FederalFinding,
  kind: "skilled-work" | "trade" | "skilled-trade",
): FederalFinding {
  if (offer === undefined) {
    return notAnswered(message("federal.job-offer.not-answered", {}), ["jobOffer"]);
  }
  if (offer === null) return { verdict: "fail", message: message("federal.job-offer.none", {}), missing: [] };
  const checks: FederalFinding[] = [];
  if (offerMadeAfter(offer, asOf)) {
    checks.push({
      verdict: "fail",
      message: message("federal.job-offer.after-as-of", { offeredOn: offer.offeredOn, asOf }),
      missing: [],
    });
  }
  checks.push(occupation(offer.noc));
  if (offer.hoursPerWeek === undefined) {
    checks.push(notAnswered(message("federal.job-offer.hours-not-answered", {}), ["jobOffer.hoursPerWeek"]));
  } else if (offer.hoursPerWeek < FULL_TIME_HOURS_PER_WEEK) {
    checks.push({
      verdict: "fail",
      message: message("federal.job-offer.part-time", { hoursPerWeek: offer.hoursPerWeek }),
      missing: [],
    });
  }
  if (offer.permanent !== true) {
    if (offer.durationMonths !== undefined) {
      if (offer.durationMonths < JOB_OFFER_MINIMUM_MONTHS && offer.permanent === false) {
        checks.push({
          verdict: "fail",
          message: message("federal.job-offer.too-short", { months: offer.durationMonths }),
          missing: [],
        });
      } else if (offer.durationMonths < JOB_OFFER_MINIMUM_MONTHS) {
        // Too short, unless the offer is permanent: that answer is still open.
        checks.push(
          notAnswered(message("federal.job-offer.too-short-unless-permanent", { months: offer.durationMonths }), [
            "jobOffer.permanent",
          ]),
        );
      }
    } else {
      const path = offer.permanent === false ? "jobOffer.durationMonths" : "jobOffer.permanent";
      checks.push(notAnswered(message("federal.job-offer.duration-not-answered", { path }), [path]));
    }
  }
  if (offer.lmia === undefined) {
    checks.push(notAnswered(message("federal.job-offer.lmia-not-answered", {}), ["jobOffer.lmia"]));
  } else if (offer.lmia === "none") {
    checks.push({ verdict: "fail", message: message("federal.job-offer.lmia-none", {}), missing: [] });
  }
  // Arranged employment is non-seasonal employment: seasonal work, or a contract for services, is none.
  if (offer.seasonal === true) {
    checks.push({ verdict: "fail", message: message("federal.job-offer.seasonal", {}), missing: [] });
  }
  if (offer.engagement === "independent-contractor") {
    checks.push({ verdict: "fail", message: message("federal.job-offer.independent-contractor", {}), missing: [] });
  } else if (offer.engagement === undefined) {
    // Unanswered, the offer could be a contract for services, which is no arranged employment.
    checks.push(notAnswered(message("federal.job-offer.engagement-not-answered", {}), ["jobOffer.engagement"]));
  }
  return combineChecks(
    checks,
    message("federal.job-offer.valid", {
      kind,
      noc: offer.noc,
      hoursPerWeek: offer.hoursPerWeek ?? null,
      durationMonths: offer.permanent === true ? "permanent" : (offer.durationMonths ?? null),
      lmia: offer.lmia === "approved" ? "approved" : "exempt-work-permit",
      seasonalAnswered: offer.seasonal === false,
    }),
  );
}

/** A finding that passes with the given explanation. Internal. */
export function passFinding(explanation: Message): FederalFinding {
  return { verdict: "pass", message: explanation, missing: NOTHING_MISSING };
}

/**
 * Whether the candidate is authorised to work in Canada on `asOf`: a work permit valid on that day
 * (`status.workPermitValidUntil` on or after `asOf`), or a job in Canada going on that day with
 * `authorized: true`. A permit that ended before `asOf`, or none (`null`), with no such job is
 * `fail`; nothing answered is `unknown` (`status.workPermitValidUntil`). Internal.
 */
export function workAuthorizationFinding(candidate: Candidate, asOf: IsoDate): FederalFinding {
  const until = candidate.status?.workPermitValidUntil;
  if (until !== undefined && until !== null && until >= asOf) {
    return { verdict: "pass", message: message("federal.work-authorization.permit-valid", { until }), missing: [] };
  }
  const history = candidate.workHistory;
  const ongoing = (history ?? [])
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => job.country === "CA" && job.from <= asOf && (job.to === undefined || job.to >= asOf));
  const current = ongoing.find(({ job }) => job.authorized === true);
  if (current !== undefined) {
    return {
      verdict: "pass",
      message: message("federal.work-authorization.working", { index: current.index }),
      missing: [],
    };
  }
  const open = ongoing
    .filter(({ job }) => job.authorized === undefined)
    .map(({ index }) => `workHistory[${index}].authorized`);
  if (until === null) {
    // No permit: only a current authorised job in Canada can settle it.
    if (open.length > 0 || history === undefined) {
      return notAnswered(
        message("federal.work-authorization.no-permit-job-not-answered", {}),
        history === undefined ? ["workHistory"] : open,
      );
    }
    return { verdict: "fail", message: message("federal.work-authorization.no-permit", {}), missing: [] };
  }
  if (until !== undefined) {
    if (open.length > 0 || history === undefined) {
      return notAnswered(
        message("federal.work-authorization.permit-ended-job-not-answered", { until, asOf }),
        history === undefined ? ["workHistory"] : open,
      );
    }
    return {
      verdict: "fail",
      message: message("federal.work-authorization.permit-ended", { until, asOf }),
      missing: [],
    };
  }
  return notAnswered(message("federal.work-authorization.not-answered", {}), ["status.workPermitValidUntil", ...open]);
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
      if (skilled.skilled === true) return passFinding(skilled.message);
      if (skilled.skilled === false) {
        return {
          verdict: "fail",
          message: message("fsw.job-offer.not-skilled", { skill: skilled.message }),
          missing: [],
        };
      }
      return notAnswered(skilled.message, ["jobOffer.noc"]);
    },
    "skilled-work",
  );
}
