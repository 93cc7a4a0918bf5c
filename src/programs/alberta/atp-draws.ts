// The Accelerated Tech Pathway draws from the Worker EOI pool, and how a candidate compares with them.

import { asOfOrIssue } from "../../core/as-of.js";
import { addDaysWithin, addYearsWithin } from "../../core/calendar.js";
import type { Citation } from "../../core/citation.js";
import type { InputIssue, Result } from "../../core/input-issue.js";
import { inputValue } from "../../core/input-value.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import { clipInterval } from "../../experience/full-time-equivalent.js";
import type { Candidate } from "../../models/candidate.js";
import { candidateArgumentIssue } from "../../models/read-candidate.js";
import { type AtpDrawSelection, candidateOnDay, checkDrawSelection } from "./atp-draw-parameters.js";
import { type AtpAllocation, type AtpDrawParameter, atpDrawsData } from "./atp-draws-data.js";
import type { WorkerEoiOptions } from "./worker-eoi/types.js";

export type { AtpDrawParameterCheck, AtpDrawSelection } from "./atp-draw-parameters.js";
export type { AtpDrawParameter } from "./atp-draws-data.js";

/**
 * One Accelerated Tech Pathway draw from the AAIP Worker EOI pool, with its selection parameters
 * when the AAIP published them (`null` when it did not: it has not published them for the 2026
 * draws) and the source that lists it.
 *
 * @example
 * ```ts
 * const draw: AtpDraw = atpDraws()[0]!;
 * // { date: "2024-12-11", minimumScore: 59, invitations: 87, parameters: [9 parameters], source }
 * ```
 */
export interface AtpDraw {
  readonly date: IsoDate;
  /** The lowest Worker EOI score invited. */
  readonly minimumScore: number;
  /** How many candidates were invited. */
  readonly invitations: number;
  /** The published selection parameters, in the AAIP's order; `null` when they were not published. */
  readonly parameters: readonly AtpDrawParameter[] | null;
  /** Where the draw is listed (`secondary` for a third-party copy of the official table). */
  readonly source: Citation;
}

/**
 * The Accelerated Tech Pathway draws we hold, oldest first: the draw of 2024-12-11 (from a copy of
 * the 2024 table, with its parameters) and those of 2026 to 2026-09-22. The 2025 draws are not
 * in the data (see {@link AtpDrawComparison.notCovered}).
 *
 * @example
 * ```ts
 * atpDraws().map((d) => d.minimumScore); // [59, 63, 59, 56, 59, 57, 55, 59, 55, 60, 60, 59]
 * ```
 */
export function atpDraws(): readonly AtpDraw[] {
  return atpDrawsData().draws;
}

export type { AtpAllocation } from "./atp-draws-data.js";

/**
 * The Accelerated Tech Pathway allocation figures we hold, oldest first (2026, as the page stood on
 * 2026-06-16 and, in third-party copies, on 2026-08-12 and 2026-08-25).
 *
 * @example
 * ```ts
 * atpAllocations().map((a) => [a.updated, a.remaining, a.eoiPool]); // [["2026-06-16", 308, 2245], ["2026-08-12", 211, 2046], ["2026-08-25", 197, 2102]]
 * ```
 */
export function atpAllocations(): readonly AtpAllocation[] {
  return atpDrawsData().allocations;
}

/**
 * Options of {@link atpDrawComparison}: the day (`asOf`) and, to check each draw's published
 * selection parameters, the candidate.
 *
 * @example
 * ```ts
 * const options: AtpDrawComparisonOptions = { asOf: isoDate("2025-06-01"), candidate };
 * ```
 */
export interface AtpDrawComparisonOptions extends WorkerEoiOptions {
  /** The candidate whose answers are checked against each draw's parameters; left out, none are checked. */
  readonly candidate?: Candidate;
}

/**
 * One draw of the window: the draw, whether the score reached its minimum and, when a candidate
 * was given, how the candidate stands against its parameters.
 *
 * @example
 * ```ts
 * const d: AtpComparedDraw = { ...atpDraws()[0]!, atOrAbove: true };
 * ```
 */
export interface AtpComparedDraw extends AtpDraw {
  /** The score is at or above the draw's minimum. */
  readonly atOrAbove: boolean;
  /** The candidate against the draw's parameters (only when `candidate` was given). */
  readonly selection?: AtpDrawSelection;
}

/**
 * How a Worker EOI score (and, with a candidate, the candidate's answers) compares with the ATP
 * draws held in the 12 months before a day (the `ok: true` side of {@link AtpDrawComparisonResult}).
 *
 * @example
 * ```ts
 * const c = atpDrawComparison(58, { asOf: isoDate("2026-06-15") });
 * // en from "alberta-atp/locales/en"
 * if (c.ok) renderMessage(c.message, en); // "A Worker EOI score of 58 was at or above the minimum of 3 of 6 ..."
 * ```
 */
