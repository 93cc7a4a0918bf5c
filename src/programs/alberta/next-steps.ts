import { argumentError, listArgument, objectArgument } from "../../core/argument.js";
import { readAsOf } from "../../core/as-of.js";
import { addMonthsWithin } from "../../core/calendar.js";
import type { Citation } from "../../core/citation.js";
import { describeIsoDateProblem, type IsoDate, isoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import { expressEntryTerm } from "../../crs/express-entry-terms.js";
import {
  type CrsBreakdown,
  expressEntryProfileExpiry,
  nominationAcceptanceDeadline,
  PROVINCIAL_NOMINATION_POINTS,
  withProvincialNomination,
} from "../../crs/index.js";
import { NOMINATION_PAGE } from "../../crs/nomination.js";
import type { Candidate } from "../../models/candidate.js";
import { checkedCandidate } from "../../models/read-candidate.js";
import { aaipTerms, termOn } from "./aaip-terms-data.js";
import { type AtpIntake, atpIntakeOn } from "./atp-intake.js";
import { ALBERTA_STREAM_SECONDARY_SOURCE, MISREPRESENTATION_SOURCE } from "./sources.js";
import { workerEoiFamily } from "./worker-eoi/family-data.js";

/**
 * One thing to do next, with its deadline when there is one, and where the rule comes from. The
 * step is said by `message` (id `step.<...>`, with its dates, amounts and days as parameters):
 * render it with `renderMessage(step.message, en)` (or `fr`), or the whole assessment with
 * `renderAssessment`, which gives each step a `text`.
 *
 * @example
 * ```ts
 * const step: NextStep = {
 *   id: "ita-deadline",
 *   message: message("step.ita-deadline", { days: 60 }),
 *   source,
 * };
 * renderMessage(step.message, en); // "After an invitation to apply for permanent residence, you have 60 days ..."
 * ```
 */
export interface NextStep {
  readonly id: string;
  /** What to do, as a message: `renderMessage(step.message, locale)` gives its text. */
  readonly message: Message;
  readonly due?: IsoDate;
  readonly source: Citation;
}

/** The next step's id for each period of the intake calendar (data/alberta/atp-pathway-history.json). */
const INTAKE_STEP_IDS: Readonly<Record<AtpIntake["period"], string>> = {
  "before-launch": "atp-not-yet",
  "web-form": "atp-web-form",
  "monthly-intake": "atp-monthly-intake",
  "no-intake": "atp-no-intake",
  "worker-eoi": "worker-eoi",
};

const ITA_SOURCE: Citation = /* @__PURE__ */ Object.freeze({
  title: "Express Entry: after you're invited to apply (60 days to submit) – IRCC",
  url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html",
  retrieved: isoDate("2026-11-25"),
});

/**
 * What an eligible or undecided candidate should do next on `asOf`: how to get into the pathway
 * that day ({@link atpIntakeOn}: the web form, the 2024 monthly acceptance dates, no intake from
 * 2024-08-13, a Worker Expression of Interest from 2024-09-30, with the terms in force on `asOf`:
 * its fee, free before 2026-04-07 and $135 from then; one Worker EOI at a time; from 2026-05-26
 * its one-year validity and the 15-day invitation period; the application fee, $500 through
 * 2024-03-31 (with the web form too) and $1,500 from 2025-04-01 (the amount between is not known); a Worker EOI already submitted, `workerEoiSubmittedOn`, is kept
 * up to date instead, until a year has passed), a profile about to expire, accepting a nomination within 30 days
 * for +600 points, the days to apply after an invitation (60 today), the cost of misrepresentation, and the
 * answers still missing. `context.remedies` are steps that fix a job case (a written offer for a
 * current job, a NOC 2021 code in the profile): they follow the missing answers. An ineligible
 * candidate is given only those, and, when they hold an Alberta nomination (the stream does not
 * nominate twice), the step to accept it by its deadline.
 *
 * @example
 * ```ts
 * nextStepsFor(candidate, isoDate("2026-11-25"), { status: "eligible", missing: [], crs }).map((s) => s.id);
 * // ["worker-eoi", "worker-eoi-fee", "one-worker-eoi", "worker-eoi-validity", "invitation-period",
 * //  "application-fee", "nomination-points", "ita-deadline", "truthful-answers"]
 * ```
 */
export function nextStepsFor(
  candidate: Candidate,
  asOfGiven: IsoDate | Date,
  context: {
    status: "eligible" | "ineligible" | "incomplete";
    missing: readonly string[];
    crs?: CrsBreakdown;
    remedies?: readonly NextStep[];
  },
): NextStep[] {
  const asOf = readAsOf(asOfGiven);
  checkedCandidate(candidate);
  objectArgument(context, "context", "{ status, missing, crs?, remedies? }");
  if (context.status !== "eligible" && context.status !== "ineligible" && context.status !== "incomplete") {
    throw argumentError("context.status", '"eligible", "ineligible" or "incomplete"', context.status);
  }
  listArgument(context.missing, "context.missing", "a list of input paths");
  if (context.remedies !== undefined) listArgument(context.remedies, "context.remedies", "a list of next steps");
  if (context.status === "ineligible") return [...albertaNomineeSteps(candidate, asOf), ...(context.remedies ?? [])];
  const steps: NextStep[] = [];
  if (context.status === "incomplete" && context.missing.length > 0) {
    steps.push({
      id: "answer-missing",
      message: message("step.answer-missing", { missing: context.missing }),
      source: ALBERTA_STREAM_SECONDARY_SOURCE,
    });
  }
  if (context.remedies !== undefined) steps.push(...context.remedies);
  const profile = candidate.expressEntryProfile;
  if (profile) {
    const expires = expressEntryProfileExpiry(profile.submittedOn);
    if (expires > asOf && addMonthsWithin(asOf, 3) >= expires) {
      steps.push({
        id: "profile-expiring",
        message: message("step.profile-expiring", { expires, months: 3 }),
        due: expires,
        source: ALBERTA_STREAM_SECONDARY_SOURCE,
      });
    }
  }
  const nomination = candidate.provincialNomination;
  const received = nomination && nomination.nominatedOn <= asOf ? nomination : undefined;
  const accept = received === undefined ? undefined : acceptNominationStep(received, asOf);
  if (accept) steps.push(accept);
  // An Alberta nominee does not enter the pathway again; another province's nominee (accepted,
  // lapsed or still to accept) may, so the way in stays.
  if (received?.province !== "AB") {
    const intake = atpIntakeOn(asOf);
    const wayIn: NextStep = {
      id: INTAKE_STEP_IDS[intake.period],
      message: intake.actionMessage,
      source: intake.source,
    };
    const held = intake.period === "worker-eoi" ? heldWorkerEoiSteps(candidate, asOf, wayIn) : undefined;
    if (held !== undefined) steps.push(...held);
    else {
      // Before the pathway opened there was no application to pay for.
      const terms =
        intake.period === "worker-eoi"
          ? workerEoiTermSteps(asOf)
          : intake.period === "before-launch"
            ? []
            : applicationFeeStep(asOf);
      steps.push(wayIn, ...terms);
    }
  }
  // A nomination dated after asOf was not held that day: the step still says what one is worth.
  if (received === undefined) {
    const withNomination = context.crs !== undefined ? withProvincialNomination(context.crs).total : undefined;
    steps.push({
      id: "nomination-points",
      message: message("step.nomination-points", {
        days: expressEntryTerm("nominationAcceptanceDays", asOf),
        points: PROVINCIAL_NOMINATION_POINTS,
        ...(withNomination === undefined ? {} : { withNomination }),
      }),
      source: NOMINATION_PAGE,
    });
  }
  steps.push({
    id: "ita-deadline",
    message: message("step.ita-deadline", { days: expressEntryTerm("itaApplicationDays", asOf) }),
    source: ITA_SOURCE,
  });
  steps.push({
    id: "truthful-answers",
    message: message("step.truthful-answers", { years: expressEntryTerm("misrepresentationBanYears", asOf) }),
    source: MISREPRESENTATION_SOURCE,
  });
  return steps;
}

/** The 30-day acceptance of a nomination received by `asOf`, while its deadline has not passed. */
function acceptNominationStep(
  nomination: NonNullable<Candidate["provincialNomination"]>,
  asOf: IsoDate,
): NextStep | undefined {
  const due = nominationAcceptanceDeadline(nomination.nominatedOn);
  if (due < asOf) return undefined;
  return {
    id: "accept-nomination",
    message: message("step.accept-nomination", {
      province: nomination.province,
      due,
      days: expressEntryTerm("nominationAcceptanceDays", nomination.nominatedOn),
      nominatedOn: nomination.nominatedOn,
      points: PROVINCIAL_NOMINATION_POINTS,
    }),
    due,
    source: NOMINATION_PAGE,
  };
}

/**
 * For an ineligible candidate: nothing, unless they hold an Alberta nomination received by `asOf`
 * (the reason the stream does not select them again), which they should accept in time.
 */
function albertaNomineeSteps(candidate: Candidate, asOf: IsoDate): NextStep[] {
  const nomination = candidate.provincialNomination;
  if (nomination?.province !== "AB" || nomination.nominatedOn > asOf) return [];
  const accept = acceptNominationStep(nomination, asOf);
  return accept ? [accept] : [];
}

/** A step for a term in force on `asOf`, with the term's source; none when no version is in force. */
function termStep<T extends { readonly source: Citation }>(
  id: string,
  term: T | undefined,
  say: (term: T) => Message,
): NextStep[] {
  return term === undefined ? [] : [{ id, message: say(term), source: term.source }];
}

/**
 * For a candidate whose Worker EOI was submitted by `asOf` (`workerEoiSubmittedOn`, a day the
 * Worker EOI existed): the steps of one in the pool (its validity, the invitation period, the
 * application fee) in place of submitting one, or, once a year has passed under the one-year
 * validity in force on `asOf`, a step to check it and submit a new one, then `submit` and the
 * submission steps. `undefined` when no Worker EOI is held.
 */
function heldWorkerEoiSteps(candidate: Candidate, asOf: IsoDate, submit: NextStep): NextStep[] | undefined {
  const submittedOn = candidate.workerEoiSubmittedOn;
  // Not a day (a candidate not checked by parseCandidate): no Worker EOI is read from it.
  if (typeof submittedOn !== "string" || describeIsoDateProblem(submittedOn) !== undefined) return undefined;
  if (submittedOn > asOf || atpIntakeOn(submittedOn).period !== "worker-eoi") {
    return undefined;
  }
  const terms = aaipTerms();
  const validity = termOn(terms.workerEoiValidity, asOf);
  const validUntil = validity === undefined ? undefined : addMonthsWithin(submittedOn, validity.months);
  if (validity !== undefined && validUntil !== undefined && validUntil <= asOf) {
    return [
      {
        id: "worker-eoi-lapsed",
        message: message("step.worker-eoi.lapsed", { submittedOn, reachedOn: validUntil, announcedOn: validity.from }),
        source: validity.source,
      },
      ...narrowerFamilyStep(candidate, submittedOn),
      submit,
      ...workerEoiTermSteps(asOf),
    ];
  }
  const steps: NextStep[] = [
    {
      id: "worker-eoi-held",
      message: message("step.worker-eoi.held", { submittedOn, validUntil: validUntil ?? null }),
      ...(validUntil === undefined ? {} : { due: validUntil }),
      source: validity?.source ?? submit.source,
    },
  ];
  return [
    ...steps,
    ...termStep("invitation-period", termOn(terms.invitationPeriod, asOf), (invitation) =>
      message("step.invitation-period", { days: invitation.days }),
    ),
    ...applicationFeeStep(asOf),
  ];
}

/**
 * For a new Worker EOI after one submitted while the wider list of family counted (through
 * 2025-01-29), when the family answered in Alberta is only of that wider list: it no longer counts.
 */
function narrowerFamilyStep(candidate: Candidate, submittedOn: IsoDate): NextStep[] {
  const { widerThrough, narrowSource } = workerEoiFamily();
  if (submittedOn > widerThrough || candidate.extendedFamilyInAlberta !== true) return [];
  if (candidate.familyInAlberta === true) return [];
  return [
    {
      id: "worker-eoi-family-narrower",
      message: message("step.worker-eoi.family-narrower", { through: widerThrough }),
      source: narrowSource,
    },
  ];
}

/** The AAIP application fee in force on `asOf`, when its amount is known (data/alberta/aaip-worker-eoi-terms.json). */
function applicationFeeStep(asOf: IsoDate): NextStep[] {
  return termStep("application-fee", termOn(aaipTerms().workerStreamApplicationFee, asOf), (fee) =>
    message("step.application-fee", { amount: fee.amountCad, from: fee.from }),
  );
}

/** The Worker EOI terms in force on `asOf` (data/alberta/aaip-worker-eoi-terms.json), each with its source. */
function workerEoiTermSteps(asOf: IsoDate): NextStep[] {
  const terms = aaipTerms();
  return [
    ...termStep("worker-eoi-fee", termOn(terms.workerEoiFee, asOf), (fee) =>
      fee.amountCad === 0
        ? message("step.worker-eoi-fee.none", {})
        : message("step.worker-eoi-fee", { amount: fee.amountCad, from: fee.from }),
    ),
    ...termStep("one-worker-eoi", termOn(terms.oneWorkerEoi, asOf), () => message("step.one-worker-eoi", {})),
    ...termStep("worker-eoi-validity", termOn(terms.workerEoiValidity, asOf), (validity) =>
      message("step.worker-eoi-validity", { months: validity.months }),
    ),
    ...termStep("invitation-period", termOn(terms.invitationPeriod, asOf), (invitation) =>
      message("step.invitation-period", { days: invitation.days }),
    ),
    ...applicationFeeStep(asOf),
  ];
}
