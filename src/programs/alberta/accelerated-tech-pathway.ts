import { anyCase } from "../../core/any-case.js";
import { readAsOf } from "../../core/as-of.js";
import type { Assessment } from "../../core/assessment.js";
import { assessmentOf } from "../../core/assessment-of.js";
import { allOf } from "../../core/combinators.js";
import { defineRule } from "../../core/define-rule.js";
import { earliestDay } from "../../core/freshness.js";
import { message } from "../../core/message.js";
import type { Mutable } from "../../core/mutable.js";
import type { Rule, RuleResult } from "../../core/rule.js";
import { checkRuleSet } from "../../core/rule-checks.js";
import type { RuleSet } from "../../core/rule-set.js";
import type { CrsBreakdown } from "../../crs/index.js";
import type { Candidate } from "../../models/candidate.js";
import { checkedCandidate } from "../../models/read-candidate.js";
import { type CandidateReadings, readCandidate } from "../../readings/candidate-readings.js";
import { EXPRESS_ENTRY_RULES } from "../federal/index.js";
import { atpIntakeOn } from "./atp-intake.js";
import { atpOccupation, profileOccupationMatches } from "./atp-job-rules/occupation.js";
import { atpJobRequirements } from "./atp-job-rules/requirements.js";
import { jobOfferOrEmployment } from "./atp-job-rules/terms.js";
import { ATP_LATEST_LAUNCH_DATE, ATP_LAUNCH_DATE, ATP_LAUNCH_LIST_SOURCE } from "./atp-list-dates.js";
import { atpRemedies } from "./atp-remedies.js";
import { albertaExpressEntryStream } from "./express-entry-stream.js";
import { type AlbertaFacts, type AlbertaOptions, albertaFactsOf, type JobRequirementsHeld, jobCases } from "./facts.js";
import { type NextStep, nextStepsFor } from "./next-steps.js";
import { ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE } from "./sources.js";
import { ALBERTA_RULES_VERIFIED, albertaDataVerified } from "./verified.js";

/**
 * The pathway existed on `asOf`: it took applications from December 2021. Before 2021-12-01 the
 * answer is `fail` (nothing can change it); during December 2021 it is `unknown`, because the
 * opening day is not known. The pass reason describes that day's intake ({@link atpIntakeOn}).
 *
 * @example
 * ```ts
 * atpPathwayOpen.evaluate(facts, { asOf: isoDate("2021-06-01") }).verdict; // "fail"
 * ```
 */
export const atpPathwayOpen: Rule<AlbertaFacts> = defineRule({
  id: "atp.pathway-open",
  title: "The Accelerated Tech Pathway exists on this date",
  source: ATP_LAUNCH_LIST_SOURCE,
  check: (_facts, { asOf }) => {
    if (asOf < ATP_LAUNCH_DATE) {
      return {
        verdict: "fail",
        message: message("atp.pathway-open.before-launch", { asOf }),
        expected: `on or after ${ATP_LAUNCH_DATE}`,
        actual: asOf,
      };
    }
    if (asOf < ATP_LATEST_LAUNCH_DATE) {
      return {
        verdict: "unknown",
        message: message("atp.pathway-open.launch-window", { asOf }),
        uncertain: true,
      };
    }
    return {
      verdict: "pass",
      message: message("atp.pathway-open.pass", { intake: atpIntakeOn(asOf).descriptionMessage }),
    };
  },
});

const heldBy = new WeakMap<Rule<AlbertaFacts>, JobRequirementsHeld>();

/** Which built-in job requirements `jobRule` holds, by the rules themselves (not their ids, which a replacement keeps). */
function requirementsHeld(jobRule: Rule<AlbertaFacts>): JobRequirementsHeld {
  const known = heldBy.get(jobRule);
  if (known !== undefined) return known;
  const rules = new Set<Rule<AlbertaFacts>>();
  const walk = (rule: Rule<AlbertaFacts>): void => {
    rules.add(rule);
    for (const child of rule.children ?? []) walk(child);
  };
  walk(jobRule);
  const held = {
    occupationMatchingProfile: rules.has(atpOccupation) && rules.has(profileOccupationMatches),
    offerOrEmployment: rules.has(jobOfferOrEmployment),
  };
  heldBy.set(jobRule, held);
  return held;
}

/**
 * A job offer, or current employment, that meets every pathway requirement: one case per job.
 *
 * @example
 * ```ts
 * qualifyingAlbertaJob.id; // "atp.qualifying-job"
 * ```
 */
export const qualifyingAlbertaJob: Rule<AlbertaFacts> = anyCase(
  "atp.qualifying-job",
  "A qualifying job offer from, or current job with, an Alberta tech employer",
  (facts, _ctx, jobRule) => jobCases(facts, requirementsHeld(jobRule)),
  atpJobRequirements,
  { source: ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE },
);

