// scoreAlbertaWorkerEoi: every row of the 2025-08-07 grid, the "one of" rules, whole candidates with
// their arithmetic, the dated edges and properties over random candidates; atpDrawComparison.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import gridJson from "../data/alberta/worker-eoi-grid.json" with { type: "json" };
import {
  type AtpDrawComparison,
  atpDrawComparison,
  atpDraws,
  type Candidate,
  calculateCrs,
  type IsoDate,
  isoDate,
  parseCandidate,
  scoreAlbertaWorkerEoi,
  toClb,
  type WorkerEoiLineId,
  type WorkerEoiScore,
} from "../src/index.js";
import { candidateArb, dayBetween } from "./fixtures/arbitraries/candidate.js";

const ASOF = "2026-06-01";

/** A candidate as JSON, before parsing. */
type Input = Record<string, unknown>;

function parse(input: Input): Candidate {
  const parsed = parseCandidate(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

function score(input: Input, asOf = ASOF): WorkerEoiScore {
  const result = scoreAlbertaWorkerEoi(parse(input), { asOf: isoDate(asOf) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result;
}

function line(input: Input, id: WorkerEoiLineId, asOf = ASOF) {
  const found = score(input, asOf).lines.find((l) => l.id === id);
  if (found === undefined) throw new Error(`no line ${id}`);
  return found;
}

const points = (input: Input, id: WorkerEoiLineId): number => line(input, id).points;

/** The grid's wording of each option, by factor and option id, as data/alberta/worker-eoi-grid.json types it. */
const OPTION_LABELS = new Map(
  gridJson.versions[1]?.value?.factors.map((f) => [f.id, new Map(f.options.map((o) => [o.id, o.label]))]) ?? [],
);

/** atpDrawComparison of a valid score and day: the comparison. */
function compared(scoreValue: number, asOf: string | Date): AtpDrawComparison {
  const r = atpDrawComparison(scoreValue, { asOf: typeof asOf === "string" ? isoDate(asOf) : asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

/**
 * Every field answered "none": nothing missing, and 3 points, those of the grid's lowest work
 * option "Less than 6 months", read as written (it includes no work at all).
 */
const NONE: Input = {
  dateOfBirth: "2010-01-01",
  education: [],
  certificateOfQualification: null,
  languageTests: [],
  workHistory: [],
  familyInAlberta: false,
  extendedFamilyInAlberta: false,
  jobOffer: null,
};

const celpip = (level: number, testedOn = "2026-01-10") => ({
  test: "celpip-general" as const,
  testedOn,
  scores: { reading: level, writing: level, listening: level, speaking: level },
});

/** A TEF Canada result at exactly NCLC `level` in each ability (the lowest score of that band). */
function tef(level: number, testedOn = "2026-01-10") {
  const scoreFor = (ability: "reading" | "writing" | "listening" | "speaking"): number => {
    for (let s = 0; s <= 699; s++) {
      const scores = { reading: 0, writing: 0, listening: 0, speaking: 0, [ability]: s };
      const r = toClb({ test: "tef-canada", testedOn: isoDate(testedOn), scores }, { asOf: isoDate(ASOF) });
      if (r.ok && r.levels[ability] === level) return s;
    }
    throw new Error(`no TEF score for NCLC ${level}`);
  };
  return {
    test: "tef-canada" as const,
    testedOn,
    scores: {
      reading: scoreFor("reading"),
      writing: scoreFor("writing"),
      listening: scoreFor("listening"),
      speaking: scoreFor("speaking"),
    },
  };
}

/** A paid job (authorised, when in Canada): the FAQ's other conditions on work answered favourably. */
const job = (country: string, from: string, to: string, hoursPerWeek = 40, province?: string) => ({
  noc: "21231",
  country,
  ...(province === undefined ? {} : { province }),
  from,
  to,
  hoursPerWeek,
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

const with_ = (extra: Input): Input => ({ ...NONE, ...extra });

describe("the grid, row by row (2025-08-07)", () => {
  it("the empty candidate: 0 certain, 100 reachable, every top-level answer missing", () => {
    const r = score({});
    expect([r.total, r.maximumReachable]).toEqual([0, 100]);
    expect(r.missing).toEqual([
      "education",
      "languageTests",
      "workHistory",
      "dateOfBirth",
      "familyInAlberta",
      "extendedFamilyInAlberta",
      "workerEoiSubmittedOn",
      "jobOffer",
    ]);
    expect(r.lines.map((l) => l.maximum)).toEqual([12, 10, 10, 3, 11, 10, 5, 8, 10, 6, 5, 10]);
    expect(r.lines.filter((l) => l.group === "I").reduce((s, l) => s + l.maximum, 0)).toBe(69);
    expect(r.lines.filter((l) => l.group === "II").reduce((s, l) => s + l.maximum, 0)).toBe(31);
  });

  it("answered none: 3 certain and 3 reachable (no work is less than 6 months), nothing missing", () => {
    const r = score(NONE);
    expect([r.total, r.maximumReachable, r.missing]).toEqual([3, 3, []]);
    expect(line(NONE, "work-experience").option).toBe("under-6-months");
  });

  it.each([
    ["doctoral", 12],
    ["masters", 10],
    ["professional-degree", 10],
    ["bachelors", 7],
    ["three-year-or-longer", 4],
    ["two-year", 4],
    ["one-year", 4],
    ["secondary", 0],
  ] as const)("education: %s → %i", (level, expected) => {
    expect(points(with_({ education: [{ level, inCanada: false }] }), "education")).toBe(expected);
  });

  it("education: a certificate of qualification is a trades certificate (7); the highest credential counts", () => {
    const coq = { trade: "72200", province: "AB", issuedOn: "2020-01-01" };
    expect(points(with_({ certificateOfQualification: coq }), "education")).toBe(7);
    // Issued after asOf (2026-06-01): not held yet.
    const later = { ...coq, issuedOn: "2026-06-02" };
    expect(points(with_({ certificateOfQualification: later }), "education")).toBe(0);
    expect(points(with_({ certificateOfQualification: { ...coq, issuedOn: ASOF } }), "education")).toBe(7);
    expect(
      points(
        with_({ certificateOfQualification: coq, education: [{ level: "masters", inCanada: false }] }),
        "education",
      ),
    ).toBe(10);
    const open = line(
      with_({ certificateOfQualification: undefined as never, education: [{ level: "one-year", inCanada: false }] }),
      "education",
    );
    expect([open.points, open.maximumReachable, open.missing]).toEqual([4, 7, ["certificateOfQualification"]]);
  });

  it("location of the highest education: Alberta 10, elsewhere in Canada 6, abroad 0, province unknown 6..10", () => {
    const loc = (edu: Input[]) => line(with_({ education: edu }), "education-location");
    expect(
      loc([{ level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "AB" }]).points,
    ).toBe(10);
    expect(
      loc([{ level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "ON" }]).points,
    ).toBe(6);
    expect(loc([{ level: "bachelors", inCanada: false }]).points).toBe(0);
    const open = loc([{ level: "bachelors", inCanada: true, designatedLearningInstitution: true }]);
    expect([open.points, open.maximumReachable, open.missing]).toEqual([6, 10, ["education[0].province"]]);
    // Only the highest credential counts: an Alberta diploma under a foreign master's gives nothing.
    expect(
      loc([
        { level: "masters", inCanada: false },
        { level: "one-year", inCanada: true, designatedLearningInstitution: true, province: "AB" },
      ]).points,
    ).toBe(0);
  });

  it("location: that of the credential that earned the education points, the certificate of qualification included", () => {
    const coq = (province: string, issuedOn = "2020-01-01") => ({ trade: "72200", province, issuedOn });
    const albertaDiploma = { level: "one-year", inCanada: true, designatedLearningInstitution: true, province: "AB" };
    const loc = (certificateOfQualification: unknown, education: Input[]) => {
      const r = score(with_({ certificateOfQualification, education }));
      const [edu, where] = [r.lines[0], r.lines[1]];
      return [edu?.points, edu?.option, where?.points, where?.option, where?.maximumReachable, where?.missing];
    };
    // A certificate from British Columbia (trades, 7) above an Alberta one-year diploma (4): the
    // certificate is the highest education, earned outside Alberta: 6, not the diploma's 10.
    expect(loc(coq("BC"), [albertaDiploma])).toEqual([7, "trades", 6, "other-province", 6, []]);
    // An Alberta certificate above a diploma earned abroad: 10, not the diploma's 0.
    expect(loc(coq("AB"), [{ level: "one-year", inCanada: false }])).toEqual([7, "trades", 10, "alberta", 10, []]);
    expect(loc(coq("ON"), [])).toEqual([7, "trades", 6, "other-province", 6, []]);
    // A tie (bachelor's 7, trades 7): the bachelor's is the one scored, so its location counts.
    expect(loc(coq("AB"), [{ level: "bachelors", inCanada: false }])).toEqual([7, "bachelors", 0, "none", 0, []]);
    // A master's (10) above the certificate: the master's location.
    expect(
      loc(coq("AB"), [{ level: "masters", inCanada: true, designatedLearningInstitution: true, province: "ON" }]),
    ).toEqual([10, "masters", 6, "other-province", 6, []]);
    // A certificate issued after asOf is not held: the Alberta diploma is the highest.
    expect(loc(coq("BC", "2026-06-02"), [albertaDiploma])).toEqual([4, "diploma", 10, "alberta", 10, []]);
    // Not answered: a certificate would be the highest credential, issued in Alberta (10) or
    // elsewhere (6), so only 6 is certain; nothing to ask when education outranks a certificate.
    expect(loc(undefined, [albertaDiploma])).toEqual([
      4,
      "diploma",
      6,
      "other-province",
      10,
      ["certificateOfQualification"],
    ]);
    expect(loc(undefined, [{ level: "two-year", inCanada: false }]).slice(2)).toEqual([
      0,
      "none",
      10,
      ["certificateOfQualification"],
    ]);
    expect(
      loc(undefined, [
        { level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "AB" },
      ]).slice(2),
    ).toEqual([10, "alberta", 10, []]);
  });

  it("scoreAlbertaWorkerEoi's TSDoc example: 8 certain, 38 reachable (an unanswered certificate could be Alberta's)", () => {
    const r = scoreAlbertaWorkerEoi(
      {
        dateOfBirth: isoDate("1995-01-01"),
        familyInAlberta: false,
        extendedFamilyInAlberta: false,
        jobOffer: null,
        education: [],
        workHistory: [],
      },
      { asOf: isoDate("2026-06-01") },
    );
    expect(r.ok ? [r.total, r.maximumReachable, r.missing] : r.issues).toEqual([
      8,
      38,
      ["certificateOfQualification", "languageTests"],
    ]);
  });

  it("a credential completed after asOf is not held yet: neither its level nor its location counts", () => {
    // asOf 2026-06-01. An Alberta doctorate due in 2027 under a bachelor's done in Ontario: the
    // bachelor's is the highest held (7), done elsewhere in Canada (6).
    const edu = [
      {
        level: "doctoral",
        inCanada: true,
        designatedLearningInstitution: true,
        province: "AB",
        completedOn: "2027-05-01",
      },
      {
        level: "bachelors",
        inCanada: true,
        designatedLearningInstitution: true,
        province: "ON",
        completedOn: "2020-05-01",
      },
    ];
    expect(points(with_({ education: edu }), "education")).toBe(7);
    expect(points(with_({ education: edu }), "education-location")).toBe(6);
    const onlyFuture = with_({ education: [edu[0]] });
    expect([points(onlyFuture, "education"), points(onlyFuture, "education-location")]).toEqual([0, 0]);
    // Completed on asOf itself: held.
    const today = with_({ education: [{ ...edu[0], completedOn: ASOF }] });
    expect([points(today, "education"), points(today, "education-location")]).toEqual([12, 10]);
  });

  it.each([
    [10, 10],
    [6, 10],
    [5, 8],
    [4, 5],
    [3, 0],
  ])("language, English column: CLB %i → %i", (clb, expected) => {
    expect(points(with_({ languageTests: [celpip(clb)] }), "language")).toBe(expected);
  });

  it.each([
    [7, 8],
    [6, 8],
    [5, 5],
    [4, 3],
  ])("language, French column (secondary source): NCLC %i → %i", (nclc, expected) => {
    const l = line(with_({ languageTests: [tef(nclc)] }), "language");
    expect(l.points).toBe(expected);
    if (expected > 0) expect(l.source.secondary).toBe(true);
  });

  it("language: the lowest ability is the level the grid reads", () => {
    const test = { ...celpip(9), scores: { reading: 9, writing: 9, listening: 9, speaking: 5 } };
    expect(points(with_({ languageTests: [test] }), "language")).toBe(8);
  });

  it("language: an expired test does not count", () => {
    expect(points(with_({ languageTests: [celpip(9, "2023-01-10")] }), "language")).toBe(0);
  });

  it("bilingual bonus: CLB 4+ and NCLC 4+ → 3; one of them below 4 → 0", () => {
    expect(points(with_({ languageTests: [celpip(4), tef(4)] }), "language-bilingual")).toBe(3);
    expect(points(with_({ languageTests: [celpip(3), tef(9)] }), "language-bilingual")).toBe(0);
    expect(points(with_({ languageTests: [celpip(9)] }), "language-bilingual")).toBe(0);
  });

  it.each([
    ["2025-06-01", "2026-05-31", 40, 11], // 12 months
    ["2025-12-01", "2026-05-31", 40, 7], // 6 months
    ["2025-07-01", "2026-05-31", 40, 7], // 11 months
    ["2026-01-01", "2026-05-31", 40, 3], // 5 months
    ["2025-06-01", "2026-05-31", 29, 3], // part time (under 30 h): the FAQ counts only full-time work
    ["2025-06-01", "2026-05-31", 30, 11], // 30 h a week is full time
  ] as const)("total work experience %s..%s at %i h/week → %i", (from, to, hours, expected) => {
    expect(points(with_({ workHistory: [job("IN", from, to, hours)] }), "work-experience")).toBe(expected);
  });

  it("total work experience: none is less than 6 months → 3; work on or after asOf does not count", () => {
    expect(points(NONE, "work-experience")).toBe(3);
    // Seven months from asOf on: none of it is before asOf, so still less than 6 months.
    expect(points(with_({ workHistory: [job("IN", ASOF, "2027-01-01")] }), "work-experience")).toBe(3);
    expect(points(with_({ workHistory: [job("IN", "2025-12-01", "2026-05-31")] }), "work-experience")).toBe(7);
  });

  it("work experience in Canada: 6+ months in Alberta 10, elsewhere 6, less 0, province unknown", () => {
    const loc = (history: Input[]) => line(with_({ workHistory: history }), "work-experience-location");
    expect(loc([job("CA", "2025-12-01", "2026-05-31", 40, "AB")]).points).toBe(10);
    expect(loc([job("CA", "2025-12-01", "2026-05-31", 40, "BC")]).points).toBe(6);
    expect(loc([job("CA", "2026-01-01", "2026-05-31", 40, "AB")]).points).toBe(0);
    expect(loc([job("US", "2020-01-01", "2026-05-31")]).points).toBe(0);
    // Six months in Canada, province not given: in Alberta (10) or elsewhere (6), so 6 is certain.
    const open = loc([job("CA", "2025-12-01", "2026-05-31")]);
    expect([open.points, open.maximumReachable, open.missing]).toEqual([6, 10, ["workHistory[0].province"]]);
    expect(open.option).toBe("other-province");
    // Three months in Alberta + three months somewhere in Canada: Alberta 6 months (10) or neither
    // place 6 months (0): nothing is certain.
    const halfOpen = loc([job("CA", "2025-09-01", "2025-11-30", 40, "AB"), job("CA", "2026-03-01", "2026-05-31")]);
    expect([halfOpen.points, halfOpen.maximumReachable]).toEqual([0, 10]);
    // Three months in Alberta, three in BC, three somewhere: wherever it was, one place reaches 6
    // months; the fewest points are BC's 6.
    const three = loc([
      job("CA", "2025-06-01", "2025-08-31", 40, "AB"),
      job("CA", "2025-09-01", "2025-11-30", 40, "BC"),
      job("CA", "2026-03-01", "2026-05-31"),
    ]);
    expect([three.points, three.maximumReachable, three.missing]).toEqual([6, 10, ["workHistory[2].province"]]);
    // Known months elsewhere make 6 certain; the unknown job could still make it Alberta.
    const mixed = loc([job("CA", "2024-01-01", "2024-12-31", 40, "ON"), job("CA", "2025-12-01", "2026-05-31")]);
    expect([mixed.points, mixed.maximumReachable]).toEqual([6, 10]);
  });

  it.each([
    ["2009-06-02", 0], // 16
    ["2008-06-01", 3], // 18
    ["2005-06-02", 3], // 20
    ["2005-06-01", 5], // 21
    ["1991-06-02", 5], // 34
    ["1991-06-01", 4], // 35
    ["1976-06-02", 4], // 49
    ["1976-06-01", 3], // 50
    ["1950-01-01", 3], // 76
  ])("age: born %s → %i on 2026-06-01", (dateOfBirth, expected) => {
    expect(points(with_({ dateOfBirth }), "age")).toBe(expected);
  });

  it("family in Alberta: true 8, false 0, left out 0..8", () => {
    expect(points(with_({ familyInAlberta: true }), "family-in-alberta")).toBe(8);
    expect(points(NONE, "family-in-alberta")).toBe(0);
    const open = line({ ...NONE, familyInAlberta: undefined as never }, "family-in-alberta");
    expect([open.points, open.maximumReachable, open.missing]).toEqual([0, 8, ["familyInAlberta"]]);
  });

  it("job offer: permanent, full time (30 h+) and in Alberta → 10; otherwise 0; unanswered 0..10", () => {
    expect(points(with_({ jobOffer: offer() }), "job-offer")).toBe(10);
    expect(points(with_({ jobOffer: offer({ hoursPerWeek: 30 }) }), "job-offer")).toBe(10);
    expect(points(with_({ jobOffer: offer({ hoursPerWeek: 29 }) }), "job-offer")).toBe(0);
    expect(points(with_({ jobOffer: offer({ permanent: false }) }), "job-offer")).toBe(0);
    expect(points(with_({ jobOffer: offer({ province: "BC" }) }), "job-offer")).toBe(0);
    const open = line(with_({ jobOffer: { noc: "21231", province: "AB" } }), "job-offer");
    expect([open.points, open.maximumReachable, open.missing]).toEqual([
      0,
      10,
      ["jobOffer.permanent", "jobOffer.hoursPerWeek", "jobOffer.seasonal", "jobOffer.combinationOfOccupations"],
    ]);
  });

  it.each(["rural-renewal", "tourism-hospitality", "law-enforcement"] as const)(
    "sector endorsement: %s → 6",
    (sectorEndorsement) => {
      expect(points(with_({ jobOffer: offer({ sectorEndorsement }) }), "sector-endorsement")).toBe(6);
    },
  );

  it("sector endorsement: none → 0; unanswered 0..6; an offer outside Alberta → 0", () => {
    expect(points(with_({ jobOffer: offer() }), "sector-endorsement")).toBe(0);
    const open = line(with_({ jobOffer: { noc: "21231", province: "AB" } }), "sector-endorsement");
    expect([open.points, open.maximumReachable]).toEqual([0, 6]);
    expect(
      points(with_({ jobOffer: offer({ province: "BC", sectorEndorsement: "rural-renewal" }) }), "sector-endorsement"),
    ).toBe(0);
  });

  it.each([
    ["rural-renewal-designated", 5],
    ["other", 5],
    ["calgary-cma", 0],
    ["edmonton-cma", 0],
  ] as const)("offer location: %s → %i", (community, expected) => {
    expect(points(with_({ jobOffer: offer({ community }) }), "offer-location")).toBe(expected);
  });

  it("regulated occupation with an Alberta licence: true 10, false 0", () => {
    expect(
      points(with_({ jobOffer: offer({ regulatedOccupationAlbertaLicence: true }) }), "regulated-occupation"),
    ).toBe(10);
    expect(points(with_({ jobOffer: offer() }), "regulated-occupation")).toBe(0);
  });
});

describe('"one of" rules: the single best counts, never a sum', () => {
  it("language: English CLB 9 (10) and French NCLC 9 (8) → 10 from the English column, plus the bonus", () => {
    const r = score(with_({ languageTests: [celpip(9), tef(9)] }));
    const l = r.lines.find((x) => x.id === "language");
    expect([l?.points, l?.option, l?.source.secondary]).toEqual([10, "english-clb-6", undefined]);
    // 10 + bilingual 3 + no work, less than 6 months, 3.
    expect(r.total).toBe(16);
  });

  it("language: English CLB 4 (5) and French NCLC 6 (8) → 8 from the French column", () => {
    const l = line(with_({ languageTests: [celpip(4), tef(6)] }), "language");
    expect([l.points, l.option, l.source.secondary]).toEqual([8, "french-nclc-6", true]);
  });

  it("work in Canada: 6+ months in Alberta and 6+ elsewhere → 10, not 16", () => {
    const history = [job("CA", "2024-01-01", "2024-12-31", 40, "ON"), job("CA", "2025-01-01", "2025-12-31", 40, "AB")];
    expect(points(with_({ workHistory: history }), "work-experience-location")).toBe(10);
  });

  it("offer location: rural (5) and other (5) are alternatives; the model holds one, worth 5 at most", () => {
    const l = line(
      with_({ jobOffer: offer({ community: "rural-renewal-designated", sectorEndorsement: "rural-renewal" }) }),
      "offer-location",
    );
    expect([l.points, l.maximum]).toEqual([5, 5]);
  });

  it("sector endorsement: whichever endorsement, 6 at most", () => {
    for (const sectorEndorsement of ["rural-renewal", "tourism-hospitality", "law-enforcement"]) {
      const l = line(with_({ jobOffer: offer({ sectorEndorsement }) }), "sector-endorsement");
      expect([l.points, l.maximum]).toEqual([6, 6]);
    }
  });
});

describe("whole candidates", () => {
  it("1. every factor at its maximum → 100", () => {
    // Doctorate 12 + in Alberta 10 + CLB 10 (10) + bilingual 3 + 24 months 11 + 6+ months in Alberta 10
    // + age 31 5 + family 8 = 69; offer 10 + rural endorsement 6 + rural community 5 + regulated 10 = 31; 100.
    const r = score({
      dateOfBirth: "1995-01-01",
      education: [{ level: "doctoral", inCanada: true, designatedLearningInstitution: true, province: "AB" }],
      languageTests: [celpip(10), tef(7)],
      workHistory: [job("CA", "2024-06-01", "2026-05-31", 40, "AB")],
      familyInAlberta: true,
      jobOffer: offer({
        community: "rural-renewal-designated",
        sectorEndorsement: "rural-renewal",
        regulatedOccupationAlbertaLicence: true,
      }),
    });
    expect([r.groupI, r.groupII, r.total, r.maximumReachable, r.missing]).toEqual([69, 31, 100, 100, []]);
  });

  it("2. a tech worker abroad with no offer → 33", () => {
    // Foreign bachelor's 7 + location 0 + CLB 9 10 + no French 0 + 5 years abroad 11 + none in Canada 0
    // + age 28 5 + no family 0 = 33; no offer: Group II 0.
    const r = score({
      dateOfBirth: "1998-03-15",
      education: [{ level: "bachelors", inCanada: false }],
      certificateOfQualification: null,
      languageTests: [celpip(9)],
      workHistory: [job("IN", "2021-01-01", "2025-12-31")],
      familyInAlberta: false,
      extendedFamilyInAlberta: false,
      jobOffer: null,
    });
    expect([r.groupI, r.groupII, r.total, r.maximumReachable]).toEqual([33, 0, 33, 33]);
  });

  it("3. Calgary vs a rural community: the same worker scores 5 more with the rural offer", () => {
    // Master's in Alberta 10 + 10 + CLB 7 10 + 18 months in Alberta 11 + 10 + age 27 5 = 56;
    // offer 10 + Calgary 0 = 10 → 66. Rural designated community: 10 + 5 → 71.
    const base: Input = {
      dateOfBirth: "1999-01-01",
      education: [{ level: "masters", inCanada: true, designatedLearningInstitution: true, province: "AB" }],
      languageTests: [celpip(7)],
      workHistory: [job("CA", "2024-12-01", "2026-05-31", 40, "AB")],
      familyInAlberta: false,
      extendedFamilyInAlberta: false,
      jobOffer: offer(),
    };
    expect(score(base).total).toBe(66);
    expect(score({ ...base, jobOffer: offer({ community: "rural-renewal-designated" }) }).total).toBe(71);
    expect(score({ ...base, jobOffer: offer({ community: "edmonton-cma" }) }).total).toBe(66);
  });

  it("4. a regulated occupation with an Alberta licence", () => {
    // Bachelor's in Ontario 7 + 6 + CLB 8 10 + 3 years in BC 11 + 6 + age 40 4 + family 8 = 52;
    // offer 10 + Edmonton 0 + licence 10 = 20 → 72.
    const r = score({
      dateOfBirth: "1986-01-01",
      education: [{ level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "ON" }],
      languageTests: [celpip(8)],
      workHistory: [job("CA", "2023-01-01", "2025-12-31", 40, "BC")],
      familyInAlberta: true,
      jobOffer: offer({ community: "edmonton-cma", regulatedOccupationAlbertaLicence: true }),
    });
    expect([r.groupI, r.groupII, r.total]).toEqual([52, 20, 72]);
  });

  it("5. bilingual bonus with the French column higher", () => {
    // Diploma abroad 4 + 0 + French NCLC 6 8 (English CLB 4 is 5) + bonus 3 + 8 months 7 + 0 + age 45 4 + 0 = 26.
    const r = score({
      dateOfBirth: "1981-01-01",
      education: [{ level: "two-year", inCanada: false }],
      certificateOfQualification: null,
      languageTests: [celpip(4), tef(6)],
      workHistory: [job("FR", "2025-10-01", "2026-05-31")],
      familyInAlberta: false,
      extendedFamilyInAlberta: false,
      jobOffer: null,
    });
    expect(r.total).toBe(26);
  });

  it("6. single factor: only a doctorate answered, the rest answered none → 15", () => {
    // Doctorate abroad 12 + no work ("Less than 6 months") 3; everything else none or 0 (age 16 scores 0).
    expect(score(with_({ education: [{ level: "doctoral", inCanada: false }] })).total).toBe(15);
  });

  it("7. nothing answered but age: 5 certain, 100 reachable", () => {
    // Age 31 5; every other line counts 0 now and its maximum as reachable: 69 − 5 + 31 = 95 more.
    const r = score({ dateOfBirth: "1995-01-01" });
    expect([r.total, r.maximumReachable]).toEqual([5, 100]);
  });

  it("8. a part-time worker in Alberta over 50 with an unanswered offer community", () => {
    // FAQ: no points for secondary school, wherever completed, so none for completing it in Alberta
    // either; only full-time work counts, so 12 months at 20 h/week count nothing.
    // Secondary 0 + in Alberta 0 + CLB 5 8 + no full-time work, "less than 6 months" 3 + none in
    // Canada 0 + age 55 3 + family 8 = 22; offer 10 + community unknown (0, up to 5) + no endorsement
    // 0 + no licence 0 = 10 → 32, up to 37.
    const r = score({
      dateOfBirth: "1971-01-01",
      education: [{ level: "secondary", inCanada: true, designatedLearningInstitution: true, province: "AB" }],
      certificateOfQualification: null,
      languageTests: [celpip(5)],
      workHistory: [job("CA", "2025-06-01", "2026-05-31", 20, "AB")],
      familyInAlberta: true,
      jobOffer: {
        noc: "21231",
        province: "AB",
        hoursPerWeek: 37.5,
        permanent: true,
        seasonal: false,
        combinationOfOccupations: false,
        sectorEndorsement: null,
        regulatedOccupationAlbertaLicence: false,
      },
    });
    expect([r.groupI, r.total, r.maximumReachable, r.missing]).toEqual([22, 32, 37, ["jobOffer.community"]]);
  });

  it("9. a trades worker with a certificate of qualification, offer not permanent", () => {
    // Trades certificate 7 (above the secondary school abroad, 0) + its location: the certificate
    // earned the education points and Alberta issued it, 10 + CLB 6 10 + 2 years in AB 11 + 10
    // + age 33 5 + 0 = 53; temporary offer 0 + rural endorsement 6 + other community 5 + 0 = 11 → 64.
    const r = score({
      dateOfBirth: "1993-01-01",
      education: [{ level: "secondary", inCanada: false }],
      certificateOfQualification: { trade: "72200", province: "AB", issuedOn: "2024-01-01" },
      languageTests: [celpip(6)],
      workHistory: [job("CA", "2024-06-01", "2026-05-31", 40, "AB")],
      familyInAlberta: false,
      extendedFamilyInAlberta: false,
      jobOffer: offer({ permanent: false, community: "other", sectorEndorsement: "rural-renewal" }),
    });
    expect([r.groupI, r.groupII, r.total]).toEqual([53, 11, 64]);
    expect(r.lines[1]?.option).toBe("alberta");
  });
});

describe("the AAIP FAQ's readings of the grid (answers for common questions, retrieved 2026-06-20)", () => {
  const FAQ_URL = "https://www.alberta.ca/aaip-answers-for-common-questions";

  it("work: only full-time, paid work counts; in Canada only authorised work; left out, undecided", () => {
    const work = (extra: Input) =>
      line(with_({ workHistory: [{ ...job("IN", "2025-06-01", "2026-05-31"), ...extra }] }), "work-experience");
    // 12 months abroad, 40 h/week, paid: "12 months or more" 11.
    expect(work({}).points).toBe(11);
    // Unpaid: no months, "less than 6 months" 3, certain.
    expect([work({ paid: false }).points, work({ paid: false }).maximumReachable]).toEqual([3, 3]);
    // Paid not answered: 3 certain, up to 11, asking workHistory[0].paid.
    const open = work({ paid: undefined });
    expect([open.points, open.maximumReachable, open.missing]).toEqual([3, 11, ["workHistory[0].paid"]]);
    // Any occupation, any time: 12 months of 2010 count as much.
    expect(points(with_({ workHistory: [job("IN", "2010-01-01", "2010-12-31")] }), "work-experience")).toBe(11);

    const canada = (extra: Input) => {
      const r = score(with_({ workHistory: [{ ...job("CA", "2025-06-01", "2026-05-31", 40, "AB"), ...extra }] }));
      const [total, where] = [r.lines[4], r.lines[5]];
      return [total?.points, total?.maximumReachable, where?.points, where?.maximumReachable, where?.missing];
    };
    // Authorised, paid, 12 months in Alberta: 11 + 10.
    expect(canada({})).toEqual([11, 11, 10, 10, []]);
    // Not authorised by IRCC: counts nowhere (3 + 0).
    expect(canada({ authorized: false })).toEqual([3, 3, 0, 0, []]);
    // Authorisation not answered: 3..11 and 0..10, asking it.
    expect(canada({ authorized: undefined })).toEqual([3, 11, 0, 10, ["workHistory[0].authorized"]]);
    // Part time (20 h/week) in Alberta: no points, even though 12 months at 20 h are 8 full-time-equivalent months.
    expect(canada({ hoursPerWeek: 20 })).toEqual([3, 3, 0, 0, []]);
  });

  it("work: a job that certainly counts and one undecided: the certain points count only the first", () => {
    // 6 months paid in Alberta (2025-12-01..2026-05-31: 6 months, 7 and 10) + 6 earlier months whose
    // pay is not answered: 7 certain, 11 reachable (12 months); the Alberta line is already 10.
    const r = score(
      with_({
        workHistory: [
          job("CA", "2025-12-01", "2026-05-31", 40, "AB"),
          { ...job("CA", "2025-06-01", "2025-11-30", 40, "AB"), paid: undefined },
        ],
      }),
    );
    expect([r.lines[4]?.points, r.lines[4]?.maximumReachable, r.lines[4]?.missing]).toEqual([
      7,
      11,
      ["workHistory[1].paid"],
    ]);
    expect([r.lines[5]?.points, r.lines[5]?.maximumReachable, r.lines[5]?.missing]).toEqual([10, 10, []]);
  });

  it("education: no points for secondary school, and none for completing it in Alberta", () => {
    const r = score(
      with_({
        education: [{ level: "secondary", inCanada: true, designatedLearningInstitution: true, province: "AB" }],
      }),
    );
    expect([r.lines[0]?.points, r.lines[1]?.points, r.lines[1]?.maximumReachable]).toEqual([0, 0, 0]);
  });

  it("education: location points need a Designated Learning Institution; left out, undecided", () => {
    const loc = (designatedLearningInstitution?: boolean) =>
      line(
        with_({
          education: [
            {
              level: "masters",
              inCanada: true,
              province: "AB",
              ...(designatedLearningInstitution === undefined ? {} : { designatedLearningInstitution }),
            },
          ],
        }),
        "education-location",
      );
    // Master's 10 either way; completed in Alberta 10 only at a DLI.
    expect([loc(true).points, loc(true).option]).toEqual([10, "alberta"]);
    expect([loc(false).points, loc(false).maximumReachable, loc(false).option]).toEqual([0, 0, undefined]);
    const open = loc(undefined);
    expect([open.points, open.maximumReachable, open.missing]).toEqual([
      0,
      10,
      ["education[0].designatedLearningInstitution"],
    ]);
    // Both unknown (DLI and province): 0 certain, up to 10, both asked.
    const both = line(with_({ education: [{ level: "masters", inCanada: true }] }), "education-location");
    expect([both.points, both.maximumReachable, both.missing]).toEqual([
      0,
      10,
      ["education[0].designatedLearningInstitution", "education[0].province"],
    ]);
  });

  it("education: a foreign highest credential with a lower Canadian one gives no location points", () => {
    // Foreign master's (by its ECA) 10 + location 0: the Alberta diploma (4) below it earns nothing.
    const r = score(
      with_({
        education: [
          { level: "masters", inCanada: false, ecaIssuedOn: "2024-01-10" },
          {
            level: "two-year",
            inCanada: true,
            designatedLearningInstitution: true,
            province: "AB",
            admissionRequirement: null,
          },
        ],
      }),
    );
    expect([r.lines[0]?.points, r.lines[1]?.points, r.lines[1]?.maximumReachable]).toEqual([10, 0, 0]);
  });

  it("education: a Canadian program that required a degree is claimed at that degree's level, with the location", () => {
    const foreignBachelors = { level: "bachelors", inCanada: false, ecaIssuedOn: "2024-01-10" };
    const postGrad = (admissionRequirement?: string | null) => ({
      level: "one-year",
      inCanada: true,
      designatedLearningInstitution: true,
      province: "AB",
      ...(admissionRequirement === undefined ? {} : { admissionRequirement }),
    });
    const lines = (admissionRequirement?: string | null) => {
      const r = score(with_({ education: [foreignBachelors, postGrad(admissionRequirement)] }));
      const [edu, where] = [r.lines[0], r.lines[1]];
      return [edu?.points, edu?.option, where?.points, where?.maximumReachable, where?.option, where?.missing];
    };
    // Required the bachelor's: bachelor's 7 + completed in Alberta 10 = 17 (not 7 + 0).
    expect(lines("bachelors")).toEqual([7, "bachelors", 10, 10, "alberta", []]);
    // Required none: the foreign bachelor's is the highest, 7 + 0.
    expect(lines(null)).toEqual([7, "bachelors", 0, 0, "none", []]);
    // Not answered: 7 + 0 certain, the location up to 10, asking the requirement.
    expect(lines(undefined)).toEqual([7, "bachelors", 0, 10, "none", ["education[1].admissionRequirement"]]);
    // A master's required, but the list holds no master's: the FAQ's claim needs the completed
    // degree, so nothing is claimed.
    expect(lines("masters")).toEqual([7, "bachelors", 0, 0, "none", []]);
    // A Canadian master's program (10) that required a bachelor's: its own level is higher, 10 + 10.
    const r = score(with_({ education: [foreignBachelors, { ...postGrad("bachelors"), level: "masters" }] }));
    expect([r.lines[0]?.points, r.lines[1]?.points]).toEqual([10, 10]);
  });

  it("family: parent, child or sibling on both sides of 2025-01-29; the wider list only for EOIs submitted by then", () => {
    const family = (extra: Input) => line({ ...NONE, familyInAlberta: false, ...extra }, "family-in-alberta");
    const wider = { extendedFamilyInAlberta: true };
    // An aunt in Alberta: 8 for an EOI submitted on 2025-01-29, 0 for one submitted on 2025-01-30.
    expect(family({ ...wider, workerEoiSubmittedOn: "2025-01-29" }).points).toBe(8);
    const after = family({ ...wider, workerEoiSubmittedOn: "2025-01-30" });
    expect([after.points, after.maximumReachable]).toEqual([0, 0]);
    // A parent counts whatever the date.
    for (const workerEoiSubmittedOn of ["2025-01-29", "2025-01-30"]) {
      expect(family({ familyInAlberta: true, workerEoiSubmittedOn }).points).toBe(8);
    }
    // The wider relative with no submission date: undecided, the date asked.
    const noDate = family({ ...wider, workerEoiSubmittedOn: undefined });
    expect([noDate.points, noDate.maximumReachable, noDate.missing]).toEqual([0, 8, ["workerEoiSubmittedOn"]]);
    // Submitted by 2025-01-29, the wider list not answered: undecided, it is asked.
    const noWider = family({ extendedFamilyInAlberta: undefined, workerEoiSubmittedOn: "2025-01-29" });
    expect([noWider.points, noWider.maximumReachable, noWider.missing]).toEqual([0, 8, ["extendedFamilyInAlberta"]]);
    // Submitted after: the wider list cannot count, nothing to ask.
    const late = family({ extendedFamilyInAlberta: undefined, workerEoiSubmittedOn: "2025-01-30" });
    expect([late.points, late.maximumReachable, late.missing]).toEqual([0, 0, []]);
    expect(late.clarifiedBy?.url).toBe(FAQ_URL);
  });

  it("job offer: non-seasonal and not a combination of occupations; left out, undecided", () => {
    expect(points(with_({ jobOffer: offer({ seasonal: true }) }), "job-offer")).toBe(0);
    expect(points(with_({ jobOffer: offer({ combinationOfOccupations: true }) }), "job-offer")).toBe(0);
    const open = line(with_({ jobOffer: offer({ seasonal: undefined }) }), "job-offer");
    expect([open.points, open.maximumReachable, open.missing]).toEqual([0, 10, ["jobOffer.seasonal"]]);
    // A seasonal offer still has its location and licence points (they ask for an offer in Alberta).
    const r = score(
      with_({ jobOffer: offer({ seasonal: true, community: "other", regulatedOccupationAlbertaLicence: true }) }),
    );
    expect(r.groupII).toBe(15); // offer 0 + other community 5 + licence 10
  });

  it("regulated occupation: left out, undecided; the line cites the FAQ answer", () => {
    const open = line(
      with_({ jobOffer: offer({ regulatedOccupationAlbertaLicence: undefined }) }),
      "regulated-occupation",
    );
    expect([open.points, open.maximumReachable, open.missing]).toEqual([
      0,
      10,
      ["jobOffer.regulatedOccupationAlbertaLicence"],
    ]);
    expect(open.clarifiedBy?.section).toContain("Claiming points for regulated trades");
    expect(open.clarifiedBy?.retrieved).toBe("2026-06-20");
  });

  it("each FAQ-read line cites its answer; the others do not", () => {
    const r = score({});
    expect(r.lines.filter((l) => l.clarifiedBy !== undefined).map((l) => l.id)).toEqual([
      "education",
      "education-location",
      "work-experience",
      "work-experience-location",
      "family-in-alberta",
      "job-offer",
      "regulated-occupation",
    ]);
  });

  it("wage and hours of an Alberta offer: asked from EOIs submitted on 2026-02-25, not held before", () => {
    const notes = (extra: Input, jobOffer: Input = offer()) =>
      score(with_({ jobOffer, ...extra })).notes.map((n) => n.code);
    expect(notes({ workerEoiSubmittedOn: "2026-02-24" })).toEqual(["wage_and_hours_not_collected"]);
    expect(notes({ workerEoiSubmittedOn: "2026-02-25" })).toEqual(["wage_and_hours_asked"]);
    expect(notes({})).toEqual(["wage_and_hours_asked"]);
    expect(notes({ workerEoiSubmittedOn: "2026-02-25" }, offer({ hourlyWageCad: 42.5 }))).toEqual([]);
    // No points either way.
    expect(score(with_({ jobOffer: offer({ hourlyWageCad: 42.5 }) })).total).toBe(
      score(with_({ jobOffer: offer() })).total,
    );
    // No Alberta offer: nothing asked.
    expect(notes({}, offer({ province: "BC" }))).toEqual([]);
    expect(score(NONE).notes).toEqual([]);
    const [note] = score(with_({ jobOffer: offer() })).notes;
    expect([note?.source.url, note?.source.effective]).toEqual(["https://www.alberta.ca/aaip-updates", "2026-02-25"]);
  });
});

describe("dates", () => {
  it("2024-09-29: before the Worker EOI → issue before_worker_eoi", () => {
    const r = scoreAlbertaWorkerEoi({}, { asOf: isoDate("2024-09-29") });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.unknown, r.issues[0]?.code]).toEqual([false, "before_worker_eoi"]);
    expect(r.issues[0]?.message).toContain("2024-09-30");
  });

  it.each(["2024-09-30", "2025-08-06"])("%s: the grid then is not known → unknown", (asOf) => {
    const r = scoreAlbertaWorkerEoi({}, { asOf: isoDate(asOf) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.unknown, r.issues[0]?.code]).toEqual([true, "worker_eoi_grid_unknown"]);
  });

  it("2025-08-07: the grid effective that day", () => {
    const r = score({}, "2025-08-07");
    expect([r.asOf, r.source.effective, r.maximumReachable]).toEqual(["2025-08-07", "2025-08-07", 100]);
  });

  it("accepts a Date and reports an invalid one as an issue", () => {
    expect(scoreAlbertaWorkerEoi({}, { asOf: new Date(2026, 0, 15) }).ok).toBe(true);
    const r = scoreAlbertaWorkerEoi({}, { asOf: new Date(Number.NaN) });
    expect(r.ok ? "" : r.issues[0]?.code).toBe("invalid_date");
  });
});

describe("input the grid cannot score: issues by path, as calculateCrs gives them", () => {
  const ielts = (testedOn: string, listening = 12) => ({
    test: "ielts-general",
    testedOn,
    scores: { listening, reading: 12, writing: 7, speaking: 7 },
  });

  it("a date of birth after asOf and a score off its test's scale: not ok, not unknown, both issues", () => {
    const input = { dateOfBirth: "2030-01-01", languageTests: [ielts("2026-01-01")] };
    const r = scoreAlbertaWorkerEoi(parse(input), { asOf: isoDate(ASOF) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.unknown).toBe(false);
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([
      ["dateOfBirth", "born_after_as_of"],
      ["languageTests[0].scores.reading", "off_scale"],
      ["languageTests[0].scores.listening", "off_scale"],
    ]);
    expect(r.issues[0]?.message).toBe(
      "The date of birth 2030-01-01 is after the day scored, 2026-06-01: there is no age on that day.",
    );
    // The same issues as the CRS gives for the same input.
    const crs = calculateCrs(parse(input), { asOf: isoDate(ASOF) });
    expect(crs.ok ? [] : crs.issues.map((i) => [i.path, i.code])).toEqual(r.issues.map((i) => [i.path, i.code]));
  });

  it("born on asOf is an age (0 points), not an issue; an invalid date of birth is an issue", () => {
    expect(points(with_({ dateOfBirth: ASOF }), "age")).toBe(0);
    const r = scoreAlbertaWorkerEoi({ dateOfBirth: "2026-02-30" as IsoDate }, { asOf: isoDate(ASOF) });
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([["dateOfBirth", "invalid_date"]]);
  });

  it("a result not held on asOf (dated after it, or expired) is left out, its problems with it", () => {
    // Dated after asOf, and expired (tested 2024-01-01, expired 2026-01-01): neither counts nor asks.
    for (const testedOn of ["2026-06-02", "2024-01-01"]) {
      const l = line(with_({ languageTests: [ielts(testedOn)] }), "language");
      expect([l.points, l.maximumReachable, l.missing]).toEqual([0, 0, []]);
    }
    // Held on asOf (tested the day itself, or the day before it expires): the issue stands.
    for (const testedOn of [ASOF, "2024-06-02"]) {
      const r = scoreAlbertaWorkerEoi(parse(with_({ languageTests: [ielts(testedOn, 8)] })), { asOf: isoDate(ASOF) });
      expect(r.ok ? [] : r.issues.map((i) => i.path)).toEqual(["languageTests[0].scores.reading"]);
    }
  });

  it("not a candidate object: invalid_type; the input is checked before the grid's unknown period", () => {
    const r = scoreAlbertaWorkerEoi(null as unknown as Candidate, { asOf: isoDate(ASOF) });
    expect(r.ok ? undefined : [r.unknown, r.issues]).toEqual([
      false,
      [{ path: "", code: "invalid_type", message: "Expected a candidate object." }],
    ]);
    const early = scoreAlbertaWorkerEoi(parse({ dateOfBirth: "2030-01-01" }), { asOf: isoDate("2025-01-15") });
    expect(early.ok ? undefined : [early.unknown, early.issues[0]?.code]).toEqual([false, "born_after_as_of"]);
    // Before the Worker EOI, the date is said first, whatever the input.
    const before = scoreAlbertaWorkerEoi(parse({ dateOfBirth: "2030-01-01" }), { asOf: isoDate("2024-09-29") });
    expect(before.ok ? undefined : before.issues.map((i) => i.code)).toEqual(["before_worker_eoi"]);
  });
});

describe("properties", () => {
  const asOfArb = dayBetween("2025-08-07", "2027-12-31").map(isoDate);
  const OPTIONAL_PATHS = [
    ["education"],
    ["languageTests"],
    ["workHistory"],
    ["dateOfBirth"],
    ["familyInAlberta"],
    ["extendedFamilyInAlberta"],
    ["workerEoiSubmittedOn"],
    ["certificateOfQualification"],
    ["jobOffer"],
    ["jobOffer", "province"],
    ["jobOffer", "permanent"],
    ["jobOffer", "hoursPerWeek"],
    ["jobOffer", "community"],
    ["jobOffer", "sectorEndorsement"],
    ["jobOffer", "regulatedOccupationAlbertaLicence"],
    ["jobOffer", "seasonal"],
    ["jobOffer", "combinationOfOccupations"],
    ["education", 0, "province"],
    ["education", 0, "designatedLearningInstitution"],
    ["education", 0, "admissionRequirement"],
    ["education", 1, "admissionRequirement"],
    ["workHistory", 0, "province"],
    ["workHistory", 0, "paid"],
    ["workHistory", 0, "authorized"],
    ["workHistory", 1, "paid"],
  ] as const;

  /** The score, or undefined for input the grid cannot score (only ever the candidate's issues, never the date's). */
  const scored = (candidate: Candidate, asOf: string): WorkerEoiScore | undefined => {
    const r = scoreAlbertaWorkerEoi(candidate, { asOf: isoDate(asOf) });
    if (r.ok) return r;
    expect(r.unknown).toBe(false);
    for (const issue of r.issues) expect(issue.path).toMatch(/^(dateOfBirth|languageTests\[\d+\])/);
    return undefined;
  };

  it("total = sum of lines = groupI + groupII; 0 ≤ total ≤ maximumReachable ≤ 100; each line within its maximum", () => {
    fc.assert(
      fc.property(candidateArb, asOfArb, (input, asOf) => {
        const parsed = parseCandidate(input);
        if (!parsed.ok) return;
        const r = scored(parsed.value, asOf);
        if (r === undefined) return;
        expect(r.total).toBe(r.lines.reduce((s, l) => s + l.points, 0));
        expect(r.total).toBe(r.groupI + r.groupII);
        expect(r.maximumReachable).toBe(r.lines.reduce((s, l) => s + l.maximumReachable, 0));
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(r.maximumReachable);
        expect(r.maximumReachable).toBeLessThanOrEqual(100);
        expect(r.groupI).toBeLessThanOrEqual(69);
        expect(r.groupII).toBeLessThanOrEqual(31);
        for (const l of r.lines) {
          expect(l.points).toBeLessThanOrEqual(l.maximumReachable);
          expect(l.maximumReachable).toBeLessThanOrEqual(l.maximum);
          if (l.maximumReachable === l.points) expect(l.missing).toEqual([]);
          // The option's wording comes with it, from the grid, and only with it.
          expect("optionLabel" in l).toBe("option" in l);
          if (l.option !== undefined) expect(l.optionLabel).toBe(OPTION_LABELS.get(l.id)?.get(l.option));
        }
        if (r.total === r.maximumReachable) expect(r.missing).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("answering a missing field never lowers the maximum reachable below the score it gives", () => {
    fc.assert(
      fc.property(candidateArb, asOfArb, fc.constantFrom(...OPTIONAL_PATHS), (input, asOf, path) => {
        const parsed = parseCandidate(input);
        if (!parsed.ok) return;
        const answered = parsed.value;
        const unanswered = structuredClone(answered) as Record<string | number, unknown>;
        let holder: Record<string | number, unknown> | undefined = unanswered;
        for (const key of path.slice(0, -1)) {
          const next: unknown = holder?.[key];
          holder = typeof next === "object" && next !== null ? (next as Record<string | number, unknown>) : undefined;
        }
        const last = path[path.length - 1] as string;
        if (holder === undefined || !(last in holder)) return;
        delete holder[last];
        const before = scored(unanswered as Candidate, asOf);
        const after = scored(answered, asOf);
        if (before === undefined || after === undefined) return;
        expect(before.maximumReachable).toBeGreaterThanOrEqual(after.total);
        expect(before.total).toBeLessThanOrEqual(after.maximumReachable);
      }),
      { numRuns: 500 },
    );
  });
});

describe("atpDrawComparison", () => {
  it("holds the ATP draw of 2024-12-11 and the nine 2026 draws to 2026-08-06, oldest first", () => {
    expect(atpDraws().map((d) => [d.date, d.minimumScore, d.invitations])).toEqual([
      ["2024-12-11", 59, 87],
      ["2026-01-29", 63, 148],
      ["2026-02-11", 59, 147],
      ["2026-03-06", 56, 139],
      ["2026-04-08", 59, 146],
      ["2026-05-07", 57, 146],
      ["2026-05-29", 55, 200],
      ["2026-06-19", 59, 100],
      ["2026-07-08", 55, 149],
      ["2026-08-06", 60, 95],
    ]);
  });

  it.each([
    [63, 6],
    [59, 5],
    [57, 3],
    [55, 1],
    [54, 0],
  ])("score %i on 2026-06-01: at or above the minimum of %i of 6 draws", (s, n) => {
    const c = compared(s, "2026-06-01");
    // The window 2025-06-01 to 2026-05-31 reaches into 2025, whose draws are not in the data.
    expect([c.atOrAbove, c.of, c.complete]).toEqual([n, 6, false]);
    expect(c.notCovered).toEqual([{ from: "2025-06-01", to: "2025-12-31" }]);
    expect(c.statement).toContain("Draws from 2025-06-01 to 2025-12-31 are not in our data.");
    expect(c.statement).not.toContain("Draws after");
    expect(c.statement).toContain(`at or above the minimum of ${n} of 6`);
    expect(c.statement).toContain("not a promise");
  });

  it("only the 12 months before asOf count: the day itself is left out, a year back is in", () => {
    expect(compared(60, "2026-05-29").of).toBe(5);
    expect(compared(60, "2027-01-29").of).toBe(9);
    expect(compared(60, "2027-01-30").of).toBe(8);
    expect(compared(60, "2024-12-11").of).toBe(0);
    expect(compared(60, "2024-12-12").of).toBe(1);
  });

  it("says when the window runs past the data, and when there is no draw", () => {
    const late = compared(60, "2026-11-25");
    expect(late.complete).toBe(false);
    expect(late.statement).toContain("Draws after 2026-08-12 are not in our data.");
    expect(late.statement).toContain("Draws from 2025-11-25 to 2025-12-31 are not in our data.");
    expect([late.knownFrom, late.knownThrough]).toEqual(["2024-09-30", "2026-08-12"]);
    // 2025: no draw in the data, and the whole year is said to be missing.
    const none = compared(60, "2026-01-01");
    expect([none.of, none.atOrAbove, none.complete]).toEqual([0, 0, false]);
    expect(none.statement).toContain("No Accelerated Tech Pathway draw");
    expect(none.statement).toContain("Draws from 2025-01-01 to 2025-12-31 are not in our data.");
    // Before the Worker EOI there were no draws: an empty window that is nonetheless complete.
    const before = compared(60, "2024-10-01");
    expect([before.of, before.complete, before.notCovered]).toEqual([0, true, []]);
    expect(before.statement).toContain("There were no Worker EOI draws before 2024-09-30");
  });

  it("never throws: a score that is not a finite number, or an asOf that is not a date, is an issue", () => {
    const nan = atpDrawComparison(Number.NaN, { asOf: isoDate("2026-06-01") });
    expect(nan.ok ? [] : nan.issues.map((i) => [i.path, i.code])).toEqual([["score", "invalid_value"]]);
    for (const asOf of [new Date(Number.NaN), "2026-02-30" as IsoDate]) {
      const r = atpDrawComparison(57, { asOf });
      expect(r.ok ? [] : r.issues.map((i) => [i.path, i.code])).toEqual([["asOf", "invalid_date"]]);
    }
    const both = atpDrawComparison(Number.POSITIVE_INFINITY, { asOf: new Date(Number.NaN) });
    expect(both.ok ? [] : both.issues.map((i) => i.path)).toEqual(["score", "asOf"]);
    expect(compared(57, new Date(2026, 5, 1)).ok).toBe(true);
  });
});
