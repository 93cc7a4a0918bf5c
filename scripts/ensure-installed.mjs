// `npm start` on a fresh clone: install the pinned dev tools (tsup, ...) from package-lock.json
// first, once. Does nothing when they are already installed.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const root = new URL("..", import.meta.url);
if (!existsSync(new URL("node_modules/.bin/tsup", root))) {
  console.error("First run: installing the dev tools from package-lock.json (npm ci)...");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const done = spawnSync(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (done.status !== 0) process.exit(done.status ?? 1);
}
