// The CLI batch: `node dist/cli.js assess --jsonl <file> --stats` on a generated JSON Lines file,
// in a child process, as a user runs it. Measures candidates per second (lines assessed over the
// child's wall-clock time, process start included) and the child's peak resident set size.
//
// Peak RSS, in order of preference: GNU time's "Maximum resident set size" (/usr/bin/time -v), the
// CLI's own `--stats` figure (process.resourceUsage().maxRSS), or VmHWM sampled from /proc.

import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const GNU_TIME = "/usr/bin/time";

function hasGnuTime() {
  if (!existsSync(GNU_TIME)) return false;
  const probe = spawnSync(GNU_TIME, ["-v", "true"], { encoding: "utf8" });
  return probe.status === 0 && /Maximum resident set size/.test(probe.stderr);
}

/** Why the batch cannot run here, or undefined when it can. */
export function batchUnavailable(root) {
  if (!existsSync(join(root, "dist/cli.js"))) return "dist/cli.js is missing (the CLI is not built)";
  if (!existsSync(join(root, "scripts/generate-jsonl.ts"))) return "scripts/generate-jsonl.ts is missing";
  const help = spawnSync(process.execPath, [join(root, "dist/cli.js"), "assess", "--help"], { encoding: "utf8" });
  if (!/--jsonl/.test(help.stdout) || !/--stats/.test(help.stdout))
    return "the CLI has no `assess --jsonl ... --stats`";
  return undefined;
}

/**
 * Runs the batch on `lines` generated candidates, once for each entry of `variants` (extra CLI
 * arguments, e.g. `["--workers", "2"]`) on the same file; resolves to their figures, in order.
 */
export async function runBatchBench(root, { lines, asOf, log, variants = [[]] }) {
  const dir = mkdtempSync(join(tmpdir(), "alberta-atp-bench-"));
  try {
    const file = join(dir, `candidates-${lines}.jsonl`);
    log(`  generating ${lines} lines with scripts/generate-jsonl.ts ...`);
    const gen = spawnSync("npx", ["tsx", "scripts/generate-jsonl.ts", "--lines", String(lines), "--out", file], {
      cwd: root,
      encoding: "utf8",
    });
    if (gen.status !== 0) throw new Error(`generate-jsonl failed (${gen.status}): ${gen.stderr}`);
    const figures = [];
    for (const extra of variants) figures.push(await runOnce(root, { file, lines, asOf, log, extra }));
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One run of the CLI on the generated file. */
async function runOnce(root, { file, lines, asOf, log, extra }) {
  {
    const bytes = statSync(file).size;
    const cli = [join(root, "dist/cli.js"), "assess", "--jsonl", file, "--as-of", asOf, "--stats", ...extra];
    const timed = hasGnuTime();
    const [command, args] = timed ? [GNU_TIME, ["-v", process.execPath, ...cli]] : [process.execPath, cli];
    log(
      `  running ${timed ? "/usr/bin/time -v " : ""}node dist/cli.js assess --jsonl <file> --as-of ${asOf} --stats${extra.map((a) => ` ${a}`).join("")}`,
    );

    // stdout (one JSON result per line) goes to /dev/null: the child still formats and writes every line.
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "ignore", "pipe"] });
    const started = performance.now();
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    // Last resort for peak RSS: sample VmHWM of the node process (the child itself without GNU time).
    let sampledHwmKb = 0;
    const sampler = timed
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"));
            if (m) sampledHwmKb = Math.max(sampledHwmKb, Number(m[1]));
          } catch {
            // the process has ended
          }
        }, 20);
    const code = await new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    const seconds = (performance.now() - started) / 1000;
    if (sampler) clearInterval(sampler);
    if (code !== 0) throw new Error(`the CLI exited with ${code}: ${stderr.slice(-2000)}`);

    const statsLine = stderr.split("\n").find((l) => l.startsWith("stats: "));
    const stats = statsLine ? JSON.parse(statsLine.slice("stats: ".length)) : undefined;
    const gnuKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
    const peakRss = gnuKb
      ? { mb: Number(gnuKb[1]) / 1024, method: "/usr/bin/time -v (Maximum resident set size)" }
      : stats?.peakRssMb !== undefined
        ? { mb: stats.peakRssMb, method: "CLI --stats (process.resourceUsage().maxRSS)" }
        : { mb: sampledHwmKb / 1024, method: "/proc/<pid>/status VmHWM, sampled every 20 ms" };
    const assessed = stats?.results ?? lines;
    // The child's CPU time (GNU time), for candidates per CPU-second on a shared machine.
    const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
    const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
    const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : undefined;
    return {
      lines,
      arguments: extra,
      workers: stats?.workers ?? 0,
      inputMb: round(bytes / 1024 / 1024, 1),
      assessed,
      counts: stats?.counts,
      wallSeconds: round(seconds, 3),
      candidatesPerSecond: Math.round(assessed / seconds),
      cpuSeconds: cpuSeconds === undefined ? null : round(cpuSeconds, 2),
      candidatesPerCpuSecond: cpuSeconds === undefined ? null : Math.round(assessed / cpuSeconds),
      cliReportedPerSecond: stats?.linesPerSecond,
      peakRssMb: round(peakRss.mb, 1),
      peakRssMethod: peakRss.method,
      cliReportedPeakRssMb: stats?.peakRssMb,
    };
  }
}

function round(value, digits) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
