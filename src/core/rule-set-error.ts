/**
 * Thrown when a rule set is composed wrongly (an id to replace or remove that is not in it, a
 * duplicate id). This is a programming error found when the rule set is built, never on input.
 *
 * @example
 * ```ts
 * try { extendRuleSet(base, { remove: ["no-such-rule"] }); }
 * catch (e) { if (e instanceof RuleSetError) console.log(e.ruleId); }
 * ```
 */
export class RuleSetError extends Error {
  readonly ruleId: string;
  constructor(ruleId: string, message: string) {
    super(message);
    this.name = "RuleSetError";
    this.ruleId = ruleId;
  }
}
