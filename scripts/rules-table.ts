// Writes docs/rules.generated.md: every rule of every shipped rule set, with its source and dates.
// Generated from the rule sets themselves so it cannot drift; test/docs/rules-table.test.ts fails
// when the committed file is stale. Run: npm run docs:rules
import { writeFileSync } from "node:fs";
import { renderRulesTable } from "./rules-table-render.js";

const target = new URL("../docs/rules.generated.md", import.meta.url);
writeFileSync(target, renderRulesTable());
console.log(`wrote ${target.pathname}`);
