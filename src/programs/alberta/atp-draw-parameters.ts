// A candidate against the published selection parameters of an ATP draw, parameter by parameter,
// three-valued: a parameter the candidate's answers cannot decide is `unknown`, never `fail`.

import { notAnswered } from "../../core/define-rule.js";
import type { IsoDate } from "../../core/iso-date.js";
import { englishReason } from "../../core/legacy-reason.js";
import { allVerdicts, type Verdict } from "../../core/verdict.js";
import { type CrsResult, calculateCrsWithoutNomination } from "../../crs/calculate.js";
import { expressEntryProfileExpiry } from "../../crs/nomination.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../experience/constants.js";
import { fullTimeMonthsBefore } from "../../experience/full-time-equivalent.js";
import { type ClbLevels, minimumClb } from "../../language/clb.js";
import { type OfficialLanguageLevels, officialLanguageLevels } from "../../language/official-language-levels.js";
import type { Candidate } from "../../models/candidate.js";
import type { AtpDrawParameter } from "./atp-draws-data.js";
import { checkAtpOccupation } from "./atp-occupations.js";

/**
 * How a candidate stands against one selection parameter of a draw: `pass` (met), `fail` (not met,
 * whatever the missing answers), `unknown` (the answers in `missing` could decide it).
 *
 * @example
 * ```ts
 * const check: AtpDrawParameterCheck = { parameter, verdict: "fail", reason: "CRS 280 (without nomination points); the draw needed 300 or more.", missing: [] };
 * ```
 */
export interface AtpDrawParameterCheck {
  readonly parameter: AtpDrawParameter;
  readonly verdict: Verdict;
  /** Why, in a sentence. */
  readonly reason: string;
  /** The answers that could decide an `unknown` (empty otherwise). */
  readonly missing: readonly string[];
}

/**
 * How a candidate stands against a draw's selection parameters. `published` is false when the
 * AAIP did not publish them: the verdict is then `unknown` and `checks` is empty. `keptOutBy`
 * lists the parameters that would have kept the candidate out.
 *
 * @example
 * ```ts
 * const c = atpDrawComparison(62, { asOf: isoDate("2025-06-01"), candidate });
 * if (c.ok) c.draws[0]?.selection?.keptOutBy.map((k) => k.parameter.text); // ["CRS Score of 300 or higher"]
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
  /** The outcome in a sentence. */
  readonly statement: string;
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

type Outcome = { readonly verdict: Verdict; readonly reason: string; readonly missing?: readonly string[] };

/** Several outcomes that must all pass: a fail wins, then an unknown (with every missing answer). */
function allOf(outcomes: readonly Outcome[]): Outcome {
  const failed = outcomes.filter((o) => o.verdict === "fail");
  if (failed.length > 0) return { verdict: "fail", reason: failed.map((o) => o.reason).join(" ") };
  const open = outcomes.filter((o) => o.verdict === "unknown");
  if (open.length > 0) {
    return notAnswered(
      open.map((o) => o.reason).join(" "),
      open.flatMap((o) => o.missing ?? []),
    );
  }
  return { verdict: "pass", reason: outcomes.map((o) => o.reason).join(" ") };
}

function workPermit(day: CandidateOnDay, onOrAfter: IsoDate): Outcome {
  const until = day.candidate.status?.workPermitValidUntil;
  if (until === undefined) {
    return notAnswered("Not answered: the day your work permit expires.", ["status.workPermitValidUntil"]);
  }
  return until >= onOrAfter
    ? { verdict: "pass", reason: `Your work permit expires on ${until}, on or after ${onOrAfter}.` }
    : { verdict: "fail", reason: `Your work permit expires on ${until}, before ${onOrAfter}.` };
}

function levelsText(levels: ClbLevels): string {
  return `reading ${levels.reading}, writing ${levels.writing}, listening ${levels.listening}, speaking ${levels.speaking}`;
}

