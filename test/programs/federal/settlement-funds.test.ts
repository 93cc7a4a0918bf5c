// Tests that pin the proof-of-funds exemption of src/programs/federal/settlement-funds.ts (IRCC
// "Proof of funds", data/ircc/settlement-funds.json: no proof of funds is needed when you are
// authorised to work in Canada now AND have a valid job offer — for FSW one that earns arranged-
// employment points, for FST one in a skilled trade; either way supported by an LMIA or an
// employer-specific work permit, jobOffer.lmia): pass only when both hold, fail when either
// fails (with only the failed parts' reasons), else unknown with the open parts' reasons and paths.
import { describe, expect, it } from "vitest";
import { addYears } from "../../../src/core/calendar.js";
import type { Candidate } from "../../../src/models/candidate.js";
import { assessFederalSkilledWorker } from "../../../src/programs/federal/fsw.js";
import { proofOfFundsSource } from "../../../src/programs/federal/sources.js";
import { ASOF, findRule as find, fswCandidate } from "../../fixtures/federal/builders.js";

const exempt = (over: Partial<Candidate>) =>
  find(assessFederalSkilledWorker(fswCandidate(over), { asOf: ASOF }).result, "fsw.settlement-funds.exempt");
const permit = { status: { workPermitValidUntil: addYears(ASOF, 1) } };
const noPermitAnswer = { status: {} };
const offer = { jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, lmia: "approved" } } as const;
const OFFER_REASON =
  "A full-time job offer of at least one year in skilled work: NOC 21231, 40 hours a week, permanent, supported by a positive Labour Market Impact Assessment. (Taken to be non-seasonal: the candidate model does not record whether an offer is seasonal.)";
const NO_SUPPORT =
  "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer.";
const LMIA_OPEN =
  "Whether the offer is supported by a positive Labour Market Impact Assessment or made by the employer of an employer-specific work permit you work under is not given (jobOffer.lmia).";
const ENDED = "Your work permit ended on 2020-01-01, before 2026-01-15, and no current job in Canada is authorised.";
const NOT_ANSWERED = "Whether you are authorised to work in Canada is not answered (status.workPermitValidUntil).";
const NEEDS_BOTH = "The exemption needs both authorisation to work in Canada now and a valid job offer.";

describe("fsw.settlement-funds.exempt", () => {
  it("authorised with a valid offer: exempt, both reasons; the funds are then not needed", () => {
    expect(exempt({ ...permit, ...offer })).toStrictEqual({
      id: "fsw.settlement-funds.exempt",
      title: "Exempt from proof of funds: authorised to work in Canada with a valid job offer",
      verdict: "pass",
      reason: `Your work permit is valid until 2027-01-15. ${OFFER_REASON} So no proof of funds is needed.`,
      source: proofOfFundsSource,
    });
    const a = assessFederalSkilledWorker(fswCandidate({ ...permit, ...offer, settlementFundsCad: 0 }), { asOf: ASOF });
    expect(find(a.result, "fsw.settlement-funds")?.verdict).toBe("pass");
  });

  it("either part failing: fail, only the failed parts' reasons", () => {
    expect(exempt({ ...offer })).toMatchObject({ verdict: "fail", reason: `${ENDED} ${NEEDS_BOTH}` });
    expect(exempt({ ...permit, jobOffer: null })).toMatchObject({
      verdict: "fail",
      reason: `You have no job offer. ${NEEDS_BOTH}`,
    });
    // An unanswered offer beside a failed authorisation is not in the reason: the fail decides.
    const r = exempt({ jobOffer: undefined });
    expect(r).toMatchObject({ verdict: "fail", reason: `${ENDED} ${NEEDS_BOTH}` });
    expect(r?.missing ?? []).toEqual([]);
  });

  it("nothing failing but something open: unknown, the open parts' reasons and paths only", () => {
    expect(exempt({ ...noPermitAnswer, ...offer })).toMatchObject({
      verdict: "unknown",
      reason: `${NOT_ANSWERED} ${NEEDS_BOTH}`,
      missing: ["status.workPermitValidUntil"],
    });
    expect(exempt({ ...noPermitAnswer, jobOffer: undefined })).toMatchObject({
      verdict: "unknown",
      reason: `${NOT_ANSWERED} Whether you have a job offer is not answered (jobOffer). ${NEEDS_BOTH}`,
      missing: ["status.workPermitValidUntil", "jobOffer"],
    });
    expect(exempt({ ...permit, jobOffer: undefined })).toMatchObject({
      verdict: "unknown",
      reason: `Whether you have a job offer is not answered (jobOffer). ${NEEDS_BOTH}`,
      missing: ["jobOffer"],
    });
  });

  it("the offer's support: an exempt work permit exempts; none does not; left out is undecided", () => {
    expect(exempt({ ...permit, jobOffer: { ...offer.jobOffer, lmia: "exempt-work-permit" } })?.verdict).toBe("pass");
    expect(exempt({ ...permit, jobOffer: { ...offer.jobOffer, lmia: "none" } })).toMatchObject({
      verdict: "fail",
      reason: `${NO_SUPPORT} ${NEEDS_BOTH}`,
    });
    const { lmia: _, ...unanswered } = offer.jobOffer;
    expect(exempt({ ...permit, jobOffer: unanswered })).toMatchObject({
      verdict: "unknown",
      reason: `${LMIA_OPEN} ${NEEDS_BOTH}`,
      missing: ["jobOffer.lmia"],
    });
    // Both open: both reasons and both paths.
    expect(exempt({ ...noPermitAnswer, jobOffer: unanswered })).toMatchObject({
      verdict: "unknown",
      reason: `${NOT_ANSWERED} ${LMIA_OPEN} ${NEEDS_BOTH}`,
      missing: ["status.workPermitValidUntil", "jobOffer.lmia"],
    });
  });
});
