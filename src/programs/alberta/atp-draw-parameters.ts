// A candidate against the published selection parameters of an ATP draw, parameter by parameter,
// three-valued: a parameter the candidate's answers cannot decide is `unknown`, never `fail`.

import { notAnswered } from "../../core/define-rule.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import { allVerdicts, type Verdict } from "../../core/verdict.js";
import { type CrsResult, calculateCrsWithoutNomination } from "../../crs/calculate.js";
import { relevantIssues } from "../../crs/input-issues.js";
import { expressEntryProfileExpiry } from "../../crs/nomination.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../experience/constants.js";
import { fullTimeMonthsBefore } from "../../experience/full-time-equivalent.js";
import { type ClbLevels, minimumClb } from "../../language/clb.js";
import { type OfficialLanguageLevels, officialLanguageLevels } from "../../language/official-language-levels.js";
import type { DrawUnanswered, LanguageResult, QuotedIssue } from "../../locales/en/steps.js";
import type { Candidate } from "../../models/candidate.js";
import { offerMadeAfter } from "../../models/job-offer-made.js";
import { nocCodeFacts, nocSuccessorCodes } from "../../noc/codes.js";
import type { AtpDrawParameter } from "./atp-draws-data.js";
import { checkAtpOccupation } from "./atp-occupations.js";
import { pathwayHistory } from "./atp-pathway-history-data.js";

/**
 * How a candidate stands against one selection parameter of a draw: `pass` (met), `fail` (not met,
 * whatever the missing answers), `unknown` (the answers in `missing` could decide it).
 *
 * @example
 * ```ts
 * const check: AtpDrawParameterCheck = {
 *   parameter, verdict: "fail", missing: [],
 *   message: message("draw.check.crs.under", { total: 280, minimum: 300 }),
 * };
 * ```
 */
export interface AtpDrawParameterCheck {
  readonly parameter: AtpDrawParameter;
  readonly verdict: Verdict;
  /** Why, as a message (id `draw.check.<...>`). */
  readonly message: Message;
  /** The answers that could decide an `unknown` (empty otherwise). */
  readonly missing: readonly string[];
  /** `true` when the check is `unknown` because the law or data on the draw's date is (an occupation's listing), not an answer. */
  readonly uncertain?: true;
}

/**
 * How a candidate stands against a draw's selection parameters. `published` is false when the
 * AAIP did not publish them: the verdict is then `unknown` and `checks` is empty. `keptOutBy`
 * lists the parameters that would have kept the candidate out.
 *
 * @example
 * ```ts
 * const c = atpDrawComparison(62, { asOf: isoDate("2025-06-01"), candidate });
 * if (c.ok) c.draws[0]?.selection?.keptOutBy.map((k) => k.parameter.text); // e.g. ["Valid Express Entry profile"]
 * ```
 */
export interface AtpDrawSelection {
  readonly published: boolean;
  /** `pass`: every parameter met; `fail`: at least one not met; `unknown`: otherwise. */
  readonly verdict: Verdict;
  /** One check per published parameter, in the draw's order. */
  readonly checks: readonly AtpDrawParameterCheck[];
  /** The checks that failed. */
  readonly keptOutBy: readonly AtpDrawParameterCheck[];
  /** The answers that could decide the `unknown` checks, without repeats. */
  readonly missing: readonly string[];
  /** `true` when the verdict is `unknown` and some check is uncertain in law rather than open in the answers. */
  readonly uncertain?: true;
  /** The outcome, as a message (id `draw.selection.<...>`). */
  readonly message: Message;
}

/** What the checks read from the candidate, computed once for every draw. */
export interface CandidateOnDay {
  readonly candidate: Candidate;
  readonly asOf: IsoDate;
  readonly languages: OfficialLanguageLevels;
  readonly crs: CrsResult;
}

/** The candidate's language levels and CRS on `asOf`, for {@link checkDrawSelection}. */
export function candidateOnDay(candidate: Candidate, asOf: IsoDate): CandidateOnDay {
  return {
    candidate,
    asOf,
    languages: officialLanguageLevels(candidate.languageTests, { asOf }),
    crs: calculateCrsWithoutNomination(candidate, { asOf }),
  };
}

type Outcome = {
  readonly verdict: Verdict;
  readonly message: Message;
  readonly missing?: readonly string[];
  readonly uncertain?: boolean;
};

const pass = (m: Message): Outcome => ({ verdict: "pass", message: m });
const fail = (m: Message): Outcome => ({ verdict: "fail", message: m });
const unanswered = (answer: DrawUnanswered, missing: readonly string[]): Outcome =>
  notAnswered(message("draw.check.not-answered", { answer }), missing);

