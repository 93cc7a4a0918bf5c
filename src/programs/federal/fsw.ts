// Federal Skilled Worker Program (Express Entry): minimum requirements and the 67-point grid.

import type { Assessment } from "../../core/assessment.js";
import { allOf } from "../../core/combinators.js";
import { defineRule, notAnswered } from "../../core/define-rule.js";
import { isoDate } from "../../core/iso-date.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import type { RuleSet } from "../../core/rule-set.js";
import { HOURS_PER_YEAR } from "../../experience/constants.js";
import type { Candidate } from "../../models/candidate.js";
import { type FederalOccupationHours, formatHours, hoursVerdict } from "./experience.js";
import type { FederalFacts } from "./facts.js";
import { languageOutcome } from "./language.js";
import { type FederalAssessmentOptions, runAssessment } from "./options.js";
import { settlementFundsRule } from "./settlement-funds.js";
import {
  educationAssessmentSource,
  fswProgramSource,
  fswSelectionFactorsSource,
  languageTestsSource,
} from "./sources.js";
import { FEDERAL_RULES_VERIFIED } from "./verified.js";

/**
 * The program id of the Federal Skilled Worker assessment.
 *
 * @example
 * ```ts
 * assessFederalSkilledWorker(candidate, { asOf }).program === FEDERAL_SKILLED_WORKER_PROGRAM; // true
 * ```
 */
export const FEDERAL_SKILLED_WORKER_PROGRAM = "federal.skilled-worker";

function experienceOutcome(facts: FederalFacts): RuleOutcome {
  const history = facts.candidate.workHistory;
  const needs = `FSW needs ${formatHours(HOURS_PER_YEAR)} hours (one year full-time, or the equivalent part-time) of continuous skilled paid work in one occupation in the 10 years before ${facts.asOf}`;
  if (history === undefined) {
    return notAnswered(`The work history is not given; ${needs}.`, ["workHistory"]);
  }
  const occupations = facts.experience.fswOccupations;
  const passing = occupations.find((o) => hoursVerdict(o, HOURS_PER_YEAR) === "pass");
  const best = occupations[0];
  const expected = `>= ${HOURS_PER_YEAR} hours`;
  if (passing) {
    const span = passing.period ? ` from ${passing.period.start} to ${passing.period.end}` : "";
    return {
      verdict: "pass",
      reason: `${formatHours(passing.hours)} hours of continuous skilled work in NOC ${passing.noc}${span}; ${needs}.${joinNote([passing])}`,
      expected,
      actual: passing.hours,
    };
  }
  const open = occupations.filter((o) => hoursVerdict(o, HOURS_PER_YEAR) === "unknown");
  const bestText =
    best === undefined
      ? "No work is listed"
      : `The most in one occupation is ${formatHours(best.hours)} hours of continuous skilled work (NOC ${best.noc})`;
  if (open.length > 0) {
    return {
      verdict: "unknown",
      reason: `${bestText}; up to ${formatHours(Math.max(...open.map((o) => o.possibleHours)))} could count depending on the answers to ${[...new Set(open.flatMap((o) => o.missing))].join(", ")}.${joinNote(best ? [best, ...open] : open)} ${needs}.`,
      expected,
      actual: best?.hours ?? 0,
      missing: open.flatMap((o) => o.missing),
    };
  }
  return {
    verdict: "fail",
    reason: `${bestText}; ${needs}.${joinNote(best ? [best] : [])}`,
    expected,
    actual: best?.hours ?? 0,
  };
}

/** ` <sentence>…`: what the occupations say about jobs joined across NOC versions, each sentence once; `""` when none. */
function joinNote(occupations: readonly FederalOccupationHours[]): string {
  let note = "";
  for (const o of occupations)
    if (o.joinReason !== undefined && !note.includes(o.joinReason)) note += ` ${o.joinReason}`;
  return note;
}

function educationOutcome(facts: FederalFacts): RuleOutcome {
  const education = facts.education;
  const needs =
    "FSW needs a Canadian secondary or post-secondary credential, or a foreign one with an ECA less than 5 years old";
  if (!education.given) return notAnswered(`Education is not given; ${needs}.`, ["education"]);
  const counts = education.credentials.find((c) => c.standing === "counts");
  if (counts) return { verdict: "pass", reason: `${counts.reason} ${needs}.` };
  const open = education.credentials.filter((c) => c.standing === "eca-missing");
  const details = education.credentials.map((c) => c.reason).join(" ");
  if (open.length > 0) {
    return notAnswered(
      `${details} ${needs}.`,
      open.map((c) => `${c.path}.ecaIssuedOn`),
    );
  }
  return {
    verdict: "fail",
    reason: `${education.credentials.length === 0 ? "No credential is listed." : details} ${needs}.`,
  };
}

function pointsOutcome(facts: FederalFacts): RuleOutcome {
  const p = facts.fswSelectionPoints;
  const breakdown = `language ${p.language.points}, education ${p.education.points}, experience ${p.experience.points}, age ${p.age.points}, arranged employment ${p.arrangedEmployment.points}, adaptability ${p.adaptability.points}`;
  const needs = `FSW needs ${p.passMark} of ${p.maximum}`;
  const common = { expected: `>= ${p.passMark}`, actual: p.total };
  if (p.verdict === "pass")
    return { verdict: "pass", reason: `${p.total} points (${breakdown}); ${needs}.`, ...common };
  if (p.verdict === "unknown") {
    return {
      verdict: "unknown",
      reason: `${p.total} points for certain (${breakdown}), up to ${p.maximumReachable} depending on the answers to ${p.missing.join(", ")}; ${needs}.`,
      missing: p.missing,
      ...common,
    };
  }
  return {
    verdict: "fail",
    reason: `${p.total} points (${breakdown}), at most ${p.maximumReachable} with every open answer; ${needs}.`,
    ...common,
  };
}

