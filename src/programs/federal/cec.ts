// Canadian Experience Class (Express Entry).

import type { Assessment } from "../../core/assessment.js";
import { allOf, anyOf } from "../../core/combinators.js";
import { defineRule } from "../../core/define-rule.js";
import { isoDate } from "../../core/iso-date.js";
import { message } from "../../core/message.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import type { RuleSet } from "../../core/rule-set.js";
import { HOURS_PER_YEAR } from "../../experience/constants.js";
import type { Candidate } from "../../models/candidate.js";
import { NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY } from "../../noc/teer.js";
import { type FederalHours, hoursVerdict } from "./experience.js";
import type { FederalFacts } from "./facts.js";
import { languageOutcome } from "./language.js";
import { type FederalAssessmentOptions, runAssessment } from "./options.js";
import { CEC_LANGUAGE_MINIMUM_HIGH, CEC_LANGUAGE_MINIMUM_LOW } from "./requirements.js";
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

/** The NOC version in force on `asOf` for Express Entry: it names the skill tiers. */
function nocOf(facts: FederalFacts): 2016 | 2021 {
  return facts.asOf < NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY ? 2016 : 2021;
}

function hoursOutcome(hours: FederalHours, work: "skilled" | "teer-2-3", facts: FederalFacts): RuleOutcome {
  const expected = `>= ${HOURS_PER_YEAR} hours`;
  const verdict = hoursVerdict(hours, HOURS_PER_YEAR);
  const noc = nocOf(facts);
  const asOf = facts.asOf;
  if (facts.candidate.workHistory === undefined) {
    return {
      verdict: "unknown",
      message: message("cec.experience.not-answered", { work, noc }),
      expected,
      missing: ["workHistory"],
    };
  }
  if (verdict === "unknown") {
    return {
      verdict,
      message: message("cec.experience.undecided", {
        work,
        noc,
        asOf,
        hours: hours.hours,
        possibleHours: hours.possibleHours,
        missing: hours.missing,
      }),
      expected,
      actual: hours.hours,
      missing: hours.missing,
    };
  }
  return {
    verdict,
    message:
      verdict === "pass"
        ? message("cec.experience.met", { work, noc, asOf, hours: hours.hours })
        : message("cec.experience.not-met", {
            work,
            noc,
            asOf,
            hours: hours.hours,
            possibleHours: hours.possibleHours > hours.hours ? hours.possibleHours : null,
          }),
    expected,
    actual: hours.hours,
  };
}

const experienceRule = defineRule<FederalFacts>({
  id: "cec.experience.one-year",
  title: "One year of skilled work in Canada in the last 3 years",
  source: cecProgramSource,
  check: (facts) => hoursOutcome(facts.experience.cecCanadian, "skilled", facts),
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
        program: "cec",
        minimum,
        which: "either",
        context: tier === "high" ? "cec-high" : "cec-low",
        noc: nocOf(facts),
      }),
  });
}

const clb7Rule = /* @__PURE__ */ cecLanguageRule(
  "cec.language.clb7",
  "CLB/NCLC 7 in every ability (enough for any skilled work)",
  CEC_LANGUAGE_MINIMUM_HIGH,
  "high",
);

const clb5Rule = /* @__PURE__ */ cecLanguageRule(
  "cec.language.clb5",
  "CLB/NCLC 5 in every ability",
  CEC_LANGUAGE_MINIMUM_LOW,
  "low",
);

const teer23Rule = defineRule<FederalFacts>({
  id: "cec.experience.teer-2-3",
  title: "One year of the Canadian work in TEER 2 or 3 occupations",
  source: cecProgramSource,
  check: (facts) => hoursOutcome(facts.experience.cecCanadianTeer2Or3, "teer-2-3", facts),
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
  { source: cecProgramSource, reasons: { pass: message("cec.pass", {}) } },
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
