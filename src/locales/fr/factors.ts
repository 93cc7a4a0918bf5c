// French messages: factors.

import type { Templates } from "../../core/message.js";
import type { factors as english } from "../en/factors.js";

export const factors: Templates<typeof english> = {};
