// The one check of a candidate argument before an assessment: an object, or a typed error.

import { describedInEnglish } from "../core/described-in-english.js";
import type { InputIssue } from "../core/input-issue.js";
import { inputValue } from "../core/input-value.js";
import { message } from "../core/message.js";
import type { Candidate } from "./candidate.js";

/**
 * Thrown by the functions that take a candidate and answer with an assessment or facts rather than
 * `{ ok: false, issues }` (the `assess*` functions, `deriveFederalFacts`, `deriveAlbertaFacts`,
 * `fswSelectionPoints`, `nextStepsFor`), when the candidate is not an object: a programmer's
 * error (parse untrusted input with `parseCandidate` first). `issue` holds the same problem as
 * data (`input.not-a-candidate`, path `""`); the English message is its English rendering.
 *
 * @example
 * ```ts
 * try {
 *   assessAcceleratedTechPathway(JSON.parse("null"), { asOf: isoDate("2026-01-15") });
 * } catch (error) {
 *   if (error instanceof InvalidCandidateError) console.log(error.message); // "Expected a candidate object, got null."
 * }
 * ```
 */
export class InvalidCandidateError extends TypeError {
  /** Always `invalid_type`. */
  readonly code = "invalid_type";
  /** Always `""`: the whole candidate, as `parseCandidate` names it. */
  readonly path = "";
  /** The problem as an issue, its message as data: render it in any locale. */
  readonly issue: InputIssue;
  constructor(value: unknown) {
    super(`Expected a candidate object, got ${describedInEnglish(inputValue(value))}.`);
    this.name = "InvalidCandidateError";
    this.issue = notACandidate(value);
  }
}

/** The issue of a candidate argument that is not an object (path `""`). */
function notACandidate(value: unknown): InputIssue {
  return { path: "", code: "invalid_type", message: message("input.not-a-candidate", { received: inputValue(value) }) };
}

/**
 * The issue with a candidate argument that is not an object, or `undefined` when it is one: how
 * the functions that return `{ ok: false, issues }` report it. Internal.
 */
export function candidateArgumentIssue(value: unknown): InputIssue | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? undefined : notACandidate(value);
}

/**
 * The candidate argument of an entry point, once checked to be an object (not `null`, a list or a
 * primitive); else an {@link InvalidCandidateError}. Its fields are the types' business: the
 * schemas check them in `parseCandidate`. Internal.
 */
export function checkedCandidate(value: Candidate): Candidate {
  if (candidateArgumentIssue(value) !== undefined) throw new InvalidCandidateError(value);
  return value;
}
