// Building rule results: the helpers that defineRule and the combinators share. Internal.

import type { Citation } from "./citation.js";
import type { Message } from "./message.js";
import type { Mutable } from "./mutable.js";
import type { Rule, RuleContext, RuleResult } from "./rule.js";
import type { Verdict } from "./verdict.js";

export function dedupe(paths: Iterable<string>): readonly string[] {
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
export type MutableResult = Mutable<RuleResult>;

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

// The helpers below loop instead of calling map / filter: they run for every node of every tree,
// and in Node 20's V8 the array builtins take a slow path on frozen arrays (rule sets can be frozen).

export function evaluateEach<Facts>(rules: ReadonlyArray<Rule<Facts>>, facts: Facts, ctx: RuleContext): RuleResult[] {
  const results: RuleResult[] = [];
  for (let i = 0; i < rules.length; i++) results.push((rules[i] as Rule<Facts>).evaluate(facts, ctx));
  return results;
}

/**
 * Kleene AND (`absorbing` "fail", `otherwise` "pass") or OR ("pass", "fail") of the results'
 * verdicts, as `allVerdicts` / `anyVerdict` give them, without gathering the verdicts in an array.
 */
export function combinedVerdict(results: readonly RuleResult[], absorbing: Verdict, otherwise: Verdict): Verdict {
  let verdict = otherwise;
  for (let i = 0; i < results.length; i++) {
    const v = (results[i] as RuleResult).verdict;
    if (v === absorbing) return v;
    if (v === "unknown") verdict = v;
  }
  return verdict;
}

/** The ids of the results with this verdict, in order: what a combinator's message names. */
export function idsWith(results: readonly RuleResult[], verdict: Verdict): string[] {
  const ids: string[] = [];
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as RuleResult;
    if (r.verdict === verdict) ids.push(r.id);
  }
  return ids;
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

export function composite(
  combinator: "all" | "any" | "not" | "cases",
  id: string,
  title: string,
  verdict: Verdict,
  message: Message,
  children: RuleResult[],
  source: Citation | undefined,
): RuleResult {
  const result: MutableResult = { id, title, verdict, message };
  if (source !== undefined) result.source = source;
  if (verdict === "unknown") {
    const missing = missingOf(children);
    if (missing.length > 0) result.missing = missing;
  }
  result.children = children;
  result.combinator = combinator;
  return result;
}
