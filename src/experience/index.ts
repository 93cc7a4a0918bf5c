// experience: work history -> skilled years (Canadian / foreign / in one occupation / in a window,
// continuous). Named exports only.

export { FULL_TIME_HOURS_PER_WEEK, HOURS_PER_YEAR } from "./constants.js";
export {
  type ContinuousExperience,
  type ContinuousExperienceOptions,
  continuousExperience,
} from "./continuous-experience.js";
export {
  type ExperienceByOccupation,
  experienceByOccupation,
  type OccupationExperience,
} from "./experience-by-occupation.js";
export type { WorkPeriod } from "./full-time-equivalent.js";
export { fullTimeEquivalentHours, fullTimeHours } from "./full-time-equivalent-public.js";
export type { ExperienceLocation, JobEligibility } from "./job-eligibility.js";
export { isSkilledOccupationOn } from "./skilled-occupation.js";
export {
  type ExperienceOptions,
  type ExperienceWindow,
  type SkilledExperience,
  skilledWorkExperience,
} from "./skilled-work-experience.js";
export { WORK_EXPERIENCE_SOURCES } from "./sources.js";
