// Explanations as data: a message is an id and the values its sentence needs. Locales
// (`alberta-atp/locales/en`, `alberta-atp/locales/fr`) turn it into text; evaluation never builds
// sentences. The ids and their parameters are defined by the English catalogue (a type-only
// import: no English text is bundled with the rules).

import type { EnglishMessages } from "../locales/en/messages.js";
import type { IsoDate } from "./iso-date.js";

/**
 * Every message id the library emits: a string-literal union, one id per kind of explanation.
 * `docs/messages.generated.md` lists them with their English and French text.
 *
 * @example
 * ```ts
 * const id: MessageId = "rule.all.pass";
 * ```
 */
export type MessageId = keyof EnglishMessages & string;

/**
 * The parameters a template takes: its first argument, or none.
 *
 * @example
 * ```ts
 * type P = ParamsOf<(p: { count: number }) => string>; // { count: number }
 * ```
 */
export type ParamsOf<Template> = Template extends (params: infer P, ...rest: never[]) => string
  ? unknown extends P
    ? NoParams
    : P
  : never;

/**
 * The parameters of a message without any.
 *
 * @example
 * ```ts
 * const none: NoParams = {};
 * ```
 */
export type NoParams = { readonly [key: string]: never };

/**
 * The values message `Id` needs: numbers, dates, codes, input paths, nested messages.
 *
 * @example
 * ```ts
 * const p: MessageParams<"rule.all.pass"> = { count: 3 };
 * ```
 */
export type MessageParams<Id extends MessageId> = ParamsOf<EnglishMessages[Id]>;

/**
 * An explanation as data: a stable `id` and the `params` its sentence needs. Render it with
 * `renderMessage(message, locale)` from a locale (`alberta-atp/locales/en` or `/fr`).
 *
 * @example
 * ```ts
 * const m: Message = { id: "rule.all.pass", params: { count: 9 } };
 * renderMessage(m, en); // "All 9 requirements are met."
 * ```
 */
export type Message = {
  readonly [Id in MessageId]: { readonly id: Id; readonly params: MessageParams<Id> };
}[MessageId];

/**
 * Builds a {@link Message}, checking its parameters against the id at compile time.
 *
 * @example
 * ```ts
 * const m = message("rule.all.pass", { count: 9 });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function message<Id extends MessageId>(id: Id, params: MessageParams<Id>): Message {
  return { id, params } as unknown as Message;
}

/**
 * A message whose text is given as is, in every locale: for rules and steps a user writes
 * without a catalogue entry (the id is `"text"`).
 *
 * @example
 * ```ts
 * defineRule({ id: "my.rule", title: "My rule", source,
 *   check: () => ({ verdict: "pass", message: text("Checked by hand.") }) });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function text(value: string): Message {
  return message("text", { text: value });
}

/**
 * `true` for a {@link Message}-shaped value: a string `id` and an object `params`.
 *
 * @example
 * ```ts
 * isMessage({ id: "text", params: { text: "Hi" } }); // true
 * ```
 */
export function isMessage(value: unknown): value is Message {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as { id?: unknown; params?: unknown };
  return typeof candidate.id === "string" && typeof candidate.params === "object" && candidate.params !== null;
}

/**
 * Any message, its id not narrowed: what a message's parameters hold when they nest another
 * message (a {@link Message} is one).
 *
 * @example
 * ```ts
 * const nested: MessageLike = message("text", { text: "Hi" });
 * ```
 */
export interface MessageLike {
  readonly id: string;
  readonly params: object;
}

/**
 * What a template uses to write numbers, amounts, dates and lists in its locale (through `Intl`),
 * nested messages and rule titles.
 *
 * @example
 * ```ts
 * const template = (p: { amount: number }, f: MessageFormat) => `The fee is ${f.money(p.amount)}.`;
 * ```
 */
export interface MessageFormat {
  /** The locale's BCP 47 tag: `en-CA`, `fr-CA`. */
  readonly tag: string;
  /** A number with the locale's digit grouping and decimal sign: `1,560.5`, `1 560,5`. */
  number(value: number): string;
  /** An amount in Canadian dollars, without cents when whole: `$1,500`, `1 500 $`. */
  money(value: number): string;
  /** A day, in ISO 8601 (`2026-01-15`), the all-numeric date form used in both official languages. */
  date(value: IsoDate | string): string;
  /** Items joined with the locale's "and" (`conjunction`) or "or" (`disjunction`). */
  list(items: readonly string[], type?: "conjunction" | "disjunction"): string;
  /** A nested message, rendered in the same locale. */
  message(value: MessageLike): string;
  /** The title of a rule by its id, in the locale when it has one. */
  title(ruleId: string): string;
}

/**
 * The templates of a set of messages: one function per id, from its parameters to text.
 *
 * @example
 * ```ts
 * const fr: Templates<{ "rule.all.pass": (p: { count: number }) => string }> = {
 *   "rule.all.pass": (p) => `Les ${p.count} exigences sont remplies.`,
 * };
 * ```
 */
export type Templates<Messages> = {
  readonly [Id in keyof Messages]: (params: ParamsOf<Messages[Id]>, format: MessageFormat) => string;
};

/**
 * What an English template set satisfies while it is written: the parameters are annotated on
 * each template (they define the message's parameters).
 *
 * @example
 * ```ts
 * const core = { "rule.all.pass": (p: { count: number }) => `All ${p.count} requirements are met.` } satisfies TemplateSource;
 * ```
 */
export type TemplateSource = Readonly<Record<string, (params: never, format: MessageFormat) => string>>;

/**
 * A catalogue of every message id: a missing template fails to compile.
 *
 * @example
 * ```ts
 * const lookup = (c: Catalogue) => c["rule.all.pass"];
 * ```
 */
export type Catalogue = Templates<EnglishMessages>;

/**
 * A language to render messages in: its tag, its catalogue and the titles of the built-in rules
 * (a rule without a title here keeps the title it was defined with).
 *
 * @example
 * ```ts
 * import { fr } from "alberta-atp/locales/fr";
 * renderMessage(assessment.result.message, fr);
 * ```
 */
export interface Locale {
  readonly tag: string;
  readonly messages: Catalogue;
  readonly titles: Readonly<Record<string, string>>;
}
