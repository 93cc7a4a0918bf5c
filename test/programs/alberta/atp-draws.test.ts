// atpDrawComparison with a candidate: each published selection parameter of the draw of 2024-12-11
// (data/alberta/atp-draws.json) checked three-valued, on both sides of its dates and thresholds,
// and the draws whose parameters were not published.

import { describe, expect, it } from "vitest";
import {
  type AtpComparedDraw,
  type AtpDrawParameter,
  atpDrawComparison,
  atpDraws,
  type IsoDate,
  isoDate,
} from "../../../src/index.js";
import {
  celpip,
  exampleCandidate,
  type Json,
  type JsonObject,
  parse,
  without,
  withValue,
} from "../../fixtures/alberta/builders.js";

/** A day whose 12-month window holds the draw of 2024-12-11 and no other. */
const ASOF = isoDate("2025-12-01");

/**
 * The example software engineer placed before 2025-12-01: a CELPIP of 2025-05-30 (CLB 9/8/10/9),
 * a profile submitted 2025-10-15 (valid until 2026-10-15), the permanent Alberta offer, a work
 * permit to 2028-01-31, work since 2016. Every parameter of 2024-12-11 is met.
 */
function candidate(): JsonObject {
  let c = exampleCandidate();
  c = withValue(c, "languageTests", [celpip("2025-05-30", 9, 8, 10, 9)] as Json);
  c = withValue(c, "expressEntryProfile.submittedOn", "2025-10-15");
  return c;
}

/** The draw of 2024-12-11 as compared for a candidate on `asOf`. */
function draw(input: JsonObject, asOf: IsoDate = ASOF): AtpComparedDraw {
  const c = atpDrawComparison(60, { asOf, candidate: parse(input) });
  if (!c.ok) throw new Error(JSON.stringify(c.issues));
  const found = c.draws.find((d) => d.date === "2024-12-11");
  if (found === undefined) throw new Error("the draw of 2024-12-11 is not in the window");
  return found;
}

/** The check of one parameter kind. */
function check(input: JsonObject, kind: AtpDrawParameter["kind"], asOf: IsoDate = ASOF) {
  const found = draw(input, asOf).selection?.checks.find((c) => c.parameter.kind === kind);
  if (found === undefined) throw new Error(`no ${kind} check`);
  return found;
}

const verdict = (input: JsonObject, kind: AtpDrawParameter["kind"]) => check(input, kind).verdict;

