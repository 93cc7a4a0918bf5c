// The `alberta-atp` command, tested as users run it: the built binary (dist/cli.js, built once in
// beforeAll) in a child process. Every --json output is parsed and compared with the library
// called directly on the same input.

import { execFileSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  type Assessment,
  assessAcceleratedTechPathway,
  assessAlbertaExpressEntry,
  assessCanadianExperienceClass,
  assessExpressEntry,
  assessFederalSkilledTrades,
  assessFederalSkilledWorker,
  atpDrawComparison,
  type Candidate,
  calculateCrs,
  checkAtpOccupation,
  crsImprovements,
  getNoc,
  type IsoDate,
  isoDate,
  nocPredecessors,
  nocSuccessors,
  parseCandidate,
  scoreAlbertaWorkerEoi,
  searchNoc,
  toIsoDate,
  withProvincialNomination,
} from "../src/index.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const examples = join(root, "examples/candidates");
const example = (name: string): string => join("examples/candidates", name);
// Every test here starts node processes (some one per example file and program); on a busy machine
// (CI running five time zones, or a mutation run alongside) 5 s per test is not enough.
vi.setConfig({ testTimeout: 30_000 });

const AS_OF = isoDate("2026-11-25");
const ESC = "\u001b[";

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI with a clean colour environment (NO_COLOR / FORCE_COLOR only when given). */
function cli(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Run {
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

/** Round-trips a value through JSON, as the CLI's output does. */
const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function readExample(name: string): Candidate {
  const parsed = parseCandidate(JSON.parse(readFileSync(join(examples, name), "utf8")));
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.issues)}`);
  return parsed.value;
}

const PROGRAMS: Record<string, (c: Candidate, o: { asOf: IsoDate }) => Assessment> = {
  atp: assessAcceleratedTechPathway,
  "alberta-ee": assessAlbertaExpressEntry,
  "express-entry": assessExpressEntry,
  fsw: assessFederalSkilledWorker,
  cec: assessCanadianExperienceClass,
  fst: assessFederalSkilledTrades,
};

const EXIT_OF_STATUS = { eligible: 0, ineligible: 1, incomplete: 2 } as const;

/** No stack trace in what a user sees. */
function expectNoStack(run: Run): void {
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
}

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

describe("examples/candidates", () => {
  const files = readdirSync(examples).filter((f) => f.endsWith(".json"));

  it("holds at least six candidates, each valid for parseCandidate", () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files).toContain("software-engineer-calgary.json");
    for (const file of files) {
      const parsed = parseCandidate(JSON.parse(readFileSync(join(examples, file), "utf8")));
      expect(parsed.ok ? [] : parsed.issues, file).toEqual([]);
    }
  });

  it("covers every ATP outcome on 2026-11-25, and a spouse", () => {
    const status = (file: string) => assessAcceleratedTechPathway(readExample(file), { asOf: AS_OF }).status;
    expect(status("software-engineer-calgary.json")).toBe("eligible");
    // A current job and no offer: from 2024-12-11 only a job offer counts.
    expect(status("data-scientist-edmonton.json")).toBe("ineligible");
    expect(status("mechanical-engineer-abroad.json")).toBe("eligible");
    expect(status("missing-facts.json")).toBe("incomplete");
    expect(status("accountant-not-tech.json")).toBe("ineligible");
    const spouse = readExample("web-developer-with-spouse.json");
    expect(spouse.spouse?.accompanying).toBe(true);
    const crs = calculateCrs(spouse, { asOf: AS_OF });
    expect(crs.ok && crs.spouse.subtotal).toBeGreaterThan(0);
  });

  it("batch-1000.jsonl is what scripts/generate-jsonl.ts writes (deterministic)", () => {
    const out = join(tmp, "regenerated.jsonl");
    execFileSync("npx", ["tsx", "scripts/generate-jsonl.ts", "--out", out], { cwd: root, stdio: "pipe" });
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(examples, "batch-1000.jsonl"), "utf8"));
  }, 60_000);
});

describe("alberta-atp --help, --version", () => {
  it("--version prints the version of package.json", () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = cli([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it("--help lists every command and the exit codes", () => {
    const r = cli(["--help"]);
    expect(r.status).toBe(0);
    for (const text of ["assess", "crs", "eoi", "noc search", "--jsonl", "Exit codes", "64"]) {
      expect(r.stdout).toContain(text);
    }
    expect(cli(["help"]).stdout).toBe(r.stdout);
  });

  it("no command at all: the usage on stderr, exit 64", () => {
    const r = cli([]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("Usage:");
    expect(r.stdout).toBe("");
  });

  it.each([
    ["assess", "--jsonl"],
    ["crs", "--improvements"],
    ["eoi", "Accelerated Tech Pathway draws"],
    ["noc", "noc search"],
  ])("%s has its own help (--help, -h and 'help %s')", (command, text) => {
    for (const args of [
      [command, "--help"],
      [command, "-h"],
      ["help", command],
    ]) {
      const r = cli(args);
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout).toContain(`alberta-atp ${command}`);
      expect(r.stdout).toContain(text);
      expect(r.stdout).toContain("Exit codes");
    }
  });

  it("noc search --help", () => {
    const r = cli(["noc", "search", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--noc-version");
  });
});

describe("alberta-atp assess", () => {
  it("prints the explained verdict tree, next steps and CRS of the main example (exit 0)", () => {
    const r = cli(["assess", example("software-engineer-calgary.json"), "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe(
      "Alberta Accelerated Tech Pathway: examples/candidates/software-engineer-calgary.json, as of 2026-11-25",
    );
    expect(lines).toContain("✔ Accelerated Tech Pathway (Alberta Express Entry Stream): All 3 requirements are met.");
    // One line per rule of the tree, indented by depth.
    const a = assessAcceleratedTechPathway(readExample("software-engineer-calgary.json"), { asOf: AS_OF });
    const count = (node: Assessment["result"]): number => 1 + (node.children ?? []).reduce((n, c) => n + count(c), 0);
    expect(lines.filter((l) => /^\s*[✔✘?] /.test(l) && !l.startsWith("  ? ")).length).toBeGreaterThanOrEqual(
      count(a.result),
    );
    expect(r.stdout).toContain("    ✔ An active Express Entry profile: ");
    expect(r.stdout).toContain("Result: ✔ ELIGIBLE");
    expect(r.stdout).toContain("Next steps:\n  1. ");
    expect(r.stdout).toContain(`CRS score ${a.crs?.total}`);
    expect(r.stdout).not.toContain(ESC); // not a terminal: no colour
    expect(r.stdout).not.toContain("source:"); // sources only on request
  });

  it("ineligible: exit 1, and says why", () => {
    const r = cli(["assess", example("accountant-not-tech.json"), "--as-of", AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Result: ✘ NOT ELIGIBLE");
    expect(r.stdout).toMatch(/Why not:\n {2}✘ The occupation is on the Accelerated Tech Pathway list: 11100/);
    // a rule that failed for both the offer and the current job is listed once
    expect(r.stdout.match(/^ {2}✘ The occupation is on the Accelerated Tech Pathway list/gm)).toHaveLength(1);
  });

  it("incomplete: exit 2, and lists every missing fact", () => {
    const r = cli(["assess", example("missing-facts.json"), "--as-of", AS_OF]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("Result: ? UNDECIDED");
    const a = assessAcceleratedTechPathway(readExample("missing-facts.json"), { asOf: AS_OF });
    expect(a.missing.length).toBeGreaterThan(3);
    for (const path of a.missing) expect(r.stdout).toContain(`\n  ? ${path}\n`);
  });

  it("--sources prints the source of each rule", () => {
    const r = cli(["assess", example("software-engineer-calgary.json"), "--as-of", AS_OF, "--sources"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\n {4,}source: .+ <https:\/\/[^>]+>/);
  });

  it("reads standard input for -", () => {
    const input = readFileSync(join(examples, "mechanical-engineer-abroad.json"), "utf8");
    const r = cli(["assess", "-", "--as-of", AS_OF], { input });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Alberta Accelerated Tech Pathway: standard input, as of 2026-11-25");
  });

  const files = readdirSync(examples).filter((f) => f.endsWith(".json"));
  it.each(Object.keys(PROGRAMS))(
    "--program %s --json equals the library's assessment, for every example",
    (program) => {
      const assess = PROGRAMS[program];
      if (assess === undefined) throw new Error(program);
      for (const file of files) {
        const r = cli(["assess", example(file), "--program", program, "--as-of", AS_OF, "--json"]);
        const expected = assess(readExample(file), { asOf: AS_OF });
        expect(JSON.parse(r.stdout), `${program} ${file}`).toEqual(viaJson(expected));
        expect(r.status, `${program} ${file}`).toBe(EXIT_OF_STATUS[expected.status]);
      }
    },
  );

  it("--as-of defaults to today's local date", () => {
    const r = cli(["assess", example("software-engineer-calgary.json"), "--json"]);
    expect((JSON.parse(r.stdout) as Assessment).asOf).toBe(toIsoDate(new Date()));
  });

  it("colour only on request when not a terminal: FORCE_COLOR adds it, NO_COLOR wins; symbols stay", () => {
    const args = ["assess", example("accountant-not-tech.json"), "--as-of", AS_OF];
    const forced = cli(args, { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(`${ESC}31;1m✘${ESC}0m`);
    const noColor = cli(args, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain(ESC);
    expect(noColor.stdout).toContain("✘");
    const ansi = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, "g");
    expect(noColor.stdout).toBe(forced.stdout.replaceAll(ansi, ""));
  });
});

describe("alberta-atp crs", () => {
  const file = "web-developer-with-spouse.json";

  it("prints the breakdown by section and line, the total and the total with a nomination", () => {
    const r = cli(["crs", example(file), "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    const crs = calculateCrs(readExample(file), { asOf: AS_OF });
    if (!crs.ok) throw new Error("not scored");
    for (const heading of ["A. Core", "B. Spouse", "C. Skill transferability", "D. Additional points"]) {
      expect(r.stdout).toContain(`\n${heading}`);
    }
    expect(r.stdout).toMatch(new RegExp(`\\n {2}Age \\.+ ${crs.core.age}\\n`));
    expect(r.stdout).toMatch(new RegExp(`\\n {2}Spouse's first official language \\.+ ${crs.spouse.firstLanguage}\\n`));
    expect(r.stdout).toMatch(new RegExp(`\\nTotal \\.+ ${crs.total}\\n`));
    expect(r.stdout).toMatch(
      new RegExp(`\\nTotal with a provincial nomination \\.+ ${withProvincialNomination(crs).total}\\n`),
    );
    expect(r.stdout).not.toContain("Improvements");
  });

  it("--improvements lists the changes, most points first", () => {
    const r = cli(["crs", example(file), "--as-of", AS_OF, "--improvements"]);
    expect(r.status).toBe(0);
    const imp = crsImprovements(readExample(file), { asOf: AS_OF });
    if (!imp.ok) throw new Error("not scored");
    expect(r.stdout).toContain("Improvements (one change at a time, most points first):");
    for (const i of imp.improvements) expect(r.stdout).toContain(i.change);
  });

  it("--json equals calculateCrs, withProvincialNomination and crsImprovements", () => {
    const candidate = readExample(file);
    const crs = calculateCrs(candidate, { asOf: AS_OF });
    const imp = crsImprovements(candidate, { asOf: AS_OF });
    if (!crs.ok || !imp.ok) throw new Error("not scored");
    const { ok: _ok, ...breakdown } = crs;
    const plain = JSON.parse(cli(["crs", example(file), "--as-of", AS_OF, "--json"]).stdout);
    expect(plain).toEqual(viaJson({ breakdown, withNomination: withProvincialNomination(breakdown) }));
    const full = JSON.parse(cli(["crs", example(file), "--as-of", AS_OF, "--json", "--improvements"]).stdout);
    expect(full).toEqual(
      viaJson({
        breakdown,
        withNomination: withProvincialNomination(breakdown),
        improvements: imp.improvements,
        agePoints: imp.agePoints,
      }),
    );
  });

  it("--sources lists the sources of the tables", () => {
    const r = cli(["crs", example(file), "--as-of", AS_OF, "--sources"]);
    expect(r.stdout).toMatch(/\nSources:\n {2}.+<https:\/\//);
  });

  it("an --as-of before the CRS existed is a usage error naming --as-of (64)", () => {
    const r = cli(["crs", example(file), "--as-of", "2014-06-01"]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("--as-of: The Comprehensive Ranking System started on 2015-01-01");
  });

  it("a candidate the CRS cannot score: exit 65 with the issue's path", () => {
    const input = JSON.stringify({ dateOfBirth: "2030-01-01" });
    const r = cli(["crs", "-", "--as-of", AS_OF], { input });
    expect(r.status).toBe(65);
    expect(r.stderr).toContain("the CRS cannot be computed");
    expect(r.stderr).toMatch(/\n {2}dateOfBirth: /);
    expectNoStack(r);
  });
});

