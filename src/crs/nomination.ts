// Provincial nomination and the Express Entry deadlines around it. Every number cites its source.

import streamJson from "../../data/alberta/alberta-express-entry-stream.json" with { type: "json" };
import { objectArgument } from "../core/argument.js";
import { addDaysWithin, addMonthsWithin, addYearsWithin } from "../core/calendar.js";
import type { Citation } from "../core/citation.js";
import { currentNumber } from "../core/current-number.js";
import { dayArgument } from "../core/day-argument.js";
import { type IsoDate, isoDate } from "../core/iso-date.js";
import type { Mutable } from "../core/mutable.js";
import { resolveAsOf } from "./as-of.js";
import {
  addsOnlyToAdditionalPoints,
  assembleBreakdown,
  type CrsAdditionalBreakdown,
  type CrsBreakdown,
} from "./breakdown.js";
import { expressEntryTerm } from "./express-entry-terms.js";
import { currentScoringValue, scoringTablesAsOf } from "./scoring-tables.js";

/**
 * Points a provincial or territorial nomination through Express Entry adds to the CRS score:
 * 600, the whole of section D. Read from the CRS tables in force today
 * (data/ircc/crs-points.json, table `provincialNomination`); a score on an earlier day reads its own.
 *
 * Source: IRCC, "Comprehensive Ranking System (CRS) criteria – Express Entry", section D
 * ("Provincial or territorial nomination: 600 points"),
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html;
 * and IRCC, "Get or confirm a nomination" ("We'll award you 600 additional points"),
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html
 *
 * @example
 * ```ts
 * const withNomination = breakdown.total - breakdown.additional.subtotal + PROVINCIAL_NOMINATION_POINTS;
 * ```
 */
export const PROVINCIAL_NOMINATION_POINTS: number = /* @__PURE__ */ currentScoringValue(
  (t) => t.provincialNomination.value.points,
);

/**
 * The highest possible CRS score: 1,200 (core and spouse 500, skill transferability 100,
 * additional points 600), as the CRS tables in force today give it (data/ircc/crs-points.json,
 * table `maximums`).
 *
 * Source: IRCC, "Comprehensive Ranking System (CRS) criteria – Express Entry",
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html
 *
 * @example
 * ```ts
 * const share = breakdown.total / CRS_MAXIMUM;
 * ```
 */
export const CRS_MAXIMUM: number = /* @__PURE__ */ currentScoringValue((t) => t.maximums.value.total);

/**
 * The lowest CRS score the Alberta Advantage Immigration Program considers for the Alberta Express
 * Entry Stream (and so for its Accelerated Tech Pathway): 300. The stream's rule compares it with
 * the score without provincial-nomination points: a candidate applying for a nomination has none
 * yet (docs/decisions/0006-alberta-crs-minimum-without-nomination.md in the repository).
 *
 * Source (secondary, not found on alberta.ca): wildmountainimmigration.com, "Alberta Accelerated
 * Tech Pathway"; gvimmigration.com, "Alberta Express Entry Stream" ("Active Express Entry profile,
 * CRS ≥ 300"), both retrieved 2026-11-25 (`ALBERTA_STREAM_SECONDARY_SOURCE`); read from
 * data/alberta/alberta-express-entry-stream.json (`minimumCrs`).
 *
 * @example
 * ```ts
 * const meetsAlbertaMinimum = breakdown.total - breakdown.additional.provincialNomination >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS;
 * ```
 */
export const ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS: number = /* @__PURE__ */ currentNumber(
  streamJson,
  "minimumCrs",
  "points",
);

const NOMINATION_PAGE_TITLE = "Get or confirm a nomination – Provincial Nominee Program (Express Entry), IRCC";
const NOMINATION_PAGE_URL =
  "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html";

/** IRCC's page on getting and accepting a nomination in the Express Entry profile. Internal. */
export const NOMINATION_PAGE: Citation = /* @__PURE__ */ Object.freeze({
  title: NOMINATION_PAGE_TITLE,
  url: NOMINATION_PAGE_URL,
  retrieved: /* @__PURE__ */ isoDate("2026-11-25"),
});

/** The same page, at the 600 points. */
const NOMINATION_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: NOMINATION_PAGE_TITLE,
  url: NOMINATION_PAGE_URL,
  section: "4. We'll award you 600 additional points",
  retrieved: /* @__PURE__ */ isoDate("2026-11-25"),
  effective: /* @__PURE__ */ isoDate("2015-01-01"),
});

