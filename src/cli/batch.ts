// `alberta-atp assess --jsonl <file|->`: one candidate per line in, one JSON result per line out.
//
// Constant memory whatever the size of the input: node:readline emits one line at a time, each is
// parsed, assessed and written before the next, and nothing is kept but the counts. When stdout
// cannot take more (a slow pipe), reading pauses until it drains. A bad line becomes an `invalid`
// result with its issues and line number and never stops the batch. stdout carries only the JSON
// lines; the progress line (only when stderr is a terminal) and the summary go to stderr.

import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { type Candidate, type InputIssue, type IsoDate, parseCandidate } from "../index.js";
import { CliError, ExitCode } from "./exit-codes.js";
import { type CliContext, inputName, parseJson, systemMessage } from "./io.js";
import { type CliAssessment, PROGRAMS, type ProgramName } from "./programs.js";

export interface BatchOptions {
  readonly program: ProgramName;
  readonly asOf: IsoDate;
  /** Include the whole assessment in each result line. */
  readonly full: boolean;
  /** Print memory and throughput figures on stderr at the end. */
  readonly stats: boolean;
}

type LineStatus = "eligible" | "ineligible" | "incomplete" | "invalid" | "error";

/** Lines between two memory samples in `--stats`. */
const SAMPLE_EVERY = 10_000;
/** Characters of result lines gathered before they are written even within one input chunk. */
const FLUSH_AT = 65_536;
/** Milliseconds between two progress updates. */
const PROGRESS_EVERY_MS = 200;

/** The id of an `{"id", "candidate"}` line: a string or a number. */
type LineId = string | number;

