// assessAcceleratedTechPathway on whole candidates: eligible ones, each rule failing alone, each
// missing answer alone, the dated edges (lists, profile expiry, bans, the pathway's start) and the
// next steps. Candidates are JSON read by parseCandidate (test/fixtures/alberta).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  addMonths,
  atpOccupations,
  expressEntryProfileExpiry,
  type IsoDate,
  isoDate,
  nextStepsFor,
  nominationAcceptanceDeadline,
  PROVINCIAL_NOMINATION_POINTS,
  type RuleResult,
  walkResult,
  withProvincialNomination,
} from "../../../src/index.js";
import {
  ASOF,
  assessAtp,
  crs299,
  d,
  EMPLOYMENT_ERA,
  eligibleOn,
  employmentOnly,
  exampleCandidate,
  failedIds,
  federalIneligible,
  type JsonObject,
  node,
  nodes,
  offerOnly,
  parse,
  without,
  withValue,
} from "../../fixtures/alberta/builders.js";
import { celpip } from "../../fixtures/language-tests.js";
import { englishOf, stepText } from "../../fixtures/messages.js";

const fixture = (name: string): JsonObject =>
  JSON.parse(readFileSync(new URL(`../../fixtures/alberta/${name}`, import.meta.url), "utf8")) as JsonObject;

/** The NOC 2016 software engineer of 2022 (offer and profile in NOC 2016 code 2173). */
const developer2022 = (): JsonObject => fixture("developer-noc2016-2022.json");

/** The electrician (NOC 72200) with an offer from an Alberta data-centre operator, as of mid-2023. */
const electrician2023 = (): JsonObject => fixture("electrician.json");

/** The same electrician in late 2026: a new profile, a new test, a newer offer. */
function electrician2026(): JsonObject {
  let c = electrician2023();
  c = withValue(c, "expressEntryProfile.submittedOn", "2026-09-01");
  c = withValue(c, "languageTests[0].testedOn", "2026-02-01");
  c = withValue(c, "jobOffer.offeredOn", "2026-08-15");
  return c;
}

const caseIds = (result: RuleResult): string[] => node(result, "atp.qualifying-job").children?.map((c) => c.id) ?? [];

