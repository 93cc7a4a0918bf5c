// The points of one FSW selection factor, as every factor reports them.

import type { Message } from "../../../core/message.js";

/**
 * The points of one selection factor: `points` certainly earned, `maximumReachable` the most it could
 * earn if every unanswered question (`missing`) were answered favourably, out of `maximum`.
 *
 * @example
 * ```ts
 * const age: FswFactorPoints = fswSelectionPoints(candidate, { asOf }).age;
 * console.log(`${age.points}/${age.maximum}`, age.message);
 * ```
 */
export interface FswFactorPoints {
  readonly points: number;
  readonly maximumReachable: number;
  readonly maximum: number;
  /** How the points were found, as data. */
  readonly message: Message;
  /** Input paths that could raise `points` to `maximumReachable`; empty when they are equal. */
  readonly missing: readonly string[];
}

/** One factor's points, with `maximumReachable` never below `points`. Internal. */
export function factor(
  points: number,
  maximumReachable: number,
  maximum: number,
  explanation: Message,
  missing: readonly string[],
): FswFactorPoints {
  const possible = Math.max(points, maximumReachable);
  return {
    points,
    maximumReachable: possible,
    maximum,
    message: explanation,
    missing: possible > points ? [...new Set(missing)] : [],
  };
}
