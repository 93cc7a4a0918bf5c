// The Accelerated Tech Pathway's rules on the terms of the job: full time, an employee, a job offer
// (or, in the launch era, a current job), and an offer that is permanent or long enough.

import streamJson from "../../../../data/alberta/alberta-express-entry-stream.json" with { type: "json" };
import { currentNumber } from "../../../core/current-number.js";
import { notAnswered } from "../../../core/define-rule.js";
import { message } from "../../../core/message.js";
import type { Rule } from "../../../core/rule.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../../experience/constants.js";
import { pathwayHistory, qualifyingJobRuleOn } from "../atp-pathway-history-data.js";
import { qualifyingJobUncertainty } from "../data-messages.js";
import type { AlbertaFacts } from "../facts.js";
import { ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE, ATP_JOB_OFFER_TERMS_SOURCE } from "../sources.js";
import { jobRule } from "./job-rule.js";

// Full-time means at least FULL_TIME_HOURS_PER_WEEK (30) hours a week: IRCC's definition of
// full-time work, used for every rule (docs/decisions/0007-full-time-is-30-hours.md).
/** A non-permanent offer must run at least 12 months (secondary source; data/alberta/alberta-express-entry-stream.json). */
const MINIMUM_OFFER_MONTHS: number = /* @__PURE__ */ currentNumber(streamJson, "atpOfferMinimumMonths", "months");

/**
 * Full-time work: at least 30 hours a week.
 *
 * @example
 * ```ts
 * fullTimeJob.id; // "atp.job.full-time"
 * ```
 */
export const fullTimeJob: Rule<AlbertaFacts> = jobRule(
  "atp.job.full-time",
  "Full-time (at least 30 hours a week)",
  ATP_JOB_OFFER_TERMS_SOURCE,
  (job) => {
    if (job.hoursPerWeek === undefined) {
      return notAnswered(message("atp.job.full-time.not-answered", {}), [`${job.path}.hoursPerWeek`]);
    }
    return job.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK
      ? {
          verdict: "pass",
          message: message("atp.job.full-time.pass", { hours: job.hoursPerWeek }),
          expected: `>= ${FULL_TIME_HOURS_PER_WEEK}`,
          actual: job.hoursPerWeek,
        }
      : {
          verdict: "fail",
          message: message("atp.job.full-time.hours-short", {
            hours: job.hoursPerWeek,
            minimum: FULL_TIME_HOURS_PER_WEEK,
          }),
          expected: `>= ${FULL_TIME_HOURS_PER_WEEK}`,
          actual: job.hoursPerWeek,
        };
  },
);

/**
 * An employee: independent contractors and temporary-agency workers are not eligible, and
 * self-employment is not a job with an employer.
 *
 * @example
 * ```ts
 * employeeNotContractor.id; // "atp.job.employee"
 * ```
 */
export const employeeNotContractor: Rule<AlbertaFacts> = jobRule(
  "atp.job.employee",
  "An employee (not an independent contractor or temporary-agency worker)",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job) => {
    if (job.engagement === undefined) {
      return notAnswered(message("atp.job.employee.not-answered", {}), [`${job.path}.engagement`]);
    }
    if (job.engagement === "employee") return { verdict: "pass", message: message("atp.job.employee.pass", {}) };
    return {
      verdict: "fail",
      message: message("atp.job.employee.fail", { engagement: job.engagement }),
      expected: "employee",
      actual: job.engagement,
    };
  },
);

/**
 * Which jobs count on `asOf`. In the launch era the pathway counted a current job with an Alberta
 * tech employer as well as a job offer ("currently working for, or have a job offer with"), known
 * to hold until 2024-08-12 (the end of the 2024 monthly acceptance dates); from 2024-12-11 the official wording asks for a job offer for full-time
 * employment in Alberta (the parameters of that day's Accelerated Tech Pathway draw, and the 2026
 * stream page). A job offer always passes. A current job without an offer passes until
 * 2024-08-12, is `unknown` from 2024-08-13 to 2024-12-10 (the law on those days is uncertain: no
 * source dates the change; nothing is `missing`), and fails from 2024-12-11. Dates:
 * data/alberta/atp-pathway-history.json (`qualifyingJob`).
 *
 * @example
 * ```ts
 * jobOfferOrEmployment.id; // "atp.job.offer-or-employment"
 * ```
 */
