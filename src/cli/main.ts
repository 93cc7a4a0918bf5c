// The command line as a function: `runCli(argv, ctx)` runs a command against the streams, the
// environment and the clock in `ctx`, prints errors the way the CLI promises (exit-codes.ts), and
// returns the exit code. index.ts (the `alberta-atp` binary) passes it the real process; the tests
// pass strings, so that they run the commands in-process.

import { renderAssessment } from "../index.js";
import { ASSESS_HELP, assessCommand } from "./assess.js";
import { CRS_HELP, crsCommand } from "./crs.js";
import { EOI_HELP, eoiCommand } from "./eoi.js";
import { CliError, ExitCode, usageError } from "./exit-codes.js";
import { type CliContext, writeLines } from "./io.js";
import { cliLang, LANG_NAMES, type LangName } from "./lang.js";
import { NOC_HELP, nocCommand } from "./noc.js";
import { cliVersion } from "./version.js";

const HELP = `alberta-atp: Alberta's Accelerated Tech Pathway and Canadian Express Entry rules, explained.

Usage:
  alberta-atp assess <file.json|-> [--program atp|alberta-ee|express-entry|fsw|cec|fst]
                     [--as-of YYYY-MM-DD] [--json] [--sources] [--lang en|fr]
  alberta-atp assess --jsonl <file|-> [--program ...] [--as-of ...] [--full] [--stats] [--workers n|auto]
                     [--lang en|fr]
  alberta-atp crs <file.json|-> [--improvements] [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp eoi <file.json|-> [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp noc <code> [--as-of ...] [--json] [--sources] [--lang en|fr]
  alberta-atp noc search <words...> [--noc-version 2016|2021] [--limit n] [--as-of ...] [--json]
                     [--lang en|fr]
  alberta-atp help [command]        help for a command (or: alberta-atp <command> --help)
  alberta-atp --version

A candidate is a JSON file (see examples/candidates/ and the JSON schema
alberta-atp/candidate.schema.json); - reads it from standard input. --as-of defaults to today.
--lang fr prints the explanations in French (--json adds their text in that language); the
default is English, whatever the environment's locale.

Exit codes:
  0 eligible / done (a batch: it ran)   1 ineligible, or no search match   2 incomplete (facts missing),
  or no Worker EOI grid known on the date
  64 usage error   65 invalid input data   66 cannot open the input   70 internal error

Not legal advice: the rules are encoded from public IRCC and Government of Alberta pages, each cited.`;

type Command = (args: readonly string[], ctx: CliContext) => Promise<number>;

const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly help: string }>> = {
  assess: { run: assessCommand, help: ASSESS_HELP },
  crs: { run: crsCommand, help: CRS_HELP },
  eoi: { run: eoiCommand, help: EOI_HELP },
  noc: { run: nocCommand, help: NOC_HELP },
};

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") {
    writeLines(first === undefined ? ctx.stderr : ctx.stdout, [HELP]);
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (first === "--version" || first === "-v" || first === "version") {
    writeLines(ctx.stdout, [cliVersion()]);
    return ExitCode.ok;
  }
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined) {
      writeLines(ctx.stdout, [HELP]);
      return ExitCode.ok;
    }
    const command = COMMANDS[topic];
    if (command === undefined) throw usageError(`Unknown command ${JSON.stringify(topic)}: no help for it.`);
    writeLines(ctx.stdout, [command.help]);
    return ExitCode.ok;
  }
  const command = COMMANDS[first];
  if (command === undefined) {
    const what = first.startsWith("-") ? `Unknown option ${first}` : `Unknown command ${JSON.stringify(first)}`;
    throw usageError(`${what}. Commands: ${Object.keys(COMMANDS).join(", ")}.`);
  }
  return command.run(rest, ctx);
}

/** The `--lang` of a command line that failed before its command read it: en unless fr is given. */
function langOf(argv: readonly string[]): LangName {
  const i = argv.lastIndexOf("--lang");
  const value =
    i >= 0
      ? argv[i + 1]
      : [...argv]
          .reverse()
          .find((a) => a.startsWith("--lang="))
          ?.slice(7);
  return (LANG_NAMES as readonly (string | undefined)[]).includes(value) ? (value as LangName) : "en";
}

/** Prints an error the way the CLI promises: a message on stderr (and JSON on stdout for --json). */
function report(error: unknown, argv: readonly string[], ctx: CliContext): number {
  if (error instanceof CliError) {
    if (error.json !== undefined && argv.includes("--json")) {
      // The issues' data, with the text of any message in them in the command's language.
      writeLines(ctx.stdout, [JSON.stringify(renderAssessment(error.json, cliLang(langOf(argv)).locale), null, 2)]);
    }
    writeLines(ctx.stderr, [`alberta-atp: ${error.message}`, ...error.details]);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  writeLines(ctx.stderr, [
    `alberta-atp: internal error: ${message}`,
    "This is a bug in alberta-atp; please report it with the command and the input that caused it.",
  ]);
  if (ctx.env.ALBERTA_ATP_DEBUG !== undefined && error instanceof Error && error.stack !== undefined) {
    writeLines(ctx.stderr, [error.stack]);
  }
  return ExitCode.software;
}

/** Runs the command line `argv` and prints any error as the CLI promises; returns the exit code. */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    return await run(argv, ctx);
  } catch (error) {
    return report(error, argv, ctx);
  }
}
