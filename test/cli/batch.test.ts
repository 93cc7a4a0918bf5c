// `alberta-atp assess --jsonl`: one result per line, in order, equal to the library's; bad lines
// never stop the batch. Run in-process (support.ts); worker threads are in binary.test.ts.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { assessAcceleratedTechPathway, assessFederalSkilledWorker, parseCandidate } from "../../src/index.js";
import { englishOf, inEnglish } from "../fixtures/messages.js";
import { AS_OF, type BatchLine, cli, example, examples, readExample, viaJson } from "./support.js";

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
        `${counts.ineligible} ineligible, ${counts.incomplete} incomplete, ${counts.invalid} invalid.\n`,
    );
  }, 60_000);

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

  it("an empty input is an empty batch (exit 0)", async () => {
    const r = await cli(["assess", "--jsonl", "-"], { input: "" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("0 lines assessed");
  });
});
