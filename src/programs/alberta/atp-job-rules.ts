import type { Citation } from "../../core/citation.js";
import { allOf } from "../../core/combinators.js";
import { defineRule } from "../../core/define-rule.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import { nocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../noc/codes.js";
import { checkAtpOccupation } from "./atp-occupations.js";
import { pathwayHistory, qualifyingJobRuleOn } from "./atp-pathway-history-data.js";
import type { AlbertaFacts, AlbertaJob } from "./facts.js";
import {
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  ALBERTA_STREAM_SECONDARY_SOURCE,
  ATP_JOB_OFFER_TERMS_SOURCE,
} from "./sources.js";

/**
 * Full-time means at least 30 hours a week: IRCC's definition of full-time work
 * (`FULL_TIME_HOURS_PER_WEEK`), used for every rule (docs/decisions/0007-full-time-is-30-hours.md).
 */
const FULL_TIME_HOURS = 30;
/** A non-permanent offer must run at least 12 months (secondary source). */
const MINIMUM_OFFER_MONTHS = 12;

function noJob(): RuleOutcome {
  return { verdict: "unknown", reason: "No job is being checked." };
}

/* @__NO_SIDE_EFFECTS__ */
function jobRule(
  id: string,
  title: string,
  source: Citation,
  check: (job: AlbertaJob, facts: AlbertaFacts) => RuleOutcome,
): Rule<AlbertaFacts> {
  return defineRule<AlbertaFacts>({
    id,
    title,
    source,
    check: (facts) => (facts.job === undefined ? noJob() : check(facts.job, facts)),
  });
}

/**
 * The job is in Alberta: the offer's or the current job's province is `AB`.
 *
 * @example
 * ```ts
 * jobInAlberta.id; // "atp.job.in-alberta"
 * ```
 */
export const jobInAlberta: Rule<AlbertaFacts> = jobRule(
  "atp.job.in-alberta",
  "The job is in Alberta",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job) => {
    if (job.province === undefined) {
      return {
        verdict: "unknown",
        reason: "The province of the job was not answered.",
        missing: [`${job.path}.province`],
      };
    }
    return job.province === "AB"
      ? { verdict: "pass", reason: "The job is in Alberta.", actual: "AB" }
      : {
          verdict: "fail",
          reason: `The job is in ${job.province}; the pathway needs work in Alberta.`,
          expected: "AB",
          actual: job.province,
        };
  },
);

/**
 * The job's occupation is on the Accelerated Tech Pathway list in force on `asOf` (NOC 2016 codes
 * before 2022-11-16, NOC 2021 codes from then; `unknown` where the list's history is uncertain).
 *
 * @example
 * ```ts
 * atpOccupation.id; // "atp.job.occupation"
 * ```
 */
export const atpOccupation: Rule<AlbertaFacts> = jobRule(
  "atp.job.occupation",
  "The occupation is on the Accelerated Tech Pathway list",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job, { asOf }) => {
    const check = checkAtpOccupation(job.noc, asOf, { path: `${job.path}.noc` });
    // Without an input issue, an unknown comes from the list's own history on asOf: no answer settles it.
    return check.issue === undefined
      ? check.verdict === "unknown"
        ? { verdict: "unknown", reason: check.reason, source: check.source, actual: job.noc, uncertain: true }
        : { verdict: check.verdict, reason: check.reason, source: check.source, actual: job.noc }
      : {
          verdict: check.verdict,
          reason: check.reason,
          source: check.source,
          actual: job.noc,
          missing: [check.issue.path],
        };
  },
);

/**
 * The employer is Alberta-based (`employer.albertaBased`).
 *
 * @example
 * ```ts
 * employerAlbertaBased.id; // "atp.job.employer-alberta-based"
 * ```
 */
export const employerAlbertaBased: Rule<AlbertaFacts> = jobRule(
  "atp.job.employer-alberta-based",
  "The employer is Alberta-based",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job) => {
    const answer = job.employer?.albertaBased;
    if (answer === undefined) {
      return {
        verdict: "unknown",
        reason: "Whether the employer is Alberta-based was not answered.",
        missing: [`${job.path}.employer.albertaBased`],
      };
    }
    return answer
      ? { verdict: "pass", reason: "The employer is Alberta-based." }
      : { verdict: "fail", reason: "The employer is not Alberta-based; the pathway needs an Alberta employer." };
  },
);

