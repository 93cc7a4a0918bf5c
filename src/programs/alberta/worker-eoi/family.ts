// The family-in-Alberta line of the Worker EOI grid, with the wider list of relatives that counted
// for EOIs submitted up to a date.

import type { Candidate } from "../../../models/candidate.js";
import type { GridVersion } from "./data.js";
import { workerEoiFamily } from "./family-data.js";
import { certain, maximumOf, type Part, pointsOf } from "./part.js";

/**
 * Family in Alberta (FAQ): a parent, child or sibling counts whatever the EOI's submission date; a
 * grandparent, grandchild, aunt, uncle, niece or nephew only for an EOI submitted on or before the
 * data's last day of the wider list (2025-01-29, data/alberta/worker-eoi-family.json).
 */
export function family(grid: GridVersion, c: Candidate): Part {
  const full = pointsOf(grid, "family-in-alberta", "yes");
  if (c.familyInAlberta === true) return certain(full, "yes");
  const submitted = c.workerEoiSubmittedOn;
  const widerListApplies = submitted === undefined ? undefined : submitted <= workerEoiFamily().widerThrough;
  const wider =
    widerListApplies === false || c.extendedFamilyInAlberta === false
      ? false
      : widerListApplies === true && c.extendedFamilyInAlberta === true
        ? true
        : undefined;
  if (wider === true) return certain(full, "yes");
  if (c.familyInAlberta === false && wider === false) return certain(0);
  const missing = [
    ...(c.familyInAlberta === undefined ? ["familyInAlberta"] : []),
    ...(wider === undefined && c.extendedFamilyInAlberta === undefined ? ["extendedFamilyInAlberta"] : []),
    ...(wider === undefined && widerListApplies === undefined ? ["workerEoiSubmittedOn"] : []),
  ];
  return { points: 0, maximumReachable: maximumOf(grid, "family-in-alberta"), missing };
}
