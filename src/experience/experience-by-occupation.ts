import type { WorkExperience } from "../models/work-experience.js";
import { type ExperienceOptions, type SkilledExperience, skilledWorkExperience } from "./skilled-work-experience.js";

/**
 * Skilled experience in one occupation: {@link SkilledExperience} with the NOC code it counts.
 *
 * @example
 * ```ts
 * const top: OccupationExperience | undefined = experienceByOccupation(history, { asOf }).occupations[0];
 * console.log(top?.noc, top?.years);
 * ```
 */
export interface OccupationExperience extends SkilledExperience {
  /** The NOC code, as written in the work history. */
  readonly noc: string;
}

/**
 * Skilled experience per occupation, from {@link experienceByOccupation}.
 *
 * @example
 * ```ts
 * const { occupations, missing }: ExperienceByOccupation = experienceByOccupation(undefined, { asOf });
 * // occupations: [], missing: ["workHistory"]
 * ```
 */
export interface ExperienceByOccupation {
  /**
   * One entry per NOC code in the work history, most experience first (by `hours`, then
   * `possibleHours`, then the order the codes first appear).
   */
  readonly occupations: readonly OccupationExperience[];
  /** Input paths whose answers could raise some occupation's hours; `[path]` when the work history is not given. */
  readonly missing: readonly string[];
}

/**
 * Skilled work experience in each occupation of the work history: {@link skilledWorkExperience}
 * with `noc` set to each code that appears, under the same rules (window, Canadian or foreign,
 * three-valued bounds). Codes are grouped as written: a NOC 2016 code and its NOC 2021 successor are
 * two occupations here, so give the history in one classification when that matters.
 *
 * For the FSW "one occupation" rule and FSW selection points, pick the occupation (the candidate's
 * primary occupation) from `occupations`.
 *
 * @example
 * ```ts
 * import { experienceByOccupation, isoDate } from "alberta-atp";
 * const { occupations } = experienceByOccupation(candidate.workHistory, { asOf: isoDate("2026-03-01"), withinYears: 10 });
 * for (const o of occupations) console.log(o.noc, o.years, o.possibleYears);
 * ```
 */
export function experienceByOccupation(
  workHistory: readonly WorkExperience[] | undefined,
  options: Omit<ExperienceOptions, "noc">,
): ExperienceByOccupation {
  if (workHistory === undefined) {
    // Validates withinYears the same way as the other entry points.
    const unknown = skilledWorkExperience(undefined, options);
    return { occupations: [], missing: unknown.missing };
  }
  const codes = [...new Set(workHistory.map((job) => job.noc))];
  const occupations = codes
    .map((noc, order) => ({ order, experience: { noc, ...skilledWorkExperience(workHistory, { ...options, noc }) } }))
    .sort(
      (a, b) =>
        b.experience.hours - a.experience.hours ||
        b.experience.possibleHours - a.experience.possibleHours ||
        a.order - b.order,
    )
    .map(({ experience }): OccupationExperience => experience);
  const missing = [...new Set(occupations.flatMap((o) => o.missing))];
  return { occupations, missing };
}
