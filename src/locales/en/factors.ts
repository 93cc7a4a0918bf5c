// English messages: factors.

import type { TemplateSource } from "../../core/message.js";

export const factors = {} satisfies TemplateSource;
