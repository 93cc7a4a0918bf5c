// The layers of docs/architecture.md, checked against the code: every runtime import between
// src/ folders goes from a layer to one it may import (type-only imports are erased and may point
// anywhere), and the table in the document names exactly these layers.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const below = (...layers: string[]) => new Set(layers);

/** What each layer may import at run time, as the table says (besides itself and data/). */
const ALLOWED: Readonly<Record<string, ReadonlySet<string>>> = {
  core: below(),
  models: below("core"),
  noc: below("core"),
  language: below("core", "models"),
  education: below("core", "models"),
  experience: below("core", "models", "noc"),
  readings: below("core", "models", "language", "education"),
  crs: below("core", "models", "noc", "language", "education", "experience", "readings"),
  "programs/federal": below("core", "models", "noc", "language", "education", "experience", "readings"),
  "programs/alberta": below(
    "core",
    "models",
    "noc",
    "language",
    "education",
    "experience",
    "readings",
    "crs",
    "programs/federal",
  ),
  // The catalogues read the numbers their sentences state (hours, years) from the layers that own them.
  locales: below("core", "models", "noc", "language", "education", "experience", "programs/federal"),
  // The command line imports the package's entry point, the locales and the renderer.
  cli: below("index", "locales", "core"),
  index: below(
    "core",
    "models",
    "noc",
    "language",
    "experience",
    "crs",
    "programs/federal",
    "programs/alberta",
    "locales",
  ),
};

/** The layer of a file under src/: its folder (programs/<name> for the programs). */
function layerOf(file: string): string {
  const parts = relative(join(root, "src"), file).split(/[\\/]/);
  if (parts.length === 1) return "index";
  return parts[0] === "programs" ? `programs/${parts[1]}` : (parts[0] as string);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** The relative modules a file imports or re-exports at run time. */
function runtimeImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          clause.name === undefined &&
          bindings !== undefined &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
      const clause = statement.exportClause;
      const typeOnly =
        statement.isTypeOnly ||
        (clause !== undefined && ts.isNamedExports(clause) && clause.elements.every((e) => e.isTypeOnly));
      if (!typeOnly) found.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return found.filter((spec) => spec.startsWith("."));
}

describe("the layers of docs/architecture.md", () => {
  it("every runtime import between src/ folders goes to a layer the importer may use", () => {
    const wrong: string[] = [];
    for (const file of sourceFiles(join(root, "src"))) {
      const from = layerOf(file);
      for (const spec of runtimeImports(file)) {
        const target = resolve(dirname(file), spec);
        if (!target.startsWith(join(root, "src"))) continue; // data/ and package files
        const to = layerOf(target);
        if (to !== from && !(ALLOWED[from]?.has(to) ?? false)) {
          wrong.push(`${relative(root, file)} (${from}) imports ${spec} (${to})`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("the table names every layer the code has", () => {
    const doc = readFileSync(join(root, "docs/architecture.md"), "utf8");
    const rows = [...doc.matchAll(/^\| `([a-z/]+)` \|/gm)].map((m) => m[1]);
    const layers = Object.keys(ALLOWED).filter((l) => l !== "index" && l !== "locales");
    expect(rows).toEqual(layers);
  });

  it("reads a file's layer from its folder, and keeps the CRS out of the federal programs", () => {
    expect(ALLOWED["programs/federal"]?.has("crs")).toBe(false);
    expect(layerOf(join(root, "src/programs/federal/findings.ts"))).toBe("programs/federal");
    expect(layerOf(join(root, "src/readings/candidate-readings.ts"))).toBe("readings");
  });
});
