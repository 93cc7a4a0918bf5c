// English messages: alberta.

import type { TemplateSource } from "../../core/message.js";

export const alberta = {} satisfies TemplateSource;
