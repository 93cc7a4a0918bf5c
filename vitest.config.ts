import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Examples import the package by its name, as users do; in tests that name is the source.
    alias: { "alberta-atp": fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Vitest's default is one worker fewer than the cores: on our 2-core machines that is one, and
    // test/cli.test.ts (child processes) then runs after everything else. Two or more in parallel.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
