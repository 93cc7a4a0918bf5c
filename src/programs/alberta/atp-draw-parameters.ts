// A candidate against the published selection parameters of an ATP draw, parameter by parameter,
// three-valued: a parameter the candidate's answers cannot decide is `unknown`, never `fail`.

import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import { allVerdicts, type Verdict } from "../../core/verdict.js";
import { crs, language, profileExpiry, validProfile, workExperience, workPermit } from "./atp-draw-checks/candidate.js";
import type { CandidateOnDay } from "./atp-draw-checks/candidate-on-day.js";
import { employer, fullTimeOffer, occupations } from "./atp-draw-checks/offer.js";
import type { Outcome } from "./atp-draw-checks/outcome.js";
import type { AtpDrawParameter } from "./atp-draws-data.js";

export { type CandidateOnDay, candidateOnDay } from "./atp-draw-checks/candidate-on-day.js";

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

function outcomeOf(day: CandidateOnDay, parameter: AtpDrawParameter, drawDate: IsoDate): Outcome {
  switch (parameter.kind) {
    case "work-permit-expiry":
      return workPermit(day, parameter.onOrAfter);
    case "language":
      return language(day, parameter.minimumClb, drawDate);
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