export const jobOfferOrEmployment: Rule<AlbertaFacts> = jobRule(
  "atp.job.offer-or-employment",
  "A job offer (a current job without one counted only in the launch era)",
  ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE,
  (job, { asOf }) => {
    const history = pathwayHistory().qualifyingJob;
    if (job.kind === "job-offer") {
      return { verdict: "pass", message: message("atp.job.offer-or-employment.offer", {}), actual: "job-offer" };
    }
    switch (qualifyingJobRuleOn(asOf)) {
      case "employment-or-offer":
        return {
          verdict: "pass",
          message: message("atp.job.offer-or-employment.launch-era", {
            asOf,
            knownThrough: history.launchKnownThrough,
          }),
          actual: "current-employment",
          source: history.launchSource,
        };
      case "uncertain":
        return {
          verdict: "unknown",
          message: message("atp.job.offer-or-employment.uncertain", { asOf, why: qualifyingJobUncertainty() }),
          actual: "current-employment",
          source: history.offerSource,
          uncertain: true,
        };
      case "offer-only":
        return {
          verdict: "fail",
          message: message("atp.job.offer-or-employment.offer-only", { offerFrom: history.offerFrom }),
          expected: "job-offer",
          actual: "current-employment",
          source: history.offerSource,
        };
    }
  },
);

/**
 * A job offer must be permanent or run at least 12 months (secondary source). Current
 * employment passes this rule: it applies to offers only. A shorter `durationMonths` fails only
 * when `permanent` is answered `false`; with `permanent` unanswered it is `unknown` (a permanent
 * offer would pass, and a fail must be final).
 *
 * @example
 * ```ts
 * offerTerm.id; // "atp.job.offer-term"
 * ```
 */
export const offerTerm: Rule<AlbertaFacts> = jobRule(
  "atp.job.offer-term",
  "A permanent offer, or one of at least 12 months",
  ATP_JOB_OFFER_TERMS_SOURCE,
  (job) => {
    if (job.kind === "current-employment") {
      return { verdict: "pass", message: message("atp.job.offer-term.current-employment", {}) };
    }
    if (job.permanent === true)
      return { verdict: "pass", message: message("atp.job.offer-term.permanent", {}), actual: "permanent" };
    if (job.durationMonths !== undefined && job.durationMonths >= MINIMUM_OFFER_MONTHS) {
      return {
        verdict: "pass",
        message: message("atp.job.offer-term.long-enough", { months: job.durationMonths }),
        expected: `>= ${MINIMUM_OFFER_MONTHS} months`,
        actual: job.durationMonths,
      };
    }
    if (job.durationMonths !== undefined && job.permanent === false) {
      return {
        verdict: "fail",
        message: message("atp.job.offer-term.too-short", { months: job.durationMonths, minimum: MINIMUM_OFFER_MONTHS }),
        expected: `>= ${MINIMUM_OFFER_MONTHS} months`,
        actual: job.durationMonths,
      };
    }
    if (job.durationMonths !== undefined) {
      // Short, but whether the offer is permanent was not answered: a permanent offer would pass,
      // so this is not yet a fail (a fail must be final).
      return {
        verdict: "unknown",
        message: message("atp.job.offer-term.permanence-not-answered", {
          months: job.durationMonths,
          minimum: MINIMUM_OFFER_MONTHS,
        }),
        expected: `permanent, or >= ${MINIMUM_OFFER_MONTHS} months`,
        actual: job.durationMonths,
        missing: [`${job.path}.permanent`],
      };
    }
    return notAnswered(
      job.permanent === false
        ? message("atp.job.offer-term.length-not-answered", {})
        : message("atp.job.offer-term.not-answered", {}),
      job.permanent === false ? [`${job.path}.durationMonths`] : [`${job.path}.permanent`],
    );
  },
);
