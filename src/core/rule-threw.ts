// The error a rule's evaluation throws when the code it runs (a check, a cases function) threw.

import { RuleSetError } from "./rule-set-error.js";

/**
 * The error to throw when the `check` of rule `ruleId` threw `error`: a {@link RuleSetError} as it
 * is (a nested rule's, already named), anything else as a RuleSetError naming the rule, with the
 * error as its `cause`.
 */
export function ruleThrew(ruleId: string, error: unknown): RuleSetError {
  if (error instanceof RuleSetError) return error;
  const said = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new RuleSetError(
    ruleId,
    `Rule "${ruleId}" threw while evaluating its facts (${said}). A rule set is evaluated on its own program's facts: an Alberta rule set by the Alberta assessments, a federal one by the federal assessments.`,
    { cause: error },
  );
}
