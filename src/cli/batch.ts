// `alberta-atp assess --jsonl <file|->`: one candidate per line in, one JSON result per line out.
//
// Constant memory whatever the size of the input: node:readline emits one line at a time, each is
// parsed, assessed and written in input order, and nothing is kept but the counts and the chunks in
// flight. When stdout cannot take more (a slow pipe), or the worker threads have enough work queued,
// reading pauses. A bad line becomes an `invalid` result with its issues and line number and never
// stops the batch. stdout carries only the JSON lines; the progress line (only when stderr is a
// terminal) and the summary go to stderr.
//
// Worker threads: with `--workers n` (n >= 1) the lines are sent in chunks to n worker threads
// (dist/cli-batch-worker.js) and the results are written back in input order, byte for byte what
// the main thread would write. With `--workers auto` a batch starts in the main thread and, if it
// goes on past AUTO_POOL_AFTER lines and the machine has more than one core, hands the rest to one
// worker per core: a short batch does not pay for starting threads. The default, `--workers 0`,
// starts none: each thread holds its own copy of the library and its own heap (about 50 MB), so
// threads trade memory for speed, and that is the user's choice to make.

import { open } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { Worker } from "node:worker_threads";
import { type IsoDate, message } from "../index.js";
import { type BatchChunk, type BatchChunkResult, type LineStatus, resultLine } from "./batch-line.js";
import { CliError, ExitCode } from "./exit-codes.js";
import { type CliContext, inputMessage, systemProblem } from "./io.js";
import { type CliLang, cliLang, type LangName } from "./lang.js";
import { type ProgramName, programFreshness } from "./programs.js";

export interface BatchOptions {
  readonly program: ProgramName;
  readonly asOf: IsoDate;
  /** The language of the explanations in each result line (`--lang`). */
  readonly lang: LangName;
  /** Include the whole assessment in each result line. */
  readonly full: boolean;
  /** Print memory and throughput figures on stderr at the end. */
  readonly stats: boolean;
  /** Worker threads: a number (0: none, all in the main thread) or "auto" (see above). */
  readonly workers: number | "auto";
}

/** Lines between two memory samples in `--stats`. */
const SAMPLE_EVERY = 10_000;
/** Characters of result lines gathered before they are written even within one input chunk. */
const FLUSH_AT = 65_536;
/** Milliseconds between two progress updates. */
const PROGRESS_EVERY_MS = 200;
/** With `--workers auto`, the lines assessed in the main thread before worker threads start. */
const AUTO_POOL_AFTER = 1_000;
/** Lines in a chunk sent to a worker thread. */
const CHUNK_LINES = 128;
/** Chunks queued per worker thread before reading pauses. */
const CHUNKS_PER_WORKER = 3;

/** The worker threads `--workers` asks for: 0 for none. */
export function workerCount(workers: number | "auto"): number {
  if (workers !== "auto") return workers;
  const cores = availableParallelism();
  return cores > 1 ? cores : 0;
}

