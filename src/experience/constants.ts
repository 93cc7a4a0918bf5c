import requirementsJson from "../../data/ircc/federal-requirements.json" with { type: "json" };
import { currentNumber } from "../core/current-number.js";

/**
 * Hours of work that make one year of skilled work experience: 30 hours a week for 52 weeks,
 * 1,560 hours (`hoursPerYear` of data/ircc/federal-requirements.json). A year of full-time work is 12 months at 30 hours a week; part-time work counts
 * once it adds up to the same 1,560 hours ("15 hours/week for 24 months = 1 year full time").
 *
 * Source: IRCC, "Comprehensive Ranking System (CRS) criteria – Express Entry"
 * (https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html),
 * and the program pages "Federal Skilled Worker Program"
 * (https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/federal-skilled-workers.html)
 * and "Canadian Experience Class"
 * (https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html).
 *
 * @example
 * ```ts
 * import { HOURS_PER_YEAR } from "alberta-atp";
 * const years = Math.floor(3_200 / HOURS_PER_YEAR); // 2
 * ```
 */
export const HOURS_PER_YEAR: number = /* @__PURE__ */ currentNumber(requirementsJson, "hoursPerYear", "hours");

/**
 * Hours a week that make work full-time: 30 (`fullTimeHoursPerWeek` of
 * data/ircc/federal-requirements.json). Hours above 30 a week never earn more than
 * full-time credit, whether in one job or in several at once ("work in excess" of full time is
 * not counted), and part-time work earns credit pro rata (hours a week ÷ 30).
 *
 * Source: IRCC, "Ministerial Instructions respecting the Express Entry system" ("full-time work
 * consists of at least 30 hours of work per week"; "work in excess")
 * (https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html),
 * and "Comprehensive Ranking System (CRS) criteria – Express Entry"
 * (https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html).
 *
 * @example
 * ```ts
 * import { FULL_TIME_HOURS_PER_WEEK } from "alberta-atp";
 * const share = Math.min(1, 20 / FULL_TIME_HOURS_PER_WEEK); // 2/3 of full-time credit
 * ```
 */
export const FULL_TIME_HOURS_PER_WEEK: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "fullTimeHoursPerWeek",
  "hours",
);

/**
 * The shortest job offer that qualifies unless it is permanent: 12 months (`jobOfferMinimumMonths`
 * of data/ircc/federal-requirements.json), for the CRS and the federal programs alike. Internal:
 * it sits here, below both, with the other terms of data/ircc/federal-requirements.json they share.
 */
export const JOB_OFFER_MINIMUM_MONTHS: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "jobOfferMinimumMonths",
  "months",
);