/** A day argument: a calendar day written YYYY-MM-DD or a valid Date; else an error naming it. */
const day = (value: IsoDate | Date, name: string): IsoDate => dayArgument(value, name, true);

/**
 * The same breakdown with a provincial nomination: 600 points in section D, whose subtotal stays
 * capped at 600 (so other additional points no longer count), and a total that is again the sum of
 * the four sections, never above {@link CRS_MAXIMUM}. `provincialNomination` leaves `missing`
 * (it is now answered) and the nomination source is added to `sources`. The input is not modified.
 *
 * @example
 * ```ts
 * const b = scoreCrs(factors, { asOf: isoDate("2026-01-15") }); // total 469, section D 0
 * const n = withProvincialNomination(b);
 * n.additional.provincialNomination; // 600
 * n.total; // 1069
 * ```
 */
export function withProvincialNomination(breakdown: CrsBreakdown): CrsBreakdown {
  objectArgument(breakdown, "breakdown", "a CrsBreakdown (from scoreCrs or calculateCrs)");
  for (const section of ["core", "spouse", "transferability", "additional"] as const) {
    objectArgument(breakdown[section], `breakdown.${section}`, "a section of a CrsBreakdown");
  }
  const tables = scoringTablesAsOf(resolveAsOf(breakdown.asOf));
  const caps = tables.transferabilityCaps.value;
  // assembleBreakdown reads each line by name and computes the subtotals again: the sections are
  // passed as they are (their subtotals are not read), and only section D is copied, line by line,
  // with the nomination's points. Object rests (`{ subtotal, ...core }`) were slow to build in V8.
  const { core, spouse, transferability } = breakdown;
  const a = breakdown.additional;
  const additional: Mutable<Omit<CrsAdditionalBreakdown, "subtotal">> = {
    provincialNomination: tables.provincialNomination.value.points,
    arrangedEmployment: a.arrangedEmployment,
    french: a.french,
    canadianEducation: a.canadianEducation,
    sibling: a.sibling,
  };
  const sources = breakdown.sources.some((s) => s.url === NOMINATION_SOURCE.url)
    ? breakdown.sources
    : [...breakdown.sources, NOMINATION_SOURCE];
  const result = assembleBreakdown(
    {
      core,
      spouse,
      transferability,
      additional,
    },
    {
      transferabilityGroup: { education: caps.education, foreignWork: caps.foreignWork, certificate: caps.certificate },
      transferability: caps.total,
      additional: tables.maximums.value.additional,
    },
    {
      asOf: breakdown.asOf,
      sources,
      // With the nomination, section D is full (600): the sibling and the job offer add nothing.
      missing: breakdown.missing.filter(
        (path) =>
          path !== "provincialNomination" &&
          !(addsOnlyToAdditionalPoints(path) && additional.provincialNomination >= tables.maximums.value.additional),
      ),
      caveats: breakdown.caveats,
      verifiedThrough: breakdown.verifiedThrough,
    },
  );
  const total = Math.min(CRS_MAXIMUM, result.total);
  // The nomination adds at most 600 to the best the open answers could reach (already counted when
  // the nomination itself was the open question, or is already scored); nothing open: the bound is the score.
  const bound =
    result.missing.length === 0
      ? total
      : Math.min(
          CRS_MAXIMUM,
          breakdown.missing.includes("provincialNomination") || breakdown.additional.provincialNomination > 0
            ? breakdown.maximumReachable
            : breakdown.maximumReachable + tables.provincialNomination.value.points,
        );
  // Set on assembleBreakdown's fresh object rather than by `{ ...result, total, maximumReachable }`:
  // the same keys in the same places.
  const out = result as Mutable<CrsBreakdown>;
  out.total = total;
  out.maximumReachable = Math.max(total, bound);
  return out;
}

/**
 * The last day to accept (or reject) a provincial nomination in the Express Entry profile: 30
 * calendar days after the day the nomination reaches the profile (`nominatedOn`).
 *
 * Source: IRCC, "Get or confirm a nomination" ("You have 30 calendar days to accept or reject the
 * nomination"),
 * https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html
 * (read through a stored copy of the page).
 *
 * A day past the calendar's last day, 9999-12-31, is given as that day.
 *
 * @example
 * ```ts
 * nominationAcceptanceDeadline(isoDate("2026-02-01")); // "2026-03-03"
 * nominationAcceptanceDeadline(isoDate("2024-02-15")); // "2024-03-16" (leap year)
 * ```
 */
