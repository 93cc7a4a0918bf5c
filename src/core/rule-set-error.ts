/**
 * Thrown when a rule or rule set is built wrongly (an id to replace or remove that is not in it, a
 * duplicate id, a rule without a `check`, a part that is not a rule, an unknown change key, a
 * `ruleSet` option that is not a rule set), when a rule's `check` returns something other than
 * an outcome (a verdict other than `pass`, `fail` or `unknown`), or when a rule's `check` (or an
 * `anyCase`'s cases function) throws — most often a rule set evaluated on another program's facts,
 * such as a federal rule set passed to an Alberta assessment; the error it threw is the `cause`.
 * A programming error, found when the rule set is built or when the rule is evaluated; never
 * caused by input.
 *
 * @example
 * ```ts
 * try { extendRuleSet(base, { remove: ["no-such-rule"] }); }
 * catch (e) { if (e instanceof RuleSetError) console.log(e.ruleId); }
 * ```
 */
export class RuleSetError extends Error {
  readonly ruleId: string;
  constructor(ruleId: string, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.name = "RuleSetError";
    this.ruleId = ruleId;
  }
}
