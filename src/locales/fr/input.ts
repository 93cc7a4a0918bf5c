// French messages: input.

import type { Templates } from "../../core/message.js";
import type { input as english } from "../en/input.js";

export const input: Templates<typeof english> = {};
