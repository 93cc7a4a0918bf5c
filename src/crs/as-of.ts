// The days a CRS score exists on: from the first day of the Comprehensive Ranking System; and the
// reading of an `asOf` option into one of them.

import { readAsOf } from "../core/as-of.js";
import { compareDays } from "../core/calendar.js";
import { type IsoDate, isoDate } from "../core/iso-date.js";
import { CrsInputError } from "./errors.js";

/**
 * The first day of the Comprehensive Ranking System: 1 January 2015, when the Ministerial
 * Instructions Respecting the Express Entry System came into force. No CRS score exists before it.
 *
 * Source: IRCC, "Ministerial Instructions respecting the Express Entry system" ("These Ministerial
 * Instructions will come into force on January 1, 2015"),
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system.html
 *
 * @example
 * ```ts
 * if (asOf < CRS_STARTED_ON) console.log("No CRS yet on", asOf);
 * ```
 */
// A literal, not read from crs-points.json: scoreCrs checks every day against it, and a bundle of
// scoreCrs does not carry that file (test/crs/tables.test.ts checks that they agree).
export const CRS_STARTED_ON: IsoDate = /* @__PURE__ */ isoDate("2015-01-01");

/** Reads an `asOf` option into a day, or throws {@link CrsInputError}. Internal. */
export function resolveAsOf(asOf: unknown): IsoDate {
  const day = readAsOf(asOf);
  if (compareDays(day, CRS_STARTED_ON) < 0) {
    throw new CrsInputError(
      "before_crs",
      "asOf",
      `The Comprehensive Ranking System started on ${CRS_STARTED_ON}; there is no CRS score on ${day}.`,
    );
  }
  return day;
}
