import type { InputIssue } from "./input-issue.js";
import { inputValue, isoDateProblemMessage } from "./input-value.js";
import { describeIsoDateProblem, InvalidIsoDateError, type IsoDate, toIsoDate } from "./iso-date.js";
import { isIsoDateYear } from "./iso-date-problem.js";
import { type Message, message } from "./message.js";
import { ownRealmDate } from "./own-realm-date.js";

/**
 * Why an `asOf` was rejected: `required` (left out, `undefined` or `null`) or `invalid_date` (not a
 * calendar day written `YYYY-MM-DD`, nor a valid `Date`).
 *
 * @example
 * ```ts
 * const code: AsOfProblemCode = "invalid_date";
 * ```
 */
export type AsOfProblemCode = "required" | "invalid_date";

/**
 * Thrown by every function that takes an `asOf` and does not return `{ ok: false, issues }`, when
 * `asOf` is missing or is not a day: a programmer's error, reported before any rule is read. The
 * message (English, for programmers) starts with `asOf` and quotes what was given; `issue` holds
 * the same problem as data (its `message` renders to the same English words in
 * `alberta-atp/locales/en`, and in French with `fr`). Functions that return issues report that
 * issue, with path `asOf`.
 *
 * It extends {@link InvalidIsoDateError} (a `TypeError`), so code that catches either keeps working.
 *
 * @example
 * ```ts
 * try {
 *   assessAcceleratedTechPathway(candidate, { asOf: "2026-13-01" as IsoDate });
 * } catch (error) {
 *   if (error instanceof InvalidAsOfError) console.log(error.code, error.message);
 *   // "invalid_date" 'asOf must be a calendar day written YYYY-MM-DD or a valid Date; got "2026-13-01": ...'
 *   // renderMessage(error.issue.message, fr): "asOf doit être un jour du calendrier ..."
 * }
 * ```
 */
export class InvalidAsOfError extends InvalidIsoDateError {
  /** `required` or `invalid_date`. */
  readonly code: AsOfProblemCode;
  /** Always `asOf`: the argument at fault, written as an issue path. */
  readonly path = "asOf";
  /** The problem as an issue (path `asOf`), its message as data: render it in any locale. */
  readonly issue: InputIssue;
  constructor(code: AsOfProblemCode, value: unknown, message: string, issue?: InputIssue) {
    super(value, message);
    this.name = "InvalidAsOfError";
    this.code = code;
    this.issue = issue ?? { path: "asOf", code, message: asOfMessage(code, value) };
  }
}

function shown(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "an Invalid Date" : `a Date in the year ${value.getFullYear()}`;
  }
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") {
    return `the ${typeof value} ${String(value)}`;
  }
  return Array.isArray(value) ? "an array" : `a value of type ${typeof value}`;
}

/** The message of an `asOf` problem, as data (the words of {@link asOfProblem}). */
function asOfMessage(code: AsOfProblemCode, value: unknown): Message {
  const received = inputValue(value, Number.POSITIVE_INFINITY);
  if (code === "required") return message("input.as-of.required", { received });
  const problem = typeof value === "string" ? isoDateProblemMessage(value) : undefined;
  return message("input.as-of.invalid", problem === undefined ? { received } : { received, problem });
}

/**
 * The problem with an `asOf`, in the words every function uses, or `undefined` when it is a day:
 * `message` in English for the thrown error, `issue` as data. Internal to the library's entry
 * points; {@link readAsOf} throws it, {@link asOfOrIssue} returns its issue.
 */
export function asOfProblem(
  value: unknown,
): { readonly code: AsOfProblemCode; readonly message: string; readonly issue: InputIssue } | undefined {
  const problem = asOfEnglish(value);
  if (problem === undefined) return undefined;
  return { ...problem, issue: { path: "asOf", code: problem.code, message: asOfMessage(problem.code, value) } };
}

