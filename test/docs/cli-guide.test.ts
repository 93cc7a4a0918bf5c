// The console examples of docs/cli.md, run in-process: each `$ alberta-atp ...` command (also fed
// by `echo '...' |`) prints what the guide shows, and `$ echo $?` after it is its exit code.
// Examples the guide abbreviates (a line "...", or "..." in place of a value) are left out; of a
// command that redirects its output, what it shows (standard error) is checked, without the
// timing of a batch's --stats line.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "../cli/support.js";

interface Example {
  readonly command: string;
  readonly args: readonly string[];
  /** `> file`: standard output goes to the file, only standard error is shown. */
  readonly redirected: boolean;
  readonly input?: string;
  readonly output: string;
  readonly exitCode?: number;
}

const guide = readFileSync(new URL("../../docs/cli.md", import.meta.url), "utf8");

function examples(): Example[] {
  const found: Example[] = [];
  for (const [, block = ""] of guide.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = block.replace(/\n$/, "").split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      const command = /^\$ (?:echo '([^']*)' \| )?alberta-atp (.*)$/.exec(line);
      if (command === null) continue;
      const output: string[] = [];
      while (i + 1 < lines.length && !(lines[i + 1] as string).startsWith("$ ")) output.push(lines[++i] as string);
      let exitCode: number | undefined;
      if (lines[i + 1] === "$ echo $?") {
        exitCode = Number(lines[i + 2]);
        i += 2;
      }
      const words = (command[2] as string).split(" ");
      const redirect = words.indexOf(">");
      const args = redirect < 0 ? words : words.slice(0, redirect);
      if (args.includes("|")) continue;
      const abbreviated = output.some((o) => o.trim() === "..." || o.includes('"..."') || o.includes("[...]"));
      if (abbreviated) continue;
      found.push({
        command: line,
        args,
        redirected: redirect >= 0,
        ...(command[1] === undefined ? {} : { input: `${command[1]}\n` }),
        output: output.join("\n"),
        ...(exitCode === undefined ? {} : { exitCode }),
      });
    }
  }
  return found;
}

/** A batch's --stats line without what the machine decides: its time, speed, memory and samples. */
function withoutTiming(text: string): string {
  return text.replace(/"seconds":.*$/m, '"seconds": …');
}

describe("docs/cli.md", () => {
  const all = examples();

  it("has console examples to check", () => {
    expect(all.length).toBeGreaterThanOrEqual(10);
  });

  it.each(all.map((e) => [e.command, e] as const))("%s", async (_, example) => {
    const run = await cli(example.args, example.input === undefined ? {} : { input: example.input });
    const printed = (example.redirected ? [run.stderr] : [run.stdout, run.stderr])
      .map((s) => s.replace(/\n$/, ""))
      .filter((s) => s !== "")
      .join("\n");
    expect(withoutTiming(printed)).toBe(withoutTiming(example.output));
    if (example.exitCode !== undefined) expect(run.status).toBe(example.exitCode);
  });
});
