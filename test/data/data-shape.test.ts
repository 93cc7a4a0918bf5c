// Every dated table in data/ is in the one shape (`{ verified, versions: [{ from, to?, source,
// verified?, uncertain?, value }] }`): it passes checkDated (the library's loader does not repeat
// the check) and loads through the one loader. A new JSON file must be listed below, so a file in
// another shape fails here.

import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDated } from "../../src/core/dated.js";
import { checkDated } from "../../src/core/dated-check.js";

const ROOT = join(import.meta.dirname, "../..");

/** Dated data in the one shape. */
const DATED = [
  "data/alberta/alberta-express-entry-stream.json",
  "data/alberta/aaip-worker-eoi-terms.json",
  "data/alberta/atp-draws.json",
  "data/alberta/atp-occupations.json",
  "data/alberta/atp-pathway-history.json",
  "data/alberta/aaip-employer-requirements.json",
  "data/alberta/aaip-language-tests.json",
  "data/alberta/worker-eoi-grid.json",
  "data/alberta/worker-eoi-family.json",
  // crs-points.compact.json is generated from crs-points.json (data/ircc/compact.mjs): the same
  // tables and versions in the one shape, without wording or sections, which is what scoreCrs
  // bundles; test/crs/compact.test.ts checks it against the full file.
  "data/ircc/crs-points.compact.json",
  "data/ircc/crs-points.json",
  "data/ircc/express-entry-terms.json",
  "data/ircc/federal-requirements.json",
  "data/ircc/fsw-selection-grid.json",
  "data/ircc/fst-trade-groups.json",
  "data/ircc/language-equivalency.json",
  "data/ircc/settlement-funds.json",
];

/** Not dated tables of law: the NOC catalogues (StatCan classifications), the JSON Schema, the rule-set review days. */
const NOT_DATED = [
  "data/noc/crosswalk-2016-2021.json",
  "data/noc/noc.codes.json",
  "data/noc/noc.compact.json",
  "data/noc/noc.labels.json",
  "data/noc/noc2016.json",
  "data/noc/noc2021-structure.json",
  "data/noc/noc2021.json",
  "data/rule-sets.json",
  "data/schema/candidate.schema.json",
];

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith(".json") ? [relative(ROOT, path).split("\\").join("/")] : [];
  });
}

describe("data/: one shape for dated data", () => {
  it("every JSON file under data/ is listed once, as dated or not dated", () => {
    const listed = [...DATED, ...NOT_DATED];
    expect(new Set(listed).size).toBe(listed.length);
    expect(jsonFiles(join(ROOT, "data")).sort()).toEqual(listed.sort());
  });

  it.each(DATED)("%s passes the one check and loads through the one loader", (file) => {
    const json: unknown = JSON.parse(readFileSync(join(ROOT, file), "utf8"));
    checkDated(json, file);
    const { verified, series } = json as { verified: string; series?: Record<string, unknown> };
    const tables = series === undefined ? [json] : Object.values(series).map((t) => ({ ...(t as object), verified }));
    for (const table of tables) {
      const dated = loadDated(table, (value) => value);
      expect(dated.versions.length).toBeGreaterThan(0);
      // Every version cites a source read on or before the file's last verification.
      for (const v of dated.versions) expect(v.source.retrieved <= dated.verified).toBe(true);
    }
  });
});
