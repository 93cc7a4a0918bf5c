// The FSW experience factor (max 15), by whole years of skilled work in the last 10 years.

import { bandPoints } from "../../../core/bands.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { message } from "../../../core/message.js";
import { skilledWorkExperience } from "../../../experience/skilled-work-experience.js";
import type { WorkExperience } from "../../../models/work-experience.js";
import { FSW_EXPERIENCE_WINDOW_YEARS } from "../requirements.js";
import { type FswFactorPoints, factor } from "./factor.js";
import { grid } from "./grid.js";

/**
 * The experience factor (max 15): whole years of skilled paid work (full-time or equivalent) in
 * the 10 years before `asOf`.
 *
 * @example
 * ```ts
 * const { years, points } = fswSelectionPoints(candidate, { asOf }).experience; // 3, 11
 * ```
 */
export interface FswExperiencePoints extends FswFactorPoints {
  readonly years: number;
  readonly possibleYears: number;
}

/** Points for whole years of experience. Internal. */
export function fswExperiencePoints(years: number): number {
  return bandPoints(grid.experience.byYears, years);
}

/** The experience factor from the work history. Internal. */
export function experienceFactor(
  workHistory: readonly WorkExperience[] | undefined,
  asOf: IsoDate,
): FswExperiencePoints {
  const max = grid.experience.maximum;
  const e = skilledWorkExperience(workHistory, { asOf, withinYears: FSW_EXPERIENCE_WINDOW_YEARS });
  const points = fswExperiencePoints(e.years);
  const maximumReachable = fswExperiencePoints(e.possibleYears);
  const explanation =
    workHistory === undefined
      ? message("fsw.points.experience.not-answered", {})
      : message("fsw.points.experience", {
          hours: e.hours,
          asOf,
          start: e.window.start as IsoDate,
          end: e.window.end,
          years: e.years,
          points,
          maximum: max,
        });
  return Object.assign(factor(points, maximumReachable, max, explanation, e.missing), {
    years: e.years,
    possibleYears: e.possibleYears,
  });
}