/**
 * The employer's primary business is in Alberta's tech industry. The AAIP defines it by a list of
 * NAICS codes whose contents are not known to this library, so the rule reads
 * `employer.techIndustry` (the user's answer against that list); `employer.naics` is kept for when
 * the list can be encoded.
 *
 * @example
 * ```ts
 * employerInTechIndustry.id; // "atp.job.employer-tech-industry"
 * ```
 */
export const employerInTechIndustry: Rule<AlbertaFacts> = jobRule(
  "atp.job.employer-tech-industry",
  "The employer is in Alberta's tech industry (AAIP NAICS list)",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job) => {
    const answer = job.employer?.techIndustry;
    const naics = job.employer?.naics;
    const note =
      " The AAIP's list of eligible NAICS codes is not encoded in this library (its contents were not available), so this rests on your answer.";
    if (answer === undefined) {
      return {
        verdict: "unknown",
        reason: `Not answered: whether the employer's primary business is on the AAIP tech-industry NAICS list${naics !== undefined ? ` (NAICS ${naics})` : ""}.${note}`,
        missing: [`${job.path}.employer.techIndustry`],
      };
    }
    return answer
      ? {
          verdict: "pass",
          reason: `The employer's primary business is in the tech industry${naics !== undefined ? ` (NAICS ${naics})` : ""}.${note}`,
        }
      : {
          verdict: "fail",
          reason:
            "The employer's primary business is not in Alberta's tech industry as the AAIP NAICS list defines it.",
        };
  },
);

/**
 * Full-time work: at least 30 hours a week.
 *
 * @example
 * ```ts
 * fullTimeJob.id; // "atp.job.full-time"
 * ```
 */
export const fullTimeJob: Rule<AlbertaFacts> = jobRule(
  "atp.job.full-time",
  "Full-time (at least 30 hours a week)",
  ATP_JOB_OFFER_TERMS_SOURCE,
  (job) => {
    if (job.hoursPerWeek === undefined) {
      return {
        verdict: "unknown",
        reason: "The hours per week of the job were not answered.",
        missing: [`${job.path}.hoursPerWeek`],
      };
    }
    return job.hoursPerWeek >= FULL_TIME_HOURS
      ? {
          verdict: "pass",
          reason: `${job.hoursPerWeek} hours a week is full-time.`,
          expected: `>= ${FULL_TIME_HOURS}`,
          actual: job.hoursPerWeek,
        }
      : {
          verdict: "fail",
          reason: `${job.hoursPerWeek} hours a week; the pathway needs full-time work of at least ${FULL_TIME_HOURS} hours a week.`,
          expected: `>= ${FULL_TIME_HOURS}`,
          actual: job.hoursPerWeek,
        };
  },
);

/**
 * An employee: independent contractors and temporary-agency workers are not eligible, and
 * self-employment is not a job with an employer.
 *
 * @example
 * ```ts
 * employeeNotContractor.id; // "atp.job.employee"
 * ```
 */
export const employeeNotContractor: Rule<AlbertaFacts> = jobRule(
  "atp.job.employee",
  "An employee (not an independent contractor or temporary-agency worker)",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job) => {
    if (job.engagement === undefined) {
      return {
        verdict: "unknown",
        reason: "Whether you are (or will be) an employee, a contractor or an agency worker was not answered.",
        missing: [`${job.path}.engagement`],
      };
    }
    if (job.engagement === "employee") return { verdict: "pass", reason: "An employee of the employer." };
    const what =
      job.engagement === "independent-contractor"
        ? "Independent contractors"
        : job.engagement === "temporary-agency"
          ? "Temporary-agency workers"
          : "Self-employed people";
    return {
      verdict: "fail",
      reason: `${what} are not eligible for the Accelerated Tech Pathway; it needs an employee of the Alberta employer.`,
      expected: "employee",
      actual: job.engagement,
    };
  },
);

/**
 * Which jobs count on `asOf`. In the launch era the pathway counted a current job with an Alberta
 * tech employer as well as a job offer ("currently working for, or have a job offer with"), known
 * to hold until 2024-06-11; from 2024-12-11 the official wording asks for a job offer for full-time
 * employment in Alberta (the parameters of that day's Accelerated Tech Pathway draw, and the 2026
 * stream page). A job offer always passes. A current job without an offer passes until
 * 2024-06-11, is `unknown` from 2024-06-12 to 2024-12-10 (the law on those days is uncertain: no
 * source dates the change; nothing is `missing`), and fails from 2024-12-11. Dates:
 * data/alberta/atp-pathway-history.json (`qualifyingJob`).
 *
 * @example
 * ```ts
 * jobOfferOrEmployment.id; // "atp.job.offer-or-employment"
 * ```
 */
