// English messages: federal.

import type { TemplateSource } from "../../core/message.js";

export const federal = {} satisfies TemplateSource;
