// French messages: steps.

import type { Templates } from "../../core/message.js";
import type { steps as english } from "../en/steps.js";

export const steps: Templates<typeof english> = {};
