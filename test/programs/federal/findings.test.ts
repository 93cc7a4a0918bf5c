// Tests that pin src/programs/federal/findings.ts word for word: the job-offer terms the federal
// programs share (IRCC "Six selection factors", factor 5 arranged employment: a full-time —
// 30 hours a week or more — non-seasonal offer of at least one year in a TEER 0–3 occupation, made
// by asOf, supported by an LMIA or an LMIA-exempt employer-specific work permit (jobOffer.lmia);
// data/ircc/fsw-selection-grid.json),
// authorisation to work in Canada on asOf (the proof-of-funds exemption, IRCC "Proof of funds"),
// and how checks combine (any fail fails with every failure's reason, else any unknown is unknown
// with every path once). Each boundary: 30 and 29 hours, 12 and 11 months, an offer dated asOf and
// the day after, a permit valid until asOf and the day before, a job starting or ending on asOf.
import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/iso-date.js";
import { text } from "../../../src/core/message.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { JobOffer } from "../../../src/models/job-offer.js";
import type { WorkExperience } from "../../../src/models/work-experience.js";
import {
  combineChecks,
  type FederalFinding,
  fswArrangedEmploymentFinding,
  jobOfferFinding,
  passFinding,
  workAuthorizationFinding,
} from "../../../src/programs/federal/findings.js";
import { explained } from "../../fixtures/federal/explained.js";

const ASOF = isoDate("2026-01-15");
const TAKEN = "(Taken to be non-seasonal: whether it is seasonal is not answered, jobOffer.seasonal.)";
const LMIA = "supported by a positive Labour Market Impact Assessment";
const PERMIT = "made by the employer of your LMIA-exempt employer-specific work permit";
const NO_SUPPORT =
  "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer.";
const LMIA_OPEN =
  "Whether the offer is supported by a positive Labour Market Impact Assessment or made by the employer of an employer-specific work permit you work under is not given (jobOffer.lmia).";
const offer = (over: Partial<JobOffer> = {}): JobOffer => ({
  noc: "21231",
  hoursPerWeek: 40,
  permanent: true,
  lmia: "approved",
  engagement: "employee",
  ...over,
});
const fsw = (o: JobOffer | null | undefined) => explained(fswArrangedEmploymentFinding(o, ASOF));
// A finding as the tests read it: the explanation in English.
type Read = { verdict: FederalFinding["verdict"]; reason: string; missing: string[] };
const pass = (reason = ""): Read => ({ verdict: "pass", reason, missing: [] });
const fail = (reason: string): Read => ({ verdict: "fail", reason, missing: [] });
const unknown = (reason: string, missing: string[]): Read => ({ verdict: "unknown", reason, missing });
/** A finding of that verdict and text, to give the functions under test. */
const given = (f: Read): FederalFinding => ({ verdict: f.verdict, message: text(f.reason), missing: f.missing });
const combine = (checks: Read[], passText: string) => explained(combineChecks(checks.map(given), text(passText)));

describe("combineChecks", () => {
  it("any failure fails, with every failure's reason and nothing missing", () => {
    expect(combine([pass("a"), fail("B."), unknown("C.", ["c"]), fail("D.")], "ok")).toStrictEqual({
      verdict: "fail",
      reason: "B. D.",
      missing: [],
    });
  });

  it("else any unknown is unknown, every open reason and each path once", () => {
    expect(combine([pass("a"), unknown("C.", ["c", "d"]), unknown("E.", ["d", "e"])], "ok")).toStrictEqual({
      verdict: "unknown",
      reason: "C. E.",
      missing: ["c", "d", "e"],
    });
  });

  it("else pass, with the pass reason; no checks at all pass", () => {
    expect(combine([pass("a"), pass("b")], "ok")).toStrictEqual({ verdict: "pass", reason: "ok", missing: [] });
    expect(combine([], "none")).toStrictEqual({ verdict: "pass", reason: "none", missing: [] });
    expect(explained(passFinding(text("why")))).toStrictEqual({ verdict: "pass", reason: "why", missing: [] });
  });
});

