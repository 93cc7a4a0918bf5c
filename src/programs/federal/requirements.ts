// The numbers of the federal programs' minimum requirements that the rules and their messages
// share, read from data/ircc/federal-requirements.json: the window of years in which the
// qualifying work must fall, the years of work FST asks, and the CEC language minimums by tier.
// Internal: the catalogues read them so that no number is written twice.

import requirementsJson from "../../../data/ircc/federal-requirements.json" with { type: "json" };
import { currentNumber } from "../../core/current-number.js";

/** FSW: the year of continuous skilled work falls in the 10 years before `asOf`. Internal. */
export const FSW_EXPERIENCE_WINDOW_YEARS: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "fswExperienceWindowYears",
  "years",
);

/** CEC: the year of skilled work in Canada falls in the 3 years before `asOf`. Internal. */
export const CEC_EXPERIENCE_WINDOW_YEARS: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "cecExperienceWindowYears",
  "years",
);

/** FST: the two years of work in the trade fall in the 5 years before `asOf`. Internal. */
export const FST_EXPERIENCE_WINDOW_YEARS: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "fstExperienceWindowYears",
  "years",
);

/** FST: years of full-time work (or the equal part-time) in one skilled trade. Internal. */
export const FST_EXPERIENCE_YEARS: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "fstExperienceYears",
  "years",
);

/** CEC: the CLB/NCLC level needed in every ability for TEER 0 or 1 work (NOC 2016 0 or A). Internal. */
export const CEC_LANGUAGE_MINIMUM_HIGH: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "cecLanguageMinimum",
  "high",
);

/** CEC: the CLB/NCLC level needed in every ability for TEER 2 or 3 work (NOC 2016 B). Internal. */
export const CEC_LANGUAGE_MINIMUM_LOW: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "cecLanguageMinimum",
  "low",
);
