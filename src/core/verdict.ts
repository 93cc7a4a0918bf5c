import { argumentError } from "./argument.js";

/**
 * The outcome of a rule: `pass`, `fail`, or `unknown` when a fact it needs is missing or
 * uncertain. A missing fact is never a `fail`.
 *
 * @example
 * ```ts
 * const v: Verdict = "unknown";
 * ```
 */
export type Verdict = "pass" | "fail" | "unknown";

/**
 * Three-valued AND (Kleene): `fail` if any is `fail`, else `unknown` if any is `unknown`, else
 * `pass`. An empty list is `pass`.
 *
 * @example
 * ```ts
 * allVerdicts(["pass", "unknown"]); // "unknown"
 * allVerdicts(["unknown", "fail"]); // "fail"
 * ```
 */
export function allVerdicts(verdicts: Iterable<Verdict>): Verdict {
  let result: Verdict = "pass";
  let i = 0;
  for (const v of iterableArgument(verdicts)) {
    if (v === "fail") return "fail";
    if (v === "unknown") result = "unknown";
    else if (v !== "pass") throw notAVerdict(`verdicts[${i}]`, v);
    i++;
  }
  return result;
}

/**
 * Three-valued OR (Kleene): `pass` if any is `pass`, else `unknown` if any is `unknown`, else
 * `fail`. An empty list is `fail`.
 *
 * @example
 * ```ts
 * anyVerdict(["fail", "unknown"]); // "unknown"
 * anyVerdict(["unknown", "pass"]); // "pass"
 * ```
 */
export function anyVerdict(verdicts: Iterable<Verdict>): Verdict {
  let result: Verdict = "fail";
  let i = 0;
  for (const v of iterableArgument(verdicts)) {
    if (v === "pass") return "pass";
    if (v === "unknown") result = "unknown";
    else if (v !== "fail") throw notAVerdict(`verdicts[${i}]`, v);
    i++;
  }
  return result;
}

/**
 * Three-valued NOT: swaps `pass` and `fail`; `unknown` stays `unknown`.
 *
 * @example
 * ```ts
 * negateVerdict("pass"); // "fail"
 * negateVerdict("unknown"); // "unknown"
 * ```
 */
export function negateVerdict(verdict: Verdict): Verdict {
  if (verdict === "pass") return "fail";
  if (verdict === "fail") return "pass";
  if (verdict === "unknown") return "unknown";
  throw notAVerdict("verdict", verdict);
}

/**
 * A verdict from a yes/no answer that may be missing: `true` → `pass`, `false` → `fail`,
 * `undefined` → `unknown`.
 *
 * @example
 * ```ts
 * verdictOf(hoursPerWeek === undefined ? undefined : hoursPerWeek >= 30);
 * ```
 */
export function verdictOf(condition: boolean | undefined): Verdict {
  if (condition === undefined) return "unknown";
  if (condition === true) return "pass";
  if (condition === false) return "fail";
  throw argumentError("condition", "true, false or undefined (not answered)", condition);
}

/** The TypeError for a value given where a verdict is expected. */
function notAVerdict(name: string, value: unknown): TypeError {
  return argumentError(name, '"pass", "fail" or "unknown"', value);
}

/** `value` when it can be iterated, else a TypeError naming `verdicts`. */
function iterableArgument(value: unknown): Iterable<unknown> {
  if (typeof (value as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== "function") {
    throw argumentError("verdicts", "a list of verdicts", value);
  }
  return value as Iterable<unknown>;
}
