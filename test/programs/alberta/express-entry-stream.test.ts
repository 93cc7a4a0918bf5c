// assessAlbertaExpressEntry: the stream's own rules (active profile, a federal program, CRS of at
// least 300 without nomination points, the exclusions), without any job requirement.
import { describe, expect, it } from "vitest";
import { defineRule } from "../../../src/core/define-rule.js";
import { isoDate } from "../../../src/core/iso-date.js";
import { message, text } from "../../../src/core/message.js";
import type { RuleResult } from "../../../src/core/rule.js";
import type { CrsResult } from "../../../src/crs/index.js";
import {
  ALBERTA_EXPRESS_ENTRY_RULES,
  type Assessment,
  assessAlbertaExpressEntry,
  type IsoDate,
  misrepresentationBanEnds,
} from "../../../src/index.js";
import type { Candidate } from "../../../src/models/candidate.js";
import {
  ALBERTA_EXPRESS_ENTRY_STREAM_SOURCE,
  type AlbertaFacts,
  albertaExpressEntryStream,
  crsMinimum,
  eligibleForFederalProgram,
  expressEntryProfileActive,
  noAlbertaNomination,
  noMisrepresentationBan,
  notIneligible,
} from "../../../src/programs/alberta/index.js";
import {
  ASOF,
  crs299,
  d,
  emptyFacts,
  exampleCandidate,
  failedIds,
  federalIneligible,
  type Json,
  node,
  offerOnly,
  outcome,
  parse,
  without,
  withValue,
} from "../../fixtures/alberta/builders.js";
import { celpip } from "../../fixtures/language-tests.js";
import { englishOf, reasonOf } from "../../fixtures/messages.js";

const assess = (input: Json, asOf: IsoDate = ASOF): Assessment => assessAlbertaExpressEntry(parse(input), { asOf });

/** The example with no Alberta job at all: no offer, and the Alberta job ended. */
function noAlbertaJob() {
  return withValue(offerOnly(), "jobOffer", null);
}

