// examples/candidates: every example valid, every ATP outcome covered, batch-1000.jsonl what its
// generator writes.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessAcceleratedTechPathway, calculateCrs, parseCandidate } from "../../src/index.js";
import { AS_OF, examples, readExample, root } from "./support.js";

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "alberta-atp-cli-"));
});
afterAll(() => {
  if (tmp !== "") rmSync(tmp, { recursive: true, force: true });
});

describe("examples/candidates", () => {
  const files = readdirSync(examples).filter((f) => f.endsWith(".json"));

  it("holds at least six candidates, each valid for parseCandidate", async () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files).toContain("software-engineer-calgary.json");
    for (const file of files) {
      const parsed = parseCandidate(JSON.parse(readFileSync(join(examples, file), "utf8")));
      expect(parsed.ok ? [] : parsed.issues, file).toEqual([]);
    }
  });

  it("covers every ATP outcome on 2026-11-25, and a spouse", async () => {
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

  it("batch-1000.jsonl is what scripts/generate-jsonl.ts writes (deterministic)", async () => {
    const out = join(tmp, "regenerated.jsonl");
    execFileSync("npx", ["tsx", "scripts/generate-jsonl.ts", "--out", out], { cwd: root, stdio: "pipe" });
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(examples, "batch-1000.jsonl"), "utf8"));
  }, 60_000);
});
