// What the CLI tests share: the example files, the library's answers to compare with, and two ways
// to run the command — `cli` runs it in this process (runCli with strings for streams: fast, and
// what nearly every test uses), `binary` runs the built dist/cli.js in a child process, as users
// do (for what only a process shows: worker threads, a closed pipe, the shebang and the bundle).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { runCli } from "../../src/cli/main.js";
import { renderAssessment } from "../../src/core/render.js";
import {
  type Assessment,
  assessAcceleratedTechPathway,
  assessAlbertaExpressEntry,
  assessCanadianExperienceClass,
  assessExpressEntry,
  assessFederalSkilledTrades,
  assessFederalSkilledWorker,
  type Candidate,
  type IsoDate,
  isoDate,
  parseCandidate,
  toIsoDate,
} from "../../src/index.js";
import { en } from "../../src/locales/en/index.js";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const examples = join(root, "examples/candidates");
/** An example's path as a user types it, relative to the repository. */
export const example = (name: string): string => join("examples/candidates", name);

export const AS_OF = isoDate("2026-11-25");
export const ESC = "\u001b[";

/** What a run of the command leaves: its exit code and what it wrote. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface RunOptions {
  readonly input?: string;
  readonly env?: Record<string, string>;
}

/** A stream that keeps what is written to it, as a pipe would carry it (not a terminal). */
function sink(): { readonly stream: Writable; readonly text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

/**
 * Runs the command line in this process with a clean colour environment (NO_COLOR / FORCE_COLOR
 * only when given), relative paths from the repository (vitest's working directory).
 */
export async function cli(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
  const stdout = sink();
  const stderr = sink();
  const input = options.input ?? "";
  const status = await runCli(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    stdin: Readable.from(input === "" ? [] : [Buffer.from(input)]),
    env,
    today: () => toIsoDate(new Date()),
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/** Runs the built dist/cli.js in a child process (build it first: `buildOnce` in a beforeAll). */
export function binary(args: readonly string[], options: RunOptions = {}): Run {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
  for (const [k, v] of Object.entries(options.env ?? {})) env[k] = v;
  const r = spawnSync(process.execPath, ["dist/cli.js", ...args], {
    cwd: root,
    env: env as NodeJS.ProcessEnv,
    encoding: "utf8",
    input: options.input ?? "",
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** One line of `assess --jsonl` output, as the tests read it. */
export interface BatchLine {
  line: number;
  id?: string | number;
  status: string;
  issues?: { path: string; code: string; message: string }[];
  failed?: { id: string; title: string; reason: string; message: { id: string; params: object } }[];
  missing?: string[];
  crs?: number;
  assessment?: unknown;
}

/** Round-trips a value through JSON, as the CLI's output does. */
/** What `--json` prints for a library value: the value with its explanations rendered in English. */
export const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(renderAssessment(value, en)));

/** An example candidate, parsed. */
export function readExample(name: string): Candidate {
  const parsed = parseCandidate(JSON.parse(readFileSync(join(examples, name), "utf8")));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

/** The library function behind each `--program`. */
export const PROGRAMS: Record<string, (c: Candidate, o: { asOf: IsoDate }) => Assessment> = {
  atp: assessAcceleratedTechPathway,
  "alberta-ee": assessAlbertaExpressEntry,
  "express-entry": assessExpressEntry,
  fsw: assessFederalSkilledWorker,
  cec: assessCanadianExperienceClass,
  fst: assessFederalSkilledTrades,
};

export const EXIT_OF_STATUS = { eligible: 0, ineligible: 1, incomplete: 2 } as const;

/** No stack trace in what a user sees. */
export function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
}
