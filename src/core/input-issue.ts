/**
 * One problem with input: which field (`workHistory[2].from`), a stable machine code
 * (`invalid_date`, `unrecognized_key`, ...) and a sentence a person can act on.
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: "dateOfBirth",
 *   code: "invalid_date",
 *   message: "2023-02-29 is not a day of the calendar: that month has no day 29.",
 * };
 * ```
 */
export interface InputIssue {
  /** The field, written as a path: `languageTests[0].scores.reading`; `""` for the input as a whole. */
  readonly path: string;
  /** A stable code to switch on. */
  readonly code: string;
  /** A plain sentence saying what is wrong and what is expected. */
  readonly message: string;
}

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
