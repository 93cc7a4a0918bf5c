// French messages: federal.

import type { Templates } from "../../core/message.js";
import type { federal as english } from "../en/federal.js";

export const federal: Templates<typeof english> = {};
