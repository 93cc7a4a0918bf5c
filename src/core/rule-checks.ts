// The checks that make a wrongly built rule, rule set or rule outcome a RuleSetError naming the rule,
// rather than a TypeError deep in an assessment or, worse, a verdict nobody wrote. Internal: the
// rule builders, the combinators, extendRuleSet and the assessments call them.

import { describedValue } from "./input-value.js";
import { describeIsoDateProblem } from "./iso-date.js";
import { isMessage } from "./message.js";
import { RuleSetError } from "./rule-set-error.js";

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A rule's id (a non-empty string) and title (a string), as a builder receives them. */
export function checkIdAndTitle(builder: string, id: unknown, title: unknown): string {
  if (typeof id !== "string" || id === "") {
    throw new RuleSetError(
      typeof id === "string" ? id : "",
      `${builder} needs a rule id, a non-empty string; got ${describedValue(id)}.`,
    );
  }
  if (typeof title !== "string") {
    throw new RuleSetError(id, `Rule "${id}" needs a title, a string; got ${describedValue(title)}.`);
  }
  return id;
}

/** A rule as built by defineRule, the combinators or anyCase: an id and an `evaluate` function. */
export function checkRule(owner: string, rule: unknown, where: string): void {
  if (!isObject(rule) || typeof rule.id !== "string" || typeof rule.evaluate !== "function") {
    throw new RuleSetError(
      owner,
      `${where} must be a rule (built with defineRule, allOf, anyOf, not or anyCase); got ${describedValue(rule)}.`,
    );
  }
}

/** A list of rules, each checked with {@link checkRule}. */
export function checkRules(owner: string, rules: unknown, where: string): void {
  if (!Array.isArray(rules)) {
    throw new RuleSetError(owner, `${where} must be a list of rules; got ${describedValue(rules)}.`);
  }
  const ids = new Set<string>();
  rules.forEach((rule, i) => {
    checkRule(owner, rule, `${where}[${i}]`);
    const id = (rule as { readonly id: string }).id;
    if (ids.has(id)) {
      throw new RuleSetError(id, `${where}[${i}] has the id "${id}" of another part; ids must be unique.`);
    }
    ids.add(id);
  });
}

/** A day a rule or rule set may give (its `verified`, a rule set's `to`): a calendar day when given. */
export function checkOptionalDay(owner: string, verified: unknown, where: string): void {
  if (verified === undefined) return;
  const problem = describeIsoDateProblem(verified);
  if (problem !== undefined) throw new RuleSetError(owner, `${where}: ${problem}`);
}

/**
 * What a leaf rule's `check` returned: an outcome whose verdict is `pass`, `fail` or `unknown`
 * and whose message is a message. Anything else would be read as some verdict nobody wrote.
 */
export function checkOutcome(id: string, outcome: unknown): void {
  if (!isObject(outcome)) {
    throw new RuleSetError(
      id,
      `Rule "${id}" returned ${describedValue(outcome)}; its check must return an outcome object.`,
    );
  }
  const verdict = outcome.verdict;
  if (verdict !== "pass" && verdict !== "fail" && verdict !== "unknown") {
    throw new RuleSetError(
      id,
      `Rule "${id}" returned the verdict ${describedValue(verdict)}; a verdict is "pass", "fail" or "unknown".`,
    );
  }
  const message = outcome.message;
  if (!isMessage(message)) {
    throw new RuleSetError(
      id,
      `Rule "${id}" returned ${describedValue(message)} as its message; a message is built with message() or text().`,
    );
  }
  const missing = outcome.missing;
  if (missing !== undefined && !isListOfPaths(missing)) {
    throw new RuleSetError(
      id,
      `Rule "${id}" returned ${describedValue(missing)} as its missing answers; they are a list of input paths (strings).`,
    );
  }
}

/** A list of strings (a loop: Node 20's V8 is slow on array builtins over frozen arrays). */
function isListOfPaths(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== "string") return false;
  return true;
}

/** A rule set passed in an assessment's `ruleSet` option: an id, a first day and a root rule. */
export function checkRuleSet(option: string, ruleSet: unknown): void {
  if (!isObject(ruleSet) || typeof ruleSet.id !== "string") {
    throw new RuleSetError("", `${option} must be a rule set ({ id, from, rule }); got ${describedValue(ruleSet)}.`);
  }
  checkRule(ruleSet.id, ruleSet.rule, `${option}.rule`);
  const problem = describeIsoDateProblem(ruleSet.from);
  if (problem !== undefined) throw new RuleSetError(ruleSet.id, `${option}.from: ${problem}`);
  checkOptionalDay(ruleSet.id, ruleSet.to, `${option}.to`);
  checkOptionalDay(ruleSet.id, ruleSet.verified, `${option}.verified`);
}
