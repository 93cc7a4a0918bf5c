// spouseStanding: every combination of marital status and spouse answers, and how the CRS spouse
// columns and the FSW spouse elements read each case.

import { describe, expect, it } from "vitest";
import { spouseFactor } from "../../src/crs/derive-spouse.js";
import type { Candidate } from "../../src/models/candidate.js";
import { accompanyingSpouse } from "../../src/programs/federal/fsw-points/accompanying-spouse.js";
import { spouseStanding } from "../../src/readings/accompanying-spouse.js";

const coming = { accompanying: true, canadianCitizenOrPermanentResident: false };
const cases: [string, Partial<Candidate>, string, { applies?: boolean; missing: string[] }, string][] = [
  // [case, answers, standing, CRS spouse columns, FSW spouse element]
  ["spouse: null", { maritalStatus: "married", spouse: null }, "none", { applies: false, missing: [] }, "fail"],
  [
    "single, a spouse described",
    { maritalStatus: "single", spouse: coming },
    "none",
    { applies: false, missing: [] },
    "fail",
  ],
  [
    "married, coming",
    { maritalStatus: "married", spouse: coming },
    "accompanying",
    { applies: true, missing: [] },
    "pass",
  ],
  [
    "common-law, coming",
    { maritalStatus: "common-law", spouse: coming },
    "accompanying",
    { applies: true, missing: [] },
    "pass",
  ],
  [
    "married, not coming",
    { maritalStatus: "married", spouse: { ...coming, accompanying: false } },
    "not-accompanying",
    { applies: false, missing: [] },
    "fail",
  ],
  [
    "married to a citizen or permanent resident",
    { maritalStatus: "married", spouse: { ...coming, canadianCitizenOrPermanentResident: true } },
    "citizen-or-permanent-resident",
    { applies: false, missing: [] },
    "fail",
  ],
  ["status open, coming", { spouse: coming }, "status-open", { missing: ["maritalStatus"] }, "unknown"],
  [
    "status open, not coming",
    { spouse: { ...coming, accompanying: false } },
    "not-accompanying",
    { applies: false, missing: [] },
    "fail",
  ],
  ["married, spouse open", { maritalStatus: "married" }, "spouse-open", { missing: ["spouse"] }, "unknown"],
  ["both open", {}, "both-open", { missing: ["maritalStatus"] }, "unknown"],
];

describe("spouseStanding", () => {
  it.each(cases)("%s", (_, answers, standing, crs, fsw) => {
    const candidate = answers as Candidate;
    expect(spouseStanding(candidate).kind).toBe(standing);
    expect(spouseFactor(candidate)).toStrictEqual(crs);
    expect(accompanyingSpouse(candidate).verdict).toBe(fsw);
  });

  it("names the marital status that leaves no spouse", () => {
    expect(spouseStanding({ maritalStatus: "divorced", spouse: coming } as Candidate)).toStrictEqual({
      kind: "none",
      status: "divorced",
    });
    // Neither answered, FSW asks for both; the CRS for the marital status, which decides first.
    expect(accompanyingSpouse({} as Candidate).missing).toEqual(["maritalStatus", "spouse"]);
  });
});
