// When a job offer exists: one reading of `offeredOn` for every program. Internal.

import type { IsoDate } from "../core/iso-date.js";

/**
 * Whether an offer is dated after `asOf`, so that on that day it did not exist yet. An undated
 * offer is read as made by `asOf` (docs/reading-results.md lists it among the answers read).
 */
export function offerMadeAfter<T extends { readonly offeredOn?: IsoDate | undefined }>(
  offer: T,
  asOf: IsoDate,
): offer is T & { readonly offeredOn: IsoDate } {
  return offer.offeredOn !== undefined && offer.offeredOn > asOf;
}
