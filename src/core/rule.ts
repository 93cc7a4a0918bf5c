import type { Citation } from "./citation.js";
import type { IsoDate } from "./iso-date.js";
import type { Mutable } from "./mutable.js";
import { negateVerdict, type Verdict } from "./verdict.js";

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
 * `reason` is a sentence a candidate can act on; `missing` lists the input paths whose absence
 * made it `unknown` (`jobOffer.hoursPerWeek`).
 *
 * @example
 * ```ts
 * const r: RuleResult = {
 *   id: "job-offer.full-time", title: "Full-time job offer", verdict: "fail",
 *   reason: "The offer is for 20 hours a week; full-time means at least 30.",
 *   expected: ">= 30", actual: 20,
 * };
 * ```
 */
export interface RuleResult {
  readonly id: string;
  readonly title: string;
  readonly verdict: Verdict;
  readonly reason: string;
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
 * const outcome: RuleOutcome = { verdict: "unknown", reason: "Hours per week not given.", missing: ["jobOffer.hoursPerWeek"] };
 * ```
 */
export interface RuleOutcome {
  readonly verdict: Verdict;
  readonly reason: string;
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
 *     ? { verdict: "unknown", reason: "Age not given.", missing: ["age"] }
 *     : { verdict: age >= 18 ? "pass" : "fail", reason: `Age ${age}; at least 18 is required.` },
 * });
 * ```
 */
export interface Rule<Facts> {
  readonly id: string;
  readonly title: string;
  readonly kind: RuleKind;
  readonly source?: Citation;
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
  readonly pass?: string;
  readonly fail?: string;
  readonly unknown?: string;
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
 *     ? { verdict: "unknown", reason: "No CRS score.", missing: ["expressEntryProfile"] }
 *     : { verdict: crs >= 300 ? "pass" : "fail", reason: `CRS ${crs}; 300 is required.` },
 * };
 * ```
 */
export interface RuleSpec<Facts> {
  readonly id: string;
  readonly title: string;
  readonly source: Citation;
  /** Decides the rule for these facts on `ctx.asOf`; must be pure. */
  check(facts: Facts, ctx: RuleContext): RuleOutcome;
}

function dedupe(paths: Iterable<string>): readonly string[] {
  // The lists are short (input paths of one rule): a scan is much cheaper than a Set there.
  if (!Array.isArray(paths) || paths.length > 32) return [...new Set(paths)];
  const list = paths as readonly string[];
  // Results are read-only, so a list with nothing to remove is shared rather than copied (most
  // leaves name one or two paths): the same paths in the same order either way.
  if (list.length < 2 || (list.length === 2 && list[0] !== list[1])) return list;
  const out: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const path = list[i] as string;
    if (!out.includes(path)) out.push(path);
  }
  return out;
}

/** A result under construction (the same keys, in the same order, as the literal it replaces). */
type MutableResult = Mutable<RuleResult>;

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/**
 * Makes a leaf rule: its result carries the rule's id, title and source plus what `check` says.
 *
 * @example
 * ```ts
 * const fullTime = defineRule<{ hours?: number }>({
 *   id: "job.full-time", title: "Full-time (30 hours a week or more)", source,
 *   check: ({ hours }) => hours === undefined
 *     ? { verdict: "unknown", reason: "Hours per week not given.", missing: ["jobOffer.hoursPerWeek"] }
 *     : { verdict: hours >= 30 ? "pass" : "fail", reason: `${hours} hours a week; at least 30 needed.`, expected: ">= 30", actual: hours },
 * });
 * fullTime.evaluate({ hours: 37.5 }, { asOf: isoDate("2026-01-01") }).verdict; // "pass"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineRule<Facts>(spec: RuleSpec<Facts>): Rule<Facts> {
  return {
    id: spec.id,
    title: spec.title,
    kind: "check",
    source: spec.source,
    evaluate(facts, ctx) {
      const outcome = spec.check(facts, ctx);
      // Built by assignment, not by spreading optional parts: this runs for every leaf of every tree.
      const result: MutableResult = {
        id: spec.id,
        title: spec.title,
        verdict: outcome.verdict,
        reason: outcome.reason,
        source: outcome.source ?? spec.source,
      };
      if (outcome.expected !== undefined) result.expected = outcome.expected;
      if (outcome.actual !== undefined) result.actual = outcome.actual;
      if (outcome.missing !== undefined && outcome.missing.length > 0) result.missing = dedupe(outcome.missing);
      if (outcome.uncertain === true && outcome.verdict === "unknown") result.uncertain = true;
      if (outcome.children !== undefined && outcome.children.length > 0) result.children = outcome.children;
      return result;
    },
  };
}

