// The project's rule: every public export has a TSDoc comment with an @example. typedoc's
// `notDocumented` validation only checks that a comment exists, so this test reads every export
// of src/index.ts with the TypeScript compiler and lists the ones whose declarations carry no
// `@example` tag.
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");

function exportsWithoutExample(): { exported: number; missing: string[] } {
  const entry = join(root, "src/index.ts");
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: () => {},
    },
  );
  const program = ts.createProgram([entry], { ...(config?.options ?? {}), noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error("src/index.ts did not load");
  const missing: string[] = [];
  const exported = checker.getExportsOfModule(moduleSymbol);
  for (const symbol of exported) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const declarations = target.getDeclarations() ?? [];
    const hasExample = declarations.some((declaration) => {
      // A variable's comment sits on its statement.
      const nodes: ts.Node[] = ts.isVariableDeclaration(declaration)
        ? [declaration, declaration.parent.parent]
        : [declaration];
      return nodes.some((node) => ts.getJSDocTags(node).some((tag) => tag.tagName.text === "example"));
    });
    if (!hasExample) {
      const first = declarations[0];
      const where =
        first === undefined
          ? "?"
          : `${relative(root, first.getSourceFile().fileName)}:${first.getSourceFile().getLineAndCharacterOfPosition(first.getStart()).line + 1}`;
      missing.push(`${symbol.name} (${where})`);
    }
  }
  return { exported: exported.length, missing };
}

describe("the public API's doc comments", () => {
  it("give every export of src/index.ts an @example", { timeout: 60_000 }, () => {
    const { exported, missing } = exportsWithoutExample();
    expect(exported).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });
});