export function nominationAcceptanceDeadline(nominatedOn: IsoDate | Date): IsoDate {
  const nominated = day(nominatedOn, "nominatedOn");
  return addDaysWithin(nominated, expressEntryTerm("nominationAcceptanceDays", nominated));
}

/**
 * The day an Express Entry profile expires: 12 months after it was submitted ("the day that is one
 * year after the day on which the expression of interest was received"). A profile submitted on
 * 29 February expires on 28 February.
 *
 * Source: IRCC, "Ministerial Instructions respecting the Express Entry system" s. 4(1)(b),
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html
 * (as amended, in force 2017-06-06).
 *
 * A day past the calendar's last day, 9999-12-31, is given as that day.
 *
 * @example
 * ```ts
 * expressEntryProfileExpiry(isoDate("2025-03-25")); // "2026-03-25"
 * expressEntryProfileExpiry(isoDate("2024-02-29")); // "2025-02-28"
 * ```
 */
export function expressEntryProfileExpiry(submittedOn: IsoDate | Date): IsoDate {
  const submitted = day(submittedOn, "submittedOn");
  return addMonthsWithin(submitted, expressEntryTerm("profileValidityMonths", submitted));
}

/**
 * The last day to submit the application for permanent residence after an invitation to apply
 * (ITA): 60 days after the day of the invitation, or 90 for the invitations that had 90
 * (data/ircc/express-entry-terms.json).
 *
 * 60 days for invitations issued from 2021-06-29, from 2015-01-01 to 2016-11-18 and from
 * 2018-06-26 until IRCC's COVID-19 extension of March 2020; 90 days for invitations issued from
 * 2016-11-19 to 2018-06-25 and from 2020-04-01 to 2021-06-28. The day of March 2020 from which
 * invitations had 90 days is not known: an invitation of March 2020 gets the 60-day deadline, the
 * earlier of the two, by which an application is in time either way.
 *
 * Sources: IRCC, "Ministerial Instructions respecting the Express Entry system" (60-day period),
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html;
 * history (secondary): cpdimmigration.com and greenlightcanada.com on the return to 60 days for ITAs
 * after 2018-06-26; uimmigrate.ca and africanada.com on the return to 60 days on 2021-06-29.
 *
 * A day past the calendar's last day, 9999-12-31, is given as that day.
 *
 * @example
 * ```ts
 * itaApplicationDeadline(isoDate("2026-01-07")); // "2026-03-08"
 * itaApplicationDeadline(isoDate("2017-01-10")); // "2017-04-10" (90 days)
 * ```
 */
export function itaApplicationDeadline(itaOn: IsoDate | Date): IsoDate {
  const invited = day(itaOn, "itaOn");
  return addDaysWithin(invited, expressEntryTerm("itaApplicationDays", invited));
}

/**
 * The last day of a misrepresentation ban: a person found inadmissible for misrepresentation stays
 * inadmissible "for a period of five years following" the final determination, so the ban's last
 * day is the fifth anniversary of `decidedOn` (the value to put in
 * `status.misrepresentationBanUntil`). A determination made in Canada runs instead from the day
 * the removal order is enforced: pass that day.
 *
 * The five years apply to determinations since the Faster Removal of Foreign Criminals Act of 2013
 * (the bar was two years before; the exact day of the change was not verified, so this function
 * always counts five).
 *
 * Source: Immigration and Refugee Protection Act, s. 40(2)(a), https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-40.html (text read through
 * quotations in legal commentary, e.g. go4visa.com "Learning moments – Misrepresentation under A40").
 *
 * A day past the calendar's last day, 9999-12-31, is given as that day.
 *
 * @example
 * ```ts
 * misrepresentationBanEnds(isoDate("2021-09-14")); // "2026-09-14"
 * misrepresentationBanEnds(isoDate("2020-02-29")); // "2025-02-28"
 * ```
 */
export function misrepresentationBanEnds(decidedOn: IsoDate | Date): IsoDate {
  const decided = day(decidedOn, "decidedOn");
  return addYearsWithin(decided, expressEntryTerm("misrepresentationBanYears", decided));
}
