import type { IsoDate } from "./iso-date.js";
import { type Message, message } from "./message.js";

/**
 * The earliest of some days: the day through which everything they date was verified. Internal.
 */
export function earliestDay(first: IsoDate, ...rest: readonly (IsoDate | undefined)[]): IsoDate {
  let earliest = first;
  for (const day of rest) if (day !== undefined && day < earliest) earliest = day;
  return earliest;
}

/**
 * The caveat an answer carries when it is asked for a day after the rules and data it used were
 * last verified against their official sources, or `undefined` when `asOf` is on or before that
 * day. Internal: assessments and CRS breakdowns add it to their `caveats`.
 */
export function freshnessCaveat(verifiedThrough: IsoDate, asOf: IsoDate): Message | undefined {
  if (asOf <= verifiedThrough) return undefined;
  return message("assessment.stale", { verifiedThrough, asOf });
}
