// Rendering messages in a locale: one message, a result tree, or a whole assessment.

import { resultTreeArgument } from "./argument.js";
import { describedValue } from "./input-value.js";
import type { IsoDate } from "./iso-date.js";
import { isMessage, type Locale, type Message, type MessageFormat, type MessageLike } from "./message.js";
import type { RuleResult } from "./rule.js";

const numberFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();
const moneyFormats = /* @__PURE__ */ new Map<string, Intl.NumberFormat>();
const listFormats = /* @__PURE__ */ new Map<string, Intl.ListFormat>();

function cached<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A number as `tag`'s messages write it (`1,056` in en-CA, `1 056` in fr-CA). Internal: the CLI's figures. */
export function formatNumberIn(tag: string, value: number): string {
  return cached(numberFormats, tag, () => new Intl.NumberFormat(tag)).format(value);
}

/** The formatter of a locale, with rule titles looked up first in `titles` (a rendered tree's). */
function formatFor(locale: Locale, titles: ReadonlyMap<string, string> | undefined): MessageFormat {
  const tag = locale.tag;
  const format: MessageFormat = {
    tag,
    number: (value) => formatNumberIn(tag, value),
    money: (value) =>
      cached(
        moneyFormats,
        tag,
        () =>
          new Intl.NumberFormat(tag, {
            style: "currency",
            currency: "CAD",
            currencyDisplay: "narrowSymbol",
            minimumFractionDigits: 0,
            maximumFractionDigits: 2,
          }),
      ).format(value),
    date: (value: IsoDate | string) => value,
    list: (items, type = "conjunction") =>
      cached(listFormats, `${tag} ${type}`, () => new Intl.ListFormat(tag, { type })).format(items),
    message: (value) => renderWith(value, locale, format),
    title: (ruleId) => titles?.get(ruleId) ?? locale.titles[ruleId] ?? ruleId,
  };
  return format;
}

/**
 * Thrown when a message cannot be rendered: the locale is not one (for example the string `"fr"`
 * instead of the `fr` catalogue), the value is not a message, the locale has no text for its id,
 * or its parameters do not fit its text. A programming error, never caused by a candidate's input;
 * `messageId` names the message when there is one.
 *
 * @example
 * ```ts
 * try { renderMessage(message("no.such.id" as never, {} as never), en); }
 * catch (e) { if (e instanceof RenderError) console.log(e.messageId); } // "no.such.id"
 * ```
 */
export class RenderError extends Error {
  readonly messageId: string | undefined;
  constructor(messageId: string | undefined, text: string) {
    super(text);
    this.name = "RenderError";
    this.messageId = messageId;
  }
}

function checkLocale(locale: unknown): asserts locale is Locale {
  const given = locale as Partial<Locale> | null | undefined;
  if (
    typeof locale !== "object" ||
    given === null ||
    typeof given?.tag !== "string" ||
    typeof given.messages !== "object" ||
    typeof given.titles !== "object"
  ) {
    throw new RenderError(
      undefined,
      `locale must be a locale catalogue (import { en } from "alberta-atp/locales/en", or fr); got ${describedValue(locale)}.`,
    );
  }
}

/** What a text shows where a param it needs is missing. */
const UNFILLED = /\bundefined\b|\bNaN\b/;

