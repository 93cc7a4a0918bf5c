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
import { type AtpIntake, atpIntakeOn } from "./atp-intake.js";
import { ALBERTA_STREAM_SECONDARY_SOURCE, MISREPRESENTATION_SOURCE } from "./sources.js";

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

/** The next step's id for each period of the intake calendar (data/alberta/atp-pathway-history.json). */
const INTAKE_STEP_IDS: Readonly<Record<AtpIntake["period"], string>> = {
  "before-launch": "atp-not-yet",
  "invalid-date": "atp-intake-unknown",
  "web-form": "atp-web-form",
  "monthly-intake": "atp-monthly-intake",
  "no-intake": "atp-no-intake",
  "worker-eoi": "worker-eoi",
};

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

/**
 * What an eligible or undecided candidate should do next on `asOf`: how to get into the pathway
 * that day ({@link atpIntakeOn}: the web form, the 2024 monthly acceptance dates, no intake from
 * 2024-08-07, a Worker Expression of Interest from 2024-09-30), a profile about to expire,
 * accepting a nomination within 30 days for +600 points, the 60 days after an invitation to apply,
 * the cost of misrepresentation, and the answers still missing. `context.remedies` are steps that
 * fix a job case (a written offer for a current job, a NOC 2021 code in the profile): they follow
 * the missing answers, and are all an ineligible candidate is given (otherwise nothing).
 *
 * @example
 * ```ts
 * nextStepsFor(candidate, isoDate("2026-11-25"), { status: "eligible", missing: [], crs }).map((s) => s.id);
 * // ["worker-eoi", "nomination-points", "ita-deadline", "truthful-answers"]
 * ```
 */
export function nextStepsFor(
  candidate: Candidate,
  asOf: IsoDate,
  context: {
    status: "eligible" | "ineligible" | "incomplete";
    missing: readonly string[];
    crs?: CrsBreakdown;
    remedies?: readonly NextStep[];
  },
): NextStep[] {
  if (context.status === "ineligible") return [...(context.remedies ?? [])];
  const steps: NextStep[] = [];
  if (context.status === "incomplete" && context.missing.length > 0) {
    steps.push({
      id: "answer-missing",
      action: `Answer the questions still open so the assessment can decide: ${context.missing.join(", ")}.`,
      source: ALBERTA_STREAM_SECONDARY_SOURCE,
    });
  }
  if (context.remedies !== undefined) steps.push(...context.remedies);
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
  } else {
    const intake = atpIntakeOn(asOf);
    steps.push({
      id: INTAKE_STEP_IDS[intake.period],
      action: intake.action,
      source: intake.source,
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
