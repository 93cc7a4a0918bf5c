import { argumentError, listArgument } from "./argument.js";
import { checkRuleAsOf } from "./as-of.js";
import { describedValue } from "./input-value.js";
import { isMessage, type Message, text } from "./message.js";
import type { Rule, RuleOutcome, RuleSpec } from "./rule.js";
import { checkIdAndTitle, checkOptionalDay, checkOutcome } from "./rule-checks.js";
import { dedupe, type MutableResult } from "./rule-results.js";
import { RuleSetError } from "./rule-set-error.js";
import { ruleThrew } from "./rule-threw.js";

/**
 * Makes a leaf rule: its result carries the rule's id, title and source plus what `check` says.
 *
 * @example
 * ```ts
 * const fullTime = defineRule<{ hours?: number }>({
 *   id: "job.full-time", title: "Full-time (30 hours a week or more)", source,
 *   check: ({ hours }) => hours === undefined
 *     ? { verdict: "unknown", message: text("Hours per week not given."), missing: ["jobOffer.hoursPerWeek"] }
 *     : { verdict: hours >= 30 ? "pass" : "fail", message: text(`${hours} hours a week; at least 30 needed.`), expected: ">= 30", actual: hours },
 * });
 * fullTime.evaluate({ hours: 37.5 }, { asOf: isoDate("2026-01-01") }).verdict; // "pass"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineRule<Facts>(spec: RuleSpec<Facts>): Rule<Facts> {
  if (typeof spec !== "object" || spec === null) {
    throw new RuleSetError(
      "",
      `defineRule needs a rule spec ({ id, title, source, check }); got ${describedValue(spec)}.`,
    );
  }
  const id = checkIdAndTitle("defineRule", spec.id, spec.title);
  if (typeof spec.check !== "function") {
    throw new RuleSetError(id, `Rule "${id}" needs a check function; got ${describedValue(spec.check)}.`);
  }
  const cited = spec.source as { title?: unknown; url?: unknown } | null;
  if (
    typeof spec.source !== "object" ||
    cited === null ||
    typeof cited.title !== "string" ||
    typeof cited.url !== "string"
  ) {
    throw new RuleSetError(
      id,
      `Rule "${id}" needs a source, a citation ({ title, url, retrieved }); got ${describedValue(spec.source)}.`,
    );
  }
  checkOptionalDay(id, spec.verified, `Rule "${id}" verified`);
  return {
    id: spec.id,
    title: spec.title,
    kind: "check",
    source: spec.source,
    ...(spec.verified === undefined ? {} : { verified: spec.verified }),
    evaluate(facts, ctx) {
      checkRuleAsOf(ctx);
      let outcome: RuleOutcome;
      try {
        outcome = spec.check(facts, ctx);
      } catch (error) {
        throw ruleThrew(spec.id, error);
      }
      checkOutcome(spec.id, outcome);
      // Built by assignment, not by spreading optional parts: this runs for every leaf of every tree.
      const result: MutableResult = {
        id: spec.id,
        title: spec.title,
        verdict: outcome.verdict,
        message: outcome.message,
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

/**
 * What a leaf rule answers when an input it needs was not answered: `unknown`, with a reason that
 * says what is missing and the input paths in `missing`. Only for a field left out (`undefined`):
 * `null` or `[]` is an answer ("none") and the rule decides on it. The result fits a
 * {@link RuleOutcome} and any finding of the same shape (`verdict`, `reason`, `missing`).
 *
 * @example
 * ```ts
 * const fullTime = defineRule<{ hours?: number }>({
 *   id: "job.full-time", title: "Full-time (30 hours a week or more)", source,
 *   check: ({ hours }) => hours === undefined
 *     ? notAnswered("Hours per week not given.", ["jobOffer.hoursPerWeek"])
 *     : { verdict: hours >= 30 ? "pass" : "fail", message: text(`${hours} hours a week; at least 30 needed.`) },
 * });
 * fullTime.evaluate({}, { asOf: isoDate("2026-01-01") }).missing; // ["jobOffer.hoursPerWeek"]
 * ```
 */
export function notAnswered(reason: Message | string, missing: readonly string[]): NotAnswered {
  if (typeof reason !== "string" && !isMessage(reason)) {
    throw argumentError("reason", "a message (built with message() or text()) or a string", reason);
  }
  listArgument(missing, "missing", "a list of input paths");
  return { verdict: "unknown", message: typeof reason === "string" ? text(reason) : reason, missing };
}

/**
 * The outcome {@link notAnswered} builds: `unknown` for want of the answers in `missing`.
 *
 * @example
 * ```ts
 * const open: NotAnswered = notAnswered("The province of the job was not answered.", ["jobOffer.province"]);
 * ```
 */
export interface NotAnswered extends RuleOutcome {
  readonly verdict: "unknown";
  readonly message: Message;
  readonly missing: readonly string[];
}
