// alberta-atp/locales/en: the English catalogue.

import type { Locale } from "../../core/message.js";
import { messages } from "./messages.js";

/**
 * English (Canada): the text of every message the library emits. The rules' own titles are in
 * English already.
 *
 * @example
 * ```ts
 * import { renderAssessment } from "alberta-atp";
 * import { en } from "alberta-atp/locales/en";
 * renderAssessment(assessment, en).result.reason;
 * ```
 */
export const en: Locale = { tag: "en-CA", messages, titles: {} };
