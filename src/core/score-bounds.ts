// What every score of a partial candidate says about itself: the points proved, the most reachable,
// and the answers between them. The CRS, the FSW selection grid and the Worker EOI share it.

/**
 * The bounds of a score computed from answers that may be incomplete. `total` counts only the
 * points the answers prove; `maximumReachable` is the most the score could be if every open
 * question in `missing` were answered in the candidate's favour, equal to `total` when nothing is
 * missing unless the data leave the points open (the FSW grid says so with `uncertain`). Sound:
 * answering more can only raise `total` and lower `maximumReachable`, and the final score lies
 * between them. A bound may be higher than any real answer gives, never lower.
 *
 * @example
 * ```ts
 * import { type ScoreBounds, calculateCrs, isoDate } from "alberta-atp";
 * const crs = calculateCrs(candidate, { asOf: isoDate("2026-01-15") });
 * if (crs.ok) {
 *   const bounds: ScoreBounds = crs;
 *   console.log(`${bounds.total} to ${bounds.maximumReachable}; answer ${bounds.missing.join(", ")}`);
 * }
 * ```
 */
export interface ScoreBounds {
  /** The points the answers prove. */
  readonly total: number;
  /** The most the score could be with every open answer in the candidate's favour; `total` when none is open. */
  readonly maximumReachable: number;
  /** Input paths whose answers could raise `total`, without repeats; empty when the score is complete. */
  readonly missing: readonly string[];
}
