#!/usr/bin/env node
// The `alberta-atp` command (Node only; not part of the library bundle): the process around
// runCli (main.ts) — its streams, its environment and the clock. It never shows a stack trace
// unless ALBERTA_ATP_DEBUG is set.

import process from "node:process";
import { toIsoDate } from "../index.js";
import { ExitCode } from "./exit-codes.js";
import type { CliContext } from "./io.js";
import { runCli } from "./main.js";

async function main(): Promise<void> {
  // `alberta-atp ... | head`: the reader went away; stop quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(ExitCode.ok);
    throw error;
  });
  const argv = process.argv.slice(2);
  const ctx: CliContext = {
    stdout: process.stdout,
    stderr: process.stderr,
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    today: () => toIsoDate(new Date()),
  };
  process.exitCode = await runCli(argv, ctx);
}

await main();
