// From a job offer to the arranged-employment line, as far as the input can tell.

import requirementsJson from "../../data/ircc/federal-requirements.json" with { type: "json" };
import { type DatedVersion, loadDated } from "../core/dated.js";
import type { IsoDate } from "../core/iso-date.js";
import { valueAsOf } from "../core/versioned.js";
import { FULL_TIME_HOURS_PER_WEEK, JOB_OFFER_MINIMUM_MONTHS } from "../experience/constants.js";
import { isSkilledOccupationOn } from "../experience/index.js";
import type { JobOffer } from "../models/job-offer.js";
import { offerMadeAfter } from "../models/job-offer-made.js";
import { nocCodeFacts } from "../noc/codes.js";
import type { ArrangedEmployment } from "./factors.js";

/** The `jobOffer.lmia` answers. */
type OfferSupport = NonNullable<JobOffer["lmia"]>;

/** The terms of the CRS's qualifying offer on a day (`crsQualifyingOffer` of the same file). */
export interface QualifyingOfferTerms {
  /** `indeterminate`: permanent only (before 2016-11-19); else at least the minimum months, or permanent. */
  readonly duration: "indeterminate" | "at-least-minimum-or-permanent";
  /** The `jobOffer.lmia` answers that support an offer (checked against the model in the tests). */
  readonly support: readonly OfferSupport[];
}

let termsVersions: readonly DatedVersion<QualifyingOfferTerms>[] | undefined;

/** The qualifying-offer terms in force on `asOf` (the first version before the data starts). Internal. */
export function qualifyingOfferTerms(asOf: IsoDate): QualifyingOfferTerms {
  termsVersions ??= loadDated(
    requirementsJson.series.crsQualifyingOffer,
    (value) => value as QualifyingOfferTerms,
  ).versions;
  const found = valueAsOf(termsVersions, asOf);
  return found.ok ? found.value : (termsVersions[0] as DatedVersion<QualifyingOfferTerms>).value;
}

/** What a job offer gives on a day. Internal. */
export interface ArrangedEmploymentFinding {
  /** The line the input proves: `none` unless every condition is known to be met. */
  readonly certain: ArrangedEmployment;
  /** The line the offer could give if every open question were answered favourably. */
  readonly possible: ArrangedEmployment;
  /** The open questions, as input paths. */
  readonly missing: readonly string[];
}

/**
 * Whether an occupation is in major group 00 (senior management), or `undefined` for a code the
 * catalogue does not know. The answer is the same in both classifications: StatCan's concordance
 * maps NOC 2016 0011–0016 one-to-one onto NOC 2021 00010–00015 and links no other code to them
 * (test/crs/crs.test.ts checks this over every pair), so a code of either version can be
 * read as written, whichever version is in force on the day. Internal.
 */
export function isMajorGroup00On(code: string, _asOf: IsoDate): boolean | undefined {
  const entry = nocCodeFacts(code);
  return entry === undefined ? undefined : entry.majorGroup === "00";
}

const NONE: ArrangedEmploymentFinding = /* @__PURE__ */ Object.freeze({
  certain: "none",
  possible: "none",
  missing: [],
});

/**
 * Reads the arranged-employment line from `jobOffer` on `asOf`.
 *
 * IRCC awards the points for a *qualifying* offer of arranged employment: full-time (30 hours a
 * week or more), non-seasonal, for at least one year from the day permanent residence is granted
 * (before 2016-11-19: permanent, with no end date), in a skilled occupation (TEER 0–3; NOC 2016
 * skill type 0 or skill level A or B before 2022-11-16), from one employer, and supported by a
 * Labour Market Impact Assessment — or, from 2016-11-19, made by the employer named on an
 * LMIA-exempt employer-specific work permit the candidate has worked under for a year
 * (`jobOffer.lmia`). An offer whose conditions are not all answered scores nothing for certain,
 * `possible` says what it could give, and the open questions are listed as missing. An offer
 * that breaks a condition scores nothing, and so does an offer dated after `asOf` (`offeredOn`): on
 * `asOf` it did not exist yet.
 * Internal.
 */
export function arrangedEmploymentFinding(
  offer: JobOffer | null | undefined,
  asOf: IsoDate,
): ArrangedEmploymentFinding {
  if (offer === null) return NONE;
  if (offer === undefined) return { certain: "none", possible: "teer0-major-group-00", missing: ["jobOffer"] };
  if (offerMadeAfter(offer, asOf)) return NONE;
  const missing: string[] = [];

  const skilled = isSkilledOccupationOn(offer.noc, asOf);
  if (skilled === false) return NONE;
  if (skilled === undefined) missing.push("jobOffer.noc");

  if (offer.engagement === "independent-contractor") return NONE;
  // Arranged employment is non-seasonal; left out, the offer is taken to be non-seasonal, as before
  // the model asked it.
  if (offer.seasonal === true) return NONE;
  // Unanswered, the offer could be a contract for services, which is no arranged employment.
  if (offer.engagement === undefined) missing.push("jobOffer.engagement");

  if (offer.hoursPerWeek === undefined) missing.push("jobOffer.hoursPerWeek");
  else if (offer.hoursPerWeek < FULL_TIME_HOURS_PER_WEEK) return NONE;

  const terms = qualifyingOfferTerms(asOf);
  if (terms.duration === "indeterminate") {
    // An offer of indeterminate duration was required.
    if (offer.permanent === false) return NONE;
    if (offer.permanent === undefined) missing.push("jobOffer.permanent");
  } else if (offer.permanent !== true) {
    // Shorter than a year: none, unless the offer is permanent, which may be still open.
    if (offer.durationMonths !== undefined && offer.durationMonths < JOB_OFFER_MINIMUM_MONTHS) {
      if (offer.permanent === false) return NONE;
      missing.push("jobOffer.permanent");
    } else if (offer.durationMonths === undefined)
      missing.push(offer.permanent === false ? "jobOffer.durationMonths" : "jobOffer.permanent");
  }

  // The offer must be supported by an LMIA or, from 2016-11-19, by an LMIA-exempt work permit.
  if (offer.lmia === undefined) missing.push("jobOffer.lmia");
  else if (!terms.support.includes(offer.lmia)) return NONE;

  const group00 = isMajorGroup00On(offer.noc, asOf);
  if (group00 === undefined && !missing.includes("jobOffer.noc")) missing.push("jobOffer.noc");
  const possible: ArrangedEmployment = group00 === false ? "other-teer-0-3" : "teer0-major-group-00";
  return { certain: missing.length === 0 ? possible : "none", possible, missing };
}
