// The README's quick start (`npm start`): reads a bundled example candidate, validates it and
// prints what the library can tell about it. Pass another candidate file as the first argument.
import { readFileSync } from "node:fs";
import { ageOn, getNoc, isoDate, parseCandidate, teerOf, toIsoDate } from "../src/index.js";

const file = process.argv[2] ?? new URL("./candidates/software-engineer-calgary.json", import.meta.url);
const asOf = process.argv[3] !== undefined ? isoDate(process.argv[3]) : toIsoDate(new Date());
const parsed = parseCandidate(JSON.parse(readFileSync(file, "utf8")));

if (!parsed.ok) {
  console.error(`The candidate in ${String(file)} is not valid:`);
  for (const issue of parsed.issues) console.error(`  ${issue.path || "(input)"}: ${issue.message} [${issue.code}]`);
  process.exit(1);
}

const candidate = parsed.value;
console.log(`Candidate read from ${String(file)}, as of ${asOf}:`);
if (candidate.dateOfBirth !== undefined) console.log(`  age ${ageOn(candidate.dateOfBirth, asOf)}`);
if (candidate.jobOffer) {
  const noc = getNoc(candidate.jobOffer.noc);
  console.log(
    `  job offer: NOC ${candidate.jobOffer.noc} ${noc?.title ?? "(unknown code)"}, TEER ${teerOf(candidate.jobOffer.noc) ?? "?"}`,
  );
}
for (const [i, job] of (candidate.workHistory ?? []).entries()) {
  console.log(
    `  work ${i + 1}: NOC ${job.noc} ${getNoc(job.noc)?.title ?? "(unknown code)"} in ${job.country}, ${job.from} to ${job.to ?? "now"}`,
  );
}