describe("assessAlbertaExpressEntry", () => {
  it("the example is eligible, with the stream's four rules and the federal tree nested", () => {
    const a = assess(exampleCandidate());
    expect(a.program).toBe("alberta.express-entry-stream");
    expect(a.ruleSet).toEqual({ id: "alberta.express-entry-stream", from: "2015-01-01" });
    expect(a.status).toBe("eligible");
    expect(a.failed).toEqual([]);
    expect(a.missing).toEqual([]);
    expect(a.result.id).toBe("alberta-ee");
    expect(a.result.children?.map((c) => c.id)).toEqual([
      "alberta-ee.profile-active",
      "alberta-ee.federal-program",
      "alberta-ee.crs-minimum",
      "alberta-ee.not-ineligible",
    ]);
    const federal = node(a.result, "alberta-ee.federal-program");
    expect(federal.children?.[0]?.id).toBe("federal.express-entry");
    expect(englishOf(federal.message)).toMatch(/^Eligible: /);
  });

  it("needs no Alberta job: a candidate without one is eligible for the stream (not for the ATP)", () => {
    const a = assess(noAlbertaJob());
    expect(a.status).toBe("eligible");
  });

  it("says when the CRS it computes differs from the profile's, and when they agree", () => {
    const differs = node(assess(exampleCandidate()).result, "alberta-ee.crs-minimum");
    expect(differs.actual).toBe(485);
    expect(englishOf(differs.message)).toMatch(/Your profile shows 478/);
    const same = node(
      assess(withValue(exampleCandidate(), "expressEntryProfile.crsScore", 485)).result,
      "alberta-ee.crs-minimum",
    );
    expect(englishOf(same.message)).toMatch(/same score/);
    const none = node(
      assess(without(exampleCandidate(), "expressEntryProfile.crsScore")).result,
      "alberta-ee.crs-minimum",
    );
    expect(englishOf(none.message)).not.toMatch(/profile shows/i);
  });

  it("the profile's reported score does not decide: a 299 candidate reporting 520 still fails", () => {
    const a = assess(withValue(crs299(), "expressEntryProfile.crsScore", 520));
    expect(a.status).toBe("ineligible");
    expect(failedIds(a)).toEqual(["alberta-ee.crs-minimum"]);
    expect(englishOf(a.failed[0]?.message)).toMatch(/Your profile shows 520/);
  });

  it("CRS is checked without nomination points: a candidate with a BC nomination is scored 485, not 1085", () => {
    const a = assess(
      withValue(exampleCandidate(), "provincialNomination", { province: "BC", nominatedOn: "2026-11-01" }),
    );
    expect(a.status).toBe("eligible");
    expect(node(a.result, "alberta-ee.crs-minimum").actual).toBe(485);
  });

  it("a missing provincialNomination never makes the CRS rule unknown (only the nomination rule)", () => {
    const a = assess(without(exampleCandidate(), "provincialNomination"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["provincialNomination"]);
    expect(node(a.result, "alberta-ee.crs-minimum").verdict).toBe("pass");
  });

  it("an Alberta nomination dated after asOf is not held yet", () => {
    const a = assess(
      withValue(exampleCandidate(), "provincialNomination", { province: "AB", nominatedOn: "2026-12-01" }),
    );
    expect(a.status).toBe("eligible");
  });

  it.each([
    ["status.refugeeClaimant", true, "alberta-ee.not-refugee-claimant"],
    ["status.removalOrder", true, "alberta-ee.no-removal-order"],
    ["status.activeAaipApplication", true, "alberta-ee.no-active-aaip-application"],
    ["status.misrepresentationBanUntil", "2030-01-01", "alberta-ee.no-misrepresentation-ban"],
    ["provincialNomination", { province: "AB", nominatedOn: "2026-11-01" }, "alberta-ee.no-aaip-nomination"],
    ["expressEntryProfile", null, "alberta-ee.profile-active"],
  ] as Array<[string, Json, string]>)("%s = %j fails exactly %s", (path, value, id) => {
    const a = assess(withValue(exampleCandidate(), path, value));
    expect(a.status).toBe("ineligible");
    expect(failedIds(a)).toEqual([id]);
  });

  it.each([
    "expressEntryProfile",
    "status.refugeeClaimant",
    "status.removalOrder",
    "status.misrepresentationBanUntil",
    "status.activeAaipApplication",
    "provincialNomination",
  ])("without %s: incomplete, missing exactly that path", (path) => {
    const a = assess(without(exampleCandidate(), path));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual([path]);
  });

  it("the federal programs undecided make the stream undecided, with the federal missing paths", () => {
    const a = assess(without(offerOnly(), "languageTests"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toContain("languageTests");
    expect(node(a.result, "alberta-ee.federal-program").verdict).toBe("unknown");
  });

  it("no federal program: ineligible, the federal tree explains why", () => {
    const a = assess(federalIneligible());
    expect(a.status).toBe("ineligible");
    expect(englishOf(node(a.result, "alberta-ee.federal-program").message)).toMatch(
      /Not eligible for the Federal Skilled Worker/,
    );
    expect(failedIds(a).every((id) => /^(fsw|cec|fst|federal)\./.test(id))).toBe(true);
  });

  it("profile: submitted on asOf is active; the day before its expiry active; on it, expired", () => {
    expect(assess(withValue(exampleCandidate(), "expressEntryProfile.submittedOn", "2026-11-25")).status).toBe(
      "eligible",
    );
    expect(assess(withValue(exampleCandidate(), "expressEntryProfile.submittedOn", "2025-11-26")).status).toBe(
      "eligible",
    );
    const expired = assess(withValue(exampleCandidate(), "expressEntryProfile.submittedOn", "2025-11-25"));
    expect(failedIds(expired)).toEqual(["alberta-ee.profile-active"]);
  });

  it("a profile submitted on 29 February expires on 28 February a year later", () => {
    let c = withValue(exampleCandidate(), "expressEntryProfile.submittedOn", "2024-02-29");
    c = withValue(c, "languageTests[0].testedOn", "2024-01-10");
    expect(assess(c, d("2025-02-27")).status).toBe("eligible");
    const onExpiry = assess(c, d("2025-02-28"));
    expect(failedIds(onExpiry)).toEqual(["alberta-ee.profile-active"]);
  });

  it("misrepresentation: a ban's last day is still in force, the day after is not (5 years from the decision)", () => {
    const until = misrepresentationBanEnds(d("2021-11-25"));
    expect(until).toBe("2026-11-25");
    const onLastDay = assess(withValue(exampleCandidate(), "status.misrepresentationBanUntil", until));
    expect(failedIds(onLastDay)).toEqual(["alberta-ee.no-misrepresentation-ban"]);
    expect(onLastDay.failed[0]?.actual).toBe("until 2026-11-25");
    const dayAfter = assess(withValue(exampleCandidate(), "status.misrepresentationBanUntil", "2026-11-24"));
    expect(dayAfter.status).toBe("eligible");
  });

  it("the rule set is a value: its root is the stream, in force from 2015-01-01", () => {
    expect(ALBERTA_EXPRESS_ENTRY_RULES.rule.id).toBe("alberta-ee");
    expect(ALBERTA_EXPRESS_ENTRY_RULES.from).toBe("2015-01-01");
    expect(ALBERTA_EXPRESS_ENTRY_RULES.rule.children?.map((r) => r.id)).toEqual([
      "alberta-ee.profile-active",
      "alberta-ee.federal-program",
      "alberta-ee.crs-minimum",
      "alberta-ee.not-ineligible",
    ]);
  });
});

// Each rule of the Alberta Express Entry Stream (src/programs/alberta/express-entry-stream.ts
// and stream-rules/), branch by branch. Reasons are compared
// whole: they are what a candidate reads.
/** The child of a result with this id. */
function child(result: RuleResult, id: string): RuleResult {
  const found = result.children?.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no child ${id}`);
  return found;
}

/** A result without its id, title and source. */
function bare(result: RuleResult): Omit<RuleResult, "id" | "title" | "source" | "message"> & { reason: string } {
  const { id: _id, title: _title, source: _source, message: _message, ...rest } = result;
  const { verdict, ...others } = rest;
  return { verdict, reason: reasonOf(result), ...others };
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
      message: message("alberta-ee.profile.not-answered", {}),
      reason: "Whether you have an Express Entry profile was not answered.",
      missing: ["expressEntryProfile"],
    });
    expect(outcome(expressEntryProfileActive, facts({ expressEntryProfile: null }))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.profile.none", {}),
      reason: "You have no Express Entry profile; the Alberta Express Entry Stream selects only from the federal pool.",
      expected: "an active profile",
      actual: "none",
    });
    expect(outcome(expressEntryProfileActive, facts(profile("2026-11-26")))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.profile.submitted-later", { submittedOn: d("2026-11-26"), asOf: ASOF }),
      reason: "The profile was submitted on 2026-11-26, after 2026-11-25: it was not in the pool on that day.",
      expected: "submitted on or before 2026-11-25",
      actual: "2026-11-26",
    });
    // Submitted the same day: active, 365 days left.
    expect(outcome(expressEntryProfileActive, facts(profile("2026-11-25")))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.profile.active", { submittedOn: ASOF, expires: d("2027-11-25"), daysLeft: 365 }),
      reason: "The profile submitted on 2026-11-25 is active until 2027-11-25 (365 days left).",
      actual: "active until 2027-11-25",
    });
    // A profile stays 12 months (IRCC): submitted 2025-11-25, it leaves the pool on 2026-11-25.
    expect(outcome(expressEntryProfileActive, facts(profile("2025-11-25")))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.profile.expired", { submittedOn: d("2025-11-25"), expires: ASOF, months: 12 }),
      reason: "The profile submitted on 2025-11-25 expired on 2026-11-25 (profiles stay 12 months); submit a new one.",
      expected: "expires after 2026-11-25",
      actual: "expired 2026-11-25",
    });
    expect(outcome(expressEntryProfileActive, facts(profile("2025-11-26")))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.profile.active", {
        submittedOn: d("2025-11-26"),
        expires: d("2026-11-26"),
        daysLeft: 1,
      }),
      reason: "The profile submitted on 2025-11-26 is active until 2026-11-26 (1 day left).",
      actual: "active until 2026-11-26",
    });
    expect(expressEntryProfileActive.evaluate(facts({}), { asOf: ASOF }).source?.url).toBe(
      "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/submit-profile.html",
    );
  });

  it("eligibleForFederalProgram: the federal verdict, a reason by status, missing only while incomplete", () => {
    const federalResult: RuleResult = {
      id: "federal.express-entry",
      title: "F",
      verdict: "pass",
      message: text("FSW."),
    };
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
      message: message("alberta-ee.federal.eligible", { federal: text("FSW.") }),
      reason: "Eligible: FSW.",
      children: [{ ...federalResult, verdict: "pass" }],
    });
    expect(outcome(eligibleForFederalProgram, withFederal("ineligible", "fail", ["x"]))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.federal.ineligible", {}),
      reason:
        "Not eligible for the Federal Skilled Worker Program, the Canadian Experience Class or the Federal Skilled Trades Program; the stream needs one of them.",
      children: [{ ...federalResult, verdict: "fail" }],
    });
    expect(outcome(eligibleForFederalProgram, withFederal("incomplete", "unknown", ["dateOfBirth"]))).toStrictEqual({
      verdict: "unknown",
      message: message("alberta-ee.federal.undecided", { federal: text("FSW.") }),
      reason: "Not yet decided for the federal programs: FSW.",
      missing: ["dateOfBirth"],
      children: [{ ...federalResult, verdict: "unknown" }],
    });
    expect(outcome(eligibleForFederalProgram, withFederal("incomplete", "unknown", []))).toStrictEqual({
      verdict: "unknown",
      message: message("alberta-ee.federal.undecided", { federal: text("FSW.") }),
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
      message: message("alberta-ee.crs.not-computable", {
        issues: [
          { path: "dateOfBirth", message: "Bad." },
          { path: "", message: "Whole." },
        ],
      }),
      reason: "The CRS score cannot be computed: dateOfBirth: Bad. : Whole.",
      missing: ["dateOfBirth"],
    });
    expect(outcome(crsMinimum, withCrs({ ok: true, total: 300, missing: [] }))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.crs.pass", { total: 300, minimum: 300 }),
      reason: "CRS 300 (without nomination points); at least 300 is needed.",
      expected: ">= 300",
      actual: 300,
    });
    expect(outcome(crsMinimum, withCrs({ ok: true, total: 300, missing: [] }, 300))).toMatchObject({
      message: message("alberta-ee.crs.pass", { total: 300, minimum: 300, reported: 300 }),
      reason: "CRS 300 (without nomination points); at least 300 is needed. Your profile shows the same score.",
    });
    expect(
      outcome(crsMinimum, withCrs({ ok: true, total: 299, maximumReachable: 300, missing: ["languageTests"] }, 310)),
    ).toStrictEqual({
      verdict: "unknown",
      message: message("alberta-ee.crs.could-reach", { total: 299, minimum: 300, maximum: 300, reported: 310 }),
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
      message: message("alberta-ee.crs.cannot-reach", { total: 250, minimum: 300, maximum: 299 }),
      reason:
        "CRS 250 from the answers given (without nomination points); the questions still open could raise it to 299 at most, under the 300 the stream needs.",
      expected: ">= 300",
      actual: 250,
    });
    expect(outcome(crsMinimum, withCrs({ ok: true, total: 299, missing: [] }))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.crs.below", { total: 299, minimum: 300 }),
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
        ["whether you are a refugee claimant", "Refugee claimant"],
        "refugeeClaimant",
        "Refugee claimants cannot be nominated under the Alberta Express Entry Stream.",
      ],
      [
        "alberta-ee.no-removal-order",
        "No unresolved removal order",
        ["whether you are under an unresolved removal order", "Unresolved removal order"],
        "removalOrder",
        "A person under a removal order or in a federal appeal process cannot be nominated.",
      ],
      [
        "alberta-ee.no-active-aaip-application",
        "No other AAIP application in progress",
        ["whether another AAIP application of yours is in progress", "Another AAIP application in progress"],
        "activeAaipApplication",
        "Another AAIP application is in progress; the AAIP accepts one application at a time.",
      ],
    ] as const;
    for (const [id, title, [question, fact], field, failReason] of flags) {
      const open = child(notIneligible.evaluate(facts({ status: {} }), { asOf: ASOF }), id);
      expect([open.title, bare(open)]).toStrictEqual([
        title,
        { verdict: "unknown", reason: `Not answered: ${question}.`, missing: [`status.${field}`] },
      ]);
      const yes = child(notIneligible.evaluate(facts({ status: { [field]: true } }), { asOf: ASOF }), id);
      expect(bare(yes)).toStrictEqual({ verdict: "fail", reason: failReason });
      const no = child(notIneligible.evaluate(facts({ status: { [field]: false } }), { asOf: ASOF }), id);
      expect(bare(no)).toStrictEqual({ verdict: "pass", reason: `${fact}: answered no.` });
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
      message: message("alberta-ee.misrepresentation.not-answered", {}),
      reason: "Not answered: whether a misrepresentation ban is in force.",
      missing: ["status.misrepresentationBanUntil"],
    });
    expect(outcome(noMisrepresentationBan, facts({}))).toMatchObject({ verdict: "unknown" });
    expect(outcome(noMisrepresentationBan, facts(ban(null)))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.misrepresentation.none", {}),
      reason: "No misrepresentation ban.",
    });
    expect(outcome(noMisrepresentationBan, facts(ban("2026-11-25")))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.misrepresentation.in-force", { until: ASOF }),
      reason: "A misrepresentation ban is in force until 2026-11-25; no application can succeed before it ends.",
      expected: "ended before 2026-11-25",
      actual: "until 2026-11-25",
    });
    expect(outcome(noMisrepresentationBan, facts(ban("2026-11-24")))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.misrepresentation.ended", { until: d("2026-11-24") }),
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
      message: message("alberta-ee.nomination.not-answered", {}),
      reason: "Not answered: whether you already hold a provincial nomination.",
      missing: ["provincialNomination"],
    });
    expect(outcome(noAlbertaNomination, facts({ provincialNomination: null }))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.nomination.none", {}),
      reason: "No provincial nomination held.",
    });
    expect(outcome(noAlbertaNomination, facts(nominated("ON", "2026-01-01")))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.nomination.other-province", { province: "ON" }),
      reason: "The nomination held is from ON, not from Alberta; the AAIP rule concerns its own nominations.",
    });
    expect(outcome(noAlbertaNomination, facts(nominated("AB", "2026-11-26")))).toStrictEqual({
      verdict: "pass",
      message: message("alberta-ee.nomination.dated-later", { nominatedOn: d("2026-11-26"), asOf: ASOF }),
      reason: "The Alberta nomination is dated 2026-11-26, after 2026-11-25.",
    });
    expect(outcome(noAlbertaNomination, facts(nominated("AB", "2026-11-25")))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.nomination.held", { nominatedOn: ASOF }),
      reason:
        "You already hold an Alberta nomination (2026-11-25); accept it in your Express Entry profile instead of applying again.",
    });
    // 2026-10-26 + 30 days = 2026-11-25, the last day to accept: still to accept. A day earlier,
    // the days to accept ended on 2026-11-24, before asOf: the reason no longer says to accept it.
    expect(outcome(noAlbertaNomination, facts(nominated("AB", "2026-10-26")))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.nomination.held", { nominatedOn: d("2026-10-26") }),
      reason:
        "You already hold an Alberta nomination (2026-10-26); accept it in your Express Entry profile instead of applying again.",
    });
    expect(outcome(noAlbertaNomination, facts(nominated("AB", "2026-10-25")))).toStrictEqual({
      verdict: "fail",
      message: message("alberta-ee.nomination.held-acceptance-ended", {
        nominatedOn: d("2026-10-25"),
        due: d("2026-11-24"),
        days: 30,
      }),
      reason:
        "You already hold an Alberta nomination (2026-10-25); the 30 days to accept it in your Express Entry profile ended on 2026-11-24.",
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
      check: (_facts, ctx) => ({ verdict: "pass", message: text(`Evaluated on ${ctx.asOf}.`) }),
    });
    const ctxRules = { id: "ctx", from: isoDate("2020-01-01"), rule: readsContext };
    expect(englishOf(assessAlbertaExpressEntry({}, { asOf: ASOF, ruleSet: ctxRules }).result.message)).toBe(
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

describe("alberta-ee.crs-minimum with a language test to correct", () => {
  // Born 1975 (50 on asOf: no age points), secondary school (30), no work: even with both
  // languages at CLB 12 (first 136, second 24, French bonus 50) the score stays at 240, under 300.
  const base = {
    dateOfBirth: "1975-01-01",
    maritalStatus: "single",
    spouse: null,
    education: [{ level: "secondary", inCanada: true }],
    firstOfficialLanguage: "english",
    workHistory: [],
    certificateOfQualification: null,
    provincialNomination: null,
    siblingInCanada: false,
    jobOffer: null,
  };
  const ielts = {
    test: "ielts-general",
    testedOn: "2025-01-10",
    scores: { reading: 6, writing: 6, listening: 6, speaking: 6 },
  };
  const tef = (reading: number) => ({
    test: "tef-canada",
    testedOn: "2025-01-10",
    scores: { reading, writing: 500, listening: 500, speaking: 500 },
  });
  /** The rule on 2025-06-01 for `base` with these answers. */
  const ruleFor = (answers: Record<string, unknown>) =>
    child(
      assessAlbertaExpressEntry(parse({ ...base, ...answers } as Json), { asOf: isoDate("2025-06-01") }).result,
      "alberta-ee.crs-minimum",
    );
  const crsRule = (languageTests: unknown[]) => ruleFor({ languageTests });
  const celpip9 = celpip("2025-01-10", 9);
  /** Aged 30 with a Canadian doctorate. */
  const doctor = { dateOfBirth: "1995-01-01", education: [{ level: "doctoral", inCanada: true }] };
  const doctorRule = (languageTests: unknown[]) => ruleFor({ ...doctor, languageTests });

  it("fails when no correction of the test could reach 300", () => {
    const r = crsRule([ielts, tef(999)]);
    expect(r.verdict).toBe("fail");
    expect(r.message.id).toBe("alberta-ee.crs.cannot-reach");
    expect(r.missing ?? []).toEqual([]);
  });

  it("passes when even the least correction keeps 300: the score at the least correction suffices", () => {
    // Aged 30 (105), a Canadian doctorate (150), CELPIP 9 in every ability (4 × 31 = 124), the
    // doctorate with CLB 9 (transferability 50), Canadian study of 3 years or more (30): 459
    // without the second test. The TEF's reading corrected to its least (0: CLB 0) leaves writing,
    // listening and speaking at 500 (NCLC 8: 3 second-language points each): 459 + 9 = 468, the
    // least any correction scores.
    const r = doctorRule([celpip9, tef(999)]);
    expect([r.verdict, r.missing ?? []]).toEqual(["pass", []]);
    expect(englishOf(r.message)).toBe(
      "CRS 468 or more (without nomination points), whatever the language results to correct turn out to be; at least 300 is needed.",
    );
  });

  it("the only first-language test, to correct, counts at its least correction, not as no test", () => {
    // Aged 30 (105), a Canadian doctorate (150), Canadian study of 3 years or more (30): 285 with
    // no language. CELPIP 9 in reading, writing and listening (3 × 31 = 93) with speaking 13 (off
    // CELPIP's 0-12 scale) corrected to its least (0: CLB 0, no points; no transferability without
    // CLB 7 in every ability): 378, over 300 whatever the correction.
    const r = doctorRule([celpip("2025-01-10", { speaking: 13 })]);
    expect([r.verdict, r.missing ?? [], r.message.id]).toEqual(["pass", [], "alberta-ee.crs.pass-whatever-correction"]);
    expect(englishOf(r.message)).toMatch(/^CRS 378 or more /);
  });

  it("a spouse's test to correct can only add spouse points: its least correction decides", () => {
    // Married, the spouse coming, with the doctorate, age 30 and CELPIP 9: over 300 with no spouse
    // test. The spouse's off-scale reading at its least (0) leaves writing, listening and speaking
    // at 500 (NCLC 8: 3 spouse points each, 9 in all) for the least score; left open for the most,
    // so the rule passes on that least score, asking nothing.
    const spouseTest = { ...tef(999), testedOn: "2025-02-10" };
    const married = (spouseTests: unknown[]) =>
      ruleFor({
        ...doctor,
        maritalStatus: "married",
        spouse: { accompanying: true, canadianCitizenOrPermanentResident: false, languageTests: spouseTests },
        languageTests: [celpip9],
      });
    const answered = married([]);
    const corrected = married([spouseTest]);
    expect([answered.verdict, corrected.verdict, corrected.missing ?? []]).toEqual(["pass", "pass", []]);
    expect(corrected.actual).toBe((answered.actual as number) + 9);
  });

  it("a spouse's test to correct is asked while its best correction could reach 300", () => {
    // Married, the spouse coming; aged 40 on asOf (45, with-spouse column), a Canadian credential of
    // three years or more (112), CELPIP 8 in every ability (4 × 22 = 88), the spouse's Canadian
    // secondary school (2), education with CLB 7+ (13), Canadian study of 3 years or more (30):
    // 290 without the spouse's test; the spouse's language at its best adds up to 4 × 5 = 20, so
    // the off-scale result is what decides.
    const married = (spouseTests: unknown[]) =>
      ruleFor({
        dateOfBirth: "1985-01-01",
        maritalStatus: "married",
        education: [{ level: "three-year-or-longer", inCanada: true }],
        spouse: {
          accompanying: true,
          canadianCitizenOrPermanentResident: false,
          education: [{ level: "secondary", inCanada: true }],
          workHistory: [],
          languageTests: spouseTests,
        },
        languageTests: [celpip("2025-01-10", 8)],
      });
    const answered = married([]);
    expect([answered.verdict, answered.actual]).toEqual(["fail", 290]);
    const corrected = married([{ ...tef(999), testedOn: "2025-02-10" }]);
    expect([corrected.verdict, corrected.missing]).toEqual(["unknown", ["spouse.languageTests[0].scores.reading"]]);
  });

  it("between the bounds, the other open answers that can move the score are asked with the correction", () => {
    // Aged 45, education left out: the correction alone cannot settle 300, the education can.
    const r = ruleFor({
      dateOfBirth: "1980-01-01",
      education: undefined,
      languageTests: [celpip("2025-01-10", { reading: 13 })],
    });
    expect([r.verdict, r.missing]).toEqual(["unknown", ["languageTests[0].scores.reading", "education"]]);
  });

  it("asks for the correction while one could reach 300", () => {
    // Aged 30 with a Canadian doctorate: French at its best could lift the score past 300.
    const r = doctorRule([tef(999)]);
    expect(r.verdict).toBe("unknown");
    expect(r.missing).toEqual(["languageTests[0].scores.reading"]);
  });
});