// The helpers below loop instead of calling map / filter: they run for every node of every tree,
// and in Node 20's V8 the array builtins take a slow path on frozen arrays (rule sets can be frozen).

function evaluateEach<Facts>(rules: ReadonlyArray<Rule<Facts>>, facts: Facts, ctx: RuleContext): RuleResult[] {
  const results: RuleResult[] = [];
  for (let i = 0; i < rules.length; i++) results.push((rules[i] as Rule<Facts>).evaluate(facts, ctx));
  return results;
}

/**
 * Kleene AND (`absorbing` "fail", `otherwise` "pass") or OR ("pass", "fail") of the results'
 * verdicts, as `allVerdicts` / `anyVerdict` give them, without gathering the verdicts in an array.
 */
function combinedVerdict(results: readonly RuleResult[], absorbing: Verdict, otherwise: Verdict): Verdict {
  let verdict = otherwise;
  for (let i = 0; i < results.length; i++) {
    const v = (results[i] as RuleResult).verdict;
    if (v === absorbing) return v;
    if (v === "unknown") verdict = v;
  }
  return verdict;
}

function titles(results: readonly RuleResult[], verdict: Verdict): string {
  let text = "";
  let count = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as RuleResult;
    if (r.verdict === verdict) text = count++ === 0 ? r.title : `${text}; ${r.title}`;
  }
  return text;
}

function missingOf(results: readonly RuleResult[]): readonly string[] {
  // When only one child has paths, its list (deduplicated, which leaves a rule's own list as it
  // is) is the answer: no copy.
  let only: readonly string[] | undefined;
  let paths: string[] | undefined;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as RuleResult;
    const missing = r.missing;
    if (r.verdict !== "unknown" || missing === undefined || missing.length === 0) continue;
    if (only === undefined) {
      only = missing;
      continue;
    }
    if (paths === undefined) {
      paths = [];
      for (let j = 0; j < only.length; j++) {
        const path = only[j] as string;
        if (!paths.includes(path)) paths.push(path);
      }
    }
    for (let j = 0; j < missing.length; j++) {
      const path = missing[j] as string;
      if (!paths.includes(path)) paths.push(path);
    }
  }
  return paths ?? (only === undefined ? EMPTY : dedupe(only));
}

const EMPTY: readonly string[] = /* @__PURE__ */ Object.freeze([]);

function composite(
  combinator: "all" | "any" | "not" | "cases",
  id: string,
  title: string,
  verdict: Verdict,
  reason: string,
  children: RuleResult[],
  source: Citation | undefined,
): RuleResult {
  const result: MutableResult = { id, title, verdict, reason };
  if (source !== undefined) result.source = source;
  if (verdict === "unknown") {
    const missing = missingOf(children);
    if (missing.length > 0) result.missing = missing;
  }
  result.children = children;
  result.combinator = combinator;
  return result;
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
  return {
    id,
    title,
    kind: "all",
    ...optional("source", options?.source),
    ...optional("reasons", options?.reasons),
    children: rules,
    evaluate(facts, ctx) {
      const children = evaluateEach(rules, facts, ctx);
      const verdict = combinedVerdict(children, "fail", "pass");
      const reason =
        verdict === "pass"
          ? (options?.reasons?.pass ?? `All ${children.length} requirements are met.`)
          : verdict === "fail"
            ? (options?.reasons?.fail ?? `Not met: ${titles(children, "fail")}.`)
            : (options?.reasons?.unknown ?? `Undecided until more is known about: ${titles(children, "unknown")}.`);
      return composite("all", id, title, verdict, reason, children, options?.source);
    },
  };
}