describe("the draw of 2024-12-11: its published parameters", () => {
  it("holds the nine parameters of the official table, in its order, with the values checked", () => {
    const first = atpDraws()[0];
    expect([first?.date, first?.minimumScore, first?.invitations, first?.source.secondary]).toEqual([
      "2024-12-11",
      59,
      87,
      true,
    ]);
    expect(first?.parameters?.map((p) => p.kind)).toEqual([
      "work-permit-expiry",
      "language",
      "express-entry-profile",
      "crs",
      "profile-expiry",
      "work-experience",
      "full-time-offer",
      "atp-occupation",
      "atp-employer",
    ]);
    expect(first?.parameters?.[0]).toEqual({
      kind: "work-permit-expiry",
      onOrAfter: "2025-02-28",
      text: "Work permit expiry date of February 28, 2025 or later",
    });
    expect(first?.parameters?.[4]).toMatchObject({ kind: "profile-expiry", onOrAfter: "2025-08-31" });
    expect(first?.parameters?.[1]).toMatchObject({ minimumClb: 5 });
    expect(first?.parameters?.[3]).toMatchObject({ minimum: 300 });
    expect(first?.parameters?.[5]).toMatchObject({ minimumMonths: 12 });
  });

  it("a candidate who meets all nine: pass, nothing keeps them out", () => {
    const d = draw(candidate());
    expect(d.selection?.verdict).toBe("pass");
    expect(d.selection?.checks.map((c) => c.verdict)).toEqual(Array(9).fill("pass"));
    expect(d.selection?.keptOutBy).toEqual([]);
    expect(d.selection?.statement).toBe("Every one of the 9 published parameters is met.");
    // The score is compared apart: 60 is at or above the minimum of 59.
    expect(d.atOrAbove).toBe(true);
  });

  it("without a candidate, no parameter is checked", () => {
    const c = atpDrawComparison(60, { asOf: ASOF });
    expect(c.ok && c.draws[0]?.selection).toBeUndefined();
    expect(c.ok && c.selectionStatement).toBeUndefined();
  });

  it("work permit: expiring on 2025-02-28 passes, the day before fails, not answered is unknown", () => {
    expect(verdict(withValue(candidate(), "status.workPermitValidUntil", "2025-02-28"), "work-permit-expiry")).toBe(
      "pass",
    );
    const before = check(withValue(candidate(), "status.workPermitValidUntil", "2025-02-27"), "work-permit-expiry");
    expect([before.verdict, before.reason]).toEqual([
      "fail",
      "Your work permit expires on 2025-02-27, before 2025-02-28.",
    ]);
    const open = check(without(candidate(), "status.workPermitValidUntil"), "work-permit-expiry");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["status.workPermitValidUntil"]]);
  });

  it("language: CLB 5 in every ability passes, a 4 fails, French NCLC 5 passes, no answer is unknown", () => {
    expect(verdict(withValue(candidate(), "languageTests", [celpip("2025-05-30", 5)] as Json), "language")).toBe(
      "pass",
    );
    const four = check(withValue(candidate(), "languageTests", [celpip("2025-05-30", 9, 9, 9, 4)] as Json), "language");
    expect(four.verdict).toBe("fail");
    expect(four.reason).toContain("do not reach CLB/NCLC 5 in every ability");
    // TEF Canada 400 in every ability: NCLC 6/6/6/5 on IRCC's chart for tests from 2023-12-11.
    const tef = {
      test: "tef-canada",
      testedOn: "2025-05-30",
      scores: { reading: 400, writing: 400, listening: 400, speaking: 400 },
    };
    expect(verdict(withValue(candidate(), "languageTests", [tef] as Json), "language")).toBe("pass");
    expect(check(withValue(candidate(), "languageTests", []), "language").reason).toBe(
      "No valid language test on 2025-12-01: the draw needed CLB/NCLC 5 or higher.",
    );
    const open = check(without(candidate(), "languageTests"), "language");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["languageTests"]]);
    // A test taken after asOf is no result on asOf: it cannot be read, so undecided rather than failed.
    expect(verdict(withValue(candidate(), "languageTests", [celpip("2026-05-30", 9)] as Json), "language")).toBe(
      "unknown",
    );
  });

  it("profile: valid on asOf passes; expired, none or submitted after asOf fails; not answered is unknown", () => {
    // Submitted 2024-12-02: valid until 2025-12-02, the day after asOf.
    expect(
      verdict(withValue(candidate(), "expressEntryProfile.submittedOn", "2024-12-02"), "express-entry-profile"),
    ).toBe("pass");
    expect(
      verdict(withValue(candidate(), "expressEntryProfile.submittedOn", "2024-12-01"), "express-entry-profile"),
    ).toBe("fail");
    expect(
      verdict(withValue(candidate(), "expressEntryProfile.submittedOn", "2025-12-02"), "express-entry-profile"),
    ).toBe("fail");
    expect(verdict(withValue(candidate(), "expressEntryProfile", null), "express-entry-profile")).toBe("fail");
    expect(check(without(candidate(), "expressEntryProfile"), "express-entry-profile").missing).toEqual([
      "expressEntryProfile",
    ]);
  });

  it("profile expiry: on 2025-08-31 or later passes, the day before fails", () => {
    // Submitted 2024-08-31: expires 2025-08-31; submitted 2024-08-30: expires 2025-08-30.
    expect(verdict(withValue(candidate(), "expressEntryProfile.submittedOn", "2024-08-31"), "profile-expiry")).toBe(
      "pass",
    );
    expect(verdict(withValue(candidate(), "expressEntryProfile.submittedOn", "2024-08-30"), "profile-expiry")).toBe(
      "fail",
    );
    expect(verdict(withValue(candidate(), "expressEntryProfile", null), "profile-expiry")).toBe("fail");
    expect(verdict(without(candidate(), "expressEntryProfile"), "profile-expiry")).toBe("unknown");
  });

  it("CRS: computed without nomination points; under 300 fails only when nothing is missing", () => {
    const c = check(candidate(), "crs");
    expect(c.verdict).toBe("pass");
    expect(c.reason).toMatch(/^CRS \d+ \(without nomination points\), 300 or higher\.$/);
    // Born 1978, a two-year diploma, CLB 10/7/7/7 (test/fixtures/alberta/builders.ts crs299): with
    // the Alberta job from 2024-10-01 (a year of Canadian work on 2025-12-01) CRS 299, every answer
    // given; from 2023-02-01 (two years) CRS 324.
    let low = withValue(candidate(), "dateOfBirth", "1978-01-01");
    low = withValue(low, "education", [
      { level: "two-year", years: 2, completedOn: "2016-06-30", inCanada: false, ecaIssuedOn: "2024-09-15" },
    ] as Json);
    low = withValue(low, "languageTests", [celpip("2025-05-30", 10, 7, 7, 7)] as Json);
    expect(check(low, "crs").reason).toBe("CRS 324 (without nomination points), 300 or higher.");
    low = withValue(low, "workHistory.1.from", "2024-10-01");
    const lowCheck = check(low, "crs");
    expect(lowCheck.verdict).toBe("fail");
    expect(lowCheck.reason).toBe("CRS 299 (without nomination points), under 300.");
    // The same with the date of birth not answered: the missing age points could reach 300.
    const open = check(without(low, "dateOfBirth"), "crs");
    expect(open.verdict).toBe("unknown");
    expect(open.missing).toContain("dateOfBirth");
    expect(verdict(withValue(candidate(), "expressEntryProfile", null), "crs")).toBe("fail");
  });

  it("work experience: 12 months of full-time work before asOf passes, 11 fails, no history is unknown", () => {
    const job = (from: string, to: string) =>
      [{ noc: "21231", country: "CA", province: "AB", from, to, hoursPerWeek: 40, authorized: true }] as Json;
    // 2024-01-01..2024-12-31 is 12 calendar months: 1,560 hours, 12 months of 130 hours.
    expect(verdict(withValue(candidate(), "workHistory", job("2024-01-01", "2024-12-31")), "work-experience")).toBe(
      "pass",
    );
    const eleven = check(withValue(candidate(), "workHistory", job("2024-01-01", "2024-12-30")), "work-experience");
    expect([eleven.verdict, eleven.reason]).toEqual([
      "fail",
      "11 months of full-time-equivalent work before 2025-12-01; the draw needed 12.",
    ]);
    expect(verdict(withValue(candidate(), "workHistory", []), "work-experience")).toBe("fail");
    expect(check(without(candidate(), "workHistory"), "work-experience").missing).toEqual(["workHistory"]);
  });

  it("full-time offer in Alberta: 30 hours passes, 29 fails, another province fails, unanswered is unknown", () => {
    expect(verdict(withValue(candidate(), "jobOffer.hoursPerWeek", 30), "full-time-offer")).toBe("pass");
    expect(verdict(withValue(candidate(), "jobOffer.hoursPerWeek", 29), "full-time-offer")).toBe("fail");
    expect(verdict(withValue(candidate(), "jobOffer.province", "BC"), "full-time-offer")).toBe("fail");
    // A province not answered but 29 hours: no answer could make it pass, so fail.
    expect(
      verdict(without(withValue(candidate(), "jobOffer.hoursPerWeek", 29), "jobOffer.province"), "full-time-offer"),
    ).toBe("fail");
    const open = check(without(candidate(), "jobOffer.hoursPerWeek"), "full-time-offer");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["jobOffer.hoursPerWeek"]]);
    expect(verdict(withValue(candidate(), "jobOffer", null), "full-time-offer")).toBe("fail");
    expect(check(without(candidate(), "jobOffer"), "full-time-offer").missing).toEqual(["jobOffer"]);
  });

  it("occupations: both the profile's and the offer's on the list in force on the draw's date", () => {
    expect(verdict(withValue(candidate(), "jobOffer.noc", "11100"), "atp-occupation")).toBe("fail");
    expect(verdict(withValue(candidate(), "expressEntryProfile.primaryOccupation", "11100"), "atp-occupation")).toBe(
      "fail",
    );
    // 72200 (electricians): listed for data-centre needs on a day no source gives, after 2022-11-16
    // and by 2026-06-20; on 2024-12-11 its listing is not known.
    const electrician = check(withValue(candidate(), "jobOffer.noc", "72200"), "atp-occupation");
    expect([electrician.verdict, electrician.missing]).toEqual(["unknown", ["jobOffer.noc"]]);
    const open = check(without(candidate(), "expressEntryProfile.primaryOccupation"), "atp-occupation");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["expressEntryProfile.primaryOccupation"]]);
    // A fail on one side wins over an unknown on the other.
    expect(
      verdict(
        without(withValue(candidate(), "jobOffer.noc", "11100"), "expressEntryProfile.primaryOccupation"),
        "atp-occupation",
      ),
    ).toBe("fail");
  });

  it("employer: Alberta-based and on the tech NAICS list (the candidate's answers)", () => {
    expect(verdict(withValue(candidate(), "jobOffer.employer.techIndustry", false), "atp-employer")).toBe("fail");
    expect(verdict(withValue(candidate(), "jobOffer.employer.albertaBased", false), "atp-employer")).toBe("fail");
    const open = check(without(candidate(), "jobOffer.employer.techIndustry"), "atp-employer");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["jobOffer.employer.techIndustry"]]);
  });

  it("says draw by draw which parameters kept the candidate out, and which are undecided", () => {
    let input = withValue(candidate(), "status.workPermitValidUntil", "2025-01-31");
    input = withValue(input, "jobOffer.hoursPerWeek", 20);
    const kept = draw(input);
    expect(kept.selection?.verdict).toBe("fail");
    expect(kept.selection?.keptOutBy.map((k) => k.parameter.kind)).toEqual(["work-permit-expiry", "full-time-offer"]);
    expect(kept.selection?.statement).toBe(
      "Kept out by 2 of the 9 published parameters: Work permit expiry date of February 28, 2025 or later (Your work permit expires on 2025-01-31, before 2025-02-28.); Job offer for full-time employment in Alberta (20 hours a week is not full-time (30 or more).).",
    );
    const c = atpDrawComparison(60, { asOf: ASOF, candidate: parse(input) });
    expect(c.ok && c.selectionStatement).toBe(
      "Of the 1 draw with published selection parameters, your answers would have been kept out of 1 (2024-12-11: Work permit expiry date of February 28, 2025 or later; Job offer for full-time employment in Alberta).",
    );
    const undecided = draw(without(candidate(), "status.workPermitValidUntil"));
    expect([undecided.selection?.verdict, undecided.selection?.keptOutBy, undecided.selection?.missing]).toEqual([
      "unknown",
      [],
      ["status.workPermitValidUntil"],
    ]);
    expect(undecided.selection?.statement).toBe(
      "No published parameter keeps you out, but 1 of 9 cannot be decided until answered: Work permit expiry date of February 28, 2025 or later (answer status.workPermitValidUntil).",
    );
  });
});

