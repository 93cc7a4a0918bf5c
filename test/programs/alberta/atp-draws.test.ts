// atpDrawComparison with a candidate: each published selection parameter of the draw of 2024-12-11
// (data/alberta/atp-draws.json) checked three-valued, on both sides of its dates and thresholds,
// and the draws whose parameters were not published.

import { describe, expect, it } from "vitest";
import drawsJson from "../../../data/alberta/atp-draws.json" with { type: "json" };
import { describeIsoDateProblem } from "../../../src/core/iso-date.js";
import { message, text } from "../../../src/core/message.js";
import {
  type AtpComparedDraw,
  type AtpDrawParameter,
  atpDrawComparison,
  atpDraws,
  type IsoDate,
  isoDate,
} from "../../../src/index.js";
import { language } from "../../../src/programs/alberta/atp-draw-checks/candidate.js";
import { candidateOnDay } from "../../../src/programs/alberta/atp-draw-checks/candidate-on-day.js";
import { atpAllocations } from "../../../src/programs/alberta/index.js";
import {
  ASOF as EXAMPLE_ASOF,
  exampleCandidate,
  type Json,
  type JsonObject,
  parse,
  without,
  withValue,
} from "../../fixtures/alberta/builders.js";
import { celpip } from "../../fixtures/language-tests.js";
import { englishOf, frenchOf, issuesInEnglish, reasonOf, withReasons } from "../../fixtures/messages.js";

/** A day whose 12-month window holds the draw of 2024-12-11 and no other. */
const ASOF = isoDate("2025-12-01");

/**
 * The example software engineer placed before 2025-12-01: a CELPIP of 2025-05-30 (CLB 9/8/10/9),
 * a profile submitted 2025-10-15 (valid until 2026-10-15), the permanent Alberta offer, a work
 * permit to 2028-01-31, work since 2016. Every parameter of 2024-12-11 is met.
 */
