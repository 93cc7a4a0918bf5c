import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const usageFile = readFileSync(new URL("../examples/readme-usage.ts", import.meta.url), "utf8");

describe("README usage example", () => {
  it("is the same code as examples/readme-usage.ts", () => {
    const block = /<!-- usage:start[^>]*-->\s*```ts\n([\s\S]*?)```\s*<!-- usage:end -->/.exec(readme);
    expect(block?.[1]).toBe(usageFile);
  });

  it("is at most about ten lines of code", () => {
    const lines = usageFile.split("\n").filter((l) => l.trim() !== "");
    expect(lines.length).toBeLessThanOrEqual(11);
  });

  it("runs and prints what its comments say", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      await import("../examples/readme-usage.js");
      const printed = log.mock.calls.map((args) => args[0]);
      expect(printed[0]).toBe("Software engineers and designers");
      expect(printed[1]).toEqual(["21230", "21232", "21234"]);
      expect(printed[2]).toMatchObject({ ok: false, issues: [{ path: "dateOfBirth", code: "invalid_date" }] });
    } finally {
      log.mockRestore();
    }
  });

  it("names the test command that CI runs", () => {
    expect(readme).toContain("npm test");
    expect(readFileSync(new URL("../.ci/run", import.meta.url), "utf8")).toContain("npm test");
  });
});
