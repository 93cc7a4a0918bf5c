// `alberta-atp assess <file>`: the explained verdict tree, exit codes by status, --json equal to
// the library's assessment, --sources, stdin, colour. Run in-process (support.ts).

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Assessment, assessAcceleratedTechPathway, toIsoDate } from "../../src/index.js";
import { AS_OF, cli, ESC, EXIT_OF_STATUS, example, examples, PROGRAMS, readExample, viaJson } from "./support.js";

describe("alberta-atp assess", () => {
  it("prints the explained verdict tree, next steps and CRS of the main example (exit 0)", async () => {
    const r = await cli(["assess", example("software-engineer-calgary.json"), "--as-of", AS_OF]);
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

  it("ineligible: exit 1, and says why", async () => {
    const r = await cli(["assess", example("accountant-not-tech.json"), "--as-of", AS_OF]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("Result: ✘ NOT ELIGIBLE");
    expect(r.stdout).toMatch(/Why not:\n {2}✘ The occupation is on the Accelerated Tech Pathway list: 11100/);
    // a rule that failed for both the offer and the current job is listed once
    expect(r.stdout.match(/^ {2}✘ The occupation is on the Accelerated Tech Pathway list/gm)).toHaveLength(1);
  });

  it("incomplete: exit 2, and lists every missing fact", async () => {
    const r = await cli(["assess", example("missing-facts.json"), "--as-of", AS_OF]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("Result: ? UNDECIDED");
    const a = assessAcceleratedTechPathway(readExample("missing-facts.json"), { asOf: AS_OF });
    expect(a.missing.length).toBeGreaterThan(3);
    for (const path of a.missing) expect(r.stdout).toContain(`\n  ? ${path}\n`);
  });

  it("--sources prints the source of each rule", async () => {
    const r = await cli(["assess", example("software-engineer-calgary.json"), "--as-of", AS_OF, "--sources"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\n {4,}source: .+ <https:\/\/[^>]+>/);
  });

  it("reads standard input for -", async () => {
    const input = readFileSync(join(examples, "mechanical-engineer-abroad.json"), "utf8");
    const r = await cli(["assess", "-", "--as-of", AS_OF], { input });
    expect(r.status).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("Alberta Accelerated Tech Pathway: standard input, as of 2026-11-25");
  });

  const files = readdirSync(examples).filter((f) => f.endsWith(".json"));
  it.each(Object.keys(PROGRAMS))(
    "--program %s --json equals the library's assessment, for every example",
    async (program) => {
      const assess = PROGRAMS[program];
      if (assess === undefined) throw new Error(program);
      for (const file of files) {
        const r = await cli(["assess", example(file), "--program", program, "--as-of", AS_OF, "--json"]);
        const expected = assess(readExample(file), { asOf: AS_OF });
        expect(JSON.parse(r.stdout), `${program} ${file}`).toEqual(viaJson(expected));
        expect(r.status, `${program} ${file}`).toBe(EXIT_OF_STATUS[expected.status]);
      }
    },
  );

  it("--as-of defaults to today's local date", async () => {
    const r = await cli(["assess", example("software-engineer-calgary.json"), "--json"]);
    expect((JSON.parse(r.stdout) as Assessment).asOf).toBe(toIsoDate(new Date()));
  });

  it("colour only on request when not a terminal: FORCE_COLOR adds it, NO_COLOR wins; symbols stay", async () => {
    const args = ["assess", example("accountant-not-tech.json"), "--as-of", AS_OF];
    const forced = await cli(args, { env: { FORCE_COLOR: "1" } });
    expect(forced.stdout).toContain(`${ESC}31;1m✘${ESC}0m`);
    const noColor = await cli(args, { env: { FORCE_COLOR: "1", NO_COLOR: "1" } });
    expect(noColor.stdout).not.toContain(ESC);
    expect(noColor.stdout).toContain("✘");
    const ansi = new RegExp(`${String.fromCharCode(27)}\\[[\\d;]*m`, "g");
    expect(noColor.stdout).toBe(forced.stdout.replaceAll(ansi, ""));
  });
});
