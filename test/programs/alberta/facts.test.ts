// Tests of src/programs/alberta/facts.ts: the jobs checked as cases, and the derived facts.
import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/iso-date.js";
import { type Message, message } from "../../../src/core/message.js";
import type { Candidate } from "../../../src/models/candidate.js";
import { deriveAlbertaFacts, qualifyingJobCases } from "../../../src/programs/alberta/index.js";
import { EXPRESS_ENTRY_RULES } from "../../../src/programs/federal/index.js";
import { ASOF, emptyFacts, exampleCandidate, parse } from "../../fixtures/alberta/builders.js";
import { reasonOf } from "../../fixtures/messages.js";

/** A case label or reason in English. */
const english = (m: Message | string | undefined): string | undefined =>
  m === undefined || typeof m === "string" ? m : reasonOf({ message: m });

describe("facts: the jobs checked as cases, and the derived facts", () => {
  const casesOf = (candidate: Candidate, asOf = ASOF) => qualifyingJobCases({ ...emptyFacts(), candidate, asOf });
  // On ASOF (from 2024-12-11) only a job offer counts; until 2024-12-10 a current job could too.
  const NONE =
    "There is no job offer: from 2024-12-11 the pathway needs a job offer for full-time employment with an Alberta tech employer.";
  const NONE_EARLIER =
    "There is no job offer and no current job in Alberta: the pathway needs one or the other with an Alberta tech employer.";
  const NONE_MESSAGE = message("atp.cases.none", { offerFrom: isoDate("2024-12-11") });
  const employerOf = { name: "E", albertaBased: true, techIndustry: true };
  const work = (over: Record<string, unknown>) =>
    ({ noc: "21231", country: "CA", from: isoDate("2025-01-01"), hoursPerWeek: 40, ...over }) as never;

  it("unanswered offer and history: both named, 'they'; one of them: 'it'; answered none: no unanswered part", () => {
    // Until 2024-08-12 a current job counts as well as an offer: both are asked.
    const early = isoDate("2024-06-01");
    // The profile is left out too: an offer would have to match it, so it is asked as well.
    const both = casesOf({}, early);
    expect(both).toStrictEqual({
      cases: [],
      unanswered: {
        reason: message("atp.cases.unanswered", { missing: ["jobOffer", "expressEntryProfile", "workHistory"] }),
        missing: ["jobOffer", "expressEntryProfile", "workHistory"],
      },
      none: message("atp.cases.none", {}),
    });
    expect(english(both.unanswered?.reason)).toBe(
      "Not answered: jobOffer, expressEntryProfile and workHistory; they may hold a qualifying Alberta job.",
    );
    expect(english(both.none)).toBe(NONE_EARLIER);
    const one = casesOf({ jobOffer: null }, early).unanswered;
    expect(one).toStrictEqual({
      reason: message("atp.cases.unanswered", { missing: ["workHistory"] }),
      missing: ["workHistory"],
    });
    expect(english(one?.reason)).toBe("Not answered: workHistory; it may hold a qualifying Alberta job.");
    expect(casesOf({ workHistory: [] }).unanswered?.missing).toEqual(["jobOffer", "expressEntryProfile"]);
    // From 2024-12-11 only an offer counts: an unanswered history asks nothing.
    expect(casesOf({}).unanswered?.missing).toEqual(["jobOffer", "expressEntryProfile"]);
    expect(casesOf({ jobOffer: null })).toStrictEqual({ cases: [], none: NONE_MESSAGE });
    expect(casesOf({ jobOffer: null, workHistory: [] })).toStrictEqual({ cases: [], none: NONE_MESSAGE });
    expect(english(casesOf({ jobOffer: null, workHistory: [] }, isoDate("2024-12-11")).none)).toBe(NONE);
    expect(casesOf({ jobOffer: null, workHistory: [] }, isoDate("2024-12-10")).none).toStrictEqual(
      message("atp.cases.none", {}),
    );
    expect(english(casesOf({ jobOffer: null, workHistory: [] }, isoDate("2024-12-10")).none)).toBe(NONE_EARLIER);
    expect(english(casesOf({ jobOffer: null, workHistory: [] }, isoDate("2024-06-11")).none)).toBe(NONE_EARLIER);
  });

  it("an unanswered offer is asked only if some offer could match the profile and be on the list", () => {
    const profile = (primaryOccupation?: string) => ({
      expressEntryProfile: {
        submittedOn: isoDate("2026-01-15"),
        ...(primaryOccupation === undefined ? {} : { primaryOccupation }),
      },
      workHistory: [],
    });
    expect(casesOf(profile("21231")).unanswered?.missing).toEqual(["jobOffer"]);
    expect(casesOf(profile()).unanswered?.missing).toEqual(["jobOffer", "expressEntryProfile.primaryOccupation"]);
    // Financial managers (00012 is listed; 11100, financial auditors and accountants, is not).
    expect(casesOf(profile("11100")).unanswered).toBeUndefined();
    // A NOC 2016 profile code after 2022-11-16 matches no job; no profile matches none either.
    expect(casesOf(profile("2173")).unanswered).toBeUndefined();
    expect(casesOf({ expressEntryProfile: null, workHistory: [] }).unanswered).toBeUndefined();
    // 13110 (administrative officers) is off the list, though 0112, one of its predecessors, has a
    // listed successor: an offer matches a NOC 2021 profile only by the profile's own code.
    expect(casesOf(profile("13110")).unanswered).toBeUndefined();
    // Before 2022-11-16 the NOC 2016 code of the launch list is asked for.
    expect(casesOf(profile("2173"), isoDate("2022-06-01")).unanswered?.missing).toEqual(["jobOffer"]);
    // Before 2022-11-16 a NOC 2021 profile code says nothing certain of the code the profile held
    // then (94121's predecessors are off the launch list, but the profile may have held another
    // code): the offer is still asked for, as atp.job.matches-profile leaves the profile open.
    expect(casesOf(profile("94121"), isoDate("2021-12-01")).unanswered?.missing).toEqual(["jobOffer"]);
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
    expect(full.cases.map((c) => [c.id, english(c.label), c.facts.job])).toStrictEqual([
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
      none: message("atp.cases.offer-later", {
        offeredOn: isoDate("2026-11-26"),
        asOf: ASOF,
        offerFrom: isoDate("2024-12-11"),
      }),
    });
    expect(english(later.none)).toBe(
      "The job offer is dated 2026-11-26, after 2026-11-25, so on 2026-11-25 it did not exist: from 2024-12-11 the pathway needs a job offer for full-time employment with an Alberta tech employer.",
    );
    const laterThen = casesOf(
      { jobOffer: { ...offer, offeredOn: isoDate("2024-03-02") }, workHistory: [] },
      isoDate("2024-03-01"),
    );
    expect(english(laterThen.none)).toBe(
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
    expect(r.cases.map((c) => [c.id, english(c.label), c.facts.job])).toStrictEqual([
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
