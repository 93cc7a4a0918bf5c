// Internal: the Assessment object every `assess*` function returns, built in one place. Not
// exported from the package.
import { type Assessment, summaryOf } from "./assessment.js";
import { earliestDay, freshnessCaveat, treeVerified } from "./freshness.js";
import type { IsoDate } from "./iso-date.js";
import type { RuleResult } from "./rule.js";

/** A rule tree as far as its freshness goes. */
type RuleTree = Parameters<typeof treeVerified>[0];

/**
 * `{ program, asOf, ruleSet: { id, from, to? }, result, status, eligible, failed, missing }`.
 * Built key by key rather than by spreading the summary and the optional `to`: every assessment
 * returns one, and object literals with spreads are slow to build in V8.
 */
export function assessmentOf(
  program: string,
  asOf: IsoDate,
  ruleSet: {
    readonly id: string;
    readonly from: IsoDate;
    readonly to?: IsoDate | undefined;
    readonly verified?: IsoDate | undefined;
    readonly rule: RuleTree;
  },
  result: RuleResult,
  /** The earliest last-verified day of the rule set and the tables the program reads. */
  dataVerified: IsoDate,
): Assessment {
  // The rules' own days count whether or not extendRuleSet built the set: a rule set written by
  // hand with a dated rule in it is no fresher than that rule's data.
  const verifiedThrough = earliestDay(dataVerified, ruleSet.verified, treeVerified(ruleSet.rule));
  const stale = freshnessCaveat(verifiedThrough, asOf);
  const dates: { id: string; from: IsoDate; to?: IsoDate } = { id: ruleSet.id, from: ruleSet.from };
  if (ruleSet.to !== undefined) dates.to = ruleSet.to;
  const summary = summaryOf(result);
  return {
    program,
    asOf,
    ruleSet: dates,
    result,
    status: summary.status,
    eligible: summary.eligible,
    failed: summary.failed,
    missing: summary.missing,
    uncertain: summary.uncertain,
    verifiedThrough,
    caveats: stale === undefined ? [] : [stale],
  };
}