/** The FSW leaf rules, by id. */
const experienceRule = defineRule<FederalFacts>({
  id: "fsw.experience.one-year",
  title: "One year of continuous skilled work in one occupation in the last 10 years",
  source: fswProgramSource,
  check: experienceOutcome,
});

const languageRule = defineRule<FederalFacts>({
  id: "fsw.language.clb7",
  title: "CLB/NCLC 7 in every ability of the first official language",
  source: languageTestsSource,
  check: (facts) =>
    languageOutcome(facts.language, {
      program: "FSW",
      minimum: 7,
      which: "first",
      context: "of the first official language",
    }),
});

const educationRule = defineRule<FederalFacts>({
  id: "fsw.education.credential",
  title: "A Canadian credential, or a foreign one with a valid ECA",
  source: educationAssessmentSource,
  check: educationOutcome,
});

const pointsRule = defineRule<FederalFacts>({
  id: "fsw.selection-points.67",
  title: "At least 67 of 100 selection points",
  source: fswSelectionFactorsSource,
  check: pointsOutcome,
});

const fundsRule: Rule<FederalFacts> = settlementFundsRule("fsw", "FSW", (facts) => facts.arrangedEmployment);

/** The root rule of {@link FEDERAL_SKILLED_WORKER_RULES}. Internal. */
export const federalSkilledWorkerRule: Rule<FederalFacts> = /* @__PURE__ */ allOf<FederalFacts>(
  FEDERAL_SKILLED_WORKER_PROGRAM,
  "Federal Skilled Worker Program",
  [experienceRule, languageRule, educationRule, pointsRule, fundsRule],
  {
    source: fswProgramSource,
    reasons: {
      pass: "Meets every Federal Skilled Worker requirement.",
    },
  },
);

/**
 * The Federal Skilled Worker rules (from the start of Express Entry, 2015-01-01), as a rule set to
 * use as is or change with `extendRuleSet`. Root `federal.skilled-worker` (all of):
 * - `fsw.experience.one-year`: 1,560 hours of continuous skilled paid work in one occupation
 *   (TEER 0–3; NOC 2016 0/A/B before 2022-11-16) in the 10 years before `asOf`; a NOC 2016 and a
 *   NOC 2021 code the StatCan concordance pairs one-to-one are one occupation, and codes a split
 *   or a merge links count together only as possible (`unknown`, with the jobs' `noc` paths);
 * - `fsw.language.clb7`: CLB/NCLC 7 in all four abilities of the first official language, from a
 *   test less than 2 years old;
 * - `fsw.education.credential`: a Canadian credential, or a foreign one with an ECA less than 5
 *   years old;
 * - `fsw.selection-points.67`: at least 67 selection points ({@link fswSelectionPoints});
 * - `fsw.settlement-funds` (any of): `fsw.settlement-funds.exempt` (authorised to work in Canada
 *   with a job offer that earns arranged-employment points) or `fsw.settlement-funds.amount`
 *   (funds for the family size, by the table in force on `asOf`).
 *
 * Not checked (not in the candidate model): admissibility, the plan to live outside Quebec, that
 * the work was paid.
 *
 * @example
 * ```ts
 * import { extendRuleSet, FEDERAL_SKILLED_WORKER_RULES } from "alberta-atp";
 * const withoutFunds = extendRuleSet(FEDERAL_SKILLED_WORKER_RULES, { remove: ["fsw.settlement-funds"] });
 * assessFederalSkilledWorker(candidate, { asOf, ruleSet: withoutFunds });
 * ```
 */
export const FEDERAL_SKILLED_WORKER_RULES: RuleSet<FederalFacts> = {
  id: "federal.skilled-worker/2015-01-01",
  from: /* @__PURE__ */ isoDate("2015-01-01"),
  verified: FEDERAL_RULES_VERIFIED,
  rule: federalSkilledWorkerRule,
};

/**
 * Assesses a candidate for the Federal Skilled Worker Program (Express Entry) on `options.asOf`
 * (see {@link FEDERAL_SKILLED_WORKER_RULES} for the rules). Missing answers give `incomplete` with
 * the input paths in `missing`, never `ineligible`; every failed rule's reason says what is
 * required and what the candidate has.
 *
 * `options.asOf` is required: the library never reads the clock, so leaving it out throws a
 * `TypeError`. `options.ruleSet` replaces the default rules.
 *
 * @example
 * ```ts
 * import { assessFederalSkilledWorker, isoDate } from "alberta-atp";
 * const a = assessFederalSkilledWorker(candidate, { asOf: isoDate("2026-01-15") });
 * a.status; // "eligible" | "ineligible" | "incomplete"
 * a.failed.map((r) => r.reason); // e.g. ["... CLB 6 in writing; FSW needs CLB/NCLC 7 in every ability ..."]
 * ```
 */
export function assessFederalSkilledWorker(candidate: Candidate, options: FederalAssessmentOptions): Assessment {
  return runAssessment(FEDERAL_SKILLED_WORKER_PROGRAM, FEDERAL_SKILLED_WORKER_RULES, candidate, options);
}
