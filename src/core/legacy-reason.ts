// The English text of a message, for the `reason` results still carry. Internal.

import { en } from "../locales/en/index.js";
import { type Message, text } from "./message.js";
import { renderMessage, renderMessageWithTitles } from "./render.js";
import type { RuleResult } from "./rule.js";

export function englishReason(message: Message, children?: readonly RuleResult[]): string {
  if (children === undefined) return renderMessage(message, en);
  const titles = new Map<string, string>();
  for (const child of children) titles.set(child.id, child.title);
  return renderMessageWithTitles(message, en, titles);
}

/** A message given as data or as plain text. */
export function asMessage(value: Message | string): Message {
  return typeof value === "string" ? text(value) : value;
}
