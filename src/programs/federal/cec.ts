// Canadian Experience Class (Express Entry).

import type { Assessment } from "../../core/assessment.js";
import { allOf, anyOf } from "../../core/combinators.js";
import { defineRule } from "../../core/define-rule.js";
import { isoDate } from "../../core/iso-date.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import type { RuleSet } from "../../core/rule-set.js";
import { HOURS_PER_YEAR } from "../../experience/constants.js";
import type { Candidate } from "../../models/candidate.js";
import { NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY } from "../../noc/teer.js";
import { type FederalHours, formatHours, hoursVerdict } from "./experience.js";
import type { FederalFacts } from "./facts.js";
import { languageOutcome } from "./language.js";
import { type FederalAssessmentOptions, runAssessment } from "./options.js";
import { cecProgramSource, languageTestsSource } from "./sources.js";
import { FEDERAL_RULES_VERIFIED } from "./verified.js";

/**
 * The program id of the Canadian Experience Class assessment.
 *
 * @example
 * ```ts
 * assessCanadianExperienceClass(candidate, { asOf }).program; // "federal.canadian-experience-class"
 * ```
 */
export const CANADIAN_EXPERIENCE_CLASS_PROGRAM = "federal.canadian-experience-class";

function tiers(facts: FederalFacts): { high: string; low: string } {
  return facts.asOf < NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY
    ? { high: "NOC 2016 skill type 0 or skill level A", low: "NOC 2016 skill level B" }
    : { high: "TEER 0 or 1", low: "TEER 2 or 3" };
}

function hoursOutcome(hours: FederalHours, what: string, needs: string, historyGiven: boolean): RuleOutcome {
  const expected = `>= ${HOURS_PER_YEAR} hours`;
  const verdict = hoursVerdict(hours, HOURS_PER_YEAR);
  if (!historyGiven) {
    return {
      verdict: "unknown",
      reason: `The work history is not given; ${needs}.`,
      expected,
      missing: ["workHistory"],
    };
  }
  if (verdict === "unknown") {
    return {
      verdict,
      reason: `${formatHours(hours.hours)} hours of ${what} certainly count, up to ${formatHours(hours.possibleHours)} depending on the answers to ${hours.missing.join(", ")}; ${needs}.`,
      expected,
      actual: hours.hours,
      missing: hours.missing,
    };
  }
  const atMost =
    verdict === "fail" && hours.possibleHours > hours.hours
      ? ` (at most ${formatHours(hours.possibleHours)} even if every open question about the jobs were answered favourably)`
      : "";
  return {
    verdict,
    reason: `${formatHours(hours.hours)} hours of ${what}${atMost}; ${needs}.`,
    expected,
    actual: hours.hours,
  };
}

const experienceRule = defineRule<FederalFacts>({
  id: "cec.experience.one-year",
  title: "One year of skilled work in Canada in the last 3 years",
  source: cecProgramSource,
  check: (facts) =>
    hoursOutcome(
      facts.experience.cecCanadian,
      `skilled (${facts.asOf < NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY ? "NOC 2016 0, A or B" : "TEER 0, 1, 2 or 3"}) work in Canada, authorised, as an employee and not while a full-time student, in the 3 years before ${facts.asOf}`,
      `CEC needs ${formatHours(HOURS_PER_YEAR)} hours (12 months full-time or the equivalent part-time)`,
      facts.candidate.workHistory !== undefined,
    ),
});

/** A CEC language rule: the minimum in every ability of English or French, for work of one tier. */
/* @__NO_SIDE_EFFECTS__ */
function cecLanguageRule(id: string, title: string, minimum: number, tier: "high" | "low"): Rule<FederalFacts> {
  return defineRule<FederalFacts>({
    id,
    title,
    source: languageTestsSource,
    check: (facts) =>
      languageOutcome(facts.language, {
        program: "CEC",
        minimum,
        which: "either",
        context: `when the qualifying work is ${tiers(facts)[tier]}`,
      }),
  });
}

const clb7Rule = /* @__PURE__ */ cecLanguageRule(
  "cec.language.clb7",
  "CLB/NCLC 7 in every ability (enough for any skilled work)",
  7,
  "high",
);

const clb5Rule = /* @__PURE__ */ cecLanguageRule("cec.language.clb5", "CLB/NCLC 5 in every ability", 5, "low");

