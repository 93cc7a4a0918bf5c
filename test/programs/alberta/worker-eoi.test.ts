// scoreAlbertaWorkerEoi: every row of the 2025-08-07 grid, the "one of" rules, whole candidates with
// their arithmetic, the dated edges and properties over random candidates; atpDrawComparison.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import gridJson from "../../../data/alberta/worker-eoi-grid.json" with { type: "json" };
import { message } from "../../../src/core/message.js";
import { renderMessage } from "../../../src/core/render.js";
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
  type WorkerEoiLineId,
  type WorkerEoiScore,
} from "../../../src/index.js";
import { en } from "../../../src/locales/en/index.js";
import { fr } from "../../../src/locales/fr/index.js";
import type { WorkerEoiLine } from "../../../src/programs/alberta/index.js";
import { type Json, parse as parseJson } from "../../fixtures/alberta/builders.js";
import { candidateArb, dayBetween } from "../../fixtures/arbitraries/candidate.js";
import { celpip, tef } from "../../fixtures/language-tests.js";
import { englishOf, frenchOf, inEnglish, issuesInEnglish, reasonOf } from "../../fixtures/messages.js";

const ASOF = "2026-06-01";
/** An ECA issued before every asOf of these tests: a foreign credential is claimed by its ECA (FAQ). */
const ECA = "2024-01-15";
/** An Alberta bachelor's from a Designated Learning Institution that required no degree: 7, location 10. */
const ALBERTA_BACHELORS: Input = {
  level: "bachelors",
  inCanada: true,
  designatedLearningInstitution: true,
  province: "AB",
  admissionRequirement: null,
};

/** A candidate as JSON, before parsing. */
type Input = Record<string, unknown>;

/** The shared fixture parser, for the loose inputs of this file. */
const parse = (input: Input): Candidate => parseJson(input as Json);

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

