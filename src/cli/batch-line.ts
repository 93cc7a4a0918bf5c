// One line of a batch (`alberta-atp assess --jsonl`): JSON text in, its status and JSON result out.
// Shared by the main thread (batch.ts) and the batch's worker threads (batch-worker.ts), so that a
// line gives the same result byte for byte wherever it is assessed.

import { nodeTexts } from "../core/render.js";
import {
  type Candidate,
  type InputIssue,
  type IsoDate,
  type Locale,
  type Message,
  message,
  parseCandidate,
  renderAssessment,
} from "../index.js";
import { issuesJson, parseJson } from "./io.js";
import { cliLang, type LangName } from "./lang.js";
import { type CliAssessment, PROGRAMS, type ProgramName } from "./programs.js";

/** What every line of a batch is assessed with. */
export interface LineOptions {
  readonly program: ProgramName;
  readonly asOf: IsoDate;
  /** The language of the `title`, `reason` and `text` fields (`--lang`). */
  readonly lang: LangName;
  /** Include the whole assessment in each result line. */
  readonly full: boolean;
}

export type LineStatus = "eligible" | "ineligible" | "incomplete" | "invalid" | "error";

/** The id of an `{"id", "candidate"}` line: a string or a number. */
type LineId = string | number;

/** A line is a candidate, or `{ "id": string | number, "candidate": {...} }` (and nothing else). */
function unwrap(value: unknown): { readonly id?: LineId; readonly input: unknown; readonly issue?: InputIssue } {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("candidate" in value)) {
    return { input: value };
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  // A number too large for a double (1e400) parses as Infinity, which JSON would print as null.
  const validId = typeof id === "string" || (typeof id === "number" && Number.isFinite(id)) ? { id } : {};
  const extra = Object.keys(record).filter((k) => k !== "id" && k !== "candidate");
  if (extra.length > 0) {
    return {
      ...validId,
      input: value,
      issue: {
        path: extra[0] ?? "",
        code: "unrecognized_key",
        message: message("input.cli.line-keys", { keys: extra }),
      },
    };
  }
  if (id !== undefined && !("id" in validId)) {
    return {
      input: record.candidate,
      issue: { path: "id", code: "invalid_type", message: message("input.cli.line-id", {}) },
    };
  }
  return { ...validId, input: record.candidate };
}

/** The compact result of one assessment, its explanations in the language of `options`. */
function resultRecord(
  line: number,
  id: LineId | undefined,
  a: CliAssessment,
  options: LineOptions,
  locale: Locale,
): Record<string, unknown> {
  // The failed rules' titles and reasons only, as renderAssessment words them: their subtrees are
  // not printed here, so they are not rendered.
  const texts = nodeTexts(a.failed, locale);
  // Built key by key (this order), not with conditional spreads: it runs for every line of a batch.
  const record: Record<string, unknown> = { line };
  if (id !== undefined) record.id = id;
  record.status = a.status;
  record.program = a.program;
  record.asOf = a.asOf;
  // A rule that failed for both the job offer and the current job is listed once, as in the text output.
  const failed = new Map<string, { id: string; title: string; reason: string; message: Message }>();
  for (const r of a.failed) {
    const reason = texts.text(r.message);
    const key = `${r.id}\n${reason}`;
    // A later duplicate replaces the earlier one's value but keeps its place, as Map does.
    failed.set(key, { id: r.id, title: texts.title(r), reason, message: r.message });
  }
  record.failed = [...failed.values()];
  record.missing = a.missing;
  // The rules the law on that day leaves open: only when there are some (an incomplete line names
  // at least a missing answer or one of these).
  if (a.uncertain.length > 0) {
    record.uncertain = a.uncertain.map((u) => ({ id: u.id, message: u.message, text: texts.text(u.message) }));
  }
  if (a.crs !== undefined) record.crs = a.crs.total;
  if (options.full) record.assessment = renderAssessment(a, locale);
  return record;
}

/** Evaluates one line into its status and the JSON record to write. Never throws. */
export function processLine(
  text: string,
  line: number,
  options: LineOptions,
): { readonly status: LineStatus; readonly record: Record<string, unknown> } {
  const json = parseJson(text);
  const lang = cliLang(options.lang);
  if (!json.ok) {
    return {
      status: "invalid",
      record: {
        line,
        status: "invalid",
        issues: issuesJson([{ path: "", code: "invalid_json", message: json.message }], lang),
      },
    };
  }
  const { id, input, issue } = unwrap(json.value);
  const withId = id !== undefined ? { id } : {};
  if (issue !== undefined)
    return { status: "invalid", record: { line, ...withId, status: "invalid", issues: issuesJson([issue], lang) } };
  const parsed = parseCandidate(input);
  if (!parsed.ok) {
    return {
      status: "invalid",
      record: { line, ...withId, status: "invalid", issues: issuesJson(parsed.issues, lang) },
    };
  }
  try {
    const candidate: Candidate = parsed.value;
    const assessment = PROGRAMS[options.program].assess(candidate, { asOf: options.asOf });
    return { status: assessment.status, record: resultRecord(line, id, assessment, options, lang.locale) };
  } catch (error) {
    // A bug in the library, not a problem with the line: reported, counted, and the batch goes on.
    const message = error instanceof Error ? error.message : String(error);
    return { status: "error", record: { line, ...withId, status: "error", message: `Internal error: ${message}` } };
  }
}

/** The result line of one input line, newline included. */
export function resultLine(
  text: string,
  line: number,
  options: LineOptions,
): { readonly status: LineStatus; readonly json: string } {
  const { status, record } = processLine(text, line, options);
  return { status, json: `${JSON.stringify(record)}\n` };
}

/** Lines sent to a worker thread at once. */
export interface BatchChunk {
  /** The chunk's position in the input: results are written in this order. */
  readonly seq: number;
  /** The input line number of each text. */
  readonly numbers: readonly number[];
  readonly texts: readonly string[];
}

/** What a worker thread sends back for a chunk: each line's status and all the result lines. */
export interface BatchChunkResult {
  readonly seq: number;
  readonly statuses: readonly LineStatus[];
  /** The result lines of the chunk, in order, each ended by a newline. */
  readonly output: string;
}

/** Assesses a chunk. Never throws (each line's failure is its own result). */
export function processChunk(chunk: BatchChunk, options: LineOptions): BatchChunkResult {
  const statuses: LineStatus[] = [];
  let output = "";
  chunk.texts.forEach((text, i) => {
    const { status, json } = resultLine(text, chunk.numbers[i] ?? 0, options);
    statuses.push(status);
    output += json;
  });
  return { seq: chunk.seq, statuses, output };
}
