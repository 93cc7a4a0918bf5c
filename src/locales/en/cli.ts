// English messages: cli.

import type { TemplateSource } from "../../core/message.js";

export const cli = {} satisfies TemplateSource;
