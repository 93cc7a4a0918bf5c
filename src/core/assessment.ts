import { resultCycleError, resultTreeArgument } from "./argument.js";
import type { IsoDate } from "./iso-date.js";
import type { Message } from "./message.js";
import type { RuleResult } from "./rule.js";
import { negateVerdict, type Verdict } from "./verdict.js";

/**
 * An assessment's status: the root verdict in words.
 *
 * @example
 * ```ts
 * const s: AssessmentStatus = "incomplete"; // the root rule is unknown
 * ```
 */
export type AssessmentStatus = "eligible" | "ineligible" | "incomplete";

/**
 * A rule left `unknown` by the law or the library's data on the day assessed, not by a missing
 * answer: its id and the reason, which says what is uncertain.
 *
 * @example
 * ```ts
 * const u: UncertainRule = { id: "atp.job.occupation", message: text("Whether 72200 was on the list in 2022 is not known.") };
 * ```
 */
export interface UncertainRule {
  readonly id: string;
  /** What is uncertain, as data. */
  readonly message: Message;
}

/**
 * The short answer read off a result tree: `status`, `eligible`, the failed leaves that decide
 * it and the input paths still needed.
 *
 * @example
 * ```ts
 * const { status, failed, missing }: ResultSummary = summarizeResult(result);
 * ```
 */
export interface ResultSummary {
  readonly status: AssessmentStatus;
  readonly eligible: boolean;
  /** Failed leaves under every part that did not pass, in tree order. Empty when eligible. */
  readonly failed: readonly RuleResult[];
  /** Input paths whose answers could still change the outcome, deduplicated. Empty unless incomplete. */
  readonly missing: readonly string[];
  /**
   * Rules left `unknown` by the law or the data on `asOf` rather than by a missing answer, each
   * with its id and its message (why it is uncertain), in tree order. Empty unless incomplete; an incomplete result has at
   * least one entry here or in `missing`.
   */
  readonly uncertain: readonly UncertainRule[];
}

/**
 * The outcome of assessing a candidate for a program on a date.
 *
 * @example
 * ```ts
 * const a: Assessment = assessAcceleratedTechPathway(candidate, { asOf: isoDate("2026-01-15") });
 * if (a.status === "incomplete") console.log("Still needed:", a.missing);
 * ```
 */
export interface Assessment extends ResultSummary {
  /** The program assessed, e.g. `alberta.accelerated-tech-pathway`. */
  readonly program: string;
  readonly asOf: IsoDate;
  /** The rule set that was applied. */
  readonly ruleSet: { readonly id: string; readonly from: IsoDate; readonly to?: IsoDate };
  /** The whole explained tree. */
  readonly result: RuleResult;
  /**
   * The earliest day on which the rule set and the data tables this program reads were last
   * verified against their official sources. An answer for a later `asOf` applies the rules as
   * they were known on that day, and `caveats` says so.
   */
  readonly verifiedThrough: IsoDate;
  /**
   * Doubts that touch the whole answer, as messages: when `asOf` is after `verifiedThrough`, one
   * naming that day (`assessment.stale`). Usually empty.
   */
  readonly caveats: readonly Message[];
}

const STATUS: Record<Verdict, AssessmentStatus> = {
  pass: "eligible",
  fail: "ineligible",
  unknown: "incomplete",
};

/**
 * Failed leaves that count against the root. `negated` is true under an odd number of `not`s,
 * where a part that fails is good news (no ban found) and is not listed. A failed `not` whose
 * part passed is itself the failure (its reason explains it).
 */
function failedLeaves(node: RuleResult, negated: boolean, into: RuleResult[]): void {
  const effective = negated ? negateVerdict(node.verdict) : node.verdict;
  if (effective === "pass") return;
  const children = node.children ?? [];
  const failsHere = effective === "fail" && node.verdict === "fail";
  if (children.length === 0) {
    if (failsHere) into.push(node);
    return;
  }
  const childNegated = node.combinator === "not" ? !negated : negated;
  const before = into.length;
  // Appended in place rather than flatMapped: a large ineligible tree made one array per node.
  for (const child of children) failedLeaves(child, childNegated, into);
  if (failsHere && into.length === before) into.push(node);
}

function failedLeavesOf(result: RuleResult): RuleResult[] {
  const into: RuleResult[] = [];
  failedLeaves(result, false, into);
  return into;
}

function missingPaths(node: RuleResult, into: Set<string>, uncertain: UncertainRule[], seen: Set<string>): void {
  if (node.verdict !== "unknown") return;
  for (const path of node.missing ?? []) into.add(path);
  if (node.uncertain === true && !seen.has(node.id)) {
    seen.add(node.id);
    uncertain.push({ id: node.id, message: node.message });
  }
  for (const child of node.children ?? []) missingPaths(child, into, uncertain, seen);
}

/**
 * Turns a root result into `{ status, eligible, failed, missing }`: `pass` is eligible, `fail`
 * ineligible, `unknown` incomplete. `failed` lists the failed leaves of every part that did not
 * pass (so an undecided case still shows what already failed); `missing` lists the input paths
 * that left the result undecided.
 *
 * @example
 * ```ts
 * const summary = summarizeResult(rule.evaluate(facts, { asOf: isoDate("2026-01-15") }));
 * summary.status; // "eligible" | "ineligible" | "incomplete"
 * ```
 */
export function summarizeResult(result: RuleResult): ResultSummary {
  if (resultTreeArgument(result, "result")) throw resultCycleError("result");
  return summaryOf(result);
}

/** {@link summarizeResult} of a tree the library built. Internal. */
export function summaryOf(result: RuleResult): ResultSummary {
  const missing = new Set<string>();
  const uncertain: UncertainRule[] = [];
  missingPaths(result, missing, uncertain, new Set());
  return {
    status: STATUS[result.verdict],
    eligible: result.verdict === "pass",
    failed: failedLeavesOf(result),
    missing: [...missing],
    uncertain,
  };
}

/**
 * Every node of a result tree, depth first, parents before children.
 *
 * @example
 * ```ts
 * const ids = [...walkResult(assessment.result)].map((r) => r.id);
 * ```
 */
export function walkResult(result: RuleResult): Generator<RuleResult> {
  // Checked when called, not when first iterated.
  if (resultTreeArgument(result, "result")) throw resultCycleError("result");
  return walkTree(result);
}

function* walkTree(result: RuleResult): Generator<RuleResult> {
  yield result;
  for (const child of result.children ?? []) yield* walkTree(child);
}
