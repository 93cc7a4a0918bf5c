import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples import the package by its name, as users do; in tests that name is the source.
    alias: {
      "alberta-atp/locales/en": fileURLToPath(new URL("./src/locales/en/index.ts", import.meta.url)),
      "alberta-atp/locales/fr": fileURLToPath(new URL("./src/locales/fr/index.ts", import.meta.url)),
      "alberta-atp": fileURLToPath(new URL("./src/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["test/**/*.test.ts"],
    // The built binary in child processes (worker threads, pipes, the 100,000-line batch) needs a
    // build first and some 30-60 s: `npm run test:binary` runs it (CI does, once), `npm test` not.
    exclude: [
      ...configDefaults.exclude,
      ...(process.env.ALBERTA_ATP_BINARY_TESTS === "1" ? [] : ["test/cli/binary.test.ts"]),
    ],
    // Type-level tests (expectTypeOf, @ts-expect-error) of the public types users compose with:
    // vitest runs tsc on them (and the sources they import, not the whole project: that is
    // tsconfig.typecheck.json) and reports each `it` as a test.
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.typecheck.json" },
    environment: "node",
    // The test files share a worker's module cache instead of importing the library afresh each
    // (that import was about half of the suite's CPU time). Nothing here mocks modules or changes
    // globals for good (one console spy is restored), so the files stay independent.
    isolate: false,
    // Property tests take a few seconds; on a busy 2-core machine vitest's 5 s default made them
    // fail for time alone. A test that hangs still fails, after 30 s.
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: on our 2-core machines that is one.
    // Two or more in parallel.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
