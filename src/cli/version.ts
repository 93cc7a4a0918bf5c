// The package version, read from package.json next to the code: `../package.json` from the built
// dist/cli.js (also inside node_modules/alberta-atp), `../../package.json` from src/cli/ (tsx).

import { createRequire } from "node:module";

export function cliVersion(): string {
  const load = createRequire(import.meta.url);
  for (const path of ["../package.json", "../../package.json"]) {
    try {
      const pkg = load(path) as { name?: unknown; version?: unknown };
      if (pkg.name === "alberta-atp" && typeof pkg.version === "string") return pkg.version;
    } catch {
      // not there: try the next place
    }
  }
  return "unknown";
}
