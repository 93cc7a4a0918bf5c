// The command line as a function: `runCli(argv, ctx)` runs a command against the streams, the
// environment and the clock in `ctx`, prints errors the way the CLI promises (exit-codes.ts), and
// returns the exit code. index.ts (the `alberta-atp` binary) passes it the real process; the tests
// pass strings, so that they run the commands in-process.

import { renderAssessment } from "../index.js";
import { assessCommand } from "./assess.js";
import { crsCommand } from "./crs.js";
import { eoiCommand } from "./eoi.js";
import { CliError, ExitCode, usageError } from "./exit-codes.js";
import { type CliContext, writeLines } from "./io.js";
import { type CliLang, cliLang } from "./lang.js";
import { nocCommand } from "./noc.js";
import { type HelpTopic, usageLangOf } from "./usage/index.js";
import { cliVersion } from "./version.js";

/**
 * A command: its arguments after its name, the context, and the language `--lang` asks for, read
 * before the arguments are parsed (for its help and usage errors).
 */
type Command = (args: readonly string[], ctx: CliContext, lang: CliLang) => Promise<number>;

const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly help: HelpTopic }>> = {
  assess: { run: assessCommand, help: "assess" },
  crs: { run: crsCommand, help: "crs" },
  eoi: { run: eoiCommand, help: "eoi" },
  noc: { run: nocCommand, help: "noc" },
};

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
async function run(argv: readonly string[], ctx: CliContext): Promise<number> {
  const lang = cliLang(usageLangOf(argv));
  const { usage } = lang;
  // `--lang fr` before the command counts as given after it.
  const leadingLang = argv[0] === "--lang" ? 2 : argv[0]?.startsWith("--lang=") === true ? 1 : 0;
  const langArgs = argv.slice(0, leadingLang);
  const [first, ...rest] = argv.slice(leadingLang);
  if (first === undefined || first === "--help" || first === "-h") {
    writeLines(first === undefined ? ctx.stderr : ctx.stdout, [usage.help.main]);
    return first === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (first === "--version" || first === "-v" || first === "version") {
    writeLines(ctx.stdout, [cliVersion()]);
    return ExitCode.ok;
  }
  if (first === "help") {
    const topic = rest[0];
    if (topic === undefined || topic === "--lang" || topic.startsWith("--lang=")) {
      writeLines(ctx.stdout, [usage.help.main]);
      return ExitCode.ok;
    }
    const command = COMMANDS[topic];
    if (command === undefined) throw usageError(usage.noHelpFor(topic), undefined, usage);
    writeLines(ctx.stdout, [usage.help[command.help]]);
    return ExitCode.ok;
  }
  const command = COMMANDS[first];
  if (command === undefined) {
    const commands = Object.keys(COMMANDS);
    throw usageError(
      first.startsWith("-") ? usage.unknownTopOption(first, commands) : usage.unknownCommand(first, commands),
      undefined,
      usage,
    );
  }
  return command.run([...langArgs, ...rest], ctx, lang);
}

/** Prints an error the way the CLI promises: a message on stderr (and JSON on stdout for --json). */
function report(error: unknown, argv: readonly string[], ctx: CliContext): number {
  if (error instanceof CliError) {
    if (error.json !== undefined && argv.includes("--json")) {
      // The issues' data, with the text of any message in them in the command's language.
      writeLines(ctx.stdout, [
        JSON.stringify(renderAssessment(error.json, cliLang(usageLangOf(argv)).locale), null, 2),
      ]);
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
