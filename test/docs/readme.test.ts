import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const usageFile = readFileSync(new URL("../../examples/readme-usage.ts", import.meta.url), "utf8");

describe("README usage example", () => {
  it("is the same code as examples/readme-usage.ts", () => {
    const block = /<!-- usage:start[^>]*-->\s*```ts\n([\s\S]*?)```\s*<!-- usage:end -->/.exec(readme);
    expect(block?.[1]).toBe(usageFile);
  });

  it("is at most about ten lines of code", () => {
    const lines = usageFile.split("\n").filter((l) => l.trim() !== "");
    expect(lines.length).toBeLessThanOrEqual(10);
  });

  it("runs and prints what its comments say", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      await import("../../examples/readme-usage.js");
      const printed = log.mock.calls;
      expect(printed[0]?.[0]).toBe("eligible");
      expect(printed[1]?.[0]).toEqual([
        expect.stringMatching(/^pass atp\.pathway-open: /),
        expect.stringMatching(/^pass alberta-ee: /),
        expect.stringMatching(/^pass atp\.qualifying-job: /),
      ]);
      expect(printed[2]?.[0]).toBeGreaterThanOrEqual(300);
      expect(printed[2]?.[1]).toEqual([]);
      expect(printed[2]?.[2]).toContain("Worker Expression of Interest");
    } finally {
      log.mockRestore();
    }
  });

  it("names the test command that CI runs", () => {
    expect(readme).toContain("npm test");
    expect(readFileSync(new URL("../../.ci/run", import.meta.url), "utf8")).toContain("npm test");
  });
});

describe("README Quick start", () => {
  it("its first command installs what it needs on a fresh clone (prestart runs npm ci when tsup is absent)", () => {
    const block = /## Quick start\s*```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
    const commands = block
      .split("\n")
      .map((l) => l.replace(/#.*/, "").trim())
      .filter((l) => l !== "");
    expect(commands).toEqual(["npm start", "npm test"]);
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.prestart).toBe("node scripts/ensure-installed.mjs");
    const script = readFileSync(new URL("../../scripts/ensure-installed.mjs", import.meta.url), "utf8");
    expect(script).toContain('"node_modules/.bin/tsup"');
    expect(script).toContain('["ci", "--no-audit", "--no-fund"]');
  });
});
