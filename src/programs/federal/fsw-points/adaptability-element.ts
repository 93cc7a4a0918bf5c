// One element of the FSW adaptability factor: its name, verdict and the points it is worth.

import type { Message } from "../../../core/message.js";
import type { Verdict } from "../../../core/verdict.js";
import { grid } from "./grid.js";

/**
 * The names of the adaptability elements, as in data/ircc/fsw-selection-grid.json.
 *
 * @example
 * ```ts
 * const id: FswAdaptabilityElementId = "relatives-in-canada";
 * ```
 */
export type FswAdaptabilityElementId =
  | "spouse-language"
  | "your-study-in-canada"
  | "spouse-study-in-canada"
  | "your-work-in-canada"
  | "spouse-work-in-canada"
  | "arranged-employment"
  | "relatives-in-canada";

/**
 * One adaptability element: whether it is earned (`pass`), not (`fail`) or undecided (`unknown`,
 * with `missing`), and the points it is worth. Each element counts once.
 *
 * @example
 * ```ts
 * for (const e of fswSelectionPoints(candidate, { asOf }).adaptability.elements) console.log(e.id, e.verdict, e.points);
 * ```
 */
export interface FswAdaptabilityElement {
  readonly id: FswAdaptabilityElementId;
  readonly title: string;
  /** Points the element is worth when earned. */
  readonly points: number;
  readonly verdict: Verdict;
  /** Why, as data. */
  readonly message: Message;
  readonly missing: readonly string[];
}

/** An element with its title and points from the grid. Internal. */
export function element(
  id: FswAdaptabilityElementId,
  verdict: Verdict,
  explanation: Message,
  missing: readonly string[] = [],
): FswAdaptabilityElement {
  const row = grid.adaptability.elements.find((e) => e.id === id);
  return {
    id,
    title: row?.requirement ?? id,
    points: row?.points ?? 0,
    verdict,
    message: explanation,
    missing: verdict === "unknown" ? [...new Set(missing)] : [],
  };
}
