// Every requirement one job must meet for the Accelerated Tech Pathway, in the order they explain.

import { allOf } from "../../../core/combinators.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { message } from "../../../core/message.js";
import type { Rule, RuleResult } from "../../../core/rule.js";
import { nocCodeFacts } from "../../../noc/codes.js";
import { nocName } from "../atp-occupation-reasons.js";
import { checkAtpOccupation } from "../atp-occupations.js";
import type { AlbertaFacts } from "../facts.js";
import { atpOccupation, profileOccupationMatches } from "./occupation.js";
import { employerAlbertaBased, employerInTechIndustry, jobInAlberta } from "./place-and-employer.js";
import { employeeNotContractor, fullTimeJob, jobOfferOrEmployment, offerTerm } from "./terms.js";

const ID = "atp.job";
const TITLE = "The job meets every pathway requirement";

/**
 * A job code of the other NOC version leaves `atp.job.occupation` open until it is restated, and
 * `atp.job.matches-profile` passes it through the concordance; together they ask more: the
 * restatement that matches the profile is the profile's own code. When that code is not on the
 * list, no restatement meets both and the job fails. Only while both parts are in the tree (the
 * occupation open, the profile matched), so a rule set without either is not affected.
 */
function restatementCannotQualify(result: RuleResult, facts: AlbertaFacts, asOf: IsoDate): RuleResult | undefined {
  const parts = result.children ?? [];
  const verdictOf = (id: string) => parts.find((r) => r.id === id)?.verdict;
  if (verdictOf(atpOccupation.id) !== "unknown" || verdictOf(profileOccupationMatches.id) !== "pass") return undefined;
  const jobCode = facts.job?.noc;
  const primary = facts.candidate.expressEntryProfile?.primaryOccupation;
  if (jobCode === undefined || primary === undefined) return undefined;
  // The job's code to restate: the codes it may become are the concordance's, one of them the profile's.
  const restated = checkAtpOccupation(jobCode, asOf);
  if (restated.issue?.code !== "noc_version_mismatch") return undefined;
  if (!(restated.successors ?? restated.predecessors ?? []).includes(primary)) return undefined;
  const job = nocCodeFacts(jobCode);
  const profile = nocCodeFacts(primary);
  const listed = checkAtpOccupation(primary, asOf);
  if (job === undefined || profile === undefined || listed.verdict !== "fail" || listed.issue !== undefined) {
    return undefined;
  }
  const { missing: _open, ...decided } = result;
  return {
    ...decided,
    verdict: "fail",
    message: message("atp.occupation.version-mismatch-profile-not-listed", {
      noc: nocName(jobCode),
      codeVersion: job.version,
      asOf,
      nocVersion: profile.version,
      profile: nocName(primary),
    }),
  };
}

/** All of the job's parts, with the check above on their results. */
/* @__NO_SIDE_EFFECTS__ */
function jobRequirements(parts: ReadonlyArray<Rule<AlbertaFacts>>): Rule<AlbertaFacts> {
  const all = allOf(ID, TITLE, parts);
  return {
    ...all,
    withChildren: (children) => jobRequirements(children),
    evaluate(facts, ctx) {
      const result = all.evaluate(facts, ctx);
      return result.verdict === "unknown" ? (restatementCannotQualify(result, facts, ctx.asOf) ?? result) : result;
    },
  };
}

/**
 * Every requirement one job must meet together for the Accelerated Tech Pathway: all nine parts,
 * and, for a job code of the other NOC version, a restatement that is both on the list and the
 * profile's primary occupation (when the only code matching the profile is off the list, the job
 * fails with `atp.occupation.version-mismatch-profile-not-listed`).
 *
 * @example
 * ```ts
 * atpJobRequirements.children?.map((r) => r.id);
 * ```
 */
export const atpJobRequirements: Rule<AlbertaFacts> = jobRequirements([
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
