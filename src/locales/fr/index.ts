// alberta-atp/locales/fr: the French catalogue.

import type { Catalogue, Locale } from "../../core/message.js";
import { alberta } from "./alberta.js";
import { cli } from "./cli.js";
import { core } from "./core.js";
import { factors } from "./factors.js";
import { federal } from "./federal/index.js";
import { input } from "./input.js";
import { steps } from "./steps.js";
import { titles } from "./titles/index.js";

const messages: Catalogue = { ...core, ...input, ...factors, ...federal, ...alberta, ...steps, ...cli };

/**
 * French (Canada): the text of every message the library emits and the titles of the built-in
 * rules, in the official French terms of IRCC's pages (Entrée express, Système de classement
 * global (SCG), Classification nationale des professions (CNP), FÉER, NCLC). Alberta publishes the
 * AAIP in English only: the catalogue calls it « Programme d'immigration Avantage Alberta (PIAA) »
 * and keeps the English names of its streams and pages (Accelerated Tech Pathway, Worker EOI).
 *
 * @example
 * ```ts
 * import { renderAssessment } from "alberta-atp";
 * import { fr } from "alberta-atp/locales/fr";
 * renderAssessment(assessment, fr).result.reason;
 * ```
 */
export const fr: Locale = { tag: "fr-CA", messages, titles };