function candidate(): JsonObject {
  let c = exampleCandidate();
  c = withValue(c, "languageTests", [
    celpip("2025-05-30", { reading: 9, writing: 8, listening: 10, speaking: 9 }),
  ] as Json);
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
      message: { id: "draw.parameter.work-permit-expiry", params: { onOrAfter: "2025-02-28" } },
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
    expect(englishOf(d.selection?.message)).toBe("Every one of the 9 published parameters is met.");
    // The score is compared apart: 60 is at or above the minimum of 59.
    expect(d.atOrAbove).toBe(true);
  });

  it("without a candidate, no parameter is checked", () => {
    const c = atpDrawComparison(60, { asOf: ASOF });
    expect(c.ok && c.draws[0]?.selection).toBeUndefined();
    expect(c.ok && englishOf(c.selectionMessage)).toBeUndefined();
  });

  it("work permit: expiring on 2025-02-28 passes, the day before fails, not answered is unknown", () => {
    expect(verdict(withValue(candidate(), "status.workPermitValidUntil", "2025-02-28"), "work-permit-expiry")).toBe(
      "pass",
    );
    const before = check(withValue(candidate(), "status.workPermitValidUntil", "2025-02-27"), "work-permit-expiry");
    expect([before.verdict, reasonOf(before)]).toEqual([
      "fail",
      "Your work permit expires on 2025-02-27, before 2025-02-28.",
    ]);
    const open = check(without(candidate(), "status.workPermitValidUntil"), "work-permit-expiry");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["status.workPermitValidUntil"]]);
    // null: answered, no work permit (a candidate abroad): the parameter is settled, and fails.
    const none = check(withValue(candidate(), "status.workPermitValidUntil", null), "work-permit-expiry");
    expect([none.verdict, none.missing, reasonOf(none)]).toEqual([
      "fail",
      [],
      "You hold no work permit; the draw needed one valid on or after 2025-02-28.",
    ]);
  });

  it("language: CLB 5 in every ability passes, a 4 fails, French NCLC 5 passes, no answer is unknown", () => {
    expect(verdict(withValue(candidate(), "languageTests", [celpip("2025-05-30", 5)] as Json), "language")).toBe(
      "pass",
    );
    const four = check(
      withValue(candidate(), "languageTests", [
        celpip("2025-05-30", { reading: 9, writing: 9, listening: 9, speaking: 4 }),
      ] as Json),
      "language",
    );
    expect(four.verdict).toBe("fail");
    expect(reasonOf(four)).toContain("do not reach CLB/NCLC 5 in every ability");
    // TEF Canada 400 in every ability: NCLC 6/6/6/5 on IRCC's chart for tests from 2023-12-11.
    const tef = {
      test: "tef-canada",
      testedOn: "2025-05-30",
      scores: { reading: 400, writing: 400, listening: 400, speaking: 400 },
    };
    expect(verdict(withValue(candidate(), "languageTests", [tef] as Json), "language")).toBe("pass");
    expect(englishOf(check(withValue(candidate(), "languageTests", []), "language").message)).toBe(
      "No valid language test on 2025-12-01: the draw needed CLB/NCLC 5 or higher.",
    );
    const open = check(without(candidate(), "languageTests"), "language");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["languageTests"]]);
    // A test taken after asOf is no result on asOf, as the federal programs and the CRS read it:
    // with no other test, the parameter is not met (nothing is asked: the date is answered).
    const later = check(withValue(candidate(), "languageTests", [celpip("2026-05-30", 9)] as Json), "language");
    expect([later.verdict, later.missing]).toEqual(["fail", []]);
    // A score to correct: asked while a correction could reach CLB 5; not once another ability is
    // below it whatever the correction (reading 13 is off CELPIP's 0-12 scale).
    const toCorrect = (speaking: number) => celpip("2025-05-30", { reading: 13, speaking });
    const correctable = check(withValue(candidate(), "languageTests", [toCorrect(9)] as Json), "language");
    expect([correctable.verdict, correctable.missing]).toEqual(["unknown", ["languageTests[0].scores.reading"]]);
    const short = check(withValue(candidate(), "languageTests", [toCorrect(3)] as Json), "language");
    expect([short.verdict, short.missing ?? []]).toEqual(["fail", []]);
    expect(englishOf(short.message)).toBe(
      "Even with its scores to correct at their best (CLB reading 10, writing 9, listening 9, speaking 0), no test reaches CLB/NCLC 5 in every ability.",
    );
    // A test that meets the minimum counts even beside one with a higher sum of levels that does
    // not (CLB 5 in every ability against CLB 12/12/12/0).
    const meets = [
      celpip("2025-05-30", 5),
      celpip("2025-05-29", { reading: 12, writing: 12, listening: 12, speaking: 0 }),
    ];
    expect(verdict(withValue(candidate(), "languageTests", meets as Json), "language")).toBe("pass");
    expect(verdict(withValue(candidate(), "languageTests", [...meets].reverse() as Json), "language")).toBe("pass");
  });

  it("language: a PTE Core result does not count for a draw before 2025-04-01, when the AAIP began accepting it", () => {
    // AAIP updates, 2025-04-01: PTE Core accepted "for applications to all streams received on or
    // after that date" (data/alberta/aaip-language-tests.json). IRCC accepts it from 2024-01-30.
    const pteCore = {
      test: "pte-core",
      testedOn: "2025-05-30",
      scores: { reading: 80, writing: 80, listening: 80, speaking: 80 },
    };
    const pteOnly = check(withValue(candidate(), "languageTests", [pteCore] as Json), "language");
    expect([pteOnly.verdict, pteOnly.missing]).toEqual(["fail", []]);
    expect(englishOf(pteOnly.message)).toBe(
      "Only your PTE Core result reaches CLB/NCLC 5 in every ability, and on 2024-12-11 the AAIP did not accept that test (it accepts it for applications received from 2025-04-01).",
    );
    expect(frenchOf(pteOnly)).toBe(
      "Seul votre résultat au PTE Core atteint le NCLC 5 dans chaque compétence, et le 2024-12-11 le PIAA n’acceptait pas ce test (il l’accepte pour les demandes reçues à partir du 2025-04-01).",
    );
    // Another test that reaches the minimum counts as before; one below it fails on its own levels.
    const both = [pteCore, celpip("2025-05-30", 5)] as Json;
    expect(verdict(withValue(candidate(), "languageTests", both), "language")).toBe("pass");
    const low = check(withValue(candidate(), "languageTests", [pteCore, celpip("2025-05-30", 4)] as Json), "language");
    expect(low.verdict).toBe("fail");
    expect(englishOf(low.message)).toMatch(/^Only your PTE Core result reaches CLB\/NCLC 5/);
    // A draw on or after 2025-04-01 counts it (no draw of then has published parameters: the check itself).
    const parsed = parse(withValue(candidate(), "languageTests", [pteCore] as Json));
    const day = candidateOnDay(parsed, ASOF);
    expect(language(day, 5, isoDate("2025-03-31")).verdict).toBe("fail");
    expect(language(day, 5, isoDate("2025-04-01")).verdict).toBe("pass");
    // The CRS, a federal reading, still counts PTE Core: the draw's CRS parameter is met on it.
    expect(verdict(withValue(candidate(), "languageTests", [pteCore] as Json), "crs")).toBe("pass");
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
    expect(reasonOf(c)).toBe("CRS 479 (without nomination points), 300 or higher."); // 479: see "the checks that pass"
    // Born 1978, a two-year diploma, CLB 10/7/7/7 (test/fixtures/alberta/builders.ts crs299): with
    // the Alberta job from 2024-10-01 (a year of Canadian work on 2025-12-01) CRS 299, every answer
    // given; from 2023-02-01 (two years) CRS 324.
    let low = withValue(candidate(), "dateOfBirth", "1978-01-01");
    low = withValue(low, "education", [
      { level: "two-year", years: 2, completedOn: "2016-06-30", inCanada: false, ecaIssuedOn: "2024-09-15" },
    ] as Json);
    low = withValue(low, "languageTests", [
      celpip("2025-05-30", { reading: 10, writing: 7, listening: 7, speaking: 7 }),
    ] as Json);
    expect(reasonOf(check(low, "crs"))).toBe("CRS 324 (without nomination points), 300 or higher.");
    low = withValue(low, "workHistory.1.from", "2024-10-01");
    const lowCheck = check(low, "crs");
    expect(lowCheck.verdict).toBe("fail");
    expect(reasonOf(lowCheck)).toBe("CRS 299 (without nomination points), under 300.");
    // The same with the date of birth not answered: the missing age points could reach 300.
    const open = check(without(low, "dateOfBirth"), "crs");
    expect(open.verdict).toBe("unknown");
    expect(open.missing).toContain("dateOfBirth");
    expect(reasonOf(open)).toMatch(
      /^CRS \d+ from the answers given, under 300; the missing answers could raise it to \d+ at most\.$/,
    );
    // Secondary school and CLB 5: with the sibling question open the score could gain 15 points at
    // most (the sibling line), far from 300; no answer can lift it, so the draw's CRS fails.
    let weak = withValue(low, "education", [
      { level: "secondary", completedOn: "1996-06-30", inCanada: false, ecaIssuedOn: "2024-09-15" },
    ] as Json);
    weak = withValue(weak, "languageTests", [
      celpip("2025-05-30", { reading: 5, writing: 5, listening: 5, speaking: 5 }),
    ] as Json);
    // (Other relatives answered yes, so whether one is a sibling stays open.)
    const weakOpen = check(withValue(without(weak, "siblingInCanada"), "relativeInCanada", true), "crs");
    const weakAnswered = reasonOf(check(withValue(weak, "siblingInCanada", false), "crs"));
    const total = Number(/^CRS (\d+) /.exec(weakAnswered)?.[1]);
    expect(total).toBeLessThan(300 - 15);
    expect([weakOpen.verdict, weakOpen.missing, reasonOf(weakOpen)]).toEqual([
      "fail",
      [],
      `CRS ${total} from the answers given (without nomination points); the missing answers could raise it to ${total + 15} at most, under 300.`,
    ]);
    expect(verdict(withValue(candidate(), "expressEntryProfile", null), "crs")).toBe("fail");
    // Open, with the profile not answered: the profile is asked too (none fails the check).
    const noProfile = check(without(without(low, "dateOfBirth"), "expressEntryProfile"), "crs");
    expect([noProfile.verdict, noProfile.missing]).toEqual(["unknown", ["dateOfBirth", "expressEntryProfile"]]);
  });

  it("CRS with a language test to correct: fails when no correction could reach 300, passes when every one does", () => {
    // Born 1978 (47 on asOf: no age points), secondary school (30), one year in Canada (40), no
    // work abroad. A second CELPIP with reading 13 (off its 0-12 scale)
    // keeps the score from being computed; even with every language result at its best (first
    // 136, second 24, French 50) the bound is 280, under 300, so the draw's CRS fails rather than
    // asking for the correction.
    let weak = withValue(candidate(), "dateOfBirth", "1978-01-01");
    weak = withValue(weak, "education", [
      { level: "secondary", completedOn: "1996-06-30", inCanada: false, ecaIssuedOn: "2024-09-15" },
    ] as Json);
    weak = withValue(weak, "workHistory.1.from", "2024-10-01");
    weak = withValue(weak, "workHistory", [(weak.workHistory as Json[])[1]] as Json);
    const unreadable = { ...celpip("2025-06-30", 9), scores: { reading: 13, writing: 9, listening: 9, speaking: 9 } };
    weak = withValue(weak, "languageTests", [celpip("2025-05-30", 5), unreadable] as Json);
    const c = check(weak, "crs");
    expect([c.verdict, c.missing ?? []]).toEqual(["fail", []]);
    expect(reasonOf(c)).toMatch(
      /^CRS \d+ from the answers given \(without nomination points\); the missing answers could raise it to (\d+) at most, under 300\.$/,
    );
    // Age 30 (105 more): under 300 with the least correction, over it with the best, so it is asked for.
    const younger = withValue(weak, "dateOfBirth", "1995-01-01");
    const open = check(younger, "crs");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["languageTests[1].scores.reading"]]);
    // With the profile not answered as well, the profile is asked too: none fails the check.
    const openProfile = check(without(younger, "expressEntryProfile"), "crs");
    expect([openProfile.verdict, openProfile.missing]).toEqual([
      "unknown",
      ["languageTests[1].scores.reading", "expressEntryProfile"],
    ]);
    // And a Canadian doctorate too: 300 whatever the correction, so the check passes, asking nothing.
    const strong = withValue(younger, "education", [
      { level: "doctoral", completedOn: "2022-06-30", inCanada: true },
    ] as Json);
    const met = check(strong, "crs");
    expect([met.verdict, met.missing ?? []]).toEqual(["pass", []]);
    // With the profile not answered, the profile is what is open, not the score to correct.
    const noProfile = check(without(strong, "expressEntryProfile"), "crs");
    expect([noProfile.verdict, noProfile.missing]).toEqual(["unknown", ["expressEntryProfile"]]);
    expect(reasonOf(met)).toMatch(
      /^CRS \d+ or more \(without nomination points\), whatever the language results to correct/,
    );
    // The only first-language test to correct counts at its least correction (reading 0, CLB 9 in
    // the others: 3 × 31 = 93), not as no test: age 30 (105), a foreign bachelor's (120), a year in
    // Canada (40) and the two together (transferability 13) make 278 without it and 371 with it,
    // over 300 whatever the correction.
    const bachelor = withValue(younger, "education", [
      { level: "bachelors", completedOn: "2018-06-30", inCanada: false, ecaIssuedOn: "2024-09-15" },
    ] as Json);
    const onlyToCorrect = check(withValue(bachelor, "languageTests", [unreadable] as Json), "crs");
    expect([onlyToCorrect.verdict, onlyToCorrect.missing ?? []]).toEqual(["pass", []]);
    expect(reasonOf(onlyToCorrect)).toMatch(/^CRS 371 or more \(without nomination points\), whatever/);
  });

  it("work experience: 12 months of full-time work before asOf passes, 11 fails, no history is unknown", () => {
    const job = (from: string, to: string) =>
      [
        { noc: "21231", country: "CA", province: "AB", from, to, hoursPerWeek: 40, authorized: true, paid: true },
      ] as Json;
    // 2024-01-01..2024-12-31 is 12 calendar months: 1,560 hours, 12 months of 130 hours.
    expect(verdict(withValue(candidate(), "workHistory", job("2024-01-01", "2024-12-31")), "work-experience")).toBe(
      "pass",
    );
    const eleven = check(withValue(candidate(), "workHistory", job("2024-01-01", "2024-12-30")), "work-experience");
    expect([eleven.verdict, reasonOf(eleven)]).toEqual([
      "fail",
      "11 months of full-time, paid work before 2025-12-01 (the Worker EOI counts no part-time or unpaid work, nor work in Canada IRCC did not authorise); the draw needed 12.",
    ]);
    // As the Worker EOI counts work (FAQ): only full-time, paid work, and in Canada only work
    // IRCC authorised. Two years of it unpaid, part-time or unauthorised count for nothing.
    const twoYears = (over: Record<string, unknown>) => [
      { noc: "21231", country: "CA", province: "AB", from: "2023-01-01", to: "2024-12-31", hoursPerWeek: 40, ...over },
    ];
    const work = (over: Record<string, unknown>) =>
      check(withValue(candidate(), "workHistory", twoYears(over) as Json), "work-experience");
    expect(work({ paid: false, authorized: true }).verdict).toBe("fail");
    expect(work({ paid: true, authorized: false }).verdict).toBe("fail");
    expect(work({ paid: true, authorized: true, hoursPerWeek: 20 }).verdict).toBe("fail");
    // Only the answers that can decide are asked: a job with no month before asOf (2025-12-01),
    // or one whose counting never reaches 12 months with some answers of the others, is not.
    const jobOn = (from: string, to: string, over: Record<string, unknown>) => ({
      noc: "21231",
      country: "CA",
      province: "AB",
      from,
      to,
      hoursPerWeek: 40,
      authorized: true,
      ...over,
    });
    const decided = check(
      withValue(candidate(), "workHistory", [
        jobOn("2023-01-01", "2023-12-31", {}),
        jobOn("2024-01-01", "2024-01-31", {}),
        jobOn("2026-01-01", "2026-06-30", {}),
      ] as Json),
      "work-experience",
    );
    expect([decided.verdict, decided.missing]).toEqual(["unknown", ["workHistory[0].paid"]]);
    const open = work({ authorized: true });
    expect([open.verdict, open.missing, reasonOf(open)]).toEqual([
      "unknown",
      ["workHistory[0].paid"],
      "0 months of full-time, paid work before 2025-12-01 for certain, up to 24 depending on whether the other work was paid and, in Canada, authorised; the draw needed 12.",
    ]);
    expect(verdict(withValue(candidate(), "workHistory", []), "work-experience")).toBe("fail");
    expect(check(without(candidate(), "workHistory"), "work-experience").missing).toEqual(["workHistory"]);
  });

  it("full-time offer in Alberta: 30 hours passes, 29 fails, another province fails, unanswered is unknown", () => {
    expect(verdict(withValue(candidate(), "jobOffer.hoursPerWeek", 30), "full-time-offer")).toBe("pass");
    expect(verdict(withValue(candidate(), "jobOffer.hoursPerWeek", 29), "full-time-offer")).toBe("fail");
    expect(verdict(withValue(candidate(), "jobOffer.province", "BC"), "full-time-offer")).toBe("fail");
    // An offer of employment: contractors and agency workers are not eligible (ATP eligibility page).
    for (const engagement of ["independent-contractor", "temporary-agency"]) {
      expect(verdict(withValue(candidate(), "jobOffer.engagement", engagement), "full-time-offer")).toBe("fail");
    }
    const engagementOpen = check(without(candidate(), "jobOffer.engagement"), "full-time-offer");
    expect([engagementOpen.verdict, engagementOpen.missing]).toEqual(["unknown", ["jobOffer.engagement"]]);
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
    // and by 2026-06-16; on 2024-12-11 its listing is not known.
    // The list's history is uncertain there, not an answer: unknown, and nothing is asked.
    const electrician = check(withValue(candidate(), "jobOffer.noc", "72200"), "atp-occupation");
    expect([electrician.verdict, electrician.missing]).toEqual(["unknown", []]);
    expect(electrician.uncertain).toBe(true);
    const undecided = draw(withValue(candidate(), "jobOffer.noc", "72200")).selection;
    expect([undecided?.verdict, undecided?.missing, undecided?.uncertain]).toEqual(["unknown", [], true]);
    // An unknown for want of an answer is not marked uncertain.
    const asked = draw(without(candidate(), "status.workPermitValidUntil")).selection;
    expect([asked?.verdict, asked?.uncertain]).toEqual(["unknown", undefined]);
    expect(reasonOf(undecided as NonNullable<typeof undecided>)).not.toContain("answer");
    // A NOC 2016 code in the profile after 2022-11-16 (the AAIP update of that day: profiles must
    // hold NOC 2021 codes) fails, as in the assessment; no answer updates the profile.
    const old2016 = check(withValue(candidate(), "expressEntryProfile.primaryOccupation", "2173"), "atp-occupation");
    expect([old2016.verdict, old2016.missing, reasonOf(old2016)]).toEqual([
      "fail",
      [],
      "The profile's occupation NOC 2173 is a NOC 2016 code: from 2022-11-16 Alberta Express Entry candidates must update the NOC in their Express Entry profile to its NOC 2021 code (2173 became 21211 or 21231).",
    ]);
    // The offer's NOC 2016 code is the same job to restate: unknown, asking for it.
    const offer2016 = check(withValue(candidate(), "jobOffer.noc", "2173"), "atp-occupation");
    expect([offer2016.verdict, offer2016.missing]).toEqual(["unknown", ["jobOffer.noc"]]);
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

  it("an offer dated after asOf, or a profile submitted after it, did not exist yet on asOf", () => {
    const later = withValue(candidate(), "jobOffer.offeredOn", "2025-12-02");
    for (const kind of ["full-time-offer", "atp-occupation", "atp-employer"] as const) {
      const c = check(later, kind);
      expect([c.verdict, c.missing], kind).toEqual(["fail", []]);
    }
    expect(reasonOf(check(later, "full-time-offer"))).toBe(
      "The job offer is dated 2025-12-02, after 2025-12-01: there was no offer yet.",
    );
    const submittedLater = withValue(candidate(), "expressEntryProfile.submittedOn", "2025-12-02");
    // No profile yet on asOf: no CRS in one, and no occupation in one.
    expect(verdict(submittedLater, "crs")).toBe("fail");
    expect(verdict(submittedLater, "atp-occupation")).toBe("fail");
    const profileLater = check(submittedLater, "profile-expiry");
    expect([profileLater.verdict, reasonOf(profileLater)]).toEqual([
      "fail",
      "Your Express Entry profile was submitted on 2025-12-02, after 2025-12-01.",
    ]);
  });

  it("CRS: with the profile not answered, a score over the minimum is still undecided", () => {
    const open = check(without(candidate(), "expressEntryProfile"), "crs");
    expect([open.verdict, open.missing]).toEqual(["unknown", ["expressEntryProfile"]]);
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
    expect(englishOf(kept.selection?.message)).toBe(
      "Kept out by 2 of the 9 published parameters: Work permit expiry date of February 28, 2025 or later (Your work permit expires on 2025-01-31, before 2025-02-28.); Job offer for full-time employment in Alberta (20 hours a week is not full-time (30 or more).).",
    );
    const c = atpDrawComparison(60, { asOf: ASOF, candidate: parse(input) });
    expect(c.ok && englishOf(c.selectionMessage)).toBe(
      "Of the one draw with published selection parameters, your answers as they stand on 2025-12-01 would have kept you out of it (2024-12-11: Work permit expiry date of February 28, 2025 or later; Job offer for full-time employment in Alberta).",
    );
    const undecided = draw(without(candidate(), "status.workPermitValidUntil"));
    expect([undecided.selection?.verdict, undecided.selection?.keptOutBy, undecided.selection?.missing]).toEqual([
      "unknown",
      [],
      ["status.workPermitValidUntil"],
    ]);
    expect(englishOf(undecided.selection?.message)).toBe(
      "No published parameter keeps you out, but 1 of 9 cannot be decided until answered: Work permit expiry date of February 28, 2025 or later (answer status.workPermitValidUntil).",
    );
  });
});

