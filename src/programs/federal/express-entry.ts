// Express Entry: eligible for at least one of the three federal programs.

import type { Assessment } from "../../core/assessment.js";
import { anyOf } from "../../core/combinators.js";
import { isoDate } from "../../core/iso-date.js";
import { message } from "../../core/message.js";
import type { RuleSet } from "../../core/rule-set.js";
import type { Candidate } from "../../models/candidate.js";
import { canadianExperienceClassRule } from "./cec.js";
import type { FederalFacts } from "./facts.js";
import { federalSkilledTradesRule } from "./fst.js";
import { federalSkilledWorkerRule } from "./fsw.js";
import { type FederalAssessmentOptions, runAssessment } from "./options.js";
import { FEDERAL_RULES_VERIFIED } from "./verified.js";

/**
 * The program id of the Express Entry assessment.
 *
 * @example
 * ```ts
 * assessExpressEntry(candidate, { asOf }).program; // "federal.express-entry"
 * ```
 */
export const EXPRESS_ENTRY_PROGRAM = "federal.express-entry";

/**
 * The Express Entry eligibility rules: root `federal.express-entry`, any of the Federal Skilled
 * Worker (`federal.skilled-worker`), Canadian Experience Class
 * (`federal.canadian-experience-class`) and Federal Skilled Trades (`federal.skilled-trades`)
 * rules. Every rule id in the tree is unique, so `extendRuleSet` can replace or remove any of them
 * here too.
 *
 * @example
 * ```ts
 * import { deriveFederalFacts, EXPRESS_ENTRY_RULES, isoDate } from "alberta-atp";
 * const asOf = isoDate("2026-01-15");
 * const tree = EXPRESS_ENTRY_RULES.rule.evaluate(deriveFederalFacts(candidate, asOf), { asOf });
 * ```
 */
export const EXPRESS_ENTRY_RULES: RuleSet<FederalFacts> = {
  id: "federal.express-entry/2015-01-01",
  from: /* @__PURE__ */ isoDate("2015-01-01"),
  verified: FEDERAL_RULES_VERIFIED,
  rule: /* @__PURE__ */ anyOf<FederalFacts>(
    EXPRESS_ENTRY_PROGRAM,
    "Eligible for an Express Entry program (FSW, CEC or FST)",
    [federalSkilledWorkerRule, canadianExperienceClassRule, federalSkilledTradesRule],
    {
      reasons: { fail: message("federal.express-entry.fail", {}) },
    },
  ),
};

/**
 * Assesses whether a candidate is eligible for Express Entry on `options.asOf`: eligible if they
 * are eligible for at least one of the Federal Skilled Worker Program, the Canadian Experience
 * Class and the Federal Skilled Trades Program. The result tree holds all three programs with their
 * reasons, so a user sees why each passed, failed or is undecided; `failed` and `missing` list the
 * failed rules and missing answers of the programs that did not pass. `options.asOf` is required
 * (a `TypeError` otherwise).
 *
 * @example
 * ```ts
 * import { assessExpressEntry, isoDate } from "alberta-atp";
 * const a = assessExpressEntry(candidate, { asOf: isoDate("2026-01-15") });
 * for (const program of a.result.children ?? []) console.log(program.id, program.verdict, program.message.id);
 * ```
 */
export function assessExpressEntry(candidate: Candidate, options: FederalAssessmentOptions): Assessment {
  return runAssessment(EXPRESS_ENTRY_PROGRAM, EXPRESS_ENTRY_RULES, candidate, options);
}
