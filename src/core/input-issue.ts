import { listArgument } from "./argument.js";
import type { Message } from "./message.js";

/**
 * Every code an {@link InputIssue} can carry, in one union to switch on exhaustively:
 *
 * - the answer's shape (from `parseCandidate`): `required`, `invalid_type`, `invalid_option`,
 *   `too_small`, `too_big`, `invalid_format`, `unrecognized_key`, `invalid_date`, `invalid_noc`,
 *   `date_order`, `unreadable`, `invalid` (a refinement without a code of its own), and zod's
 *   `not_multiple_of`, `invalid_union`, `invalid_key`, `invalid_element`;
 * - the answer on the day assessed: `born_after_as_of`, `tested_after_as_of`, `off_scale`,
 *   `unknown_test`, `not_accepted_on_date`, `no_chart_on_date`, `unknown_noc`, `noc_version_mismatch`, `invalid_value`;
 * - the day itself: `required` or `invalid_date` at path `asOf`, `before_crs`, `before_worker_eoi`
 *   (also at `workerEoiSubmittedOn`, a Worker EOI submitted before it began), `worker_eoi_grid_unknown`;
 * - the command line: `invalid_json`.
 *
 * @example
 * ```ts
 * const explain = (code: IssueCode) => (code === "required" ? "Please answer" : "Please correct");
 * ```
 */
export type IssueCode =
  | "required"
  | "invalid_type"
  | "invalid_option"
  | "too_small"
  | "too_big"
  | "invalid_format"
  | "unrecognized_key"
  | "invalid_date"
  | "invalid_noc"
  | "date_order"
  | "conflicting_answers"
  | "unreadable"
  | "invalid"
  | "not_multiple_of"
  | "invalid_union"
  | "invalid_key"
  | "invalid_element"
  | "born_after_as_of"
  | "tested_after_as_of"
  | "off_scale"
  | "unknown_test"
  | "not_accepted_on_date"
  | "no_chart_on_date"
  | "unknown_noc"
  | "noc_version_mismatch"
  | "invalid_value"
  | "before_crs"
  | "before_worker_eoi"
  | "worker_eoi_grid_unknown"
  | "invalid_json";

/**
 * What a function that never throws for bad input returns: `{ ok: true }` with its answer's
 * fields, or `{ ok: false, issues }` saying field by field what is wrong. `parseCandidate`,
 * `toClb`, `calculateCrs`, `crsFactors`, `crsImprovements`, `scoreAlbertaWorkerEoi` and
 * `atpDrawComparison` all answer in this shape (some add fields to the failure, such as
 * `unknown`).
 *
 * @example
 * ```ts
 * const r: Result<{ value: Candidate }> = parseCandidate(json);
 * if (r.ok) use(r.value);
 * else for (const issue of r.issues) console.log(`${issue.path}: ${renderMessage(issue.message, en)}`);
 * ```
 */
export type Result<T extends object, Failure extends object = object> =
  | ({ readonly ok: true } & T)
  | ({ readonly ok: false; readonly issues: readonly InputIssue[] } & Failure);

/**
 * One problem with input: which field (`workHistory[2].from`), a stable machine code
 * (`invalid_date`, `unrecognized_key`, ...) and a message a person can act on, as data (an id and
 * its parameters): render it with `renderMessage(issue.message, en)` (or `fr`).
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: "dateOfBirth",
 *   code: "invalid_date",
 *   message: message("input.date.no-such-day", { value: "2023-02-29" }),
 * };
 * renderMessage(issue.message, en); // "2023-02-29 is not a day of the calendar: that month has no day 29."
 * ```
 */
export interface InputIssue {
  /** The field, written as a path: `languageTests[0].scores.reading`; `""` for the input as a whole. */
  readonly path: string;
  /** A stable code to switch on. */
  readonly code: IssueCode;
  /** What is wrong and what is expected, as a message: render it with `renderMessage`. */
  readonly message: Message;
}

/**
 * A value given as input, as an issue's message describes it: its kind and, for a scalar, the
 * value itself (a long text cut short). Plain data, so that each locale words it.
 *
 * @example
 * ```ts
 * const received: InputValue = { type: "string", value: "15/01/2026" };
 * const none: InputValue = { type: "undefined" };
 * ```
 */
export type InputValue =
  | { readonly type: "undefined" }
  | { readonly type: "null" }
  | { readonly type: "array" }
  | { readonly type: "string"; readonly value: string }
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "boolean"; readonly value: boolean }
  | { readonly type: "bigint"; readonly value: string }
  /** A `Date`; `year`, its local year, only when it is outside 1 to 9999 (no `YYYY-MM-DD` day). */
  | { readonly type: "date"; readonly valid: boolean; readonly year?: number }
  /** Another object; `tag` is its class as `Object.prototype.toString` names it (`Object`, `Map`). */
  | { readonly type: "object"; readonly tag: string }
  | { readonly type: "symbol" | "function"; readonly value: string };

/**
 * Writes a path of keys and indices the way the library names fields: `workHistory[2].from`.
 * A key that is not a plain name (empty, or with a dot or a space) is written in brackets, quoted.
 *
 * @example
 * ```ts
 * formatPath(["workHistory", 2, "from"]); // "workHistory[2].from"
 * formatPath(["status", "a.b"]); // 'status["a.b"]' (a key that is not a plain name is quoted)
 * formatPath([]); // ""
 * ```
 */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  listArgument(path, "path", "a list of keys");
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (typeof key === "string" && IDENTIFIER.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Keys written bare in a path; any other key (empty, with a dot, a space, ...) is written `["..."]`. */
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
