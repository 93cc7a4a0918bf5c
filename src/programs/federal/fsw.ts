// Federal Skilled Worker Program (Express Entry): minimum requirements and the 67-point grid.

import type { Assessment } from "../../core/assessment.js";
import { allOf } from "../../core/combinators.js";
import { defineRule, notAnswered } from "../../core/define-rule.js";
import { isoDate } from "../../core/iso-date.js";
import { type Message, type MessageLike, message } from "../../core/message.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import type { RuleSet } from "../../core/rule-set.js";
import { HOURS_PER_YEAR } from "../../experience/constants.js";
import type { Candidate } from "../../models/candidate.js";
import { type FederalOccupationHours, hoursVerdict } from "./experience.js";
import type { FederalFacts } from "./facts.js";
import { grid } from "./fsw-points/grid.js";
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
  const asOf = facts.asOf;
  if (history === undefined) {
    return notAnswered(message("fsw.experience.not-answered", { asOf }), ["workHistory"]);
  }
  const occupations = facts.experience.fswOccupations;
  const passing = occupations.find((o) => hoursVerdict(o, HOURS_PER_YEAR) === "pass");
  const best = occupations[0];
  const expected = `>= ${HOURS_PER_YEAR} hours`;
  if (passing) {
    return {
      verdict: "pass",
      message: message("fsw.experience.met", {
        hours: passing.hours,
        noc: passing.noc,
        period: passing.period ? { start: passing.period.start, end: passing.period.end } : null,
        asOf,
        joins: joinNotes([passing]),
      }),
      expected,
      actual: passing.hours,
    };
  }
  const open = occupations.filter((o) => hoursVerdict(o, HOURS_PER_YEAR) === "unknown");
  const bestHours = best === undefined ? null : { hours: best.hours, noc: best.noc };
  if (open.length > 0) {
    return {
      verdict: "unknown",
      message: message("fsw.experience.undecided", {
        best: bestHours,
        possibleHours: Math.max(...open.map((o) => o.possibleHours)),
        missing: [...new Set(open.flatMap((o) => o.missing))],
        asOf,
        joins: joinNotes(best ? [best, ...open] : open),
      }),
      expected,
      actual: best?.hours ?? 0,
      missing: open.flatMap((o) => o.missing),
    };
  }
  return {
    verdict: "fail",
    message: message("fsw.experience.not-met", { best: bestHours, asOf, joins: joinNotes(best ? [best] : []) }),
    expected,
    actual: best?.hours ?? 0,
  };
}

/** What the occupations say about jobs joined across NOC versions, each once. */
function joinNotes(occupations: readonly FederalOccupationHours[]): MessageLike[] {
  const notes: Message[] = [];
  const seen = new Set<string>();
  for (const o of occupations) {
    const note = o.joinMessage;
    if (note === undefined) continue;
    const key = JSON.stringify(note);
    if (!seen.has(key)) {
      seen.add(key);
      notes.push(note);
    }
  }
  return notes;
}

function educationOutcome(facts: FederalFacts): RuleOutcome {
  const education = facts.education;
  if (!education.given) return notAnswered(message("fsw.education.not-answered", {}), ["education"]);
  const counts = education.credentials.find((c) => c.standing === "counts");
  if (counts) return { verdict: "pass", message: message("fsw.education.met", { credential: counts.message }) };
  const open = education.credentials.filter((c) => c.standing === "eca-missing");
  const credentials = education.credentials.map((c) => c.message);
  if (open.length > 0) {
    return notAnswered(
      message("fsw.education.undecided", { credentials }),
      open.map((c) => `${c.path}.ecaIssuedOn`),
    );
  }
  return { verdict: "fail", message: message("fsw.education.not-met", { credentials }) };
}

function pointsOutcome(facts: FederalFacts): RuleOutcome {
  const p = facts.fswSelectionPoints;
  const points = {
    language: p.language.points,
    education: p.education.points,
    experience: p.experience.points,
    age: p.age.points,
    arrangedEmployment: p.arrangedEmployment.points,
    adaptability: p.adaptability.points,
  };
  const grid = { total: p.total, points, passMark: p.passMark, maximum: p.maximum };
  const common = { expected: `>= ${p.passMark}`, actual: p.total };
  if (p.verdict === "pass") return { verdict: "pass", message: message("fsw.selection-points.met", grid), ...common };
  if (p.verdict === "unknown") {
    return {
      verdict: "unknown",
      message: message("fsw.selection-points.undecided", {
        ...grid,
        maximumReachable: p.maximumReachable,
        missing: p.missing,
      }),
      missing: p.missing,
      ...(p.uncertain === true ? { uncertain: true } : {}),
      ...common,
    };
  }
  return {
    verdict: "fail",
    message: message("fsw.selection-points.not-met", { ...grid, maximumReachable: p.maximumReachable }),
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
      program: "fsw",
      minimum: grid.language.firstOfficialLanguageMinimumClb,
      which: "first",
      context: "first-language",
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

const fundsRule: Rule<FederalFacts> = settlementFundsRule("fsw", (facts) => facts.arrangedEmployment);

/** The root rule of {@link FEDERAL_SKILLED_WORKER_RULES}. Internal. */
export const federalSkilledWorkerRule: Rule<FederalFacts> = /* @__PURE__ */ allOf<FederalFacts>(
  FEDERAL_SKILLED_WORKER_PROGRAM,
  "Federal Skilled Worker Program",
  [experienceRule, languageRule, educationRule, pointsRule, fundsRule],
  {
    source: fswProgramSource,
    reasons: { pass: message("fsw.pass", {}) },
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
 * Not checked (not in the candidate model): admissibility, the plan to live outside Quebec. Work
 * with `paid: false` does not count; `paid` left out is read as paid.
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
 * renderAssessment(a, en).failed.map((r) => r.reason); // e.g. ["... CLB 6 in writing; FSW needs CLB/NCLC 7 in every ability ..."]
 * ```
 */
export function assessFederalSkilledWorker(candidate: Candidate, options: FederalAssessmentOptions): Assessment {
  return runAssessment(FEDERAL_SKILLED_WORKER_PROGRAM, FEDERAL_SKILLED_WORKER_RULES, candidate, options);
}
