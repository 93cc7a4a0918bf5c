import { readFileSync } from "node:fs";
import { assessAcceleratedTechPathway, isoDate, parseCandidate, renderAssessment, renderMessage } from "alberta-atp";
import { en } from "alberta-atp/locales/en"; // or fr, from "alberta-atp/locales/fr"

const json = JSON.parse(readFileSync("examples/candidates/software-engineer-calgary.json", "utf8"));
const parsed = parseCandidate(json); // never throws: { ok: true, value } or { ok: false, issues }
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${renderMessage(i.message, en)}`).join("\n"));

const atp = renderAssessment(assessAcceleratedTechPathway(parsed.value, { asOf: isoDate("2026-11-25") }), en);
console.log(atp.status); // "eligible"
console.log(atp.result.children?.map((r) => `${r.verdict} ${r.id}: ${r.reason}`));
console.log(atp.crs?.total, atp.missing, atp.nextSteps[0]?.text);