function renderWith(message: MessageLike, locale: Locale, format: MessageFormat): string {
  if (!isMessage(message)) {
    throw new RenderError(undefined, `Expected a message ({ id, params }) to render; got ${describedValue(message)}.`);
  }
  const id = message.id;
  const template = Object.hasOwn(locale.messages, id)
    ? ((locale.messages as Readonly<Record<string, unknown>>)[id] as (
        params: unknown,
        format: MessageFormat,
      ) => unknown)
    : undefined;
  if (typeof template !== "function") throw new RenderError(id, `No "${locale.tag}" text for message "${id}".`);
  // The params are read through a proxy that notes each one the text asks for and the message
  // lacks (a message stored by another version, or built by hand), so that a text filled with
  // "undefined" or "NaN" for want of a param is refused rather than shown.
  const absent: string[] = [];
  const params: unknown = message.params;
  const watched =
    typeof params === "object" && params !== null
      ? new Proxy(params, {
          get(target, key, receiver) {
            if (typeof key === "string" && !Object.hasOwn(target, key) && !absent.includes(key)) absent.push(key);
            return Reflect.get(target, key, receiver);
          },
        })
      : params;
  let rendered: unknown;
  try {
    rendered = template(watched, format);
  } catch (e) {
    throw new RenderError(
      id,
      `The "${locale.tag}" text of message "${id}" could not be rendered from its params: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  if (typeof rendered !== "string") {
    throw new RenderError(id, `The params of message "${id}" do not fit its "${locale.tag}" text.`);
  }
  if (absent.length > 0 && UNFILLED.test(rendered)) {
    throw new RenderError(
      id,
      `The "${locale.tag}" text of message "${id}" needs ${absent.length === 1 ? "the param" : "the params"} ${absent.map((key) => `"${key}"`).join(", ")}, which the message does not have.`,
    );
  }
  return rendered;
}

/**
 * The text of one message in a locale.
 *
 * @example
 * ```ts
 * import { fr } from "alberta-atp/locales/fr";
 * renderMessage(assessment.result.message, fr);
 * ```
 */
export function renderMessage(message: Message, locale: Locale): string {
  checkLocale(locale);
  return renderWith(message, locale, formatFor(locale, undefined));
}

/** One message with rule titles looked up first in `titles`. Internal. */
export function renderMessageWithTitles(
  message: MessageLike,
  locale: Locale,
  titles: ReadonlyMap<string, string>,
): string {
  return renderWith(message, locale, formatFor(locale, titles));
}

/** Titles and texts of a few result nodes, rendered one node at a time. Internal. */
export interface NodeTexts {
  /** A node's title in the locale. */
  title(result: RuleResult): string;
  /** A message's text in the locale, rule ids in it named by the nodes' titles. */
  text(message: MessageLike): string;
}

/**
 * Renders nodes of result trees one at a time, each without its children, for a compact report (the
 * CLI's batch lines print the failed rules' titles and reasons): the same text as
 * {@link renderAssessment} gives those nodes, without rendering every child. Internal.
 */
export function nodeTexts(results: readonly RuleResult[], locale: Locale): NodeTexts {
  checkLocale(locale);
  const titles = new Map<string, string>();
  const format = formatFor(locale, titles);
  for (const result of results) titlesOf(result, locale, format, titles);
  return {
    title: (result) => titles.get(result.id) ?? result.title,
    text: (message) => renderWith(message, locale, format),
  };
}

/**
 * A result tree with its text: every node's `reason` rendered from its `message` and its `title`
 * in the locale.
 *
 * @example
 * ```ts
 * const tree: RenderedResult = renderResult(assessment.result, en);
 * tree.reason;
 * ```
 */
export interface RenderedResult extends Omit<RuleResult, "children" | "reason"> {
  readonly reason: string;
  readonly children?: readonly RenderedResult[];
}

/** Titles of a tree's nodes in the locale: the built-in ones from the locale, the others as defined. */
function titlesOf(
  result: RuleResult,
  locale: Locale,
  format: MessageFormat,
  into: Map<string, string>,
  within: Set<object> = new Set(),
): void {
  // A result tree is a tree: one that contains itself cannot be rendered.
  if (within.has(result)) {
    throw new RenderError(
      undefined,
      `The result "${result.id}" contains itself; only a tree of results can be rendered.`,
    );
  }
  within.add(result);
  if (!into.has(result.id)) {
    const title =
      locale.titles[result.id] ??
      (result.label === undefined ? result.title : renderWith(result.label, locale, format));
    into.set(result.id, title);
  }
  const children = result.children;
  if (children !== undefined) for (const child of children) titlesOf(child, locale, format, into, within);
  within.delete(result);
}

function renderNode(
  result: RuleResult,
  locale: Locale,
  format: MessageFormat,
  titles: Map<string, string>,
): RenderedResult {
  const { children, ...rest } = result;
  const rendered: RenderedResult = {
    ...rest,
    title: titles.get(result.id) ?? result.title,
    reason: renderWith(result.message, locale, format),
  };
  if (children === undefined) return rendered;
  return { ...rendered, children: children.map((child) => renderNode(child, locale, format, titles)) };
}

/**
 * Renders a result tree in a locale: each node keeps its data (`message` included) and gets its
 * `reason` and its `title` in that language.
 *
 * @example
 * ```ts
 * import { fr } from "alberta-atp/locales/fr";
 * renderResult(assessment.result, fr).reason;
 * ```
 */
export function renderResult(result: RuleResult, locale: Locale): RenderedResult {
  checkLocale(locale);
  // Its nodes' shapes here; a tree that contains itself is a RenderError below.
  resultTreeArgument(result, "result");
  const titles = new Map<string, string>();
  const format = formatFor(locale, titles);
  titlesOf(result, locale, format, titles);
  return renderNode(result, locale, format, titles);
}

/**
 * A value with every explanation in it rendered: result nodes get `reason` and a localized
 * `title`; other objects with a `message` get `text`; a message in a list (a caveat) gets `text`.
 *
 * @example
 * ```ts
 * const r: Rendered<{ caveats: readonly Message[] }> = { caveats: [{ ...message("text", { text: "Hi" }), text: "Hi" }] };
 * ```
 */
export type Rendered<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends RuleResult
    ? RenderedResult
    : T extends Message
      ? T & { readonly text: string }
      : T extends readonly (infer Item)[]
        ? readonly Rendered<Item>[]
        : T extends object
          ? { readonly [K in keyof T]: Rendered<T[K]> } & (T extends { readonly message: Message }
              ? { readonly text: string }
              : unknown)
          : T;

function isResult(value: object): value is RuleResult {
  return "verdict" in value && "message" in value && "id" in value && "title" in value;
}

function renderDeep(value: unknown, locale: Locale, format: MessageFormat, titles: Map<string, string>): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => renderDeep(item, locale, format, titles));
  if (isResult(value)) return renderNode(value, locale, format, titles);
  if (isMessage(value)) return { ...value, text: renderWith(value, locale, format) };
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = key === "message" && isMessage(item) ? item : renderDeep(item, locale, format, titles);
  }
  const own = (value as { message?: unknown }).message;
  if (isMessage(own)) out.text = renderWith(own, locale, format);
  return out;
}

function collectTitles(
  value: unknown,
  locale: Locale,
  format: MessageFormat,
  titles: Map<string, string>,
  within: Set<object> = new Set(),
): void {
  if (typeof value !== "object" || value === null) return;
  // The library's values are trees of plain data; a value that contains itself cannot be rendered.
  if (within.has(value)) {
    throw new RenderError(undefined, "renderAssessment: the value contains itself; only plain data can be rendered.");
  }
  within.add(value);
  if (Array.isArray(value)) {
    for (const item of value) collectTitles(item, locale, format, titles, within);
  } else if (isResult(value)) {
    titlesOf(value, locale, format, titles);
  } else if (!isMessage(value)) {
    for (const item of Object.values(value)) collectTitles(item, locale, format, titles, within);
  }
  within.delete(value);
}

/**
 * Renders every explanation in an assessment (or any value the library returns: a CRS
 * breakdown, a Worker EOI score, a draw comparison) in a locale: result trees as
 * {@link renderResult} does, next steps, caveats and issues with their `text`. The data,
 * message ids included, is kept.
 *
 * @example
 * ```ts
 * import { en } from "alberta-atp/locales/en";
 * const explained = renderAssessment(assessAcceleratedTechPathway(candidate, { asOf: isoDate("2026-01-15") }), en);
 * explained.result.reason;
 * ```
 */
export function renderAssessment<T>(value: T, locale: Locale): Rendered<T> {
  checkLocale(locale);
  const titles = new Map<string, string>();
  const format = formatFor(locale, titles);
  collectTitles(value, locale, format, titles);
  return renderDeep(value, locale, format, titles) as Rendered<T>;
}
