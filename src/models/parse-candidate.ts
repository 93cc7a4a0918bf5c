import type * as z from "zod/mini";
import { formatPath, type InputIssue, type IssueCode, type Result } from "../core/input-issue.js";
import { type Candidate, CandidateSchema } from "./candidate.js";

/**
 * The outcome of {@link parseCandidate}: the validated candidate, or every issue found.
 *
 * @example
 * ```ts
 * const r: ParseResult<Candidate> = parseCandidate({});
 * ```
 */
export type ParseResult<T> = Result<{ readonly value: T }>;

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value instanceof Date) return "a Date object";
  if (typeof value === "object") return `an object of type ${Object.prototype.toString.call(value).slice(8, -1)}`;
  return `${typeof value} ${String(value)}`;
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "a list",
  int: "a whole number",
};

function bound(issue: { minimum?: unknown; maximum?: unknown; inclusive?: boolean; origin?: string }): string {
  const n = issue.minimum ?? issue.maximum;
  const unit = issue.origin === "array" ? " items" : issue.origin === "string" ? " characters" : "";
  return `${String(n)}${unit}`;
}

/**
 * Turns one zod issue into the library's {@link InputIssue}s (one per unrecognized key).
 * @internal
 */
export function toInputIssues(issue: z.core.$ZodIssue): InputIssue[] {
  const path = formatPath(issue.path);
  const at = (extra: PropertyKey) => formatPath([...issue.path, extra]);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: at(key),
        code: "unrecognized_key",
        message: `Unknown field "${key}"${path === "" ? "" : ` in ${path}`}: check its spelling; it is not part of the model.`,
      }));
    case "invalid_type": {
      if (input === undefined) {
        return [{ path, code: "required", message: `${path} is required here.` }];
      }
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      return [{ path, code: "invalid_type", message: `Expected ${expected}, got ${describe(input)}.` }];
    }
    case "invalid_value":
      if (input === undefined) return [{ path, code: "required", message: `${path} is required here.` }];
      return [
        {
          path,
          code: "invalid_option",
          message: `Expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}; got ${describe(input)}.`,
        },
      ];
    case "too_small":
      return [
        {
          path,
          code: "too_small",
          message: `Expected ${issue.inclusive === false ? "more than" : "at least"} ${bound(issue)}; got ${describe(input)}.`,
        },
      ];
    case "too_big":
      return [
        {
          path,
          code: "too_big",
          message: `Expected ${issue.inclusive === false ? "less than" : "at most"} ${bound(issue)}; got ${describe(input)}.`,
        },
      ];
    case "invalid_format":
      return [{ path, code: "invalid_format", message: issue.message }];
    case "custom": {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return [{ path, code: typeof code === "string" ? (code as IssueCode) : "invalid", message: issue.message }];
    }
    default:
      return [{ path, code: issue.code, message: issue.message }];
  }
}

/**
 * Validates untrusted input (a parsed JSON body, a form) as a {@link Candidate}. It never
 * throws: it returns `{ ok: true, value }` or `{ ok: false, issues }`, where each issue names
 * the field (`workHistory[2].from`), a stable code (`required`, `invalid_type`,
 * `invalid_option`, `invalid_date`, `invalid_noc`, `date_order`, `too_small`, `too_big`,
 * `unrecognized_key`, ...) and a sentence. Unknown keys are reported, not dropped. The input is
 * not modified, and the value returned is a new object.
 *
 * @example
 * ```ts
 * const parsed = parseCandidate({ dateOfBirth: "2023-02-29" });
 * if (!parsed.ok) console.log(parsed.issues[0]);
 * // { path: "dateOfBirth", code: "invalid_date", message: "2023-02-29 is not a day of the calendar: ..." }
 * ```
 */
export function parseCandidate(input: unknown): ParseResult<Candidate> {
  try {
    if (!isPlainObject(input)) {
      return {
        ok: false,
        issues: [{ path: "", code: "invalid_type", message: `Expected a candidate object, got ${describe(input)}.` }],
      };
    }
    const tooLong = listsTooLong(input);
    if (tooLong.length > 0) return { ok: false, issues: tooLong };
    const result = CandidateSchema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: result.data };
    return { ok: false, issues: result.error.issues.flatMap(toInputIssues) };
  } catch (error) {
    // A getter that throws or a revoked proxy: report it rather than crash.
    return {
      ok: false,
      issues: [{ path: "", code: "unreadable", message: `The input could not be read: ${String(error)}` }],
    };
  }
}

/** The most items a list of the candidate may hold (a career of 100 jobs is already far beyond real input). */
export const MAX_LIST_ITEMS = 100;

/**
 * Lists longer than {@link MAX_LIST_ITEMS}, checked before the schema runs: validating every item
 * of a huge list would only produce a flood of issues (and can exhaust the stack).
 */
function listsTooLong(input: Record<string, unknown>): InputIssue[] {
  const issues: InputIssue[] = [];
  const check = (owner: unknown, prefix: string[]) => {
    if (typeof owner !== "object" || owner === null) return;
    for (const key of ["education", "languageTests", "workHistory"]) {
      const list: unknown = Object.hasOwn(owner, key) ? (owner as Record<string, unknown>)[key] : undefined;
      if (Array.isArray(list) && list.length > MAX_LIST_ITEMS) {
        issues.push({
          path: formatPath([...prefix, key]),
          code: "too_big",
          message: `Expected at most ${MAX_LIST_ITEMS} items; got ${list.length}.`,
        });
      }
    }
  };
  check(input, []);
  check(Object.hasOwn(input, "spouse") ? input.spouse : undefined, ["spouse"]);
  return issues;
}

/** A plain object, as JSON.parse or an object literal makes: not an array, a Date, a Map or a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
