// The sources of the Alberta rules. Where only a secondary source is known, `secondary: true` says so.
import type { Citation } from "../../core/citation.js";
import { isoDate } from "../../core/iso-date.js";

/**
 * alberta.ca, "Alberta Express Entry Stream" (Alberta Advantage Immigration Program): the stream
 * the Accelerated Tech Pathway belongs to. Read from a public copy crawled on 2026-06-20.
 *
 * @example
 * ```ts
 * ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE.url; // "https://www.alberta.ca/aaip-alberta-express-entry-stream"
 * ```
 */
export const ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Alberta Express Entry Stream – Alberta Advantage Immigration Program (alberta.ca)",
  url: "https://www.alberta.ca/aaip-alberta-express-entry-stream",
  retrieved: /* @__PURE__ */ isoDate("2026-06-20"),
});

/**
 * alberta.ca, "Alberta Express Entry Stream – eligibility": the Accelerated Tech Pathway's
 * employer, industry and excluded-worker wording. Only fragments of the page were readable
 * (quoted in a public copy checked on 2026-09-27).
 *
 * @example
 * ```ts
 * ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE.effective; // "2021-12-01"
 * ```
 */
export const ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Alberta Express Entry Stream – eligibility (alberta.ca)",
  url: "https://www.alberta.ca/aaip-alberta-express-entry-stream-eligibility",
  section:
    "Accelerated Tech Pathway (requirements in force since the pathway opened in December 2021; exact day unknown)",
  retrieved: /* @__PURE__ */ isoDate("2026-09-27"),
  effective: /* @__PURE__ */ isoDate("2021-12-01"),
});

/**
 * The requirements of the Alberta stream that the official pages we could read do not state
 * (an active profile with CRS of at least 300, the general ineligibility list, full-time work, the
 * match with the profile's primary occupation), as immigration firms publish them. Secondary.
 *
 * @example
 * ```ts
 * ALBERTA_STREAM_SECONDARY_SOURCE.secondary; // true
 * ```
 */
export const ALBERTA_STREAM_SECONDARY_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title:
    "Alberta Accelerated Tech Pathway (Wild Mountain Immigration) and Alberta Express Entry Stream (GV Immigration; TC-WW) – secondary summaries",
  url: "https://wildmountainimmigration.com/alberta-advantage-immigration-program/alberta-accelerated-tech-pathway/",
  retrieved: /* @__PURE__ */ isoDate("2026-11-25"),
  secondary: true,
});

/**
 * The job-offer terms published for the Accelerated Tech Pathway by a secondary source ("paid,
 * continuous, full-time employment for a minimum of 30 hours weekly for a duration of a minimum
 * of 1 year", work in Alberta). Not seen on alberta.ca.
 *
 * @example
 * ```ts
 * ATP_JOB_OFFER_TERMS_SOURCE.secondary; // true
 * ```
 */
export const ATP_JOB_OFFER_TERMS_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "What is the Alberta Tech Pathway program (wingsmypost.com) – secondary summary of the job-offer terms",
  url: "https://wingsmypost.com/what-is-the-alberta-tech-pathway-program/",
  retrieved: /* @__PURE__ */ isoDate("2026-11-25"),
  effective: /* @__PURE__ */ isoDate("2021-12-01"),
  secondary: true,
});

/**
 * alberta.ca, "Alberta Advantage Immigration Program – Updates": dated program changes (the
 * Worker Expression of Interest from 2024-09-30, NOC 2021 from 2022-11-16, ...).
 *
 * @example
 * ```ts
 * AAIP_UPDATES_SOURCE.url; // "https://www.alberta.ca/aaip-updates"
 * ```
 */
export const AAIP_UPDATES_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Alberta Advantage Immigration Program – Updates (alberta.ca)",
  url: "https://www.alberta.ca/aaip-updates",
  retrieved: /* @__PURE__ */ isoDate("2026-06-20"),
});

/**
 * alberta.ca, "Job offer and employer requirements" for all AAIP streams: two complete fiscal
 * years of continuous operation in Alberta, CAD 400,000 gross annual revenue, three full-time
 * employees in Alberta, with a nominee cap when revenue or staff fall short; Indigenous, municipal,
 * provincial, Government of Canada and Government of Alberta employers are exempt from the revenue
 * and staff minimums (not from the fiscal years). Read from a public transcription of the page
 * fetched 2026-08-21. Whether the ATP applies them is not stated.
 *
 * @example
 * ```ts
 * AAIP_EMPLOYER_REQUIREMENTS_SOURCE.url; // "https://www.alberta.ca/job-offer-and-employer-requirements"
 * ```
 */
export const AAIP_EMPLOYER_REQUIREMENTS_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Job offer and employer requirements – Alberta Advantage Immigration Program (alberta.ca)",
  url: "https://www.alberta.ca/job-offer-and-employer-requirements",
  section:
    'Employer requirements: 2 complete fiscal years in Alberta, CAD 400,000 gross annual revenue, 3 full-time employees in Alberta; "Indigenous, municipal, provincial, Government of Canada and Government of Alberta employers are exempt from the revenue and staff minimums" (read from a transcription of the page, GitHub zhizhunbao/pnp-job-tracker, data/raw/pnp/ab-req.json)',
  retrieved: /* @__PURE__ */ isoDate("2026-08-21"),
});

/**
 * Immigration and Refugee Protection Act, s. 40: a finding of misrepresentation makes a person
 * inadmissible for five years.
 *
 * @example
 * ```ts
 * MISREPRESENTATION_SOURCE.section; // "s. 40(2)(a)"
 * ```
 */
export const MISREPRESENTATION_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Immigration and Refugee Protection Act (S.C. 2001, c. 27) – Misrepresentation",
  url: "https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-40.html",
  section: "s. 40(2)(a)",
  retrieved: /* @__PURE__ */ isoDate("2026-11-25"),
});
