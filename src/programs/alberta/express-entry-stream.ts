import type { Assessment } from "../../core/assessment.js";
import { assessmentOf } from "../../core/assessment-of.js";
import { daysBetween } from "../../core/calendar.js";
import { allOf } from "../../core/combinators.js";
import { defineRule, notAnswered } from "../../core/define-rule.js";
import { isoDate } from "../../core/iso-date.js";
import { englishReason } from "../../core/legacy-reason.js";
import type { Rule } from "../../core/rule.js";
import type { RuleSet } from "../../core/rule-set.js";
import { ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS, expressEntryProfileExpiry } from "../../crs/index.js";
import type { Candidate } from "../../models/candidate.js";
import { type AlbertaFacts, type AlbertaOptions, deriveAlbertaFacts } from "./facts.js";
import {
  ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE,
  ALBERTA_STREAM_SECONDARY_SOURCE,
  MISREPRESENTATION_SOURCE,
} from "./sources.js";
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
      return notAnswered("Whether you have an Express Entry profile was not answered.", ["expressEntryProfile"]);
    }
    if (profile === null) {
      return {
        verdict: "fail",
        reason:
          "You have no Express Entry profile; the Alberta Express Entry Stream selects only from the federal pool.",
        expected: "an active profile",
        actual: "none",
      };
    }
    if (profile.submittedOn > asOf) {
      return {
        verdict: "fail",
        reason: `The profile was submitted on ${profile.submittedOn}, after ${asOf}: it was not in the pool on that day.`,
        expected: `submitted on or before ${asOf}`,
        actual: profile.submittedOn,
      };
    }
    const expires = expressEntryProfileExpiry(profile.submittedOn);
    if (asOf >= expires) {
      return {
        verdict: "fail",
        reason: `The profile submitted on ${profile.submittedOn} expired on ${expires} (profiles stay 12 months); submit a new one.`,
        expected: `expires after ${asOf}`,
        actual: `expired ${expires}`,
      };
    }
    const daysLeft = daysBetween(asOf, expires);
    return {
      verdict: "pass",
      reason: `The profile submitted on ${profile.submittedOn} is active until ${expires} (${daysLeft} ${daysLeft === 1 ? "day" : "days"} left).`,
      actual: `active until ${expires}`,
    };
  },
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
export const eligibleForFederalProgram: Rule<AlbertaFacts> = defineRule({
  id: "alberta-ee.federal-program",
  title: "Eligible for a federal Express Entry program (FSW, CEC or FST)",
  source: ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE,
  check: ({ federal }) => ({
    verdict: federal.result.verdict,
    reason:
      federal.status === "eligible"
        ? `Eligible: ${federal.result.reason}`
        : federal.status === "ineligible"
          ? "Not eligible for the Federal Skilled Worker Program, the Canadian Experience Class or the Federal Skilled Trades Program; the stream needs one of them."
          : `Not yet decided for the federal programs: ${federal.result.reason}`,
    ...(federal.missing.length > 0 && federal.status === "incomplete" ? { missing: federal.missing } : {}),
    children: [federal.result],
  }),
});

/**
 * A CRS score of at least {@link ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS} (300), computed by the library
 * without provincial-nomination points. When the profile reports its own score, the reason says
 * whether the two differ. A score under 300 computed from partial facts is `unknown`, not `fail`.
 *
 * @example
 * ```ts
 * crsMinimum.evaluate(facts, { asOf: facts.asOf }).actual; // e.g. 478
 * ```
 */