function language(day: CandidateOnDay, minimum: number): Outcome {
  const { english, french, missing, issues, expired } = day.languages;
  const met = [
    english !== undefined && minimumClb(english) >= minimum ? `CLB ${levelsText(english)}` : undefined,
    french !== undefined && minimumClb(french) >= minimum ? `NCLC ${levelsText(french)}` : undefined,
  ].filter((t) => t !== undefined);
  if (met.length > 0) {
    return { verdict: "pass", reason: `${met[0]}: ${minimum} or higher in every ability.` };
  }
  if (missing.length > 0) return notAnswered("Not answered: your language test results.", missing);
  if (issues.length > 0) {
    return notAnswered(
      `A language test could not be read (${issues.map((i) => `${i.path}: ${englishReason(i.message)}`).join(" ")}); it might reach CLB/NCLC ${minimum}.`,
      [...new Set(issues.map((i) => i.path))],
    );
  }
  const best = [english && `CLB ${levelsText(english)}`, french && `NCLC ${levelsText(french)}`].filter(Boolean);
  const expiredNote = expired.length > 0 ? ` ${expired.length} expired test(s) on ${day.asOf} not counted.` : "";
  return {
    verdict: "fail",
    reason:
      best.length > 0
        ? `Your best valid results (${best.join("; ")}) do not reach CLB/NCLC ${minimum} in every ability.${expiredNote}`
        : `No valid language test on ${day.asOf}: the draw needed CLB/NCLC ${minimum} or higher.${expiredNote}`,
  };
}

function profileOutcome(
  day: CandidateOnDay,
  check: (submittedOn: IsoDate, expires: IsoDate) => Outcome,
  noProfile: string,
): Outcome {
  const profile = day.candidate.expressEntryProfile;
  if (profile === undefined) return notAnswered("Not answered: your Express Entry profile.", ["expressEntryProfile"]);
  if (profile === null) return { verdict: "fail", reason: noProfile };
  return check(profile.submittedOn, expressEntryProfileExpiry(profile.submittedOn));
}

function validProfile(day: CandidateOnDay): Outcome {
  return profileOutcome(
    day,
    (submittedOn, expires) =>
      submittedOn > day.asOf
        ? { verdict: "fail", reason: `Your Express Entry profile was submitted on ${submittedOn}, after ${day.asOf}.` }
        : expires > day.asOf
          ? { verdict: "pass", reason: `Your Express Entry profile is valid until ${expires}.` }
          : { verdict: "fail", reason: `Your Express Entry profile expired on ${expires}.` },
    "No Express Entry profile.",
  );
}

function profileExpiry(day: CandidateOnDay, onOrAfter: IsoDate): Outcome {
  return profileOutcome(
    day,
    (_submittedOn, expires) =>
      expires >= onOrAfter
        ? { verdict: "pass", reason: `Your Express Entry profile expires on ${expires}, on or after ${onOrAfter}.` }
        : { verdict: "fail", reason: `Your Express Entry profile expires on ${expires}, before ${onOrAfter}.` },
    "No Express Entry profile, so no profile expiry date.",
  );
}

function crs(day: CandidateOnDay, minimum: number): Outcome {
  if (day.candidate.expressEntryProfile === null) {
    return { verdict: "fail", reason: "No Express Entry profile, so no CRS score in one." };
  }
  const result = day.crs;
  if (!result.ok) {
    return notAnswered(
      `The CRS score cannot be computed: ${result.issues.map((i) => `${i.path}: ${englishReason(i.message)}`).join(" ")}`,
      result.issues.map((i) => i.path).filter((p) => p !== ""),
    );
  }
  if (result.total >= minimum) {
    return { verdict: "pass", reason: `CRS ${result.total} (without nomination points), ${minimum} or higher.` };
  }
  if (result.missing.length > 0) {
    return notAnswered(
      `CRS ${result.total} from the answers given, under ${minimum}; the missing answers could add points.`,
      result.missing,
    );
  }
  return { verdict: "fail", reason: `CRS ${result.total} (without nomination points), under ${minimum}.` };
}

/** Months of full-time-equivalent work before `asOf`, as the Worker EOI grid counts them. */
function monthsOfWork(day: CandidateOnDay): number | undefined {
  const history = day.candidate.workHistory;
  return history === undefined ? undefined : fullTimeMonthsBefore(history, day.asOf);
}

function workExperience(day: CandidateOnDay, minimumMonths: number): Outcome {
  const months = monthsOfWork(day);
  if (months === undefined) return notAnswered("Not answered: your work history.", ["workHistory"]);
  return months >= minimumMonths
    ? { verdict: "pass", reason: `${months} months of full-time-equivalent work before ${day.asOf}.` }
    : {
        verdict: "fail",
        reason: `${months} months of full-time-equivalent work before ${day.asOf}; the draw needed ${minimumMonths}.`,
      };
}

/** The offer, or the outcome when there is none to check. */
function withOffer(day: CandidateOnDay, check: (offer: NonNullable<Candidate["jobOffer"]>) => Outcome): Outcome {
  const offer = day.candidate.jobOffer;
  if (offer === undefined) return notAnswered("Not answered: whether you have a job offer.", ["jobOffer"]);
  if (offer === null) return { verdict: "fail", reason: "No job offer." };
  return check(offer);
}

