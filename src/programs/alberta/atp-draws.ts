// The Accelerated Tech Pathway draws from the Worker EOI pool, and how a score compares with them.

import { addDays, addYears } from "../../core/calendar.js";
import type { Citation } from "../../core/citation.js";
import type { InputIssue } from "../../core/input-issue.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type WorkerEoiOptions, workerEoiAsOf } from "./worker-eoi.js";
import { drawsData } from "./worker-eoi-data.js";

/**
 * One Accelerated Tech Pathway draw from the AAIP Worker EOI pool.
 *
 * @example
 * ```ts
 * const draw: AtpDraw = atpDraws()[0]!; // { date: "2026-01-29", minimumScore: 63, invitations: 148, source }
 * ```
 */
export interface AtpDraw {
  readonly date: IsoDate;
  /** The lowest Worker EOI score invited. */
  readonly minimumScore: number;
  /** How many candidates were invited. */
  readonly invitations: number;
  readonly source: Citation;
}

/**
 * The Accelerated Tech Pathway draws we hold, oldest first (from the AAIP processing-information
 * page as crawled on 2026-06-20: later draws are not included).
 *
 * @example
 * ```ts
 * atpDraws().map((d) => d.minimumScore); // [63, 59, 56, 59, 57, 55]
 * ```
 */
export function atpDraws(): readonly AtpDraw[] {
  const data = drawsData();
  return data.draws.map((d) => ({ ...d, source: data.source }));
}

/**
 * How a Worker EOI score compares with the ATP draws held in the 12 months before a day (the
 * `ok: true` side of {@link AtpDrawComparisonResult}).
 *
 * @example
 * ```ts
 * const c = atpDrawComparison(58, { asOf: isoDate("2026-06-15") });
 * if (c.ok) c.statement; // "A Worker EOI score of 58 was at or above the minimum of 3 of 6 ..."
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
  /** The draws in the window, oldest first, each with whether the score reached its minimum. */
  readonly draws: readonly (AtpDraw & { readonly atOrAbove: boolean })[];
  /** Draws in the window whose minimum the score reached. */
  readonly atOrAbove: number;
  /** Draws in the window. */
  readonly of: number;
  /** The first day our draw data covers (draws before it are not in the data). */
  readonly knownFrom: IsoDate;
  /** The last day our draw data covers. */
  readonly knownThrough: IsoDate;
  /** False when the window starts before `knownFrom` or runs past `knownThrough`: draws may be missing. */
  readonly complete: boolean;
  /** The comparison in a sentence, stated as history. */
  readonly statement: string;
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
export type AtpDrawComparisonResult =
  | AtpDrawComparison
  | {
      /** Nothing was compared. */
      readonly ok: false;
      /** What is wrong with the arguments. */
      readonly issues: readonly InputIssue[];
    };

/**
 * Compares a Worker EOI score with the minimum scores of the Accelerated Tech Pathway draws held
 * in the 12 months before `asOf` (from `asOf` minus one year to the day before `asOf`). It states
 * history ("at or above the minimum of N of M draws"), never a promise: each draw sets its own
 * minimum, and draws outside the data's `knownFrom`–`knownThrough` days are not known (the data
 * holds the 2026 draws table only: `complete` is false, and the statement says so, when the window
 * reaches outside it). Pure, and never throws: an `asOf` that is not a date and a score that is
 * not a finite number are `{ ok: false, issues }` (as `scoreAlbertaWorkerEoi` reports an invalid
 * `asOf`).
 *
 * @example
 * ```ts
 * import { atpDrawComparison, isoDate } from "alberta-atp";
 * const c = atpDrawComparison(57, { asOf: isoDate("2026-06-01") });
 * if (c.ok) [c.atOrAbove, c.of]; // [3, 6]: the draws of 2026-03-06 (56), 2026-05-07 (57) and 2026-05-29 (55)
 * atpDrawComparison(57, { asOf: new Date(Number.NaN) }); // { ok: false, issues: [{ path: "asOf", code: "invalid_date", ... }] }
 * ```
 */
export function atpDrawComparison(score: number, options: WorkerEoiOptions): AtpDrawComparisonResult {
  const issues: InputIssue[] = [];
  if (typeof score !== "number" || !Number.isFinite(score)) {
    issues.push({
      path: "score",
      code: "invalid_value",
      message: `Expected the score as a finite number, got ${String(score)}.`,
    });
  }
  const day = workerEoiAsOf(options);
  if ("issue" in day) issues.push(day.issue);
  if (!("asOf" in day) || issues.length > 0) return { ok: false, issues };
  const asOf = day.asOf;
  const from = addYears(asOf, -1);
  const to = addDays(asOf, -1);
  const data = drawsData();
  const draws = atpDraws()
    .filter((d) => d.date >= from && d.date <= to)
    .map((d) => ({ ...d, atOrAbove: score >= d.minimumScore }));
  const atOrAbove = draws.filter((d) => d.atOrAbove).length;
  const complete = from >= data.knownFrom && to <= data.knownThrough;
  const gap =
    (from < data.knownFrom ? ` Draws before ${data.knownFrom} are not in our data.` : "") +
    (to > data.knownThrough ? ` Draws after ${data.knownThrough} are not in our data.` : "");
  const statement =
    draws.length === 0
      ? `No Accelerated Tech Pathway draw in our data was held from ${from} to ${to}, so there is no history to compare a score of ${score} with.${gap}`
      : `A Worker EOI score of ${score} was at or above the minimum of ${atOrAbove} of ${draws.length} Accelerated Tech Pathway draw${draws.length === 1 ? "" : "s"} held from ${from} to ${to}. This is history, not a promise: each draw sets its own minimum score.${gap}`;
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
    complete,
    statement,
    source: data.source,
  };
}
