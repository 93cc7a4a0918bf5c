// The Accelerated Tech Pathway's rules on the job's occupation: on the list in force, and the same
// as the Express Entry profile's primary occupation.

import { notAnswered } from "../../../core/define-rule.js";
import { message } from "../../../core/message.js";
import type { Rule } from "../../../core/rule.js";
import { nocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../../noc/codes.js";
import { checkAtpOccupation } from "../atp-occupations.js";
import { pathwayHistory, profileNeedsNoc2021 } from "../atp-pathway-history-data.js";
import type { AlbertaFacts } from "../facts.js";
import { ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE, ALBERTA_STREAM_SECONDARY_SOURCE } from "../sources.js";
import { jobRule } from "./job-rule.js";

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
        ? { verdict: "unknown", message: check.message, source: check.source, actual: job.noc, uncertain: true }
        : { verdict: check.verdict, message: check.message, source: check.source, actual: job.noc }
      : {
          verdict: check.verdict,
          message: check.message,
          source: check.source,
          actual: job.noc,
          missing: [check.issue.path],
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
      return notAnswered(message("atp.job.matches-profile.profile-not-answered", {}), ["expressEntryProfile"]);
    }
    if (profile === null) {
      return {
        verdict: "fail",
        message: message("atp.job.matches-profile.no-profile", {}),
      };
    }
    const primary = profile.primaryOccupation;
    if (primary === undefined) {
      return notAnswered(message("atp.job.matches-profile.primary-not-answered", {}), [
        "expressEntryProfile.primaryOccupation",
      ]);
    }
    const noc2021 = pathwayHistory().profileNoc2021;
    if (profileNeedsNoc2021(primary, asOf)) {
      return {
        verdict: "fail",
        message: message("atp.job.matches-profile.noc-2016-profile", {
          primary,
          job: job.noc,
          from: noc2021.from,
          successors: nocSuccessorCodes(primary),
        }),
        expected: "a NOC 2021 code",
        actual: primary,
        source: noc2021.source,
      };
    }
    if (nocCodeFacts(primary)?.version === 2021 && asOf < noc2021.from) {
      return {
        verdict: "unknown",
        message: message("atp.job.matches-profile.noc-2021-too-early", {
          primary,
          from: noc2021.from,
          asOf,
          predecessors: nocPredecessorCodes(primary),
        }),
        actual: primary,
        missing: ["expressEntryProfile.primaryOccupation"],
        source: noc2021.source,
      };
    }
    return sameOccupation(primary, job.noc)
      ? {
          verdict: "pass",
          message:
            primary === job.noc
              ? message("atp.job.matches-profile.same", { noc: job.noc })
              : message("atp.job.matches-profile.concordance", { primary, job: job.noc }),
          actual: primary,
        }
      : {
          verdict: "fail",
          message: message("atp.job.matches-profile.mismatch", { primary, job: job.noc }),
          expected: job.noc,
          actual: primary,
        };
  },
);
