// Tests that pin behaviour of src/programs/alberta which the mutation run (`npx stryker run --mutate
// 'src/programs/alberta/<file>.ts'`) showed no other test to observe. Reasons are compared whole:
// they are what a candidate reads. Points come from data/alberta/worker-eoi-grid.json (grid effective
// 2025-08-07); draws from data/alberta/atp-draws.json; ATP lists from data/alberta/atp-occupations.json.
import { describe, expect, it } from "vitest";
import type { Assessment } from "../src/core/assessment.js";
import { defineRule } from "../src/core/define-rule.js";
import { type IsoDate, isoDate } from "../src/core/iso-date.js";
import type { Rule, RuleResult } from "../src/core/rule.js";
import type { CrsResult } from "../src/crs/index.js";
import { toClb } from "../src/language/index.js";
import type { Candidate } from "../src/models/candidate.js";
import { parseCandidate } from "../src/models/index.js";
import {
  AAIP_UPDATES_SOURCE,
  ALBERTA_EXPRESS_ENTRY_RULES,
  ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE,
  ALBERTA_STREAM_SECONDARY_SOURCE,
  type AlbertaFacts,
  type AlbertaJob,
  ATP_LAUNCH_LIST_SOURCE,
  ATP_NOC_2021_LIST_SOURCE,
  albertaExpressEntryStream,
  assessAlbertaExpressEntry,
  atpAllocations,
  atpDrawComparison,
  atpDraws,
  atpJobRequirements,
  atpOccupation,
  atpOccupations,
  checkAtpOccupation,
  crsMinimum,
  deriveAlbertaFacts,
  eligibleForFederalProgram,
  employeeNotContractor,
  employerAlbertaBased,
  employerInTechIndustry,
  expressEntryProfileActive,
  fullTimeJob,
  jobInAlberta,
  jobOfferOrEmployment,
  MISREPRESENTATION_SOURCE,
  nextStepsFor,
  noAlbertaNomination,
  noMisrepresentationBan,
  notIneligible,
  offerTerm,
  profileOccupationMatches,
  qualifyingJobCases,
  scoreAlbertaWorkerEoi,
  type WorkerEoiLine,
  type WorkerEoiLineId,
  type WorkerEoiScore,
} from "../src/programs/alberta/index.js";
import { EXPRESS_ENTRY_RULES } from "../src/programs/federal/index.js";
import { exampleCandidate, parse } from "./fixtures/alberta/builders.js";

const ASOF = isoDate("2026-11-25");

/** What a leaf rule decided, without its id, title and source. */
function outcome(rule: Rule<AlbertaFacts>, facts: AlbertaFacts): Omit<RuleResult, "id" | "title" | "source"> {
  const { id: _id, title: _title, source: _source, ...rest } = rule.evaluate(facts, { asOf: facts.asOf });
  return rest;
}

/**
 * The facts of the empty candidate on ASOF, derived inside each test that uses them: derived at module
 * load, Stryker would count deriveAlbertaFacts as covered by no test in particular (a "static" mutant).
 */
function emptyFacts(): AlbertaFacts {
  return deriveAlbertaFacts({}, ASOF);
}

/** Facts with one job being checked (the job rules read only the job, the candidate and asOf). */
function withJob(job: Partial<AlbertaJob>, candidate: Candidate = {}, asOf: IsoDate = ASOF): AlbertaFacts {
  return {
    ...emptyFacts(),
    candidate,
    asOf,
    job: { kind: "job-offer", path: "jobOffer", noc: "21231", ...job } as AlbertaJob,
  };
}

describe("atp-job-rules: each job rule, branch by branch", () => {
  it("every job rule answers unknown 'No job is being checked.' when no job is set; ids and titles", () => {
    const rules = [
      jobInAlberta,
      atpOccupation,
      employerAlbertaBased,
      employerInTechIndustry,
      fullTimeJob,
      employeeNotContractor,
      jobOfferOrEmployment,
      offerTerm,
      profileOccupationMatches,
    ];
    for (const rule of rules) {
      expect(outcome(rule, emptyFacts())).toStrictEqual({ verdict: "unknown", reason: "No job is being checked." });
    }
    expect(rules.map((r) => [r.id, r.title])).toEqual([
      ["atp.job.in-alberta", "The job is in Alberta"],
      ["atp.job.occupation", "The occupation is on the Accelerated Tech Pathway list"],
      ["atp.job.employer-alberta-based", "The employer is Alberta-based"],
      ["atp.job.employer-tech-industry", "The employer is in Alberta's tech industry (AAIP NAICS list)"],
      ["atp.job.full-time", "Full-time (at least 30 hours a week)"],
      ["atp.job.employee", "An employee (not an independent contractor or temporary-agency worker)"],
      ["atp.job.offer-or-employment", "A job offer (a current job without one counted only in the launch era)"],
      ["atp.job.offer-term", "A permanent offer, or one of at least 12 months"],
      ["atp.job.matches-profile", "The Express Entry profile's primary occupation matches the job"],
    ]);
    // atpJobRequirements: all of the nine, in this order.
    expect([atpJobRequirements.id, atpJobRequirements.title]).toEqual([
      "atp.job",
      "The job meets every pathway requirement",
    ]);
    expect(atpJobRequirements.evaluate(emptyFacts(), { asOf: ASOF }).children?.map((c) => c.id)).toEqual(
      rules.map((r) => r.id),
    );
  });

  it("jobInAlberta: province left out → unknown with the job's path; AB → pass; BC → fail", () => {
    expect(outcome(jobInAlberta, withJob({ path: "workHistory[1]" }))).toStrictEqual({
      verdict: "unknown",
      reason: "The province of the job was not answered.",
      missing: ["workHistory[1].province"],
    });
    expect(outcome(jobInAlberta, withJob({ province: "AB" }))).toStrictEqual({
      verdict: "pass",
      reason: "The job is in Alberta.",
      actual: "AB",
    });
    expect(outcome(jobInAlberta, withJob({ province: "BC" }))).toStrictEqual({
      verdict: "fail",
      reason: "The job is in BC; the pathway needs work in Alberta.",
      expected: "AB",
      actual: "BC",
    });
  });

  it("atpOccupation: passes the occupation check through, with the code as actual and the issue path as missing", () => {
    // 21231 (software engineers) is on the NOC 2021 list in force on 2026-11-25.
    const pass = atpOccupation.evaluate(withJob({ noc: "21231" }), { asOf: ASOF });
    const check = checkAtpOccupation("21231", ASOF);
    expect([pass.verdict, pass.reason, pass.source, pass.actual, pass.missing]).toEqual([
      "pass",
      check.reason,
      check.source,
      "21231",
      undefined,
    ]);
    // 2173 is a NOC 2016 code: restate it; the issue names the job's own path.
    const old = outcome(atpOccupation, withJob({ noc: "2173", path: "workHistory[0]" }));
    expect([old.verdict, old.actual, old.missing]).toEqual(["unknown", "2173", ["workHistory[0].noc"]]);
  });

  it("employerAlbertaBased: not answered, yes, no", () => {
    expect(outcome(employerAlbertaBased, withJob({ employer: { name: "X" } }))).toStrictEqual({
      verdict: "unknown",
      reason: "Whether the employer is Alberta-based was not answered.",
      missing: ["jobOffer.employer.albertaBased"],
    });
    expect(outcome(employerAlbertaBased, withJob({}))).toMatchObject({ missing: ["jobOffer.employer.albertaBased"] });
    expect(outcome(employerAlbertaBased, withJob({ employer: { name: "X", albertaBased: true } }))).toStrictEqual({
      verdict: "pass",
      reason: "The employer is Alberta-based.",
    });
    expect(outcome(employerAlbertaBased, withJob({ employer: { name: "X", albertaBased: false } }))).toStrictEqual({
      verdict: "fail",
      reason: "The employer is not Alberta-based; the pathway needs an Alberta employer.",
    });
  });

  it("employerInTechIndustry: the NAICS code is quoted when given, and the note says the list is not encoded", () => {
    const note =
      " The AAIP's list of eligible NAICS codes is not encoded in this library (its contents were not available), so this rests on your answer.";
    expect(outcome(employerInTechIndustry, withJob({ employer: { name: "X", naics: "541511" } }))).toStrictEqual({
      verdict: "unknown",
      reason: `Not answered: whether the employer's primary business is on the AAIP tech-industry NAICS list (NAICS 541511).${note}`,
      missing: ["jobOffer.employer.techIndustry"],
    });
    expect(outcome(employerInTechIndustry, withJob({}))).toStrictEqual({
      verdict: "unknown",
      reason: `Not answered: whether the employer's primary business is on the AAIP tech-industry NAICS list.${note}`,
      missing: ["jobOffer.employer.techIndustry"],
    });
    expect(
      outcome(employerInTechIndustry, withJob({ employer: { name: "X", techIndustry: true, naics: "541511" } })),
    ).toStrictEqual({
      verdict: "pass",
      reason: `The employer's primary business is in the tech industry (NAICS 541511).${note}`,
    });
    expect(outcome(employerInTechIndustry, withJob({ employer: { name: "X", techIndustry: true } }))).toStrictEqual({
      verdict: "pass",
      reason: `The employer's primary business is in the tech industry.${note}`,
    });
    expect(outcome(employerInTechIndustry, withJob({ employer: { name: "X", techIndustry: false } }))).toStrictEqual({
      verdict: "fail",
      reason: "The employer's primary business is not in Alberta's tech industry as the AAIP NAICS list defines it.",
    });
  });

  it("fullTimeJob: 30 hours is the threshold (DESIGN.md: full time is at least 30 hours a week)", () => {
    expect(outcome(fullTimeJob, withJob({}))).toStrictEqual({
      verdict: "unknown",
      reason: "The hours per week of the job were not answered.",
      missing: ["jobOffer.hoursPerWeek"],
    });
    expect(outcome(fullTimeJob, withJob({ hoursPerWeek: 30 }))).toStrictEqual({
      verdict: "pass",
      reason: "30 hours a week is full-time.",
      expected: ">= 30",
      actual: 30,
    });
    expect(outcome(fullTimeJob, withJob({ hoursPerWeek: 29.5 }))).toStrictEqual({
      verdict: "fail",
      reason: "29.5 hours a week; the pathway needs full-time work of at least 30 hours a week.",
      expected: ">= 30",
      actual: 29.5,
    });
  });

  it("employeeNotContractor: each engagement has its own reason", () => {
    expect(outcome(employeeNotContractor, withJob({}))).toStrictEqual({
      verdict: "unknown",
      reason: "Whether you are (or will be) an employee, a contractor or an agency worker was not answered.",
      missing: ["jobOffer.engagement"],
    });
    expect(outcome(employeeNotContractor, withJob({ engagement: "employee" }))).toStrictEqual({
      verdict: "pass",
      reason: "An employee of the employer.",
    });
    const fail = (engagement: AlbertaJob["engagement"], what: string) => ({
      verdict: "fail",
      reason: `${what} are not eligible for the Accelerated Tech Pathway; it needs an employee of the Alberta employer.`,
      expected: "employee",
      actual: engagement,
    });
    expect(outcome(employeeNotContractor, withJob({ engagement: "independent-contractor" }))).toStrictEqual(
      fail("independent-contractor", "Independent contractors"),
    );
    expect(outcome(employeeNotContractor, withJob({ engagement: "temporary-agency" }))).toStrictEqual(
      fail("temporary-agency", "Temporary-agency workers"),
    );
    expect(outcome(employeeNotContractor, withJob({ engagement: "self-employed" }))).toStrictEqual(
      fail("self-employed", "Self-employed people"),
    );
  });

  it("offerTerm: permanent, or 12 months and more; a short offer fails only when it is answered not permanent", () => {
    expect(outcome(offerTerm, withJob({ kind: "current-employment", path: "workHistory[0]" }))).toStrictEqual({
      verdict: "pass",
      reason: "Current employment: the offer term applies to job offers only.",
    });
    expect(outcome(offerTerm, withJob({ permanent: true, durationMonths: 3 }))).toStrictEqual({
      verdict: "pass",
      reason: "The offer is permanent.",
      actual: "permanent",
    });
    expect(outcome(offerTerm, withJob({ permanent: false, durationMonths: 12 }))).toStrictEqual({
      verdict: "pass",
      reason: "The offer runs 12 months.",
      expected: ">= 12 months",
      actual: 12,
    });
    expect(outcome(offerTerm, withJob({ permanent: false, durationMonths: 11 }))).toStrictEqual({
      verdict: "fail",
      reason: "The offer runs 11 months; it must be permanent or run at least 12 months.",
      expected: ">= 12 months",
      actual: 11,
    });
    expect(outcome(offerTerm, withJob({ durationMonths: 11 }))).toStrictEqual({
      verdict: "unknown",
      reason:
        "The offer runs 11 months, under the 12 months needed unless it is permanent; whether it is permanent was not answered.",
      expected: "permanent, or >= 12 months",
      actual: 11,
      missing: ["jobOffer.permanent"],
    });
    expect(outcome(offerTerm, withJob({ permanent: false }))).toStrictEqual({
      verdict: "unknown",
      reason: "The offer is not permanent and its length in months was not answered.",
      missing: ["jobOffer.durationMonths"],
    });
    expect(outcome(offerTerm, withJob({}))).toStrictEqual({
      verdict: "unknown",
      reason: "Whether the offer is permanent (or how many months it runs) was not answered.",
      missing: ["jobOffer.permanent"],
    });
  });

  it("profileOccupationMatches: unanswered, none, no primary occupation, same code, concordance both ways, mismatch", () => {
    const profile = (primaryOccupation?: string): Candidate => ({
      expressEntryProfile: {
        submittedOn: isoDate("2026-10-01"),
        ...(primaryOccupation === undefined ? {} : { primaryOccupation }),
      },
    });
    expect(outcome(profileOccupationMatches, withJob({}))).toStrictEqual({
      verdict: "unknown",
      reason: "The Express Entry profile was not answered.",
      missing: ["expressEntryProfile"],
    });
    expect(outcome(profileOccupationMatches, withJob({}, { expressEntryProfile: null }))).toStrictEqual({
      verdict: "fail",
      reason: "There is no Express Entry profile whose primary occupation could match the job.",
    });
    expect(outcome(profileOccupationMatches, withJob({}, profile()))).toStrictEqual({
      verdict: "unknown",
      reason: "The primary occupation in the Express Entry profile was not answered.",
      missing: ["expressEntryProfile.primaryOccupation"],
    });
    expect(outcome(profileOccupationMatches, withJob({ noc: "21231" }, profile("21231")))).toStrictEqual({
      verdict: "pass",
      reason: "The profile's primary occupation is the job's, NOC 21231.",
      actual: "21231",
    });
    // StatCan concordance: NOC 2016 2173 (software engineers) became NOC 2021 21211 and 21231. Before
    // 2022-11-16 the profile holds the NOC 2016 code, and a job restated in NOC 2021 matches it.
    const noc2016Era = isoDate("2022-11-15");
    expect(outcome(profileOccupationMatches, withJob({ noc: "21231" }, profile("2173"), noc2016Era))).toStrictEqual({
      verdict: "pass",
      reason:
        "The profile's primary occupation NOC 2173 corresponds to the job's NOC 21231 in the StatCan concordance.",
      actual: "2173",
    });
    expect(outcome(profileOccupationMatches, withJob({ noc: "2173" }, profile("21231")))).toMatchObject({
      verdict: "pass",
      actual: "21231",
    });
    expect(outcome(profileOccupationMatches, withJob({ noc: "2173" }, profile("2174"), noc2016Era))).toStrictEqual({
      verdict: "fail",
      reason: "The profile's primary occupation is NOC 2174 but the job is NOC 2173; update the profile so they match.",
      expected: "2173",
      actual: "2174",
    });
    // 21232 (software developers) came from 2173 and 2174, not from 2171; a 5-digit profile code is read
    // through its predecessors, a 4-digit one through its successors.
    expect(outcome(profileOccupationMatches, withJob({ noc: "2171" }, profile("21232"))).verdict).toBe("fail");
    expect(outcome(profileOccupationMatches, withJob({ noc: "21232" }, profile("2174"), noc2016Era)).verdict).toBe(
      "pass",
    );
    // From 2022-11-16 a NOC 2016 profile code fails, even one whose successor is the job's (update the profile).
    expect(
      outcome(profileOccupationMatches, withJob({ noc: "21231" }, profile("2173"), isoDate("2022-11-16"))),
    ).toStrictEqual({
      verdict: "fail",
      reason:
        "The profile's primary occupation NOC 2173 is a NOC 2016 code, so it does not match the job (NOC 21231): from 2022-11-16 Express Entry uses NOC 2021 codes, and Alberta Express Entry candidates must update the NOC in their Express Entry profile to remain eligible for selection. Update the profile's primary occupation to its NOC 2021 code (2173 became 21211 or 21231).",
      expected: "a NOC 2021 code",
      actual: "2173",
    });
    // Until 2022-11-15 a NOC 2021 profile code is not what the profile held: unknown, asking for it.
    expect(outcome(profileOccupationMatches, withJob({ noc: "2173" }, profile("21231"), noc2016Era))).toStrictEqual({
      verdict: "unknown",
      reason:
        "The profile's primary occupation is given as NOC 21231, a NOC 2021 code, but before 2022-11-16 Express Entry profiles held NOC 2016 codes: give the NOC 2016 code the profile held on 2022-11-15 (21231 came from 2173).",
      actual: "21231",
      missing: ["expressEntryProfile.primaryOccupation"],
    });
    expect(
      outcome(profileOccupationMatches, withJob({ noc: "2173" }, profile("21231"), isoDate("2022-11-16"))).verdict,
    ).toBe("pass");
  });
});

