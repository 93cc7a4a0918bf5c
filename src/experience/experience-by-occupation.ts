import { withAsOfRead } from "../core/as-of.js";
import type { Mutable } from "../core/mutable.js";
import type { WorkExperience } from "../models/work-experience.js";
import { jobsArgument } from "./jobs-argument.js";
import { linkedNocPaths, type OccupationGroup, occupationGroups, unionOfPaths } from "./occupation-groups.js";
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
  /**
   * The NOC code, as written in the work history; for a NOC 2016 and a NOC 2021 code the StatCan
   * concordance pairs one-to-one, the NOC 2021 code.
   */
  readonly noc: string;
  /** The NOC 2016 code counted as the same occupation as `noc`: the concordance pairs them one-to-one. */
  readonly joinedNoc?: string;
  /**
   * Codes of the other NOC version a concordance split or merge links to `noc`: maybe the same
   * occupation, so their work counts only in `possibleHours` (and their jobs' `noc` paths are
   * missing). Present only when that raises `possibleHours`.
   */
  readonly possibleNocs?: readonly string[];
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
   * One entry per occupation of the work history (a NOC code, or a one-to-one pair of a NOC 2016
   * and a NOC 2021 code), most experience first (by `hours`, then `possibleHours`, then the order
   * the occupations first appear).
   */
  readonly occupations: readonly OccupationExperience[];
  /** Input paths whose answers could raise some occupation's hours; `[path]` when the work history is not given. */
  readonly missing: readonly string[];
}

/**
 * Skilled work experience in each occupation of the work history: {@link skilledWorkExperience}
 * with `noc` set to each code that appears, under the same rules (window, Canadian or foreign,
 * three-valued bounds). A candidate writes each job in the NOC version of its time (NOC 2016 until
 * 2022-11-15, NOC 2021 after), so codes are grouped by Statistics Canada's concordance NOC 2016
 * V1.3 → NOC 2021 V1.0: a NOC 2016 code and the NOC 2021 code it pairs one-to-one are one
 * occupation (named by the NOC 2021 code, with `joinedNoc`); codes a split or a merge links
 * (2173, split into 21211 and 21231) may or may not be, so each counts the other's work only in
 * `possibleHours` (`possibleNocs`, with the jobs' `noc` paths in `missing`). Codes of one version
 * are never joined.
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
  optionsGiven: Omit<ExperienceOptions, "noc">,
): ExperienceByOccupation {
  const options = withAsOfRead(optionsGiven);
  if (workHistory !== undefined) jobsArgument(workHistory, options.path ?? "workHistory");
  if (workHistory === undefined) {
    // Validates withinYears the same way as the other entry points.
    const unknown = skilledWorkExperience(undefined, options);
    return { occupations: [], missing: unknown.missing };
  }
  const occupations = occupationGroups(workHistory)
    .map((group, order) => ({ order, experience: groupExperience(workHistory, options, group) }))
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

/** The experience of one occupation: certain over its codes, possible also over the codes linked by a split or a merge. */
function groupExperience(
  workHistory: readonly WorkExperience[],
  options: Omit<ExperienceOptions, "noc">,
  group: OccupationGroup,
): OccupationExperience {
  const noc = group.noc;
  const certain = skilledWorkExperience(workHistory, { ...options, noc: group.codes.length === 1 ? noc : group.codes });
  const experience: Mutable<OccupationExperience> = { noc, ...certain };
  if (group.joined !== undefined) {
    experience.joinedNoc = group.joined;
  } else if (group.possible.length > 0) {
    const linked = [noc, ...group.possible];
    const together = skilledWorkExperience(workHistory, { ...options, noc: linked });
    if (together.possibleHours > certain.possibleHours) {
      experience.possibleHours = together.possibleHours;
      experience.possibleYears = together.possibleYears;
      experience.missing = unionOfPaths(linkedNocPaths(together.jobs, workHistory, linked), together.missing);
      experience.possibleNocs = group.possible;
    }
  }
  return experience;
}
