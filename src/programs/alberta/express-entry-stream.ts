// The Alberta Express Entry Stream: an active Express Entry profile, a federal program, the CRS
// minimum (stream-rules/crs-minimum.ts) and none of the exclusions (stream-rules/exclusions.ts).

import type { Assessment } from "../../core/assessment.js";
import { assessmentOf } from "../../core/assessment-of.js";
import { daysBetween } from "../../core/calendar.js";
import { allOf } from "../../core/combinators.js";
import { defineRule, notAnswered } from "../../core/define-rule.js";
import { earliestDay } from "../../core/freshness.js";
import { isoDate } from "../../core/iso-date.js";
import { message } from "../../core/message.js";
import type { Rule } from "../../core/rule.js";
import { checkRuleSet } from "../../core/rule-checks.js";
import type { RuleSet } from "../../core/rule-set.js";
import { expressEntryTerm } from "../../crs/express-entry-terms.js";
import { expressEntryProfileExpiry } from "../../crs/index.js";
import type { Candidate } from "../../models/candidate.js";
import { type AlbertaFacts, type AlbertaOptions, deriveAlbertaFacts } from "./facts.js";
import { ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE } from "./sources.js";
import { crsMinimum } from "./stream-rules/crs-minimum.js";
import { notIneligible } from "./stream-rules/exclusions.js";
import { ALBERTA_RULES_VERIFIED, albertaDataVerified } from "./verified.js";

const IRCC_PROFILE_SOURCE = /* @__PURE__ */ Object.freeze({
  title: "Express Entry: how long your profile stays in the pool (12 months) – IRCC",
  url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/submit-profile.html",
  retrieved: isoDate("2026-11-25"),
  effective: isoDate("2015-01-01"),
});

/**
 * An Express Entry profile that is active on `asOf`: submitted on or before that day and less
 * than 12 months old (it leaves the pool on {@link expressEntryProfileExpiry}).
 *
 * @example
 * ```ts
 * expressEntryProfileActive.evaluate(facts, { asOf: facts.asOf }).verdict;
 * ```
 */
export const expressEntryProfileActive: Rule<AlbertaFacts> = defineRule({
  id: "alberta-ee.profile-active",
  title: "An active Express Entry profile",
  source: IRCC_PROFILE_SOURCE,
  check: ({ candidate, asOf }) => {
    const profile = candidate.expressEntryProfile;
    if (profile === undefined) {
      return notAnswered(message("alberta-ee.profile.not-answered", {}), ["expressEntryProfile"]);
    }
    if (profile === null) {
      return {
        verdict: "fail",
        message: message("alberta-ee.profile.none", {}),
        expected: "an active profile",
        actual: "none",
      };
    }
    if (profile.submittedOn > asOf) {
      return {
        verdict: "fail",
        message: message("alberta-ee.profile.submitted-later", { submittedOn: profile.submittedOn, asOf }),
        expected: `submitted on or before ${asOf}`,
        actual: profile.submittedOn,
      };
    }
    const expires = expressEntryProfileExpiry(profile.submittedOn);
    if (asOf >= expires) {
      return {
        verdict: "fail",
        message: message("alberta-ee.profile.expired", {
          submittedOn: profile.submittedOn,
          expires,
          months: expressEntryTerm("profileValidityMonths", profile.submittedOn),
        }),
        expected: `expires after ${asOf}`,
        actual: `expired ${expires}`,
      };
    }
    const daysLeft = daysBetween(asOf, expires);
    return {
      verdict: "pass",
      message: message("alberta-ee.profile.active", { submittedOn: profile.submittedOn, expires, daysLeft }),
      actual: `active until ${expires}`,
    };
  },
});

/** The federal-program rule as defined; {@link eligibleForFederalProgram} adds its English reason. */
const federalProgramRule: Rule<AlbertaFacts> = defineRule({
  id: "alberta-ee.federal-program",
  title: "Eligible for a federal Express Entry program (FSW, CEC or FST)",
  source: ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE,
  check: ({ federal }) => ({
    verdict: federal.result.verdict,
    message:
      federal.status === "eligible"
        ? message("alberta-ee.federal.eligible", { federal: federal.result.message })
        : federal.status === "ineligible"
          ? message("alberta-ee.federal.ineligible", {})
          : message("alberta-ee.federal.undecided", { federal: federal.result.message }),
    ...(federal.missing.length > 0 && federal.status === "incomplete" ? { missing: federal.missing } : {}),
    children: [federal.result],
  }),
});

/**
 * Eligible for at least one federal Express Entry program (FSW, CEC or FST), with the federal
 * tree nested under it.
 *
 * @example
 * ```ts
 * eligibleForFederalProgram.evaluate(facts, { asOf: facts.asOf }).children?.[0]?.id; // "federal.express-entry"
 * ```
 */
export const eligibleForFederalProgram: Rule<AlbertaFacts> = federalProgramRule;

/**
 * The root rule of the Alberta Express Entry Stream: an active profile, a federal program, CRS of
 * at least 300 and none of the exclusions. The stream's own start date is not encoded.
 *
 * @example
 * ```ts
 * albertaExpressEntryStream.children?.map((r) => r.id);
 * ```
 */
export const albertaExpressEntryStream: Rule<AlbertaFacts> = allOf(
  "alberta-ee",
  "Alberta Express Entry Stream",
  [expressEntryProfileActive, eligibleForFederalProgram, crsMinimum, notIneligible],
  { source: ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE },
);

/**
 * The Alberta Express Entry Stream's rules as a value, for {@link assessAlbertaExpressEntry} and
 * for `extendRuleSet`.
 *
 * @example
 * ```ts
 * const mine = extendRuleSet(ALBERTA_EXPRESS_ENTRY_RULES, { remove: ["alberta-ee.crs-minimum"] });
 * ```
 */
export const ALBERTA_EXPRESS_ENTRY_RULES: RuleSet<AlbertaFacts> = {
  id: "alberta.express-entry-stream",
  from: isoDate("2015-01-01"),
  verified: ALBERTA_RULES_VERIFIED,
  rule: albertaExpressEntryStream,
};

/**
 * Assesses a candidate for the Alberta Express Entry Stream on `asOf`: an active Express Entry
 * profile, eligibility for FSW, CEC or FST (the federal tree is nested), CRS of at least 300
 * (computed here, without nomination points) and none of the exclusions.
 *
 * @example
 * ```ts
 * const a = assessAlbertaExpressEntry(candidate, { asOf: isoDate("2026-11-25") });
 * a.status; // "eligible" | "ineligible" | "incomplete"
 * a.missing; // e.g. ["status.refugeeClaimant"]
 * ```
 */
export function assessAlbertaExpressEntry(candidate: Candidate, options: AlbertaOptions): Assessment {
  const facts = deriveAlbertaFacts(candidate, options?.asOf, options);
  if (options?.ruleSet !== undefined) checkRuleSet("options.ruleSet", options.ruleSet);
  const ruleSet = options?.ruleSet ?? ALBERTA_EXPRESS_ENTRY_RULES;
  const result = ruleSet.rule.evaluate(facts, { asOf: facts.asOf });
  // The federal assessment in the tree brings its own rule set's day (a federalRuleSet's too).
  const dataVerified = earliestDay(albertaDataVerified(), facts.federal.verifiedThrough);
  return assessmentOf("alberta.express-entry-stream", facts.asOf, ruleSet, result, dataVerified);
}