describe("eligible candidates", () => {
  it("the example software engineer is eligible on 2026-11-25 through the offer; the current job alone no longer counts", () => {
    const a = assessAtp(exampleCandidate());
    expect(a.program).toBe("alberta.accelerated-tech-pathway");
    expect(a.asOf).toBe("2026-11-25");
    expect(a.ruleSet).toEqual({ id: "alberta.accelerated-tech-pathway", from: "2021-12-01" });
    expect(a.status).toBe("eligible");
    expect(a.eligible).toBe(true);
    expect(a.failed).toEqual([]);
    expect(a.missing).toEqual([]);
    expect(a.crs?.total).toBe(485);
    expect(a.result.children?.map((c) => c.id)).toEqual(["atp.pathway-open", "alberta-ee", "atp.qualifying-job"]);
    expect(caseIds(a.result)).toEqual(["atp.qualifying-job#jobOffer", "atp.qualifying-job#workHistory[1]"]);
    expect(node(a.result, "atp.qualifying-job").children?.map((c) => c.verdict)).toEqual(["pass", "fail"]);
    const kinds = nodes(a.result, "atp.job.offer-or-employment");
    expect(kinds.map((r) => r.verdict)).toEqual(["pass", "fail"]);
    expect(englishOf(kinds[1]?.message)).toMatch(/^From 2024-12-11 the pathway asks for a job offer/);
    // The offer qualifies, so no remedy is offered for the current job.
    expect(a.nextSteps.map((s) => s.id)).not.toContain("written-job-offer");
  });

  it("is eligible through a job offer alone (the Alberta job ended before asOf)", () => {
    const a = assessAtp(offerOnly());
    expect(a.status).toBe("eligible");
    expect(caseIds(a.result)).toEqual(["atp.qualifying-job#jobOffer"]);
    expect(englishOf(node(a.result, "atp.job.offer-term").message)).toBe("The offer is permanent.");
  });

  it("is eligible through current employment alone (jobOffer: null) in the launch era", () => {
    const a = assessAtp(employmentOnly(), EMPLOYMENT_ERA);
    expect(a.status).toBe("eligible");
    expect(caseIds(a.result)).toEqual(["atp.qualifying-job#workHistory[1]"]);
    expect(englishOf(node(a.result, "atp.job.offer-term").message)).toMatch(/applies to job offers only/);
    expect(node(a.result, "atp.job.occupation").actual).toBe("21231");
  });

  it("every job rule of the passing case has a source and a reason", () => {
    const a = assessAtp(offerOnly());
    const job = node(a.result, "atp.job");
    expect(job.children?.map((c) => c.id)).toEqual(
      ACCELERATED_TECH_PATHWAY_RULES.rule.children?.[2]?.children?.[0]?.children?.map((r) => r.id),
    );
    for (const leaf of job.children ?? []) {
      expect(leaf.source?.url).toMatch(/^https:\/\//);
      expect(englishOf(leaf.message).length).toBeGreaterThan(10);
    }
    expect(node(a.result, "atp.job.offer-term").source?.secondary).toBe(true);
  });
});

describe("each rule failing alone makes the candidate ineligible with exactly that leaf failed", () => {
  // Built on offerOnly(): one case, so a job rule that fails leaves no other way to qualify.
  // The current-employment cases are assessed on EMPLOYMENT_ERA, when a current job counted alone.
  const cases: Array<[string, JsonObject, string[], IsoDate?]> = [
    [
      "the profile expired (on its 12-month expiry day)",
      withValue(offerOnly(), "expressEntryProfile.submittedOn", "2025-11-25"),
      ["alberta-ee.profile-active"],
    ],
    [
      "the profile was submitted after asOf",
      withValue(offerOnly(), "expressEntryProfile.submittedOn", "2026-11-26"),
      ["alberta-ee.profile-active"],
    ],
    ["CRS 299 with every fact answered", crs299(), ["alberta-ee.crs-minimum"]],
    ["a refugee claimant", withValue(offerOnly(), "status.refugeeClaimant", true), ["alberta-ee.not-refugee-claimant"]],
    ["a removal order", withValue(offerOnly(), "status.removalOrder", true), ["alberta-ee.no-removal-order"]],
    [
      "a misrepresentation ban in force",
      withValue(offerOnly(), "status.misrepresentationBanUntil", "2029-03-01"),
      ["alberta-ee.no-misrepresentation-ban"],
    ],
    [
      "another AAIP application in progress",
      withValue(offerOnly(), "status.activeAaipApplication", true),
      ["alberta-ee.no-active-aaip-application"],
    ],
    [
      "an Alberta nomination already held",
      withValue(offerOnly(), "provincialNomination", { province: "AB", nominatedOn: "2026-11-10" }),
      ["alberta-ee.no-aaip-nomination"],
    ],
    [
      "the offered job is in British Columbia",
      withValue(offerOnly(), "jobOffer.province", "BC"),
      ["atp.job.in-alberta"],
    ],
    [
      "the occupation (lawyer, 41101) is not on the list",
      withValue(withValue(offerOnly(), "jobOffer.noc", "41101"), "expressEntryProfile.primaryOccupation", "41101"),
      ["atp.job.occupation"],
    ],
    [
      "the employer is not Alberta-based",
      withValue(offerOnly(), "jobOffer.employer.albertaBased", false),
      ["atp.job.employer-alberta-based"],
    ],
    [
      "the employer is not in the tech industry",
      withValue(offerOnly(), "jobOffer.employer.techIndustry", false),
      ["atp.job.employer-tech-industry"],
    ],
    [
      "a part-time offer of 20 hours a week",
      withValue(offerOnly(), "jobOffer.hoursPerWeek", 20),
      ["atp.job.full-time"],
    ],
    [
      "an independent contractor",
      withValue(offerOnly(), "jobOffer.engagement", "independent-contractor"),
      ["atp.job.employee"],
    ],
    [
      "a temporary-agency worker",
      withValue(offerOnly(), "jobOffer.engagement", "temporary-agency"),
      ["atp.job.employee"],
    ],
    [
      "a 6-month offer",
      withValue(withValue(offerOnly(), "jobOffer.permanent", false), "jobOffer.durationMonths", 6),
      ["atp.job.offer-term"],
    ],
    [
      "the profile's primary occupation (21211) is not the job's",
      withValue(offerOnly(), "expressEntryProfile.primaryOccupation", "21211"),
      ["atp.job.matches-profile"],
    ],
    [
      "part-time current employment (20 hours)",
      withValue(employmentOnly(), "workHistory[1].hoursPerWeek", 20),
      ["atp.job.full-time"],
      EMPLOYMENT_ERA,
    ],
    [
      "self-employed in the current job",
      withValue(employmentOnly(), "workHistory[1].engagement", "self-employed"),
      ["atp.job.employee"],
      EMPLOYMENT_ERA,
    ],
    [
      "the current employer is not in tech",
      withValue(employmentOnly(), "workHistory[1].employer.techIndustry", false),
      ["atp.job.employer-tech-industry"],
      EMPLOYMENT_ERA,
    ],
  ];

  it.each(cases)("%s", (_label, candidate, expected, asOf) => {
    const a = assessAtp(candidate, asOf);
    expect(a.status).toBe("ineligible");
    expect(a.eligible).toBe(false);
    expect(failedIds(a)).toEqual(expected);
    expect(a.missing).toEqual([]);
    for (const leaf of a.failed) expect(englishOf(leaf.message)).not.toBe("");
  });

  it("no Express Entry profile at all fails the profile rule, and so the profile-occupation match", () => {
    const a = assessAtp(withValue(offerOnly(), "expressEntryProfile", null));
    expect(a.status).toBe("ineligible");
    expect(failedIds(a)).toEqual(["alberta-ee.profile-active", "atp.job.matches-profile"]);
    expect(a.failed[0]?.actual).toBe("none");
  });

  it("not eligible for any federal program: the failed leaves are the federal tree's, nested under the stream", () => {
    const a = assessAtp(federalIneligible());
    expect(a.status).toBe("ineligible");
    expect(a.crs?.total).toBeGreaterThanOrEqual(300);
    const federal = node(a.result, "alberta-ee.federal-program");
    expect(federal.verdict).toBe("fail");
    expect(federal.children?.[0]?.id).toBe("federal.express-entry");
    const underFederal = new Set([...walkResult(federal)].map((r) => r));
    expect(a.failed.length).toBeGreaterThan(0);
    for (const leaf of a.failed) expect(underFederal.has(leaf)).toBe(true);
    expect(failedIds(a)).toEqual(expect.arrayContaining(["fsw.language.clb7", "cec.language.clb7", "fst.trade"]));
    for (const id of [
      "alberta-ee.profile-active",
      "alberta-ee.crs-minimum",
      "alberta-ee.not-ineligible",
      "atp.qualifying-job",
    ]) {
      expect(node(a.result, id).verdict).toBe("pass");
    }
  });

  it("CRS 299 computed from complete facts is a fail, with the score and the minimum", () => {
    const a = assessAtp(crs299());
    const crs = node(a.result, "alberta-ee.crs-minimum");
    expect(crs.verdict).toBe("fail");
    expect(crs.actual).toBe(299);
    expect(crs.expected).toBe(">= 300");
    expect(englishOf(crs.message)).toMatch(/^CRS 299 \(without nomination points\)/);
  });

  it("CRS exactly 300 passes (the minimum is inclusive)", () => {
    const a = assessAtp(
      withValue(crs299(), "languageTests", [
        celpip("2026-05-30", { reading: 8, writing: 8, listening: 8, speaking: 7 }),
      ]),
    );
    expect(a.crs?.total).toBe(300);
    expect(a.status).toBe("eligible");
    expect(node(a.result, "alberta-ee.crs-minimum").verdict).toBe("pass");
  });

  it("a current job outside Alberta is not a qualifying case: with no offer the pathway fails, saying why", () => {
    const a = assessAtp(withValue(employmentOnly(), "workHistory[1].province", "BC"), EMPLOYMENT_ERA);
    expect(a.status).toBe("ineligible");
    expect(failedIds(a)).toEqual(["atp.qualifying-job"]);
    expect(caseIds(a.result)).toEqual([]);
    expect(englishOf(a.failed[0]?.message)).toMatch(/no job offer and no current job in Alberta/);
  });
});

describe("each missing answer alone makes the candidate incomplete, naming its path", () => {
  const fromOffer: string[] = [
    "expressEntryProfile",
    "expressEntryProfile.primaryOccupation",
    "status.refugeeClaimant",
    "status.removalOrder",
    "status.misrepresentationBanUntil",
    "status.activeAaipApplication",
    "provincialNomination",
    "jobOffer",
    "jobOffer.hoursPerWeek",
    "jobOffer.province",
    "jobOffer.employer.techIndustry",
    "jobOffer.employer.albertaBased",
    "jobOffer.engagement",
    "jobOffer.permanent",
  ];
  it.each(fromOffer)("offer only, without %s", (path) => {
    const a = assessAtp(without(offerOnly(), path));
    expect(a.status).toBe("incomplete");
    expect(a.failed).toEqual([]);
    expect(a.missing).toEqual([path]);
  });

  it("offer only, without workHistory: incomplete on that path alone; FST's trade fails whatever it says", () => {
    // The offer (NOC 21231) is no skilled trade and there is no certificate of qualification: no
    // work history could meet FST's trade requirement, which sits under the federal programs still open.
    const a = assessAtp(without(offerOnly(), "workHistory"));
    expect(a.status).toBe("incomplete");
    expect(a.failed.map((r) => r.id)).toEqual(["fst.trade"]);
    expect(a.missing).toEqual(["workHistory"]);
  });

  it("offer only, without languageTests: incomplete on that path alone", () => {
    // What fails whatever the tests say: FST's trade (a software engineer is not in a trade) and
    // CEC's CLB 5 branch for TEER 2 or 3 work (the work is TEER 1); both sit under parts still open.
    const a = assessAtp(without(offerOnly(), "languageTests"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["languageTests"]);
    expect(a.failed.map((r) => r.id)).toEqual(["cec.experience.teer-2-3", "fst.trade"]);
  });

  // Answers the eligible route does not need: CEC asks for no education, marital status or
  // certificate, and the CRS without them stays at or above 300, so leaving them out changes nothing.
  it.each(["education", "maritalStatus", "certificateOfQualification", "dateOfBirth"])(
    "offer only, without %s: still eligible (no answer to it could change the outcome)",
    (path) => {
      const a = assessAtp(without(offerOnly(), path));
      expect(a.status).toBe("eligible");
      expect(a.missing).toEqual([]);
      expect(a.crs?.total ?? 0).toBeGreaterThanOrEqual(300);
    },
  );

  const fromEmployment: string[] = [
    "workHistory[1].province",
    "workHistory[1].engagement",
    "workHistory[1].employer.techIndustry",
    "workHistory[1].employer.albertaBased",
  ];
  it.each(fromEmployment)("current employment only, without %s", (path) => {
    const a = assessAtp(without(employmentOnly(), path), EMPLOYMENT_ERA);
    expect(a.status).toBe("incomplete");
    expect(a.failed).toEqual([]);
    expect(a.missing).toEqual([path]);
  });

  it("a current job in Canada whose province is not answered is a case, undecided on the province", () => {
    const a = assessAtp(without(employmentOnly(), "workHistory[1].province"), EMPLOYMENT_ERA);
    expect(caseIds(a.result)).toEqual(["atp.qualifying-job#workHistory[1]"]);
    expect(node(a.result, "atp.job.in-alberta").verdict).toBe("unknown");
  });

  it("an employer left out entirely leaves both employer questions open", () => {
    const a = assessAtp(without(offerOnly(), "jobOffer.employer"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["jobOffer.employer.albertaBased", "jobOffer.employer.techIndustry"]);
  });

  it("a non-permanent offer without its length asks for jobOffer.durationMonths", () => {
    const a = assessAtp(withValue(offerOnly(), "jobOffer.permanent", false));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["jobOffer.durationMonths"]);
  });

  it("a 6-month offer whose permanence is not answered is undecided, not failed (a permanent offer would pass)", () => {
    const a = assessAtp(withValue(without(offerOnly(), "jobOffer.permanent"), "jobOffer.durationMonths", 6));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["jobOffer.permanent"]);
    expect(englishOf(node(a.result, "atp.job.offer-term").message)).toMatch(/6 months/);
  });

  it("a CRS under 300 from partial facts is unknown, not fail: a sibling in Canada could add 15 points", () => {
    // Other relatives in Canada answered yes: whether one is a brother or sister is open.
    const a = assessAtp(withValue(without(crs299(), "siblingInCanada"), "relativeInCanada", true));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["siblingInCanada"]);
    expect(node(a.result, "alberta-ee.crs-minimum").verdict).toBe("unknown");
    expect(assessAtp(withValue(withValue(crs299(), "siblingInCanada", true), "relativeInCanada", true)).status).toBe(
      "eligible",
    );
    // No relative in Canada answers for siblings too: 299 is certain, and the minimum fails.
    const none = assessAtp(without(crs299(), "siblingInCanada"));
    expect(none.status).toBe("ineligible");
    expect(node(none.result, "alberta-ee.crs-minimum").verdict).toBe("fail");
  });

  it("an answer that cannot change the outcome is not asked for", () => {
    // In the launch era the current job qualifies whatever the offer is; age cannot lower the CRS
    // below 300 here.
    const both = eligibleOn(EMPLOYMENT_ERA);
    expect(assessAtp(without(both, "jobOffer"), EMPLOYMENT_ERA).status).toBe("eligible");
    expect(assessAtp(without(offerOnly(), "dateOfBirth")).status).toBe("eligible");
  });
});