function fullTimeOffer(day: CandidateOnDay): Outcome {
  return withOffer(day, (offer) =>
    allOf([
      offer.province === undefined
        ? notAnswered("Not answered: the province of the job offer.", ["jobOffer.province"])
        : offer.province === "AB"
          ? { verdict: "pass", reason: "The offer is in Alberta." }
          : { verdict: "fail", reason: `The offer is in ${offer.province}, not Alberta.` },
      offer.hoursPerWeek === undefined
        ? notAnswered("Not answered: the offer's hours a week.", ["jobOffer.hoursPerWeek"])
        : offer.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK
          ? { verdict: "pass", reason: `${offer.hoursPerWeek} hours a week is full-time.` }
          : {
              verdict: "fail",
              reason: `${offer.hoursPerWeek} hours a week is not full-time (${FULL_TIME_HOURS_PER_WEEK} or more).`,
            },
    ]),
  );
}

function occupations(day: CandidateOnDay, drawDate: IsoDate): Outcome {
  const profile = day.candidate.expressEntryProfile;
  const profileCode =
    profile === undefined
      ? notAnswered("Not answered: your Express Entry profile.", ["expressEntryProfile"])
      : profile === null
        ? { verdict: "fail" as const, reason: "No Express Entry profile, so no primary occupation in one." }
        : profile.primaryOccupation === undefined
          ? notAnswered("Not answered: the primary occupation of your Express Entry profile.", [
              "expressEntryProfile.primaryOccupation",
            ])
          : listed(profile.primaryOccupation, drawDate, "expressEntryProfile.primaryOccupation", "The profile's");
  return allOf([profileCode, withOffer(day, (offer) => listed(offer.noc, drawDate, "jobOffer.noc", "The offer's"))]);
}

function listed(code: string, drawDate: IsoDate, path: string, whose: string): Outcome {
  const check = checkAtpOccupation(code, drawDate, { path });
  const reason = `${whose} occupation: ${check.reason}`;
  return check.verdict === "unknown" ? notAnswered(reason, [path]) : { verdict: check.verdict, reason };
}

function employer(day: CandidateOnDay): Outcome {
  return withOffer(day, (offer) => {
    const e = offer.employer;
    return allOf([
      e?.albertaBased === undefined
        ? notAnswered("Not answered: whether the employer is Alberta-based.", ["jobOffer.employer.albertaBased"])
        : e.albertaBased
          ? { verdict: "pass", reason: "The employer is Alberta-based." }
          : { verdict: "fail", reason: "The employer is not Alberta-based." },
      e?.techIndustry === undefined
        ? notAnswered(
            "Not answered: whether the employer's primary business is on the AAIP tech-industry NAICS list.",
            ["jobOffer.employer.techIndustry"],
          )
        : e.techIndustry
          ? { verdict: "pass", reason: "The employer's primary business is in the tech industry (your answer)." }
          : { verdict: "fail", reason: "The employer's primary business is not on the AAIP tech-industry NAICS list." },
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
 * `parameters: null` (not published) gives `published: false` and `unknown`, with `notPublished`
 * as the statement.
 */
export function checkDrawSelection(
  day: CandidateOnDay,
  draw: { readonly date: IsoDate; readonly parameters: readonly AtpDrawParameter[] | null },
  notPublished: string,
): AtpDrawSelection {
  if (draw.parameters === null) {
    return { published: false, verdict: "unknown", checks: [], keptOutBy: [], missing: [], statement: notPublished };
  }
  const checks = draw.parameters.map((parameter): AtpDrawParameterCheck => {
    const o = outcomeOf(day, parameter, draw.date);
    return { parameter, verdict: o.verdict, reason: o.reason, missing: o.missing ?? [] };
  });
  const keptOutBy = checks.filter((c) => c.verdict === "fail");
  const open = checks.filter((c) => c.verdict === "unknown");
  const missing = [...new Set(open.flatMap((c) => c.missing))];
  const verdict = allVerdicts(checks.map((c) => c.verdict));
  const statement =
    verdict === "fail"
      ? `Kept out by ${keptOutBy.length} of the ${checks.length} published parameters: ${keptOutBy.map((c) => `${c.parameter.text} (${c.reason})`).join("; ")}.`
      : verdict === "unknown"
        ? `No published parameter keeps you out, but ${open.length} of ${checks.length} cannot be decided until answered: ${open.map((c) => c.parameter.text).join("; ")} (answer ${missing.join(", ")}).`
        : `Every one of the ${checks.length} published parameters is met.`;
  return { published: true, verdict, checks, keptOutBy, missing, statement };
}
