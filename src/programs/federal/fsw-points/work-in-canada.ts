// The work-in-Canada adaptability elements: a year of full-time work in Canada (yours or your
// spouse's).

import { addDaysWithin } from "../../../core/calendar.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { message } from "../../../core/message.js";
import { FULL_TIME_HOURS_PER_WEEK, HOURS_PER_YEAR } from "../../../experience/constants.js";
import { fullTimeEquivalentHours } from "../../../experience/full-time-equivalent.js";
import type { WorkExperience } from "../../../models/work-experience.js";
import type { FederalHours } from "../experience.js";
import { element, type FswAdaptabilityElement, type FswAdaptabilityElementId } from "./adaptability-element.js";

/** The spouse's full-time authorised work in Canada (any occupation), in hours. */
export function spouseWorkHours(history: readonly WorkExperience[], asOf: IsoDate): FederalHours {
  const candidates = history.map((job, index) => ({ job, index })).filter(({ job }) => job.country === "CA");
  const periods = (authorizedOnly: boolean) =>
    candidates
      .filter(({ job }) => job.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK && job.from < asOf)
      .filter(({ job }) => (authorizedOnly ? job.authorized === true : job.authorized !== false))
      .map(({ job }) => {
        const last = job.to === undefined || job.to >= asOf ? undefined : job.to;
        return { start: job.from, end: last ?? addDaysWithin(asOf, -1), hoursPerWeek: job.hoursPerWeek };
      });
  const hours = fullTimeEquivalentHours(periods(true));
  const possibleHours = Math.max(hours, fullTimeEquivalentHours(periods(false)));
  const missing =
    possibleHours > hours
      ? candidates
          .filter(({ job }) => job.authorized === undefined && job.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK)
          .map(({ index }) => `spouse.workHistory[${index}].authorized`)
      : [];
  return { hours, possibleHours, missing };
}

/** An element earned by at least a year (1,560 hours) of full-time work (`who`'s). Internal. */
export function hoursElement(
  id: FswAdaptabilityElementId,
  hours: FederalHours,
  who: "you" | "spouse",
): FswAdaptabilityElement {
  if (hours.hours >= HOURS_PER_YEAR) {
    return element(id, "pass", message("fsw.adaptability.work.met", { who, hours: hours.hours }));
  }
  if (hours.possibleHours < HOURS_PER_YEAR) {
    return element(id, "fail", message("fsw.adaptability.work.not-met", { who, hours: hours.hours }));
  }
  return element(
    id,
    "unknown",
    message("fsw.adaptability.work.undecided", {
      who,
      hours: hours.hours,
      possibleHours: hours.possibleHours,
      missing: hours.missing,
    }),
    hours.missing,
  );
}
