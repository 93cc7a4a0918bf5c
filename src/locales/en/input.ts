// English messages: input.

import type { TemplateSource } from "../../core/message.js";

export const input = {} satisfies TemplateSource;