describe("draws whose parameters were not published", () => {
  it("2026: unknown, with the page's reason, and the summary says so", () => {
    const c = atpDrawComparison(60, { asOf: isoDate("2026-06-01"), candidate: parse(exampleCandidate()) });
    if (!c.ok) throw new Error("expected a comparison");
    expect(c.draws.map((d) => [d.date, d.selection?.published, d.selection?.verdict, d.selection?.checks])).toEqual(
      ["2026-01-29", "2026-02-11", "2026-03-06", "2026-04-08", "2026-05-07", "2026-05-29"].map((date) => [
        date,
        false,
        "unknown",
        [],
      ]),
    );
    expect(c.draws[0]?.selection?.statement).toContain("AAIP does not disclose recent draw parameters");
    expect(c.selectionStatement).toBe(
      "The AAIP did not publish the selection parameters of these 6 draws, so they cannot be checked.",
    );
  });

  it("the 2024 draw is in the window until 2025-12-11; after it there is nothing to check", () => {
    // 2025-12-11 is the last day whose window (2024-12-11..2025-12-10) holds the 2024 draw.
    const only2024 = atpDrawComparison(60, { asOf: isoDate("2025-12-11"), candidate: parse(candidate()) });
    expect(only2024.ok && only2024.draws.map((d) => d.date)).toEqual(["2024-12-11"]);
    const gone = atpDrawComparison(60, { asOf: isoDate("2025-12-12"), candidate: parse(candidate()) });
    expect(gone.ok && gone.draws.map((d) => d.date)).toEqual([]);
    expect(gone.ok && gone.selectionStatement).toBe("There is no draw whose selection parameters could be checked.");
  });
});
