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
  for (const v of verdicts) {
    if (v === "fail") return "fail";
    if (v === "unknown") result = "unknown";
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
  for (const v of verdicts) {
    if (v === "pass") return "pass";
    if (v === "unknown") result = "unknown";
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
  return verdict === "pass" ? "fail" : verdict === "fail" ? "pass" : "unknown";
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
  return condition === undefined ? "unknown" : condition ? "pass" : "fail";
}