describe("alberta-atp eoi", () => {
  const asOf = isoDate("2026-06-01");
  /** atpDrawComparison on --as-of: the comparison (a valid score and day always give one). */
  const drawsAt = (score: number) => {
    const c = atpDrawComparison(score, { asOf });
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    return c;
  };

  it("prints every line of the grid with its points and maximum, the subtotals and the totals", () => {
    // software-engineer-calgary.json answers every question of the grid. Its score on 2026-06-01:
    // Group I: bachelor's 7 + education abroad 0 + CLB 9 English 10 + bilingual 0 + work 11
    //   + work in Alberta 10 + age 32 (21-34) 5 + no family in Alberta 0 = 43;
    // Group II: permanent full-time offer 10 + no sector endorsement 0 + Calgary CMA 0
    //   + no regulated occupation 0 = 10; total 53, and nothing left to answer.
    const r = cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf]);
    expect(r.status).toBe(0);
    const score = scoreAlbertaWorkerEoi(readExample("software-engineer-calgary.json"), { asOf });
    if (!score.ok) throw new Error("not scored");
    expect([score.groupI, score.groupII, score.total, score.maximumReachable]).toEqual([43, 10, 53, 53]);
    expect(r.stdout).toContain(
      "AAIP Worker Expression of Interest score: examples/candidates/software-engineer-calgary.json, as of 2026-06-01",
    );
    expect(r.stdout).toContain("in force from 2025-08-07");
    // Each option as the grid words it, never its id; not repeated when it only restates the factor.
    for (const text of [
      "    7 /  12  Highest level of education: Bachelor's degree",
      "    0 /  10  Location of highest education in Canada: Not completed in Canada",
      "   10 /  10  Official language ability (the higher of the English and French columns): English CLB 6 or higher",
      "   11 /  11  Total work experience: 12 months or more",
      "   10 /  10  Work experience in Canada: 6 months or more in Alberta",
      "    5 /   5  Age: 21 to 34",
      "   10 /  10  Permanent full-time job offer in Alberta",
      "    0 /   5  Location of the job offer (one of): Calgary census metropolitan area",
    ]) {
      expect(r.stdout).toContain(`\n${text}\n`);
    }
    for (const line of score.lines) {
      const label = line.optionLabel === undefined || line.optionLabel === line.label ? "" : `: ${line.optionLabel}`;
      const points = `${String(line.points).padStart(3)} / ${String(line.maximum).padStart(3)}`;
      expect(r.stdout).toContain(`\n  ${points}  ${line.label}${label}\n`);
      if (line.option !== undefined) expect(r.stdout).not.toContain(`: ${line.option}\n`);
    }
    expect(r.stdout).toContain("\n   43 /  69  Subtotal Group I\n");
    expect(r.stdout).toContain("\n   10 /  31  Subtotal Group II\n");
    expect(r.stdout).toContain("\n   53 / 100  Total: the points certain from the answers given\n");
    expect(r.stdout).toContain("\n   53 / 100  Maximum reachable");
    expect(r.stdout).not.toContain("Not counted until answered");
  });

  it("compares the score with the ATP draws of the 12 months before --as-of, as history", () => {
    const r = cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf]);
    const draws = drawsAt(53);
    expect(draws.of).toBeGreaterThan(0);
    expect(r.stdout).toContain("Accelerated Tech Pathway draws from 2025-06-01 to 2026-05-31:");
    for (const d of draws.draws) {
      expect(r.stdout).toMatch(
        new RegExp(`\\n {2}${d.date} {2}minimum +${d.minimumScore} +${d.invitations} invitations {2}below\\n`),
      );
    }
    expect(r.stdout).toContain(draws.statement);
    expect(r.stdout).toContain("This is history, not a promise");
  });

  it("a candidate with unanswered questions: the certain and reachable points, what to answer, the draws at both", () => {
    // missing-facts.json on 2026-06-01: certain 7 + 0 + 3 + 0 + 5 = 15 (Group I: its job in Alberta
    // counts only once paid and authorisation are answered, so "less than 6 months", 3) and 0
    // (Group II); reachable adds language 10 + bilingual 3 + work 8 and 10 + family 8 (Group I: 54)
    // and offer 10 + sector 6 + location 5 + regulated 10 (Group II: 31): 85.
    const r = cli(["eoi", example("missing-facts.json"), "--as-of", asOf]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("\n   15 /  69  Subtotal Group I (up to 54)\n");
    expect(r.stdout).toContain("\n    0 /  31  Subtotal Group II (up to 31)\n");
    expect(r.stdout).toContain("\n   15 / 100  Total");
    expect(r.stdout).toContain("\n   85 / 100  Maximum reachable");
    expect(r.stdout).toContain("? up to 8: answer familyInAlberta, extendedFamilyInAlberta, workerEoiSubmittedOn");
    expect(r.stdout).toContain("? up to 11: answer workHistory[0].paid, workHistory[0].authorized");
    expect(r.stdout).toContain(
      "Asked by the Worker EOI, for no points:\n  A Worker EOI submitted on or after 2026-02-25 must state the Alberta job offer's wage and hours of work (answer jobOffer.hourlyWageCad, jobOffer.hoursPerWeek)",
    );
    expect(r.stdout).toContain("Not counted until answered (these could add points):\n  ? languageTests\n");
    const atMaximum = drawsAt(85);
    expect(r.stdout).toContain(
      `At the maximum reachable score of 85: at or above the minimum of ${atMaximum.atOrAbove} of ${atMaximum.of}.`,
    );
  });

  it("--json equals scoreAlbertaWorkerEoi and atpDrawComparison (at the certain and at the maximum score)", () => {
    const candidate = readExample("missing-facts.json");
    const score = scoreAlbertaWorkerEoi(candidate, { asOf });
    if (!score.ok) throw new Error("not scored");
    const json = JSON.parse(cli(["eoi", example("missing-facts.json"), "--as-of", asOf, "--json"]).stdout);
    // The certain score's comparison also checks the candidate against each draw's parameters.
    const withCandidate = atpDrawComparison(score.total, { asOf, candidate });
    expect(json).toEqual(
      viaJson({
        score,
        draws: withCandidate,
        drawsAtMaximum: drawsAt(score.maximumReachable),
      }),
    );
    expect(json.draws.draws[0].selection.published).toBe(false);
    const complete = JSON.parse(
      cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf, "--json"]).stdout,
    );
    expect(Object.keys(complete)).toEqual(["score", "draws"]);
  });

  it("prints under a draw with published parameters each one checked, and the ATP allocation", () => {
    // 2025-12-01: the window 2024-12-01..2025-11-30 holds the draw of 2024-12-11 and its nine
    // parameters; the example's profile (submitted 2026-10-15) did not exist yet: kept out by it.
    const r = cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2025-12-01"]);
    expect(r.stdout).toContain("  2024-12-11  minimum  59     87 invitations  below  (secondary source)\n");
    expect(r.stdout).toContain(
      "      ✘ Valid Express Entry profile: Your Express Entry profile was submitted on 2026-10-15, after 2025-12-01.\n",
    );
    expect(r.stdout).toContain("      ✔ Work permit expiry date of February 28, 2025 or later: ");
    expect(r.stdout).toContain(
      "  Selection parameters: Of the 1 draw with published selection parameters, your answers would have been kept out of 1 (2024-12-11: Valid Express Entry profile).",
    );
    const late = cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2026-11-25"]);
    expect(late.stdout).toContain(
      "  2026 Accelerated Tech Pathway nominations (page last updated 2026-08-12): 619 allocated, 408 issued, 211 remaining; 2,046 ATP expressions of interest in the pool. (secondary source)",
    );
    expect(late.stdout).toContain("The AAIP did not publish the selection parameters of these 9 draws");
  });

  it("--sources prints the source of every line, and the FAQ answer of the 7 lines that follow one", () => {
    const r = cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf, "--sources"]);
    expect(r.stdout.match(/\n {13}source: AAIP Worker Stream Expression of Interest points grid/g)).toHaveLength(12);
    expect(r.stdout.match(/\n {13}read as: AAIP answers for common questions/g)).toHaveLength(7);
  });

  it("an --as-of before the Worker EOI began (2024-09-30) is a usage error naming --as-of (64)", () => {
    const r = cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2024-09-29"]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("--as-of: There was no AAIP Worker Expression of Interest score on 2024-09-29");
    expect(r.stdout).toBe("");
  });

  it("between 2024-09-30 and 2025-08-06 the grid is not known: exit 2, said, and no score printed", () => {
    for (const day of ["2024-09-30", "2025-08-06"]) {
      const r = cli(["eoi", example("software-engineer-calgary.json"), "--as-of", day]);
      expect(r.status, day).toBe(2);
      expect(r.stderr).toContain(`no Worker EOI score on ${day}`);
      expect(r.stderr).toContain("[worker_eoi_grid_unknown]");
      expect(r.stdout).toBe("");
      const json = JSON.parse(cli(["eoi", example("software-engineer-calgary.json"), "--as-of", day, "--json"]).stdout);
      expect(json).toMatchObject({
        status: "unknown",
        asOf: day,
        issues: [{ path: "asOf", code: "worker_eoi_grid_unknown" }],
      });
    }
    expect(cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2025-08-07"]).status).toBe(0);
  });

  it("an invalid candidate is exit 65 with the path of each issue", () => {
    const r = cli(["eoi", "-", "--as-of", asOf], { input: JSON.stringify({ familyInAlberta: "yes" }) });
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/\n {2}familyInAlberta: /);
    expectNoStack(r);
  });

  it("a candidate the grid cannot score (born after --as-of, a score off its scale): exit 65 naming each field, as crs", () => {
    const input = JSON.stringify({
      dateOfBirth: "2030-01-01",
      languageTests: [
        {
          test: "ielts-general",
          testedOn: "2026-01-01",
          scores: { listening: 12, reading: 12, writing: 7, speaking: 7 },
        },
      ],
    });
    const r = cli(["eoi", "-", "--as-of", asOf], { input });
    expect(r.status).toBe(65);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("standard input: the Worker EOI cannot be scored for this candidate:");
    expect(r.stderr).toMatch(
      /\n {2}dateOfBirth: The date of birth 2030-01-01 is after the day scored, .*\[born_after_as_of\]/,
    );
    expect(r.stderr).toMatch(/\n {2}languageTests\[0\]\.scores\.listening: .*\[off_scale\]/);
    expectNoStack(r);
    expect(cli(["crs", "-", "--as-of", asOf], { input }).status).toBe(65);
    const json = JSON.parse(cli(["eoi", "-", "--as-of", asOf, "--json"], { input }).stdout);
    const score = scoreAlbertaWorkerEoi((parseCandidate(JSON.parse(input)) as { ok: true; value: Candidate }).value, {
      asOf,
    });
    expect(json).toEqual(viaJson({ status: "invalid", file: "-", issues: score.ok ? [] : score.issues }));
  });
});

