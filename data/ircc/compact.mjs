// Writes data/ircc/crs-points.compact.json from crs-points.json: what scoreCrs reads, and no more.
//
// scoreCrs, calculateCrs and the nomination helpers read only the points of the CRS tables, the
// sources they cite in a breakdown and the known doubts; crsTablesAsOf and crsTableHistory give
// the whole tables (labels, column headings, what skilled work meant) from crs-points.json. The
// compact file is in the same one dated shape (`series`, each table's versions with from, to,
// source, uncertain and value), each version on one line: the value without its wording
// ("label", "columns", "skilledWork"), the source as the breakdown cites it (no section, no
// note), the uncertain periods as they are. test/crs/compact.test.ts checks that it equals
// crs-points.json.
//
// Run after any change to crs-points.json:  node data/ircc/compact.mjs
import { readFileSync, writeFileSync } from "node:fs";

const here = new URL("./", import.meta.url);
const crs = JSON.parse(readFileSync(new URL("crs-points.json", here), "utf8"));

const WORDING = new Set(["label", "columns", "skilledWork"]);
const points = (value) =>
  Array.isArray(value)
    ? value.map(points)
    : value !== null && typeof value === "object"
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => !WORDING.has(key))
            .map(([key, v]) => [key, points(v)]),
        )
      : value;

// As src/crs/tables/versions.ts cites a source, without the section (a breakdown leaves it out).
const cite = (s) => ({
  title: s.title,
  url: s.url,
  retrieved: s.retrieved,
  ...(s.effective === undefined ? {} : { effective: s.effective }),
  ...(s.secondary === true ? { secondary: true } : {}),
});

// Each version in the one dated shape, one line each: its source as a breakdown cites it, its
// uncertain periods, its points.
const version = (v) =>
  JSON.stringify({
    from: v.from,
    ...(v.to === undefined ? {} : { to: v.to }),
    source: cite(v.source),
    ...(v.uncertain === undefined ? {} : { uncertain: v.uncertain }),
    value: points(v.value),
  });

const tables = Object.entries(crs.series).map(
  ([name, table]) =>
    `    ${JSON.stringify(name)}: {\n      "versions": [\n${table.versions
      .map((v) => `        ${version(v)}`)
      .join(",\n")}\n      ]\n    }`,
);

// The $comment is kept short: scoreCrs bundles this file, comment included.
const text = `{
  "$comment": ${JSON.stringify("Generated from crs-points.json by compact.mjs (which describes it); do not edit.")},
  "verified": ${JSON.stringify(crs.verified)},
  "series": {\n${tables.join(",\n")}\n  }
}
`;
JSON.parse(text); // fail loudly rather than write a broken file
writeFileSync(new URL("crs-points.compact.json", here), text);
console.log(`crs-points.compact.json: ${tables.length} tables, ${text.length} bytes`);
