import { describe, expect, it } from "vitest";
import requirementsJson from "../../data/ircc/federal-requirements.json" with { type: "json" };
import { qualifyingOfferTerms } from "../../src/crs/arranged-employment.js";
import { JOB_OFFER_MINIMUM_MONTHS } from "../../src/experience/constants.js";
import { type Candidate, calculateCrs, isoDate, type JobOffer, parseCandidate } from "../../src/index.js";
import { JobOfferSchema } from "../../src/models/job-offer.js";

// A single candidate whose only open question is the job offer's LMIA support.
function candidateWith(offer: Partial<JobOffer>): Candidate {
  const parsed = parseCandidate({
    dateOfBirth: "1990-01-10",
    maritalStatus: "single",
    education: [{ level: "bachelors", years: 4, inCanada: true, completedOn: "2014-05-01" }],
    languageTests: [
      { test: "celpip-general", testedOn: "2024-12-01", scores: { reading: 9, writing: 9, listening: 9, speaking: 9 } },
    ],
    workHistory: [],
    certificateOfQualification: null,
    siblingInCanada: false,
    provincialNomination: null,
    jobOffer: {
      noc: "21231",
      province: "AB",
      hoursPerWeek: 40,
      permanent: true,
      engagement: "employee",
      offeredOn: "2016-01-15", // before every asOf below: an offer dated after asOf scores nothing
      ...offer,
    },
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function arranged(candidate: Candidate, asOf: string) {
  const r = calculateCrs(candidate, { asOf: isoDate(asOf) });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return { points: r.additional.arrangedEmployment, missing: r.missing };
}

describe("CRS arranged employment and jobOffer.lmia", () => {
  // CRS criteria, section D: a qualifying offer in a TEER 1-3 occupation (21231 is TEER 1) was worth
  // 50 points until 2025-03-24; IRCC removed the points from 2025-03-25.
  it("scores 50 for an LMIA-supported TEER 1 offer on 2025-03-24, and 0 from 2025-03-25", () => {
    const c = candidateWith({ lmia: "approved" });
    expect(arranged(c, "2025-03-24")).toEqual({ points: 50, missing: [] });
    expect(arranged(c, "2025-03-25").points).toBe(0);
  });

  it("counts an LMIA-exempt employer-specific work permit from 2016-11-19 only", () => {
    const c = candidateWith({ lmia: "exempt-work-permit" });
    expect(arranged(c, "2024-06-01").points).toBe(50);
    expect(arranged(c, "2016-11-18").points).toBe(0);
  });

  it("scores 0 with nothing missing when the offer has no LMIA support", () => {
    expect(arranged(candidateWith({ lmia: "none" }), "2024-06-01")).toEqual({ points: 0, missing: [] });
  });

  it("scores 0 for certain and asks for jobOffer.lmia when it is not answered", () => {
    const { points, missing } = arranged(candidateWith({}), "2024-06-01");
    expect(points).toBe(0);
    expect(missing).toContain("jobOffer.lmia");
  });

  // The shortest qualifying offer, jobOfferMinimumMonths of data/ircc/federal-requirements.json: one
  // year unless the offer is permanent (from 2016-11-19; before, permanent only).
  it("scores an offer of 12 months, not one of 11, unless it is permanent", () => {
    expect(JOB_OFFER_MINIMUM_MONTHS).toBe(12);
    const term = (durationMonths: number) => candidateWith({ lmia: "approved", permanent: false, durationMonths });
    expect(arranged(term(12), "2024-06-01").points).toBe(50);
    expect(arranged(term(11), "2024-06-01")).toEqual({ points: 0, missing: [] });
    expect(arranged(term(24), "2016-11-18")).toEqual({ points: 0, missing: [] });
    expect(arranged(candidateWith({ lmia: "approved", permanent: true, durationMonths: 6 }), "2024-06-01").points).toBe(
      50,
    );
  });

  it("reads the offer terms of each version with support answers the model accepts", () => {
    const answers = Object.keys(JobOfferSchema.shape.lmia.def.innerType.def.entries);
    for (const version of requirementsJson.series.crsQualifyingOffer.versions) {
      const terms = qualifyingOfferTerms(isoDate(version.from));
      expect(terms).toStrictEqual(version.value);
      for (const support of terms.support) expect(answers).toContain(support);
    }
    expect(qualifyingOfferTerms(isoDate("2016-11-18")).support).toEqual(["approved"]);
    expect(qualifyingOfferTerms(isoDate("2016-11-19")).support).toEqual(["approved", "exempt-work-permit"]);
  });

  it("gives 200 to a major group 00 offer (00012 senior managers) before 2025-03-25", () => {
    expect(arranged(candidateWith({ noc: "00012", lmia: "approved" }), "2024-06-01").points).toBe(200);
  });
});
