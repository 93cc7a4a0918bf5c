// Writes data/ircc/crs-points.compact.json from crs-points.json: what scoreCrs reads, and no more.
//
// scoreCrs, calculateCrs and the nomination helpers read only the points of the CRS tables, the
// sources they cite in a breakdown and the known doubts; crsTablesAsOf and crsTableHistory give
// the whole tables (labels, column headings, what skilled work meant) from crs-points.json. The
// compact file keeps each table's versions as [from, to or null, index into sources, value], the
// value without its wording ("label", "columns", "skilledWork"), and each source as the breakdown
// cites it (no section, no note). test/crs-tables.test.ts checks that it equals crs-points.json.
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

const sources = [];
const sourceIndex = (source) => {
  const text = JSON.stringify(cite(source));
  let i = sources.indexOf(text);
  if (i < 0) i = sources.push(text) - 1;
  return i;
};

const tables = Object.entries(crs.tables).map(
  ([name, table]) =>
    `    ${JSON.stringify(name)}: [\n${table.versions
      .map((v) => `      ${JSON.stringify([v.from, v.to ?? null, sourceIndex(v.source), points(v.value)])}`)
      .join(",\n")}\n    ]`,
);

// The $comment is kept short: scoreCrs bundles this file, comment included.
const text = `{
  "$comment": ${JSON.stringify("Generated from crs-points.json by compact.mjs (which describes it); do not edit.")},
  "verified": ${JSON.stringify(crs.verified)},
  "sources": [\n${sources.map((s) => `    ${s}`).join(",\n")}\n  ],
  "uncertainties": ${JSON.stringify(crs.uncertainties)},
  "tables": {\n${tables.join(",\n")}\n  }
}
`;
JSON.parse(text); // fail loudly rather than write a broken file
writeFileSync(new URL("crs-points.compact.json", here), text);
console.log(`crs-points.compact.json: ${tables.length} tables, ${sources.length} sources, ${text.length} bytes`);
