// The FSW age factor (max 12), by whole years of age on `asOf`.

import { bandPoints } from "../../../core/bands.js";
import { ageOn } from "../../../core/calendar.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { message } from "../../../core/message.js";
import { type FswFactorPoints, factor } from "./factor.js";
import { grid } from "./grid.js";

/**
 * The age factor (max 12): 12 points from 18 to 35, one fewer each year to 0 at 47.
 *
 * @example
 * ```ts
 * fswSelectionPoints(candidate, { asOf }).age.age; // 36
 * ```
 */
export interface FswAgePoints extends FswFactorPoints {
  /** Whole years on `asOf`; absent when the date of birth is not given. */
  readonly age?: number;
}

/** Points for an age in whole years. Internal. */
export function fswAgePoints(age: number): number {
  return bandPoints(grid.age.byAge, age);
}

/** The age factor from the date of birth. Internal. */
export function ageFactor(dateOfBirth: IsoDate | undefined, asOf: IsoDate): FswAgePoints {
  const max = grid.age.maximum;
  if (dateOfBirth === undefined)
    return factor(0, max, max, message("fsw.points.age.not-answered", {}), ["dateOfBirth"]);
  // No age on asOf, as the CRS reports it (born_after_as_of): the date of birth is to be corrected.
  if (dateOfBirth > asOf) {
    return factor(0, max, max, message("fsw.points.age.born-after-as-of", { dateOfBirth, asOf }), ["dateOfBirth"]);
  }
  const age = ageOn(dateOfBirth, asOf);
  const points = fswAgePoints(age);
  return Object.assign(
    factor(points, points, max, message("fsw.points.age", { age, asOf, points, maximum: max }), []),
    { age },
  );
}
