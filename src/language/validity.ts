import equivalencyJson from "../../data/ircc/language-equivalency.json" with { type: "json" };
import { addDaysWithin, addYearsWithin } from "../core/calendar.js";
import type { Citation } from "../core/citation.js";
import { dayArgument } from "../core/day-argument.js";
import { type IsoDate, isoDate } from "../core/iso-date.js";

/** The years of `validity` in data/ircc/language-equivalency.json. */
/* @__NO_SIDE_EFFECTS__ */
function validityYears(): number {
  return equivalencyJson.validity.years;
}

/**
 * How long a language test result stays valid: 2 years from the day of the test (`validity.years`
 * of data/ircc/language-equivalency.json, with its source: {@link LANGUAGE_TEST_VALIDITY_SOURCE}).
 *
 * @example
 * ```ts
 * LANGUAGE_TEST_VALIDITY_YEARS; // 2
 * ```
 */
export const LANGUAGE_TEST_VALIDITY_YEARS: number = /* @__PURE__ */ validityYears();

function validitySource(): Citation {
  const source = equivalencyJson.validity.source;
  return Object.freeze({ title: source.title, url: source.url, retrieved: isoDate(source.retrieved) });
}

/**
 * Where the 2-year validity of language test results comes from: IRCC's Express Entry page on
 * language test results ("valid for 2 years"), read with the Regulations' wording "less than two
 * years old" (see {@link languageTestExpiresOn} for the day it ends).
 *
 * @example
 * ```ts
 * console.log(LANGUAGE_TEST_VALIDITY_SOURCE.url);
 * ```
 */
export const LANGUAGE_TEST_VALIDITY_SOURCE: Citation = /* @__PURE__ */ validitySource();

/**
 * The first day a test result is no longer valid: the second anniversary of the test date.
 *
 * The rule: results must be less than two years old. A result is therefore valid up to and
 * including the day before the anniversary and expired on the anniversary itself
 * (`expired = asOf >= expiresOn`). IRCC's operational instructions word it "not more than 2 years
 * old", which would keep the anniversary valid; this library takes the stricter reading, so it
 * never reports a result valid on a day IRCC might not.
 *
 * A test taken on 29 February turns two years old on 1 March of a common year, as ages are counted
 * by `ageOn` (the anniversary day does not exist, so it has not yet come on 28 February).
 *
 * A day past the calendar's last day, 9999-12-31, is given as that day.
 *
 * @example
 * ```ts
 * languageTestExpiresOn(isoDate("2024-03-15")); // "2026-03-15": valid through 2026-03-14
 * languageTestExpiresOn(isoDate("2024-02-29")); // "2026-03-01": valid through 2026-02-28
 * ```
 */
export function languageTestExpiresOn(testedOn: IsoDate): IsoDate {
  const anniversary = addYearsWithin(dayArgument(testedOn, "testedOn"), LANGUAGE_TEST_VALIDITY_YEARS);
  // addYears turns 29 February into 28 February in a common year; the day has not yet come then.
  return testedOn.endsWith("-02-29") && anniversary.endsWith("-02-28") ? addDaysWithin(anniversary, 1) : anniversary;
}