export interface AtpDrawComparison {
  /** The comparison was made. */
  readonly ok: true;
  readonly score: number;
  readonly asOf: IsoDate;
  /** First day of the window: one year before `asOf`. */
  readonly from: IsoDate;
  /** Last day of the window: the day before `asOf`. */
  readonly to: IsoDate;
  /** The draws in the window, oldest first. */
  readonly draws: readonly AtpComparedDraw[];
  /** Draws in the window whose minimum the score reached. */
  readonly atOrAbove: number;
  /** Draws in the window. */
  readonly of: number;
  /** The first day our draw data covers: the Worker EOI began on 2024-09-30; there were no Worker EOI draws before. */
  readonly knownFrom: IsoDate;
  /** The last day our draw data covers. */
  readonly knownThrough: IsoDate;
  /** The day the draw data was last checked against its sources. */
  readonly verified: IsoDate;
  /** The days of the window (from `knownFrom` on) whose draws are not in our data, oldest first. */
  readonly notCovered: readonly { readonly from: IsoDate; readonly to: IsoDate }[];
  /**
   * The days of the window whose draws are in our data from a source that may not list them all
   * (the data says why), oldest first.
   */
  readonly mayBeIncomplete: readonly { readonly from: IsoDate; readonly to: IsoDate }[];
  /**
   * False when some day of the window is not covered or may be incomplete (`notCovered` or
   * `mayBeIncomplete` not empty): draws may be missing.
   */
  readonly complete: boolean;
  /** The comparison of the score, stated as history, as a message (id `draw.comparison...`). */
  readonly message: Message;
  /** With a candidate: the parameters of the window's draws, as a message (id `draw.selection-summary...`). */
  readonly selectionMessage?: Message;
  /** The latest allocation figures the page gave before `asOf`, when there are any. */
  readonly allocation?: AtpAllocation;
  /** The official page (each draw names its own source). */
  readonly source: Citation;
}

/**
 * What {@link atpDrawComparison} returns: the comparison (`ok: true`), or the problems with its
 * arguments, by path (`asOf` not a date, `invalid_date`; `score` not a finite number,
 * `invalid_value`).
 *
 * @example
 * ```ts
 * const r: AtpDrawComparisonResult = atpDrawComparison(57, { asOf: "2026-02-30" as IsoDate });
 * if (!r.ok) r.issues[0]?.code; // "invalid_date" (path "asOf")
 * ```
 */
export type AtpDrawComparisonResult = Result<AtpDrawComparison>;

/** The days of [from, to] outside every coverage period (whose `to` is excluded), oldest first. */
function uncovered(
  from: IsoDate,
  to: IsoDate,
  coverage: readonly { readonly from: IsoDate; readonly to?: IsoDate }[],
): { from: IsoDate; to: IsoDate }[] {
  const gaps: { from: IsoDate; to: IsoDate }[] = [];
  let next = from;
  for (const period of coverage) {
    if (next > to) break;
    if ((period.to as IsoDate) <= next) continue;
    if (period.from > next) gaps.push({ from: next, to: period.from > to ? to : addDaysWithin(period.from, -1) });
    next = period.to as IsoDate;
  }
  if (next <= to) gaps.push({ from: next, to });
  return gaps;
}

/** The sentence on the parameters of the window's draws, the candidate read as on `asOf`. */
function selectionSentence(draws: readonly AtpComparedDraw[], asOf: IsoDate): Message {
  const published = draws.filter((d) => d.selection?.published === true);
  const unpublished = draws.length - published.length;
  if (published.length === 0) {
    return draws.length === 0
      ? message("draw.selection-summary.no-draw", {})
      : message("draw.selection-summary.none-published", { draws: draws.length });
  }
  const keptOut = published.filter((d) => d.selection?.verdict === "fail");
  const undecided = published.filter((d) => d.selection?.verdict === "unknown");
  return message("draw.selection-summary", {
    published: published.length,
    met: published.length - keptOut.length - undecided.length,
    keptOut: keptOut.map((d) => ({
      date: d.date,
      parameters: (d.selection?.keptOutBy ?? []).map((k) => k.parameter.message),
    })),
    undecided: undecided.length,
    unpublished,
    asOf,
  });
}