describe("draws whose parameters were not published", () => {
  it("2026: unknown, with the page's reason, and the summary says so", () => {
    const c = atpDrawComparison(60, { asOf: isoDate("2026-06-01"), candidate: parse(exampleCandidate()) });
    if (!c.ok) throw new Error("expected a comparison");
    expect(
      c.draws.map((d) => [
        d.date,
        d.selection?.published,
        d.selection?.verdict,
        d.selection?.checks,
        d.selection?.uncertain,
      ]),
    ).toEqual(
      ["2026-01-29", "2026-02-11", "2026-03-06", "2026-04-08", "2026-05-07", "2026-05-29"].map((date) => [
        date,
        false,
        "unknown",
        [],
        true,
      ]),
    );
    expect(englishOf(c.draws[0]?.selection?.message)).toContain("AAIP does not disclose recent draw parameters");
    expect(englishOf(c.selectionMessage)).toBe(
      "The AAIP did not publish the selection parameters of these 6 draws, so they cannot be checked.",
    );
  });

  it("the 2024 draw is in the window until 2025-12-11; after it there is nothing to check", () => {
    // 2025-12-11 is the last day whose window (2024-12-11..2025-12-10) holds the 2024 draw.
    const only2024 = atpDrawComparison(60, { asOf: isoDate("2025-12-11"), candidate: parse(candidate()) });
    expect(only2024.ok && only2024.draws.map((d) => d.date)).toEqual(["2024-12-11"]);
    const gone = atpDrawComparison(60, { asOf: isoDate("2025-12-12"), candidate: parse(candidate()) });
    expect(gone.ok && gone.draws.map((d) => d.date)).toEqual([]);
    expect(gone.ok && englishOf(gone.selectionMessage)).toBe(
      "There is no draw whose selection parameters could be checked.",
    );
  });
});

