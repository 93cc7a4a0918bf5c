// Writes data/schema/candidate.schema.json from CandidateSchema (run: npm run schema).
import { writeFileSync } from "node:fs";
import { buildCandidateJsonSchema } from "../src/models/json-schema.js";

const target = new URL("../data/schema/candidate.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(buildCandidateJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
