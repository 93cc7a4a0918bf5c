// `--lang en|fr`: the language of a command's text, and of the `text`/`reason` fields its JSON adds.
//
// Chosen by the flag alone (default English), never guessed from the environment (LANG, LC_ALL):
// the same command prints the same bytes on every machine.

import { formatNumberIn } from "../core/render.js";
import { type Locale, type Message, type MessageId, type MessageParams, message, renderMessage } from "../index.js";
import { en } from "../locales/en/index.js";
import { fr } from "../locales/fr/index.js";
import { choiceFlag, type ParsedArgs } from "./args.js";
import { type UsageText, usageText } from "./usage/index.js";

/** The `--lang` flag, for a command's options. */
export const LANG_OPTION = { lang: { type: "string" } } as const;

/** The languages of `--lang`. */
export const LANG_NAMES = ["en", "fr"] as const;
export type LangName = (typeof LANG_NAMES)[number];

const LOCALES: Readonly<Record<LangName, Locale>> = { en, fr };

/** A command's language: its locale, and the CLI's own words and punctuation in it. */
export interface CliLang {
  readonly name: LangName;
  readonly locale: Locale;
  /** One of the CLI's own messages (src/locales/<lang>/cli.ts), as text. */
  say<Id extends MessageId>(id: Id, params: MessageParams<Id>): string;
  /** A message, as text. */
  render(value: Message): string;
  /** `label: text` with the locale's colon (French puts a space before it, as the catalogue does). */
  colon(label: string, text: string): string;
  /** A number as the locale writes it (`1,056` in English, `1 056` in French), as the messages do. */
  number(value: number): string;
  /** The command line's help and usage errors. */
  readonly usage: UsageText;
}

/** The language named `name`. */
export function cliLang(name: LangName): CliLang {
  const locale = LOCALES[name];
  const before = name === "fr" ? " " : "";
  return {
    name,
    locale,
    say: (id, params) => renderMessage(message(id, params), locale),
    render: (value) => renderMessage(value, locale),
    colon: (label, text) => `${label}${before}: ${text}`,
    number: (value) => formatNumberIn(locale.tag, value),
    usage: usageText(name),
  };
}

/**
 * The `--lang` flag's language: en (the default) or fr; anything else is a usage error, told in
 * `lang` (the language read from the command line before it was parsed).
 */
export function langFlag(args: ParsedArgs, command: string, lang: CliLang): CliLang {
  return cliLang(choiceFlag(args, command, "lang", LANG_NAMES, "en", lang));
}
