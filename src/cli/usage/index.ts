// The command line's help and usage errors in the language of `--lang`, read from the command line
// before it is parsed: a mistyped command line is told what is wrong in the language asked for.

import type { LangName } from "../lang.js";
import { usageEn } from "./en.js";
import { usageFr } from "./fr.js";
import type { UsageText } from "./text.js";

export type { HelpTopic, UsageText } from "./text.js";

const USAGE: Readonly<Record<LangName, UsageText>> = { en: usageEn, fr: usageFr };

/** The help and usage texts in `name`. */
export function usageText(name: LangName): UsageText {
  return USAGE[name];
}

/**
 * The language `--lang` asks for in `args` (`--lang fr` or `--lang=fr`, the last one given, before
 * a `--`), or English when none is given or the value is not a language: the flag's own check then
 * reports a wrong value, in English.
 */
export function usageLangOf(args: readonly string[]): LangName {
  let name: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === "--") break;
    if (arg === "--lang") name = args[++i];
    else if (arg.startsWith("--lang=")) name = arg.slice("--lang=".length);
  }
  return name === "fr" ? "fr" : "en";
}
