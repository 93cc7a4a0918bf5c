// Bad input to the CLI: a clear message naming the file and the place, a documented exit code,
// never a stack trace. Run in-process (support.ts).

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCandidate } from "../../src/index.js";
import { inEnglish } from "../fixtures/messages.js";
import { AS_OF, cli, example, expectNoStack } from "./support.js";

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "alberta-atp-cli-"));
});
afterAll(() => {
  if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
});

describe("bad input: a clear message, a documented exit code, never a stack trace", () => {
  it.each([
    // V8 gives the place for this one: the test asks for the line.
    ["broken.json", '{\n  "dateOfBirth": "1990-01-01",\n}\n', /line 3/],
    // For a short input V8 quotes it, line breaks and all: they are written as \n.
    ["hello.json", "hello\n", /"hello\\n"/],
  ])("input that is not JSON (%s): 65, the file, the place, the message on one line", async (name, content, place) => {
    const file = join(tmp, name);
    writeFileSync(file, content);
    const r = await cli(["assess", file]);
    expect(r.status).toBe(65);
    expect(r.stderr).toContain(`alberta-atp: ${file}: Not valid JSON`);
    expect(r.stderr).toMatch(place);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stdout).toBe("");
    expectNoStack(r);
  });

  it("a UTF-8 byte-order mark before the JSON is not part of it, as in a JSON Lines batch", async () => {
    const file = join(tmp, "bom.json");
    writeFileSync(file, `\uFEFF${JSON.stringify({ dateOfBirth: "1990-01-01" })}`);
    const r = await cli(["assess", file, "--as-of", AS_OF, "--json"]);
    expect([r.status, r.stderr]).toEqual([2, ""]);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: "incomplete" });
  });

  it("an empty input: 65", async () => {
    const r = await cli(["assess", "-"], { input: "" });
    expect(r.status).toBe(65);
    expect(r.stderr).toContain("standard input: The input is empty");
  });

  it("schema issues: 65, each issue with its path", async () => {
    const input = JSON.stringify({
      dateOfBirth: "2023-02-29",
      maritalStatus: "engaged",
      favouriteColour: "blue",
      workHistory: [{ noc: "21231", country: "CA", from: "2024-05-01", to: "2024-01-01", hoursPerWeek: 40 }],
    });
    const r = await cli(["assess", "-", "--as-of", AS_OF], { input });
    expect(r.status).toBe(65);
    expect(r.stderr).toContain("standard input is not a valid candidate (4 issues):");
    expect(r.stderr).toContain("  dateOfBirth: 2023-02-29 is not a day of the calendar");
    expect(r.stderr).toContain("  maritalStatus: Expected one of");
    expect(r.stderr).toContain('  favouriteColour: Unknown field "favouriteColour"');
    expect(r.stderr).toContain("  workHistory[0].to: The job ends (2024-01-01) before it starts (2024-05-01).");
    expectNoStack(r);
  });

  it("schema issues with --json: the issues as JSON on stdout, equal to parseCandidate's", async () => {
    const value = { dateOfBirth: "2023-02-29", languageTests: "none" };
    const r = await cli(["assess", "-", "--json"], { input: JSON.stringify(value) });
    expect(r.status).toBe(65);
    const parsed = parseCandidate(value);
    expect(parsed.ok).toBe(false);
    expect(JSON.parse(r.stdout)).toEqual({
      status: "invalid",
      file: "-",
      issues: parsed.ok ? [] : inEnglish(parsed.issues),
    });
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
    [
      ["noc", "search", "data", "--limit", "-1"],
      'Option --limit: a value that starts with "-" is written --limit=<value>.',
    ],
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
  ])("usage error %j: exit 64 naming the problem", async (args, message) => {
    const r = await cli(args);
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
  ])("cannot open %j: exit 66", async (args, message) => {
    const r = await cli(args);
    expect(r.status).toBe(66);
    expect(r.stderr).toContain(message);
    expectNoStack(r);
  });
});
