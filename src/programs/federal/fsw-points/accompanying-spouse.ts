// Whether an accompanying spouse or partner can earn the spouse's adaptability elements.

import { notAnswered } from "../../../core/define-rule.js";
import type { Candidate } from "../../../models/candidate.js";
import type { FederalFinding } from "../findings.js";

/** Whether there is an accompanying spouse or partner. */
export function accompanyingSpouse(candidate: Candidate): FederalFinding {
  const spouse = candidate.spouse;
  if (spouse === null) return { verdict: "fail", reason: "No spouse or partner.", missing: [] };
  if (spouse !== undefined) {
    return spouse.accompanying
      ? { verdict: "pass", reason: "Your spouse or partner is coming with you.", missing: [] }
      : { verdict: "fail", reason: "Your spouse or partner is not coming with you.", missing: [] };
  }
  const status = candidate.maritalStatus;
  if (status === "married" || status === "common-law") {
    return notAnswered("Your spouse or partner's details are not given (spouse).", ["spouse"]);
  }
  if (status === undefined) {
    return notAnswered("Marital status is not given (maritalStatus).", ["maritalStatus", "spouse"]);
  }
  return { verdict: "fail", reason: `Marital status ${status}: no spouse or partner.`, missing: [] };
}
