// What a command runs against: its streams, its environment and the clock, passed in by index.ts.
// Also: reading a candidate from a file or stdin, and the messages about input that is not JSON.

import { readFile } from "node:fs/promises";
import type { Readable, Writable } from "node:stream";
import {
  type Candidate,
  type InputIssue,
  type IsoDate,
  type Message,
  message,
  parseCandidate,
  text,
} from "../index.js";
import { CliError, ExitCode } from "./exit-codes.js";
import type { CliLang } from "./lang.js";

/** A writable stream that may be a terminal. */
export type Output = Writable & { readonly isTTY?: boolean; readonly columns?: number };

/** The world a command runs in. */
export interface CliContext {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly stdin: Readable;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Today's local date: the default `--as-of`. The CLI is the only part of the package that reads the clock. */
  readonly today: () => IsoDate;
}

/** Writes lines (each ended by a newline) in one write. */
export function writeLines(out: Output, lines: readonly string[]): void {
  if (lines.length > 0) out.write(`${lines.join("\n")}\n`);
}

/** How a file argument is named in a command's text, as a message: `-` is standard input. */
export function inputMessage(file: string): Message {
  return file === "-" ? message("cli.standard-input", {}) : text(file);
}

/** Reads a whole text input: a file, or stdin for `-`. Failure to open or read is exit 66. */
export async function readText(file: string, ctx: CliContext, lang: CliLang): Promise<string> {
  if (file === "-") {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of ctx.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    } catch (error) {
      throw new CliError(
        ExitCode.noInput,
        lang.say("cli.cannot-read", { input: inputMessage(file), ...systemProblem(error) }),
      );
    }
    return Buffer.concat(chunks).toString("utf8");
  }
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new CliError(
      ExitCode.noInput,
      lang.say("cli.cannot-open", { input: inputMessage(file), ...systemProblem(error) }),
    );
  }
}

/**
 * A system error as the `cli.cannot-open` / `cli.cannot-read` messages take it: its code (`ENOENT`),
 * which the catalogues put in words, and its own message, for a code they do not know or none.
 */
export function systemProblem(error: unknown): { readonly code: string | null; readonly detail: string } {
  const code = (error as { code?: unknown }).code;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: typeof code === "string" ? code : null, detail };
}

/**
 * A JSON.parse error: the engine's words (English, whatever the language of the command) and,
 * when it gives a position, the line and column, which the messages state in their language.
 */
function jsonError(error: unknown, text: string): { detail: string; line: number | null; column: number | null } {
  // V8 quotes the start of a short input in its message; its line breaks are shown as \n so that
  // the message stays on one line (a terminal line, a JSONL result's message).
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\r?\n/g, "\\n");
  const position = /\(line \d+ column \d+\)/.test(detail) ? null : /at position (\d+)/.exec(detail);
  if (position === null) return { detail, line: null, column: null };
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  return { detail, line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** Parses JSON, or says where it is broken. */
export function parseJson(
  text: string,
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly message: Message } {
  // A UTF-8 byte-order mark, which some editors write, is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === "") return { ok: false, message: message("input.cli.empty", {}) };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    return { ok: false, message: message("input.cli.invalid-json", jsonError(error, body)) };
  }
}

/** Issues' messages as one text in the command's language (`--lang`): what a usage error quotes. */
export function issuesText(issues: readonly InputIssue[], lang: CliLang): string {
  return issues.map((issue) => lang.render(issue.message)).join(" ");
}

/** Issues as the command line's JSON prints them: path, code and the message in the command's language. */
export function issuesJson(
  issues: readonly InputIssue[],
  lang: CliLang,
): { readonly path: string; readonly code: string; readonly message: string }[] {
  return issues.map((issue) => ({ path: issue.path, code: issue.code, message: lang.render(issue.message) }));
}

/** An input issue as one line of text: `  dateOfBirth: message [code]` (French: `dateOfBirth : message`). */
export function formatIssue(issue: InputIssue, lang: CliLang): string {
  const path = issue.path === "" ? lang.say("cli.the-input", {}) : issue.path;
  return `  ${lang.colon(path, lang.render(issue.message))} [${issue.code}]`;
}

/**
 * Reads, parses and validates one candidate. Not JSON or not a valid candidate is exit 65; the
 * error lists every issue with its path (and, for `--json`, carries them as JSON).
 */
export async function readCandidate(file: string, ctx: CliContext, lang: CliLang): Promise<Candidate> {
  const text = await readText(file, ctx, lang);
  const json = parseJson(text);
  if (!json.ok) {
    const issue: InputIssue = { path: "", code: "invalid_json", message: json.message };
    throw new CliError(ExitCode.data, lang.colon(lang.render(inputMessage(file)), lang.render(issue.message)), {
      json: { status: "invalid", file, issues: issuesJson([issue], lang) },
    });
  }
  const parsed = parseCandidate(json.value);
  if (!parsed.ok) {
    const input = inputMessage(file);
    throw new CliError(ExitCode.data, lang.say("cli.invalid-candidate", { input, count: parsed.issues.length }), {
      details: parsed.issues.map((issue) => formatIssue(issue, lang)),
      json: { status: "invalid", file, issues: issuesJson(parsed.issues, lang) },
    });
  }
  return parsed.value;
}