/** The child of a result with this id. */
function child(result: RuleResult, id: string): RuleResult {
  const found = result.children?.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no child ${id}`);
  return found;
}

/** A result without its id, title and source. */
function bare(result: RuleResult): Omit<RuleResult, "id" | "title" | "source"> {
  const { id: _id, title: _title, source: _source, ...rest } = result;
  return rest;
}

describe("express-entry-stream: each rule, branch by branch", () => {
  const facts = (candidate: Candidate, asOf = ASOF): AlbertaFacts => ({ ...emptyFacts(), candidate, asOf });
  const profile = (submittedOn: string): Candidate => ({ expressEntryProfile: { submittedOn: isoDate(submittedOn) } });

  it("expressEntryProfileActive: not answered, none, submitted later, expired after 12 months, active", () => {
    expect([expressEntryProfileActive.id, expressEntryProfileActive.title]).toEqual([
      "alberta-ee.profile-active",
      "An active Express Entry profile",
    ]);
    expect(outcome(expressEntryProfileActive, facts({}))).toStrictEqual({
      verdict: "unknown",
      reason: "Whether you have an Express Entry profile was not answered.",
      missing: ["expressEntryProfile"],
    });
    expect(outcome(expressEntryProfileActive, facts({ expressEntryProfile: null }))).toStrictEqual({
      verdict: "fail",
      reason: "You have no Express Entry profile; the Alberta Express Entry Stream selects only from the federal pool.",
      expected: "an active profile",
      actual: "none",
    });
    expect(outcome(expressEntryProfileActive, facts(profile("2026-11-26")))).toStrictEqual({
      verdict: "fail",
      reason: "The profile was submitted on 2026-11-26, after 2026-11-25: it was not in the pool on that day.",
      expected: "submitted on or before 2026-11-25",
      actual: "2026-11-26",
    });
    // Submitted the same day: active, 365 days left.
    expect(outcome(expressEntryProfileActive, facts(profile("2026-11-25")))).toStrictEqual({
      verdict: "pass",
      reason: "The profile submitted on 2026-11-25 is active until 2027-11-25 (365 days left).",
      actual: "active until 2027-11-25",
    });
    // A profile stays 12 months (IRCC): submitted 2025-11-25, it leaves the pool on 2026-11-25.
    expect(outcome(expressEntryProfileActive, facts(profile("2025-11-25")))).toStrictEqual({
      verdict: "fail",
      reason: "The profile submitted on 2025-11-25 expired on 2026-11-25 (profiles stay 12 months); submit a new one.",
      expected: "expires after 2026-11-25",
      actual: "expired 2026-11-25",
    });
    expect(outcome(expressEntryProfileActive, facts(profile("2025-11-26")))).toStrictEqual({
      verdict: "pass",
      reason: "The profile submitted on 2025-11-26 is active until 2026-11-26 (1 day left).",
      actual: "active until 2026-11-26",
    });
    expect(expressEntryProfileActive.evaluate(facts({}), { asOf: ASOF }).source?.url).toBe(
      "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/submit-profile.html",
    );
  });

  it("eligibleForFederalProgram: the federal verdict, a reason by status, missing only while incomplete", () => {
    const federalResult: RuleResult = { id: "federal.express-entry", title: "F", verdict: "pass", reason: "FSW." };
    const withFederal = (status: Assessment["status"], verdict: RuleResult["verdict"], missing: string[]) => ({
      ...emptyFacts(),
      federal: { ...emptyFacts().federal, status, missing, result: { ...federalResult, verdict } },
    });
    expect([eligibleForFederalProgram.id, eligibleForFederalProgram.title]).toEqual([
      "alberta-ee.federal-program",
      "Eligible for a federal Express Entry program (FSW, CEC or FST)",
    ]);
    expect(outcome(eligibleForFederalProgram, withFederal("eligible", "pass", []))).toStrictEqual({
      verdict: "pass",
      reason: "Eligible: FSW.",
      children: [{ ...federalResult, verdict: "pass" }],
    });
    expect(outcome(eligibleForFederalProgram, withFederal("ineligible", "fail", ["x"]))).toStrictEqual({
      verdict: "fail",
      reason:
        "Not eligible for the Federal Skilled Worker Program, the Canadian Experience Class or the Federal Skilled Trades Program; the stream needs one of them.",
      children: [{ ...federalResult, verdict: "fail" }],
    });
    expect(outcome(eligibleForFederalProgram, withFederal("incomplete", "unknown", ["dateOfBirth"]))).toStrictEqual({
      verdict: "unknown",
      reason: "Not yet decided for the federal programs: FSW.",
      missing: ["dateOfBirth"],
      children: [{ ...federalResult, verdict: "unknown" }],
    });
    expect(outcome(eligibleForFederalProgram, withFederal("incomplete", "unknown", []))).toStrictEqual({
      verdict: "unknown",
      reason: "Not yet decided for the federal programs: FSW.",
      children: [{ ...federalResult, verdict: "unknown" }],
    });
  });

  it("crsMinimum: 300 without nomination points (ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS); the profile's score compared", () => {
    const withCrs = (crs: unknown, crsScore?: number): AlbertaFacts => ({
      ...emptyFacts(),
      crs: crs as CrsResult,
      candidate:
        crsScore === undefined ? {} : { expressEntryProfile: { submittedOn: isoDate("2026-10-01"), crsScore } },
    });
    expect([crsMinimum.id, crsMinimum.title]).toEqual(["alberta-ee.crs-minimum", "A CRS score of at least 300"]);
    const issues = [
      { path: "dateOfBirth", code: "x", message: "Bad." },
      { path: "", code: "y", message: "Whole." },
    ];
    expect(outcome(crsMinimum, withCrs({ ok: false, issues }))).toStrictEqual({
      verdict: "unknown",
      reason: "The CRS score cannot be computed: dateOfBirth: Bad. : Whole.",
      missing: ["dateOfBirth"],
    });
    expect(outcome(crsMinimum, withCrs({ ok: true, total: 300, missing: [] }))).toStrictEqual({
      verdict: "pass",
      reason: "CRS 300 (without nomination points); at least 300 is needed.",
      expected: ">= 300",
      actual: 300,
    });
    expect(outcome(crsMinimum, withCrs({ ok: true, total: 300, missing: [] }, 300))).toMatchObject({
      reason: "CRS 300 (without nomination points); at least 300 is needed. Your profile shows the same score.",
    });
    expect(
      outcome(crsMinimum, withCrs({ ok: true, total: 299, maximumReachable: 300, missing: ["languageTests"] }, 310)),
    ).toStrictEqual({
      verdict: "unknown",
      reason:
        "CRS 299 from the answers given, under 300; the missing answers could raise it to 300. Your profile shows 310; the difference may come from answers missing here or from the profile.",
      expected: ">= 300",
      actual: 299,
      missing: ["languageTests"],
    });
    // The open answers could reach 299 at most: no answer passes, so the rule fails now.
    expect(
      outcome(crsMinimum, withCrs({ ok: true, total: 250, maximumReachable: 299, missing: ["languageTests"] })),
    ).toStrictEqual({
      verdict: "fail",
      reason:
        "CRS 250 from the answers given (without nomination points); the questions still open could raise it to 299 at most, under the 300 the stream needs.",
      expected: ">= 300",
      actual: 250,
    });
    expect(outcome(crsMinimum, withCrs({ ok: true, total: 299, missing: [] }))).toStrictEqual({
      verdict: "fail",
      reason: "CRS 299 (without nomination points); the stream needs at least 300.",
      expected: ">= 300",
      actual: 299,
    });
  });

  it("the status flags: not answered names the path; true fails with the rule's reason; false passes", () => {
    const flags = [
      [
        "alberta-ee.not-refugee-claimant",
        "Not a refugee claimant",
        "refugeeClaimant",
        "Refugee claimants cannot be nominated under the Alberta Express Entry Stream.",
      ],
      [
        "alberta-ee.no-removal-order",
        "No unresolved removal order",
        "removalOrder",
        "A person under a removal order or in a federal appeal process cannot be nominated.",
      ],
      [
        "alberta-ee.no-active-aaip-application",
        "No other AAIP application in progress",
        "activeAaipApplication",
        "Another AAIP application is in progress; the AAIP accepts one application at a time.",
      ],
    ] as const;
    for (const [id, title, field, failReason] of flags) {
      const open = child(notIneligible.evaluate(facts({ status: {} }), { asOf: ASOF }), id);
      expect([open.title, bare(open)]).toStrictEqual([
        title,
        { verdict: "unknown", reason: `Not answered: ${title.toLowerCase()}.`, missing: [`status.${field}`] },
      ]);
      const yes = child(notIneligible.evaluate(facts({ status: { [field]: true } }), { asOf: ASOF }), id);
      expect(bare(yes)).toStrictEqual({ verdict: "fail", reason: failReason });
      const no = child(notIneligible.evaluate(facts({ status: { [field]: false } }), { asOf: ASOF }), id);
      expect(bare(no)).toStrictEqual({ verdict: "pass", reason: `${title}: answered no.` });
      // No status at all: the same unknown.
      expect(child(notIneligible.evaluate(facts({}), { asOf: ASOF }), id).missing).toEqual([`status.${field}`]);
    }
    expect([notIneligible.id, notIneligible.title]).toEqual([
      "alberta-ee.not-ineligible",
      "Not in a group the stream excludes",
    ]);
    expect(notIneligible.evaluate(facts({}), { asOf: ASOF }).children?.map((c) => c.id)).toEqual([
      "alberta-ee.not-refugee-claimant",
      "alberta-ee.no-removal-order",
      "alberta-ee.no-misrepresentation-ban",
      "alberta-ee.no-active-aaip-application",
      "alberta-ee.no-aaip-nomination",
    ]);
  });

  it("noMisrepresentationBan: the ban's last day still counts; the day after it no longer does", () => {
    const ban = (until: string | null | undefined): Candidate => ({
      status: until === undefined ? {} : { misrepresentationBanUntil: until === null ? null : isoDate(until) },
    });
    expect([noMisrepresentationBan.id, noMisrepresentationBan.title]).toEqual([
      "alberta-ee.no-misrepresentation-ban",
      "No misrepresentation ban in force",
    ]);
    expect(outcome(noMisrepresentationBan, facts(ban(undefined)))).toStrictEqual({
      verdict: "unknown",
      reason: "Not answered: whether a misrepresentation ban is in force.",
      missing: ["status.misrepresentationBanUntil"],
    });
    expect(outcome(noMisrepresentationBan, facts({}))).toMatchObject({ verdict: "unknown" });
    expect(outcome(noMisrepresentationBan, facts(ban(null)))).toStrictEqual({
      verdict: "pass",
      reason: "No misrepresentation ban.",
    });
    expect(outcome(noMisrepresentationBan, facts(ban("2026-11-25")))).toStrictEqual({
      verdict: "fail",
      reason: "A misrepresentation ban is in force until 2026-11-25; no application can succeed before it ends.",
      expected: "ended before 2026-11-25",
      actual: "until 2026-11-25",
    });
    expect(outcome(noMisrepresentationBan, facts(ban("2026-11-24")))).toStrictEqual({
      verdict: "pass",
      reason: "The misrepresentation ban ended on 2026-11-24.",
      actual: "ended 2026-11-24",
    });
  });

  it("noAlbertaNomination: none, another province, an Alberta nomination dated later, one already held", () => {
    const nominated = (province: string, nominatedOn: string): Candidate =>
      ({ provincialNomination: { province, nominatedOn: isoDate(nominatedOn) } }) as Candidate;
    expect([noAlbertaNomination.id, noAlbertaNomination.title]).toEqual([
      "alberta-ee.no-aaip-nomination",
      "No AAIP nomination already held",
    ]);
    expect(outcome(noAlbertaNomination, facts({}))).toStrictEqual({
      verdict: "unknown",
      reason: "Not answered: whether you already hold a provincial nomination.",
      missing: ["provincialNomination"],
    });
    expect(outcome(noAlbertaNomination, facts({ provincialNomination: null }))).toStrictEqual({
      verdict: "pass",
      reason: "No provincial nomination held.",
    });
    expect(outcome(noAlbertaNomination, facts(nominated("ON", "2026-01-01")))).toStrictEqual({
      verdict: "pass",
      reason: "The nomination held is from ON, not from Alberta; the AAIP rule concerns its own nominations.",
    });
    expect(outcome(noAlbertaNomination, facts(nominated("AB", "2026-11-26")))).toStrictEqual({
      verdict: "pass",
      reason: "The Alberta nomination is dated 2026-11-26, after 2026-11-25.",
    });
    expect(outcome(noAlbertaNomination, facts(nominated("AB", "2026-11-25")))).toStrictEqual({
      verdict: "fail",
      reason:
        "You already hold an Alberta nomination (2026-11-25); accept it in your Express Entry profile instead of applying again.",
    });
  });

  it("the stream's root, its rule set and the assessment's header", () => {
    expect([albertaExpressEntryStream.id, albertaExpressEntryStream.title]).toEqual([
      "alberta-ee",
      "Alberta Express Entry Stream",
    ]);
    expect([ALBERTA_EXPRESS_ENTRY_RULES.id, ALBERTA_EXPRESS_ENTRY_RULES.from]).toEqual([
      "alberta.express-entry-stream",
      "2015-01-01",
    ]);
    const a = assessAlbertaExpressEntry({}, { asOf: ASOF });
    expect([a.program, a.asOf, a.ruleSet, a.result.children?.map((c) => c.id)]).toStrictEqual([
      "alberta.express-entry-stream",
      "2026-11-25",
      { id: "alberta.express-entry-stream", from: "2015-01-01" },
      [
        "alberta-ee.profile-active",
        "alberta-ee.federal-program",
        "alberta-ee.crs-minimum",
        "alberta-ee.not-ineligible",
      ],
    ]);
    expect(a.result.source).toEqual(ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE);
    // The rule set is evaluated with the day in its context: a rule of your own may read ctx.asOf.
    const readsContext = defineRule<AlbertaFacts>({
      id: "mine.context",
      title: "Reads the context",
      source: ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE,
      check: (_facts, ctx) => ({ verdict: "pass", reason: `Evaluated on ${ctx.asOf}.` }),
    });
    const ctxRules = { id: "ctx", from: isoDate("2020-01-01"), rule: readsContext };
    expect(assessAlbertaExpressEntry({}, { asOf: ASOF, ruleSet: ctxRules }).result.reason).toBe(
      "Evaluated on 2026-11-25.",
    );
    // A rule set of your own, with an end date, is reported with it.
    const mine = { id: "mine", from: isoDate("2020-01-01"), to: isoDate("2030-01-01"), rule: crsMinimum };
    const b = assessAlbertaExpressEntry({}, { asOf: ASOF, ruleSet: mine });
    expect([b.ruleSet, b.result.id]).toStrictEqual([
      { id: "mine", from: "2020-01-01", to: "2030-01-01" },
      "alberta-ee.crs-minimum",
    ]);
  });
});

describe("next-steps: which steps, in which order, with their deadlines and sources", () => {
  // The IRCC and alberta.ca pages the steps cite (src/programs/alberta/next-steps.ts).
  const NOMINATION = {
    title: "Get or confirm a nomination – Provincial Nominee Program (Express Entry), IRCC",
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html",
    retrieved: "2026-11-25",
  };
  const ITA = {
    id: "ita-deadline",
    action:
      "After an invitation to apply for permanent residence, you have 60 days to submit the complete application.",
    source: {
      title: "Express Entry: after you're invited to apply (60 days to submit) – IRCC",
      url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html",
      retrieved: "2026-11-25",
    },
  };
  const TRUTHFUL = {
    id: "truthful-answers",
    action:
      "Give only true and complete information: a finding of misrepresentation makes you inadmissible to Canada for 5 years.",
    source: MISREPRESENTATION_SOURCE,
  };
  const WORKER_EOI = {
    id: "worker-eoi",
    action:
      "Submit a Worker Expression of Interest in the AAIP portal: since 2024-09-30 Accelerated Tech Pathway candidates are invited from the Worker EOI pool.",
    // data/alberta/atp-pathway-history.json, intake.periods "worker-eoi".
    source: {
      title: "Alberta Advantage Immigration Program – Updates (alberta.ca; read from a stored copy)",
      url: AAIP_UPDATES_SOURCE.url,
      section:
        "September 23, 2024: Details on new worker streams expression of interest – \"As of September 30, 2024, candidates must submit a Worker Expression of Interest (EOI) if they are interested in receiving an invitation to apply to one of the Alberta Advantage Immigration Program's (AAIP's) worker streams.\"",
      retrieved: "2026-06-20",
      effective: "2024-09-30",
    },
  };
  const nominationPoints = (score?: number) => ({
    id: "nomination-points",
    action: `If Alberta nominates you, accept the nomination in your Express Entry profile within 30 days: it adds 600 CRS points${score === undefined ? "" : ` (your score would be ${score})`}.`,
    source: NOMINATION,
  });
  const eligible = { status: "eligible", missing: [] } as const;
  /** The Worker EOI terms shown on 2026-11-25 (data/alberta/aaip-worker-eoi-terms.json; tested in alberta-next-steps). */
  const TERMS = ["worker-eoi-fee", "one-worker-eoi", "worker-eoi-validity", "invitation-period", "application-fee"];
  const byId = (steps: readonly { id: string }[], id: string) => steps.find((s) => s.id === id);

  it("ineligible: nothing to do", () => {
    expect(nextStepsFor({ provincialNomination: null }, ASOF, { status: "ineligible", missing: ["x"] })).toEqual([]);
  });

  it("eligible with no nomination, from 2024-09-30: a Worker EOI, +600 points, 60 days, the truth", () => {
    const steps = nextStepsFor({}, ASOF, eligible);
    expect(steps.map((s) => s.id)).toEqual([
      "worker-eoi",
      ...TERMS,
      "nomination-points",
      "ita-deadline",
      "truthful-answers",
    ]);
    expect([steps[0], ...steps.slice(-3)]).toStrictEqual([WORKER_EOI, nominationPoints(), ITA, TRUTHFUL]);
    // The first day of the Worker EOI (AAIP updates, 2024-09-23: from 2024-09-30).
    expect(nextStepsFor({}, isoDate("2024-09-30"), eligible).map((s) => s.id)[0]).toBe("worker-eoi");
  });

  it("before 2024-09-30: no intake from 2024-08-07, monthly acceptance dates from 2024-06-11, the web form before", () => {
    expect(nextStepsFor({}, isoDate("2024-09-29"), eligible)[0]).toMatchObject({
      id: "atp-no-intake",
      action: "No intake is open on 2024-09-29: the Worker Expression of Interest opens on 2024-09-30.",
      source: { url: AAIP_UPDATES_SOURCE.url, effective: "2024-08-07" },
    });
    expect(nextStepsFor({}, isoDate("2024-06-11"), eligible)[0]).toMatchObject({
      id: "atp-monthly-intake",
      source: { url: AAIP_UPDATES_SOURCE.url, effective: "2024-06-11" },
    });
    expect(nextStepsFor({}, isoDate("2024-06-10"), eligible)[0]).toStrictEqual({
      id: "atp-web-form",
      action:
        "Send the Accelerated Tech Pathway web form (your Express Entry profile and your Alberta job offer or employment) to the AAIP; it invites eligible candidates to apply.",
      source: {
        title:
          "Alberta Express Entry Stream – Accelerated Tech Pathway web form (alberta.ca, launch-era version of the page)",
        url: "https://www.alberta.ca/aaip-alberta-express-entry-stream.aspx",
        section:
          'Application steps: "Candidates interested in applying under the Accelerated Tech Pathway must send information about their Express Entry profile and their Alberta employment or job offer with an Alberta tech employer to the Alberta Advantage Immigration Program (AAIP) by filling out an online form."',
        retrieved: "2026-11-25",
        effective: "2021-12-01",
      },
    });
  });

  it("incomplete: the open questions first, listed; none listed → no such step", () => {
    const steps = nextStepsFor({}, ASOF, { status: "incomplete", missing: ["dateOfBirth", "jobOffer.noc"] });
    expect(steps[0]).toStrictEqual({
      id: "answer-missing",
      action: "Answer the questions still open so the assessment can decide: dateOfBirth, jobOffer.noc.",
      source: ALBERTA_STREAM_SECONDARY_SOURCE,
    });
    expect(nextStepsFor({}, ASOF, { status: "incomplete", missing: [] }).map((s) => s.id)).toEqual([
      "worker-eoi",
      ...TERMS,
      "nomination-points",
      "ita-deadline",
      "truthful-answers",
    ]);
    expect(nextStepsFor({}, ASOF, { status: "eligible", missing: ["x"] })[0]?.id).toBe("worker-eoi");
  });

  it("a profile that expires within 3 months (the day itself included), not one already expired", () => {
    const profile = (submittedOn: string): Candidate => ({
      expressEntryProfile: { submittedOn: isoDate(submittedOn) },
    });
    // Submitted 2026-02-25: expires 2027-02-25, exactly 3 months after 2026-11-25.
    expect(nextStepsFor(profile("2026-02-25"), ASOF, eligible)[0]).toStrictEqual({
      id: "profile-expiring",
      action:
        "Your Express Entry profile expires on 2027-02-25, within 3 months: candidates whose profile expires that soon are less likely to be asked to apply. Renew it when it expires.",
      due: "2027-02-25",
      source: ALBERTA_STREAM_SECONDARY_SOURCE,
    });
    expect(nextStepsFor(profile("2026-02-26"), ASOF, eligible)[0]?.id).toBe("worker-eoi");
    // Expires on asOf itself: no longer "about to expire".
    expect(nextStepsFor(profile("2025-11-25"), ASOF, eligible)[0]?.id).toBe("worker-eoi");
    expect(nextStepsFor(profile("2025-11-26"), ASOF, eligible)[0]?.id).toBe("profile-expiring");
    expect(nextStepsFor({ expressEntryProfile: null }, ASOF, eligible)[0]?.id).toBe("worker-eoi");
  });

  it("a nomination held: accept it within 30 days (the last day included); then nothing about nominations", () => {
    const nominated = (nominatedOn: string): Candidate => ({
      provincialNomination: { province: "AB", nominatedOn: isoDate(nominatedOn) },
    });
    // Nominated 2026-10-26: 30 days later is 2026-11-25, asOf itself.
    expect(nextStepsFor(nominated("2026-10-26"), ASOF, eligible)).toStrictEqual([
      {
        id: "accept-nomination",
        action:
          "Accept the AB nomination in your Express Entry profile by 2026-11-25 (30 days from 2026-10-26); it adds 600 CRS points.",
        due: "2026-11-25",
        source: NOMINATION,
      },
      ITA,
      TRUTHFUL,
    ]);
    // Nominated on asOf itself: it is held that day, so accept it by 2026-12-25 (30 days later).
    expect(nextStepsFor(nominated("2026-11-25"), ASOF, eligible).map((s) => [s.id, s.due])).toEqual([
      ["accept-nomination", "2026-12-25"],
      ["ita-deadline", undefined],
      ["truthful-answers", undefined],
    ]);
    // One day too late: no acceptance step, no Worker EOI, no nomination-points step.
    expect(nextStepsFor(nominated("2026-10-25"), ASOF, eligible)).toStrictEqual([ITA, TRUTHFUL]);
    // A nomination dated after asOf did not exist yet: the Worker EOI step, but no +600 hint.
    const early = nextStepsFor(nominated("2026-11-26"), ASOF, eligible);
    expect(early.map((s) => s.id)).toEqual(["worker-eoi", ...TERMS, "ita-deadline", "truthful-answers"]);
    expect([early[0], ...early.slice(-2)]).toStrictEqual([WORKER_EOI, ITA, TRUTHFUL]);
  });

  it("the +600 hint states the score with the nomination when the CRS is known", () => {
    const facts = deriveAlbertaFacts(parse(exampleCandidate()), ASOF);
    if (!facts.crs.ok) throw new Error("expected a CRS");
    // The example scores CRS 485 without nomination points (test/fixtures/alberta/builders.ts); +600 → 1085.
    expect(facts.crs.total).toBe(485);
    const steps = nextStepsFor({}, ASOF, { ...eligible, crs: facts.crs });
    expect(byId(steps, "nomination-points")).toStrictEqual(nominationPoints(1085));
  });
});

describe("atp-draws: the comparison's window, statement and fields (data/alberta/atp-draws.json)", () => {
  /** atpDrawComparison of a valid score and day: the comparison. */
  const compared = (score: number, asOf: IsoDate | Date) => {
    const r = atpDrawComparison(score, { asOf });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r;
  };
  const SOURCE = {
    title: "Alberta Advantage Immigration Program – Processing information (alberta.ca)",
    url: "https://www.alberta.ca/aaip-processing-information",
    section:
      "Tables 7, 9 and 10 (2026 nominations, EOI pool, draws), Accelerated Tech Pathway rows; last updated June 16, 2026 (read from a stored copy crawled 2026-06-20)",
    retrieved: "2026-06-20",
  };
  const ALLOCATION_JUNE = {
    year: 2026,
    updated: "2026-06-16",
    allocation: 600,
    issued: 292,
    remaining: 308,
    applicationsToProcess: 140,
    assessingReceivedOnOrBefore: "2026-03-24",
    eoiPool: 2245,
    source: SOURCE,
  };

  it("every 2026 draw to 2026-05-29 carries the official page's citation, without parameters", () => {
    expect(atpDraws()[1]).toStrictEqual({
      date: "2026-01-29",
      minimumScore: 63,
      invitations: 148,
      parameters: null,
      source: SOURCE,
    });
    expect(
      atpDraws()
        .filter((d) => d.source.secondary !== true && d.date >= "2026-01-01")
        .map((d) => d.date),
    ).toEqual(["2026-01-29", "2026-02-11", "2026-03-06", "2026-04-08", "2026-05-07", "2026-05-29"]);
    // The later draws come from a third-party copy of the same page: marked secondary.
    expect(
      atpDraws()
        .slice(7)
        .map((d) => [d.date, d.source.secondary]),
    ).toEqual([
      ["2026-06-19", true],
      ["2026-07-08", true],
      ["2026-08-06", true],
    ]);
  });

  it("one draw in the window: 'draw', not 'draws'; the score equal to the minimum counts as reached", () => {
    // 2026-01-30: the window is 2025-01-30..2026-01-29 and holds the draw of 2026-01-29 (minimum 63).
    const c = compared(63, isoDate("2026-01-30"));
    expect(c).toStrictEqual({
      ok: true,
      score: 63,
      asOf: "2026-01-30",
      from: "2025-01-30",
      to: "2026-01-29",
      draws: [
        { date: "2026-01-29", minimumScore: 63, invitations: 148, parameters: null, source: SOURCE, atOrAbove: true },
      ],
      atOrAbove: 1,
      of: 1,
      knownFrom: "2024-09-30",
      knownThrough: "2026-08-12",
      verified: "2026-12-06",
      // The window reaches into 2025, whose draws are not in the data: not complete, and said.
      notCovered: [{ from: "2025-01-30", to: "2025-12-31" }],
      complete: false,
      statement:
        "A Worker EOI score of 63 was at or above the minimum of 1 of 1 Accelerated Tech Pathway draw held from 2025-01-30 to 2026-01-29. This is history, not a promise: each draw sets its own minimum score. Draws from 2025-01-30 to 2025-12-31 are not in our data.",
      source: SOURCE,
    });
    const below = compared(62.5, isoDate("2026-01-30"));
    expect([below.atOrAbove, below.draws[0]?.atOrAbove]).toEqual([0, false]);
  });

  it("several draws: 'draws'; the window runs to the day before asOf; the data's first and last days are said", () => {
    // 2026-08-13: window 2025-08-13..2026-08-12 ends on knownThrough (no "after" note) but reaches
    // into 2025; nine draws, 57 reaches four (56 on 03-06, 57 on 05-07, 55 on 05-29 and 07-08).
    const c = compared(57, isoDate("2026-08-13"));
    expect([c.complete, c.atOrAbove, c.of, c.statement]).toEqual([
      false,
      4,
      9,
      "A Worker EOI score of 57 was at or above the minimum of 4 of 9 Accelerated Tech Pathway draws held from 2025-08-13 to 2026-08-12. This is history, not a promise: each draw sets its own minimum score. Draws from 2025-08-13 to 2025-12-31 are not in our data.",
    ]);
    const late = compared(57, isoDate("2026-08-14"));
    expect([late.complete, late.statement.endsWith(". Draws after 2026-08-12 are not in our data.")]).toEqual([
      false,
      true,
    ]);
    // A window that starts on 2026-01-01 exactly has no 2025 note (2027-01-01: from 2026-01-01).
    expect(compared(57, isoDate("2027-01-01")).statement).not.toContain("2025");
    expect(compared(57, isoDate("2026-12-31")).statement).toContain(
      "Draws from 2025-12-31 to 2025-12-31 are not in our data. Draws after 2026-08-12",
    );
    // A window inside the covered days (2024-09-30..2024-12-30 after the Worker EOI began): complete.
    const covered = compared(57, isoDate("2024-12-31"));
    expect([covered.complete, covered.notCovered, covered.of]).toEqual([true, [], 1]);
  });

  it("the allocation is the latest the page gave before asOf (none before its first update)", () => {
    expect(compared(60, isoDate("2026-06-16")).allocation).toBeUndefined();
    expect(compared(60, isoDate("2026-06-17")).allocation).toStrictEqual(ALLOCATION_JUNE);
    expect(compared(60, isoDate("2026-08-12")).allocation?.updated).toBe("2026-06-16");
    const august = compared(60, isoDate("2026-08-13")).allocation;
    expect([august?.updated, august?.allocation, august?.issued, august?.remaining, august?.eoiPool]).toEqual([
      "2026-08-12",
      619,
      408,
      211,
      2046,
    ]);
    expect(august?.source.secondary).toBe(true);
    expect(atpAllocations()).toHaveLength(2);
  });

  it("no draw in the window: the statement says there is no history, with the gap note when incomplete", () => {
    expect(compared(70, isoDate("2026-01-01")).statement).toBe(
      "No Accelerated Tech Pathway draw in our data was held from 2025-01-01 to 2025-12-31, so there is no history to compare a score of 70 with. Draws from 2025-01-01 to 2025-12-31 are not in our data.",
    );
    expect(compared(70, isoDate("2028-01-01")).statement).toBe(
      "No Accelerated Tech Pathway draw in our data was held from 2027-01-01 to 2027-12-31, so there is no history to compare a score of 70 with. Draws after 2026-08-12 are not in our data.",
    );
    expect(compared(70, isoDate("2024-09-30")).statement).toBe(
      "No Accelerated Tech Pathway draw in our data was held from 2023-09-30 to 2024-09-29, so there is no history to compare a score of 70 with. There were no Worker EOI draws before 2024-09-30, when the Worker EOI began.",
    );
  });

  it("a score that is not finite, or an asOf that is not a date, is an issue naming it; a Date is accepted for asOf", () => {
    expect(atpDrawComparison(Number.POSITIVE_INFINITY, { asOf: ASOF })).toStrictEqual({
      ok: false,
      issues: [
        { path: "score", code: "invalid_value", message: "Expected the score as a finite number, got Infinity." },
      ],
    });
    expect(atpDrawComparison(60, { asOf: new Date(Number.NaN) })).toStrictEqual({
      ok: false,
      issues: [
        {
          path: "asOf",
          code: "invalid_date",
          message: "asOf must be a calendar day written YYYY-MM-DD or a valid Date; got an Invalid Date.",
        },
      ],
    });
    expect(compared(60, new Date(2026, 5, 1)).asOf).toBe("2026-06-01");
  });
});

describe("facts: the jobs checked as cases, and the derived facts", () => {
  const casesOf = (candidate: Candidate, asOf = ASOF) => qualifyingJobCases({ ...emptyFacts(), candidate, asOf });
  // On ASOF (from 2024-12-11) only a job offer counts; until 2024-12-10 a current job could too.
  const NONE =
    "There is no job offer: from 2024-12-11 the pathway needs a job offer for full-time employment with an Alberta tech employer.";
  const NONE_EARLIER =
    "There is no job offer and no current job in Alberta: the pathway needs one or the other with an Alberta tech employer.";
  const employerOf = { name: "E", albertaBased: true, techIndustry: true };
  const work = (over: Record<string, unknown>) =>
    ({ noc: "21231", country: "CA", from: isoDate("2025-01-01"), hoursPerWeek: 40, ...over }) as never;

  it("unanswered offer and history: both named, 'they'; one of them: 'it'; answered none: no unanswered part", () => {
    expect(casesOf({})).toStrictEqual({
      cases: [],
      unanswered: {
        reason: "Not answered: jobOffer and workHistory; they may hold a qualifying Alberta job.",
        missing: ["jobOffer", "workHistory"],
      },
      none: NONE,
    });
    expect(casesOf({ jobOffer: null }).unanswered).toStrictEqual({
      reason: "Not answered: workHistory; it may hold a qualifying Alberta job.",
      missing: ["workHistory"],
    });
    expect(casesOf({ workHistory: [] }).unanswered?.missing).toEqual(["jobOffer"]);
    expect(casesOf({ jobOffer: null, workHistory: [] })).toStrictEqual({ cases: [], none: NONE });
    expect(casesOf({ jobOffer: null, workHistory: [] }, isoDate("2024-12-11")).none).toBe(NONE);
    expect(casesOf({ jobOffer: null, workHistory: [] }, isoDate("2024-12-10")).none).toBe(NONE_EARLIER);
    expect(casesOf({ jobOffer: null, workHistory: [] }, isoDate("2024-06-11")).none).toBe(NONE_EARLIER);
  });

  it("the offer: every answered term copied to the job; an offer dated after asOf did not exist yet", () => {
    const offer = {
      noc: "21231",
      employer: employerOf,
      province: "AB",
      hoursPerWeek: 40,
      engagement: "employee",
      permanent: false,
      durationMonths: 24,
      offeredOn: ASOF,
    } as const;
    const full = casesOf({ jobOffer: offer, workHistory: [] });
    expect(full.cases.map((c) => [c.id, c.label, c.facts.job])).toStrictEqual([
      [
        "jobOffer",
        "Job offer (NOC 21231)",
        {
          kind: "job-offer",
          path: "jobOffer",
          noc: "21231",
          province: "AB",
          employer: employerOf,
          hoursPerWeek: 40,
          engagement: "employee",
          permanent: false,
          durationMonths: 24,
        },
      ],
    ]);
    // The case's facts are the rule's facts with the job added.
    expect([full.cases[0]?.facts.asOf, full.cases[0]?.facts.crs]).toEqual([ASOF, emptyFacts().crs]);
    expect(casesOf({ jobOffer: { noc: "2173" }, workHistory: [] }).cases[0]?.facts.job).toStrictEqual({
      kind: "job-offer",
      path: "jobOffer",
      noc: "2173",
    });
    const later = casesOf({ jobOffer: { ...offer, offeredOn: isoDate("2026-11-26") }, workHistory: [] });
    expect(later).toStrictEqual({
      cases: [],
      none: "The job offer is dated 2026-11-26, after 2026-11-25, so on 2026-11-25 it did not exist: from 2024-12-11 the pathway needs a job offer for full-time employment with an Alberta tech employer.",
    });
    const laterThen = casesOf(
      { jobOffer: { ...offer, offeredOn: isoDate("2024-03-02") }, workHistory: [] },
      isoDate("2024-03-01"),
    );
    expect(laterThen.none).toBe(
      "The job offer is dated 2024-03-02, after 2024-03-01, so on 2024-03-01 it did not exist, and there is no current job in Alberta: the pathway needs one or the other with an Alberta tech employer.",
    );
  });

  it("current jobs: in Canada, in Alberta or province unanswered, running on asOf (both ends inclusive)", () => {
    const history = [
      work({ title: "Dev", province: "AB", employer: employerOf, engagement: "employee" }), // 0: yes
      work({ from: ASOF, to: ASOF }), // 1: starts and ends on asOf, province open: yes
      work({ to: isoDate("2026-11-24"), province: "AB" }), // 2: ended the day before
      work({ from: isoDate("2026-11-26"), province: "AB" }), // 3: not begun
      work({ province: "BC" }), // 4: another province
      work({ country: "US" }), // 5: abroad
    ];
    const r = casesOf({ jobOffer: null, workHistory: history });
    expect(r.cases.map((c) => [c.id, c.label, c.facts.job])).toStrictEqual([
      [
        "workHistory[0]",
        'Current job "Dev" (NOC 21231, workHistory[0])',
        {
          kind: "current-employment",
          path: "workHistory[0]",
          noc: "21231",
          province: "AB",
          employer: employerOf,
          hoursPerWeek: 40,
          engagement: "employee",
        },
      ],
      [
        "workHistory[1]",
        "Current job (NOC 21231, workHistory[1])",
        { kind: "current-employment", path: "workHistory[1]", noc: "21231", hoursPerWeek: 40 },
      ],
    ]);
  });

  it("deriveAlbertaFacts: the CRS without nomination points, the federal rule set passed on, a Date accepted", () => {
    const candidate = {
      ...parse(exampleCandidate()),
      provincialNomination: { province: "AB", nominatedOn: isoDate("2026-11-01") },
    } as Candidate;
    const facts = deriveAlbertaFacts(candidate, new Date(2026, 10, 25));
    // CRS 485 for the example without the 600 nomination points (test/fixtures/alberta/builders.ts).
    expect([facts.asOf, facts.crs.ok && facts.crs.total, facts.candidate]).toEqual(["2026-11-25", 485, candidate]);
    expect(facts.federal.ruleSet.id).toBe(EXPRESS_ENTRY_RULES.id);
    const mine = { ...EXPRESS_ENTRY_RULES, id: "mine" };
    expect(deriveAlbertaFacts(candidate, ASOF, { federalRuleSet: mine }).federal.ruleSet.id).toBe("mine");
  });
});

describe("atp-occupations: exact verdicts, reasons and issues (data/alberta/atp-occupations.json)", () => {
  const at = (s: string) => s as IsoDate;
  // The 13 NOC 2016 codes that later sources list are uncertain all through the NOC 2016 era.
  const LAUNCH_LIST = "the launch list of 23 NOC 2016 codes, and 13 more whose listing on that date is unknown";
  const OFFICIAL_LIST = "the official list of 44 NOC 2021 codes, effective 2022-11-16";
  const NOT_YET = (asOf: string) =>
    `The Accelerated Tech Pathway did not exist yet on ${asOf}: Alberta first accepted applications in December 2021 (no earlier than 2021-12-01) and announced the pathway on 2022-01-13, so no occupation qualified for it on that date, and no further information can change that.`;
  const LAUNCH_REASON =
    "Alberta began accepting Accelerated Tech Pathway applications on a day in December 2021 that no source gives (the pathway was announced on 2022-01-13), so from 2021-12-01 to 2021-12-30 it may not have been open yet; it was open by 2021-12-31 at the latest.";
  const LATER_2016 =
    "The January 2022 announcement lists 23 NOC 2016 codes, but third-party pages describe a list of 38, launch-time reports name occupations outside the 23 (medical laboratory technicians, graphic designers, industrial engineering technologists), and the NOC 2021 successors of these codes are on the official list from 2022-11-16; no official NOC 2016 list survives to settle which codes it held.";
  const DATA_CENTRE =
    "Alberta added occupations that 'support data centre needs in Alberta' to the list on a date no source gives: the list PDF still says 'effective Nov 16, 2022', the official updates page has no entry for the change, and third-party pages of 2025 and 2026 still describe the older list. No NOC 2016 predecessor of these codes was on a list before 2022-11-16, and the earliest copy of the list that shows them is from 2026-06-20.";

  it("an invalid date: InvalidAsOfError naming asOf and the date problem", () => {
    const message =
      'asOf must be a calendar day written YYYY-MM-DD or a valid Date; got "2026-13-01": 2026-13-01 has no month 13: months run from 01 to 12.';
    expect(() => checkAtpOccupation("21231", at("2026-13-01"), { path: "jobOffer.noc" })).toThrow(message);
    expect(() => atpOccupations(at("2026-13-01"))).toThrow(message);
  });

  it("before 2021-12-01: fail for any code, final; a code that is no unit group also gets unknown_noc", () => {
    const listed = checkAtpOccupation("2173", at("2021-11-30"));
    expect([listed.verdict, listed.reason, listed.issue]).toStrictEqual(["fail", NOT_YET("2021-11-30"), undefined]);
    expect(listed.source.section).toContain("announced the Accelerated Tech Pathway on January 13");
    const bad = checkAtpOccupation("abc", at("2021-11-30"), { path: "jobOffer.noc" });
    expect([bad.verdict, bad.issue]).toStrictEqual([
      "fail",
      {
        path: "jobOffer.noc",
        code: "unknown_noc",
        message: '"abc" is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.',
      },
    ]);
    expect(atpOccupations(at("2021-11-30"))).toStrictEqual({ ok: false, reason: NOT_YET("2021-11-30") });
  });

  it("December 2021: a launch-list code is unknown until 2021-12-30, pass from 2021-12-31", () => {
    const c = checkAtpOccupation("2173", at("2021-12-30"));
    expect([c.verdict, c.reason, c.source]).toStrictEqual([
      "unknown",
      `2173 (Software engineers and designers) is on the pathway's launch list, but whether the pathway was open yet on 2021-12-30 is unknown: ${LAUNCH_REASON} From 2021-12-31 the answer is pass.`,
      ATP_LAUNCH_LIST_SOURCE,
    ]);
    expect(checkAtpOccupation("2173", at("2021-12-31"))).toStrictEqual({
      verdict: "pass",
      reason: `2173 (Software engineers and designers) is on the Accelerated Tech Pathway list of eligible occupations in force on 2021-12-31 (${LAUNCH_LIST}).`,
      source: ATP_LAUNCH_LIST_SOURCE,
    });
    // The list of the launch window: nothing certain yet, every code uncertain, the launch caveat first.
    const list = atpOccupations(at("2021-12-15"));
    if (!list.ok) throw new Error("expected a list");
    expect([list.version, list.codes, list.uncertain.length, list.from, list.to]).toEqual([
      2016,
      [],
      36,
      "2021-12-01",
      "2022-11-16",
    ]);
    expect(list.caveats[0]).toBe(`Whether the pathway was open yet on 2021-12-15 is unknown: ${LAUNCH_REASON}`);
    expect(list.caveats).toHaveLength(2);
  });

  it("NOC 2016 era: a code off the list fails; a code later sources list is unknown, with its NOC 2021 fate", () => {
    expect(checkAtpOccupation("4112", at("2022-03-01"))).toStrictEqual({
      verdict: "fail",
      reason: `4112 is not on the Accelerated Tech Pathway list of eligible occupations in force on 2022-03-01 (${LAUNCH_LIST}), so a job in this occupation does not qualify for the pathway. If another NOC 2016 code describes the job better, check that code.`,
      source: ATP_LAUNCH_LIST_SOURCE,
    });
    const c = checkAtpOccupation("2281", at("2022-03-01"));
    expect([c.verdict, c.reason, c.source.title]).toStrictEqual([
      "unknown",
      `Whether 2281 (Computer network technicians) was on the Accelerated Tech Pathway list on 2022-03-01 is unknown. ${LATER_2016} From 2022-11-16 the list uses NOC 2021 codes, and 2281 became 22220 (Computer network and web technicians), on that list.`,
      "New Alberta immigration program aimed at technology jobs (Edmonton Sun, 2022-01-13)",
    ]);
    // The uncertainty holds from the first day (2021-12-01), before the launch-window answer.
    expect(checkAtpOccupation("2281", at("2021-12-01")).reason).toContain("Whether 2281");
    const list = atpOccupations(at("2022-03-01"));
    if (!list.ok) throw new Error("expected a list");
    expect([list.codes.length, list.uncertain, list.caveats]).toStrictEqual([
      23,
      ["0124", "2233", "2241", "2253", "2281", "2282", "2283", "3211", "3212", "3219", "4163", "5131", "5241"],
      [
        `Whether 0124, 2233, 2241, 2253, 2281, 2282, 2283, 3211, 3212, 3219, 4163, 5131 and 5241 were on the list on 2022-03-01 is unknown. ${LATER_2016}`,
      ],
    ]);
  });

  it("NOC 2021 era: the data-centre codes are unknown until 2026-06-20, then pass", () => {
    const c = checkAtpOccupation("72200", at("2026-06-19"));
    expect([c.verdict, c.reason]).toStrictEqual([
      "unknown",
      `Whether 72200 (Electricians (except industrial and power system)) was on the Accelerated Tech Pathway list on 2026-06-19 is unknown. ${DATA_CENTRE} It is on the list from 2026-06-20.`,
    ]);
    expect(c.source.title).toBe("AAIP processing information");
    expect(checkAtpOccupation("72200", at("2026-06-20"))).toStrictEqual({
      verdict: "pass",
      reason: `72200 (Electricians (except industrial and power system)) is on the Accelerated Tech Pathway list of eligible occupations in force on 2026-06-20 (${OFFICIAL_LIST}).`,
      source: ATP_NOC_2021_LIST_SOURCE,
    });
    const list = atpOccupations(at("2023-06-01"));
    expect(list).toStrictEqual({
      ok: true,
      version: 2021,
      codes: expect.any(Array),
      uncertain: ["72200", "72201", "72205"],
      source: ATP_NOC_2021_LIST_SOURCE,
      from: "2022-11-16",
      caveats: [`Whether 72200, 72201 and 72205 were on the list on 2023-06-01 is unknown. ${DATA_CENTRE}`],
    });
    if (list.ok) expect(list.codes).toHaveLength(41);
    const now = atpOccupations(ASOF);
    expect(now.ok && [now.codes.length, now.uncertain, now.caveats, "to" in now]).toEqual([44, [], [], false]);
  });

  it("a NOC 2016 code from 2022-11-16: restate it; the successors each with their standing that day", () => {
    const c = checkAtpOccupation("2173", ASOF, { path: "workHistory[1].noc" });
    expect(c).toStrictEqual({
      verdict: "unknown",
      reason:
        "On 2026-11-25 the Accelerated Tech Pathway list uses NOC 2021 codes (NOC 2021 replaced NOC 2016 on 2022-11-16), but 2173 (Software engineers and designers) is a NOC 2016 code, so the answer is unknown until the occupation is restated as a NOC 2021 code. By the Statistics Canada concordance, 2173 became one of: 21211, Data scientists (on the list on that date); 21231, Software engineers and designers (on the list on that date). Give the one that describes the job.",
      source: ATP_NOC_2021_LIST_SOURCE,
      issue: {
        path: "workHistory[1].noc",
        code: "noc_version_mismatch",
        message:
          "2173 is a NOC 2016 code, but on 2026-11-25 the Accelerated Tech Pathway list uses NOC 2021 codes; give the NOC 2021 code instead (2173 became 21211 or 21231).",
      },
      successors: ["21211", "21231"],
    });
    // One successor: "Give that code".
    expect(checkAtpOccupation("2281", ASOF).reason).toContain(
      "By the Statistics Canada concordance, 2281 became 22220, Computer network and web technicians (on the list on that date). Give that code if it describes the job.",
    );
    expect(checkAtpOccupation("2281", ASOF).issue?.message).toContain("(2281 became 22220).");
    // A successor that is off the list, and one whose listing is not known that day.
    // 41101 has no title in our NOC labels: the code alone, then its standing.
    expect(checkAtpOccupation("4112", ASOF).reason).toBe(
      "On 2026-11-25 the Accelerated Tech Pathway list uses NOC 2021 codes (NOC 2021 replaced NOC 2016 on 2022-11-16), but 4112 is a NOC 2016 code, so the answer is unknown until the occupation is restated as a NOC 2021 code. By the Statistics Canada concordance, 4112 became 41101 (not on the list on that date). Give that code if it describes the job.",
    );
    expect(checkAtpOccupation("7241", at("2023-06-01")).reason).toContain(
      "72200, Electricians (except industrial and power system) (its listing on that date is unknown)",
    );
  });

  it("a NOC 2021 code before 2022-11-16: restate it; its predecessors are listed", () => {
    expect(checkAtpOccupation("21231", at("2022-11-15"))).toStrictEqual({
      verdict: "unknown",
      reason:
        "On 2022-11-15 the Accelerated Tech Pathway list uses NOC 2016 codes (NOC 2021 codes apply only from 2022-11-16), but 21231 (Software engineers and designers) is a NOC 2021 code, so the answer is unknown until the occupation is restated as a NOC 2016 code. By the Statistics Canada concordance, 21231 came from 2173, Software engineers and designers (on the list on that date). Give that code if it describes the job.",
      source: ATP_LAUNCH_LIST_SOURCE,
      issue: {
        path: "",
        code: "noc_version_mismatch",
        message:
          "21231 is a NOC 2021 code, but on 2022-11-15 the Accelerated Tech Pathway list uses NOC 2016 codes; give the NOC 2016 code instead (21231 came from 2173).",
      },
      predecessors: ["2173"],
    });
    expect(checkAtpOccupation("21231", at("2022-11-16")).verdict).toBe("pass");
  });

  it("the uncertain periods hold from their first day up to, not including, their end", () => {
    // data/alberta/atp-occupations.json "uncertain": NOC 2016 codes 2021-12-01..2022-11-16, data-centre
    // codes 2022-11-16..2026-06-20.
    const standing = (asOf: string) => {
      const r = atpOccupations(at(asOf));
      return r.ok ? [r.version, r.codes.length, r.uncertain.length, r.caveats.length] : r.reason;
    };
    expect(standing("2022-11-15")).toEqual([2016, 23, 13, 1]);
    expect(standing("2022-11-16")).toEqual([2021, 41, 3, 1]);
    expect(standing("2026-06-19")).toEqual([2021, 41, 3, 1]);
    expect(standing("2026-06-20")).toEqual([2021, 44, 0, 0]);
    expect(checkAtpOccupation("72200", at("2022-11-16")).verdict).toBe("unknown");
    expect(checkAtpOccupation("2281", at("2022-11-15")).verdict).toBe("unknown");
  });

  it("a NOC 2016 code in doubt whose NOC 2021 successors are both listed: named with 'and'", () => {
    expect(checkAtpOccupation("3212", at("2022-03-01")).reason).toBe(
      `Whether 3212 (Medical laboratory technicians and pathologists' assistants) was on the Accelerated Tech Pathway list on 2022-03-01 is unknown. ${LATER_2016} From 2022-11-16 the list uses NOC 2021 codes, and 3212 became 32120 (Medical laboratory technologists) and 33101 (Medical laboratory assistants and related technical occupations), on that list.`,
    );
  });

  it("a code that is no unit group: unknown, with the digits and an example of the list's NOC version", () => {
    const issue = {
      path: "",
      code: "unknown_noc",
      message: '"123" is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.',
    };
    expect(checkAtpOccupation("123", ASOF)).toStrictEqual({
      verdict: "unknown",
      reason:
        '"123" is not a NOC unit group code, so whether it is on the Accelerated Tech Pathway list is unknown. On 2026-11-25 the list uses NOC 2021 codes (5 digits, for example 21231); give the occupation\'s NOC 2021 code.',
      source: ATP_NOC_2021_LIST_SOURCE,
      issue,
    });
    expect(checkAtpOccupation("123", at("2022-03-01"))).toStrictEqual({
      verdict: "unknown",
      reason:
        '"123" is not a NOC unit group code, so whether it is on the Accelerated Tech Pathway list is unknown. On 2022-03-01 the list uses NOC 2016 codes (4 digits, for example 2173); give the occupation\'s NOC 2016 code.',
      source: ATP_LAUNCH_LIST_SOURCE,
      issue,
    });
    // A value that is not a string is shown as String() shows it, not as JSON (it never throws).
    expect(checkAtpOccupation({ code: "21231" } as unknown as string, ASOF).issue?.message).toBe(
      "[object Object] is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.",
    );
    // A value that is not a string is shown as it is, not quoted.
    expect(checkAtpOccupation(123 as unknown as string, ASOF).issue?.message).toBe(
      "123 is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.",
    );
  });
});