export const crsMinimum: Rule<AlbertaFacts> = /* @__PURE__ */ (() =>
  defineRule({
    id: "alberta-ee.crs-minimum",
    title: `A CRS score of at least ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
    source: ALBERTA_STREAM_SECONDARY_SOURCE,
    check: ({ crs, candidate }) => {
      if (!crs.ok) {
        return {
          verdict: "unknown",
          reason: `The CRS score cannot be computed: ${crs.issues.map((i) => `${i.path}: ${englishReason(i.message)}`).join(" ")}`,
          missing: crs.issues.map((i) => i.path).filter((p) => p !== ""),
        };
      }
      const reported = candidate.expressEntryProfile?.crsScore;
      const compare =
        reported === undefined
          ? ""
          : reported === crs.total
            ? ` Your profile shows the same score.`
            : ` Your profile shows ${reported}; the difference may come from answers missing here or from the profile.`;
      if (crs.total >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
        return {
          verdict: "pass",
          reason: `CRS ${crs.total} (without nomination points); at least ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS} is needed.${compare}`,
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
        };
      }
      if (crs.missing.length > 0 && crs.maximumReachable >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
        return {
          verdict: "unknown",
          reason: `CRS ${crs.total} from the answers given, under ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}; the missing answers could raise it to ${crs.maximumReachable}.${compare}`,
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
          missing: crs.missing,
        };
      }
      if (crs.missing.length > 0) {
        return {
          verdict: "fail",
          reason: `CRS ${crs.total} from the answers given (without nomination points); the questions still open could raise it to ${crs.maximumReachable} at most, under the ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS} the stream needs.${compare}`,
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
        };
      }
      return {
        verdict: "fail",
        reason: `CRS ${crs.total} (without nomination points); the stream needs at least ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}.${compare}`,
        expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
        actual: crs.total,
      };
    },
  }))();

/* @__NO_SIDE_EFFECTS__ */
function statusFlagRule(
  id: string,
  title: string,
  field: "refugeeClaimant" | "removalOrder" | "activeAaipApplication",
  failReason: string,
): Rule<AlbertaFacts> {
  return defineRule({
    id,
    title,
    source: ALBERTA_STREAM_SECONDARY_SOURCE,
    check: ({ candidate }) => {
      const value = candidate.status?.[field];
      if (value === undefined) {
        return notAnswered(`Not answered: ${title.toLowerCase()}.`, [`status.${field}`]);
      }
      return value ? { verdict: "fail", reason: failReason } : { verdict: "pass", reason: `${title}: answered no.` };
    },
  });
}

/**
 * No misrepresentation ban in force on `asOf` (`status.misrepresentationBanUntil` is the ban's
 * last day; `null` means none). A ban ending the day before `asOf` no longer counts.
 *
 * @example
 * ```ts
 * noMisrepresentationBan.evaluate(facts, { asOf: facts.asOf }).verdict;
 * ```
 */
export const noMisrepresentationBan: Rule<AlbertaFacts> = defineRule({
  id: "alberta-ee.no-misrepresentation-ban",
  title: "No misrepresentation ban in force",
  source: MISREPRESENTATION_SOURCE,
  check: ({ candidate, asOf }) => {
    const until = candidate.status?.misrepresentationBanUntil;
    if (until === undefined) {
      return notAnswered("Not answered: whether a misrepresentation ban is in force.", [
        "status.misrepresentationBanUntil",
      ]);
    }
    if (until === null) return { verdict: "pass", reason: "No misrepresentation ban." };
    return until >= asOf
      ? {
          verdict: "fail",
          reason: `A misrepresentation ban is in force until ${until}; no application can succeed before it ends.`,
          expected: `ended before ${asOf}`,
          actual: `until ${until}`,
        }
      : { verdict: "pass", reason: `The misrepresentation ban ended on ${until}.`, actual: `ended ${until}` };
  },
});

/**
 * No Alberta nomination already held: a candidate with an AAIP nomination is not nominated again.
 * `provincialNomination: null` means none; a nomination from another province does not count here.
 *
 * @example
 * ```ts
 * noAlbertaNomination.evaluate(facts, { asOf: facts.asOf }).verdict;
 * ```
 */
export const noAlbertaNomination: Rule<AlbertaFacts> = defineRule({
  id: "alberta-ee.no-aaip-nomination",
  title: "No AAIP nomination already held",
  source: ALBERTA_STREAM_SECONDARY_SOURCE,
  check: ({ candidate, asOf }) => {
    const nomination = candidate.provincialNomination;
    if (nomination === undefined) {
      return notAnswered("Not answered: whether you already hold a provincial nomination.", ["provincialNomination"]);
    }
    if (nomination === null) return { verdict: "pass", reason: "No provincial nomination held." };
    if (nomination.province !== "AB") {
      return {
        verdict: "pass",
        reason: `The nomination held is from ${nomination.province}, not from Alberta; the AAIP rule concerns its own nominations.`,
      };
    }
    return nomination.nominatedOn > asOf
      ? { verdict: "pass", reason: `The Alberta nomination is dated ${nomination.nominatedOn}, after ${asOf}.` }
      : {
          verdict: "fail",
          reason: `You already hold an Alberta nomination (${nomination.nominatedOn}); accept it in your Express Entry profile instead of applying again.`,
        };
  },
});

/**
 * Not ineligible for the Alberta Express Entry Stream: not a refugee claimant, no removal order,
 * no misrepresentation ban in force, no other AAIP application in progress, no AAIP nomination held.
 *
 * @example
 * ```ts
 * notIneligible.children?.map((r) => r.id);
 * ```
 */
export const notIneligible: Rule<AlbertaFacts> = allOf(
  "alberta-ee.not-ineligible",
  "Not in a group the stream excludes",
  [
    statusFlagRule(
      "alberta-ee.not-refugee-claimant",
      "Not a refugee claimant",
      "refugeeClaimant",
      "Refugee claimants cannot be nominated under the Alberta Express Entry Stream.",
    ),
    statusFlagRule(
      "alberta-ee.no-removal-order",
      "No unresolved removal order",
      "removalOrder",
      "A person under a removal order or in a federal appeal process cannot be nominated.",
    ),
    noMisrepresentationBan,
    statusFlagRule(
      "alberta-ee.no-active-aaip-application",
      "No other AAIP application in progress",
      "activeAaipApplication",
      "Another AAIP application is in progress; the AAIP accepts one application at a time.",
    ),
    noAlbertaNomination,
  ],
);

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
  const ruleSet = options?.ruleSet ?? ALBERTA_EXPRESS_ENTRY_RULES;
  const result = ruleSet.rule.evaluate(facts, { asOf: facts.asOf });
  return assessmentOf("alberta.express-entry-stream", facts.asOf, ruleSet, result, albertaDataVerified());
}
