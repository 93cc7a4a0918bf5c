// Vitest configuration used only by Stryker (`npm run mutate`, see stryker.config.mjs).
//
// Stryker mutates src/crs, src/language and src/programs, so it only needs the tests that exercise
// those folders. Left out on purpose, because they cover none of the mutated code and only slow each
// mutant run down:
//   - test/cli/ runs the CLI (and binary.test.ts the built package, whose coverage is of dist/, which
//     Stryker does not instrument);
//   - test/noc/, test/core/, test/experience/ and test/models/ test src/noc, src/core, src/experience
//     and src/models, none of which imports the mutated folders;
//   - the fuzz tests (*.fuzz.test.ts, up to 20,000 generated inputs each) belong to `npm test` and
//     `npm run test:fuzz`, not to every mutant run.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import type { TestSpecification } from "vitest/node";
import { BaseSequencer } from "vitest/node";

const root = fileURLToPath(new URL(".", import.meta.url));

// Stryker stops a mutant's run at the first failing test, and vitest runs files one after the other.
// Vitest's default order puts the slowest files first, which are the property tests; they would then
// run for nearly every mutant. Run the small, targeted files first and the property tests last.
function rank(file: string): number {
  if (/properties|federal\/express-entry\.|atp-occupations/.test(file)) return 1;
  return 0;
}

class FastFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (spec: TestSpecification) => relative(root, spec.moduleId).replaceAll("\\", "/");
    return [...files].sort((a, b) => rank(key(a)) - rank(key(b)) || key(a).localeCompare(key(b)));
  }
}

export default defineConfig({
  resolve: {
    // Same alias as vitest.config.ts: examples import the package by its name.
    alias: { "alberta-atp": fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
  test: {
    include: [
      "test/crs/**/*.test.ts",
      "test/language/**/*.test.ts",
      "test/programs/**/*.test.ts",
      "test/docs/rules-table.test.ts",
      "test/docs/readme.test.ts",
    ],
    // The fuzz files (*.fuzz.test.ts) are left out: see above.
    exclude: ["**/*.fuzz.test.ts", "**/node_modules/**"],
    environment: "node",
    sequence: { sequencer: FastFirstSequencer },
  },
});