const teer23Rule = defineRule<FederalFacts>({
  id: "cec.experience.teer-2-3",
  title: "One year of the Canadian work in TEER 2 or 3 occupations",
  source: cecProgramSource,
  check: (facts) => {
    const { high, low } = tiers(facts);
    return hoursOutcome(
      facts.experience.cecCanadianTeer2Or3,
      `${low} work in Canada in the 3 years before ${facts.asOf}`,
      `CLB/NCLC 5 is enough only when the year of qualifying work is ${low} work (${high} work needs CLB/NCLC 7)`,
      facts.candidate.workHistory !== undefined,
    );
  },
});

/** The root rule of {@link CANADIAN_EXPERIENCE_CLASS_RULES}. Internal. */
export const canadianExperienceClassRule: Rule<FederalFacts> = /* @__PURE__ */ allOf<FederalFacts>(
  CANADIAN_EXPERIENCE_CLASS_PROGRAM,
  "Canadian Experience Class",
  [
    experienceRule,
    anyOf<FederalFacts>(
      "cec.language",
      "Language at the level the work's TEER calls for",
      [
        clb7Rule,
        allOf<FederalFacts>(
          "cec.language.teer-2-3-route",
          "CLB/NCLC 5 with a year of TEER 2 or 3 work",
          [clb5Rule, teer23Rule],
          { source: cecProgramSource },
        ),
      ],
      { source: languageTestsSource },
    ),
  ],
  { source: cecProgramSource, reasons: { pass: "Meets every Canadian Experience Class requirement." } },
);

/**
 * The Canadian Experience Class rules (from 2015-01-01), as a rule set. Root
 * `federal.canadian-experience-class` (all of):
 * - `cec.experience.one-year`: 1,560 hours of skilled work in Canada in the 3 years before
 *   `asOf` — authorised, not self-employed, not while a full-time student (TEER 0–3; NOC 2016
 *   0/A/B before 2022-11-16);
 * - `cec.language` (any of): `cec.language.clb7` (CLB/NCLC 7 in every ability, enough for TEER 0
 *   or 1 work), or `cec.language.teer-2-3-route` — `cec.language.clb5` (CLB/NCLC 5 in every
 *   ability) and `cec.experience.teer-2-3` (the year of work is TEER 2 or 3; NOC 2016 skill level B
 *   before 2022-11-16).
 *
 * So a candidate with CLB 7 qualifies with any skilled year, and one with CLB 5 or 6 only with a
 * year of TEER 2/3 work. No education and no settlement funds are required. Not checked (not in
 * the model): the temporary-resident status the work was done under, admissibility, Quebec.
 *
 * @example
 * ```ts
 * import { CANADIAN_EXPERIENCE_CLASS_RULES, extendRuleSet } from "alberta-atp";
 * const strict = extendRuleSet(CANADIAN_EXPERIENCE_CLASS_RULES, { remove: ["cec.language.teer-2-3-route"] });
 * ```
 */
export const CANADIAN_EXPERIENCE_CLASS_RULES: RuleSet<FederalFacts> = {
  id: "federal.canadian-experience-class/2015-01-01",
  from: /* @__PURE__ */ isoDate("2015-01-01"),
  verified: FEDERAL_RULES_VERIFIED,
  rule: canadianExperienceClassRule,
};

/**
 * Assesses a candidate for the Canadian Experience Class (Express Entry) on `options.asOf` (see
 * {@link CANADIAN_EXPERIENCE_CLASS_RULES}). Missing answers give `incomplete` with their input
 * paths, never `ineligible`. `options.asOf` is required (a `TypeError` otherwise).
 *
 * @example
 * ```ts
 * import { assessCanadianExperienceClass, isoDate } from "alberta-atp";
 * const a = assessCanadianExperienceClass(candidate, { asOf: isoDate("2026-01-15") });
 * if (a.status === "incomplete") console.log("Still needed:", a.missing);
 * ```
 */
export function assessCanadianExperienceClass(candidate: Candidate, options: FederalAssessmentOptions): Assessment {
  return runAssessment(CANADIAN_EXPERIENCE_CLASS_PROGRAM, CANADIAN_EXPERIENCE_CLASS_RULES, candidate, options);
}