describe("dates", () => {
  it("a profile is active the day before its 12-month expiry and not on it", () => {
    const dayBefore = withValue(offerOnly(), "expressEntryProfile.submittedOn", "2025-11-26");
    const onExpiry = withValue(offerOnly(), "expressEntryProfile.submittedOn", "2025-11-25");
    expect(expressEntryProfileExpiry(d("2025-11-26"))).toBe("2026-11-26");
    expect(expressEntryProfileExpiry(d("2025-11-25"))).toBe(ASOF);
    const active = assessAtp(dayBefore);
    expect(active.status).toBe("eligible");
    expect(englishOf(node(active.result, "alberta-ee.profile-active").message)).toMatch(/\(1 day left\)/);
    const expired = assessAtp(onExpiry);
    expect(expired.status).toBe("ineligible");
    expect(failedIds(expired)).toEqual(["alberta-ee.profile-active"]);
    expect(englishOf(expired.failed[0]?.message)).toMatch(/expired on 2026-11-25/);
  });

  it("a misrepresentation ban ending the day before asOf no longer counts; one ending on asOf still does", () => {
    const ended = assessAtp(withValue(offerOnly(), "status.misrepresentationBanUntil", "2026-11-24"));
    expect(ended.status).toBe("eligible");
    expect(englishOf(node(ended.result, "alberta-ee.no-misrepresentation-ban").message)).toMatch(/ended on 2026-11-24/);
    const lastDay = assessAtp(withValue(offerOnly(), "status.misrepresentationBanUntil", "2026-11-25"));
    expect(lastDay.status).toBe("ineligible");
    expect(failedIds(lastDay)).toEqual(["alberta-ee.no-misrepresentation-ban"]);
  });

  it("before 2021-12-01 the pathway did not exist: ineligible, and the reason says so", () => {
    // The 2022 candidate with a profile and offer that already existed in November 2021.
    let c = withValue(developer2022(), "expressEntryProfile.submittedOn", "2021-10-01");
    c = withValue(c, "jobOffer.offeredOn", "2021-10-15");
    const a = assessAtp(c, d("2021-11-30"));
    expect(a.status).toBe("ineligible");
    const open = node(a.result, "atp.pathway-open");
    expect(open.verdict).toBe("fail");
    expect(englishOf(open.message)).toMatch(/did not exist on 2021-11-30/);
    expect(failedIds(a)[0]).toBe("atp.pathway-open");
    // The occupation list did not exist either: the only other failures.
    expect(new Set(failedIds(a))).toEqual(new Set(["atp.pathway-open", "atp.job.occupation"]));
    expect(node(a.result, "alberta-ee").verdict).toBe("pass");
  });

  it("in December 2021 the opening day is unknown: incomplete, not eligible", () => {
    let c = withValue(developer2022(), "expressEntryProfile.submittedOn", "2021-10-01");
    c = withValue(c, "jobOffer.offeredOn", "2021-10-15");
    const a = assessAtp(c, d("2021-12-15"));
    expect(a.status).toBe("incomplete");
    expect(node(a.result, "atp.pathway-open").verdict).toBe("unknown");
    expect(englishOf(node(a.result, "atp.pathway-open").message)).toMatch(/exact day is not known/);
  });

  it("on 2022-03-01 the launch list of 23 NOC 2016 codes applies: a 2173 offer and profile are eligible", () => {
    const list = atpOccupations(d("2022-03-01"));
    expect(list.ok && list.version).toBe(2016);
    expect(list.ok && list.codes.length).toBe(23);
    expect(list.ok && list.codes).toContain("2173");
    const c = developer2022();
    // Plausible on that day: a test under 2 years old, an ECA under 5, a profile under 12 months.
    expect(addMonths(d("2021-09-18"), 24) > "2022-03-01").toBe(true);
    expect(addMonths(d("2020-06-10"), 60) > "2022-03-01").toBe(true);
    expect(expressEntryProfileExpiry(d("2021-12-10")) > "2022-03-01").toBe(true);
    const a = assessAtp(c, d("2022-03-01"));
    expect(a.status).toBe("eligible");
    expect(a.missing).toEqual([]);
    expect(caseIds(a.result)).toEqual(["atp.qualifying-job#jobOffer"]);
    const occupation = node(a.result, "atp.job.occupation");
    expect(occupation.verdict).toBe("pass");
    expect(englishOf(occupation.message)).toMatch(/launch list of 23 NOC 2016 codes/);
    expect(englishOf(node(a.result, "atp.job.matches-profile").message)).toMatch(/NOC 2173/);
  });

  it("on 2022-03-01 a NOC 2021 code is not yet the list's version: incomplete, naming the predecessor", () => {
    let c = withValue(developer2022(), "jobOffer.noc", "21231");
    c = withValue(c, "expressEntryProfile.primaryOccupation", "21231");
    const a = assessAtp(c, d("2022-03-01"));
    expect(a.status).toBe("incomplete");
    // The profile could not hold a NOC 2021 code before 2022-11-16 either.
    expect(a.missing).toEqual(["jobOffer.noc", "expressEntryProfile.primaryOccupation"]);
    expect(englishOf(node(a.result, "atp.job.occupation").message)).toMatch(/2173/);
    expect(englishOf(node(a.result, "atp.job.matches-profile").message)).toMatch(
      /NOC 2016 code the profile held on 2022-03-01 \(21231 came from 2173\)/,
    );
  });

  it("on 2026-11-25 the NOC 2021 list of 44 codes applies: a data scientist (21211) qualifies too", () => {
    const list = atpOccupations(ASOF);
    expect(list.ok && list.version).toBe(2021);
    expect(list.ok && list.codes.length).toBe(44);
    expect(list.ok && list.codes).toEqual(expect.arrayContaining(["21231", "21211", "72200"]));
    let c = withValue(offerOnly(), "jobOffer.noc", "21211");
    c = withValue(c, "expressEntryProfile.primaryOccupation", "21211");
    const a = assessAtp(c);
    expect(a.status).toBe("eligible");
    expect(englishOf(node(a.result, "atp.job.occupation").message)).toMatch(/official list of 44 NOC 2021 codes/);
  });

  it("an electrician (72200) on 2023-06-01: the listing date is unknown, so incomplete with the reason", () => {
    const a = assessAtp(electrician2023(), d("2023-06-01"));
    expect(a.status).toBe("incomplete");
    expect(a.failed).toEqual([]);
    expect(node(a.result, "alberta-ee").verdict).toBe("pass");
    const occupations = nodes(a.result, "atp.job.occupation");
    expect(occupations).toHaveLength(2); // the offer and the current Alberta job
    for (const o of occupations) {
      expect(o.verdict).toBe("unknown");
      expect(englishOf(o.message)).toMatch(/is unknown/);
      expect(englishOf(o.message)).toMatch(/data centre/);
    }
    // No answer can settle it: nothing is missing from the input.
    expect(a.missing).toEqual([]);
  });

  it("an electrician (72200) on 2026-11-25 is eligible, through FSW and FST (a skilled trade with an offer)", () => {
    const a = assessAtp(electrician2026());
    expect(a.status).toBe("eligible");
    expect(node(a.result, "federal.skilled-worker").verdict).toBe("pass");
    expect(node(a.result, "federal.skilled-trades").verdict).toBe("pass");
    for (const o of nodes(a.result, "atp.job.occupation")) expect(o.verdict).toBe("pass");
  });

  it("a NOC 2016 code on an offer in 2026 is incomplete, with the NOC 2021 successors to choose from", () => {
    const a = assessAtp(withValue(offerOnly(), "jobOffer.noc", "2173"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["jobOffer.noc"]);
    const occupation = node(a.result, "atp.job.occupation");
    expect(occupation.verdict).toBe("unknown");
    expect(englishOf(occupation.message)).toMatch(/NOC 2021 codes/);
    expect(englishOf(occupation.message)).toContain("21211");
    expect(englishOf(occupation.message)).toContain("21231");
  });

  it("the profile holds NOC 2016 until 2022-11-15 and must hold NOC 2021 from 2022-11-16 (AAIP update of that day)", () => {
    // 2022-11-15: the profile's 2173 is the code of the day and matches the job's 2173.
    const before = assessAtp(eligibleOn(d("2022-11-15")), d("2022-11-15"));
    expect(before.status).toBe("eligible");
    expect(englishOf(nodes(before.result, "atp.job.matches-profile")[0]?.message)).toBe(
      "The profile's primary occupation is the job's, NOC 2173.",
    );
    // 2022-11-15: a NOC 2021 code in the profile is not what it held then: unknown, asking for the code.
    const early = assessAtp(
      withValue(eligibleOn(d("2022-11-15")), "expressEntryProfile.primaryOccupation", "21231"),
      d("2022-11-15"),
    );
    expect(early.status).toBe("incomplete");
    expect(early.missing).toEqual(["expressEntryProfile.primaryOccupation"]);
    // 2022-11-16: a profile still in NOC 2016 (2173) no longer matches the job's 21231; the next step says to update it.
    const from = assessAtp(
      withValue(eligibleOn(d("2022-11-16")), "expressEntryProfile.primaryOccupation", "2173"),
      d("2022-11-16"),
    );
    expect(from.status).toBe("ineligible");
    // Both the offer and the current job (which still counts alone on that day) fail on it.
    expect(failedIds(from)).toEqual(["atp.job.matches-profile", "atp.job.matches-profile"]);
    const match = nodes(from.result, "atp.job.matches-profile")[0];
    expect(englishOf(match?.message)).toMatch(
      /NOC 2173 is a NOC 2016 code, so it does not match the job \(NOC 21231\)/,
    );
    expect(match?.source?.url).toBe("https://www.alberta.ca/aaip-updates");
    expect(from.nextSteps.map((s) => s.id)).toEqual(["update-profile-noc"]);
    expect(stepText(from.nextSteps[0])).toMatch(/\(2173 became 21231\): since 2022-11-16/);
    // 2026-11-25: the same, for the example.
    const now = assessAtp(withValue(offerOnly(), "expressEntryProfile.primaryOccupation", "2173"));
    expect(now.status).toBe("ineligible");
    expect(now.nextSteps.map((s) => s.id)).toEqual(["update-profile-noc"]);
    // Profile and offer both in NOC 2016 (2173, which became 21211 or 21231), the current job in
    // 21231: the step names the current job's code, and is kept: updated to it, the profile matches
    // the current job, and the offer through the concordance.
    const both2016 = assessAtp(
      withValue(
        withValue(eligibleOn(d("2022-11-16")), "expressEntryProfile.primaryOccupation", "2173"),
        "jobOffer.noc",
        "2173",
      ),
      d("2022-11-16"),
    );
    expect(both2016.nextSteps.map((s) => s.id)).toContain("update-profile-noc");
    expect(stepText(both2016.nextSteps.find((s) => s.id === "update-profile-noc"))).toMatch(/\(2173 became 21231\)/);
    // A job given in NOC 2016 (2173) on 2026-11-25 still matches a NOC 2021 profile (21231) through the concordance.
    const job2016 = assessAtp(withValue(offerOnly(), "jobOffer.noc", "2173"));
    expect(englishOf(node(job2016.result, "atp.job.matches-profile").message)).toMatch(
      /21231 corresponds to the job's NOC 2173/,
    );
  });

  it("a current job ending on asOf is still current; one that ended the day before is not", () => {
    const lastDay = assessAtp(withValue(employmentOnly(), "workHistory[1].to", EMPLOYMENT_ERA), EMPLOYMENT_ERA);
    expect(lastDay.status).toBe("eligible");
    expect(caseIds(lastDay.result)).toEqual(["atp.qualifying-job#workHistory[1]"]);
    const ended = assessAtp(withValue(employmentOnly(), "workHistory[1].to", "2024-02-29"), EMPLOYMENT_ERA);
    expect(ended.status).toBe("ineligible");
    expect(caseIds(ended.result)).toEqual([]);
  });

  it("an offer dated after asOf did not exist on asOf and does not qualify", () => {
    const a = assessAtp(withValue(offerOnly(), "jobOffer.offeredOn", "2026-12-01"));
    expect(a.status).toBe("ineligible");
    expect(caseIds(a.result)).toEqual([]);
    expect(failedIds(a)).toEqual(["atp.qualifying-job"]);
    expect(englishOf(a.failed[0]?.message)).toMatch(/dated 2026-12-01, after 2026-11-25/);
  });
});

describe("next steps", () => {
  /** The steps of an eligible candidate who has no Worker EOI yet, on 2026-11-25. */
  const SUBMISSION_STEPS = [
    "worker-eoi",
    "worker-eoi-fee",
    "one-worker-eoi",
    "worker-eoi-validity",
    "invitation-period",
    "application-fee",
    "nomination-points",
    "ita-deadline",
    "truthful-answers",
  ];

  it("eligible from 2024-09-30: the Worker EOI, the +600 points (with the total), the ITA deadline", () => {
    const a = assessAtp(exampleCandidate());
    expect(a.nextSteps.map((s) => s.id)).toEqual(SUBMISSION_STEPS);
    const crs = a.crs;
    if (crs === undefined) throw new Error("expected a CRS breakdown");
    const total = withProvincialNomination(crs).total;
    expect(total).toBe(485 + PROVINCIAL_NOMINATION_POINTS);
    expect(stepText(a.nextSteps.find((s) => s.id === "nomination-points"))).toContain(
      `your score would be ${total.toLocaleString("en-CA")}`,
    );
    for (const step of a.nextSteps) expect(step.source.url).toMatch(/^https:\/\//);
  });

  it("a Worker EOI already submitted: in the pool until a year has passed, then checked and submitted again", () => {
    // The steps of an eligible candidate (nextStepsFor, as assessAcceleratedTechPathway calls it).
    const held = (submittedOn: string, asOf: string) =>
      nextStepsFor(parse(withValue(exampleCandidate(), "workerEoiSubmittedOn", submittedOn)), isoDate(asOf), {
        status: "eligible",
        missing: [],
      });
    const ids = (steps: readonly { id: string }[]) => steps.map((s) => s.id);
    // Before the one-year validity (announced 2026-05-26): held, no end date, no fee to pay again.
    const before = held("2025-06-01", "2026-05-25");
    expect(ids(before)).toEqual([
      "worker-eoi-held",
      "application-fee",
      "nomination-points",
      "ita-deadline",
      "truthful-answers",
    ]);
    expect(before[0]?.due).toBeUndefined();
    expect(stepText(before[0])).toBe(
      "Your Worker Expression of Interest, submitted on 2025-06-01, is in the pool the AAIP invites Accelerated Tech Pathway candidates from. Keep it up to date, and do not submit another: only one is allowed at a time.",
    );
    // From 2026-05-26: valid one year after submission (2026-06-01 → 2027-06-01), due then.
    const valid = held("2026-06-01", "2026-11-25");
    expect(ids(valid)).toEqual([
      "worker-eoi-held",
      "invitation-period",
      "application-fee",
      "nomination-points",
      "ita-deadline",
      "truthful-answers",
    ]);
    expect(valid[0]?.due).toBe("2027-06-01");
    expect(stepText(valid[0])).toContain("(the year is up on 2027-06-01), and editing it does not extend it");
    // Submitted 2025-11-25: a year on 2026-11-25, that day included.
    const lapsed = held("2025-11-25", "2026-11-25");
    expect(ids(lapsed)).toEqual(["worker-eoi-lapsed", ...SUBMISSION_STEPS]);
    expect(stepText(lapsed[0])).toBe(
      "Your Worker Expression of Interest, submitted on 2025-11-25, reached one year on 2026-11-25, the validity the AAIP announced on 2026-05-26: check its status in the AAIP portal and, if it has expired, submit a new one.",
    );
    expect(ids(held("2025-11-26", "2026-11-25"))[0]).toBe("worker-eoi-held");
    // Lapsed after a submission while the wider family list counted (through 2025-01-29), with
    // only an aunt or the like in Alberta: a new EOI would not count them, and the step says so.
    const family = (submittedOn: string, answers: Record<string, boolean>) => {
      let c = withValue(exampleCandidate(), "workerEoiSubmittedOn", submittedOn);
      for (const [key, value] of Object.entries(answers)) c = withValue(c, key, value);
      return nextStepsFor(parse(c), isoDate("2026-11-25"), { status: "eligible", missing: [] }).map((s) => s.id);
    };
    const extendedOnly = { extendedFamilyInAlberta: true, familyInAlberta: false };
    expect(family("2025-01-29", extendedOnly).slice(0, 3)).toEqual([
      "worker-eoi-lapsed",
      "worker-eoi-family-narrower",
      "worker-eoi",
    ]);
    expect(family("2025-01-30", extendedOnly)).not.toContain("worker-eoi-family-narrower");
    expect(family("2025-01-29", { extendedFamilyInAlberta: true, familyInAlberta: true })).not.toContain(
      "worker-eoi-family-narrower",
    );
    expect(family("2025-01-29", { extendedFamilyInAlberta: false })).not.toContain("worker-eoi-family-narrower");
    // Dated after asOf, or before the Worker EOI existed (2024-09-30): not held; submit one.
    expect(ids(held("2026-11-26", "2026-11-25"))[0]).toBe("worker-eoi");
    expect(ids(held("2024-09-29", "2026-11-25"))[0]).toBe("worker-eoi");
    // Not a day (a candidate parseCandidate did not check): no Worker EOI is read from it.
    const notADay = { ...parse(exampleCandidate()), workerEoiSubmittedOn: "2026-02-30" as IsoDate };
    expect(ids(nextStepsFor(notADay, isoDate("2026-11-25"), { status: "eligible", missing: [] }))[0]).toBe(
      "worker-eoi",
    );
  });

  it.each([
    ["2024-06-10", "atp-web-form", /^Send the Accelerated Tech Pathway web form/],
    ["2024-06-11", "atp-monthly-intake", /^Apply on 2024-06-11, the monthly acceptance date/],
    [
      "2024-06-12",
      "atp-monthly-intake",
      /until the month's target is reached\. The next acceptance date announced was 2024-07-09\./,
    ],
    ["2024-07-09", "atp-monthly-intake", /^Apply on 2024-07-09/],
    ["2024-08-06", "atp-monthly-intake", /2024-08-13 \(cancelled on 2024-08-07, never held\)/],
    ["2024-08-12", "atp-monthly-intake", /2024-08-13 \(cancelled on 2024-08-07, never held\)/],
    [
      "2024-08-13",
      "atp-no-intake",
      /^No intake is open on 2024-08-13: the Worker Expression of Interest opens on 2024-09-30\./,
    ],
    [
      "2024-08-20",
      "atp-no-intake",
      /^No intake is open on 2024-08-20: the Worker Expression of Interest opens on 2024-09-30\./,
    ],
    ["2024-09-29", "atp-no-intake", /opens on 2024-09-30/],
    ["2024-09-30", "worker-eoi", /^Submit a Worker Expression of Interest in the AAIP portal/],
  ])("eligible on %s: the intake step is %s", (day, id, action) => {
    const a = assessAtp(eligibleOn(d(day)), d(day));
    expect(a.status).toBe("eligible");
    expect(a.nextSteps[0]?.id).toBe(id);
    expect(stepText(a.nextSteps[0])).toMatch(action);
    expect(a.nextSteps[0]?.source.url).toMatch(/^https:\/\/www\.alberta\.ca\/aaip-/);
    for (const other of ["atp-web-form", "atp-monthly-intake", "atp-no-intake", "worker-eoi"].filter((o) => o !== id)) {
      expect(a.nextSteps.map((s) => s.id)).not.toContain(other);
    }
  });

  it("a nomination from another province held: accept it within 30 days (the due date is computed)", () => {
    const a = assessAtp(withValue(offerOnly(), "provincialNomination", { province: "BC", nominatedOn: "2026-11-10" }));
    expect(a.status).toBe("eligible");
    const accept = a.nextSteps.find((s) => s.id === "accept-nomination");
    expect(accept?.due).toBe("2026-12-10");
    expect(accept?.due).toBe(nominationAcceptanceDeadline(d("2026-11-10")));
    expect(stepText(accept)).toMatch(/Accept the BC nomination .* by 2026-12-10/);
    // The CRS minimum is checked without the nomination's points.
    expect(a.crs?.total).toBe(485);
    expect(a.nextSteps.map((s) => s.id)).not.toContain("nomination-points");
  });

  it("an Alberta nomination held makes the candidate ineligible for the ATP: the one step is to accept it in time", () => {
    const a = assessAtp(withValue(offerOnly(), "provincialNomination", { province: "AB", nominatedOn: "2026-11-10" }));
    expect(a.status).toBe("ineligible");
    expect(a.nextSteps.map((s) => [s.id, s.due])).toEqual([["accept-nomination", "2026-12-10"]]);
    expect(a.nextSteps[0]?.due).toBe(nominationAcceptanceDeadline(d("2026-11-10")));
    // Nominated 2026-10-25: the 30 days ended on 2026-11-24, the day before asOf: nothing left to do.
    const late = assessAtp(
      withValue(offerOnly(), "provincialNomination", { province: "AB", nominatedOn: "2026-10-25" }),
    );
    expect([late.status, late.nextSteps]).toEqual(["ineligible", []]);
  });

  it("a profile expiring within 3 months is flagged with its expiry date", () => {
    const soon = assessAtp(withValue(offerOnly(), "expressEntryProfile.submittedOn", "2026-01-10"));
    expect(soon.status).toBe("eligible");
    const step = soon.nextSteps.find((s) => s.id === "profile-expiring");
    expect(step?.due).toBe("2027-01-10");
    // Exactly 3 months away is within; a day more is not.
    const edge = assessAtp(withValue(offerOnly(), "expressEntryProfile.submittedOn", "2026-02-25"));
    expect(edge.nextSteps.find((s) => s.id === "profile-expiring")?.due).toBe("2027-02-25");
    const later = assessAtp(withValue(offerOnly(), "expressEntryProfile.submittedOn", "2026-02-26"));
    expect(later.nextSteps.map((s) => s.id)).not.toContain("profile-expiring");
  });

  it("ineligible: no next steps", () => {
    expect(assessAtp(withValue(offerOnly(), "jobOffer.hoursPerWeek", 20)).nextSteps).toEqual([]);
  });

  it("incomplete: the first step asks for the missing answers", () => {
    const a = assessAtp(without(offerOnly(), "jobOffer.hoursPerWeek"));
    expect(a.nextSteps[0]?.id).toBe("answer-missing");
    expect(stepText(a.nextSteps[0])).toContain("jobOffer.hoursPerWeek");
  });
});
