// Tests of src/programs/alberta/atp-job-rules/: each job rule of the Accelerated Tech Pathway, branch
// by branch. Reasons are compared whole: they are what a candidate reads.
import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/iso-date.js";
import { extendRuleSet } from "../../../src/core/rule-set.js";
import { RuleSetError } from "../../../src/core/rule-set-error.js";
import type { Candidate } from "../../../src/models/candidate.js";
import {
  type AlbertaJob,
  aaipEmployerRequirements,
  atpJobRequirements,
  atpOccupation,
  checkAtpOccupation,
  employeeNotContractor,
  employerAlbertaBased,
  employerInTechIndustry,
  fullTimeJob,
  jobInAlberta,
  jobOfferOrEmployment,
  offerTerm,
  profileOccupationMatches,
} from "../../../src/programs/alberta/index.js";
import { ASOF, outcome as decided, emptyFacts, withJob } from "../../fixtures/alberta/builders.js";
import { englishOf } from "../../fixtures/messages.js";

/** What a job rule decided, its reason read in English from its message (pinned in messages.test.ts). */
function outcome(...args: Parameters<typeof decided>) {
  const { message: _message, ...rest } = decided(...args);
  return rest;
}

describe("atp-job-rules: each job rule, branch by branch", () => {
  it("every job rule, evaluated where no job is checked, is a RuleSetError saying where it belongs; ids and titles", () => {
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
    for (const rule of [...rules, aaipEmployerRequirements]) {
      expect(() => outcome(rule, emptyFacts())).toThrow(
        new RuleSetError(
          rule.id,
          `Rule "${rule.id}" checks one job: add it to "atp.job" (addTo), where each job offer and current job is checked.`,
        ),
      );
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
    expect(atpJobRequirements.children?.map((c) => c.id)).toEqual(rules.map((r) => r.id));
    expect(() => atpJobRequirements.evaluate(emptyFacts(), { asOf: ASOF })).toThrow(RuleSetError);
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
    expect([pass.verdict, englishOf(pass.message), pass.source, pass.actual, pass.missing]).toEqual([
      "pass",
      englishOf(check.message),
      check.source,
      "21231",
      undefined,
    ]);
    // 2173 is a NOC 2016 code: restate it; the issue names the job's own path.
    const old = outcome(atpOccupation, withJob({ noc: "2173", path: "workHistory[0]" }));
    expect([old.verdict, old.actual, old.missing]).toEqual(["unknown", "2173", ["workHistory[0].noc"]]);
  });

  it("atpJobRequirements: a code of the other version fails when the only restatement matching the profile is off the list", () => {
    // StatCan concordance: NOC 2016 0112 (human resources managers) became 10011 or 11200 (both on
    // the 2021 list) or 13110 (administrative assistants) or 22232 (neither on it). With 13110 as
    // the profile's primary occupation, the job matches the profile only restated as 13110: the
    // occupation rule alone asks for the restated code, the job as a whole cannot qualify.
    const employer = { name: "X", albertaBased: true, techIndustry: true };
    const offer = {
      noc: "0112",
      province: "AB",
      employer,
      hoursPerWeek: 40,
      engagement: "employee",
      permanent: true,
    } as const;
    const withProfile = (primaryOccupation: string, asOf = ASOF, noc: string = offer.noc) =>
      withJob(
        { ...offer, noc },
        { expressEntryProfile: { submittedOn: isoDate("2020-10-01"), primaryOccupation } },
        asOf,
      );
    const job = (facts: ReturnType<typeof withProfile>) => atpJobRequirements.evaluate(facts, { asOf: facts.asOf });
    const failed = job(withProfile("13110"));
    expect([failed.verdict, englishOf(failed.message), failed.missing]).toEqual([
      "fail",
      "On 2026-11-25 the Accelerated Tech Pathway list uses NOC 2021 codes, and 0112 (Human resources managers) is a NOC 2016 code. To match the Express Entry profile's primary occupation, the job must be restated as 13110 (Administrative assistants), which is not on the list, so no restatement lets the job qualify.",
      undefined,
    ]);
    // The occupation rule itself still asks for the restated code; the profile rule passes.
    expect(failed.children?.map((c) => [c.id, c.verdict]).filter(([, v]) => v !== "pass")).toEqual([
      ["atp.job.occupation", "unknown"],
    ]);
    // The profile's code listed (10011), or outside the concordance's matches (21231, which fails
    // the profile rule instead): as before.
    expect(job(withProfile("10011")).verdict).toBe("unknown");
    expect(job(withProfile("21231")).children?.find((c) => c.id === "atp.job.matches-profile")?.verdict).toBe("fail");
    // Before 2022-11-16 the list and the profile hold NOC 2016 codes: a NOC 2021 job code restated
    // must be the profile's; 13110 came from 0112 (on the launch list) or 1241 (administrative
    // assistants, not on it).
    const launchEra = isoDate("2022-06-01");
    expect(job(withProfile("1241", launchEra, "13110")).verdict).toBe("fail");
    expect(job(withProfile("0112", launchEra, "13110")).verdict).toBe("unknown");
    // Composed without the profile rule, the job is not failed for it: the restatement stays open.
    const withoutProfileRule = extendRuleSet(
      { id: "jobs", from: isoDate("2021-12-01"), rule: atpJobRequirements },
      { remove: ["atp.job.matches-profile"] },
    );
    const composed = withoutProfileRule.rule.evaluate(withProfile("13110"), { asOf: ASOF });
    expect([composed.verdict, composed.missing]).toEqual(["unknown", ["jobOffer.noc"]]);
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

  it("fullTimeJob: 30 hours is the threshold (docs/decisions/0007-full-time-is-30-hours.md)", () => {
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
