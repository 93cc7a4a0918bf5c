// The combinators of three-valued rules: all of, any of, not.

import { asMessage } from "./as-message.js";
import { checkRuleAsOf } from "./as-of.js";
import { message } from "./message.js";
import type { CombinatorOptions, Rule } from "./rule.js";
import { checkIdAndTitle, checkRule, checkRules } from "./rule-checks.js";
import { combinedVerdict, composite, evaluateEach, idsWith, optional } from "./rule-results.js";
import { negateVerdict } from "./verdict.js";

/**
 * `all` (`all` true) and `any` differ only in the verdict that decides the whole (a fail for all,
 * a pass for any), the verdict when no part has it and none is unknown, and their default reasons.
 */
/* @__NO_SIDE_EFFECTS__ */
function junction<Facts>(
  all: boolean,
  id: string,
  title: string,
  rules: ReadonlyArray<Rule<Facts>>,
  options: CombinatorOptions | undefined,
): Rule<Facts> {
  const kind = all ? "all" : "any";
  checkIdAndTitle(all ? "allOf" : "anyOf", id, title);
  checkRules(id, rules, `The parts of "${id}"`);
  return {
    id,
    title,
    kind,
    ...optional("source", options?.source),
    ...optional("reasons", options?.reasons),
    children: rules,
    evaluate(facts, ctx) {
      checkRuleAsOf(ctx);
      const children = evaluateEach(rules, facts, ctx);
      const verdict = all ? combinedVerdict(children, "fail", "pass") : combinedVerdict(children, "pass", "fail");
      const custom = options?.reasons?.[verdict];
      const explanation =
        custom !== undefined
          ? asMessage(custom)
          : verdict === "pass"
            ? all
              ? message("rule.all.pass", { count: children.length })
              : message("rule.any.pass", { parts: idsWith(children, "pass") })
            : verdict === "fail"
              ? all
                ? message("rule.all.fail", { parts: idsWith(children, "fail") })
                : message("rule.any.fail", { count: children.length })
              : message(all ? "rule.all.unknown" : "rule.any.unknown", { parts: idsWith(children, "unknown") });
      return composite(kind, id, title, verdict, explanation, children, options?.source);
    },
  };
}

/**
 * All of the rules must pass. Three-valued: it fails if any part fails, else it is unknown if
 * any part is unknown, else it passes. Every part is evaluated, so the result explains them all.
 *
 * @example
 * ```ts
 * const eligible = allOf("atp", "Accelerated Tech Pathway", [fullTime, onAtpList]);
 * eligible.evaluate(facts, { asOf: isoDate("2026-01-15") }).verdict;
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function allOf<Facts>(
  id: string,
  title: string,
  rules: ReadonlyArray<Rule<Facts>>,
  options?: CombinatorOptions,
): Rule<Facts> {
  return junction(true, id, title, rules, options);
}

/**
 * At least one of the rules must pass. Three-valued: it passes if any part passes, else it is
 * unknown if any part is unknown, else it fails. Every part is evaluated and explained.
 *
 * @example
 * ```ts
 * const federal = anyOf("express-entry", "Eligible for a federal program", [fsw, cec, fst]);
 * const asOf = isoDate("2026-01-15");
 * federal.evaluate(deriveFederalFacts(candidate, asOf), { asOf }).verdict;
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function anyOf<Facts>(
  id: string,
  title: string,
  rules: ReadonlyArray<Rule<Facts>>,
  options?: CombinatorOptions,
): Rule<Facts> {
  return junction(false, id, title, rules, options);
}

/**
 * The rule must not pass: `pass` and `fail` swap, `unknown` stays `unknown`.
 *
 * @example
 * ```ts
 * const noBan = not("status.no-ban", "No misrepresentation ban in force", hasBan);
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function not<Facts>(id: string, title: string, rule: Rule<Facts>, options?: CombinatorOptions): Rule<Facts> {
  checkIdAndTitle("not", id, title);
  checkRule(id, rule, `The part of "${id}"`);
  return {
    id,
    title,
    kind: "not",
    // Only the not's own source is kept on the rule: without one, results cite the current part's
    // source, so replacing the part (extendRuleSet) changes the citation too.
    ...optional("source", options?.source),
    ...optional("reasons", options?.reasons),
    children: [rule],
    evaluate(facts, ctx) {
      checkRuleAsOf(ctx);
      const child = rule.evaluate(facts, ctx);
      const verdict = negateVerdict(child.verdict);
      const custom = options?.reasons?.[verdict];
      const explanation = custom !== undefined ? asMessage(custom) : child.message;
      const source = options?.source ?? rule.source ?? child.source;
      return composite("not", id, title, verdict, explanation, [child], source);
    },
  };
}
