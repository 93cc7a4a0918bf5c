// The dates of the Accelerated Tech Pathway occupation lists (the launch window, the announcement,
// the move to NOC 2021, the last check) and the sources of the two lists.

import atpJson from "../../../data/alberta/atp-occupations.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { verifiedDay } from "../../core/dated.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";
import { listSourceCitation } from "./atp-occupations-data.js";

/**
 * The earliest day the Accelerated Tech Pathway can have existed: 1 December 2021. The January 2022
 * announcement says Alberta "had already began accepting applications to the new program in
 * December" without naming the day, so the first of the month is the earliest day; before it the
 * pathway did not exist and every occupation is answered `fail`. From this day to the day before
 * {@link ATP_LATEST_LAUNCH_DATE} a listed occupation is `unknown` (the pathway may not have been
 * open yet).
 *
 * @example
 * ```ts
 * import { ATP_LAUNCH_DATE, isAtpOccupation, isoDate } from "alberta-atp";
 * ATP_LAUNCH_DATE; // "2021-12-01"
 * isAtpOccupation("2173", isoDate("2021-11-30")); // "fail": the pathway did not exist yet
 * ```
 */
export const ATP_LAUNCH_DATE: IsoDate = /* @__PURE__ */ isoDate("2021-12-01");

/**
 * The latest day the Accelerated Tech Pathway can have opened: 31 December 2021 (applications were
 * first accepted "in December"). From this day a code on the launch list is answered `pass`.
 *
 * @example
 * ```ts
 * import { ATP_LATEST_LAUNCH_DATE, isAtpOccupation, isoDate } from "alberta-atp";
 * isAtpOccupation("2173", isoDate("2021-12-30")); // "unknown": the pathway may not have opened yet
 * isAtpOccupation("2173", ATP_LATEST_LAUNCH_DATE); // "pass"
 * ```
 */
export const ATP_LATEST_LAUNCH_DATE: IsoDate = /* @__PURE__ */ isoDate("2021-12-31");

/**
 * The day Alberta's minister announced the Accelerated Tech Pathway: 13 January 2022.
 *
 * @example
 * ```ts
 * import { ATP_ANNOUNCEMENT_DATE } from "alberta-atp";
 * console.log(`Announced on ${ATP_ANNOUNCEMENT_DATE}`); // "Announced on 2022-01-13"
 * ```
 */
export const ATP_ANNOUNCEMENT_DATE: IsoDate = /* @__PURE__ */ isoDate("2022-01-13");

/**
 * The day the ATP list moved from NOC 2016 to NOC 2021 codes: 16 November 2022, when the AAIP
 * adopted NOC 2021 for every application submitted on or after that day (the list PDF is headed
 * "effective Nov 16, 2022"). Before it a NOC 2021 code, and from it a NOC 2016 code, must be
 * restated (`noc_version_mismatch`).
 *
 * @example
 * ```ts
 * import { ATP_NOC_2021_LIST_DATE, isoDate } from "alberta-atp";
 * const asOf = isoDate("2023-06-01");
 * const nocVersion = asOf < ATP_NOC_2021_LIST_DATE ? 2016 : 2021; // 2021
 * ```
 */
export const ATP_NOC_2021_LIST_DATE: IsoDate = /* @__PURE__ */ isoDate("2022-11-16");

/**
 * The date the ATP occupation data was last checked against its sources (the `verified` day of
 * the occupation lists' data file).
 *
 * @example
 * ```ts
 * import { ATP_OCCUPATIONS_VERIFIED } from "alberta-atp";
 * console.log(`ATP lists checked on ${ATP_OCCUPATIONS_VERIFIED}`);
 * ```
 */
export const ATP_OCCUPATIONS_VERIFIED: IsoDate = /* @__PURE__ */ verifiedDay(atpJson);

/**
 * Where the launch list (23 NOC 2016 codes) comes from: the January 2022 announcement as a news
 * article reported it (a secondary source: no official copy of the launch list was found).
 *
 * @example
 * ```ts
 * import { ATP_LAUNCH_LIST_SOURCE } from "alberta-atp";
 * ATP_LAUNCH_LIST_SOURCE.secondary; // true
 * ```
 */
export const ATP_LAUNCH_LIST_SOURCE: Citation = /* @__PURE__ */ listSourceCitation(2016);

/**
 * Where the NOC 2021 list comes from: the AAIP PDF "Eligible National Occupational Classification
 * (NOC 2021) codes (effective Nov 16, 2022)" on alberta.ca, read from copies fetched 2026-06-20 and
 * 2026-08-14 (44 codes in both).
 *
 * @example
 * ```ts
 * import { ATP_NOC_2021_LIST_SOURCE } from "alberta-atp";
 * console.log(`${ATP_NOC_2021_LIST_SOURCE.title} <${ATP_NOC_2021_LIST_SOURCE.url}>`);
 * ```
 */
export const ATP_NOC_2021_LIST_SOURCE: Citation = /* @__PURE__ */ listSourceCitation(2021);
