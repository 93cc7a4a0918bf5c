// `alberta-atp assess --jsonl`: one result per line, in order, equal to the library's; bad lines
// never stop the batch. Run in-process (support.ts); worker threads are in binary.test.ts.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessAcceleratedTechPathway, assessFederalSkilledWorker, isoDate, parseCandidate } from "../../src/index.js";
import { eligibleOn } from "../fixtures/alberta/builders.js";
import { englishOf, inEnglish } from "../fixtures/messages.js";
import { AS_OF, type BatchLine, cli, example, examples, readExample, viaJson } from "./support.js";

/** The ATP's verified day: the earliest `verified` of its data files and data/rule-sets.json. */
const VERIFIED = "2026-11-25";

describe("alberta-atp assess --jsonl", () => {
  const file = join(examples, "batch-1000.jsonl");

  it("the 1,000-line example: one result per line, counts equal to the library's", async () => {
    const r = await cli(["assess", "--jsonl", example("batch-1000.jsonl"), "--as-of", AS_OF]);
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
          expect(got).toEqual({ line: i + 1, status: "invalid", issues: inEnglish(parsed.issues) });
          return;
        }
        const a = assessAcceleratedTechPathway(parsed.value, { asOf: AS_OF });
        expected[a.status] += 1;
        expect(got?.status).toBe(a.status);
        expect(got?.id).toBe(id);
        expect(got?.missing).toEqual(a.missing);
        const failed = [...new Set(a.failed.map((f) => `${f.id}\n${englishOf(f.message)}`))];
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
        `${counts.ineligible} ineligible, ${counts.incomplete} incomplete, ${counts.invalid} invalid.\n` +
        `Rules and data verified against their sources through ${VERIFIED}.\n`,
    );
  }, 60_000);

  it("the summary names the verified day, and after it the stale caveat", async () => {
    const r = await cli(["assess", "--jsonl", "-", "--as-of", "2030-01-01"], { input: "{}\n" });
    expect(r.stderr.split("\n").slice(1)).toEqual([
      `Rules and data verified against their sources through ${VERIFIED}.`,
      `Caveat: The rules and data used were last verified against their official sources on ${VERIFIED}; 2030-01-01 is later, and they may have changed since: check the official pages before relying on this answer.`,
      "",
    ]);
  });

  it("bad lines never stop the batch: each kind gets an invalid result with its line number", async () => {
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
      '{"id":1e400,"candidate":{}}',
    ].join("\r\n");
    const r = await cli(["assess", "--jsonl", "-", "--as-of", AS_OF], { input });
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
      [12, "invalid"],
    ]);
    expect(results[1]?.issues?.[0]).toMatchObject({ path: "", code: "invalid_json" });
    expect(results[2]?.issues?.[0]).toMatchObject({ path: "dateOfBirth", code: "invalid_date" });
    expect(results[3]?.issues?.[0]).toMatchObject({ path: "", code: "invalid_type" });
    expect(results[4]).toMatchObject({ id: "A-7", issues: [{ path: "note", code: "unrecognized_key" }] });
    expect(results[5]?.issues?.[0]).toMatchObject({ path: "id", code: "invalid_type" });
    expect(results[6]?.id).toBe(42);
    // 1e400 is Infinity for JSON.parse, which JSON would print back as null: not an id.
    expect(results[9]).toMatchObject({ issues: [{ path: "id", code: "invalid_type" }] });
    expect(results[9]).not.toHaveProperty("id");
    expect(r.stderr).toContain("10 lines assessed");
    expect(r.stderr).toContain("3 eligible, 0 ineligible, 0 incomplete, 7 invalid.");
  });

  it("--full adds the whole assessment, equal to the library's; --program applies", async () => {
    const candidate = readFileSync(join(examples, "mechanical-engineer-abroad.json"), "utf8").replaceAll(
      /\s*\n\s*/g,
      "",
    );
    const r = await cli(["assess", "--jsonl", "-", "--as-of", AS_OF, "--program", "fsw", "--full"], {
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

  it("a line's failed rules and uncertain rules read as its --full assessment words them, in both languages", async () => {
    const names = readdirSync(examples).filter((name) => name.endsWith(".json"));
    // And a candidate eligible through a current job alone: on 2024-10-01 whether such a job counts
    // is a rule the law leaves uncertain (the official wording changed on a day no source gives).
    const currentJobOnly = { ...eligibleOn(isoDate("2024-10-01")), jobOffer: null };
    const input = [...names.map((name) => readExample(name)), currentJobOnly].map((c) => JSON.stringify(c)).join("\n");
    type Rendered = { id: string; title: string; reason: string; message: unknown };
    type Full = BatchLine & {
      uncertain?: unknown[];
      assessment: { failed: Rendered[]; uncertain: unknown[] };
    };
    let uncertainLines = 0;
    for (const lang of ["en", "fr"]) {
      for (const asOf of ["2022-06-01", "2024-10-01", "2026-11-25"]) {
        const r = await cli(["assess", "--jsonl", "-", "--as-of", asOf, "--full", "--lang", lang], { input });
        expect(r.status).toBe(0);
        const lines = r.stdout
          .trimEnd()
          .split("\n")
          .map((l) => JSON.parse(l) as Full);
        expect(lines).toHaveLength(names.length + 1);
        for (const line of lines) {
          if (line.status === "invalid") continue;
          // A rule that failed for both jobs is listed once, as the text output does.
          const once = new Map<string, Rendered>();
          for (const f of line.assessment.failed) {
            once.set(`${f.id}\n${f.reason}`, { id: f.id, title: f.title, reason: f.reason, message: f.message });
          }
          expect(line.failed).toEqual([...once.values()]);
          if (line.assessment.uncertain.length > 0) {
            uncertainLines += 1;
            expect(line.uncertain).toEqual(line.assessment.uncertain);
          } else expect(line.uncertain).toBeUndefined();
        }
      }
    }
    expect(uncertainLines).toBeGreaterThan(0);
  });

  it("an empty input is an empty batch (exit 0)", async () => {
    const r = await cli(["assess", "--jsonl", "-"], { input: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("0 lines assessed");
  });
});
