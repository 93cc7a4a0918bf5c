// Profiles one bench task with `node --cpu-prof` and prints where the time goes: self time by
// function (mapped back to src/ through dist/index.js.map), inclusive time by function, and self
// time by src/ folder.
//
//   npm run build && node bench/profile.mjs [assess|parse|scoreCrs|rules|federal] [eligible|ineligible|incomplete] [--top n]
//
// The driver runs the task in a child process for a few seconds; the .cpuprofile is written to a
// temporary directory, read, and deleted.

import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const { values, positionals } = parseArgs({
  options: { top: { type: "string", default: "30" }, driver: { type: "boolean", default: false } },
  allowPositionals: true,
});
const [task = "assess", fixture = "eligible"] = positionals;

if (values.driver) {
  // The child: run the task in a loop for about three seconds.
  const lib = await import(pathToFileURL(join(root, "dist/index.js")).href);
  const asOf = lib.isoDate("2026-11-25");
  const text = readFileSync(join(here, "fixtures", `${fixture}.json`), "utf8");
  const candidate = lib.parseCandidate(JSON.parse(text)).value;
  const facts = lib.deriveAlbertaFacts(candidate, asOf);
  const derived = lib.crsFactors(candidate, { asOf });
  const { ok: _ok, ...factors } = derived;
  const run = {
    assess: () => lib.assessAcceleratedTechPathway(candidate, { asOf }),
    parse: () => lib.assessAcceleratedTechPathway(lib.parseCandidate(JSON.parse(text)).value, { asOf }),
    scoreCrs: () => lib.scoreCrs(factors, { asOf }),
    rules: () => lib.ACCELERATED_TECH_PATHWAY_RULES.rule.evaluate(facts, { asOf }),
    federal: () => lib.assessExpressEntry(candidate, { asOf }),
  }[task];
  if (run === undefined) throw new Error(`unknown task ${task}`);
  let sink;
  const end = performance.now() + 3000;
  while (performance.now() < end) for (let i = 0; i < 100; i++) sink = run();
  process.exitCode = sink === undefined ? 1 : 0;
} else {
  const dir = mkdtempSync(join(tmpdir(), "alberta-atp-profile-"));
  try {
    const child = spawnSync(
      process.execPath,
      ["--cpu-prof", `--cpu-prof-dir=${dir}`, fileURLToPath(import.meta.url), task, fixture, "--driver"],
      { stdio: "inherit" },
    );
    if (child.status !== 0) process.exit(child.status ?? 1);
    const file = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    if (file === undefined) throw new Error("no .cpuprofile written");
    report(JSON.parse(readFileSync(join(dir, file), "utf8")), Number(values.top));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(profile, top) {
  const maps = new Map();
  const mapOf = (url) => {
    if (!url.endsWith("/dist/index.js") || url.includes("node_modules")) return undefined;
    if (!maps.has(url)) maps.set(url, new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(url)}.map`, "utf8"))));
    return maps.get(url);
  };
  const where = (frame) => {
    const entry = mapOf(frame.url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource)
      return `${entry.originalSource.replace(/^.*?\/src\//, "src/")}:${entry.originalLine + 1}`;
    return frame.url ? `${frame.url.split("/").slice(-2).join("/")}:${frame.lineNumber + 1}` : "";
  };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const folders = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    const node = nodes.get(id);
    const at = where(node.callFrame);
    const key = `${node.callFrame.functionName || "(anonymous)"}  ${at}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    const folder = at.startsWith("src/")
      ? at
          .split("/")
          .slice(0, at.startsWith("src/programs/") ? 3 : 2)
          .join("/")
      : node.callFrame.url
        ? "other code"
        : node.callFrame.functionName;
    folders.set(folder, (folders.get(folder) ?? 0) + dt);
  });
  const pct = (v) => `${((100 * v) / total).toFixed(1).padStart(5)}%`;
  console.log(`${task} (${fixture}): self time by function`);
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
  // Inclusive ("total") time: a sample counts once for every distinct function on its stack, so
  // a function's share includes what it calls. It shows which derivation is worth caching.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = nodes.get(at).callFrame;
      if (!frame.url.endsWith("/dist/index.js")) continue;
      seen.add(`${frame.functionName || "(anonymous)"}  ${where(frame)}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  });
  console.log("\ntotal (inclusive) time by function");
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
  console.log("\nself time by folder");
  for (const [k, v] of [...folders].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${pct(v)}  ${k}`);
}