/**
 * The root rule of the Accelerated Tech Pathway: the pathway exists, the Alberta Express Entry
 * Stream's rules, and a qualifying Alberta job.
 *
 * @example
 * ```ts
 * acceleratedTechPathway.children?.map((r) => r.id); // ["atp.pathway-open", "alberta-ee", "atp.qualifying-job"]
 * ```
 */
export const acceleratedTechPathway: Rule<AlbertaFacts> = allOf(
  "atp",
  "Accelerated Tech Pathway (Alberta Express Entry Stream)",
  [atpPathwayOpen, albertaExpressEntryStream, qualifyingAlbertaJob],
  { source: ALBERTA_EXPRESS_ENTRY_ELIGIBILITY_SOURCE },
);

/**
 * The Accelerated Tech Pathway's rules as a value. Change them without forking:
 * `extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { replace, remove, add, addTo })`.
 *
 * @example
 * ```ts
 * const noCrsCheck = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["alberta-ee.crs-minimum"] });
 * assessAcceleratedTechPathway(candidate, { asOf: isoDate("2026-11-25"), ruleSet: noCrsCheck });
 * ```
 */
export const ACCELERATED_TECH_PATHWAY_RULES: RuleSet<AlbertaFacts> = {
  id: "alberta.accelerated-tech-pathway",
  from: ATP_LAUNCH_DATE,
  verified: ALBERTA_RULES_VERIFIED,
  rule: acceleratedTechPathway,
};

/**
 * An {@link Assessment} of the Accelerated Tech Pathway, with what to do next and the CRS score
 * the library computed (without nomination points), when it could.
 *
 * @example
 * ```ts
 * const a: AtpAssessment = assessAcceleratedTechPathway(candidate, { asOf: isoDate("2026-11-25") });
 * a.nextSteps.map((s) => renderMessage(s.message, en));
 * ```
 */
export interface AtpAssessment extends Assessment {
  /**
   * What to do next on `asOf`. When ineligible, only the steps that would change that (a written
   * job offer for a current job, a NOC 2021 code in the profile), or none.
   */
  readonly nextSteps: readonly NextStep[];
  /** The CRS breakdown without provincial-nomination points, when the input allowed computing it. */
  readonly crs?: CrsBreakdown;
}

/**
 * The remedy steps of the result ({@link atpRemedies}). For an ineligible candidate they are kept
 * only when the candidate with them done would not be ineligible under the same rule set.
 */
function remediesFor(
  candidate: Candidate,
  facts: AlbertaFacts,
  ruleSet: RuleSet<AlbertaFacts>,
  result: RuleResult,
  status: Assessment["status"],
  options: AlbertaOptions,
  readings: CandidateReadings,
): { remedies?: readonly NextStep[] } {
  const found = atpRemedies(candidate, facts.asOf, result);
  if (found === undefined) return {};
  if (status === "ineligible" && stillFails(found.fixed, facts, ruleSet, options, readings)) return {};
  return { remedies: found.steps };
}

/** The top-level fields whose values differ (by identity) between a candidate and a copy of it. */
function changedFields(candidate: Candidate, fixed: Candidate): Set<string> {
  const changed = new Set<string>();
  for (const key in fixed) {
    if (fixed[key as keyof Candidate] !== candidate[key as keyof Candidate]) changed.add(key);
  }
  for (const key in candidate) if (!(key in fixed)) changed.add(key);
  return changed;
}

/**
 * Whether `ruleSet.rule` fails for `fixed` (the candidate with the remedies done): the same verdict
 * as `ruleSet.rule.evaluate(deriveAlbertaFacts(fixed, asOf, options), { asOf }).verdict === "fail"`,
 * computed with less work where that is sure to give the same answer.
 *
 * - The CRS and the default federal rules do not read `expressEntryProfile`, so when the remedies
 *   change nothing else (a NOC 2021 code in the profile) the CRS and the federal assessment of the
 *   candidate stand as they are.
 * - In the default tree (all of: the pathway open, the Alberta Express Entry Stream, a qualifying
 *   job) the pathway rule reads `asOf` only and the qualifying-job rule reads the candidate's answers
 *   and `asOf` only, never the CRS or the federal assessment: they are evaluated first, on the
 *   candidate's CRS and federal assessment, and if either fails the whole fails whatever the
 *   stream's rules say, so the CRS and the federal rules need not be derived again.
 *
 * test/programs/alberta/remedies.test.ts checks the result against the full re-assessment.
 */
