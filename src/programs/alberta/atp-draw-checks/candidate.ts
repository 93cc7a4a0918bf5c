// The draw checks of the candidate's own standing on `asOf`: work permit, language, Express Entry
// profile, CRS and months of work.

import { notAnswered } from "../../../core/define-rule.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { type Message, message } from "../../../core/message.js";
import { crsAgainstMinimum } from "../../../crs/against-minimum.js";
import { relevantIssues, testIndexIn } from "../../../crs/input-issues.js";
import { expressEntryProfileExpiry } from "../../../crs/nomination.js";
import { fullTimeMonthsBefore } from "../../../experience/full-time-equivalent.js";
import { type ClbLevels, minimumClb } from "../../../language/clb.js";
import { languageOf } from "../../../language/official-language.js";
import { languageLevelsOf, type OfficialLanguageLevels } from "../../../language/official-language-levels.js";
import { levelsAtBestCorrection } from "../../../language/to-clb.js";
import type { LanguageResult } from "../../../locales/en/steps.js";
import type { Candidate } from "../../../models/candidate.js";
import type { WorkExperience } from "../../../models/work-experience.js";
import { aaipTestsNotAcceptedOn } from "../aaip-language-tests-data.js";
import { workerEoiJobCounts } from "../worker-eoi/work-experience.js";
import type { CandidateOnDay } from "./candidate-on-day.js";
import { fail, type Outcome, pass, quoted, unanswered } from "./outcome.js";

export function workPermit(day: CandidateOnDay, onOrAfter: IsoDate): Outcome {
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

/**
 * The draw's language parameter: CLB or NCLC `minimum` in every ability, from a test the AAIP
 * accepted on the draw's date (data/alberta/aaip-language-tests.json: PTE Core only from
 * 2025-04-01). A result met only by a test not accepted then fails, saying so.
 */
export function language(day: CandidateOnDay, minimum: number, drawDate: IsoDate): Outcome {
  const notAccepted = aaipTestsNotAcceptedOn(drawDate);
  if (notAccepted === undefined || notAccepted.kinds.length === 0) return languageFrom(day, day.languages, minimum);
  const { kinds, acceptedFrom } = notAccepted;
  const counted = languageLevelsOf(
    day.candidate.languageTests,
    { asOf: day.asOf, rank: minimumClb },
    undefined,
    (k) => !kinds.includes(k),
  );
  const outcome = languageFrom(day, counted, minimum);
  if (outcome.verdict !== "fail" || languageFrom(day, day.languages, minimum).verdict !== "pass") return outcome;
  const tests = [...new Set((day.candidate.languageTests ?? []).map((t) => t.test).filter((k) => kinds.includes(k)))];
  return fail(message("draw.check.language.not-accepted", { tests, minimum, drawDate, acceptedFrom }));
}

function languageFrom(day: CandidateOnDay, levels: OfficialLanguageLevels, minimum: number): Outcome {
  const { english, french, missing, expired } = levels;
  // The problems of a test taken after asOf, expired or not accepted on its date do not matter:
  // such a test counts for nothing, as the CRS reads it. Of the others, those of tests that some
  // correction could lift to the minimum: a test whose only problems are scores to correct and
  // that falls short even with them at their best is below it (`corrected`, its best levels).
  const relevant = relevantIssues(levels.issues, day.candidate.languageTests, "languageTests", day.asOf);
  const corrected = new Map<number, LanguageResult>();
  for (const i of new Set(relevant.map((issue) => testIndexIn(issue.path, "languageTests")))) {
    const test = i === undefined ? undefined : day.candidate.languageTests?.[i];
    if (i === undefined || test === undefined) continue;
    const best = levelsAtBestCorrection(
      test,
      levels.issues.filter((issue) => testIndexIn(issue.path, "languageTests") === i),
    );
    if (best !== undefined && minimumClb(best) < minimum) {
      corrected.set(i, result(languageOf(test.test) === "french" ? "NCLC" : "CLB", best));
    }
  }
  const issues = relevant.filter((issue) => !corrected.has(testIndexIn(issue.path, "languageTests") ?? -1));
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
      : corrected.size > 0
        ? message("draw.check.language.short-whatever-correction", { corrected: [...corrected.values()], minimum })
        : message("draw.check.language.none", counted),
  );
}

/** The profile's check: unanswered, none, submitted after `asOf` (none yet), or `check` of its expiry. */
function profileOutcome(day: CandidateOnDay, check: (expires: IsoDate) => Outcome, noProfile: Message): Outcome {
  const profile = day.candidate.expressEntryProfile;
  if (profile === undefined) return unanswered("express-entry-profile", ["expressEntryProfile"]);
  if (profile === null) return fail(noProfile);
  const { submittedOn } = profile;
  if (submittedOn > day.asOf) {
    return fail(message("draw.check.profile.submitted-after", { submittedOn, asOf: day.asOf }));
  }
  return check(expressEntryProfileExpiry(submittedOn));
}

