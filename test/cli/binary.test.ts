// The `alberta-atp` command as users run it: the built dist/cli.js in child processes, for what
// only a process shows (worker threads, a closed pipe, memory over 100,000 lines).

import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AS_OF, type BatchLine, binary, cli, example, examples, type Run, root } from "./support.js";

// The built binary, in child processes: built once here (JavaScript only, no declarations).
vi.setConfig({ testTimeout: 60_000 });
let tmp = "";
beforeAll(() => {
  execFileSync("npx", ["tsup", "--silent"], {
    cwd: root,
    stdio: "pipe",
    timeout: 180_000,
    env: { ...process.env, ALBERTA_ATP_JS_ONLY: "1" },
  });
  tmp = mkdtempSync(join(tmpdir(), "alberta-atp-cli-"));
}, 200_000);
afterAll(() => {
  if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
});

describe("the built binary", () => {
  const file = join(examples, "batch-1000.jsonl");

  it("runs as the command: the same output and exit code as runCli in-process", async () => {
    for (const args of [
      ["--version"],
      ["assess", example("software-engineer-calgary.json"), "--as-of", AS_OF],
      ["assess", example("missing-facts.json"), "--as-of", AS_OF, "--json"],
      ["crs", example("web-developer-with-spouse.json"), "--as-of", AS_OF],
      ["noc", "21231", "--as-of", AS_OF],
      ["assess", "no-such-file.json"],
      ["assess", example("accountant-not-tech.json"), "--as-of", AS_OF, "--lang", "fr"],
    ]) {
      const inProcess = await cli(args);
      const r = binary(args);
      expect(r, args.join(" ")).toEqual(inProcess);
    }
  });

  it("--workers: worker threads write the same bytes, in input order, as the main thread", () => {
    // 1,500 lines or so (the example and half of it again, so "auto" starts its threads after line
    // 1,000), with a blank line, and the example's own invalid lines and ids.
    const text = readFileSync(file, "utf8");
    const input = `${text}\n${text.slice(0, text.length / 2)}`;
    const main = binary(["assess", "--jsonl", "-", "--as-of", AS_OF, "--stats"], { input });
    expect(main.status).toBe(0);
    const lines = main.stdout.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(1400);
    const stats = (r: Run) =>
      JSON.parse((r.stderr.split("\n").find((l) => l.startsWith("stats: ")) ?? "").slice(7)) as {
        workers: number;
        results: number;
        samples: unknown[];
      };
    expect(stats(main).workers).toBe(0);
    for (const workers of ["2", "auto"]) {
      const r = binary(["assess", "--jsonl", "-", "--as-of", AS_OF, "--stats", "--workers", workers], { input });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(main.stdout);
      expect(r.stderr.split("\n")[0]).toBe(main.stderr.split("\n")[0]);
      expect(stats(r).results).toBe(lines.length);
      const cores = availableParallelism();
      expect(stats(r).workers).toBe(workers !== "auto" ? Number(workers) : cores > 1 ? cores : 0);
    }
  }, 60_000);

  it("--workers with --lang fr: the worker threads write the main thread's French lines", async () => {
    // 300 lines, each with its whole assessment (--full) so that the tree's reasons are compared too.
    const input = readFileSync(file, "utf8").split("\n").slice(0, 300).join("\n");
    const args = ["assess", "--jsonl", "-", "--as-of", AS_OF, "--lang", "fr", "--full"];
    const inProcess = await cli(args, { input });
    const r = binary([...args, "--workers", "2"], { input });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(inProcess.stdout);
    expect(r.stdout).toContain('"reason":"Exigence non remplie : ');
  }, 60_000);

  it("stops quietly when the reader goes away (| head -n 1)", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        `node dist/cli.js assess --jsonl ${example("batch-1000.jsonl")} --as-of ${AS_OF} | head -n 1; echo "exit=\${PIPESTATUS[0]}"`,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(r.stdout).toMatch(/^\{"line":1,.*\}\nexit=0\n$/);
    expect(r.stderr).not.toContain("EPIPE");
  });

  // About 15-25 s: the reason this file is outside `npm test` (`npm run test:binary`, once in CI).
  it("100,000 lines: every line gets a result, and memory stays flat (measured, printed)", async () => {
    const big = join(tmp, "batch-100000.jsonl");
    execFileSync("npx", ["tsx", "scripts/generate-jsonl.ts", "--lines", "100000", "--out", big], {
      cwd: root,
      stdio: "pipe",
    });

    const child = spawn(process.execPath, ["dist/cli.js", "assess", "--jsonl", big, "--as-of", AS_OF, "--stats"], {
      cwd: root,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    // Read the results as they stream, keeping only counts.
    let lines = 0;
    let expectedLine = 1;
    let inOrder = true;
    const statuses: Record<string, number> = {};
    for await (const text of createInterface({ input: child.stdout, crlfDelay: Number.POSITIVE_INFINITY })) {
      const result = JSON.parse(text) as BatchLine;
      lines += 1;
      if (result.line !== expectedLine) inOrder = false;
      expectedLine += 1;
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
    }
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));

    expect(code).toBe(0);
    expect(lines).toBe(100_000);
    expect(inOrder).toBe(true);
    const statsLine = stderr.split("\n").find((l) => l.startsWith("stats: "));
    expect(statsLine).toBeDefined();
    const stats = JSON.parse((statsLine ?? "").slice("stats: ".length)) as {
      results: number;
      seconds: number;
      linesPerSecond: number;
      peakRssMb: number;
      samples: { line: number; rssMb: number; heapUsedMb: number }[];
    };
    expect(stats.results).toBe(100_000);
    console.log(
      `[cli] 100,000-line batch: peak RSS ${stats.peakRssMb} MB, ${stats.seconds} s, ${stats.linesPerSecond} lines/s; ` +
        `RSS every 10,000 lines (MB): ${stats.samples.map((s) => s.rssMb).join(", ")}; statuses ${JSON.stringify(statuses)}`,
    );
    // A loose sanity bound, not a benchmark: holding the input or the output would take far more.
    expect(stats.peakRssMb).toBeLessThan(500);
    // Flat: the second half of the batch needs no more memory than the first, give or take the
    // collector's timing. Keeping something per line (a result of about 1 kB, the line itself)
    // would add some 50 MB or more over 50,000 lines.
    expect(stats.samples.length).toBeGreaterThanOrEqual(8);
    const half = Math.floor(stats.samples.length / 2);
    const peak = (samples: typeof stats.samples) => Math.max(...samples.map((s) => s.rssMb));
    expect(peak(stats.samples.slice(half)) - peak(stats.samples.slice(0, half))).toBeLessThan(40);
    expect(Math.max(...stats.samples.map((s) => s.heapUsedMb))).toBeLessThan(100);
  }, 300_000);
});
