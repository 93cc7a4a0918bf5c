// The exit codes of the `alberta-atp` command. They follow sysexits.h for errors (64-70), so a shell
// script can tell "the answer is no" (1, 2) from "the question was wrong" (64 and up).
//
//   0  OK          the command ran; `assess`: eligible; `assess --jsonl`: the batch ran (whatever
//                  the results, invalid lines included)
//   1  NO          `assess`: ineligible; `noc search`: no occupation matched
//   2  UNDECIDED   `assess`: incomplete, facts are missing (listed in the output); `eoi`: the
//                  Worker EOI grid in force on --as-of is not known
//  64  USAGE       the command line is wrong: unknown command or flag, missing or extra argument,
//                  a bad flag value (`--as-of 2023-02-29`, `--program xyz`)
//  65  DATA        the input is wrong: not JSON, not a valid candidate (every issue is printed with
//                  its path), a code that is not a NOC unit group, a candidate the CRS cannot score
//  66  NO_INPUT    the input file cannot be opened or read
//  70  SOFTWARE    an internal error (a bug: please report it); the stack trace is printed only
//                  when ALBERTA_ATP_DEBUG is set
//
// docs/cli.md repeats this table; test/cli/ checks each code.

import type { UsageText } from "./usage/index.js";

/** Exit codes, by name. */
export const ExitCode = {
  ok: 0,
  no: 1,
  undecided: 2,
  usage: 64,
  data: 65,
  noInput: 66,
  software: 70,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error the command reports with a message (no stack trace) and an exit code. */
export class CliError extends Error {
  readonly exitCode: ExitCode;
  /** Lines printed after the message (the issues of an invalid candidate, a hint). */
  readonly details: readonly string[];
  /** What `--json` prints on stdout instead of the text, when set. */
  readonly json: unknown;
  constructor(exitCode: ExitCode, message: string, options?: { details?: readonly string[]; json?: unknown }) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
    this.details = options?.details ?? [];
    this.json = options?.json;
  }
}

/**
 * A usage error: the message, then where to read the command's help, in the language of `usage`
 * (the command line's `--lang`).
 */
export function usageError(message: string, command: string | undefined, usage: UsageText): CliError {
  const help = command === undefined ? "alberta-atp --help" : `alberta-atp ${command} --help`;
  return new CliError(ExitCode.usage, message, { details: [usage.runForUsage(help)] });
}
