// The builder of the Accelerated Tech Pathway's job rules: a rule about the one job being checked.

import type { Citation } from "../../../core/citation.js";
import { defineRule } from "../../../core/define-rule.js";
import type { Rule, RuleOutcome } from "../../../core/rule.js";
import { RuleSetError } from "../../../core/rule-set-error.js";
import type { AlbertaFacts, AlbertaJob } from "../facts.js";

/**
 * The error for a job rule evaluated where no job is checked: placed outside `atp.job` (the rule
 * the qualifying job tries on each job), it could only answer `unknown` with nothing to ask.
 * Internal.
 */
export function outsideAJob(id: string): RuleSetError {
  return new RuleSetError(
    id,
    `Rule "${id}" checks one job: add it to "atp.job" (addTo), where each job offer and current job is checked.`,
  );
}

/* @__NO_SIDE_EFFECTS__ */
export function jobRule(
  id: string,
  title: string,
  source: Citation,
  check: (job: AlbertaJob, facts: AlbertaFacts) => RuleOutcome,
): Rule<AlbertaFacts> {
  return defineRule<AlbertaFacts>({
    id,
    title,
    source,
    check: (facts) => {
      if (facts.job === undefined) throw outsideAJob(id);
      return check(facts.job, facts);
    },
  });
}