export const jobOfferOrEmployment: Rule<AlbertaFacts> = jobRule(
  "atp.job.offer-or-employment",
  "A job offer (a current job without one counted only in the launch era)",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job, { asOf }) => {
    const history = pathwayHistory().qualifyingJob;
    if (job.kind === "job-offer") {
      return { verdict: "pass", reason: "A job offer.", actual: "job-offer" };
    }
    const counts = "A written permanent full-time job offer from the employer counts on every date.";
    switch (qualifyingJobRuleOn(asOf)) {
      case "employment-or-offer":
        return {
          verdict: "pass",
          reason: `On ${asOf} a current job with an Alberta tech employer counts as well as a job offer (the pathway's launch-era wording, "currently working for, or have a job offer with", known to hold until ${history.launchKnownThrough}).`,
          actual: "current-employment",
          source: history.launchSource,
        };
      case "uncertain":
        return {
          verdict: "unknown",
          reason: `The law on ${asOf} is uncertain: ${history.uncertain.reason} So whether a current job without a job offer counts on ${asOf} is not known. ${counts}`,
          actual: "current-employment",
          source: history.offerSource,
          uncertain: true,
        };
      case "offer-only":
        return {
          verdict: "fail",
          reason: `From ${history.offerFrom} the pathway asks for a job offer for full-time employment in Alberta: a current job without an offer does not count. ${counts}`,
          expected: "job-offer",
          actual: "current-employment",
          source: history.offerSource,
        };
    }
  },
);

/**
 * A job offer must be permanent or run at least 12 months (secondary source). Current
 * employment passes this rule: it applies to offers only. A shorter `durationMonths` fails only
 * when `permanent` is answered `false`; with `permanent` unanswered it is `unknown` (a permanent
 * offer would pass, and a fail must be final).
 *
 * @example
 * ```ts
 * offerTerm.id; // "atp.job.offer-term"
 * ```
 */
export const offerTerm: Rule<AlbertaFacts> = jobRule(
  "atp.job.offer-term",
  "A permanent offer, or one of at least 12 months",
  ATP_JOB_OFFER_TERMS_SOURCE,
  (job) => {
    if (job.kind === "current-employment") {
      return { verdict: "pass", reason: "Current employment: the offer term applies to job offers only." };
    }
    if (job.permanent === true) return { verdict: "pass", reason: "The offer is permanent.", actual: "permanent" };
    if (job.durationMonths !== undefined && job.durationMonths >= MINIMUM_OFFER_MONTHS) {
      return {
        verdict: "pass",
        reason: `The offer runs ${job.durationMonths} months.`,
        expected: `>= ${MINIMUM_OFFER_MONTHS} months`,
        actual: job.durationMonths,
      };
    }
    if (job.durationMonths !== undefined && job.permanent === false) {
      return {
        verdict: "fail",
        reason: `The offer runs ${job.durationMonths} months; it must be permanent or run at least ${MINIMUM_OFFER_MONTHS} months.`,
        expected: `>= ${MINIMUM_OFFER_MONTHS} months`,
        actual: job.durationMonths,
      };
    }
    if (job.durationMonths !== undefined) {
      // Short, but whether the offer is permanent was not answered: a permanent offer would pass,
      // so this is not yet a fail (a fail must be final).
      return {
        verdict: "unknown",
        reason: `The offer runs ${job.durationMonths} months, under the ${MINIMUM_OFFER_MONTHS} months needed unless it is permanent; whether it is permanent was not answered.`,
        expected: `permanent, or >= ${MINIMUM_OFFER_MONTHS} months`,
        actual: job.durationMonths,
        missing: [`${job.path}.permanent`],
      };
    }
    return {
      verdict: "unknown",
      reason:
        job.permanent === false
          ? "The offer is not permanent and its length in months was not answered."
          : "Whether the offer is permanent (or how many months it runs) was not answered.",
      missing: job.permanent === false ? [`${job.path}.durationMonths`] : [`${job.path}.permanent`],
    };
  },
);

