import type { IsoDate } from "./iso-date.js";
import { type Message, message } from "./message.js";

/** A rule tree as far as its `verified` days go. */
interface VerifiedTree {
  readonly verified?: IsoDate | undefined;
  readonly children?: readonly VerifiedTree[] | undefined;
}

const treeDays = new WeakMap<VerifiedTree, IsoDate | null>();

/**
 * The earliest `verified` day of a rule tree, or `undefined` when no rule in it gives one: a rule
 * set is no fresher than the data its rules read. Kept per tree (rule trees are built once and
 * assessed many times). Internal: `extendRuleSet` and every assessment read it.
 */
export function treeVerified(rule: VerifiedTree): IsoDate | undefined {
  const known = treeDays.get(rule);
  if (known !== undefined) return known ?? undefined;
  let day = rule.verified;
  for (const child of rule.children ?? []) {
    const childDay = treeVerified(child);
    day = day === undefined ? childDay : earliestDay(day, childDay);
  }
  treeDays.set(rule, day ?? null);
  return day;
}

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
