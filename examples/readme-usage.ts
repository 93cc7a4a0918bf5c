import { getNoc, isoDate, nocSuccessors, parseCandidate } from "alberta-atp";

const parsed = parseCandidate({
  dateOfBirth: "1994-05-01",
  jobOffer: { noc: "21231", province: "AB", hoursPerWeek: 40 },
});
if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join("\n"));

const offer = parsed.value.jobOffer;
console.log(getNoc(offer?.noc ?? "")?.title); // "Software engineers and designers"
console.log(nocSuccessors("2174").map((e) => e.code)); // ["21230", "21232", "21234"]
console.log(parseCandidate({ dateOfBirth: "2023-02-29" })); // { ok: false, issues: [{ path: "dateOfBirth", ... }] }
export const asOf = isoDate("2026-01-15");
