// The English message catalogue: it defines every message id and its parameters.

import { alberta } from "./alberta.js";
import { cli } from "./cli.js";
import { core } from "./core.js";
import { factors } from "./factors.js";
import { federal } from "./federal/index.js";
import { input } from "./input.js";
import { steps } from "./steps.js";

export const messages = { ...core, ...input, ...factors, ...federal, ...alberta, ...steps, ...cli };

/** The English templates, by id: the source of the message-id union and of each id's parameters. */
export type EnglishMessages = typeof messages;
