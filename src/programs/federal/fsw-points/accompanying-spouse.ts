// Whether an accompanying spouse or partner can earn the spouse's adaptability elements.

import { message } from "../../../core/message.js";
import type { Candidate } from "../../../models/candidate.js";
import { type FederalFinding, notAnswered } from "../findings.js";

/** Whether there is an accompanying spouse or partner. */
export function accompanyingSpouse(candidate: Candidate): FederalFinding {
  const spouse = candidate.spouse;
  if (spouse === null) return { verdict: "fail", message: message("fsw.spouse.none", {}), missing: [] };
  if (spouse !== undefined) {
    return spouse.accompanying
      ? { verdict: "pass", message: message("fsw.spouse.accompanying", {}), missing: [] }
      : { verdict: "fail", message: message("fsw.spouse.not-accompanying", {}), missing: [] };
  }
  const status = candidate.maritalStatus;
  if (status === "married" || status === "common-law") {
    return notAnswered(message("fsw.spouse.not-answered", {}), ["spouse"]);
  }
  if (status === undefined) {
    return notAnswered(message("fsw.spouse.marital-status-not-answered", {}), ["maritalStatus", "spouse"]);
  }
  return { verdict: "fail", message: message("fsw.spouse.single", { status }), missing: [] };
}
