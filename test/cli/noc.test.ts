// `alberta-atp noc <code>` and `noc search`: equal to getNoc, searchNoc and the ATP occupation
// check. Run in-process (support.ts).

import { describe, expect, it } from "vitest";
import { checkAtpOccupation, getNoc, nocPredecessors, nocSuccessors, searchNoc } from "../../src/index.js";
import { AS_OF, cli, viaJson } from "./support.js";

describe("alberta-atp noc", () => {
  it("noc 21231: title, TEER, predecessors and the ATP list", async () => {
    const r = await cli(["noc", "21231", "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("21231  Software engineers and designers");
    expect(r.stdout).toContain("TEER 1");
    expect(r.stdout).toContain("NOC 2016 predecessors");
    expect(r.stdout).toContain("  2173   Software engineers and designers");
    expect(r.stdout).toContain("Accelerated Tech Pathway list on 2026-11-25: ✔ on the list");
  });

  it("noc 2173 (NOC 2016): successors, and the ATP answer is unknown until restated", async () => {
    const r = await cli(["noc", "2173", "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("skill level A");
    for (const s of nocSuccessors("2173")) expect(r.stdout).toContain(`  ${s.code}  ${s.title}`);
    expect(r.stdout).toContain("Accelerated Tech Pathway list on 2026-11-25: ? unknown");
  });

  it("noc <code> --json equals the library", async () => {
    for (const code of ["21231", "2173", "64100"]) {
      const json = JSON.parse((await cli(["noc", code, "--as-of", AS_OF, "--json"])).stdout) as Record<string, unknown>;
      expect(json.entry).toEqual(viaJson(getNoc(code)));
      const related = code.length === 4 ? nocSuccessors(code) : nocPredecessors(code);
      expect(json[code.length === 4 ? "successors" : "predecessors"]).toEqual(viaJson(related));
      expect(json.atp).toEqual(viaJson({ asOf: AS_OF, ...checkAtpOccupation(code, AS_OF) }));
    }
  });

  it("noc search: matches with TEER and ATP mark; --json equals searchNoc", async () => {
    const r = await cli(["noc", "search", "software", "--as-of", AS_OF]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^21231 {2}NOC 2021 {2}TEER 1 +ATP ✔ {2}Software engineers and designers$/m);
    const json = JSON.parse((await cli(["noc", "search", "software", "eng", "--as-of", AS_OF, "--json"])).stdout) as {
      results: { code: string; atp: string }[];
      total: number;
    };
    const expected = searchNoc("software eng");
    expect(json.total).toBe(expected.length);
    expect(json.results).toEqual(
      viaJson(expected.map((e) => ({ ...e, atp: checkAtpOccupation(e.code, AS_OF).verdict }))),
    );
    const only2016 = JSON.parse(
      (await cli(["noc", "search", "software", "--noc-version", "2016", "--json"])).stdout,
    ) as {
      results: { version: number }[];
    };
    expect(only2016.results.length).toBeGreaterThan(0);
    expect(only2016.results.every((e) => e.version === 2016)).toBe(true);
  });

  it("noc search --limit", async () => {
    const all = searchNoc("manager");
    expect(all.length).toBeGreaterThan(3);
    const r = await cli(["noc", "search", "manager", "--limit", "3"]);
    expect(r.stdout).toContain(`... and ${all.length - 3} more`);
  });

  it("noc search with no match: exit 1", async () => {
    const r = await cli(["noc", "search", "zzzqqq"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No NOC occupation matches "zzzqqq"');
  });

  it("a code that is not a NOC unit group: exit 65, with a hint", async () => {
    const digits = await cli(["noc", "99999"]);
    expect(digits.status).toBe(65);
    expect(digits.stderr).toContain('"99999" is not a NOC 2016 or NOC 2021 unit group code');
    const words = await cli(["noc", "software"]);
    expect(words.status).toBe(65);
    expect(words.stderr).toContain("alberta-atp noc search software");
    // A blank code gets the hint on codes, not a search command with nothing to search.
    const blank = await cli(["noc", " "]);
    expect(blank.status).toBe(65);
    expect(blank.stderr).toContain("NOC 2021 codes have 5 digits (21231), NOC 2016 codes 4 (2173).");
    expect(blank.stderr).not.toContain("noc search");
    const json = await cli(["noc", "99999", "--json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({
      status: "invalid",
      issues: [{ path: "code", code: "unknown_noc" }],
    });
  });
});
