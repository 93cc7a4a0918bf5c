import type { Assessment } from "../../core/assessment.js";
import { assessmentOf } from "../../core/assessment-of.js";
import { daysBetween } from "../../core/calendar.js";
import { allOf } from "../../core/combinators.js";
import { defineRule, notAnswered } from "../../core/define-rule.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import { checkRuleSet } from "../../core/rule-checks.js";
import type { RuleSet } from "../../core/rule-set.js";
import { calculateCrsWithoutNomination } from "../../crs/calculate.js";
import { expressEntryTerm } from "../../crs/express-entry-terms.js";
import {
  ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS,
  expressEntryProfileExpiry,
  nominationAcceptanceDeadline,
} from "../../crs/index.js";
import type { StatusFlag } from "../../locales/en/alberta.js";
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
    check: ({ crs, candidate, asOf }) => {
      if (!crs.ok) {
        const notComputable = message("alberta-ee.crs.not-computable", {
          issues: crs.issues.map((i) => ({ path: i.path, message: i.message })),
        });
        // A language test taken before the first chart known is answered: only the data is missing.
        if (crs.issues.every((i) => i.code === "no_chart_on_date")) {
          return (
            withoutChartlessTests(candidate, asOf, crs.issues) ?? {
              verdict: "unknown",
              message: notComputable,
              uncertain: true,
            }
          );
        }
        return {
          verdict: "unknown",
          message: notComputable,
          missing: crs.issues.map((i) => i.path).filter((p) => p !== ""),
        };
      }
      const reported = candidate.expressEntryProfile?.crsScore;
      // The score the profile reports, compared in the message with the one computed here.
      const scores = {
        total: crs.total,
        minimum: ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS,
        ...(reported === undefined ? {} : { reported }),
      };
      if (crs.total >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
        return {
          verdict: "pass",
          message: message("alberta-ee.crs.pass", scores),
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
        };
      }
      if (crs.missing.length > 0 && crs.maximumReachable >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
        return {
          verdict: "unknown",
          message: message("alberta-ee.crs.could-reach", { ...scores, maximum: crs.maximumReachable }),
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
          missing: crs.missing,
        };
      }
      if (crs.missing.length > 0) {
        return {
          verdict: "fail",
          message: message("alberta-ee.crs.cannot-reach", { ...scores, maximum: crs.maximumReachable }),
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
        };
      }
      return {
        verdict: "fail",
        message: message("alberta-ee.crs.below", scores),
        expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
        actual: crs.total,
      };
    },
  }))();

/**
 * The CRS minimum when only language tests taken before the first chart known keep the score from
 * being computed: each could give any level, so the score lies between the one without them and
 * the bound with the language open. A pass or a fail when those settle it, else `undefined`.
 */
function withoutChartlessTests(
  candidate: Candidate,
  asOf: IsoDate,
  issues: readonly { readonly path: string }[],
): RuleOutcome | undefined {
  const chartless = new Set(issues.map((i) => /^languageTests\[(\d+)\]/.exec(i.path)?.[1]));
  const kept = (candidate.languageTests ?? []).filter((_, i) => !chartless.has(String(i)));
  const without = calculateCrsWithoutNomination({ ...candidate, languageTests: kept }, { asOf });
  const open = calculateCrsWithoutNomination({ ...candidate, languageTests: undefined }, { asOf });
  if (!without.ok || !open.ok) return undefined;
  const scores = { total: without.total, minimum: ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS };
  const expected = `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`;
  if (without.total >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
    return { verdict: "pass", message: message("alberta-ee.crs.pass", scores), expected, actual: without.total };
  }
  if (open.maximumReachable < ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
    return {
      verdict: "fail",
      message: message("alberta-ee.crs.cannot-reach", { ...scores, maximum: open.maximumReachable }),
      expected,
      actual: without.total,
    };
  }
  return undefined;
}

/* @__NO_SIDE_EFFECTS__ */
function statusFlagRule(id: string, title: string, field: StatusFlag, failReason: Message): Rule<AlbertaFacts> {
  return defineRule({
    id,
    title,
    source: ALBERTA_STREAM_SECONDARY_SOURCE,
    check: ({ candidate }) => {
      const value = candidate.status?.[field];
      if (value === undefined) {
        return notAnswered(message("alberta-ee.status.not-answered", { flag: field }), [`status.${field}`]);
      }
      return value
        ? { verdict: "fail", message: failReason }
        : { verdict: "pass", message: message("alberta-ee.status.answered-no", { flag: field }) };
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
      return notAnswered(message("alberta-ee.misrepresentation.not-answered", {}), [
        "status.misrepresentationBanUntil",
      ]);
    }
    if (until === null) return { verdict: "pass", message: message("alberta-ee.misrepresentation.none", {}) };
    return until >= asOf
      ? {
          verdict: "fail",
          message: message("alberta-ee.misrepresentation.in-force", { until }),
          expected: `ended before ${asOf}`,
          actual: `until ${until}`,
        }
      : {
          verdict: "pass",
          message: message("alberta-ee.misrepresentation.ended", { until }),
          actual: `ended ${until}`,
        };
  },
});

/** An Alberta nomination held on `asOf`: accept it, or, once the days to accept it are over, say when they ended. */
function heldNomination(nominatedOn: IsoDate, asOf: IsoDate): Message {
  const due = nominationAcceptanceDeadline(nominatedOn);
  return due < asOf
    ? message("alberta-ee.nomination.held-acceptance-ended", {
        nominatedOn,
        due,
        days: expressEntryTerm("nominationAcceptanceDays", nominatedOn),
      })
    : message("alberta-ee.nomination.held", { nominatedOn });
}

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
      return notAnswered(message("alberta-ee.nomination.not-answered", {}), ["provincialNomination"]);
    }
    if (nomination === null) return { verdict: "pass", message: message("alberta-ee.nomination.none", {}) };
    if (nomination.province !== "AB") {
      return {
        verdict: "pass",
        message: message("alberta-ee.nomination.other-province", { province: nomination.province }),
      };
    }
    return nomination.nominatedOn > asOf
      ? {
          verdict: "pass",
          message: message("alberta-ee.nomination.dated-later", { nominatedOn: nomination.nominatedOn, asOf }),
        }
      : {
          verdict: "fail",
          message: heldNomination(nomination.nominatedOn, asOf),
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
      message("alberta-ee.refugee-claimant", {}),
    ),
    statusFlagRule(
      "alberta-ee.no-removal-order",
      "No unresolved removal order",
      "removalOrder",
      message("alberta-ee.removal-order", {}),
    ),
    noMisrepresentationBan,
    statusFlagRule(
      "alberta-ee.no-active-aaip-application",
      "No other AAIP application in progress",
      "activeAaipApplication",
      message("alberta-ee.active-aaip-application", {}),
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
  if (options?.ruleSet !== undefined) checkRuleSet("options.ruleSet", options.ruleSet);
  const ruleSet = options?.ruleSet ?? ALBERTA_EXPRESS_ENTRY_RULES;
  const result = ruleSet.rule.evaluate(facts, { asOf: facts.asOf });
  return assessmentOf("alberta.express-entry-stream", facts.asOf, ruleSet, result, albertaDataVerified());
}
