// `alberta-atp crs`: the breakdown by section and line, --improvements, --json equal to
// calculateCrs and its helpers. Run in-process (support.ts).

import { describe, expect, it } from "vitest";
import { calculateCrs, crsImprovements, withProvincialNomination } from "../../src/index.js";
import { englishOf } from "../fixtures/messages.js";
import { AS_OF, cli, example, expectNoStack, readExample, viaJson } from "./support.js";

describe("alberta-atp crs", () => {
  const file = "web-developer-with-spouse.json";

  it("prints the breakdown by section and line, the total and the total with a nomination", async () => {
    const r = await cli(["crs", example(file), "--as-of", AS_OF]);
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
      new RegExp(
        `\\nTotal with a provincial nomination \\.+ ${withProvincialNomination(crs).total.toLocaleString("en-CA")}\\n`,
      ),
    );
    expect(r.stdout).not.toContain("Improvements");
  });

  it("--improvements lists the changes, most points first", async () => {
    const r = await cli(["crs", example(file), "--as-of", AS_OF, "--improvements"]);
    expect(r.status).toBe(0);
    const imp = crsImprovements(readExample(file), { asOf: AS_OF });
    if (!imp.ok) throw new Error("not scored");
    expect(r.stdout).toContain("Improvements (one change at a time, most points first):");
    for (const i of imp.improvements) expect(r.stdout).toContain(englishOf(i.message));
  });

  it("--json equals calculateCrs, withProvincialNomination and crsImprovements", async () => {
    const candidate = readExample(file);
    const crs = calculateCrs(candidate, { asOf: AS_OF });
    const imp = crsImprovements(candidate, { asOf: AS_OF });
    if (!crs.ok || !imp.ok) throw new Error("not scored");
    const { ok: _ok, ...breakdown } = crs;
    const plain = JSON.parse((await cli(["crs", example(file), "--as-of", AS_OF, "--json"])).stdout);
    expect(plain).toEqual(viaJson({ breakdown, withNomination: withProvincialNomination(breakdown) }));
    const full = JSON.parse((await cli(["crs", example(file), "--as-of", AS_OF, "--json", "--improvements"])).stdout);
    expect(full).toEqual(
      viaJson({
        breakdown,
        withNomination: withProvincialNomination(breakdown),
        improvements: imp.improvements,
        agePoints: imp.agePoints,
      }),
    );
  });

  it("--sources lists the sources of the tables", async () => {
    const r = await cli(["crs", example(file), "--as-of", AS_OF, "--sources"]);
    expect(r.stdout).toMatch(/\nSources:\n {2}.+<https:\/\//);
  });

  it("an --as-of before the CRS existed is a usage error naming --as-of (64)", async () => {
    const r = await cli(["crs", example(file), "--as-of", "2014-06-01"]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("--as-of: The Comprehensive Ranking System started on 2015-01-01");
  });

  it("a candidate the CRS cannot score: exit 65 with the issue's path", async () => {
    const input = JSON.stringify({ dateOfBirth: "2030-01-01" });
    const r = await cli(["crs", "-", "--as-of", AS_OF], { input });
    expect(r.status).toBe(65);
    expect(r.stderr).toContain("the CRS cannot be computed");
    expect(r.stderr).toMatch(/\n {2}dateOfBirth: /);
    expectNoStack(r);
  });
});
