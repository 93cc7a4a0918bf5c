// The shape of the command line's help and usage errors in one language: a language without one
// of them fails to compile.

/** The topics of `--help`: the command line as a whole, and each command. */
export type HelpTopic = "main" | "assess" | "crs" | "eoi" | "noc";

/**
 * The command line's own help and usage errors in one language. Flags, arguments, command names
 * and the values quoted (`got`, already quoted as JSON) are passed in as written.
 */
export interface UsageText {
  readonly help: Readonly<Record<HelpTopic, string>>;
  /** The hint after a usage error, naming the help command (`alberta-atp assess --help`). */
  runForUsage(help: string): string;
  unknownOption(flag: string, known: readonly string[]): string;
  needsValue(flag: string): string;
  /** A value that starts with "-" given after a flag. */
  dashValue(flag: string): string;
  isSwitch(flag: string): string;
  /** Another problem with a flag, in node:util's English words. */
  optionProblem(flag: string, detail: string): string;
  missingArguments(names: readonly string[]): string;
  /** The values as typed: each text quotes them its own way. */
  unexpectedArguments(values: readonly string[]): string;
  expectedOneOf(flag: string, choices: readonly string[], got: string): string;
  workers(max: number, got: string): string;
  notForBatch(flag: string): string;
  batchOnly(flag: string): string;
  searchOnly(flag: string): string;
  limit(got: string): string;
  missingWords(): string;
  noHelpFor(topic: string): string;
  unknownCommand(command: string, commands: readonly string[]): string;
  unknownTopOption(flag: string, commands: readonly string[]): string;
}
