import type { IsoDate } from "../core/iso-date.js";
import { isoDate } from "../core/iso-date.js";
import type { Teer } from "./catalogue.js";
import { nocCodeFacts } from "./codes.js";

/**
 * The TEER category of a NOC 2021 code (its second digit), or `undefined` for anything else.
 *
 * TEER is a NOC 2021 concept: a NOC 2016 code has a skill level (0/A/B/C/D), not a TEER, and
 * NOC 2016 skill level B became TEER 2 for some occupations and TEER 3 for others, so no TEER is
 * guessed for a 4-digit code — `teerOf("2173")` is `undefined`. Map a NOC 2016 code with
 * {@link nocSuccessors} first, or read its `skillLevel` with {@link getNoc}.
 *
 * @example
 * ```ts
 * import { teerOf } from "alberta-atp";
 * teerOf("21231"); // 1
 * teerOf("65200"); // 5
 * teerOf("2173"); // undefined: a NOC 2016 code has no TEER
 * teerOf("99999"); // undefined: no such unit group
 * ```
 */
export function teerOf(code: string): Teer | undefined {
  return nocCodeFacts(code)?.teer;
}

/**
 * Whether an occupation is skilled work for Express Entry (Federal Skilled Worker, Canadian
 * Experience Class): for a NOC 2021 code, TEER 0, 1, 2 or 3; for a NOC 2016 code (the rule before
 * {@link NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY}), skill type 0 (management) or skill level A or B.
 * Gives `false` for TEER 4–5 and skill levels C–D, and `undefined` for a code that is not in the
 * catalogue.
 *
 * This looks at the occupation only; which NOC version applies on a date is the caller's choice.
 *
 * @example
 * ```ts
 * import { isSkilledForExpressEntry } from "alberta-atp";
 * isSkilledForExpressEntry("21231"); // true (TEER 1)
 * isSkilledForExpressEntry("2174"); // true (skill level A)
 * isSkilledForExpressEntry("6513"); // false (skill level C)
 * isSkilledForExpressEntry("65200"); // false (TEER 5)
 * isSkilledForExpressEntry("9999"); // undefined (not a NOC 2016 unit group)
 * ```
 */
export function isSkilledForExpressEntry(code: string): boolean | undefined {
  const entry = nocCodeFacts(code);
  if (!entry) return undefined;
  if (entry.teer !== undefined) return entry.teer <= 3;
  if (entry.skillLevel !== undefined) {
    return entry.skillLevel === "0" || entry.skillLevel === "A" || entry.skillLevel === "B";
  }
  return undefined;
}

/**
 * The day Express Entry moved from NOC 2016 to NOC 2021: 16 November 2022. From that day
 * candidates give a 5-digit NOC 2021 code and TEER category, and skilled work means TEER 0–3
 * instead of NOC 2016 skill type 0 or skill level A/B. Applications from invitations issued before
 * that day stayed on NOC 2016.
 *
 * Source: IRCC, "Express Entry: NOC 2021 transition" notice,
 * https://www.canada.ca/en/immigration-refugees-citizenship/news/notices/noc-2021-express-entry.html
 * (the date is confirmed by several contemporary reports of the change; the address is as
 * recalled and could not be checked against the live page).
 *
 * @example
 * ```ts
 * import { NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY } from "alberta-atp";
 * const nocVersion = asOf < NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY ? 2016 : 2021;
 * ```
 */
export const NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY: IsoDate = /* @__PURE__ */ isoDate("2022-11-16");