/** Outcomes said one after the other (one alone is itself). */
function joined(outcomes: readonly Outcome[]): Message {
  return outcomes.length === 1
    ? (outcomes[0] as Outcome).message
    : message("draw.check.all", { parts: outcomes.map((o) => o.message) });
}

/** Several outcomes that must all pass: a fail wins, then an unknown (with every missing answer). */
function allOf(outcomes: readonly Outcome[]): Outcome {
  const failed = outcomes.filter((o) => o.verdict === "fail");
  if (failed.length > 0) return fail(joined(failed));
  const open = outcomes.filter((o) => o.verdict === "unknown");
  if (open.length > 0) {
    const decided = notAnswered(
      joined(open),
      open.flatMap((o) => o.missing ?? []),
    );
    return open.some((o) => o.uncertain === true) ? { ...decided, uncertain: true } : decided;
  }
  return pass(joined(outcomes));
}

/**
 * An input problem as a draw check quotes it: its path and its text (a `text` message until input
 * issues carry messages of their own).
 */
function quoted(issues: readonly { readonly path: string; readonly message: Message }[]): QuotedIssue[] {
  return issues.map((i) => ({ path: i.path, message: i.message }));
}

function workPermit(day: CandidateOnDay, onOrAfter: IsoDate): Outcome {
  const until = day.candidate.status?.workPermitValidUntil;
  if (until === undefined) return unanswered("work-permit-expiry", ["status.workPermitValidUntil"]);
  if (until === null) return fail(message("draw.check.work-permit.none", { onOrAfter }));
  return until >= onOrAfter
    ? pass(message("draw.check.work-permit.met", { until, onOrAfter }))
    : fail(message("draw.check.work-permit.before", { until, onOrAfter }));
}

const result = (scale: "CLB" | "NCLC", levels: ClbLevels): LanguageResult => ({
  scale,
  levels: {
    reading: levels.reading,
    writing: levels.writing,
    listening: levels.listening,
    speaking: levels.speaking,
  },
});

function language(day: CandidateOnDay, minimum: number): Outcome {
  const { english, french, missing, expired } = day.languages;
  // The problems of a test taken after asOf, expired or not accepted on its date do not matter:
  // such a test counts for nothing, as the CRS reads it.
  const issues = relevantIssues(day.languages.issues, day.candidate.languageTests, "languageTests", day.asOf);
  const met = [
    english !== undefined && minimumClb(english) >= minimum ? result("CLB", english) : undefined,
    french !== undefined && minimumClb(french) >= minimum ? result("NCLC", french) : undefined,
  ].filter((t) => t !== undefined);
  const first = met[0];
  if (first !== undefined) return pass(message("draw.check.language.met", { result: first, minimum }));
  if (missing.length > 0) return unanswered("language-tests", missing);
  if (issues.length > 0) {
    return notAnswered(message("draw.check.language.unreadable", { issues: quoted(issues), minimum }), [
      ...new Set(issues.map((i) => i.path)),
    ]);
  }
  const best = [english && result("CLB", english), french && result("NCLC", french)].filter(
    (r): r is LanguageResult => typeof r === "object",
  );
  const counted = { minimum, expired: expired.length, asOf: day.asOf };
  return fail(
    best.length > 0
      ? message("draw.check.language.below", { best, ...counted })
      : message("draw.check.language.none", counted),
  );
}

function profileOutcome(
  day: CandidateOnDay,
  check: (submittedOn: IsoDate, expires: IsoDate) => Outcome,
  noProfile: Message,
): Outcome {
  const profile = day.candidate.expressEntryProfile;
  if (profile === undefined) return unanswered("express-entry-profile", ["expressEntryProfile"]);
  if (profile === null) return fail(noProfile);
  return check(profile.submittedOn, expressEntryProfileExpiry(profile.submittedOn));
}

function validProfile(day: CandidateOnDay): Outcome {
  return profileOutcome(
    day,
    (submittedOn, expires) =>
      submittedOn > day.asOf
        ? fail(message("draw.check.profile.submitted-after", { submittedOn, asOf: day.asOf }))
        : expires > day.asOf
          ? pass(message("draw.check.profile.valid", { expires }))
          : fail(message("draw.check.profile.expired", { expires })),
    message("draw.check.profile.none", {}),
  );
}

function profileExpiry(day: CandidateOnDay, onOrAfter: IsoDate): Outcome {
  return profileOutcome(
    day,
    (submittedOn, expires) =>
      submittedOn > day.asOf
        ? fail(message("draw.check.profile.submitted-after", { submittedOn, asOf: day.asOf }))
        : expires >= onOrAfter
          ? pass(message("draw.check.profile-expiry.met", { expires, onOrAfter }))
          : fail(message("draw.check.profile-expiry.before", { expires, onOrAfter })),
    message("draw.check.profile-expiry.none", {}),
  );
}

