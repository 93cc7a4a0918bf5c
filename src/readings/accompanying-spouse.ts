// Whether the candidate has a spouse or partner who immigrates with them, as the CRS (the spouse
// columns) and the FSW grid (the spouse's adaptability elements) both read it. Internal.

import type { Candidate } from "../models/candidate.js";

/**
 * What the answers say about an accompanying spouse or partner:
 * - `none`: `spouse: null`, or a marital status without one (`single`, `divorced`, ...), whatever
 *   `spouse` holds;
 * - `not-accompanying`: the spouse is not coming;
 * - `citizen-or-permanent-resident`: the spouse is a Canadian citizen or permanent resident, who
 *   does not immigrate with the candidate (IRPR s. 83(1) gives the spouse's adaptability elements to
 *   an accompanying spouse; the CRS scores such a candidate with the single column);
 * - `accompanying`: married or common-law, with a spouse who is coming and is neither;
 * - `status-open`: a spouse who could accompany is described, the marital status is not answered;
 * - `spouse-open`: married or common-law, the spouse not described;
 * - `both-open`: neither answered.
 */
export type SpouseStanding =
  | { readonly kind: "none"; readonly status?: string }
  | { readonly kind: "not-accompanying" | "citizen-or-permanent-resident" | "accompanying" }
  | { readonly kind: "status-open" | "spouse-open" | "both-open" };

/** The candidate's spouse standing (see {@link SpouseStanding}). Internal. */
export function spouseStanding(candidate: Candidate): SpouseStanding {
  const { spouse, maritalStatus: status } = candidate;
  const partnered = status === "married" || status === "common-law";
  if (spouse === null) return { kind: "none" };
  if (status !== undefined && !partnered) return { kind: "none", status };
  if (spouse === undefined) return { kind: partnered ? "spouse-open" : "both-open" };
  if (!spouse.accompanying) return { kind: "not-accompanying" };
  if (spouse.canadianCitizenOrPermanentResident) return { kind: "citizen-or-permanent-resident" };
  return { kind: partnered ? "accompanying" : "status-open" };
}
