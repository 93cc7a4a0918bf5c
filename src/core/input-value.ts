// The data input messages carry: a value as given, and why a value is not a calendar day.
// Internal: the parsers and the functions that return issues build their messages with these.

import { describedInEnglish } from "./described-in-english.js";
import type { InputValue } from "./input-issue.js";
import { isIsoDateYear, problemOf } from "./iso-date-problem.js";
import { type Message, message } from "./message.js";

/** The longest text a message quotes before cutting it short with "…". */
const QUOTED_TEXT = 40;

/**
 * A value as an issue's message describes it. Texts longer than `maxLength` are cut short with
 * "…" (an issue quotes what was given, not a whole document).
 */
export function inputValue(value: unknown, maxLength = QUOTED_TEXT): InputValue {
  switch (typeof value) {
    case "undefined":
      return { type: "undefined" };
    case "string":
      return { type: "string", value: value.length > maxLength ? `${value.slice(0, maxLength)}…` : value };
    case "number":
      return { type: "number", value };
    case "boolean":
      return { type: "boolean", value };
    case "bigint":
      return { type: "bigint", value: String(value) };
    case "symbol":
    case "function":
      return { type: typeof value as "symbol" | "function", value: String(value) };
  }
  if (value === null) return { type: "null" };
  if (Array.isArray(value)) return { type: "array" };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { type: "date", valid: false };
    const year = value.getFullYear();
    return isIsoDateYear(year) ? { type: "date", valid: true } : { type: "date", valid: true, year };
  }
  // A class instance is named by its class (Object.prototype.toString calls it "Object").
  const proto: unknown = Object.getPrototypeOf(value);
  const ctor: unknown =
    proto !== null && proto !== Object.prototype
      ? (proto as { constructor?: { name?: unknown } }).constructor?.name
      : undefined;
  return {
    type: "object",
    tag: typeof ctor === "string" && ctor !== "" ? ctor : Object.prototype.toString.call(value).slice(8, -1),
  };
}

/**
 * A value as the library's English error messages name it (nothing, null, a list, 5, "text", an
 * object of type Map): the words of {@link describedInEnglish} for any value.
 */
export function describedValue(value: unknown): string {
  return describedInEnglish(inputValue(value));
}

/**
 * Why `value` is not a calendar day written `YYYY-MM-DD`, as a message, or `undefined` when it is
 * one: the words of `describeIsoDateProblem`, as data.
 */
export function isoDateProblemMessage(value: unknown): Message | undefined {
  const problem = problemOf(value);
  switch (problem) {
    case undefined:
      return undefined;
    case "not-a-string":
      return message("input.date.not-a-string", { received: inputValue(value) });
    default:
      return message(`input.date.${problem}`, { value: String(value) });
  }
}
