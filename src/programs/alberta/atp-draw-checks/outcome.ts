// The outcome of one draw check and how outcomes combine: three-valued, a fail wins, then an unknown.

import { notAnswered } from "../../../core/define-rule.js";
import { type Message, message } from "../../../core/message.js";
import type { Verdict } from "../../../core/verdict.js";
import type { DrawUnanswered, QuotedIssue } from "../../../locales/en/steps.js";

export type Outcome = {
  readonly verdict: Verdict;
  readonly message: Message;
  readonly missing?: readonly string[];
  readonly uncertain?: boolean;
};

export const pass = (m: Message): Outcome => ({ verdict: "pass", message: m });
export const fail = (m: Message): Outcome => ({ verdict: "fail", message: m });
export const unanswered = (answer: DrawUnanswered, missing: readonly string[]): Outcome =>
  notAnswered(message("draw.check.not-answered", { answer }), missing);

/** Outcomes said one after the other (one alone is itself). */
function joined(outcomes: readonly Outcome[]): Message {
  return outcomes.length === 1
    ? (outcomes[0] as Outcome).message
    : message("draw.check.all", { parts: outcomes.map((o) => o.message) });
}

/** Several outcomes that must all pass: a fail wins, then an unknown (with every missing answer). */
export function allOf(outcomes: readonly Outcome[]): Outcome {
  const failed = outcomes.filter((o) => o.verdict === "fail");
  if (failed.length > 0) return fail(joined(failed));
  const open = outcomes.filter((o) => o.verdict === "unknown");
  if (open.length > 0) {
    const decided = notAnswered(
      joined(open),
      open.flatMap((o) => o.missing ?? []),
    );
    return open.some((o) => o.uncertain === true) ? { ...decided, uncertain: true } : decided;
  }
  return pass(joined(outcomes));
}

/**
 * An input problem as a draw check quotes it: its path and its text (a `text` message until input
 * issues carry messages of their own).
 */
export function quoted(issues: readonly { readonly path: string; readonly message: Message }[]): QuotedIssue[] {
  return issues.map((i) => ({ path: i.path, message: i.message }));
}
