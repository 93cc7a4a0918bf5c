import { readFile } from "node:fs/promises";
import { defineConfig } from "tsup";

/**
 * The data files' `$comment` fields are for people reading data/: nothing in the code reads them,
 * so the bundles leave them out (about 4 kB of the data the rules import).
 */
const dataWithoutComments = {
  name: "data-without-comments",
  setup(build: {
    onLoad: (
      options: { filter: RegExp },
      load: (args: { path: string }) => Promise<{ contents: string; loader: "json" }>,
    ) => void;
  }) {
    build.onLoad({ filter: /[\\/]data[\\/].*\.json$/ }, async (args) => {
      const parsed = JSON.parse(await readFile(args.path, "utf8")) as unknown;
      const strip = (value: unknown): unknown => {
        if (Array.isArray(value)) return value.map(strip);
        if (typeof value !== "object" || value === null) return value;
        return Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== "$comment")
            .map(([key, item]) => [key, strip(item)]),
        );
      };
      return { contents: JSON.stringify(strip(parsed)), loader: "json" };
    });
  },
};

export default defineConfig([
  {
    esbuildPlugins: [dataWithoutComments],
    entry: { index: "src/index.ts", "locales/en": "src/locales/en/index.ts", "locales/fr": "src/locales/fr/index.ts" },
    format: ["esm", "cjs"],
    // tsup 8.5.x sets `baseUrl` for the dts build; TypeScript 6 rejects it (TS5101) unless silenced.
    // ALBERTA_ATP_JS_ONLY=1 skips the declarations (about 10 s): test/cli/binary.test.ts runs the built
    // JavaScript only, and `npm test` typechecks the sources itself.
    dts: process.env.ALBERTA_ATP_JS_ONLY === "1" ? false : { compilerOptions: { ignoreDeprecations: "6.0" } },
    sourcemap: true,
    // The two builds run in parallel: keep this one's clean from deleting the CLI's output.
    clean: ["!cli.js", "!cli-batch-worker.js"],
    treeshake: true,
    target: "es2022",
    outDir: "dist",
  },
  {
    // The `alberta-atp` command (package.json "bin"): Node only, ESM, one file, dist/cli.js. Its
    // imports of the library ("../index.js" in src/cli/) become imports of the built dist/index.js,
    // so the package carries one copy of the rules. src/cli/index.ts starts with the
    // #!/usr/bin/env node line, which esbuild keeps and tsup makes executable.
    // The batch's worker threads (src/cli/batch-worker.ts) load dist/cli-batch-worker.js.
    entry: { cli: "src/cli/index.ts", "cli-batch-worker": "src/cli/batch-worker.ts" },
    esbuildPlugins: [
      {
        name: "cli-imports-built-library",
        setup(build) {
          build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) =>
            /[\\/]src[\\/]cli[\\/][^\\/]+$/.test(args.importer) ? { path: "./index.js", external: true } : undefined,
          );
        },
      },
    ],
    format: ["esm"],
    platform: "node",
    target: "node20",
    outDir: "dist",
    clean: false,
    dts: false,
    sourcemap: false,
    splitting: false,
    removeNodeProtocol: false,
  },
]);
