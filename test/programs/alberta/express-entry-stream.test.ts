// assessAlbertaExpressEntry: the stream's own rules (active profile, a federal program, CRS of at
// least 300 without nomination points, the exclusions), without any job requirement.

import { describe, expect, it } from "vitest";
import {
  ALBERTA_EXPRESS_ENTRY_RULES,
  type Assessment,
  assessAlbertaExpressEntry,
  type IsoDate,
  misrepresentationBanEnds,
} from "../../../src/index.js";
import {
  ASOF,
  crs299,
  d,
  exampleCandidate,
  failedIds,
  federalIneligible,
  type Json,
  node,
  offerOnly,
  parse,
  without,
  withValue,
} from "../../fixtures/alberta/builders.js";

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
    expect(federal.reason).toMatch(/^Eligible: /);
  });

  it("needs no Alberta job: a candidate without one is eligible for the stream (not for the ATP)", () => {
    const a = assess(noAlbertaJob());
    expect(a.status).toBe("eligible");
  });

  it("says when the CRS it computes differs from the profile's, and when they agree", () => {
    const differs = node(assess(exampleCandidate()).result, "alberta-ee.crs-minimum");
    expect(differs.actual).toBe(485);
    expect(differs.reason).toMatch(/Your profile shows 478/);
    const same = node(
      assess(withValue(exampleCandidate(), "expressEntryProfile.crsScore", 485)).result,
      "alberta-ee.crs-minimum",
    );
    expect(same.reason).toMatch(/same score/);
    const none = node(
      assess(without(exampleCandidate(), "expressEntryProfile.crsScore")).result,
      "alberta-ee.crs-minimum",
    );
    expect(none.reason).not.toMatch(/profile shows/i);
  });

  it("the profile's reported score does not decide: a 299 candidate reporting 520 still fails", () => {
    const a = assess(withValue(crs299(), "expressEntryProfile.crsScore", 520));
    expect(a.status).toBe("ineligible");
    expect(failedIds(a)).toEqual(["alberta-ee.crs-minimum"]);
    expect(a.failed[0]?.reason).toMatch(/Your profile shows 520/);
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
    expect(node(a.result, "alberta-ee.federal-program").reason).toMatch(/Not eligible for the Federal Skilled Worker/);
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