describe("fswArrangedEmploymentFinding: each term, at its boundary", () => {
  it("no answer; no offer", () => {
    expect(fsw(undefined)).toStrictEqual(
      unknown("Whether you have a job offer is not answered (jobOffer).", ["jobOffer"]),
    );
    expect(fsw(null)).toStrictEqual(fail("You have no job offer."));
  });

  it("a permanent full-time TEER 1 offer: pass, its terms", () => {
    expect(fsw(offer())).toStrictEqual(
      pass(
        `A full-time job offer of at least one year in skilled work: NOC 21231, 40 hours a week, permanent, ${LMIA}. ${TAKEN}`,
      ),
    );
  });

  it("a seasonal offer, or one to an independent contractor, is no arranged employment", () => {
    expect(fsw(offer({ seasonal: true }))).toStrictEqual(
      fail("The offer is for seasonal work; arranged employment must be non-seasonal."),
    );
    expect(fsw(offer({ engagement: "independent-contractor" }))).toStrictEqual(
      fail(
        "The offer is to work as an independent contractor, which is self-employment for IRCC, not arranged employment.",
      ),
    );
    // Answered non-seasonal: the reason no longer says it was taken to be.
    const answered = fsw(offer({ seasonal: false }));
    expect(answered.verdict).toBe("pass");
    expect(answered.reason).not.toContain("Taken to be non-seasonal");
  });

  it("30 hours a week is full-time; 29 is not", () => {
    expect(fsw(offer({ hoursPerWeek: 30 })).verdict).toBe("pass");
    expect(fsw(offer({ hoursPerWeek: 29 }))).toStrictEqual(
      fail("The offer is for 29 hours a week; it must be full-time, 30 hours a week or more."),
    );
  });

  it("12 months is a year; 11 is not", () => {
    expect(fsw(offer({ permanent: false, durationMonths: 12 }))).toStrictEqual(
      pass(
        `A full-time job offer of at least one year in skilled work: NOC 21231, 40 hours a week, 12 months, ${LMIA}. ${TAKEN}`,
      ),
    );
    expect(fsw(offer({ permanent: false, durationMonths: 11 }))).toStrictEqual(
      fail("The offer is for 11 months; it must be for at least one year."),
    );
  });

  it("length not given: the permanence, or the months when not permanent", () => {
    const { permanent: _, ...noPermanence } = offer();
    expect(fsw(noPermanence)).toStrictEqual(
      unknown("Whether the offer is for at least one year is not given (jobOffer.permanent).", ["jobOffer.permanent"]),
    );
    expect(fsw(offer({ permanent: false }))).toStrictEqual(
      unknown("Whether the offer is for at least one year is not given (jobOffer.durationMonths).", [
        "jobOffer.durationMonths",
      ]),
    );
    // Not permanent, but the months are given: they decide.
    expect(fsw({ ...noPermanence, durationMonths: 24 }).verdict).toBe("pass");
    // Under a year with the permanence open: a permanent offer would pass, so it stays open.
    expect(fsw({ ...noPermanence, durationMonths: 3 })).toStrictEqual(
      unknown(
        "The offer is for 3 months, under the year it must run, unless it is permanent, which is not given (jobOffer.permanent).",
        ["jobOffer.permanent"],
      ),
    );
  });

  it("hours not given: unknown, and '?' in the terms when they are the only gap", () => {
    const { hoursPerWeek: _, ...noHours } = offer();
    expect(fsw(noHours)).toStrictEqual(
      unknown(
        "The offer's hours a week are not given (jobOffer.hoursPerWeek); it must be full-time, 30 hours a week or more.",
        ["jobOffer.hoursPerWeek"],
      ),
    );
    // Everything open at once: each reason, each path.
    expect(fsw({ noc: "99999" })).toStrictEqual(
      unknown(
        `NOC 99999 is not a NOC 2016 or NOC 2021 unit group we know. The offer's hours a week are not given (jobOffer.hoursPerWeek); it must be full-time, 30 hours a week or more. Whether the offer is for at least one year is not given (jobOffer.permanent). ${LMIA_OPEN} Whether the offer is to work as an employee or as an independent contractor is not given (jobOffer.engagement); an independent contractor's offer is not arranged employment.`,
        ["jobOffer.noc", "jobOffer.hoursPerWeek", "jobOffer.permanent", "jobOffer.lmia", "jobOffer.engagement"],
      ),
    );
  });

  it("dated asOf: pass; dated after asOf: fail, first of the reasons", () => {
    expect(fsw(offer({ offeredOn: ASOF })).verdict).toBe("pass");
    expect(fsw(offer({ offeredOn: isoDate("2026-01-16"), hoursPerWeek: 20 }))).toStrictEqual(
      fail(
        "The offer is dated 2026-01-16, after 2026-01-15: on 2026-01-15 it did not exist. The offer is for 20 hours a week; it must be full-time, 30 hours a week or more.",
      ),
    );
  });

  it("the occupation: TEER 5 fails, saying why; a NOC 2016 code split between skills is unknown", () => {
    expect(fsw(offer({ noc: "65200" }))).toStrictEqual(
      fail("NOC 2021 65200 (TEER 5) is not skilled work (TEER 0, 1, 2 or 3). An FSW job offer must be skilled work."),
    );
    expect(fsw(offer({ noc: "6331" }))).toStrictEqual(
      unknown(
        "NOC 2016 6331 (skill level B) corresponds in NOC 2021 (in force from 2022-11-16) to NOC 2021 63201 (TEER 3), NOC 2021 65202 (TEER 5), not all of the same skill: give the 2021 code of the job.",
        ["jobOffer.noc"],
      ),
    );
  });

  it("jobOfferFinding names the offer and asks the occupation test given", () => {
    const seen: string[] = [];
    const r = jobOfferFinding(
      offer({ noc: "X1", permanent: false, durationMonths: 18 }),
      ASOF,
      (noc) => {
        seen.push(noc);
        return given(pass("ignored"));
      },
      "trade",
    );
    expect(seen).toEqual(["X1"]);
    expect(explained(r)).toStrictEqual(
      pass(
        `A full-time job offer of at least one year in the trade: NOC X1, 40 hours a week, 18 months, ${LMIA}. ${TAKEN}`,
      ),
    );
  });

  it("the support: approved or an exempt work permit pass, naming it; none fails; left out is unknown", () => {
    const terms = "A full-time job offer of at least one year in skilled work: NOC 21231, 40 hours a week, permanent";
    expect(fsw(offer({ lmia: "approved" }))).toStrictEqual(pass(`${terms}, ${LMIA}. ${TAKEN}`));
    expect(fsw(offer({ lmia: "exempt-work-permit" }))).toStrictEqual(pass(`${terms}, ${PERMIT}. ${TAKEN}`));
    expect(fsw(offer({ lmia: "none" }))).toStrictEqual(fail(NO_SUPPORT));
    const { lmia: _, ...unanswered } = offer();
    expect(fsw(unanswered)).toStrictEqual(unknown(LMIA_OPEN, ["jobOffer.lmia"]));
  });

  it("no support fails with the other failures, last; it fails even when other terms are open", () => {
    expect(fsw(offer({ hoursPerWeek: 20, lmia: "none" }))).toStrictEqual(
      fail(`The offer is for 20 hours a week; it must be full-time, 30 hours a week or more. ${NO_SUPPORT}`),
    );
    expect(fsw({ noc: "21231", lmia: "none" })).toStrictEqual(fail(NO_SUPPORT));
    // An open support with a failing term: the failure decides.
    const { lmia: _, ...unanswered } = offer({ hoursPerWeek: 20 });
    expect(fsw(unanswered).verdict).toBe("fail");
  });

  it("the work-permit route has no start date here: the CRS's 2016-11-19 does not apply to FSW or FST", () => {
    const early = isoDate("2016-11-18");
    expect(fswArrangedEmploymentFinding(offer({ lmia: "exempt-work-permit" }), early).verdict).toBe("pass");
    expect(fswArrangedEmploymentFinding(offer({ lmia: "exempt-work-permit" }), isoDate("2015-01-01")).verdict).toBe(
      "pass",
    );
  });
});

