// Writes docs/messages.generated.md: every message id with its English and French text.
// test/docs/messages-doc.test.ts fails when the committed file is stale. Run: npm run docs:messages
import { writeFileSync } from "node:fs";
import { renderMessagesDoc } from "./messages-doc-render.js";

const target = new URL("../docs/messages.generated.md", import.meta.url);
writeFileSync(target, renderMessagesDoc());
console.log(`wrote ${target.pathname}`);