/** The English words of an `asOf` problem (what the `input.as-of.*` messages render to in English). */
function asOfEnglish(value: unknown): { readonly code: AsOfProblemCode; readonly message: string } | undefined {
  if (typeof value === "string") {
    const problem = describeIsoDateProblem(value);
    if (problem === undefined) return undefined;
    return {
      code: "invalid_date",
      message: `asOf must be a calendar day written YYYY-MM-DD or a valid Date; got ${shown(value)}: ${problem}`,
    };
  }
  // A Date is read as its local calendar day, which a day written YYYY-MM-DD must hold (0001 to 9999).
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    if (isIsoDateYear(value.getFullYear())) return undefined;
    return {
      code: "invalid_date",
      message: `asOf must be a calendar day written YYYY-MM-DD or a valid Date; got ${shown(value)}.`,
    };
  }
  if (value === undefined || value === null) {
    return {
      code: "required",
      message: `asOf is required: the day the rules apply on, written YYYY-MM-DD or as a Date (the library never reads the clock); got ${shown(value)}.`,
    };
  }
  return {
    code: "invalid_date",
    message: `asOf must be a calendar day written YYYY-MM-DD or a valid Date; got ${shown(value)}.`,
  };
}

/**
 * Reads an `asOf` argument: the day it names (a `Date` is read as its local calendar day), or an
 * {@link InvalidAsOfError}. The one reader behind every function that takes `asOf`.
 *
 * @example
 * ```ts
 * readAsOf("2026-01-15"); // "2026-01-15"
 * readAsOf(new Date(2026, 0, 15)); // "2026-01-15"
 * readAsOf(undefined); // throws InvalidAsOfError: "asOf is required: ..."
 * ```
 */
export function readAsOf(given: unknown): IsoDate {
  // The common case first, without building a message.
  if (typeof given === "string" && describeIsoDateProblem(given) === undefined) return given as IsoDate;
  const value = ownRealmDate(given);
  const problem = asOfProblem(value);
  if (problem !== undefined) throw new InvalidAsOfError(problem.code, given, problem.message, problem.issue);
  return toIsoDate(value as Date);
}

/**
 * Reads an `asOf` for a function that returns `{ ok: false, issues }`: the day, or the issue (path
 * `asOf`) in the same words {@link readAsOf} throws. Internal.
 */
export function asOfOrIssue(given: unknown): { readonly asOf: IsoDate } | { readonly issue: InputIssue } {
  const value = ownRealmDate(given);
  const problem = asOfProblem(value);
  if (problem !== undefined) return { issue: problem.issue };
  return { asOf: toIsoDate(value as IsoDate | Date) };
}

/**
 * `options` with its `asOf` read by {@link readAsOf} (the same object when `asOf` is already a
 * day). Internal: the functions that take `asOf` inside their options start with it.
 */
export function withAsOfRead<O extends { readonly asOf?: unknown }>(
  options: O | undefined,
): O & { readonly asOf: IsoDate } {
  const asOf = readAsOf(options?.asOf);
  if (options !== undefined && options.asOf === asOf) return options as O & { readonly asOf: IsoDate };
  return { ...(options as O), asOf };
}

/** The last `asOf` a rule's context was found to hold: a tree's nodes all see the same one. */
let ruleAsOfChecked: unknown;

/**
 * Checks the `asOf` of a rule's context, `{ asOf }`: a calendar day written `YYYY-MM-DD` (rules
 * compare days as strings; {@link readAsOf} reads a `Date` first), else an {@link InvalidAsOfError}
 * in the words every entry point uses. Called by every rule's `evaluate`. Internal.
 */
export function checkRuleAsOf(ctx: unknown): void {
  const asOf = typeof ctx === "object" && ctx !== null ? (ctx as { readonly asOf?: unknown }).asOf : undefined;
  if (typeof asOf === "string" && asOf === ruleAsOfChecked) return;
  if (typeof asOf === "string" && describeIsoDateProblem(asOf) === undefined) {
    ruleAsOfChecked = asOf;
    return;
  }
  const problem = asOfProblem(asOf) ?? {
    code: "invalid_date" as const,
    message: `asOf must be a calendar day written YYYY-MM-DD in a rule's context (read a Date with readAsOf first); got ${shown(asOf)}.`,
    issue: undefined,
  };
  throw new InvalidAsOfError(problem.code, asOf, problem.message, problem.issue);
}
