// Whether an accompanying spouse or partner can earn the spouse's adaptability elements.

import { type Message, message } from "../../../core/message.js";
import type { Candidate } from "../../../models/candidate.js";
import { spouseStanding } from "../../../readings/accompanying-spouse.js";
import { type FederalFinding, notAnswered } from "../findings.js";

/**
 * Whether there is an accompanying spouse or partner. A marital status without one (single,
 * divorced, widowed, ...) settles it whatever `spouse` holds, as the CRS reads it; a spouse
 * described without a marital status leaves the status open. A spouse who is a Canadian citizen or
 * permanent resident earns no element, whatever the marital status: IRPR s. 83(1) gives the
 * spouse's elements to an *accompanying* spouse or partner, one who immigrates with the candidate
 * (IRCC, "Six selection factors – Federal Skilled Worker Program": "You and your spouse or
 * common-law partner who will immigrate with you to Canada can earn points for adaptability"; the
 * officers' instructions on adaptability, as quoted by immigration.ca: the accompanying spouse
 * "must be someone other than a permanent resident living in Canada or a Canadian citizen"), as
 * the CRS scores such a candidate with the single column.
 */
export function accompanyingSpouse(candidate: Candidate): FederalFinding {
  const standing = spouseStanding(candidate);
  const decided = (verdict: "pass" | "fail", explanation: Message): FederalFinding => ({
    verdict,
    message: explanation,
    missing: [],
  });
  switch (standing.kind) {
    case "none":
      return decided(
        "fail",
        standing.status === undefined
          ? message("fsw.spouse.none", {})
          : message("fsw.spouse.single", { status: standing.status }),
      );
    case "not-accompanying":
      return decided("fail", message("fsw.spouse.not-accompanying", {}));
    case "citizen-or-permanent-resident":
      return decided("fail", message("fsw.spouse.citizen-or-permanent-resident", {}));
    case "accompanying":
      return decided("pass", message("fsw.spouse.accompanying", {}));
    case "status-open":
      return notAnswered(message("fsw.spouse.marital-status-not-answered", {}), ["maritalStatus"]);
    case "spouse-open":
      return notAnswered(message("fsw.spouse.not-answered", {}), ["spouse"]);
    case "both-open":
      return notAnswered(message("fsw.spouse.marital-status-not-answered", {}), ["maritalStatus", "spouse"]);
  }
}
