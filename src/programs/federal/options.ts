import { readAsOf } from "../../core/as-of.js";
import type { Assessment } from "../../core/assessment.js";
import { assessmentOf } from "../../core/assessment-of.js";
import type { IsoDate } from "../../core/iso-date.js";
import { message } from "../../core/message.js";
import type { RuleResult } from "../../core/rule.js";
import { checkRuleSet } from "../../core/rule-checks.js";
import type { RuleSet } from "../../core/rule-set.js";
import type { Candidate } from "../../models/candidate.js";
import { checkedCandidate } from "../../models/read-candidate.js";
import type { CandidateReadings } from "../../readings/candidate-readings.js";
import { type FederalFacts, federalFactsOf } from "./facts.js";
import { federalDataVerified } from "./verified.js";

/**
 * Options of the federal assessments ({@link assessFederalSkilledWorker} and the others).
 *
 * `asOf` is required: the library never reads the clock, and every federal rule depends on the
 * date (test and ECA validity, experience windows, the NOC version, the funds table). Leaving it
 * out is a programming error: the functions throw a `TypeError` saying so. `ruleSet` replaces the
 * program's default rule set (build one with `extendRuleSet`).
 *
 * @example
 * ```ts
 * const options: FederalAssessmentOptions = { asOf: isoDate("2026-01-15") };
 * assessFederalSkilledWorker(candidate, options);
 * ```
 */
export interface FederalAssessmentOptions {
  /** The day to assess on: an IsoDate, or a Date read in local time. */
  readonly asOf: IsoDate | Date;
  /** A rule set to use instead of the program's own. */
  readonly ruleSet?: RuleSet<FederalFacts> | undefined;
}

/** Evaluates a rule set on a candidate and summarises it as an Assessment. Internal. */
export function runAssessment(
  program: string,
  defaultRuleSet: RuleSet<FederalFacts>,
  candidate: Candidate,
  options: FederalAssessmentOptions | undefined,
  /** The candidate's tests and credentials already read, if they are (see {@link federalFactsOf}). */
  readings?: CandidateReadings,
): Assessment {
  const asOf = readAsOf(options?.asOf);
  checkedCandidate(candidate);
  if (options?.ruleSet !== undefined) checkRuleSet("options.ruleSet", options.ruleSet);
  const ruleSet = options?.ruleSet ?? defaultRuleSet;
  const outOfRange = asOf < ruleSet.from || (ruleSet.to !== undefined && asOf >= ruleSet.to);
  const result: RuleResult = outOfRange
    ? outOfRangeResult(ruleSet, asOf)
    : ruleSet.rule.evaluate(federalFactsOf(candidate, asOf, readings), { asOf });
  return assessmentOf(program, asOf, ruleSet, result, federalDataVerified());
}

/** The result of a rule set on a day it does not cover: `unknown`, uncertain. */
function outOfRangeResult(ruleSet: RuleSet<FederalFacts>, asOf: IsoDate): RuleResult {
  const explanation = message("federal.rule-set.out-of-range", {
    ruleSet: ruleSet.id,
    from: ruleSet.from,
    to: ruleSet.to ?? null,
    asOf,
  });
  return {
    id: ruleSet.rule.id,
    title: ruleSet.rule.title,
    verdict: "unknown",
    message: explanation,
    uncertain: true,
    ...(ruleSet.rule.source === undefined ? {} : { source: ruleSet.rule.source }),
  };
}
