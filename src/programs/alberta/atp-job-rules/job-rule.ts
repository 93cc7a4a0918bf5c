// The builder of the Accelerated Tech Pathway's job rules: a rule about the one job being checked.

import type { Citation } from "../../../core/citation.js";
import { defineRule } from "../../../core/define-rule.js";
import { message } from "../../../core/message.js";
import type { Rule, RuleOutcome } from "../../../core/rule.js";
import type { AlbertaFacts, AlbertaJob } from "../facts.js";

function noJob(): RuleOutcome {
  return { verdict: "unknown", message: message("atp.job.no-job", {}) };
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
    check: (facts) => (facts.job === undefined ? noJob() : check(facts.job, facts)),
  });
}
