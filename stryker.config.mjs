// Mutation testing: `npm run mutate`. Reports go to reports/mutation/.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // related: false, because Stryker already picks the tests that cover each mutant (perTest).
  vitest: { configFile: "vitest.stryker.config.ts", related: false },
  mutate: ["src/crs/**/*.ts", "src/language/**/*.ts", "src/programs/**/*.ts"],
  coverageAnalysis: "perTest",
  // Stryker puts `// @ts-nocheck` on top of the files it copies; examples/readme-usage.ts must stay
  // byte-equal to the README (test/docs/readme.test.ts), so only the instrumented sources get it.
  disableTypeChecks: "src/**/*.ts",
  // Build output and reports are not needed in the sandbox copies.
  ignorePatterns: ["dist", "coverage", "reports", "test-results", "docs/api", ".ci/out"],
  reporters: ["html", "clear-text", "json", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  concurrency: 2,
  // A mutant that makes a loop endless is "timed out" (counted as detected) after
  // timeoutMS + timeoutFactor * the test's normal duration.
  timeoutMS: 10000,
  timeoutFactor: 2,
  // Outside the repository, so that biome, tsc and the other tools never see the instrumented copies.
  tempDirName: "/tmp/alberta-atp-stryker",
  cleanTempDir: true,
  incremental: false,
  thresholds: { high: 90, low: 85, break: null },
};
