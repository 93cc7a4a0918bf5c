// French messages: alberta.

import type { Templates } from "../../core/message.js";
import type { alberta as english } from "../en/alberta.js";

export const alberta: Templates<typeof english> = {};
