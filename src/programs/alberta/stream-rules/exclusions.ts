// The groups the Alberta Express Entry Stream excludes: refugee claimants, removal orders,
// misrepresentation bans, other AAIP applications, AAIP nominations already held.

import { allOf } from "../../../core/combinators.js";
import { defineRule, notAnswered } from "../../../core/define-rule.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { type Message, message } from "../../../core/message.js";
import type { Rule } from "../../../core/rule.js";
import { expressEntryTerm } from "../../../crs/express-entry-terms.js";
import { nominationAcceptanceDeadline } from "../../../crs/index.js";
import type { StatusFlag } from "../../../locales/en/alberta.js";
import type { AlbertaFacts } from "../facts.js";
import { ALBERTA_STREAM_SECONDARY_SOURCE, MISREPRESENTATION_SOURCE } from "../sources.js";

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