describe("alberta-atp noc", () => {
  it("noc 21231: title, TEER, predecessors and the ATP list", () => {
    const r = cli(["noc", "21231", "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("21231  Software engineers and designers");
    expect(r.stdout).toContain("TEER 1");
    expect(r.stdout).toContain("NOC 2016 predecessors");
    expect(r.stdout).toContain("  2173   Software engineers and designers");
    expect(r.stdout).toContain("Accelerated Tech Pathway list on 2026-11-25: ✔ on the list");
  });

  it("noc 2173 (NOC 2016): successors, and the ATP answer is unknown until restated", () => {
    const r = cli(["noc", "2173", "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("skill level A");
    for (const s of nocSuccessors("2173")) expect(r.stdout).toContain(`  ${s.code}  ${s.title}`);
    expect(r.stdout).toContain("Accelerated Tech Pathway list on 2026-11-25: ? unknown");
  });

  it("noc <code> --json equals the library", () => {
    for (const code of ["21231", "2173", "64100"]) {
      const json = JSON.parse(cli(["noc", code, "--as-of", AS_OF, "--json"]).stdout) as Record<string, unknown>;
      expect(json.entry).toEqual(viaJson(getNoc(code)));
      const related = code.length === 4 ? nocSuccessors(code) : nocPredecessors(code);
      expect(json[code.length === 4 ? "successors" : "predecessors"]).toEqual(viaJson(related));
      expect(json.atp).toEqual(viaJson({ asOf: AS_OF, ...checkAtpOccupation(code, AS_OF) }));
    }
  });

  it("noc search: matches with TEER and ATP mark; --json equals searchNoc", () => {
    const r = cli(["noc", "search", "software", "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^21231 {2}NOC 2021 {2}TEER 1 +ATP ✔ {2}Software engineers and designers$/m);
    const json = JSON.parse(cli(["noc", "search", "software", "eng", "--as-of", AS_OF, "--json"]).stdout) as {
      results: { code: string; atp: string }[];
      total: number;
    };
    const expected = searchNoc("software eng");
    expect(json.total).toBe(expected.length);
    expect(json.results).toEqual(
      viaJson(expected.map((e) => ({ ...e, atp: checkAtpOccupation(e.code, AS_OF).verdict }))),
    );
    const only2016 = JSON.parse(cli(["noc", "search", "software", "--noc-version", "2016", "--json"]).stdout) as {
      results: { version: number }[];
    };
    expect(only2016.results.length).toBeGreaterThan(0);
    expect(only2016.results.every((e) => e.version === 2016)).toBe(true);
  });

  it("noc search --limit", () => {
    const all = searchNoc("manager");
    expect(all.length).toBeGreaterThan(3);
    const r = cli(["noc", "search", "manager", "--limit", "3"]);
    expect(r.stdout).toContain(`... and ${all.length - 3} more`);
  });

  it("noc search with no match: exit 1", () => {
    const r = cli(["noc", "search", "zzzqqq"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No NOC occupation matches "zzzqqq"');
  });

  it("a code that is not a NOC unit group: exit 65, with a hint", () => {
    const digits = cli(["noc", "99999"]);
    expect(digits.status).toBe(65);
    expect(digits.stderr).toContain('"99999" is not a NOC 2016 or NOC 2021 unit group code');
    const words = cli(["noc", "software"]);
    expect(words.status).toBe(65);
    expect(words.stderr).toContain("alberta-atp noc search software");
    const json = cli(["noc", "99999", "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      status: "invalid",
      issues: [{ path: "code", code: "unknown_noc" }],
    });
  });
});

describe("bad input: a clear message, a documented exit code, never a stack trace", () => {
  it.each([
    // V8 gives the place for this one: the test asks for the line.
    ["broken.json", '{\n  "dateOfBirth": "1990-01-01",\n}\n', /line 3/],
    // For a short input V8 quotes it, line breaks and all: they are written as \n.
    ["hello.json", "hello\n", /"hello\\n"/],
  ])("input that is not JSON (%s): 65, the file, the place, the message on one line", (name, content, place) => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    const r = cli(["assess", file]);
    expect(r.status).toBe(65);
    expect(r.stderr).toContain(`alberta-atp: ${file}: Not valid JSON`);
    expect(r.stderr).toMatch(place);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
    expectNoStack(r);
  });

  it("an empty input: 65", () => {
    const r = cli(["assess", "-"], { input: "" });
    expect(r.status).toBe(65);
    expect(r.stderr).toContain("standard input: The input is empty");
  });

  it("schema issues: 65, each issue with its path", () => {
    const input = JSON.stringify({
      dateOfBirth: "2023-02-29",
      maritalStatus: "engaged",
      favouriteColour: "blue",
      workHistory: [{ noc: "21231", country: "CA", from: "2024-05-01", to: "2024-01-01", hoursPerWeek: 40 }],
    });
    const r = cli(["assess", "-", "--as-of", AS_OF], { input });
    expect(r.status).toBe(65);
    expect(r.stderr).toContain("standard input is not a valid candidate (4 issues):");
    expect(r.stderr).toContain("  dateOfBirth: 2023-02-29 is not a day of the calendar");
    expect(r.stderr).toContain("  maritalStatus: Expected one of");
    expect(r.stderr).toContain('  favouriteColour: Unknown field "favouriteColour"');
    expect(r.stderr).toContain("  workHistory[0].to: The job ends (2024-01-01) before it starts (2024-05-01).");
    expectNoStack(r);
  });

  it("schema issues with --json: the issues as JSON on stdout, equal to parseCandidate's", () => {
    const value = { dateOfBirth: "2023-02-29", languageTests: "none" };
    const r = cli(["assess", "-", "--json"], { input: JSON.stringify(value) });
    expect(r.status).toBe(65);
    const parsed = parseCandidate(value);
    expect(parsed.ok).toBe(false);
    expect(JSON.parse(r.stdout)).toEqual({ status: "invalid", file: "-", issues: parsed.ok ? [] : parsed.issues });
  });

  it.each([
    [["assess", example("missing-facts.json"), "--frobnicate"], "Unknown option --frobnicate"],
    [["assess", example("missing-facts.json"), "--as-of"], "Option --as-of needs a value"],
    [["assess", example("missing-facts.json"), "--json=yes"], "Option --json is a switch and takes no value"],
    [
      ["assess", example("missing-facts.json"), "--as-of", "2023-02-29"],
      "--as-of: 2023-02-29 is not a day of the calendar",
    ],
    [["assess", example("missing-facts.json"), "--as-of", "25/11/2026"], "--as-of: Expected a date written YYYY-MM-DD"],
    [["assess", example("missing-facts.json"), "--program", "pnp"], "--program: expected one of atp, alberta-ee"],
    [["assess"], "Missing argument: <file.json|->"],
    [["assess", "a.json", "b.json"], 'Unexpected argument: "b.json"'],
    [["assess", "--jsonl", "x.jsonl", "--json"], "--json does not apply to --jsonl"],
    [["assess", example("missing-facts.json"), "--stats"], "--stats applies only to a batch"],
    [["assess", example("missing-facts.json"), "--workers", "2"], "--workers applies only to a batch"],
    [["assess", "--jsonl", "x.jsonl", "--workers", "65"], '--workers: expected "auto" or a whole number from 0 to 64'],
    [
      ["assess", "--jsonl", "x.jsonl", "--workers=-1"],
      '--workers: expected "auto" or a whole number from 0 to 64; got "-1"',
    ],
    [
      ["assess", "--jsonl", "x.jsonl", "--workers", "two"],
      '--workers: expected "auto" or a whole number from 0 to 64; got "two"',
    ],
    [
      ["assess", "--jsonl", "x.jsonl", "--workers", "1.5"],
      '--workers: expected "auto" or a whole number from 0 to 64; got "1.5"',
    ],
    [["crs", example("missing-facts.json"), "--program", "atp"], "Unknown option --program"],
    [["noc", "search"], "Missing argument: <words...>"],
    [["noc", "21231", "--limit", "3"], "--limit applies only to 'noc search'"],
    [["noc", "search", "software", "--limit", "ten"], "--limit: expected a whole number"],
    [["noc", "search", "software", "--noc-version", "2011"], "--noc-version: expected one of 2016, 2021, both"],
    [["score"], 'Unknown command "score"'],
    [["--verbose"], "Unknown option --verbose"],
    [["help", "score"], 'Unknown command "score"'],
  ])("usage error %j: exit 64 naming the problem", (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toMatch(/Run 'alberta-atp( [a-z ]+)? --help' for usage\./);
    expect(r.stdout).toBe("");
    expectNoStack(r);
  });

  it.each([
    [["assess", "no/such/file.json"], "Cannot open no/such/file.json: no such file (ENOENT)"],
    [["assess", "examples"], "Cannot open examples: it is a directory, not a file (EISDIR)"],
    [["crs", "no-such.json"], "Cannot open no-such.json: no such file (ENOENT)"],
    [["assess", "--jsonl", "no-such.jsonl"], "Cannot open no-such.jsonl: no such file (ENOENT)"],
    [["assess", "--jsonl", "examples"], "Cannot open examples: it is a directory, not a file (EISDIR)"],
  ])("cannot open %j: exit 66", (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(66);
    expect(r.stderr).toContain(message);
    expectNoStack(r);
  });
});

interface BatchLine {
  line: number;
  id?: string | number;
  status: string;
  issues?: { path: string; code: string; message: string }[];
  failed?: { id: string; title: string; reason: string }[];
  missing?: string[];
  crs?: number;
  assessment?: unknown;
}

describe("alberta-atp assess --jsonl", () => {
  const file = join(examples, "batch-1000.jsonl");

  it("the 1,000-line example: one result per line, counts equal to the library's", () => {
    const r = cli(["assess", "--jsonl", example("batch-1000.jsonl"), "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    const results = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as BatchLine);
    expect(results.map((x) => x.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));

    const expected = { eligible: 0, ineligible: 0, incomplete: 0, invalid: 0 };
    readFileSync(file, "utf8")
      .trimEnd()
      .split("\n")
      .forEach((text, i) => {
        const got = results[i];
        let value: unknown;
        try {
          value = JSON.parse(text);
        } catch {
          expected.invalid += 1;
          expect(got?.status).toBe("invalid");
          return;
        }
        let id: unknown;
        if (typeof value === "object" && value !== null && "candidate" in value) {
          id = (value as { id?: unknown }).id;
          value = (value as { candidate: unknown }).candidate;
        }
        const parsed = parseCandidate(value);
        if (!parsed.ok) {
          expected.invalid += 1;
          expect(got).toEqual({ line: i + 1, status: "invalid", issues: parsed.issues });
          return;
        }
        const a = assessAcceleratedTechPathway(parsed.value, { asOf: AS_OF });
        expected[a.status] += 1;
        expect(got?.status).toBe(a.status);
        expect(got?.id).toBe(id);
        expect(got?.missing).toEqual(a.missing);
        const failed = [...new Set(a.failed.map((f) => `${f.id}\n${f.reason}`))];
        expect(got?.failed?.map((f) => `${f.id}\n${f.reason}`)).toEqual(failed);
        expect(got?.crs).toBe(a.crs?.total);
      });
    const counts = { eligible: 0, ineligible: 0, incomplete: 0, invalid: 0 };
    for (const x of results) counts[x.status as keyof typeof counts] += 1;
    expect(counts).toEqual(expected);
    // every kind of outcome is in the example, a few invalid lines included
    expect(Math.min(...Object.values(counts))).toBeGreaterThan(0);
    expect(counts.invalid).toBeGreaterThanOrEqual(5);
    // the summary goes to stderr, so stdout stays pure JSON Lines
    expect(r.stderr).toBe(
      `1000 lines assessed for the Alberta Accelerated Tech Pathway as of 2026-11-25: ${counts.eligible} eligible, ` +
        `${counts.ineligible} ineligible, ${counts.incomplete} incomplete, ${counts.invalid} invalid.\n`,
    );
  }, 60_000);

  it("bad lines never stop the batch: each kind gets an invalid result with its line number", () => {
    const good = readFileSync(join(examples, "software-engineer-calgary.json"), "utf8").replaceAll(/\s*\n\s*/g, "");
    const input = [
      good,
      "not json",
      "",
      '{"dateOfBirth":"2023-02-29"}',
      "[]",
      '{"id":"A-7","candidate":{"dateOfBirth":"1990-01-01"},"note":"x"}',
      '{"id":{"nested":true},"candidate":{}}',
      `{"id":42,"candidate":${good}}`,
      "   ",
      '{"dateOfBirth":"1990-01-01","workHistory":[',
      good,
    ].join("\r\n");
    const r = cli(["assess", "--jsonl", "-", "--as-of", AS_OF], { input });
    expect(r.status).toBe(0);
    const results = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as BatchLine);
    expect(results.map((x) => [x.line, x.status])).toEqual([
      [1, "eligible"],
      [2, "invalid"],
      [4, "invalid"],
      [5, "invalid"],
      [6, "invalid"],
      [7, "invalid"],
      [8, "eligible"],
      [10, "invalid"],
      [11, "eligible"],
    ]);
    expect(results[1]?.issues?.[0]).toMatchObject({ path: "", code: "invalid_json" });
    expect(results[2]?.issues?.[0]).toMatchObject({ path: "dateOfBirth", code: "invalid_date" });
    expect(results[3]?.issues?.[0]).toMatchObject({ path: "", code: "invalid_type" });
    expect(results[4]).toMatchObject({ id: "A-7", issues: [{ path: "note", code: "unrecognized_key" }] });
    expect(results[5]?.issues?.[0]).toMatchObject({ path: "id", code: "invalid_type" });
    expect(results[6]?.id).toBe(42);
    expect(r.stderr).toContain("9 lines assessed");
    expect(r.stderr).toContain("3 eligible, 0 ineligible, 0 incomplete, 6 invalid.");
  });

  it("--full adds the whole assessment, equal to the library's; --program applies", () => {
    const candidate = readFileSync(join(examples, "mechanical-engineer-abroad.json"), "utf8").replaceAll(
      /\s*\n\s*/g,
      "",
    );
    const r = cli(["assess", "--jsonl", "-", "--as-of", AS_OF, "--program", "fsw", "--full"], {
      input: `${candidate}\n`,
    });
    expect(r.status).toBe(0);
    const [line] = r.stdout
      .trimEnd()
      .split("\n")
      .map((l) => JSON.parse(l) as BatchLine);
    const expected = assessFederalSkilledWorker(readExample("mechanical-engineer-abroad.json"), { asOf: AS_OF });
    expect(line?.assessment).toEqual(viaJson(expected));
    expect(line?.status).toBe(expected.status);
    expect(r.stderr).toContain("for the Federal Skilled Worker Program");
  });

  it("--workers: worker threads write the same bytes, in input order, as the main thread", () => {
    // 1,500 lines or so (the example and half of it again, so "auto" starts its threads after line
    // 1,000), with a blank line, and the example's own invalid lines and ids.
    const text = readFileSync(file, "utf8");
    const input = `${text}\n${text.slice(0, text.length / 2)}`;
    const main = cli(["assess", "--jsonl", "-", "--as-of", AS_OF, "--stats"], { input });
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
      const r = cli(["assess", "--jsonl", "-", "--as-of", AS_OF, "--stats", "--workers", workers], { input });
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(main.stdout);
      expect(r.stderr.split("\n")[0]).toBe(main.stderr.split("\n")[0]);
      expect(stats(r).results).toBe(lines.length);
      const cores = availableParallelism();
      expect(stats(r).workers).toBe(workers !== "auto" ? Number(workers) : cores > 1 ? cores : 0);
    }
  }, 60_000);

  it("an empty input is an empty batch (exit 0)", () => {
    const r = cli(["assess", "--jsonl", "-"], { input: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("0 lines assessed");
  });

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

  // Heavy (about 15-25 s): not part of `npm test`; .ci/run runs it once, in a step of its own, with
  // ALBERTA_ATP_HEAVY_TESTS=1 (`npm run test:heavy`).
  it.runIf(process.env.ALBERTA_ATP_HEAVY_TESTS === "1")(
    "100,000 lines: every line gets a result, and memory stays flat (measured, printed)",
    async () => {
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
    },
    300_000,
  );
});