/** The day the language tests were taken on, unless a test says otherwise. */
const TESTED_ON = "2026-01-10";

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
    expect(points(with_({ education: [{ level, inCanada: false, ecaIssuedOn: ECA }] }), "education")).toBe(expected);
  });

  it("education location: a secondary school in Canada asks nothing, however many (no points, FAQ)", () => {
    // School type (designated learning institution) and province left out: they could only matter
    // for location points, which secondary school or lower never earns.
    const school = { level: "secondary", inCanada: true, completedOn: "2010-06-01" };
    for (const count of [1, 6, 7, 12]) {
      const l = line(with_({ education: Array.from({ length: count }, () => school) }), "education-location");
      expect([count, l.points, l.maximumReachable, l.missing]).toEqual([count, 0, 0, []]);
    }
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
        with_({
          certificateOfQualification: coq,
          education: [{ level: "masters", inCanada: false, ecaIssuedOn: ECA }],
        }),
        "education",
      ),
    ).toBe(10);
    const open = line(
      with_({
        certificateOfQualification: undefined as never,
        education: [{ level: "one-year", inCanada: false, ecaIssuedOn: ECA }],
      }),
      "education",
    );
    // Either the certificate or the diploma being a trades one (education[0].trades) gives 7.
    expect([open.points, open.maximumReachable, open.missing]).toEqual([
      4,
      7,
      ["education[0].trades", "certificateOfQualification"],
    ]);
  });

  it("education: a trades certificate or diploma is 7, a diploma or certificate 4; left out, 4 certain and 7 reachable", () => {
    const diploma = (trades?: boolean) => ({
      level: "two-year",
      inCanada: true,
      designatedLearningInstitution: true,
      province: "AB",
      ...(trades === undefined ? {} : { trades }),
    });
    const edu = (trades?: boolean) => line(with_({ education: [diploma(trades)] }), "education");
    expect([edu(true).points, edu(true).option, edu(true).missing]).toEqual([7, "trades", []]);
    expect([edu(false).points, edu(false).option, edu(false).missing]).toEqual([4, "diploma", []]);
    expect([edu().points, edu().maximumReachable, edu().missing]).toEqual([4, 7, ["education[0].trades"]]);
    // Only below a bachelor's: a degree is scored at its level whatever is said of trades.
    const degree = line(with_({ education: [{ ...diploma(true), level: "masters" }] }), "education");
    expect([degree.points, degree.option]).toEqual([10, "masters"]);
    // Under a bachelor's held, the trades question changes nothing (7 at most, a tie): not asked.
    const under = line(
      with_({ education: [{ level: "bachelors", inCanada: false, ecaIssuedOn: ECA }, diploma()] }),
      "education",
    );
    expect([under.points, under.maximumReachable, under.missing]).toEqual([7, 7, []]);
    // Asked even for a program that required a degree: that degree is not held, and trades: true
    // would give 7.
    const postGrad = line(with_({ education: [{ ...diploma(), admissionRequirement: "bachelors" }] }), "education");
    expect([postGrad.points, postGrad.maximumReachable, postGrad.missing]).toEqual([4, 7, ["education[0].trades"]]);
    // A foreign diploma whose ECA is dated after asOf is not claimed: its trades answer is not asked.
    const later = line(
      with_({ education: [{ level: "two-year", inCanada: false, ecaIssuedOn: "2026-06-02" }] }),
      "education",
    );
    expect([later.points, later.maximumReachable, later.missing]).toEqual([0, 0, []]);
  });

  it("location of the highest education: Alberta 10, elsewhere in Canada 6, abroad 0, province unknown 6..10", () => {
    const loc = (edu: Input[]) => line(with_({ education: edu }), "education-location");
    expect(
      loc([{ level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "AB" }]).points,
    ).toBe(10);
    expect(
      loc([{ level: "bachelors", inCanada: true, designatedLearningInstitution: true, province: "ON" }]).points,
    ).toBe(6);
    expect(loc([{ level: "bachelors", inCanada: false, ecaIssuedOn: ECA }]).points).toBe(0);
    const open = loc([{ level: "bachelors", inCanada: true, designatedLearningInstitution: true }]);
    expect([open.points, open.maximumReachable, open.missing]).toEqual([6, 10, ["education[0].province"]]);
    // Only the highest credential counts: an Alberta diploma under a foreign master's gives nothing.
    expect(
      loc([
        { level: "masters", inCanada: false, ecaIssuedOn: ECA },
        { level: "one-year", inCanada: true, designatedLearningInstitution: true, province: "AB" },
      ]).points,
    ).toBe(0);
  });

  it("a foreign credential is claimed by its ECA: none on asOf, not claimed; no date given, asked", () => {
    const lines = (edu: Input[]) => {
      const [e, l] = [
        line(with_({ education: edu }), "education"),
        line(with_({ education: edu }), "education-location"),
      ];
      return [e.points, e.maximumReachable, e.missing, l.points, l.maximumReachable, l.missing];
    };
    // A foreign master's alone: with an ECA 10; its ECA issued after asOf, nothing; no ECA date, 0..10.
    expect(lines([{ level: "masters", inCanada: false, ecaIssuedOn: ECA }]).slice(0, 3)).toEqual([10, 10, []]);
    expect(lines([{ level: "masters", inCanada: false, ecaIssuedOn: "2026-06-02" }]).slice(0, 3)).toEqual([0, 0, []]);
    expect(lines([{ level: "masters", inCanada: false }]).slice(0, 3)).toEqual([0, 10, ["education[0].ecaIssuedOn"]]);
    // Under it, an Alberta bachelor's (7, location 10): with the master's ECA, 10 and no location
    // points (the highest credential is foreign); without it, the bachelor's with its 10.
    const ab = ALBERTA_BACHELORS;
    expect(lines([{ level: "masters", inCanada: false, ecaIssuedOn: ECA }, ab])).toEqual([10, 10, [], 0, 0, []]);
    expect(lines([{ level: "masters", inCanada: false, ecaIssuedOn: "2026-06-02" }, ab])).toEqual([
      7,
      7,
      [],
      10,
      10,
      [],
    ]);
    expect(lines([{ level: "masters", inCanada: false }, ab])).toEqual([
      7,
      10,
      ["education[0].ecaIssuedOn"],
      0,
      10,
      ["education[0].ecaIssuedOn"],
    ]);
    // A foreign diploma below a certain bachelor's does not matter: its ECA is not asked.
    expect(lines([{ level: "one-year", inCanada: false }, ab])).toEqual([7, 7, [], 10, 10, []]);
  });

  it("location: an open line names its facts even when no one fact alone moves its lowest or highest", () => {
    // A foreign master's (education 10) and two Canadian one-year diplomas whose admission
    // requirement, institution and province are open. Either diploma, claimed at the master's level
    // (a program that required it) from an Alberta DLI, gives 10 location points; answering no
    // requirement on both gives 0. No single fact moves the line's extremes (the other diploma can
    // still reach 10), but each one can change the line, so each is asked.
    const open = { level: "one-year", inCanada: true };
    const where = line(
      with_({ education: [{ level: "masters", inCanada: false, ecaIssuedOn: ECA }, open, open] }),
      "education-location",
    );
    const facts = ["admissionRequirement", "designatedLearningInstitution", "province"];
    expect([where.points, where.maximumReachable, where.missing]).toEqual([
      0,
      10,
      [1, 2].flatMap((i) => facts.map((f) => `education[${i}].${f}`)),
    ]);
  });

  it("education: past the assignments it tries, the line keeps the best level held as certain", () => {
    // Five such diplomas: 15 open facts, 2^15 assignments, more than are tried. The master's held
    // is certain (10) and no claim can go above it, so the education line is settled.
    const open = { level: "one-year", inCanada: true };
    const r = score(
      with_({ education: [{ level: "masters", inCanada: false, ecaIssuedOn: ECA }, open, open, open, open, open] }),
    );
    const [edu, where] = [r.lines[0], r.lines[1]];
    expect([edu?.points, edu?.maximumReachable, edu?.option, edu?.missing]).toEqual([10, 10, "masters", []]);
    expect([where?.points, where?.maximumReachable, where?.missing.length]).toEqual([0, 10, 15]);
    // Thirteen foreign master's without an ECA date and no certificate: past the assignments too,
    // but only a Canadian credential or a certificate earns location points, so that line is 0.
    const foreign = { level: "masters", inCanada: false };
    const many = score(
      with_({ certificateOfQualification: null, education: Array.from({ length: 13 }, () => foreign) }),
    );
    expect([many.lines[0]?.points, many.lines[0]?.maximumReachable]).toEqual([0, 10]);
    expect([many.lines[1]?.points, many.lines[1]?.maximumReachable, many.lines[1]?.missing]).toEqual([0, 0, []]);
  });

  it("location: that of the credential that earned the education points, the certificate of qualification included", () => {
    const coq = (province: string, issuedOn = "2020-01-01") => ({ trade: "72200", province, issuedOn });
    const albertaDiploma = {
      level: "one-year",
      inCanada: true,
      designatedLearningInstitution: true,
      province: "AB",
      trades: false,
    };
    const loc = (certificateOfQualification: unknown, education: Input[]) => {
      const r = score(with_({ certificateOfQualification, education }));
      const [edu, where] = [r.lines[0], r.lines[1]];
      return [edu?.points, edu?.option, where?.points, where?.option, where?.maximumReachable, where?.missing];
    };
    // A certificate from British Columbia (trades, 7) above an Alberta one-year diploma (4): the
    // certificate is the highest education, earned outside Alberta: 6, not the diploma's 10.
    expect(loc(coq("BC"), [albertaDiploma])).toEqual([7, "trades", 6, "other-province", 6, []]);
    // An Alberta certificate above a diploma earned abroad: 10, not the diploma's 0.
    expect(loc(coq("AB"), [{ level: "one-year", inCanada: false, ecaIssuedOn: ECA, trades: false }])).toEqual([
      7,
      "trades",
      10,
      "alberta",
      10,
      [],
    ]);
    expect(loc(coq("ON"), [])).toEqual([7, "trades", 6, "other-province", 6, []]);
    // A tie (bachelor's 7, trades 7): the bachelor's is the one scored, so its location counts.
    expect(loc(coq("AB"), [{ level: "bachelors", inCanada: false, ecaIssuedOn: ECA }])).toEqual([
      7,
      "bachelors",
      0,
      "none",
      0,
      [],
    ]);
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
    // A foreign diploma that is a trades one would tie a certificate and be the one scored (abroad:
    // 0): whether it is (education[0].trades) can move the location too.
    expect(loc(undefined, [{ level: "two-year", inCanada: false, ecaIssuedOn: ECA }]).slice(2)).toEqual([
      0,
      "none",
      10,
      ["education[0].trades", "certificateOfQualification"],
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
    expect(points(with_({ languageTests: [celpip(TESTED_ON, clb)] }), "language")).toBe(expected);
  });

  it.each([
    [7, 8],
    [6, 8],
    [5, 5],
    [4, 3],
  ])("language, French column (secondary source): NCLC %i → %i", (nclc, expected) => {
    const l = line(with_({ languageTests: [tef(TESTED_ON, nclc)] }), "language");
    expect(l.points).toBe(expected);
    if (expected > 0) expect(l.source.secondary).toBe(true);
  });

  it("language: the lowest ability is the level the grid reads", () => {
    const test = { ...celpip(TESTED_ON, 9), scores: { reading: 9, writing: 9, listening: 9, speaking: 5 } };
    expect(points(with_({ languageTests: [test] }), "language")).toBe(8);
  });

  it("language: an expired test does not count", () => {
    expect(points(with_({ languageTests: [celpip("2023-01-10", 9)] }), "language")).toBe(0);
  });

  it("bilingual bonus: CLB 4+ and NCLC 4+ → 3; one of them below 4 → 0", () => {
    expect(points(with_({ languageTests: [celpip(TESTED_ON, 4), tef(TESTED_ON, 4)] }), "language-bilingual")).toBe(3);
    expect(points(with_({ languageTests: [celpip(TESTED_ON, 3), tef(TESTED_ON, 9)] }), "language-bilingual")).toBe(0);
    expect(points(with_({ languageTests: [celpip(TESTED_ON, 9)] }), "language-bilingual")).toBe(0);
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
    // A job from asOf on asks nothing: whether it was paid, authorised or where cannot matter.
    const later = {
      noc: "21231",
      country: "CA",
      from: "2026-07-01",
      hoursPerWeek: 40,
      engagement: "employee",
    };
    for (const id of ["work-experience", "work-experience-location"] as const) {
      expect(line(with_({ workHistory: [later] }), id).missing).toEqual([]);
    }
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
    const r = score(with_({ languageTests: [celpip(TESTED_ON, 9), tef(TESTED_ON, 9)] }));
    const l = r.lines.find((x) => x.id === "language");
    expect([l?.points, l?.option, l?.source.secondary]).toEqual([10, "english-clb-6", undefined]);
    // 10 + bilingual 3 + no work, less than 6 months, 3.
    expect(r.total).toBe(16);
  });

  it("language: English CLB 4 (5) and French NCLC 6 (8) → 8 from the French column", () => {
    const l = line(with_({ languageTests: [celpip(TESTED_ON, 4), tef(TESTED_ON, 6)] }), "language");
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
      languageTests: [celpip(TESTED_ON, 10), tef(TESTED_ON, 7)],
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
      education: [{ level: "bachelors", inCanada: false, ecaIssuedOn: ECA }],
      certificateOfQualification: null,
      languageTests: [celpip(TESTED_ON, 9)],
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
      languageTests: [celpip(TESTED_ON, 7)],
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
      languageTests: [celpip(TESTED_ON, 8)],
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
      education: [{ level: "two-year", inCanada: false, ecaIssuedOn: ECA }],
      certificateOfQualification: null,
      languageTests: [celpip(TESTED_ON, 4), tef(TESTED_ON, 6)],
      workHistory: [job("FR", "2025-10-01", "2026-05-31")],
      familyInAlberta: false,
      extendedFamilyInAlberta: false,
      jobOffer: null,
    });
    expect(r.total).toBe(26);
  });

  it("6. single factor: only a doctorate answered, the rest answered none → 15", () => {
    // Doctorate abroad 12 + no work ("Less than 6 months") 3; everything else none or 0 (age 16 scores 0).
    expect(score(with_({ education: [{ level: "doctoral", inCanada: false, ecaIssuedOn: ECA }] })).total).toBe(15);
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
      languageTests: [celpip(TESTED_ON, 5)],
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
    // + age 33 5 + 0 = 53; a temporary offer earns nothing, its rural endorsement and community
    // neither (the AAIP's answers: "To claim points, the Alberta job offer must be permanent and
    // non-seasonal full-time employment"): 0 → 53.
    const r = score({
      dateOfBirth: "1993-01-01",
      education: [{ level: "secondary", inCanada: false, ecaIssuedOn: ECA }],
      certificateOfQualification: { trade: "72200", province: "AB", issuedOn: "2024-01-01" },
      languageTests: [celpip(TESTED_ON, 6)],
      workHistory: [job("CA", "2024-06-01", "2026-05-31", 40, "AB")],
      familyInAlberta: false,
      extendedFamilyInAlberta: false,
      jobOffer: offer({ permanent: false, community: "other", sectorEndorsement: "rural-renewal" }),
    });
    expect([r.groupI, r.groupII, r.total]).toEqual([53, 0, 53]);
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
      trades: false,
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

  it("education: of credentials worth as much, the highest level is claimed, with its own location", () => {
    // A foreign bachelor's (7) and a Canadian two-year trades diploma from Alberta (7): the
    // bachelor's is the higher level ("the highest level of education only"), and "if they have
    // lower education obtained in Canada, they cannot claim additional points for education in
    // Alberta or elsewhere in Canada": 7 + 0, named as the bachelor's.
    const foreignBachelors = { level: "bachelors", inCanada: false, ecaIssuedOn: "2024-01-10" };
    const tradesDiploma = {
      level: "two-year",
      trades: true,
      inCanada: true,
      designatedLearningInstitution: true,
      province: "AB",
    };
    const r = score(with_({ education: [foreignBachelors, tradesDiploma] }));
    expect([r.lines[0]?.points, r.lines[0]?.option, r.lines[1]?.points, r.lines[1]?.maximumReachable]).toEqual([
      7,
      "bachelors",
      0,
      0,
    ]);
    // The same with the certificate of qualification in place of the diploma: 7 + 0 as well.
    const coq = score(
      with_({
        education: [foreignBachelors],
        certificateOfQualification: { trade: "72200", province: "AB", issuedOn: "2021-06-30" },
      }),
    );
    expect([coq.lines[0]?.points, coq.lines[0]?.option, coq.lines[1]?.points]).toEqual([7, "bachelors", 0]);
    // The diploma alone: trades 7 + completed in Alberta 10.
    const alone = score(with_({ education: [tradesDiploma] }));
    expect([alone.lines[0]?.option, alone.lines[1]?.points]).toEqual(["trades", 10]);
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
    // A seasonal offer earns none of the offer's points: not its location, endorsement or licence
    // either ("To claim points, the Alberta job offer must be permanent and non-seasonal full-time
    // employment").
    const seasonal = score(
      with_({
        jobOffer: offer({
          seasonal: true,
          community: "rural-renewal-designated",
          sectorEndorsement: "rural-renewal",
          regulatedOccupationAlbertaLicence: true,
        }),
      }),
    );
    expect([seasonal.groupII, seasonal.maximumReachable - seasonal.total]).toEqual([0, 0]);
    // The same offer, not seasonal: 10 + 6 + 5 + 10 = 31, the group's cap.
    const qualifying = score(
      with_({
        jobOffer: offer({
          seasonal: false,
          community: "rural-renewal-designated",
          sectorEndorsement: "rural-renewal",
          regulatedOccupationAlbertaLicence: true,
        }),
      }),
    );
    expect(qualifying.groupII).toBe(31);
    // Part-time (20 hours a week): none either.
    expect(score(with_({ jobOffer: offer({ hoursPerWeek: 20, community: "other" }) })).groupII).toBe(0);
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
      "sector-endorsement",
      "offer-location",
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

describe("an offer dated after asOf", () => {
  it("scores nothing on the days before it, with a note saying why, and everything from its date", () => {
    // A permanent full-time offer in Calgary (job offer 10 + location) dated 2026-07-01.
    const dated = with_({ jobOffer: offer({ offeredOn: "2026-07-01", hourlyWageCad: 40 }) });
    const before = score(dated, "2026-06-30");
    const onTheDay = score(dated, "2026-07-01");
    const groupII = (r: WorkerEoiScore) => r.lines.filter((l) => l.group === "II").map((l) => [l.id, l.points]);
    expect(groupII(before)).toEqual(groupII(score(with_({ jobOffer: null }), "2026-06-30")));
    expect(before.groupII).toBe(0);
    expect(onTheDay.groupII).toBeGreaterThan(0);
    expect(onTheDay.groupII).toBe(score(with_({ jobOffer: offer({ hourlyWageCad: 40 }) }), "2026-07-01").groupII);
    expect(before.notes.map((n) => n.code)).toEqual(["offer_after_as_of"]);
    expect(englishOf(before.notes[0]?.message)).toBe(
      "The job offer is dated 2026-07-01, after 2026-06-30: on that day it did not exist yet, and its lines score nothing.",
    );
    expect(onTheDay.notes).toEqual([]);
  });
});

describe("dates", () => {
  it("2024-09-29: before the Worker EOI → issue before_worker_eoi", () => {
    const r = scoreAlbertaWorkerEoi({}, { asOf: isoDate("2024-09-29") });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.unknown, r.issues[0]?.code]).toEqual([false, "before_worker_eoi"]);
    expect(inEnglish(r.issues)[0]?.message).toContain("2024-09-30");
  });

  it.each(["2024-09-30", "2025-08-06"])("%s: the grid then is not known → unknown", (asOf) => {
    const r = scoreAlbertaWorkerEoi({}, { asOf: isoDate(asOf) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect([r.unknown, r.issues[0]?.code]).toEqual([true, "worker_eoi_grid_unknown"]);
    // The data's reason travels as its catalogue message, so that every locale words it.
    expect(r.issues[0]?.message).toStrictEqual(
      message("input.as-of.worker-eoi-grid-unknown", {
        asOf: isoDate(asOf),
        note: message("worker-eoi.grid.first-version-unknown", {}),
      }),
    );
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
    expect(inEnglish(r.issues)[0]?.message).toBe(
      "The date of birth 2030-01-01 is after the day scored, 2026-06-01: there is no age on that day.",
    );
    // The same issues as the CRS gives for the same input.
    const crs = calculateCrs(parse(input), { asOf: isoDate(ASOF) });
    expect(crs.ok ? [] : crs.issues.map((i) => [i.path, i.code])).toEqual(r.issues.map((i) => [i.path, i.code]));
  });

  it("a Worker EOI submitted before the Worker EOI began (2024-09-30) is an issue at its path", () => {
    const r = scoreAlbertaWorkerEoi(parse(with_({ workerEoiSubmittedOn: "2024-09-29" })), { asOf: isoDate(ASOF) });
    expect(r.ok ? undefined : [r.unknown, inEnglish(r.issues)]).toEqual([
      false,
      [
        {
          path: "workerEoiSubmittedOn",
          code: "before_worker_eoi",
          message:
            "A Worker Expression of Interest could not be submitted on 2024-09-29: the Worker EOI began on 2024-09-30.",
        },
      ],
    ]);
    // From the first day, a submission counts (the wider family list applies until 2025-01-29).
    expect(
      scoreAlbertaWorkerEoi(parse(with_({ workerEoiSubmittedOn: "2024-09-30" })), { asOf: isoDate(ASOF) }).ok,
    ).toBe(true);
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
    expect(r.ok ? undefined : [r.unknown, inEnglish(r.issues)]).toEqual([
      false,
      [{ path: "", code: "invalid_type", message: "Expected a candidate object, got null." }],
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
    ["education", 0, "trades"],
    ["education", 1, "trades"],
    ["education", 0, "ecaIssuedOn"],
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
    for (const issue of r.issues)
      expect(issue.path).toMatch(/^(dateOfBirth|languageTests\[\d+\]|workerEoiSubmittedOn$)/);
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
          // And an open line says what is open.
          else expect(l.missing.length).toBeGreaterThan(0);
          // The option's wording comes with it, from the grid, and only with it.
          expect("optionLabel" in l).toBe("option" in l);
          if (l.option !== undefined) expect(l.optionLabel).toBe(OPTION_LABELS.get(l.id)?.get(l.option));
        }
        if (r.total === r.maximumReachable) expect(r.missing).toEqual([]);
        else expect(r.missing.length).toBeGreaterThan(0);
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
  it("holds the ATP draw of 2024-12-11 and the eleven 2026 draws to 2026-09-22, oldest first", () => {
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
      ["2026-09-03", 60, 96],
      ["2026-09-22", 59, 100],
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
    expect(englishOf(c.message)).toContain("Draws from 2025-06-01 to 2025-12-31 are not in our data.");
    expect(englishOf(c.message)).not.toContain("Draws after");
    expect(englishOf(c.message)).toContain(
      n === 0 ? "was below the minimum of every one of the 6 " : `at or above the minimum of ${n} of the 6 `,
    );
    expect(englishOf(c.message)).toContain("not a promise");
  });

  it("only the 12 months before asOf count: the day itself is left out, a year back is in", () => {
    expect(compared(60, "2026-05-29").of).toBe(5);
    expect(compared(60, "2027-01-29").of).toBe(11);
    expect(compared(60, "2027-01-30").of).toBe(10);
    expect(compared(60, "2024-12-11").of).toBe(0);
    expect(compared(60, "2024-12-12").of).toBe(1);
  });

  it("says when the window runs past the data, and when there is no draw", () => {
    const late = compared(60, "2026-11-25");
    expect(late.complete).toBe(false);
    expect(englishOf(late.message)).toContain("Draws after 2026-09-23 are not in our data.");
    expect(englishOf(late.message)).toContain("Draws from 2025-11-25 to 2025-12-31 are not in our data.");
    expect([late.knownFrom, late.knownThrough]).toEqual(["2024-09-30", "2026-09-23"]);
    // 2025: no draw in the data, and the whole year is said to be missing.
    const none = compared(60, "2026-01-01");
    expect([none.of, none.atOrAbove, none.complete]).toEqual([0, 0, false]);
    expect(englishOf(none.message)).toContain("No Accelerated Tech Pathway draw");
    expect(englishOf(none.message)).toContain("Draws from 2025-01-01 to 2025-12-31 are not in our data.");
    // Before the Worker EOI there were no draws: an empty window that is nonetheless complete.
    const before = compared(60, "2024-10-01");
    expect([before.of, before.complete, before.notCovered]).toEqual([0, true, []]);
    expect(englishOf(before.message)).toContain("There were no Worker EOI draws before 2024-09-30");
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

// Options, labels, sources and missing paths of each line of the worker EOI score, word for word
// (data/alberta/worker-eoi-grid.json, grid effective 2025-08-07).
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
  /** A TEF Canada result at NCLC `level` in each ability (the lowest score of that band); below 4, all zero (NCLC 0). */
  const tefOrZero = (level: number) =>
    level < 4
      ? { test: "tef-canada", testedOn: TESTED_ON, scores: { reading: 0, writing: 0, listening: 0, speaking: 0 } }
      : tef(TESTED_ON, level);

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
    "sector-endorsement": "Job offers: Definition of permanent full-time employment in Alberta",
    "offer-location": "Job offers: Definition of permanent full-time employment in Alberta",
    "regulated-occupation": "Regulated occupation certification: When to claim points",
  };

  it("a full candidate, line by line: group, label, option and source as the grid names them", () => {
    // The grid's 100-point candidate of test/programs/alberta/worker-eoi.test.ts ("every factor at its maximum").
    const r = eoi({
      dateOfBirth: "1995-01-01",
      education: [{ level: "doctoral", inCanada: true, designatedLearningInstitution: true, province: "AB" }],
      languageTests: [celpip(TESTED_ON, 10), tefOrZero(7)],
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
      message: { id: `worker-eoi.line.${id}`, params: {} } as WorkerEoiLine["message"],
      points,
      maximumReachable: points,
      maximum: points,
      option,
      optionLabel,
      optionMessage: { id: "worker-eoi.option", params: { line: id, option } },
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
    expect(
      lineOf(with_({ education: [{ level: "bachelors", inCanada: false, ecaIssuedOn: ECA }] }), "education-location")
        .option,
    ).toBe("none");
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
    const masters = { level: "masters", inCanada: false, ecaIssuedOn: ECA };
    const bachelors = { level: "bachelors", inCanada: false, ecaIssuedOn: ECA };
    const coq = { trade: "72200", province: "AB", issuedOn: "2020-01-01" };
    expect(edu([masters, bachelors])).toEqual([10, 10, "masters", []]);
    expect(edu([bachelors, masters])).toEqual([10, 10, "masters", []]);
    expect(edu([{ level: "secondary", inCanada: false, ecaIssuedOn: ECA }])).toEqual([0, 0, "secondary-or-lower", []]);
    // A bachelor's (7) and a certificate of qualification (7): the bachelor's stays the option.
    expect(edu([bachelors], coq)).toEqual([7, 7, "bachelors", []]);
    expect(edu([{ level: "one-year", inCanada: false, ecaIssuedOn: ECA }], coq)).toEqual([7, 7, "trades", []]);
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
    const ab = ALBERTA_BACHELORS;
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
    expect(lang([celpip(TESTED_ON, 3)])).toEqual([0, "english-clb-3", undefined, 0, undefined]);
    // TEF scores under NCLC 4 read as NCLC 0: the "NCLC 3 or lower" row, 0 points, read from the French
    // column and so cited from its secondary transcription.
    expect(lang([tefOrZero(3)])).toEqual([0, "french-nclc-3", true, 0, undefined]);
    // English CLB 5 (8) and French NCLC 6 (8): equal, English counts (the French column is secondary).
    expect(lang([celpip(TESTED_ON, 5), tefOrZero(6)])).toEqual([8, "english-clb-5", undefined, 3, "both-4"]);
    // English CLB 5 and French NCLC 3: no bilingual bonus (it needs NCLC 4).
    expect(lang([celpip(TESTED_ON, 5), tefOrZero(3)])).toEqual([8, "english-clb-5", undefined, 0, undefined]);
    expect(lang([celpip(TESTED_ON, 3), tefOrZero(5)])).toEqual([5, "french-nclc-5", true, 0, undefined]);
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
    // Province open: the offer's other lines keep their best but ask for the province too.
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
      ...(
        [
          [6, "jobOffer.sectorEndorsement"],
          [5, "jobOffer.community"],
          [10, "jobOffer.regulatedOccupationAlbertaLicence"],
        ] as const
      ).map(([max, own]) => [
        0,
        max,
        undefined,
        [
          own,
          "jobOffer.province",
          "jobOffer.permanent",
          "jobOffer.hoursPerWeek",
          "jobOffer.seasonal",
          "jobOffer.combinationOfOccupations",
        ],
      ]),
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
    // Outside Alberta: the offer's other lines are 0 for certain, even with an endorsement and a licence.
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
    expect(issuesInEnglish(scoreAlbertaWorkerEoi({}, { asOf: "2026-02-30" as IsoDate }))).toStrictEqual({
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
          message: { id: "input.as-of.before-worker-eoi", params: { startedOn: "2024-09-30", asOf: "2024-09-29" } },
        },
      ],
    });
    expect(issuesInEnglish(scoreAlbertaWorkerEoi({}, { asOf: isoDate("2024-09-29") }))).toStrictEqual({
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
      expect(issuesInEnglish(scoreAlbertaWorkerEoi({}, { asOf: isoDate(asOf) }))).toStrictEqual({
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

// The grid's labels and the notes as messages: the English text is the grid's wording in the data
// (data/alberta/worker-eoi-grid.json), and each has a French text.
describe("Worker EOI: labels and notes as messages, in English and in French", () => {
  const factors = gridJson.versions.flatMap((v) => v.value?.factors ?? []);

  it("every factor's line message renders the grid's label, and every option's message its label", () => {
    expect(factors.length).toBeGreaterThanOrEqual(12);
    for (const factor of factors) {
      const id = `worker-eoi.line.${factor.id}` as WorkerEoiLine["message"]["id"];
      expect(renderMessage({ id, params: {} } as WorkerEoiLine["message"], en), factor.id).toBe(factor.label);
      for (const option of factor.options) {
        const m = message("worker-eoi.option", { line: factor.id, option: option.id });
        expect(renderMessage(m, en), `${factor.id} ${option.id}`).toBe(option.label);
        expect(renderMessage(m, fr), `${factor.id} ${option.id}`).not.toBe(option.id);
      }
    }
  });

  it("a scored line carries its label and option as messages; French says them in French", () => {
    const age = line(with_({ dateOfBirth: "1995-01-01" }), "age");
    expect([age.message, age.optionMessage]).toStrictEqual([
      { id: "worker-eoi.line.age", params: {} },
      { id: "worker-eoi.option", params: { line: "age", option: "21-34" } },
    ]);
    expect(reasonOf(age)).toBe("Age");
    expect(frenchOf(age)).toBe("Âge");
    expect(age.optionMessage && renderMessage(age.optionMessage, fr)).toBe("21 à 34 ans");
  });

  it("the wage-and-hours notes: ids, dates and paths as parameters; the same text in English, and French", () => {
    const [asked] = score(with_({ jobOffer: offer() })).notes;
    expect(asked?.message).toStrictEqual({
      id: "worker-eoi.note.wage-and-hours-asked",
      params: { from: "2026-02-25", answer: ["jobOffer.hourlyWageCad"] },
    });
    if (asked === undefined) throw new Error("expected a note");
    expect(reasonOf(asked)).toBe(
      "A Worker EOI submitted on or after 2026-02-25 must state the Alberta job offer's wage and hours of work (answer jobOffer.hourlyWageCad): they give no points, but draws that consider them leave out EOIs without them.",
    );
    expect(frenchOf(asked)).toMatch(/^Une Worker EOI soumise le 2026-02-25 ou après doit indiquer le salaire/);
    const [old] = score(with_({ jobOffer: offer(), workerEoiSubmittedOn: "2026-02-24" })).notes;
    if (old === undefined) throw new Error("expected a note");
    expect(old.message).toStrictEqual({
      id: "worker-eoi.note.wage-and-hours-not-collected",
      params: { from: "2026-02-25", submitted: "2026-02-24" },
    });
    expect(reasonOf(old)).toBe(
      "A Worker EOI submitted before 2026-02-25 (this one on 2026-02-24) holds no wage or hours of work for the Alberta job offer; draws that consider them do not consider it.",
    );
  });
});
