import { readAsOf } from "../../core/as-of.js";
import { addMonths } from "../../core/calendar.js";
import type { Citation } from "../../core/citation.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";
import {
  type CrsBreakdown,
  expressEntryProfileExpiry,
  nominationAcceptanceDeadline,
  PROVINCIAL_NOMINATION_POINTS,
  withProvincialNomination,
} from "../../crs/index.js";
import type { Candidate } from "../../models/candidate.js";
import { AAIP_UPDATES_SOURCE, ALBERTA_STREAM_SECONDARY_SOURCE, MISREPRESENTATION_SOURCE } from "./sources.js";

/**
 * One thing to do next, with its deadline when there is one, and where the rule comes from.
 *
 * @example
 * ```ts
 * const step: NextStep = { id: "accept-nomination", action: "Accept the nomination ...", due: isoDate("2026-03-03"), source };
 * ```
 */
export interface NextStep {
  readonly id: string;
  readonly action: string;
  readonly due?: IsoDate;
  readonly source: Citation;
}

/** The Worker Expression of Interest system opened for the ATP on 2024-09-30 (AAIP updates, 2024-09-23). */
const WORKER_EOI_FROM = isoDate("2024-09-30");

const NOMINATION_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Get or confirm a nomination – Provincial Nominee Program (Express Entry), IRCC",
  url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html",
  retrieved: isoDate("2026-11-25"),
});

const ITA_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Express Entry: after you're invited to apply (60 days to submit) – IRCC",
  url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html",
  retrieved: isoDate("2026-11-25"),
});

const OLD_WEB_FORM_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Alberta Express Entry Stream – Accelerated Tech Pathway web form (alberta.ca, earlier version of the page)",
  url: "https://www.alberta.ca/aaip-alberta-express-entry-stream.aspx",
  retrieved: isoDate("2026-11-25"),
});

/**
 * What an eligible or undecided candidate should do next on `asOf`: how to be invited (the ATP web
 * form before 2024-09-30, a Worker Expression of Interest from then), a profile about to expire,
 * accepting a nomination within 30 days for +600 points, the 60 days after an invitation to apply,
 * the cost of misrepresentation, and the answers still missing.
 *
 * @example
 * ```ts
 * nextStepsFor(candidate, isoDate("2026-11-25"), { status: "eligible", missing: [], crs }).map((s) => s.id);
 * // ["worker-eoi", "nomination-points", "ita-deadline", "truthful-answers"]
 * ```
 */
export function nextStepsFor(
  candidate: Candidate,
  asOfGiven: IsoDate | Date,
  context: { status: "eligible" | "ineligible" | "incomplete"; missing: readonly string[]; crs?: CrsBreakdown },
): NextStep[] {
  const asOf = readAsOf(asOfGiven);
  if (context.status === "ineligible") return [];
  const steps: NextStep[] = [];
  if (context.status === "incomplete" && context.missing.length > 0) {
    steps.push({
      id: "answer-missing",
      action: `Answer the questions still open so the assessment can decide: ${context.missing.join(", ")}.`,
      source: ALBERTA_STREAM_SECONDARY_SOURCE,
    });
  }
  const profile = candidate.expressEntryProfile;
  if (profile) {
    const expires = expressEntryProfileExpiry(profile.submittedOn);
    if (expires > asOf && addMonths(asOf, 3) >= expires) {
      steps.push({
        id: "profile-expiring",
        action: `Your Express Entry profile expires on ${expires}, within 3 months: candidates whose profile expires that soon are less likely to be asked to apply. Renew it when it expires.`,
        due: expires,
        source: ALBERTA_STREAM_SECONDARY_SOURCE,
      });
    }
  }
  const nomination = candidate.provincialNomination;
  if (nomination && nomination.nominatedOn <= asOf) {
    const due = nominationAcceptanceDeadline(nomination.nominatedOn);
    if (due >= asOf) {
      steps.push({
        id: "accept-nomination",
        action: `Accept the ${nomination.province} nomination in your Express Entry profile by ${due} (30 days from ${nomination.nominatedOn}); it adds ${PROVINCIAL_NOMINATION_POINTS} CRS points.`,
        due,
        source: NOMINATION_SOURCE,
      });
    }
  } else if (asOf >= WORKER_EOI_FROM) {
    steps.push({
      id: "worker-eoi",
      action:
        "Submit a Worker Expression of Interest in the AAIP portal: since 2024-09-30 Accelerated Tech Pathway candidates are invited from the Worker EOI pool.",
      source: AAIP_UPDATES_SOURCE,
    });
  } else {
    steps.push({
      id: "atp-web-form",
      action:
        "Send the Accelerated Tech Pathway web form (your Express Entry profile and your Alberta job offer or employment) to the AAIP; it invites eligible candidates to apply.",
      source: OLD_WEB_FORM_SOURCE,
    });
  }
  if (!nomination) {
    const withNomination = context.crs !== undefined ? withProvincialNomination(context.crs).total : undefined;
    steps.push({
      id: "nomination-points",
      action: `If Alberta nominates you, accept the nomination in your Express Entry profile within 30 days: it adds ${PROVINCIAL_NOMINATION_POINTS} CRS points${withNomination !== undefined ? ` (your score would be ${withNomination})` : ""}.`,
      source: NOMINATION_SOURCE,
    });
  }
  steps.push({
    id: "ita-deadline",
    action:
      "After an invitation to apply for permanent residence, you have 60 days to submit the complete application.",
    source: ITA_SOURCE,
  });
  steps.push({
    id: "truthful-answers",
    action:
      "Give only true and complete information: a finding of misrepresentation makes you inadmissible to Canada for 5 years.",
    source: MISREPRESENTATION_SOURCE,
  });
  return steps;
}
