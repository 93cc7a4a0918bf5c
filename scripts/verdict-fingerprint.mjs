// Fingerprints what the built CLI answers: for every program and a set of dates, the SHA-256 of the
// `assess --jsonl --full` output over a generated batch of candidates (the next steps name the
// intake open on the day), and of `crs --json` and `eoi --json` for every example candidate on
// each of those dates. A refactor that changes no verdict, number, reason or source prints the
// same lines before and after:
//
//   npm run build && node scripts/verdict-fingerprint.mjs > /tmp/before.txt
//   ... change the code ...
//   npm run build && node scripts/verdict-fingerprint.mjs > /tmp/after.txt
//   diff /tmp/before.txt /tmp/after.txt
//
// Options: --lines N (default 3000), --seed S (default 7): the batch of scripts/generate-jsonl.ts.
// Nothing is written but a temporary batch file, removed at the end.

import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { lines: { type: "string", default: "3000" }, seed: { type: "string", default: "7" } },
  strict: true,
});
const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "dist/cli.js");
const PROGRAMS = ["atp", "alberta-ee", "express-entry", "fsw", "cec", "fst"];
// Launch era, NOC 2021, the monthly intakes, the Worker EOI, the draws, today, the future.
const DATES = ["2022-03-01", "2023-06-01", "2024-07-01", "2024-10-15", "2025-06-01", "2026-11-25", "2030-01-01"];

/** The SHA-256 of what the CLI writes on stdout for `args`, and its exit code. */
function fingerprint(args) {
  return new Promise((resolve, reject) => {
    const hash = createHash("sha256");
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ["ignore", "pipe", "ignore"] });
    child.stdout.on("data", (chunk) => hash.update(chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve(`${hash.digest("hex")} exit=${code}`));
  });
}

const tmp = mkdtempSync(join(tmpdir(), "alberta-atp-fingerprint-"));
try {
  const batch = join(tmp, "candidates.jsonl");
  execFileSync(
    "npx",
    ["tsx", "scripts/generate-jsonl.ts", "--lines", values.lines, "--seed", values.seed, "--out", batch],
    { cwd: root, stdio: "ignore" },
  );
  for (const program of PROGRAMS) {
    for (const day of DATES) {
      const args = ["assess", "--jsonl", batch, "--full", "--program", program, "--as-of", day];
      console.log(`assess ${program} ${day} ${await fingerprint(args)}`);
    }
  }
  const examples = readdirSync(join(root, "examples/candidates")).filter((f) => f.endsWith(".json"));
  // The eoi command also compares the score with the ATP draws of the year before the day: run on
  // every date, it covers the draw table.
  for (const file of examples.sort()) {
    for (const command of ["crs", "eoi"]) {
      for (const day of DATES) {
        const args = [command, join("examples/candidates", file), "--json", "--as-of", day];
        console.log(`${command} ${file} ${day} ${await fingerprint(args)}`);
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