function sameOccupation(a: string, b: string): boolean {
  if (a === b) return true;
  const related = a.length === 4 ? nocSuccessorCodes(a) : nocPredecessorCodes(a);
  return related.includes(b);
}

/**
 * The Express Entry profile's primary occupation matches the job's NOC code, across NOC versions
 * through the StatCan concordance where the job is given in the other version. The profile holds a
 * NOC 2016 code before 2022-11-16 and a NOC 2021 code from then (AAIP update of 2022-11-16:
 * Alberta Express Entry candidates must update the NOC in their profile): a NOC 2016 profile code
 * on or after that day fails (update the profile), and a NOC 2021 profile code before it is
 * `unknown` until the code the profile then held is given.
 *
 * @example
 * ```ts
 * profileOccupationMatches.id; // "atp.job.matches-profile"
 * ```
 */
export const profileOccupationMatches: Rule<AlbertaFacts> = jobRule(
  "atp.job.matches-profile",
  "The Express Entry profile's primary occupation matches the job",
  ALBERTA_STREAM_SECONDARY_SOURCE,
  (job, { candidate, asOf }) => {
    const profile = candidate.expressEntryProfile;
    if (profile === undefined) {
      return {
        verdict: "unknown",
        reason: "The Express Entry profile was not answered.",
        missing: ["expressEntryProfile"],
      };
    }
    if (profile === null) {
      return {
        verdict: "fail",
        reason: "There is no Express Entry profile whose primary occupation could match the job.",
      };
    }
    const primary = profile.primaryOccupation;
    if (primary === undefined) {
      return {
        verdict: "unknown",
        reason: "The primary occupation in the Express Entry profile was not answered.",
        missing: ["expressEntryProfile.primaryOccupation"],
      };
    }
    const noc2021 = pathwayHistory().profileNoc2021;
    const version = nocCodeFacts(primary)?.version;
    if (version === 2016 && asOf >= noc2021.from) {
      const successors = nocSuccessorCodes(primary);
      const became = successors.length === 0 ? "" : ` (${primary} became ${successors.join(" or ")})`;
      return {
        verdict: "fail",
        reason:
          `The profile's primary occupation NOC ${primary} is a NOC 2016 code, so it does not match the job (NOC ${job.noc}): ` +
          `from ${noc2021.from} Express Entry uses NOC 2021 codes, and Alberta Express Entry candidates must update the NOC in their Express Entry profile to remain eligible for selection. ` +
          `Update the profile's primary occupation to its NOC 2021 code${became}.`,
        expected: "a NOC 2021 code",
        actual: primary,
        source: noc2021.source,
      };
    }
    if (version === 2021 && asOf < noc2021.from) {
      const predecessors = nocPredecessorCodes(primary);
      const came = predecessors.length === 0 ? "" : ` (${primary} came from ${predecessors.join(" or ")})`;
      return {
        verdict: "unknown",
        reason:
          `The profile's primary occupation is given as NOC ${primary}, a NOC 2021 code, but before ${noc2021.from} Express Entry profiles held NOC 2016 codes: ` +
          `give the NOC 2016 code the profile held on ${asOf}${came}.`,
        actual: primary,
        missing: ["expressEntryProfile.primaryOccupation"],
        source: noc2021.source,
      };
    }
    return sameOccupation(primary, job.noc)
      ? {
          verdict: "pass",
          reason:
            primary === job.noc
              ? `The profile's primary occupation is the job's, NOC ${job.noc}.`
              : `The profile's primary occupation NOC ${primary} corresponds to the job's NOC ${job.noc} in the StatCan concordance.`,
          actual: primary,
        }
      : {
          verdict: "fail",
          reason: `The profile's primary occupation is NOC ${primary} but the job is NOC ${job.noc}; update the profile so they match.`,
          expected: job.noc,
          actual: primary,
        };
  },
);

/**
 * Every requirement one job must meet together for the Accelerated Tech Pathway.
 *
 * @example
 * ```ts
 * atpJobRequirements.children?.map((r) => r.id);
 * ```
 */
export const atpJobRequirements: Rule<AlbertaFacts> = allOf("atp.job", "The job meets every pathway requirement", [
  jobInAlberta,
  atpOccupation,
  employerAlbertaBased,
  employerInTechIndustry,
  fullTimeJob,
  employeeNotContractor,
  jobOfferOrEmployment,
  offerTerm,
  profileOccupationMatches,
]);
