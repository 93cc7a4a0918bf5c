// French messages: cli.

import type { Templates } from "../../core/message.js";
import type { cli as english } from "../en/cli.js";

export const cli: Templates<typeof english> = {};
