// A rule that must pass for at least one case of the facts (one job among several, say).

import { asMessage } from "./as-message.js";
import { checkRuleAsOf } from "./as-of.js";
import { describedValue } from "./input-value.js";
import { type Message, message } from "./message.js";
import type { CombinatorOptions, Rule, RuleContext, RuleResult } from "./rule.js";
import { checkIdAndTitle, checkRule } from "./rule-checks.js";
import { combinedVerdict, composite, dedupe, idsWith, type MutableResult, optional } from "./rule-results.js";
import { RuleSetError } from "./rule-set-error.js";
import { ruleThrew } from "./rule-threw.js";
import type { Verdict } from "./verdict.js";

/**
 * One case {@link anyCase} evaluates its rule on: a label for people and the facts of that case.
 *
 * @example
 * ```ts
 * const c: RuleCase<Facts> = { id: "job-offer", label: "Job offer (jobOffer)", facts: { ...facts, job: offer } };
 * ```
 */
export interface RuleCase<Facts> {
  /** Short stable id of the case, appended to the rule id in the result (`atp.qualifying-job#job-offer`). */
  readonly id: string;
  /** The case's name for people, as data or as plain text: the title of its result. */
  readonly label: Message | string;
  readonly facts: Facts;
}

/**
 * What the `cases` function of {@link anyCase} returns: the cases to try, and whether other cases
 * may exist that the input does not show (an unanswered question), which keeps a result with no
 * passing case `unknown` instead of `fail`.
 *
 * @example
 * ```ts
 * const list: RuleCases<Facts> = {
 *   cases: [],
 *   unanswered: { reason: "Job offer not answered.", missing: ["jobOffer"] },
 *   none: "No Alberta job offer and no current job in Alberta.",
 * };
 * ```
 */
export interface RuleCases<Facts> {
  readonly cases: ReadonlyArray<RuleCase<Facts>>;
  /** Set when the input leaves out facts that could add a case. */
  readonly unanswered?: { readonly reason: Message | string; readonly missing: readonly string[] };
  /** The reason given when there is no case at all and nothing is unanswered (a `fail`). */
  readonly none: Message | string;
}

/**
 * The rule must pass for at least one case: one job among an offer and the current jobs, say.
 * Each case is a child result (`<id>#<case id>`); the verdict is `pass` if a case passes, else
 * `unknown` if a case is unknown or the input may hold cases it does not show, else `fail`.
 * `cases` gets the facts, the context and the rule tried on each case as the rule set holds it
 * (composed with `extendRuleSet`, it may differ from the one given here): a cases function that
 * leaves out a case no job could pass must read that rule, not assume it.
 *
 * @example
 * ```ts
 * const someQualifyingJob = anyCase("atp.qualifying-job", "A qualifying Alberta job",
 *   (facts) => ({ cases: jobsOf(facts).map((job) => ({ id: job.id, label: job.label, facts: { ...facts, job } })),
 *                 none: "No Alberta job offer and no current job in Alberta." }),
 *   jobRules);
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function anyCase<Facts>(
  id: string,
  title: string,
  cases: (facts: Facts, ctx: RuleContext, rule: Rule<Facts>) => RuleCases<Facts>,
  rule: Rule<Facts>,
  options?: CombinatorOptions,
): Rule<Facts> {
  checkIdAndTitle("anyCase", id, title);
  if (typeof cases !== "function") {
    throw new RuleSetError(id, `Rule "${id}" needs a function giving its cases; got ${describedValue(cases)}.`);
  }
  checkRule(id, rule, `The part of "${id}"`);
  return {
    id,
    title,
    kind: "cases",
    ...optional("source", options?.source),
    ...optional("reasons", options?.reasons),
    children: [rule],
    withChildren(children) {
      const [only] = children;
      if (only === undefined || children.length !== 1) {
        throw new RuleSetError(id, `Rule "${id}" evaluates one rule per case and needs exactly one part.`);
      }
      return anyCase(id, title, cases, only, options);
    },
    evaluate(facts, ctx) {
      checkRuleAsOf(ctx);
      let list: RuleCases<Facts>;
      try {
        list = cases(facts, ctx, rule);
      } catch (error) {
        throw ruleThrew(id, error);
      }
      if (!Array.isArray((list as Partial<RuleCases<Facts>> | null | undefined)?.cases)) {
        throw new RuleSetError(
          id,
          `Rule "${id}"'s cases function must return { cases: [...], unanswered?, none }; got ${describedValue(list)}.`,
        );
      }
      const children: RuleResult[] = [];
      for (const c of list.cases) {
        if (typeof c !== "object" || c === null || typeof c.id !== "string" || !("facts" in c)) {
          throw new RuleSetError(
            id,
            `Rule "${id}"'s cases must each be { id, label, facts }; got ${describedValue(c)}.`,
          );
        }
        const inner = rule.evaluate(c.facts, ctx);
        // Built by assignment (same keys, same order as the literal with a spread it replaces).
        // The title is the label when it is plain text, else the case's id; rendering writes the
        // label in the locale.
        const child: MutableResult = {
          id: `${id}#${c.id}`,
          title: typeof c.label === "string" ? c.label : c.id,
          verdict: inner.verdict,
          message: inner.message,
          label: asMessage(c.label),
        };
        if (inner.missing !== undefined) child.missing = inner.missing;
        child.children = [inner];
        child.combinator = "all";
        children.push(child);
      }
      const caseVerdict = combinedVerdict(children, "pass", "fail");
      const verdict: Verdict =
        caseVerdict === "pass" ? "pass" : caseVerdict === "unknown" || list.unanswered ? "unknown" : "fail";
      const custom = options?.reasons?.[verdict];
      const explanation: Message =
        custom !== undefined
          ? asMessage(custom)
          : verdict === "pass"
            ? message("rule.cases.pass", { parts: idsWith(children, "pass") })
            : verdict === "fail"
              ? children.length === 0
                ? asMessage(list.none)
                : message("rule.cases.fail", { parts: idsWith(children, "fail") })
              : message("rule.cases.unknown", {
                  parts: caseVerdict === "unknown" ? idsWith(children, "unknown") : [],
                  ...(list.unanswered === undefined ? {} : { unanswered: asMessage(list.unanswered.reason) }),
                });
      const result = composite("cases", id, title, verdict, explanation, children, options?.source) as MutableResult;
      if (verdict !== "unknown" || list.unanswered === undefined) return result;
      // Set on the new result (a fresh object): `missing` keeps its place, or comes last if absent.
      result.missing = dedupe([...(result.missing ?? []), ...list.unanswered.missing]);
      return result;
    },
  };
}
