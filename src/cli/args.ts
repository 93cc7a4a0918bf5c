// Argument parsing for every command: node:util parseArgs in strict mode, with its errors turned
// into usage errors (exit 64) that name the flag, and the flag values the commands share.

import { type ParseArgsConfig, parseArgs } from "node:util";
import { isoDateProblemMessage } from "../core/input-value.js";
import type { IsoDate } from "../index.js";
import { usageError } from "./exit-codes.js";
import type { CliLang } from "./lang.js";
import type { UsageText } from "./usage/index.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** The flags of a command, as parseArgs returns them. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** `--help` is accepted by every command. */
const HELP: Options = { help: { type: "boolean", short: "h" } };

/**
 * Parses a command's arguments strictly: an unknown flag, a flag without its value or a value
 * given to a switch is a usage error naming the flag.
 */
export function parseCommandArgs(
  command: string,
  args: readonly string[],
  options: Options,
  lang: CliLang,
): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options: { ...HELP, ...options },
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs["values"], positionals };
  } catch (error) {
    throw usageError(describeParseError(error, options, lang.usage), command, lang.usage);
  }
}

function describeParseError(error: unknown, options: Options, usage: UsageText): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-[^' ]+)/.exec(message)?.[1] ?? "";
  switch (code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION": {
      const known = Object.keys(options)
        .map((name) => `--${name}`)
        .concat("--help");
      return usage.unknownOption(flag, known);
    }
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return message.includes("argument missing")
        ? usage.needsValue(flag)
        : message.includes("is ambiguous")
          ? usage.dashValue(flag)
          : message.includes("does not take an argument")
            ? usage.isSwitch(flag)
            : usage.optionProblem(flag, message);
    default:
      return message;
  }
}

/** A string flag's value, or undefined. */
export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** A boolean flag's value. */
export function booleanFlag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/**
 * The `--as-of` date: a real calendar day written YYYY-MM-DD, or `today` when the flag is absent.
 * A value that is not one is a usage error saying why, in the `--lang` language.
 */
export function asOfFlag(args: ParsedArgs, command: string, today: () => IsoDate, lang: CliLang): IsoDate {
  const value = stringFlag(args, "as-of");
  if (value === undefined) return today();
  const problem = isoDateProblemMessage(value);
  if (problem === undefined) return value as IsoDate;
  throw usageError(lang.colon("--as-of", lang.render(problem)), command, lang.usage);
}

/** Exactly `count` positional arguments, named in the usage error otherwise. */
export function expectPositionals(
  args: ParsedArgs,
  command: string,
  names: readonly string[],
  lang: CliLang,
): string[] {
  const { positionals } = args;
  if (positionals.length < names.length) {
    const absent = names.slice(positionals.length).map((n) => `<${n}>`);
    throw usageError(lang.usage.missingArguments(absent), command, lang.usage);
  }
  if (positionals.length > names.length) {
    const extra = positionals.slice(names.length);
    throw usageError(lang.usage.unexpectedArguments(extra), command, lang.usage);
  }
  return [...positionals];
}

/** One of a fixed set of values for a flag, or `fallback` when the flag is absent. */
export function choiceFlag<T extends string>(
  args: ParsedArgs,
  command: string,
  name: string,
  choices: readonly T[],
  fallback: T,
  lang: CliLang,
): T {
  const value = stringFlag(args, name);
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw usageError(lang.usage.expectedOneOf(`--${name}`, choices, value), command, lang.usage);
}