/**
 * Compares a Worker EOI score with the minimum scores of the Accelerated Tech Pathway draws held
 * in the 12 months before `asOf` (from `asOf` minus one year to the day before `asOf`) and, when
 * `candidate` is given, checks the candidate against each draw's published selection parameters
 * (work-permit and profile expiry, CLB/NCLC, a valid Express Entry profile, CRS, months of work,
 * a full-time Alberta offer, ATP occupations and employer), saying draw by draw which parameter
 * would have kept them out. Three-valued: a parameter the answers cannot decide is `unknown`, never
 * a fail; a draw whose parameters were not published says so. The candidate is read as their
 * answers stand on `asOf` (the occupation lists are those in force on each draw's date).
 *
 * It states history ("at or above the minimum of N of M draws"), never a promise: each draw sets
 * its own minimum, and the data does not hold every draw (the 2025 draws, and any after
 * `knownThrough`, are missing: `complete` is false and the statement says so when the window
 * reaches them). Pure, and never throws: an `asOf` that is not a date, a score that is not a
 * finite number and a `candidate` that is not an object are `{ ok: false, issues }`.
 *
 * @example
 * ```ts
 * import { atpDrawComparison, isoDate } from "alberta-atp";
 * const c = atpDrawComparison(57, { asOf: isoDate("2026-06-01") });
 * if (c.ok) [c.atOrAbove, c.of]; // [3, 6]: the draws of 2026-03-06 (56), 2026-05-07 (57) and 2026-05-29 (55)
 * const withCandidate = atpDrawComparison(62, { asOf: isoDate("2025-06-01"), candidate });
 * if (withCandidate.ok) withCandidate.draws[0]?.selection?.verdict; // the 2024-12-11 draw's parameters, checked
 * atpDrawComparison(57, { asOf: new Date(Number.NaN) }); // { ok: false, issues: [{ path: "asOf", code: "invalid_date", ... }] }
 * ```
 */
export function atpDrawComparison(score: number, options: AtpDrawComparisonOptions): AtpDrawComparisonResult {
  const issues: InputIssue[] = [];
  if (typeof score !== "number" || !Number.isFinite(score)) {
    issues.push({
      path: "score",
      code: "invalid_value",
      message: message("input.score-not-finite", { received: inputValue(score) }),
    });
  }
  const day = asOfOrIssue((options as Partial<AtpDrawComparisonOptions> | undefined)?.asOf);
  if ("issue" in day) issues.push(day.issue);
  const notACandidate = options?.candidate === undefined ? undefined : candidateArgumentIssue(options.candidate);
  if (notACandidate !== undefined) issues.push({ ...notACandidate, path: "candidate" });
  if (!("asOf" in day) || issues.length > 0) return { ok: false, issues };
  const asOf = day.asOf;
  const from = addYearsWithin(asOf, -1);
  const to = addDaysWithin(asOf, -1);
  const data = atpDrawsData();
  const candidate = options.candidate === undefined ? undefined : candidateOnDay(options.candidate, asOf);
  const draws = data.draws
    .filter((d) => d.date >= from && d.date <= to)
    .map((d): AtpComparedDraw => {
      const compared = { ...d, atOrAbove: score >= d.minimumScore };
      return candidate === undefined ? compared : { ...compared, selection: checkDrawSelection(candidate, d) };
    });
  const atOrAbove = draws.filter((d) => d.atOrAbove).length;
  // The window's days from knownFrom on (there were no Worker EOI draws before it).
  const start = [from, data.knownFrom].sort().at(-1) as IsoDate;
  const notCovered = to < data.knownFrom ? [] : uncovered(start, to, data.coverage);
  // Each period's days within the window's (from knownFrom on).
  const mayBeIncomplete = data.incomplete.flatMap((period) => {
    const days = clipInterval({ start: period.from, end: addDaysWithin(period.to, -1) }, { start, end: to });
    return days === undefined ? [] : [{ from: days.start, to: days.end }];
  });
  const gaps: Message[] = [
    ...(from < data.knownFrom ? [message("draw.gap.before-worker-eoi", { knownFrom: data.knownFrom })] : []),
    ...[
      ...notCovered.map((g) =>
        g.from > data.knownThrough
          ? { from: g.from, said: message("draw.gap.after", { knownThrough: data.knownThrough }) }
          : { from: g.from, said: message("draw.gap.period", { from: g.from, to: g.to }) },
      ),
      ...mayBeIncomplete.map((g) => ({ from: g.from, said: message("draw.gap.may-be-incomplete", g) })),
    ]
      .sort((a, b) => (a.from < b.from ? -1 : 1))
      .map((g) => g.said),
  ];
  const said =
    draws.length === 0
      ? message("draw.comparison.no-draw", { score, from, to, gaps })
      : message("draw.comparison", { score, atOrAbove, of: draws.length, from, to, gaps });
  const selection = candidate === undefined ? undefined : selectionSentence(draws, asOf);
  const allocation = data.allocations.filter((a) => a.updated < asOf).at(-1);
  return {
    ok: true,
    score,
    asOf,
    from,
    to,
    draws,
    atOrAbove,
    of: draws.length,
    knownFrom: data.knownFrom,
    knownThrough: data.knownThrough,
    verified: data.verified,
    notCovered,
    mayBeIncomplete,
    complete: notCovered.length === 0 && mayBeIncomplete.length === 0,
    message: said,
    ...(selection === undefined ? {} : { selectionMessage: selection }),
    ...(allocation === undefined ? {} : { allocation }),
    source: data.source,
  };
}