// The draw comparison's window, statement and fields, word for word (data/alberta/atp-draws.json).
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
  const SOURCE_SEPTEMBER = {
    title:
      "Alberta Advantage Immigration Program – Processing information, as parsed by a third party (the page's draw table, fetched September 26, 2026)",
    url: "https://github.com/zhizhunbao/pnp-job-tracker/blob/2e9ffad6b6baf591e68c5368a46c3522b0949f01/data/raw/pnp/draws-ab.json",
    section:
      "data/raw/pnp/draws-ab.json: the draw table of https://www.alberta.ca/aaip-processing-information as fetched 2026-09-26 (no 'last updated' date given; its latest draw: 2026-09-23), Accelerated Tech Pathway rows",
    retrieved: "2026-09-26",
    secondary: true,
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
      ["2026-09-03", true],
      ["2026-09-22", true],
    ]);
  });

  it("the draws of September 2026 come from the draw table fetched 2026-09-26, in a third-party copy", () => {
    expect(atpDraws().slice(10)).toStrictEqual([
      { date: "2026-09-03", minimumScore: 60, invitations: 96, parameters: null, source: SOURCE_SEPTEMBER },
      { date: "2026-09-22", minimumScore: 59, invitations: 100, parameters: null, source: SOURCE_SEPTEMBER },
    ]);
  });

  it("a comparison over September 2026 holds its two draws; a score between their minimums meets one", () => {
    // 2026-09-24 (the first day not covered): window 2025-09-24..2026-09-23 ends on knownThrough
    // (2026-09-23), so no "after" note; it holds the eleven 2026 draws. 59 reaches the minimums of
    // 02-11 (59), 03-06 (56), 04-08 (59), 05-07 (57), 05-29 (55), 06-19 (59), 07-08 (55) and 09-22
    // (59): 8 of 11; not 01-29 (63), 08-06 (60) nor 09-03 (60).
    const c = compared(59, isoDate("2026-09-24"));
    expect([c.of, c.atOrAbove, c.notCovered, c.draws.slice(-2).map((d) => [d.date, d.atOrAbove])]).toEqual([
      11,
      8,
      [{ from: "2025-09-24", to: "2025-12-31" }],
      [
        ["2026-09-03", false],
        ["2026-09-22", true],
      ],
    ]);
    // 59.5 lies between the September minimums (59 on 09-22, 60 on 09-03): it meets the later one only.
    expect(
      compared(59.5, isoDate("2026-09-24"))
        .draws.filter((d) => d.date >= "2026-09-01")
        .map((d) => [d.date, d.atOrAbove]),
    ).toEqual([
      ["2026-09-03", false],
      ["2026-09-22", true],
    ]);
    // 2026-09-23: the window ends on 2026-09-22 and holds the draw of that day; 2026-09-22: it does not.
    expect(compared(59, isoDate("2026-09-23")).draws.at(-1)?.date).toBe("2026-09-22");
    expect(compared(59, isoDate("2026-09-22")).draws.at(-1)?.date).toBe("2026-09-03");
  });

  it("coverage ends on 2026-09-23: a window to that day is covered after 2025, one to 2026-09-24 is not", () => {
    // asOf 2027-01-01: window 2026-01-01..2026-12-31, covered from 2026-01-01 through 2026-09-23.
    const late = compared(60, isoDate("2027-01-01"));
    expect([late.knownThrough, late.complete, late.notCovered]).toEqual([
      "2026-09-23",
      false,
      [{ from: "2026-09-24", to: "2026-12-31" }],
    ]);
    // asOf 2026-09-24: the window's last day is 2026-09-23, the last day covered: no "after" note.
    expect(reasonOf(compared(60, isoDate("2026-09-24")))).not.toContain("Draws after");
    // asOf 2026-09-25: its last day, 2026-09-24, is the first day not covered.
    const first = compared(60, isoDate("2026-09-25"));
    expect([
      first.notCovered.at(-1),
      reasonOf(first).endsWith(". Draws after 2026-09-23 are not in our data."),
    ]).toEqual([{ from: "2026-09-24", to: "2026-09-24" }, true]);
    // 2026-08-13..2026-08-25 (the page as last updated 2026-08-25, no ATP draw) and 2026-08-26 on are covered.
    expect(compared(60, isoDate("2026-09-01")).notCovered).toEqual([{ from: "2025-09-01", to: "2025-12-31" }]);
  });

  it("one draw in the window: 'draw', not 'draws'; the score equal to the minimum counts as reached", () => {
    // 2026-01-30: the window is 2025-01-30..2026-01-29 and holds the draw of 2026-01-29 (minimum 63).
    const c = compared(63, isoDate("2026-01-30"));
    expect(withReasons(c)).toStrictEqual({
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
      knownThrough: "2026-09-23",
      verified: "2026-12-07",
      // The window reaches into 2025, whose draws are not in the data: not complete, and said.
      notCovered: [{ from: "2025-01-30", to: "2025-12-31" }],
      mayBeIncomplete: [],
      complete: false,
      message: {
        id: "draw.comparison",
        params: {
          score: 63,
          atOrAbove: 1,
          of: 1,
          from: "2025-01-30",
          to: "2026-01-29",
          gaps: [{ id: "draw.gap.period", params: { from: "2025-01-30", to: "2025-12-31" } }],
        },
      },
      reason:
        "A Worker EOI score of 63 was at or above the minimum of the only Accelerated Tech Pathway draw in our data held from 2025-01-30 to 2026-01-29. This is history, not a promise: each draw sets its own minimum score. Draws from 2025-01-30 to 2025-12-31 are not in our data.",
      source: SOURCE,
    });
    const below = compared(62.5, isoDate("2026-01-30"));
    expect([below.atOrAbove, below.draws[0]?.atOrAbove]).toEqual([0, false]);
  });

  it("several draws: 'draws'; the window runs to the day before asOf; the data's first and last days are said", () => {
    // 2026-08-13: window 2025-08-13..2026-08-12 is covered after 2025 (no "after" note) but reaches
    // into 2025; nine draws, 57 reaches four (56 on 03-06, 57 on 05-07, 55 on 05-29 and 07-08).
    const c = compared(57, isoDate("2026-08-13"));
    expect([c.complete, c.atOrAbove, c.of, reasonOf(c)]).toEqual([
      false,
      4,
      9,
      "A Worker EOI score of 57 was at or above the minimum of 4 of the 9 Accelerated Tech Pathway draws in our data held from 2025-08-13 to 2026-08-12. This is history, not a promise: each draw sets its own minimum score. Draws from 2025-08-13 to 2025-12-31 are not in our data.",
    ]);
    const late = compared(57, isoDate("2026-09-25"));
    expect([late.complete, reasonOf(late).endsWith(". Draws after 2026-09-23 are not in our data.")]).toEqual([
      false,
      true,
    ]);
    // A window that starts on 2026-01-01 exactly has no 2025 note (2027-01-01: from 2026-01-01).
    expect(englishOf(compared(57, isoDate("2027-01-01")).message)).not.toContain("2025");
    expect(englishOf(compared(57, isoDate("2026-12-31")).message)).toContain(
      "Draws from 2025-12-31 to 2025-12-31 are not in our data. Draws after 2026-09-23",
    );
    // A window over the 2024 days: the copy's days may be incomplete, those after its last row are
    // not covered (2024-12-31: window 2023-12-31..2024-12-30, from 2024-09-30 after the Worker EOI).
    const covered = compared(57, isoDate("2024-12-31"));
    expect([covered.complete, covered.notCovered, covered.mayBeIncomplete, covered.of]).toEqual([
      false,
      [{ from: "2024-12-24", to: "2024-12-30" }],
      [{ from: "2024-10-15", to: "2024-12-23" }],
      1,
    ]);
    // A window ending before the copy's first row: complete (no draws before it).
    const early = compared(57, isoDate("2024-10-15"));
    expect([early.complete, early.notCovered, early.mayBeIncomplete, early.of]).toEqual([true, [], [], 0]);
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
    expect(compared(60, isoDate("2026-08-25")).allocation?.updated).toBe("2026-08-12");
    // The page as last updated 2026-08-25 (third-party copy): 619 allocated, 422 issued, 197 left
    // (619 - 422 = 197), 189 to process, assessing to 2026-05-30, 2,102 in the pool.
    const late = compared(60, isoDate("2026-08-26")).allocation;
    expect(late).toStrictEqual({
      year: 2026,
      updated: "2026-08-25",
      allocation: 619,
      issued: 422,
      remaining: 197,
      applicationsToProcess: 189,
      assessingReceivedOnOrBefore: "2026-05-30",
      eoiPool: 2102,
      source: {
        title:
          "Alberta Advantage Immigration Program – Processing information, as parsed by a third party (the page's tables, last updated August 25, 2026)",
        url: "https://github.com/zhizhunbao/pnp-job-tracker/blob/1747e1fcb84d3b1028d89a8b61abf6af60814374/data/raw/pnp/ab-stats.json",
        section:
          "data/raw/pnp/ab-stats.json: the draw, nomination and EOI-pool tables of https://www.alberta.ca/aaip-processing-information as last updated August 25, 2026 (fetched 2026-08-31), Accelerated Tech Pathway rows",
        retrieved: "2026-08-31",
        secondary: true,
      },
    });
    // The draw table fetched 2026-09-26 gives no allocation: the latest stays the 2026-08-25 one.
    expect(compared(60, isoDate("2027-01-01")).allocation?.updated).toBe("2026-08-25");
    expect(atpAllocations()).toHaveLength(3);
  });

  it("2025 is outside every version: covered to 2024-12-23 and from 2026-01-01, each day a window reaches named", () => {
    // No copy of the 2025 draws lists them (only totals), so no version may touch 2025.
    expect(
      drawsJson.versions.filter((v) => v.from <= "2025-12-31" && (v.to === undefined || v.to > "2025-01-01")),
    ).toEqual([]);
    expect(atpDraws().filter((d) => d.date.startsWith("2025-"))).toEqual([]);
    // 2025-01-01: window 2024-01-01..2024-12-31, from the Worker EOI's start: the copy's days
    // (2024-10-15..2024-12-23, the 2024 draw among them) may be incomplete, the days after its last
    // row are not covered.
    const lastOf2024 = compared(59, isoDate("2025-01-01"));
    expect([
      lastOf2024.complete,
      lastOf2024.notCovered,
      lastOf2024.mayBeIncomplete,
      lastOf2024.draws.map((d) => d.date),
    ]).toEqual([
      false,
      [{ from: "2024-12-24", to: "2024-12-31" }],
      [{ from: "2024-10-15", to: "2024-12-23" }],
      ["2024-12-11"],
    ]);
    // 2025-01-02: the window's last day is 2025-01-01, in the same gap as the year's last days.
    const firstOf2025 = compared(59, isoDate("2025-01-02"));
    expect([firstOf2025.complete, firstOf2025.notCovered]).toEqual([false, [{ from: "2024-12-24", to: "2025-01-01" }]]);
    // 2025-12-11: window 2024-12-11..2025-12-10 holds the 2024 draw (minimum 59) and 2025 to 2025-12-10:
    // 59 reaches it, 58 does not, and both say which days may be missing, oldest first.
    const reached = compared(59, isoDate("2025-12-11"));
    expect([reached.atOrAbove, reached.of, reached.notCovered, reached.mayBeIncomplete]).toEqual([
      1,
      1,
      [{ from: "2024-12-24", to: "2025-12-10" }],
      [{ from: "2024-12-11", to: "2024-12-23" }],
    ]);
    expect(reasonOf(compared(58, isoDate("2025-12-11")))).toBe(
      "A Worker EOI score of 58 was below the minimum of the only Accelerated Tech Pathway draw in our data held from 2024-12-11 to 2025-12-10. This is history, not a promise: each draw sets its own minimum score. Our data on the draws from 2024-12-11 to 2024-12-23 comes from a copy that may not list them all. Draws from 2024-12-24 to 2025-12-10 are not in our data.",
    );
    // 2026-01-02: window 2025-01-02..2026-01-01; 2026-01-01 is covered (no draw until 2026-01-29).
    const firstOf2026 = compared(63, isoDate("2026-01-02"));
    expect([firstOf2026.complete, firstOf2026.of, firstOf2026.notCovered]).toEqual([
      false,
      0,
      [{ from: "2025-01-02", to: "2025-12-31" }],
    ]);
  });

  it("no draw in the window: the statement says there is no history, with the gap note when incomplete", () => {
    expect(englishOf(compared(70, isoDate("2026-01-01")).message)).toBe(
      "No Accelerated Tech Pathway draw in our data was held from 2025-01-01 to 2025-12-31, so there is no history to compare a score of 70 with. Draws from 2025-01-01 to 2025-12-31 are not in our data.",
    );
    expect(englishOf(compared(70, isoDate("2028-01-01")).message)).toBe(
      "No Accelerated Tech Pathway draw in our data was held from 2027-01-01 to 2027-12-31, so there is no history to compare a score of 70 with. Draws after 2026-09-23 are not in our data.",
    );
    expect(englishOf(compared(70, isoDate("2024-09-30")).message)).toBe(
      "No Accelerated Tech Pathway draw in our data was held from 2023-09-30 to 2024-09-29, so there is no history to compare a score of 70 with. There were no Worker EOI draws before 2024-09-30, when the Worker EOI began.",
    );
  });

  it("a score that is not finite, or an asOf that is not a date, is an issue naming it; a Date is accepted for asOf", () => {
    expect(atpDrawComparison(Number.POSITIVE_INFINITY, { asOf: EXAMPLE_ASOF })).toStrictEqual({
      ok: false,
      issues: [
        {
          path: "score",
          code: "invalid_value",
          message: {
            id: "input.score-not-finite",
            params: { received: { type: "number", value: Number.POSITIVE_INFINITY } },
          },
        },
      ],
    });
    expect(issuesInEnglish(atpDrawComparison(Number.POSITIVE_INFINITY, { asOf: EXAMPLE_ASOF }))).toStrictEqual({
      ok: false,
      issues: [
        { path: "score", code: "invalid_value", message: "Expected the score as a finite number, got Infinity." },
      ],
    });
    expect(issuesInEnglish(atpDrawComparison(60, { asOf: new Date(Number.NaN) }))).toStrictEqual({
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

  it("a candidate that is not an object is an issue naming it, never read nor left out unsaid", () => {
    for (const [candidate, got] of [
      [null, "null"],
      ["x", '"x"'],
      [[], "a list"],
    ] as const) {
      expect(
        issuesInEnglish(atpDrawComparison(60, { asOf: EXAMPLE_ASOF, candidate: candidate as never })),
        got,
      ).toStrictEqual({
        ok: false,
        issues: [{ path: "candidate", code: "invalid_type", message: `Expected a candidate object, got ${got}.` }],
      });
    }
  });
});

// The file's versions are the periods whose draws are all in the data; the library reads the draws
// and the allocations from them as written (the shape itself is checked in test/data/data-shape.test.ts).
describe("data/alberta/atp-draws.json: each period holds its own draws and allocation", () => {
  const versions = drawsJson.versions;

  it("the periods: from the Worker EOI (2024-09-30) through 2026-09-23, 2024-12-24 to 2025-12-31 not covered", () => {
    expect(versions.map((v) => [v.from, v.to])).toEqual([
      ["2024-09-30", "2024-12-24"],
      ["2026-01-01", "2026-06-17"],
      ["2026-06-17", "2026-08-13"],
      ["2026-08-13", "2026-08-26"],
      ["2026-08-26", "2026-09-24"],
    ]);
  });

  it("every draw is a real day within its period, oldest first, and the periods' draws are atpDraws()", () => {
    for (const v of versions) {
      const dates = v.value.draws.map((d) => d.date);
      expect(dates, v.from).toEqual([...dates].sort());
      for (const day of dates) {
        expect(describeIsoDateProblem(day), day).toBeUndefined();
        expect(day >= v.from && day < v.to, day).toBe(true);
      }
    }
    expect(atpDraws().map((d) => d.date)).toEqual(versions.flatMap((v) => v.value.draws.map((d) => d.date)));
    for (const d of atpDraws()) {
      for (const p of d.parameters ?? []) {
        if ("onOrAfter" in p) expect(describeIsoDateProblem(p.onOrAfter), p.text).toBeUndefined();
      }
    }
  });

  it("an allocation is the page as last updated on its period's last day, with real days", () => {
    const allocations = versions.flatMap((v) => ("allocation" in v.value ? [{ v, a: v.value.allocation }] : []));
    expect(allocations.map(({ a }) => a.updated)).toEqual(["2026-06-16", "2026-08-12", "2026-08-25"]);
    for (const { v, a } of allocations) {
      expect(a.updated < v.to && a.updated >= v.from).toBe(true);
      expect(describeIsoDateProblem(a.assessingReceivedOnOrBefore)).toBeUndefined();
    }
    expect(atpAllocations().map((a) => a.source.url)).toEqual(allocations.map(({ v }) => v.source.url));
  });
});

// The draw comparison's explanations as data (ids and parameters) and their text in both languages.
describe("atp-draws: messages, in English and in French", () => {
  it("every published parameter's message renders, in English, the AAIP's words held in the data", () => {
    const parameters = atpDraws().flatMap((d) => d.parameters ?? []);
    expect(parameters).toHaveLength(9);
    for (const p of parameters) expect(reasonOf(p), p.kind).toBe(p.text);
    expect(parameters.map((p) => p.message.params)).toEqual([
      { onOrAfter: "2025-02-28" },
      { minimumClb: 5 },
      {},
      { minimum: 300 },
      { onOrAfter: "2025-08-31" },
      { minimumMonths: 12 },
      {},
      {},
      {},
    ]);
  });

  it("a draw without parameters says the page's words (data/alberta/atp-draws.json) and, in French, PIAA", () => {
    const c = atpDrawComparison(60, { asOf: isoDate("2026-06-01"), candidate: parse(exampleCandidate()) });
    if (!c.ok) throw new Error("expected a comparison");
    const selection = c.draws[0]?.selection;
    if (selection === undefined) throw new Error("expected a selection");
    expect(selection.message).toStrictEqual({ id: "draw.selection.not-published", params: {} });
    expect(reasonOf(selection)).toBe(drawsJson.parametersNotPublished);
    expect(frenchOf(selection)).toMatch(/^Le PIAA n’a pas publié les paramètres de sélection de cette ronde/);
    expect(c.selectionMessage).toStrictEqual({ id: "draw.selection-summary.none-published", params: { draws: 6 } });
    expect(frenchOf({ message: c.selectionMessage ?? c.message })).toBe(
      "Le PIAA n’a pas publié les paramètres de sélection de ces 6 rondes : ils ne peuvent pas être vérifiés.",
    );
  });

  it("the summary of one draw with published parameters calls it 'it', met, kept out or undecided", () => {
    const one = (met: number, keptOut: number, undecided: number) =>
      message("draw.selection-summary", {
        published: 1,
        met,
        keptOut: keptOut === 0 ? [] : [{ date: isoDate("2024-12-11"), parameters: [text("CLB 5")] }],
        undecided,
        unpublished: 2,
        asOf: isoDate("2025-06-01"),
      });
    const texts = [one(1, 0, 0), one(0, 1, 0), one(0, 0, 1)].map((m) => [
      reasonOf({ message: m }),
      frenchOf({ message: m }),
    ]);
    const start = "Of the one draw with published selection parameters, your answers as they stand on 2025-06-01";
    const others = " The parameters of the other 2 draws were not published.";
    const debut =
      "Sur la seule ronde dont les paramètres de sélection ont été publiés, vos réponses telles qu’elles sont au 2025-06-01";
    const autres = " Les paramètres des 2 autres rondes n’ont pas été publiés.";
    expect(texts).toEqual([
      [`${start} meet every parameter of it.${others}`, `${debut} en remplissent tous les paramètres.${autres}`],
      [
        `${start} would have kept you out of it (2024-12-11: CLB 5).${others}`,
        `${debut} vous en auraient écarté (2024-12-11 : CLB 5).${autres}`,
      ],
      [
        `${start} leave it undecided until more is answered.${others}`,
        `${debut} la laissent indécise tant qu’il manque des réponses.${autres}`,
      ],
    ]);
  });

  it("kept out: the checks, the draw's outcome and the summary, as ids and parameters", () => {
    let input = withValue(candidate(), "status.workPermitValidUntil", "2025-01-31");
    input = withValue(input, "jobOffer.hoursPerWeek", 20);
    const kept = draw(input);
    const permit = { id: "draw.check.work-permit.before", params: { until: "2025-01-31", onOrAfter: "2025-02-28" } };
    const hours = { id: "draw.check.offer.not-full-time", params: { hours: 20, minimum: 30 } };
    expect(kept.selection?.keptOutBy.map((k) => k.message)).toStrictEqual([permit, hours]);
    const permitParameter = { id: "draw.parameter.work-permit-expiry", params: { onOrAfter: "2025-02-28" } };
    const offerParameter = { id: "draw.parameter.full-time-offer", params: {} };
    expect(kept.selection?.message).toStrictEqual({
      id: "draw.selection.kept-out",
      params: {
        of: 9,
        keptOutBy: [
          { parameter: permitParameter, reason: permit },
          { parameter: offerParameter, reason: hours },
        ],
      },
    });
    const c = atpDrawComparison(60, { asOf: ASOF, candidate: parse(input) });
    if (!c.ok) throw new Error("expected a comparison");
    expect(c.selectionMessage).toStrictEqual({
      id: "draw.selection-summary",
      params: {
        published: 1,
        met: 0,
        keptOut: [{ date: "2024-12-11", parameters: [permitParameter, offerParameter] }],
        undecided: 0,
        unpublished: 0,
        asOf: ASOF,
      },
    });
    if (kept.selection === undefined) throw new Error("expected a selection");
    expect(frenchOf(kept.selection)).toBe(
      "Écarté par 2 des 9 paramètres publiés : Date d’expiration du permis de travail le 2025-02-28 ou plus tard (Votre permis de travail expire le 2025-01-31, avant le 2025-02-28.) ; Offre d’emploi à temps plein en Alberta (20 heures par semaine, ce n’est pas à temps plein (30 ou plus).).",
    );
  });

  it("the checks that pass, with their values: CRS, language levels, months of work", () => {
    const d = draw(candidate());
    const byKind = (kind: AtpDrawParameter["kind"]) => d.selection?.checks.find((c) => c.parameter.kind === kind);
    // CRS on 2025-12-01 without nomination, single: age 99, bachelor's 120, first language CLB
    // 9/8/10/9 = 31 + 23 + 34 + 31 = 119, two years in Canada 53 (core 391); transferability
    // education 13 + 25 = 38, foreign work 25 + 50 capped at 50 (88); total 391 + 88 = 479.
    expect(byKind("crs")?.message).toStrictEqual({
      id: "draw.check.crs.met",
      params: { total: 479, minimum: 300 },
    });
    expect(byKind("language")?.message).toStrictEqual({
      id: "draw.check.language.met",
      params: {
        result: { scale: "CLB", levels: { reading: 9, writing: 8, listening: 10, speaking: 9 } },
        minimum: 5,
      },
    });
    const language = byKind("language");
    if (language === undefined) throw new Error("no language check");
    expect(reasonOf(language)).toBe(
      "CLB reading 9, writing 8, listening 10, speaking 9: 5 or higher in every ability.",
    );
    expect(frenchOf(language)).toBe(
      "NCLC en anglais (compréhension de l’écrit 9, expression écrite 8, compréhension de l’oral 10, expression orale 9) : 5 ou plus dans chaque compétence.",
    );
    expect(d.selection?.message).toStrictEqual({ id: "draw.selection.met", params: { of: 9 } });
  });

  it("an unanswered parameter names what is missing", () => {
    const open = check(without(candidate(), "status.workPermitValidUntil"), "work-permit-expiry");
    expect(open.message).toStrictEqual({ id: "draw.check.not-answered", params: { answer: "work-permit-expiry" } });
    expect(reasonOf(open)).toBe("Not answered: the day your work permit expires.");
    expect(frenchOf(open)).toBe("Sans réponse : la date d’expiration de votre permis de travail.");
  });

  it("the comparison: score, counts, window and the gap in the data; in French, the same dates", () => {
    const c = atpDrawComparison(57, { asOf: isoDate("2026-06-01") });
    if (!c.ok) throw new Error("expected a comparison");
    expect(c.message).toStrictEqual({
      id: "draw.comparison",
      params: {
        score: 57,
        atOrAbove: 3,
        of: 6,
        from: "2025-06-01",
        to: "2026-05-31",
        gaps: [{ id: "draw.gap.period", params: { from: "2025-06-01", to: "2025-12-31" } }],
      },
    });
    expect(frenchOf(c)).toBe(
      "Une note de Worker EOI de 57 atteignait ou dépassait le minimum de 3 des 6 rondes de l’Accelerated Tech Pathway de nos données tenues du 2025-06-01 au 2026-05-31. C’est un historique, pas une promesse : chaque ronde fixe sa propre note minimale. Les rondes du 2025-06-01 au 2025-12-31 ne sont pas dans nos données.",
    );
    const none = atpDrawComparison(70, { asOf: isoDate("2024-09-30") });
    if (!none.ok) throw new Error("expected a comparison");
    expect(none.message).toStrictEqual({
      id: "draw.comparison.no-draw",
      params: {
        score: 70,
        from: "2023-09-30",
        to: "2024-09-29",
        gaps: [{ id: "draw.gap.before-worker-eoi", params: { knownFrom: "2024-09-30" } }],
      },
    });
  });
});
