// The FSW education factor (max 25), by the level of the credentials that count.

import { message } from "../../../core/message.js";
import type { FswEducationFacts, FswEducationLevel } from "../education.js";
import { type FswFactorPoints, factor } from "./factor.js";
import { grid } from "./grid.js";

/**
 * The education factor (max 25), by the level of the credentials that count on `asOf`.
 *
 * @example
 * ```ts
 * const { level, points } = fswSelectionPoints(candidate, { asOf }).education; // "bachelors", 21
 * ```
 */
export interface FswEducationPoints extends FswFactorPoints {
  readonly level: FswEducationLevel;
  readonly possibleLevel: FswEducationLevel;
}

/** Points for an education level. Internal. */
export function fswEducationPoints(level: FswEducationLevel): number {
  return grid.education.points[level];
}

/** The education factor from the credentials read on `asOf`. Internal. */
export function educationFactor(education: FswEducationFacts): FswEducationPoints {
  const max = grid.education.maximum;
  const points = fswEducationPoints(education.level);
  const maximumReachable = fswEducationPoints(education.possibleLevel);
  const counted = education.credentials.filter((c) => c.standing === "counts").map((c) => c.path);
  const explanation = !education.given
    ? message("fsw.points.education.not-answered", {})
    : message("fsw.points.education", {
        level: education.level,
        counted,
        points,
        maximum: max,
        possibleLevel: education.possibleLevel,
        maximumReachable,
        open: education.open,
      });
  return Object.assign(factor(points, maximumReachable, max, explanation, education.missing), {
    level: education.level,
    possibleLevel: education.possibleLevel,
  });
}