/**
 * At least one of the rules must pass. Three-valued: it passes if any part passes, else it is
 * unknown if any part is unknown, else it fails. Every part is evaluated and explained.
 *
 * @example
 * ```ts
 * const federal = anyOf("express-entry", "Eligible for a federal program", [fsw, cec, fst]);
 * federal.evaluate(candidate, { asOf: isoDate("2026-01-15") }).verdict;
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function anyOf<Facts>(
  id: string,
  title: string,
  rules: ReadonlyArray<Rule<Facts>>,
  options?: CombinatorOptions,
): Rule<Facts> {
  return {
    id,
    title,
    kind: "any",
    ...optional("source", options?.source),
    ...optional("reasons", options?.reasons),
    children: rules,
    evaluate(facts, ctx) {
      const children = evaluateEach(rules, facts, ctx);
      const verdict = combinedVerdict(children, "pass", "fail");
      const reason =
        verdict === "pass"
          ? (options?.reasons?.pass ?? `Met through: ${titles(children, "pass")}.`)
          : verdict === "fail"
            ? (options?.reasons?.fail ?? `None of the ${children.length} alternatives is met.`)
            : (options?.reasons?.unknown ??
              `None is met yet; undecided until more is known about: ${titles(children, "unknown")}.`);
      return composite("any", id, title, verdict, reason, children, options?.source);
    },
  };
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
      const child = rule.evaluate(facts, ctx);
      const verdict = negateVerdict(child.verdict);
      const reason =
        (verdict === "pass"
          ? options?.reasons?.pass
          : verdict === "fail"
            ? options?.reasons?.fail
            : options?.reasons?.unknown) ?? child.reason;
      const source = options?.source ?? rule.source ?? child.source;
      return composite("not", id, title, verdict, reason, [child], source);
    },
  };
}

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
  readonly label: string;
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
  readonly unanswered?: { readonly reason: string; readonly missing: readonly string[] };
  /** The reason given when there is no case at all and nothing is unanswered (a `fail`). */
  readonly none: string;
}

/**
 * The rule must pass for at least one case: one job among an offer and the current jobs, say.
 * Each case is a child result (`<id>#<case id>`); the verdict is `pass` if a case passes, else
 * `unknown` if a case is unknown or the input may hold cases it does not show, else `fail`.
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
  cases: (facts: Facts, ctx: RuleContext) => RuleCases<Facts>,
  rule: Rule<Facts>,
  options?: CombinatorOptions,
): Rule<Facts> {
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
      const list = cases(facts, ctx);
      const children: RuleResult[] = [];
      for (const c of list.cases) {
        const inner = rule.evaluate(c.facts, ctx);
        // Built by assignment (same keys, same order as the literal with a spread it replaces).
        const child: MutableResult = {
          id: `${id}#${c.id}`,
          title: c.label,
          verdict: inner.verdict,
          reason: inner.reason,
        };
        if (inner.missing !== undefined) child.missing = inner.missing;
        child.children = [inner];
        child.combinator = "all";
        children.push(child);
      }
      const caseVerdict = combinedVerdict(children, "pass", "fail");
      const verdict: Verdict =
        caseVerdict === "pass" ? "pass" : caseVerdict === "unknown" || list.unanswered ? "unknown" : "fail";
      const reason =
        verdict === "pass"
          ? (options?.reasons?.pass ?? `Met by: ${titles(children, "pass")}.`)
          : verdict === "fail"
            ? (options?.reasons?.fail ??
              (children.length === 0 ? list.none : `No case meets every requirement: ${titles(children, "fail")}.`))
            : (options?.reasons?.unknown ??
              [
                caseVerdict === "unknown" ? `Undecided for: ${titles(children, "unknown")}.` : "",
                list.unanswered?.reason ?? "",
              ]
                .filter((part) => part !== "")
                .join(" "));
      const result = composite("cases", id, title, verdict, reason, children, options?.source) as MutableResult;
      if (verdict !== "unknown" || list.unanswered === undefined) return result;
      // Set on the new result (a fresh object): `missing` keeps its place, or comes last if absent.
      result.missing = dedupe([...(result.missing ?? []), ...list.unanswered.missing]);
      return result;
    },
  };
}

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
