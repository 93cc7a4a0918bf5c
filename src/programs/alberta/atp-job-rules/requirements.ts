// Every requirement one job must meet for the Accelerated Tech Pathway, in the order they explain.

import { allOf } from "../../../core/combinators.js";
import type { Rule } from "../../../core/rule.js";
import type { AlbertaFacts } from "../facts.js";
import { atpOccupation, profileOccupationMatches } from "./occupation.js";
import { employerAlbertaBased, employerInTechIndustry, jobInAlberta } from "./place-and-employer.js";
import { employeeNotContractor, fullTimeJob, jobOfferOrEmployment, offerTerm } from "./terms.js";

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