/** Opens the batch input: a file (exit 66 if it cannot be opened or is a directory) or stdin. */
async function openInput(file: string, ctx: CliContext, lang: CliLang): Promise<Readable> {
  if (file === "-") return ctx.stdin;
  try {
    const handle = await open(file, "r");
    if ((await handle.stat()).isDirectory()) {
      await handle.close();
      throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    }
    return handle.createReadStream({ encoding: "utf8" });
  } catch (error) {
    throw new CliError(
      ExitCode.noInput,
      lang.say("cli.cannot-open", { input: inputMessage(file), ...systemProblem(error) }),
    );
  }
}

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Runs a batch; resolves to the exit code once every line has been written. */
export async function runBatch(file: string, options: BatchOptions, ctx: CliContext): Promise<number> {
  const lang = cliLang(options.lang);
  const input = await openInput(file, ctx, lang);
  const started = performance.now();
  const counts: Record<LineStatus, number> = { eligible: 0, ineligible: 0, incomplete: 0, invalid: 0, error: 0 };
  const samples: { line: number; rssMb: number; heapUsedMb: number }[] = [];
  const progress = ctx.stderr.isTTY === true;
  const lineOptions = { program: options.program, asOf: options.asOf, lang: options.lang, full: options.full };
  const poolSize = workerCount(options.workers);
  const poolAfter = options.workers === "auto" ? AUTO_POOL_AFTER : 0;
  const workers: Worker[] = [];
  let lastProgress = 0;
  let lineNumber = 0;
  let results = 0;
  /** Set once the batch is over: the worker threads are then stopped on purpose. */
  let stopping = false;
  const showProgress = (): void => {
    ctx.stderr.write(`\r\u001b[K${lang.say("cli.batch.progress", { results, counts })}`);
  };

  /** Counts written results, samples memory and shows progress. */
  const counted = (statuses: readonly LineStatus[], lastLine: number): void => {
    const before = results;
    for (const status of statuses) counts[status] += 1;
    results += statuses.length;
    if (options.stats && Math.floor(results / SAMPLE_EVERY) > Math.floor(before / SAMPLE_EVERY)) {
      const memory = process.memoryUsage();
      samples.push({ line: lastLine, rssMb: mb(memory.rss), heapUsedMb: mb(memory.heapUsed) });
    }
    if (progress) {
      const now = performance.now();
      if (now - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = now;
        showProgress();
      }
    }
  };

  try {
    await new Promise<void>((resolve, reject) => {
      const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
      let failed = false;
      let closed = false;
      let waitingForStdout = false;
      let waitingForWorkers = false;
      // Result lines are gathered and written once per input chunk (readline hands over a chunk's
      // lines in one go; setImmediate runs after them), not one write call per line.
      let pending = "";
      let scheduled = false;
      // Worker threads: chunks sent, results received but not yet written, the chunk being filled.
      let nextSeq = 0;
      let nextToWrite = 0;
      let inFlight = 0;
      const busy: number[] = [];
      const received = new Map<number, BatchChunkResult>();
      const lastLineOf = new Map<number, number>();
      let chunk: { numbers: number[]; texts: string[] } = { numbers: [], texts: [] };

      const fail = (error: CliError): void => {
        if (failed) return;
        failed = true;
        lines.close();
        reject(error);
      };
      const resumeIfFree = (): void => {
        if (!waitingForStdout && !waitingForWorkers && !closed) lines.resume();
      };
      const write = (): void => {
        if (pending === "") return;
        const text = pending;
        pending = "";
        if (!ctx.stdout.write(text) && !waitingForStdout) {
          // stdout is full: stop reading until it drains (the lines of the chunk in hand still arrive).
          waitingForStdout = true;
          lines.pause();
          ctx.stdout.once("drain", () => {
            waitingForStdout = false;
            resumeIfFree();
          });
        }
      };
      const finishIfDone = (): void => {
        if (closed && inFlight === 0 && chunk.texts.length === 0 && !failed) {
          write();
          resolve();
        }
      };
      const startWorker = (): Worker => {
        const worker = new Worker(new URL("./cli-batch-worker.js", import.meta.url), { workerData: lineOptions });
        const index = workers.length;
        busy.push(0);
        worker.on("message", (result: BatchChunkResult) => {
          busy[index] = (busy[index] ?? 1) - 1;
          inFlight -= 1;
          received.set(result.seq, result);
          // Results are written in input order: a chunk waits for the ones before it.
          for (let ready = received.get(nextToWrite); ready !== undefined; ready = received.get(nextToWrite)) {
            received.delete(nextToWrite);
            nextToWrite += 1;
            pending += ready.output;
            counted(ready.statuses, lastLineOf.get(ready.seq) ?? lineNumber);
            lastLineOf.delete(ready.seq);
            if (pending.length >= FLUSH_AT) write();
          }
          write();
          if (waitingForWorkers && inFlight <= poolSize) {
            waitingForWorkers = false;
            resumeIfFree();
          }
          if (chunk.texts.length > 0 && inFlight < poolSize) send();
          finishIfDone();
        });
        worker.on("error", (error) => {
          fail(new CliError(ExitCode.software, `Internal error in a batch worker thread: ${error.message}`));
        });
        worker.on("exit", (code) => {
          if (!stopping && !failed) {
            fail(new CliError(ExitCode.software, `A batch worker thread stopped (exit code ${code}).`));
          }
        });
        workers.push(worker);
        return worker;
      };
      /** Sends the chunk being filled to the least busy worker thread. */
      const send = (): void => {
        if (workers.length === 0) for (let i = 0; i < poolSize; i++) startWorker();
        let target = 0;
        for (let i = 1; i < busy.length; i++) if ((busy[i] ?? 0) < (busy[target] ?? 0)) target = i;
        const message: BatchChunk = { seq: nextSeq, numbers: chunk.numbers, texts: chunk.texts };
        lastLineOf.set(nextSeq, chunk.numbers[chunk.numbers.length - 1] ?? lineNumber);
        nextSeq += 1;
        chunk = { numbers: [], texts: [] };
        busy[target] = (busy[target] ?? 0) + 1;
        inFlight += 1;
        workers[target]?.postMessage(message);
        if (inFlight >= poolSize * CHUNKS_PER_WORKER && !waitingForWorkers) {
          waitingForWorkers = true;
          lines.pause();
        }
      };
      /** After readline has handed over a burst of lines: write what is ready, feed idle workers. */
      const afterBurst = (): void => {
        scheduled = false;
        write();
        if (chunk.texts.length > 0 && inFlight < poolSize) send();
      };

      input.on("error", (error) => {
        fail(
          new CliError(
            ExitCode.noInput,
            lang.say("cli.cannot-read", { input: inputMessage(file), ...systemProblem(error) }),
          ),
        );
      });
      lines.on("line", (raw) => {
        if (failed) return;
        lineNumber += 1;
        const text = lineNumber === 1 && raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
        if (text.trim() === "") return; // blank lines are skipped; line numbers still count them
        if (poolSize > 0 && (nextSeq > 0 || results >= poolAfter)) {
          chunk.numbers.push(lineNumber);
          chunk.texts.push(text);
          if (chunk.texts.length >= CHUNK_LINES) send();
        } else {
          const { status, json } = resultLine(text, lineNumber, lineOptions);
          pending += json;
          counted([status], lineNumber);
          if (pending.length >= FLUSH_AT) write();
        }
        if (!scheduled) {
          scheduled = true;
          setImmediate(afterBurst);
        }
      });
      lines.on("close", () => {
        closed = true;
        if (failed) return;
        if (chunk.texts.length > 0) send();
        finishIfDone();
      });
    });
  } finally {
    stopping = true;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (progress) ctx.stderr.write("\r\u001b[K");
  const seconds = (performance.now() - started) / 1000;
  const summary = lang.say("cli.batch.summary", {
    results,
    program: message("cli.program", { program: options.program }),
    asOf: options.asOf,
    counts,
  });
  ctx.stderr.write(`${summary}\n`);
  const fresh = programFreshness(options.program, options.asOf);
  ctx.stderr.write(`${lang.say("cli.assess.verified", { date: fresh.verifiedThrough })}\n`);
  for (const caveat of fresh.caveats) ctx.stderr.write(`${lang.say("cli.caveat", { caveat })}\n`);
  if (options.stats) {
    const stats = {
      lines: lineNumber,
      results,
      counts,
      seconds: Math.round(seconds * 1000) / 1000,
      workers: workers.length,
      linesPerSecond: Math.round(results / Math.max(seconds, 1e-9)),
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      samples,
    };
    ctx.stderr.write(`stats: ${JSON.stringify(stats)}\n`);
  }
  return counts.error > 0 ? ExitCode.software : ExitCode.ok;
}