export function validProfile(day: CandidateOnDay): Outcome {
  return profileOutcome(
    day,
    (expires) =>
      expires > day.asOf
        ? pass(message("draw.check.profile.valid", { expires }))
        : fail(message("draw.check.profile.expired", { expires })),
    message("draw.check.profile.none", {}),
  );
}

export function profileExpiry(day: CandidateOnDay, onOrAfter: IsoDate): Outcome {
  return profileOutcome(
    day,
    (expires) =>
      expires >= onOrAfter
        ? pass(message("draw.check.profile-expiry.met", { expires, onOrAfter }))
        : fail(message("draw.check.profile-expiry.before", { expires, onOrAfter })),
    message("draw.check.profile-expiry.none", {}),
  );
}

/** The profile on `asOf`: one submitted later did not exist yet, as the profile check reads it. */
export function profileOnDay(day: CandidateOnDay): Candidate["expressEntryProfile"] {
  const profile = day.candidate.expressEntryProfile;
  return profile != null && profile.submittedOn > day.asOf ? null : profile;
}

export function crs(day: CandidateOnDay, minimum: number): Outcome {
  if (profileOnDay(day) === null) return fail(message("draw.check.crs.no-profile", {}));
  // (A test taken before the first chart known has expired long before the first draw, so only
  // tests to correct can keep the score from being computed here.)
  const decided = crsAgainstMinimum(day.crs, day.crsTestsOpen, minimum);
  // The score is the profile's: with the profile not answered, whether there is one is open, and
  // answering that there is none fails the check.
  const profileOpen = day.candidate.expressEntryProfile === undefined;
  switch (decided.decision) {
    case "met":
      if (profileOpen) return unanswered("express-entry-profile", ["expressEntryProfile"]);
      return pass(
        decided.by === "score"
          ? message("draw.check.crs.met", { total: decided.total, minimum })
          : message("alberta-ee.crs.pass-whatever-correction", { total: decided.total, minimum }),
      );
    case "cannot-reach":
      return fail(
        message("draw.check.crs.cannot-reach", {
          total: decided.total,
          minimum,
          maximumReachable: decided.maximumReachable,
        }),
      );
    case "under":
      return fail(message("draw.check.crs.under", { total: decided.total, minimum }));
    case "may-reach":
      return notAnswered(
        message("draw.check.crs.may-reach", {
          total: decided.total,
          minimum,
          maximumReachable: decided.maximumReachable,
        }),
        profileOpen ? [...decided.missing, "expressEntryProfile"] : decided.missing,
      );
    case "not-computed":
      return notAnswered(message("draw.check.crs.not-computed", { issues: quoted(decided.issues) }), [
        ...new Set([...decided.missing, ...(profileOpen ? ["expressEntryProfile"] : [])]),
      ]);
  }
}

/** The most open jobs whose answers are each checked for mattering; beyond it every one is asked. */
const MAX_OPEN_JOBS = 8;

/**
 * Months of work before `asOf` as the Worker EOI counts them (full-time, paid, and in Canada
 * authorised by IRCC): certainly, and at most once the open answers are given. An open job's
 * answers are asked when counting it can decide the minimum with some answers of the others.
 */
export function workExperience(day: CandidateOnDay, minimumMonths: number): Outcome {
  const history = day.candidate.workHistory;
  if (history === undefined) return unanswered("work-history", ["workHistory"]);
  const monthsOf = (jobs: readonly WorkExperience[]) => fullTimeMonthsBefore(jobs, day.asOf);
  const judged = history.map((job, i) => ({ job, ...workerEoiJobCounts(job, i, day.asOf) }));
  const sure = judged.filter((j) => j.counts === "yes").map((j) => j.job);
  const months = monthsOf(sure);
  if (months >= minimumMonths) return pass(message("draw.check.work.met", { months, asOf: day.asOf }));
  const open = judged.filter((j) => j.counts === "maybe");
  const possibleMonths = monthsOf([...sure, ...open.map((j) => j.job)]);
  if (possibleMonths < minimumMonths) {
    return fail(message("draw.check.work.short", { months, asOf: day.asOf, minimum: minimumMonths }));
  }
  const decides = (k: number): boolean => {
    const others = open.filter((_, i) => i !== k);
    for (let mask = 0; mask < 2 ** others.length; mask++) {
      const counted = [...sure, ...others.filter((_, i) => (mask >> i) & 1).map((j) => j.job)];
      if (
        monthsOf(counted) < minimumMonths &&
        monthsOf([...counted, (open[k] as (typeof open)[number]).job]) >= minimumMonths
      ) {
        return true;
      }
    }
    return false;
  };
  const asked = open.length > MAX_OPEN_JOBS ? open : open.filter((_, k) => decides(k));
  return notAnswered(
    message("draw.check.work.may-reach", { months, possibleMonths, asOf: day.asOf, minimum: minimumMonths }),
    asked.flatMap((j) => j.open),
  );
}
