// French titles of the built-in rules, by rule id (a result's title in French).

import { alberta } from "./alberta.js";
import { factors } from "./factors.js";
import { federal } from "./federal.js";
import { steps } from "./steps.js";

export const titles: Readonly<Record<string, string>> = { ...factors, ...federal, ...alberta, ...steps };