/** The profile on `asOf`: one submitted later did not exist yet, as the profile check reads it. */
function profileOnDay(day: CandidateOnDay): Candidate["expressEntryProfile"] {
  const profile = day.candidate.expressEntryProfile;
  return profile != null && profile.submittedOn > day.asOf ? null : profile;
}

function crs(day: CandidateOnDay, minimum: number): Outcome {
  if (profileOnDay(day) === null) return fail(message("draw.check.crs.no-profile", {}));
  const crsResult = day.crs;
  if (!crsResult.ok) {
    return notAnswered(
      message("draw.check.crs.not-computed", { issues: quoted(crsResult.issues) }),
      crsResult.issues.map((i) => i.path).filter((p) => p !== ""),
    );
  }
  const score = { total: crsResult.total, minimum };
  // The score is the profile's: with the profile not answered, whether there is one is open.
  if (crsResult.total >= minimum && day.candidate.expressEntryProfile === undefined) {
    return unanswered("express-entry-profile", ["expressEntryProfile"]);
  }
  if (crsResult.total >= minimum) return pass(message("draw.check.crs.met", score));
  // Unknown only while the missing answers could still reach the minimum (the score's bound).
  if (crsResult.missing.length > 0 && crsResult.maximumReachable >= minimum) {
    return notAnswered(
      message("draw.check.crs.may-reach", { ...score, maximumReachable: crsResult.maximumReachable }),
      crsResult.missing,
    );
  }
  return fail(
    crsResult.missing.length > 0
      ? message("draw.check.crs.cannot-reach", { ...score, maximumReachable: crsResult.maximumReachable })
      : message("draw.check.crs.under", score),
  );
}

/** Months of full-time-equivalent work before `asOf`, as the Worker EOI grid counts them. */
function monthsOfWork(day: CandidateOnDay): number | undefined {
  const history = day.candidate.workHistory;
  return history === undefined ? undefined : fullTimeMonthsBefore(history, day.asOf);
}

function workExperience(day: CandidateOnDay, minimumMonths: number): Outcome {
  const months = monthsOfWork(day);
  if (months === undefined) return unanswered("work-history", ["workHistory"]);
  return months >= minimumMonths
    ? pass(message("draw.check.work.met", { months, asOf: day.asOf }))
    : fail(message("draw.check.work.short", { months, asOf: day.asOf, minimum: minimumMonths }));
}

/** The offer, or the outcome when there is none to check. */
function withOffer(day: CandidateOnDay, check: (offer: NonNullable<Candidate["jobOffer"]>) => Outcome): Outcome {
  const offer = day.candidate.jobOffer;
  if (offer === undefined) return unanswered("job-offer", ["jobOffer"]);
  if (offer === null) return fail(message("draw.check.offer.none", {}));
  // An offer dated after asOf did not exist on asOf, as the ATP and the CRS read it.
  if (offerMadeAfter(offer, day.asOf)) {
    return fail(message("draw.check.offer.after-as-of", { offeredOn: offer.offeredOn, asOf: day.asOf }));
  }
  return check(offer);
}

function fullTimeOffer(day: CandidateOnDay): Outcome {
  return withOffer(day, (offer) =>
    allOf([
      offer.province === undefined
        ? unanswered("offer-province", ["jobOffer.province"])
        : offer.province === "AB"
          ? pass(message("draw.check.offer.alberta", {}))
          : fail(message("draw.check.offer.not-alberta", { province: offer.province })),
      offer.hoursPerWeek === undefined
        ? unanswered("offer-hours", ["jobOffer.hoursPerWeek"])
        : offer.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK
          ? pass(message("draw.check.offer.full-time", { hours: offer.hoursPerWeek }))
          : fail(
              message("draw.check.offer.not-full-time", {
                hours: offer.hoursPerWeek,
                minimum: FULL_TIME_HOURS_PER_WEEK,
              }),
            ),
    ]),
  );
}

function occupations(day: CandidateOnDay, drawDate: IsoDate): Outcome {
  const profile = profileOnDay(day);
  const profileCode =
    profile === undefined
      ? unanswered("express-entry-profile", ["expressEntryProfile"])
      : profile === null
        ? fail(message("draw.check.occupation.no-profile", {}))
        : profile.primaryOccupation === undefined
          ? unanswered("profile-occupation", ["expressEntryProfile.primaryOccupation"])
          : profileListed(profile.primaryOccupation, drawDate);
  return allOf([profileCode, withOffer(day, (offer) => listed(offer.noc, drawDate, "jobOffer.noc", "offer"))]);
}

/**
 * The profile's occupation on the draw's list. A NOC 2016 code in the profile on or after the day
 * profiles had to hold NOC 2021 codes fails, as `atp.job.matches-profile` says: the profile must be
 * updated, which no answer here can do.
 */
