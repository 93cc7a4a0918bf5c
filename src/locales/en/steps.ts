// English messages: steps.

import type { TemplateSource } from "../../core/message.js";

export const steps = {} satisfies TemplateSource;
