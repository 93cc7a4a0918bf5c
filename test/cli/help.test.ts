// `alberta-atp --help`, `--version` and each command's own help. Run in-process (support.ts).

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, root } from "./support.js";

describe("alberta-atp --help, --version", () => {
  it("--version prints the version of package.json", async () => {
    const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    for (const flag of ["--version", "-v"]) {
      const r = await cli([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it("--help lists every command and the exit codes", async () => {
    const r = await cli(["--help"]);
    expect(r.status).toBe(0);
    for (const text of ["assess", "crs", "eoi", "noc search", "--jsonl", "Exit codes", "64"]) {
      expect(r.stdout).toContain(text);
    }
    expect((await cli(["help"])).stdout).toBe(r.stdout);
  });

  it("no command at all: the usage on stderr, exit 64", async () => {
    const r = await cli([]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("Usage:");
    expect(r.stdout).toBe("");
  });

  it.each([
    ["assess", "--jsonl"],
    ["crs", "--improvements"],
    ["eoi", "Accelerated Tech Pathway draws"],
    ["noc", "noc search"],
  ])("%s has its own help (--help, -h and 'help %s')", async (command, text) => {
    for (const args of [
      [command, "--help"],
      [command, "-h"],
      ["help", command],
    ]) {
      const r = await cli(args);
      expect(r.status, args.join(" ")).toBe(0);
      expect(r.stdout).toContain(`alberta-atp ${command}`);
      expect(r.stdout).toContain(text);
      expect(r.stdout).toContain("Exit codes");
    }
  });

  it("noc search --help", async () => {
    const r = await cli(["noc", "search", "--help"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("--noc-version");
  });
});
