// A message given as data or as plain text. Internal.

import { type Message, text } from "./message.js";

/** A message given as data or as plain text. */
export function asMessage(value: Message | string): Message {
  return typeof value === "string" ? text(value) : value;
}
