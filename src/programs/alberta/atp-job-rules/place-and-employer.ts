// The Accelerated Tech Pathway's rules on where the job is and who the employer is: in Alberta, an
// Alberta-based employer, in the tech industry.

import { notAnswered } from "../../../core/define-rule.js";
import { message } from "../../../core/message.js";
import type { Rule } from "../../../core/rule.js";
import type { AlbertaFacts } from "../facts.js";
import { ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE } from "../sources.js";
import { jobRule } from "./job-rule.js";

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
      return notAnswered(message("atp.job.in-alberta.not-answered", {}), [`${job.path}.province`]);
    }
    return job.province === "AB"
      ? { verdict: "pass", message: message("atp.job.in-alberta.pass", {}), actual: "AB" }
      : {
          verdict: "fail",
          message: message("atp.job.in-alberta.fail", { province: job.province }),
          expected: "AB",
          actual: job.province,
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
      return notAnswered(message("atp.job.employer-alberta-based.not-answered", {}), [
        `${job.path}.employer.albertaBased`,
      ]);
    }
    return answer
      ? { verdict: "pass", message: message("atp.job.employer-alberta-based.pass", {}) }
      : { verdict: "fail", message: message("atp.job.employer-alberta-based.fail", {}) };
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
    const naicsParam = naics === undefined ? {} : { naics };
    if (answer === undefined) {
      return notAnswered(message("atp.job.employer-tech-industry.not-answered", naicsParam), [
        `${job.path}.employer.techIndustry`,
      ]);
    }
    return answer
      ? { verdict: "pass", message: message("atp.job.employer-tech-industry.pass", naicsParam) }
      : { verdict: "fail", message: message("atp.job.employer-tech-industry.fail", {}) };
  },
);
