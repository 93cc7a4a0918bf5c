// The shapes of a rule and of its explained result: what every rule, combinator and rule set reads.

import type { Citation } from "./citation.js";
import type { IsoDate } from "./iso-date.js";
import type { Message } from "./message.js";
import type { Verdict } from "./verdict.js";

/**
 * A value a rule shows as required or as found: `"CLB 7"`, `30`, `true`.
 *
 * @example
 * ```ts
 * const expected: RuleValue = ">= 30 hours a week";
 * ```
 */
export type RuleValue = string | number | boolean | null;

/**
 * What every rule is evaluated against besides the facts: the date the rules apply on.
 *
 * @example
 * ```ts
 * const ctx: RuleContext = { asOf: isoDate("2026-01-15") };
 * ```
 */
export interface RuleContext {
  readonly asOf: IsoDate;
}

/**
 * The explained outcome of one rule, with the outcomes of its parts in `children`.
 * `message` is the explanation as data (an id and its parameters), which a locale renders as a
 * sentence a candidate can act on (`renderResult`, `renderMessage`); `missing` lists the input
 * paths whose absence made it `unknown` (`jobOffer.hoursPerWeek`).
 *
 * @example
 * ```ts
 * const r: RuleResult = {
 *   id: "job-offer.full-time", title: "Full-time job offer", verdict: "fail",
 *   message: text("The offer is for 20 hours a week; full-time means at least 30."),
 *   expected: ">= 30", actual: 20,
 * };
 * ```
 */
export interface RuleResult {
  readonly id: string;
  readonly title: string;
  readonly verdict: Verdict;
  /** The explanation, as data: render it with a locale (`renderResult` adds its `reason`). */
  readonly message: Message;
  /** A case's label (one job of {@link anyCase}, say), as data: rendered as the node's title. */
  readonly label?: Message;
  readonly source?: Citation;
  readonly expected?: RuleValue;
  readonly actual?: RuleValue;
  readonly missing?: readonly string[];
  /**
   * `true` on an `unknown` that no answer can settle: the law or the library's data on `asOf` is
   * uncertain (a date known only to the month, an occupation list whose history is not known).
   * Collected, with the rule's id and reason, in an assessment's `uncertain`.
   */
  readonly uncertain?: boolean;
  readonly children?: readonly RuleResult[];
  /** Set on the results of {@link allOf}, {@link anyOf}, {@link not} and {@link anyCase}: how `children` combine. */
  readonly combinator?: "all" | "any" | "not" | "cases";
}

/**
 * What a leaf rule's `check` returns; {@link defineRule} adds the rule's id, title and source.
 *
 * @example
 * ```ts
 * const outcome: RuleOutcome = { verdict: "unknown", message: text("Hours per week not given."), missing: ["jobOffer.hoursPerWeek"] };
 * ```
 */
export interface RuleOutcome {
  readonly verdict: Verdict;
  /** The explanation, as data (see {@link Message}); a rule of your own can use `text("...")`. */
  readonly message: Message;
  readonly expected?: RuleValue;
  readonly actual?: RuleValue;
  readonly missing?: readonly string[];
  /**
   * `true` when the outcome is `unknown` because the law or the data on `asOf` is uncertain, not
   * because an answer is missing (see {@link RuleResult.uncertain}).
   */
  readonly uncertain?: boolean;
  /** Results of a nested evaluation (another program's tree, say), shown under this rule. */
  readonly children?: readonly RuleResult[];
  /** A more specific source than the rule's own, for this outcome. */
  readonly source?: Citation;
}

/**
 * How a rule combines its parts: a leaf `check`, the `all` / `any` / `not` combinators, or {@link anyCase}.
 *
 * @example
 * ```ts
 * const leaves = (rule: Rule<unknown>): number =>
 *   rule.kind === "check" ? 1 : (rule.children ?? []).reduce((n, child) => n + leaves(child), 0);
 * ```
 */
export type RuleKind = "check" | "all" | "any" | "not" | "cases";

/**
 * A named, sourced rule over some facts. Build leaves with {@link defineRule} and combine them
 * with {@link allOf}, {@link anyOf} and {@link not}.
 *
 * @example
 * ```ts
 * const adult: Rule<{ age?: number }> = defineRule({
 *   id: "age.adult", title: "At least 18", source,
 *   check: ({ age }) => age === undefined
 *     ? { verdict: "unknown", message: text("Age not given."), missing: ["age"] }
 *     : { verdict: age >= 18 ? "pass" : "fail", message: text(`Age ${age}; at least 18 is required.`) },
 * });
 * ```
 */
export interface Rule<Facts> {
  readonly id: string;
  readonly title: string;
  readonly kind: RuleKind;
  readonly source?: Citation;
  /**
   * The day the data this rule reads, beyond its rule set's own tables, was last verified against
   * its sources. `extendRuleSet` counts it in the extended rule set's `verified` day, so that an
   * assessment with the rule says `verifiedThrough` no later than its data.
   */
  readonly verified?: IsoDate;
  /** The parts of an `all` / `any` / `not` rule, in order. */
  readonly children?: ReadonlyArray<Rule<Facts>>;
  /** The wording a combinator uses for its reason (kept so that composed rule sets keep it). */
  readonly reasons?: CombinatorReasons;
  /** The same combinator over other parts; `extendRuleSet` uses it for combinators it does not know. */
  withChildren?(children: ReadonlyArray<Rule<Facts>>): Rule<Facts>;
  /** Evaluates the rule against the facts on `ctx.asOf`; pure, never mutates `facts`. */
  evaluate(facts: Facts, ctx: RuleContext): RuleResult;
}

/**
 * Custom sentences for a combinator's result, one per verdict.
 *
 * @example
 * ```ts
 * const reasons: CombinatorReasons = { pass: "Eligible for at least one federal program." };
 * ```
 */
export interface CombinatorReasons {
  readonly pass?: Message | string;
  readonly fail?: Message | string;
  readonly unknown?: Message | string;
}

/**
 * Options of {@link allOf}, {@link anyOf} and {@link not}.
 *
 * @example
 * ```ts
 * const options: CombinatorOptions = { source, reasons: { fail: "Not eligible." } };
 * ```
 */
export interface CombinatorOptions {
  readonly source?: Citation;
  readonly reasons?: CombinatorReasons;
}

/**
 * The definition of a leaf rule for {@link defineRule}.
 *
 * @example
 * ```ts
 * const spec: RuleSpec<{ crs?: number }> = {
 *   id: "crs.minimum", title: "CRS of at least 300", source,
 *   check: ({ crs }) => crs === undefined
 *     ? { verdict: "unknown", message: text("No CRS score."), missing: ["expressEntryProfile"] }
 *     : { verdict: crs >= 300 ? "pass" : "fail", message: text(`CRS ${crs}; 300 is required.`) },
 * };
 * ```
 */
export interface RuleSpec<Facts> {
  readonly id: string;
  readonly title: string;
  readonly source: Citation;
  /** The day the data the rule reads was last verified against its sources (see {@link Rule.verified}). */
  readonly verified?: IsoDate;
  /** Decides the rule for these facts on `ctx.asOf`; must be pure. */
  check(facts: Facts, ctx: RuleContext): RuleOutcome;
}