describe("workAuthorizationFinding: each branch", () => {
  const caJob = (from: string, to: string | undefined, authorized: boolean | undefined): WorkExperience =>
    ({
      noc: "21231",
      country: "CA",
      from: isoDate(from),
      ...(to === undefined ? {} : { to: isoDate(to) }),
      hoursPerWeek: 40,
      ...(authorized === undefined ? {} : { authorized }),
    }) as WorkExperience;
  const auth = (over: Partial<Candidate>) => explained(workAuthorizationFinding(over as Candidate, ASOF));
  const ended = { status: { workPermitValidUntil: isoDate("2026-01-14") } };

  it("a permit valid until asOf: pass; until the day before: not by itself", () => {
    expect(auth({ status: { workPermitValidUntil: ASOF } })).toStrictEqual(
      pass("Your work permit is valid until 2026-01-15."),
    );
    expect(auth({ ...ended, workHistory: [] })).toStrictEqual(
      fail("Your work permit ended on 2026-01-14, before 2026-01-15, and no current job in Canada is authorised."),
    );
  });

  it("an authorised job in Canada going on on asOf: pass, naming it", () => {
    const going = [caJob("2025-01-01", "2025-06-30", true), caJob("2025-07-01", undefined, true)];
    expect(auth({ ...ended, workHistory: going })).toStrictEqual(
      pass("You are working in Canada with authorisation (workHistory[1])."),
    );
    // Starting on asOf, or ending on asOf, is going on that day.
    expect(auth({ ...ended, workHistory: [caJob("2026-01-15", undefined, true)] }).verdict).toBe("pass");
    expect(auth({ ...ended, workHistory: [caJob("2025-01-01", "2026-01-15", true)] }).verdict).toBe("pass");
    // Starting after asOf or ended before it is not; nor is a job abroad.
    expect(auth({ ...ended, workHistory: [caJob("2026-01-16", undefined, true)] }).verdict).toBe("fail");
    expect(auth({ ...ended, workHistory: [caJob("2025-01-01", "2026-01-14", true)] }).verdict).toBe("fail");
    expect(
      auth({ ...ended, workHistory: [{ ...caJob("2025-01-01", undefined, true), country: "IN" } as WorkExperience] })
        .verdict,
    ).toBe("fail");
  });

  it("a permit that ended and a current job whose authorisation is not answered: unknown, the job's path", () => {
    expect(
      auth({
        ...ended,
        workHistory: [caJob("2025-01-01", undefined, false), caJob("2025-01-01", undefined, undefined)],
      }),
    ).toStrictEqual(
      unknown(
        "Your work permit ended on 2026-01-14, before 2026-01-15; whether a current job in Canada is authorised is not answered.",
        ["workHistory[1].authorized"],
      ),
    );
    expect(auth({ ...ended })).toStrictEqual(
      unknown(
        "Your work permit ended on 2026-01-14, before 2026-01-15; whether a current job in Canada is authorised is not answered.",
        ["workHistory"],
      ),
    );
  });

  it("no permit (null): only a current authorised job in Canada settles it", () => {
    const none = { status: { workPermitValidUntil: null } };
    expect(auth({ ...none, workHistory: [] })).toStrictEqual(
      fail("You hold no work permit, and no current job in Canada is authorised."),
    );
    expect(auth({ ...none, workHistory: [caJob("2025-01-01", undefined, true)] }).verdict).toBe("pass");
    expect(auth({ ...none, workHistory: [caJob("2025-01-01", undefined, undefined)] })).toStrictEqual(
      unknown("You hold no work permit; whether a current job in Canada is authorised is not answered.", [
        "workHistory[0].authorized",
      ]),
    );
    expect(auth({ ...none }).missing).toEqual(["workHistory"]);
  });

  it("no permit date: unknown, the permit and any open current job", () => {
    expect(auth({ workHistory: [caJob("2025-01-01", undefined, undefined)] })).toStrictEqual(
      unknown("Whether you are authorised to work in Canada is not answered (status.workPermitValidUntil).", [
        "status.workPermitValidUntil",
        "workHistory[0].authorized",
      ]),
    );
    expect(auth({})).toStrictEqual(
      unknown("Whether you are authorised to work in Canada is not answered (status.workPermitValidUntil).", [
        "status.workPermitValidUntil",
      ]),
    );
  });
});
