import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples import the package by its name, as users do; in tests that name is the source.
    alias: { "alberta-atp": fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
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
    // Vitest's default is one worker fewer than the cores: on our 2-core machines that is one.
    // Two or more in parallel.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
