// The day a Worker EOI function scores on, read from its options.

import { asOfOrIssue } from "../../../core/as-of.js";
import type { InputIssue } from "../../../core/input-issue.js";
import type { IsoDate } from "../../../core/iso-date.js";
import type { WorkerEoiOptions } from "./types.js";

/**
 * The day of a Worker EOI function's `asOf` (an {@link IsoDate}, or a `Date` read as its local
 * calendar day), or the `invalid_date` issue that says why there is none. Internal: the score and
 * the draw comparison read it alike.
 */
export function workerEoiAsOf(options: WorkerEoiOptions): { readonly asOf: IsoDate } | { readonly issue: InputIssue } {
  return asOfOrIssue((options as Partial<WorkerEoiOptions> | undefined)?.asOf);
}