describe("worker-eoi: options, labels, sources and missing paths of each line (data/alberta/worker-eoi-grid.json)", () => {
  const EOI_ASOF = "2026-06-01";
  const eoi = (input: Record<string, unknown>, asOf = EOI_ASOF): WorkerEoiScore => {
    const parsed = parseCandidate(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const r = scoreAlbertaWorkerEoi(parsed.value, { asOf: isoDate(asOf) });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r;
  };
  const lineOf = (input: Record<string, unknown>, id: WorkerEoiLineId): WorkerEoiLine => {
    const found = eoi(input).lines.find((l) => l.id === id);
    if (found === undefined) throw new Error(`no line ${id}`);
    return found;
  };
  /** [points, maximumReachable, option, missing] of a line. */
  const brief = (l: WorkerEoiLine) => [l.points, l.maximumReachable, l.option, l.missing];
  /** Every field answered "none" (as in test/alberta-worker-eoi.test.ts): 0 points, nothing missing. */
  const NONE = {
    dateOfBirth: "2010-01-01",
    education: [],
    certificateOfQualification: null,
    languageTests: [],
    workHistory: [],
    familyInAlberta: false,
    extendedFamilyInAlberta: false,
    jobOffer: null,
  };
  const with_ = (extra: Record<string, unknown>) => ({ ...NONE, ...extra });
  const celpip = (level: number) => ({
    test: "celpip-general",
    testedOn: "2026-01-10",
    scores: { reading: level, writing: level, listening: level, speaking: level },
  });
  /** A TEF Canada result at NCLC `level` in each ability (the lowest score of that band); below 4, all zero (NCLC 0). */
  const tef = (level: number) => {
    if (level < 4)
      return {
        test: "tef-canada",
        testedOn: "2026-01-10",
        scores: { reading: 0, writing: 0, listening: 0, speaking: 0 },
      };
    const scoreFor = (ability: "reading" | "writing" | "listening" | "speaking"): number => {
      for (let s = 0; s <= 699; s++) {
        const scores = { reading: 0, writing: 0, listening: 0, speaking: 0, [ability]: s };
        const r = toClb({ test: "tef-canada", testedOn: isoDate("2026-01-10"), scores }, { asOf: isoDate(EOI_ASOF) });
        if (r.ok && r.levels[ability] === level) return s;
      }
      throw new Error(`no TEF score for NCLC ${level}`);
    };
    const abilities = ["reading", "writing", "listening", "speaking"] as const;
    return {
      test: "tef-canada",
      testedOn: "2026-01-10",
      scores: Object.fromEntries(abilities.map((a) => [a, scoreFor(a)])),
    };
  };
  const job = (country: string, from: string, to: string | undefined, province?: string) => ({
    noc: "21231",
    country,
    ...(province === undefined ? {} : { province }),
    from,
    ...(to === undefined ? {} : { to }),
    hoursPerWeek: 40,
    paid: true,
    ...(country === "CA" ? { authorized: true } : {}),
  });
  const offer = (extra: Record<string, unknown> = {}) => ({
    noc: "21231",
    province: "AB",
    hoursPerWeek: 40,
    permanent: true,
    community: "calgary-cma",
    sectorEndorsement: null,
    regulatedOccupationAlbertaLicence: false,
    seasonal: false,
    combinationOfOccupations: false,
    ...extra,
  });
  const GRID = {
    title:
      "AAIP Worker Stream Expression of Interest points grid (alberta.ca PDF, im-worker-stream-expression-of-interest-points-grid.pdf)",
    url: "https://www.alberta.ca/system/files/im-worker-stream-expression-of-interest-points-grid.pdf",
    section:
      "Points grid, guide effective 2025-08-07 (read from a public copy fetched 2026-08-14; linked from https://www.alberta.ca/how-to-apply-to-aaip-worker-streams)",
    retrieved: isoDate("2026-08-14"),
    effective: isoDate("2025-08-07"),
  };
  /** The FAQ answer a line is read by (data/alberta/worker-eoi-grid.json, readings.clarifications), by its heading. */
  const faq = (heading: string) => ({
    title: "AAIP answers for common questions (alberta.ca)",
    url: "https://www.alberta.ca/aaip-answers-for-common-questions",
    section: expect.stringContaining(heading) as unknown as string,
    retrieved: isoDate("2026-06-20"),
  });
  const FAQ_HEADINGS: Partial<Record<WorkerEoiLineId, string>> = {
    education: "Education credentials: Points for highest level of education",
    "education-location": "Recognition requirement for Canadian education institutions",
    "work-experience": "Work experience: Claiming points for work experience",
    "work-experience-location": "Work experience: Claiming points for work experience",
    "family-in-alberta": "Family connection: Claiming points for Alberta family members",
    "job-offer": "Job offers: Definition of permanent full-time employment in Alberta",
    "regulated-occupation": "Regulated occupation certification: When to claim points",
  };

  it("a full candidate, line by line: group, label, option and source as the grid names them", () => {
    // The grid's 100-point candidate of test/alberta-worker-eoi.test.ts ("every factor at its maximum").
    const r = eoi({
      dateOfBirth: "1995-01-01",
      education: [{ level: "doctoral", inCanada: true, designatedLearningInstitution: true, province: "AB" }],
      languageTests: [celpip(10), tef(7)],
      workHistory: [job("CA", "2024-06-01", "2026-05-31", "AB")],
      familyInAlberta: true,
      jobOffer: offer({
        community: "rural-renewal-designated",
        sectorEndorsement: "rural-renewal",
        regulatedOccupationAlbertaLicence: true,
      }),
    });
    const row = (
      id: WorkerEoiLineId,
      group: "I" | "II",
      label: string,
      points: number,
      option: string,
      optionLabel: string,
    ): WorkerEoiLine => ({
      id,
      group,
      label,
      points,
      maximumReachable: points,
      maximum: points,
      option,
      optionLabel,
      source: GRID,
      ...(FAQ_HEADINGS[id] === undefined ? {} : { clarifiedBy: faq(FAQ_HEADINGS[id]) }),
      missing: [],
    });
    expect(r.lines).toStrictEqual([
      row("education", "I", "Highest level of education", 12, "doctorate", "Doctorate"),
      row("education-location", "I", "Location of highest education in Canada", 10, "alberta", "Completed in Alberta"),
      row(
        "language",
        "I",
        "Official language ability (the higher of the English and French columns)",
        10,
        "english-clb-6",
        "English CLB 6 or higher",
      ),
      row(
        "language-bilingual",
        "I",
        "Bilingual bonus (CLB 4 or higher in English and NCLC 4 or higher in French)",
        3,
        "both-4",
        "CLB/NCLC 4 or higher in both",
      ),
      row("work-experience", "I", "Total work experience", 11, "12-months", "12 months or more"),
      row("work-experience-location", "I", "Work experience in Canada", 10, "alberta", "6 months or more in Alberta"),
      row("age", "I", "Age", 5, "21-34", "21 to 34"),
      row(
        "family-in-alberta",
        "I",
        "Family in Alberta (parent, child or sibling; Canadian citizen or permanent resident; over 18)",
        8,
        "yes",
        "Has such a family member in Alberta",
      ),
      row(
        "job-offer",
        "II",
        "Permanent full-time job offer in Alberta",
        10,
        "yes",
        "Permanent full-time job offer in Alberta",
      ),
      row(
        "sector-endorsement",
        "II",
        "Sector endorsement or sector offer (one of)",
        6,
        "rural-renewal",
        "Rural Renewal Stream community endorsement",
      ),
      row(
        "offer-location",
        "II",
        expect.any(String) as unknown as string,
        5,
        "rural-renewal-designated",
        "A Rural Renewal Stream designated community",
      ),
      row(
        "regulated-occupation",
        "II",
        expect.any(String) as unknown as string,
        10,
        "yes",
        "Regulated occupation and holds the Alberta certification or licence",
      ),
    ]);
    expect([r.asOf, r.source]).toStrictEqual([EOI_ASOF, GRID]);
  });

  it("answered none: no option on any line but total work's 'under-6-months' (not even an undefined one)", () => {
    for (const l of eoi(NONE).lines) expect("option" in l).toBe(l.id === "work-experience");
    expect(lineOf(NONE, "work-experience").option).toBe("under-6-months");
    // A foreign credential: location "none"; no credential at all: no option.
    expect(lineOf(with_({ education: [{ level: "bachelors", inCanada: false }] }), "education-location").option).toBe(
      "none",
    );
  });

  it("education: the highest credential whatever the order; a trades certificate only when it is higher", () => {
    // Grid: doctorate 12, master's 10, bachelor's 7, trades 7, diploma 4, secondary or lower 0.
    const edu = (education: unknown[] | undefined, coq: unknown = null) =>
      brief(
        lineOf(
          {
            ...NONE,
            ...(education === undefined ? { education: undefined } : { education }),
            certificateOfQualification: coq,
          },
          "education",
        ),
      );
    const masters = { level: "masters", inCanada: false };
    const bachelors = { level: "bachelors", inCanada: false };
    const coq = { trade: "72200", province: "AB", issuedOn: "2020-01-01" };
    expect(edu([masters, bachelors])).toEqual([10, 10, "masters", []]);
    expect(edu([bachelors, masters])).toEqual([10, 10, "masters", []]);
    expect(edu([{ level: "secondary", inCanada: false }])).toEqual([0, 0, "secondary-or-lower", []]);
    // A bachelor's (7) and a certificate of qualification (7): the bachelor's stays the option.
    expect(edu([bachelors], coq)).toEqual([7, 7, "bachelors", []]);
    expect(edu([{ level: "one-year", inCanada: false }], coq)).toEqual([7, 7, "trades", []]);
    // Education not answered, a certificate held: trades, up to a doctorate's 12.
    expect(edu(undefined, coq)).toEqual([7, 12, "trades", ["education"]]);
    expect(edu(undefined)).toEqual([0, 12, undefined, ["education"]]);
  });

  it("location of the highest education: the best province among the highest credentials, open ones named", () => {
    const loc = (education: unknown[] | undefined) =>
      brief(
        lineOf(
          education === undefined ? { ...NONE, education: undefined } : with_({ education }),
          "education-location",
        ),
      );
    const ab = { level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "AB" };
    const on = { level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "ON" };
    const open = { level: "bachelors", inCanada: true, designatedLearningInstitution: true };
    // Not answered: 0, up to 10 (Alberta), asking for education.
    expect(loc(undefined)).toEqual([0, 10, undefined, ["education"]]);
    expect(loc([ab, on])).toEqual([10, 10, "alberta", []]);
    expect(loc([on, ab])).toEqual([10, 10, "alberta", []]);
    expect(loc([ab, open])).toEqual([10, 10, "alberta", []]);
    expect(loc([open])).toEqual([6, 10, "other-province", ["education[0].province"]]);
    expect(loc([on])).toEqual([6, 6, "other-province", []]);
    // The open credential could be Alberta's: 10 stays reachable after a known Ontario one.
    expect(loc([open, on])).toEqual([6, 10, "other-province", ["education[0].province"]]);
  });

  it("language: options by column, ties go to English, NCLC 3 gives nothing and no bonus", () => {
    const lang = (tests: unknown[]) => {
      const r = eoi(with_({ languageTests: tests }));
      const [main, bonus] = [r.lines[2] as WorkerEoiLine, r.lines[3] as WorkerEoiLine];
      return [main.points, main.option, main.source.secondary, bonus.points, bonus.option];
    };
    expect(lang([celpip(3)])).toEqual([0, "english-clb-3", undefined, 0, undefined]);
    // TEF scores under NCLC 4 read as NCLC 0: the "NCLC 3 or lower" row, 0 points, read from the French
    // column and so cited from its secondary transcription.
    expect(lang([tef(3)])).toEqual([0, "french-nclc-3", true, 0, undefined]);
    // English CLB 5 (8) and French NCLC 6 (8): equal, English counts (the French column is secondary).
    expect(lang([celpip(5), tef(6)])).toEqual([8, "english-clb-5", undefined, 3, "both-4"]);
    // English CLB 5 and French NCLC 3: no bilingual bonus (it needs NCLC 4).
    expect(lang([celpip(5), tef(3)])).toEqual([8, "english-clb-5", undefined, 0, undefined]);
    expect(lang([celpip(3), tef(5)])).toEqual([5, "french-nclc-5", true, 0, undefined]);
  });

  it("language: a result with a problem is an issue naming its path (as for the CRS), not a missing answer", () => {
    const bad = {
      test: "celpip-general",
      testedOn: isoDate("2026-01-10"),
      scores: { reading: 99, writing: 9, listening: 9, speaking: 9 },
    };
    const r = scoreAlbertaWorkerEoi({ languageTests: [bad] } as unknown as Candidate, { asOf: isoDate(EOI_ASOF) });
    expect(r.ok ? undefined : [r.unknown, r.issues.map((i) => [i.path, i.code])]).toEqual([
      false,
      [["languageTests[0].scores.reading", "off_scale"]],
    ]);
  });

  it("total work: counted to the day before asOf, ongoing jobs included, ended jobs to their end", () => {
    // 130 hours a month of full-time-equivalent work (worker-eoi/work-experience.ts): from 2025-12-02 to 2026-05-31 at
    // 40 h/week is 5 months (3 points, "under 6 months"); from 2025-12-01, 6 months (7 points).
    const total = (history: unknown[]) => brief(lineOf(with_({ workHistory: history }), "work-experience"));
    expect(total([job("IN", "2025-12-02", undefined)])).toEqual([3, 3, "under-6-months", []]);
    expect(total([job("IN", "2025-12-01", undefined)])).toEqual([7, 7, "6-months", []]);
    // A job that ended long ago counts to its end, not to asOf: three months.
    expect(total([job("IN", "2020-01-01", "2020-03-31")])).toEqual([3, 3, "under-6-months", []]);
    // A one-day job on the last day counted completes the 6 months (775.8 + 4.2 hours = 780 = 6 × 130).
    expect(total([job("IN", "2025-12-01", "2026-05-30"), job("IN", "2026-05-31", "2026-05-31")])).toEqual([
      7,
      7,
      "6-months",
      [],
    ]);
    expect(total([job("IN", "2025-12-01", "2026-05-30")])[0]).toBe(3);
  });

  it("work in Canada: Alberta months and other months apart; open provinces could go either way", () => {
    const loc = (history: unknown[]) => brief(lineOf(with_({ workHistory: history }), "work-experience-location"));
    // 3 months in Alberta and 3 in Ontario: neither reaches 6, so 0 (the grid needs 6 months in one place).
    expect(loc([job("CA", "2025-09-01", "2025-11-30", "AB"), job("CA", "2025-12-01", "2026-02-28", "ON")])).toEqual([
      0,
      0,
      undefined,
      [],
    ]);
    expect(loc([job("CA", "2025-12-01", "2026-05-31", "ON")])).toEqual([6, 6, "other-province", []]);
    expect(loc([job("CA", "2025-12-02", undefined, "AB")])).toEqual([0, 0, undefined, []]);
    expect(loc([job("CA", "2025-12-01", undefined, "AB")])).toEqual([10, 10, "alberta", []]);
    // 3 known months in Ontario and 3 open ones: 6 elsewhere is reachable, only the open job is asked about.
    expect(
      loc([
        job("IN", "2020-01-01", "2024-12-31"),
        job("CA", "2025-09-01", "2025-11-30", "ON"),
        job("CA", "2025-12-01", "2026-02-28"),
        job("CA", "2023-01-01", "2023-01-31", "AB"),
      ]),
    ).toEqual([0, 6, undefined, ["workHistory[2].province"]]);
  });

  it("family in Alberta: option yes", () => {
    expect(brief(lineOf(with_({ familyInAlberta: true }), "family-in-alberta"))).toEqual([8, 8, "yes", []]);
  });

  it("job offer: one answer 'no' settles it at 0; open answers are listed, the province first", () => {
    const lines = (o: Record<string, unknown>) => {
      const r = eoi(with_({ jobOffer: o }));
      return r.lines.slice(8).map(brief);
    };
    // Not permanent: the offer line is 0 for certain, whatever else is open.
    expect(lines(offer({ permanent: false, hoursPerWeek: undefined }))[0]).toEqual([0, 0, undefined, []]);
    expect(lines(offer({ province: undefined }))[0]).toEqual([0, 10, undefined, ["jobOffer.province"]]);
    // Province open: the Alberta-only lines keep their best but ask for the province too.
    expect(
      lines({
        noc: "21231",
        hoursPerWeek: 40,
        permanent: true,
        seasonal: false,
        combinationOfOccupations: false,
        community: "other",
        sectorEndorsement: "tourism-hospitality",
        regulatedOccupationAlbertaLicence: true,
      }),
    ).toEqual([
      [0, 10, undefined, ["jobOffer.province"]],
      [0, 6, undefined, ["jobOffer.province"]],
      [0, 5, undefined, ["jobOffer.province"]],
      [0, 10, undefined, ["jobOffer.province"]],
    ]);
    expect(lines({ noc: "21231" })).toEqual([
      [
        0,
        10,
        undefined,
        [
          "jobOffer.province",
          "jobOffer.permanent",
          "jobOffer.hoursPerWeek",
          "jobOffer.seasonal",
          "jobOffer.combinationOfOccupations",
        ],
      ],
      [0, 6, undefined, ["jobOffer.sectorEndorsement", "jobOffer.province"]],
      [0, 5, undefined, ["jobOffer.community", "jobOffer.province"]],
      [0, 10, undefined, ["jobOffer.regulatedOccupationAlbertaLicence", "jobOffer.province"]],
    ]);
    // In Alberta with the other answers open: each line asks for its own answer only.
    expect(
      lines({
        noc: "21231",
        province: "AB",
        permanent: true,
        hoursPerWeek: 40,
        seasonal: false,
        combinationOfOccupations: false,
      }),
    ).toEqual([
      [10, 10, "yes", []],
      [0, 6, undefined, ["jobOffer.sectorEndorsement"]],
      [0, 5, undefined, ["jobOffer.community"]],
      [0, 10, undefined, ["jobOffer.regulatedOccupationAlbertaLicence"]],
    ]);
    // Outside Alberta: the Alberta-only lines are 0 for certain, even with an endorsement and a licence.
    expect(
      lines(offer({ province: "BC", sectorEndorsement: "rural-renewal", regulatedOccupationAlbertaLicence: true })),
    ).toEqual([
      [0, 0, undefined, []],
      [0, 0, undefined, []],
      [0, 0, undefined, []],
      [0, 0, undefined, []],
    ]);
    // No endorsement (null): 0, no option.
    expect("option" in (eoi(with_({ jobOffer: offer() })).lines[9] as WorkerEoiLine)).toBe(false);
  });

  it("dates: the exact issues for an invalid date, before the Worker EOI and in the period whose grid is unknown", () => {
    expect(scoreAlbertaWorkerEoi({}, { asOf: "2026-02-30" as IsoDate })).toStrictEqual({
      ok: false,
      unknown: false,
      issues: [{ path: "asOf", code: "invalid_date", message: expect.stringContaining("2026-02-30") }],
    });
    expect(scoreAlbertaWorkerEoi({}, { asOf: isoDate("2024-09-29") })).toStrictEqual({
      ok: false,
      unknown: false,
      issues: [
        {
          path: "asOf",
          code: "before_worker_eoi",
          message:
            "There was no AAIP Worker Expression of Interest score on 2024-09-29: the Worker EOI began on 2024-09-30, before which AAIP worker streams took applications without an EOI draw.",
        },
      ],
    });
    // data/alberta/worker-eoi-grid.json, versions[0].uncertain[0].reason, from its first day to its last.
    const reason =
      "The Worker EOI opened on 2024-09-30 with a 100-point grid, but the only version of the grid we could read is the one effective 2025-08-07; the points in force before that day are not known to us.";
    for (const asOf of ["2024-09-30", "2025-08-06"]) {
      expect(scoreAlbertaWorkerEoi({}, { asOf: isoDate(asOf) })).toStrictEqual({
        ok: false,
        unknown: true,
        issues: [
          {
            path: "asOf",
            code: "worker_eoi_grid_unknown",
            message: `The Worker EOI points grid in force on ${asOf} is not known: ${reason}`,
          },
        ],
      });
    }
  });
});
