import type * as z from "zod/mini";
import { formatPath, type InputIssue, type IssueCode, type Result } from "../core/input-issue.js";
import { inputValue } from "../core/input-value.js";
import { isMessage, type Message, message } from "../core/message.js";
import type { InputOption } from "../locales/en/input.js";
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

/** The message a refinement of the model attached to its issue (see `iso-date-schema.ts`). */
function refinementMessage(params: unknown): Message | undefined {
  const attached = (params as { message?: unknown } | undefined)?.message;
  return isMessage(attached) ? attached : undefined;
}

/** The message of a `regex` check of the model, by its pattern. */
const FORMAT_MESSAGES: Readonly<Record<string, Message>> = {
  "/^[A-Z]{2}$/": message("input.country-code", {}),
  "/^\\d{2,6}$/": message("input.naics-code", {}),
};

/**
 * Turns one zod issue into the library's {@link InputIssue}s (one per unrecognized key), each
 * with a message built from the zod issue's data (the type expected, the value received, the
 * bound, the options).
 * @internal
 */
export function toInputIssues(issue: z.core.$ZodIssue): InputIssue[] {
  const path = formatPath(issue.path);
  const at = (extra: PropertyKey) => formatPath([...issue.path, extra]);
  const input = (issue as { input?: unknown }).input;
  const received = inputValue(input);
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        path: at(key),
        code: "unrecognized_key",
        message: message("input.unrecognized-key", { key, parent: path }),
      }));
    case "invalid_type": {
      if (input === undefined) return [{ path, code: "required", message: message("input.required", { path }) }];
      return [
        { path, code: "invalid_type", message: message("input.invalid-type", { expected: issue.expected, received }) },
      ];
    }
    case "invalid_value":
      if (input === undefined) return [{ path, code: "required", message: message("input.required", { path }) }];
      return [
        {
          path,
          code: "invalid_option",
          message: message("input.invalid-option", { options: issue.values.map(option), received }),
        },
      ];
    case "too_small":
      return [
        {
          path,
          code: "too_small",
          message: message("input.too-small", {
            minimum: Number(issue.minimum),
            inclusive: issue.inclusive !== false,
            origin: issue.origin,
            received,
          }),
        },
      ];
    case "too_big":
      return [
        {
          path,
          code: "too_big",
          message: message("input.too-big", {
            maximum: Number(issue.maximum),
            inclusive: issue.inclusive !== false,
            origin: issue.origin,
            received,
          }),
        },
      ];
    case "invalid_format": {
      const pattern = (issue as { pattern?: unknown }).pattern;
      const known = typeof pattern === "string" ? FORMAT_MESSAGES[pattern] : undefined;
      return [{ path, code: "invalid_format", message: known ?? message("input.invalid", {}) }];
    }
    case "custom": {
      const code = (issue.params as { code?: unknown } | undefined)?.code;
      return [
        {
          path,
          code: typeof code === "string" ? (code as IssueCode) : "invalid",
          message: refinementMessage(issue.params) ?? message("input.invalid", {}),
        },
      ];
    }
    default:
      return [{ path, code: issue.code, message: message("input.invalid", {}) }];
  }
}

/** An option of a zod enum or literal, as data (a bigint or a symbol written as text). */
function option(value: unknown): InputOption {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value === null
    ? value
    : String(value);
}

/**
 * Validates untrusted input (a parsed JSON body, a form) as a {@link Candidate}. It never
 * throws: it returns `{ ok: true, value }` or `{ ok: false, issues }`, where each issue names
 * the field (`workHistory[2].from`), a stable code (`required`, `invalid_type`,
 * `invalid_option`, `invalid_date`, `invalid_noc`, `date_order`, `conflicting_answers`, `too_small`, `too_big`,
 * `unrecognized_key`, ...) and a message (render it with `renderMessage`). Unknown keys are reported, not dropped. The input is
 * not modified, and the value returned is a new object.
 *
 * @example
 * ```ts
 * const parsed = parseCandidate({ dateOfBirth: "2023-02-29" });
 * if (!parsed.ok) console.log(parsed.issues[0]);
 * // { path: "dateOfBirth", code: "invalid_date", message: { id: "input.date.no-such-day", params: { value: "2023-02-29" } } }
 * // renderMessage(parsed.issues[0].message, en): "2023-02-29 is not a day of the calendar: ..."
 * ```
 */
export function parseCandidate(input: unknown): ParseResult<Candidate> {
  try {
    if (!isPlainObject(input)) {
      return {
        ok: false,
        issues: [
          {
            path: "",
            code: "invalid_type",
            message: message("input.not-a-candidate", { received: inputValue(input) }),
          },
        ],
      };
    }
    const tooLong = listsTooLong(input);
    if (tooLong.length > 0) return { ok: false, issues: tooLong };
    const result = CandidateSchema.safeParse(input, { reportInput: true });
    const issues = result.success ? [] : result.error.issues.flatMap(toInputIssues);
    // The schema's objects accept any object: a Map, a Date or an object with a prototype of its
    // own would lose its entries or lend inherited keys. Each is an issue where the schema did not
    // already report one (a Date where text is expected is "expected text").
    const reported = new Set(issues.map((i) => i.path));
    const notPlain = notPlainObjects(input).filter((i) => !reported.has(i.path));
    if (result.success && notPlain.length === 0) return { ok: true, value: result.data };
    return { ok: false, issues: [...issues, ...notPlain] };
  } catch (error) {
    // A getter that throws or a revoked proxy: report it rather than crash.
    return {
      ok: false,
      issues: [{ path: "", code: "unreadable", message: message("input.unreadable", { error: String(error) }) }],
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
          message: message("input.list-too-long", { maximum: MAX_LIST_ITEMS, count: list.length }),
        });
      }
    }
  };
  check(input, []);
  check(Object.hasOwn(input, "spouse") ? input.spouse : undefined, ["spouse"]);
  return issues;
}

/** How deep the candidate's objects and lists go (its deepest field is two objects and a list down). */
const MAX_DEPTH = 6;

/**
 * The objects within the candidate that are not plain objects (a Map, a Date, a class instance, an
 * object inheriting keys), each an `invalid_type` issue at its path; the candidate itself is
 * checked before. Deeper than any field of the model, the schema reports the unknown field.
 */
function notPlainObjects(input: Record<string, unknown>): InputIssue[] {
  const issues: InputIssue[] = [];
  // One path, pushed and popped as the walk goes (copied only for an issue): parseCandidate runs
  // for every line of a batch.
  const path: (string | number)[] = [];
  const visit = (value: unknown): void => {
    if (typeof value !== "object" || value === null || path.length > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) return;
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        visit(value[i]);
        path.pop();
      }
      return;
    }
    if (!isPlainObject(value)) {
      issues.push({
        path: formatPath(path),
        code: "invalid_type",
        message: message("input.invalid-type", { expected: "plain-object", received: inputValue(value) }),
      });
      return;
    }
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      path.push(key);
      visit(value[key]);
      path.pop();
    }
  };
  visit(input);
  return issues;
}

/**
 * A plain object, as JSON.parse or an object literal makes, in this realm or another (an iframe, a
 * `node:vm` context): not an array, a Date, a Map or a class instance. Its prototype is an
 * `Object.prototype` (the one prototype with no prototype of its own) or none.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null || Object.getPrototypeOf(proto) === null;
}