function stillFails(
  fixed: Candidate,
  facts: AlbertaFacts,
  ruleSet: RuleSet<AlbertaFacts>,
  options: AlbertaOptions,
  /** The candidate's readings: the fixed candidate shares its tests and credentials. */
  readings: CandidateReadings,
): boolean {
  const asOf = facts.asOf;
  const ctx = { asOf };
  const fixedFacts = (): AlbertaFacts => {
    const defaultFederal = options?.federalRuleSet === undefined || options.federalRuleSet === EXPRESS_ENTRY_RULES;
    const changed = changedFields(facts.candidate, fixed);
    if (defaultFederal && changed.size === 1 && changed.has("expressEntryProfile"))
      return { candidate: fixed, asOf, crs: facts.crs, federal: facts.federal };
    return albertaFactsOf(fixed, asOf, options, readings);
  };
  if (ruleSet.rule !== acceleratedTechPathway) return ruleSet.rule.evaluate(fixedFacts(), ctx).verdict === "fail";
  // Neither rule reads `crs` or `federal`: the candidate's stand in for the fixed candidate's.
  const early: AlbertaFacts = { candidate: fixed, asOf, crs: facts.crs, federal: facts.federal };
  if (atpPathwayOpen.evaluate(early, ctx).verdict === "fail") return true;
  if (qualifyingAlbertaJob.evaluate(early, ctx).verdict === "fail") return true;
  return albertaExpressEntryStream.evaluate(fixedFacts(), ctx).verdict === "fail";
}

/**
 * The breakdown without its `ok` key, the other keys in the same order: copied by a loop, since an
 * object rest (`({ ok, ...breakdown }) => breakdown`) is slow to build in V8.
 */
function withoutOk(result: CrsBreakdown & { readonly ok: true }): CrsBreakdown {
  const breakdown: Record<string, unknown> = {};
  for (const key in result) if (key !== "ok") breakdown[key] = result[key as keyof typeof result];
  return breakdown as unknown as CrsBreakdown;
}

/**
 * Assesses a candidate for Alberta's Accelerated Tech Pathway on `asOf`: the Alberta Express Entry
 * Stream's rules (active profile, FSW/CEC/FST, CRS ≥ 300, no exclusion) plus a qualifying Alberta
 * job (an offer, or current employment until 2024-08-12 and possibly until 2024-12-10: occupation
 * on the ATP list on `asOf`, Alberta-based tech employer, full-time, an employee, an offer
 * permanent or of 12 months or more, and the profile's primary occupation matching, in NOC 2021
 * from 2022-11-16). `status` is `incomplete` whenever a missing answer could change
 * the outcome, and `missing` lists those answers.
 *
 * @example
 * ```ts
 * const parsed = parseCandidate(json);
 * if (parsed.ok) {
 *   const a = assessAcceleratedTechPathway(parsed.value, { asOf: isoDate("2026-11-25") });
 *   console.log(a.status, a.failed.map((r) => r.message.id), a.missing);
 * }
 * ```
 */
export function assessAcceleratedTechPathway(candidate: Candidate, options: AlbertaOptions): AtpAssessment {
  // deriveAlbertaFacts, keeping the readings for the remedies' check.
  const day = readAsOf(options?.asOf);
  checkedCandidate(candidate);
  const readings = readCandidate(candidate, day);
  const facts = albertaFactsOf(candidate, day, options, readings);
  if (options?.ruleSet !== undefined) checkRuleSet("options.ruleSet", options.ruleSet);
  const ruleSet = options?.ruleSet ?? ACCELERATED_TECH_PATHWAY_RULES;
  const result = ruleSet.rule.evaluate(facts, { asOf: facts.asOf });
  const crs = facts.crs.ok ? withoutOk(facts.crs) : undefined;
  const assessment: Mutable<AtpAssessment> = assessmentOf(
    "alberta.accelerated-tech-pathway",
    facts.asOf,
    ruleSet,
    result,
    // The federal assessment in the tree brings its own rule set's day (a federalRuleSet's too).
    earliestDay(albertaDataVerified(), facts.federal.verifiedThrough),
  ) as AtpAssessment;
  const remedies = remediesFor(candidate, facts, ruleSet, result, assessment.status, options, readings).remedies;
  // Built by assignment (the keys in the same order as the spreads it replaces): this runs for every assessment.
  const context: Parameters<typeof nextStepsFor>[2] = { status: assessment.status, missing: assessment.missing };
  if (remedies !== undefined) context.remedies = remedies;
  if (crs !== undefined) context.crs = crs;
  assessment.nextSteps = nextStepsFor(candidate, facts.asOf, context);
  if (crs !== undefined) assessment.crs = crs;
  return assessment;
}