function profileListed(code: string, drawDate: IsoDate): Outcome {
  const noc2021 = pathwayHistory().profileNoc2021;
  if (drawDate >= noc2021.from && nocCodeFacts(code)?.version === 2016) {
    return fail(
      message("draw.check.occupation.noc-2016-profile", {
        code,
        from: noc2021.from,
        successors: nocSuccessorCodes(code),
      }),
    );
  }
  return listed(code, drawDate, "expressEntryProfile.primaryOccupation", "profile");
}

function listed(code: string, drawDate: IsoDate, path: string, whose: "profile" | "offer"): Outcome {
  const check = checkAtpOccupation(code, drawDate, { path });
  // The occupation check's own explanation, nested (a `text` message until it carries a message).
  const said = message("draw.check.occupation", { whose, check: check.message });
  if (check.verdict !== "unknown") return { verdict: check.verdict, message: said };
  // Without an input issue (a code to restate, or not a NOC code), the list's own history on the
  // draw's date is uncertain: no answer settles it, so nothing is asked.
  return check.issue === undefined ? { verdict: "unknown", message: said, uncertain: true } : notAnswered(said, [path]);
}

function employer(day: CandidateOnDay): Outcome {
  return withOffer(day, (offer) => {
    const e = offer.employer;
    return allOf([
      e?.albertaBased === undefined
        ? unanswered("employer-alberta-based", ["jobOffer.employer.albertaBased"])
        : e.albertaBased
          ? pass(message("draw.check.employer.alberta-based", {}))
          : fail(message("draw.check.employer.not-alberta-based", {})),
      e?.techIndustry === undefined
        ? unanswered("employer-tech-industry", ["jobOffer.employer.techIndustry"])
        : e.techIndustry
          ? pass(message("draw.check.employer.tech", {}))
          : fail(message("draw.check.employer.not-tech", {})),
    ]);
  });
}

function outcomeOf(day: CandidateOnDay, parameter: AtpDrawParameter, drawDate: IsoDate): Outcome {
  switch (parameter.kind) {
    case "work-permit-expiry":
      return workPermit(day, parameter.onOrAfter);
    case "language":
      return language(day, parameter.minimumClb);
    case "express-entry-profile":
      return validProfile(day);
    case "crs":
      return crs(day, parameter.minimum);
    case "profile-expiry":
      return profileExpiry(day, parameter.onOrAfter);
    case "work-experience":
      return workExperience(day, parameter.minimumMonths);
    case "full-time-offer":
      return fullTimeOffer(day);
    case "atp-occupation":
      return occupations(day, drawDate);
    case "atp-employer":
      return employer(day);
  }
}

/**
 * The candidate (as their answers stand on `day.asOf`) against a draw's parameters: the occupation
 * lists are those in force on the draw's date; every other parameter reads the answers as given
 * (work permit and profile expiry dates, the CRS and language levels on `asOf`, the work before it).
 * `parameters: null` (not published) gives `published: false` and `unknown`, saying so
 * (`draw.selection.not-published`).
 */
export function checkDrawSelection(
  day: CandidateOnDay,
  draw: { readonly date: IsoDate; readonly parameters: readonly AtpDrawParameter[] | null },
): AtpDrawSelection {
  if (draw.parameters === null) {
    const said = message("draw.selection.not-published", {});
    // Unknown for want of published parameters, not of answers.
    return {
      published: false,
      verdict: "unknown",
      checks: [],
      keptOutBy: [],
      missing: [],
      uncertain: true,
      message: said,
    };
  }
  const checks = draw.parameters.map((parameter): AtpDrawParameterCheck => {
    const o = outcomeOf(day, parameter, draw.date);
    const check: AtpDrawParameterCheck = {
      parameter,
      verdict: o.verdict,
      message: o.message,
      missing: o.missing ?? [],
    };
    return o.uncertain === true ? { ...check, uncertain: true } : check;
  });
  const keptOutBy = checks.filter((c) => c.verdict === "fail");
  const open = checks.filter((c) => c.verdict === "unknown");
  const missing = [...new Set(open.flatMap((c) => c.missing))];
  const verdict = allVerdicts(checks.map((c) => c.verdict));
  const said =
    verdict === "fail"
      ? message("draw.selection.kept-out", {
          of: checks.length,
          keptOutBy: keptOutBy.map((c) => ({ parameter: c.parameter.message, reason: c.message })),
        })
      : verdict === "unknown"
        ? message("draw.selection.undecided", {
            of: checks.length,
            open: open.map((c) => c.parameter.message),
            missing,
          })
        : message("draw.selection.met", { of: checks.length });
  const uncertain = verdict === "unknown" && open.some((c) => c.uncertain === true);
  return uncertain
    ? { published: true, verdict, checks, keptOutBy, missing, uncertain: true, message: said }
    : { published: true, verdict, checks, keptOutBy, missing, message: said };
}
