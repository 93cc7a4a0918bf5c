// The family members in Alberta that count for a Worker EOI, by its submission day, as loaded from
// data/alberta/worker-eoi-family.json. Internal: the score's family line and the next steps read
// it. Read on first use, and apart from the grid (a next step needs only this).

import familyJson from "../../../../data/alberta/worker-eoi-family.json" with { type: "json" };
import { addDays } from "../../../core/calendar.js";
import type { Citation } from "../../../core/citation.js";
import { type DatedVersion, loadDated } from "../../../core/dated.js";
import type { IsoDate } from "../../../core/iso-date.js";

/** The relatives that count for an EOI submitted in the version's days. */
interface FamilyValue {
  readonly relations: readonly string[];
}

/** The relatives the score reads as `familyInAlberta` on both sides of the date. */
const NARROW_FAMILY = ["parent", "child", "sibling"] as const;

/**
 * The two family definitions: the wider list (`extendedFamilyInAlberta` too) for an EOI submitted
 * through `widerThrough`, the narrow one (`familyInAlberta` only, cited by `narrowSource`) after it.
 */
export interface WorkerEoiFamily {
  readonly widerThrough: IsoDate;
  readonly narrowSource: Citation;
  readonly verified: IsoDate;
}

let family: WorkerEoiFamily | undefined;

/** The family definitions, read on first use and checked against what the score reads. */
export function workerEoiFamily(): WorkerEoiFamily {
  if (family !== undefined) return family;
  const { verified, versions } = loadDated(familyJson, (value) => value as FamilyValue);
  const [wider, narrow] = versions as readonly (DatedVersion<FamilyValue> | undefined)[];
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));
  // The code scores familyInAlberta as the narrow list on both sides of the date, and
  // extendedFamilyInAlberta as the rest of the wider list: the data must agree.
  if (
    versions.length !== 2 ||
    wider?.to === undefined ||
    narrow === undefined ||
    narrow.to !== undefined ||
    !same(narrow.value.relations, NARROW_FAMILY) ||
    !NARROW_FAMILY.every((r) => wider.value.relations.includes(r))
  ) {
    throw new Error("worker-eoi-family.json is not the two lists the score reads.");
  }
  family = { widerThrough: addDays(wider.to, -1), narrowSource: narrow.source, verified };
  return family;
}
