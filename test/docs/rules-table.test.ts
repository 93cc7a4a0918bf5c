import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderRulesTable } from "../../scripts/rules-table-render.js";

describe("docs/rules.generated.md", () => {
  it("matches the rule sets in src (run `npm run docs:rules` after changing a rule)", () => {
    const committed = readFileSync(new URL("../../docs/rules.generated.md", import.meta.url), "utf8");
    expect(committed).toBe(renderRulesTable());
  });

  it("lists every top-level rule of the Accelerated Tech Pathway with a source", () => {
    const table = renderRulesTable();
    for (const id of ["atp.pathway-open", "alberta-ee.crs-minimum", "atp.job.occupation", "fsw.language.clb7"]) {
      expect(table).toContain(`\`${id}\``);
    }
  });
});