/** A line is a candidate, or `{ "id": string | number, "candidate": {...} }` (and nothing else). */
function unwrap(value: unknown): { readonly id?: LineId; readonly input: unknown; readonly issue?: InputIssue } {
  if (typeof value !== "object" || value === null || Array.isArray(value) || !("candidate" in value)) {
    return { input: value };
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  const validId = typeof id === "string" || typeof id === "number" ? { id } : {};
  const extra = Object.keys(record).filter((k) => k !== "id" && k !== "candidate");
  if (extra.length > 0) {
    return {
      ...validId,
      input: value,
      issue: {
        path: extra[0] ?? "",
        code: "unrecognized_key",
        message: `A line with "candidate" may have only "id" and "candidate"; found "${extra.join('", "')}".`,
      },
    };
  }
  if (id !== undefined && !("id" in validId)) {
    return {
      input: record.candidate,
      issue: { path: "id", code: "invalid_type", message: "Expected the id to be text or a number." },
    };
  }
  return { ...validId, input: record.candidate };
}

/** The compact result of one assessment. */
function resultRecord(line: number, id: LineId | undefined, a: CliAssessment, full: boolean): Record<string, unknown> {
  return {
    line,
    ...(id !== undefined ? { id } : {}),
    status: a.status,
    program: a.program,
    asOf: a.asOf,
    // A rule that failed for both the job offer and the current job is listed once, as in the text output.
    failed: [
      ...new Map(
        a.failed.map((r) => [`${r.id}\n${r.reason}`, { id: r.id, title: r.title, reason: r.reason }]),
      ).values(),
    ],
    missing: a.missing,
    ...(a.crs !== undefined ? { crs: a.crs.total } : {}),
    ...(full ? { assessment: a } : {}),
  };
}

/** Evaluates one line into its status and the JSON record to write. Never throws. */
function processLine(
  text: string,
  line: number,
  options: BatchOptions,
): { readonly status: LineStatus; readonly record: Record<string, unknown> } {
  const json = parseJson(text);
  if (!json.ok) {
    return {
      status: "invalid",
      record: { line, status: "invalid", issues: [{ path: "", code: "invalid_json", message: json.message }] },
    };
  }
  const { id, input, issue } = unwrap(json.value);
  const withId = id !== undefined ? { id } : {};
  if (issue !== undefined)
    return { status: "invalid", record: { line, ...withId, status: "invalid", issues: [issue] } };
  const parsed = parseCandidate(input);
  if (!parsed.ok) return { status: "invalid", record: { line, ...withId, status: "invalid", issues: parsed.issues } };
  try {
    const candidate: Candidate = parsed.value;
    const assessment = PROGRAMS[options.program].assess(candidate, { asOf: options.asOf });
    return { status: assessment.status, record: resultRecord(line, id, assessment, options.full) };
  } catch (error) {
    // A bug in the library, not a problem with the line: reported, counted, and the batch goes on.
    const message = error instanceof Error ? error.message : String(error);
    return { status: "error", record: { line, ...withId, status: "error", message: `Internal error: ${message}` } };
  }
}

/** Opens the batch input: a file (exit 66 if it cannot be opened or is a directory) or stdin. */
async function openInput(file: string, ctx: CliContext): Promise<Readable> {
  if (file === "-") return ctx.stdin;
  try {
    const handle = await open(file, "r");
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    }
    return handle.createReadStream({ encoding: "utf8" });
  } catch (error) {
    throw new CliError(ExitCode.noInput, `Cannot open ${file}: ${systemMessage(error)}`);
  }
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Runs a batch; resolves to the exit code once every line has been written. */
export async function runBatch(file: string, options: BatchOptions, ctx: CliContext): Promise<number> {
  const input = await openInput(file, ctx);
  const started = performance.now();
  const counts: Record<LineStatus, number> = { eligible: 0, ineligible: 0, incomplete: 0, invalid: 0, error: 0 };
  const samples: { line: number; rssMb: number; heapUsedMb: number }[] = [];
  const progress = ctx.stderr.isTTY === true;
  let lastProgress = 0;
  let lineNumber = 0;
  let results = 0;

  const showProgress = (): void => {
    const c = counts;
    ctx.stderr.write(
      `\r\u001b[K${results} assessed: ${c.eligible} eligible, ${c.ineligible} ineligible, ` +
        `${c.incomplete} incomplete, ${c.invalid} invalid`,
    );
  };

  await new Promise<void>((resolve, reject) => {
    const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
    let failed = false;
    let waiting = false;
    // Result lines are gathered and written once per input chunk (readline hands over a chunk's
    // lines in one go; setImmediate runs after them), not one write call per line.
    let pending = "";
    let scheduled = false;
    const flush = (): void => {
      scheduled = false;
      if (pending === "") return;
      const text = pending;
      pending = "";
      if (!ctx.stdout.write(text) && !waiting) {
        // stdout is full: stop reading until it drains (the lines of the chunk in hand still arrive).
        waiting = true;
        lines.pause();
        ctx.stdout.once("drain", () => {
          waiting = false;
          lines.resume();
        });
      }
    };
    input.on("error", (error) => {
      failed = true;
      lines.close();
      reject(new CliError(ExitCode.noInput, `Cannot read ${inputName(file)}: ${systemMessage(error)}`));
    });
    lines.on("line", (raw) => {
      if (failed) return;
      lineNumber += 1;
      const text = lineNumber === 1 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
      if (text.trim() === "") return; // blank lines are skipped; line numbers still count them
      const { status, record } = processLine(text, lineNumber, options);
      counts[status] += 1;
      results += 1;
      pending += `${JSON.stringify(record)}\n`;
      if (pending.length >= FLUSH_AT) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
      if (options.stats && results % SAMPLE_EVERY === 0) {
        const memory = process.memoryUsage();
        samples.push({ line: lineNumber, rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed) });
      }
      if (progress) {
        const now = performance.now();
        if (now - lastProgress >= PROGRESS_EVERY_MS) {
          lastProgress = now;
          showProgress();
        }
      }
    });
    lines.on("close", () => {
      flush();
      if (!failed) resolve();
    });
  });

  if (progress) ctx.stderr.write("\r\u001b[K");
  const seconds = (performance.now() - started) / 1000;
  const c = counts;
  const summary =
    `${results} line${results === 1 ? "" : "s"} assessed for the ${PROGRAMS[options.program].name} as of ` +
    `${options.asOf}: ${c.eligible} eligible, ${c.ineligible} ineligible, ${c.incomplete} incomplete, ` +
    `${c.invalid} invalid${c.error > 0 ? `, ${c.error} internal errors` : ""}.`;
  ctx.stderr.write(`${summary}\n`);
  if (options.stats) {
    const stats = {
      lines: lineNumber,
      results,
      counts,
      seconds: Math.round(seconds * 1000) / 1000,
      linesPerSecond: Math.round(results / Math.max(seconds, 1e-9)),
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      samples,
    };
    ctx.stderr.write(`stats: ${JSON.stringify(stats)}\n`);
  }
  return c.error > 0 ? ExitCode.software : ExitCode.ok;
}
