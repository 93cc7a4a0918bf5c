// CrsBreakdown.maximumReachable: the CRS's upper bound. Worked examples from the CRS tables, and
// properties over candidates made partial by leaving answers out of complete ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  assessAlbertaExpressEntry,
  type Candidate,
  calculateCrs,
  crsFactors,
  EDUCATION_CREDENTIAL_LEVELS,
  fswSelectionPoints,
  type IsoDate,
  isoDate,
  MARITAL_STATUSES,
  parseCandidate,
  scoreCrs,
  withProvincialNomination,
} from "../../src/index.js";
import { asOfArb, candidateArb, DELETABLE, deleteAll } from "../fixtures/alberta/arbitraries.js";
import type { JsonObject } from "../fixtures/alberta/builders.js";
import { quietSpouse } from "../fixtures/federal/builders.js";
import { celpip, tef } from "../fixtures/language-tests.js";
import { englishOf } from "../fixtures/messages.js";

const ASOF = isoDate("2026-01-15");

/**
 * Single, 45 on ASOF (age 0 points from 45), secondary school (30), CELPIP 5 on all four
 * (6 × 4 = 24 first-language points), no work: core 30 + 24 = 54; transferability 0.
 * Everything else answered "none", except the certificate of qualification.
 */
const low: Candidate = {
  dateOfBirth: isoDate("1980-01-01"),
  maritalStatus: "single",
  spouse: null,
  education: [{ level: "secondary", inCanada: true }],
  languageTests: [celpip("2025-06-01", 5)],
  workHistory: [],
  jobOffer: null,
  provincialNomination: null,
  siblingInCanada: false,
};

function crs(candidate: Candidate, asOf: IsoDate = ASOF) {
  const r = calculateCrs(candidate, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r;
}

describe("maximumReachable: worked examples", () => {
  it("equals the total when nothing is missing", () => {
    const b = crs({ ...low, certificateOfQualification: null });
    expect(b.missing).toEqual([]);
    expect(b.maximumReachable).toBe(b.total);
  });

  it("an open certificate of qualification adds at most its transferability points", () => {
    // Age 45: 0; secondary: 30; CLB 5 × 4: 6 × 4 = 24 → 54. A certificate with CLB 5-6 on all four: +25.
    const b = crs(low);
    expect(b.total).toBe(54);
    expect(b.missing).toEqual(["certificateOfQualification"]);
    expect(b.maximumReachable).toBe(54 + 25);
  });

  it("the stream's CRS minimum fails when even the best answers stay under 300", () => {
    const candidate: Candidate = { ...low, expressEntryProfile: { submittedOn: isoDate("2025-07-01") } };
    const a = assessAlbertaExpressEntry(candidate, { asOf: ASOF });
    const rule = a.failed.find((r) => r.id === "alberta-ee.crs-minimum");
    expect(rule?.verdict).toBe("fail");
    expect(englishOf(rule?.message)).toContain("could raise it to 79 at most");
    expect(a.missing).not.toContain("certificateOfQualification");
  });

  it("stays undecided when the open answers could reach 300", () => {
    // Tests open: secondary 30 + CLB 12 first language (34 × 4 = 136) + second language 24 +
    // French 50 + certificate with CLB 7+ 50 = 290 at age 45: still under 300 ...
    const { languageTests: _tests, ...noTests } = low;
    expect(crs(noTests).maximumReachable).toBe(290);
    // ... and with the date of birth open as well, the best age adds 110: 400.
    const { dateOfBirth: _dob, ...noTestsNoAge } = noTests;
    const b = crs(noTestsNoAge);
    expect(b.maximumReachable).toBe(400);
    const a = assessAlbertaExpressEntry(
      { ...noTestsNoAge, expressEntryProfile: { submittedOn: isoDate("2025-07-01") } },
      { asOf: ASOF },
    );
    expect(a.result.children?.find((r) => r.id === "alberta-ee.crs-minimum")?.verdict).toBe("unknown");
  });

  it("an open marital status bounds by the better of the two columns", () => {
    // Single column: age 45 → 0, secondary 30, CLB 5 24 = 54. With a spouse at their best, the
    // spouse section adds up to 40, but the core columns are lower: the bound is the larger.
    const { maritalStatus: _m, spouse: _s, ...open } = low;
    const b = crs({ ...open, certificateOfQualification: null });
    expect(b.missing).toEqual(["maritalStatus"]);
    expect(b.maximumReachable).toBeGreaterThanOrEqual(54);
    expect(b.maximumReachable).toBeLessThanOrEqual(54 + 40);
  });

  it("hand-built factors without an age are bounded by the best age", () => {
    const r = crsFactors({ ...low, certificateOfQualification: null }, { asOf: ASOF });
    if (!r.ok) throw new Error("derives");
    const { ok: _ok, age: _age, missing: _missing, ...factors } = r;
    const b = scoreCrs(factors, { asOf: ASOF });
    // Single, age unknown: 0 age points certain; the best age gives 110 (20-29, without a spouse).
    expect(b.missing).toEqual(["age"]);
    expect(b.maximumReachable).toBe(b.total + 110);
  });

  it("an open ECA bounds by the credential as claimed, not by any level", () => {
    // The same candidate with a foreign secondary diploma and no ECA date: 0 education points
    // certain (24 in all); with a valid ECA the diploma gives its 30, and no ECA can make it more.
    const b = crs({
      ...low,
      certificateOfQualification: null,
      education: [{ level: "secondary", inCanada: false }],
    });
    expect([b.total, b.missing, b.maximumReachable]).toEqual([24, ["education[0].ecaIssuedOn"], 24 + 30]);
    const r = crsFactors({ ...low, education: [{ level: "secondary", inCanada: false }] }, { asOf: ASOF });
    expect(r.ok && [r.education, r.possibleEducation]).toEqual(["less-than-secondary", "secondary"]);
  });

  it("an offer's open hours bound by its own occupation's line, not by major group 00", () => {
    // 2024-06-01, when arranged employment still scored: an offer in NOC 21231 (TEER 1, not major
    // group 00) with its hours open can add 50 points at most (200 only for major group 00).
    const day = isoDate("2024-06-01");
    const offer = { noc: "21231", lmia: "approved", permanent: true, engagement: "employee" } as const;
    const open = crs({ ...low, certificateOfQualification: null, jobOffer: offer }, day);
    const answered = crs({ ...low, certificateOfQualification: null, jobOffer: { ...offer, hoursPerWeek: 40 } }, day);
    expect(open.missing).toEqual(["jobOffer.hoursPerWeek"]);
    expect(answered.total).toBe(open.total + 50);
    expect(open.maximumReachable).toBe(answered.total);
    // crsFactors says the line the offer could prove.
    const r = crsFactors({ ...low, jobOffer: offer }, { asOf: day });
    expect(r.ok && [r.arrangedEmployment, r.possibleArrangedEmployment]).toEqual(["none", "other-teer-0-3"]);
  });

  it("a job's open answer bounds the work lines by that job's own hours, not by the top bands", () => {
    // Two years at 15 hours a week in Canada (one year of full-time credit), whether a full-time
    // student then not answered: the bound is the score with the answer that counts the job.
    const job = {
      noc: "21231",
      country: "CA",
      province: "AB",
      from: isoDate("2022-01-01"),
      to: isoDate("2023-12-31"),
      hoursPerWeek: 15,
      authorized: true,
      engagement: "employee",
    } as const;
    const open = crs({ ...low, certificateOfQualification: null, workHistory: [job] });
    const counted = crs({
      ...low,
      certificateOfQualification: null,
      workHistory: [{ ...job, fullTimeStudent: false }],
    });
    expect(open.missing).toEqual(["workHistory[0].fullTimeStudent"]);
    expect(counted.total).toBeGreaterThan(open.total);
    expect(open.maximumReachable).toBe(counted.total);
    const r = crsFactors({ ...low, workHistory: [job] }, { asOf: ASOF });
    expect(r.ok && [r.canadianWorkYears, r.possibleCanadianWorkYears, r.possibleForeignWorkYears]).toEqual([0, 1, 0]);
  });

  it("several results in a language: the bound weighs each choice of results", () => {
    // CLB 10/10/10/8 scores more as a first language alone; with a bachelor's counted, CLB 9 x 4
    // earns the education-language transferability points (CLB 9 in every ability) and can win.
    const single = {
      ...low,
      dateOfBirth: isoDate("1996-01-01"),
      certificateOfQualification: null,
      languageTests: [
        celpip("2025-06-01", { reading: 10, writing: 10, listening: 10, speaking: 8 }),
        celpip("2025-07-01", 9),
      ],
    };
    const open = crs({ ...single, education: [{ level: "bachelors", years: 4, inCanada: false }] });
    const answered = crs({
      ...single,
      education: [{ level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: isoDate("2024-01-01") }],
    });
    expect(open.missing).toEqual(["education[0].ecaIssuedOn"]);
    expect(answered.total).toBeGreaterThan(open.total);
    // The only open answer is the ECA: its favourable answer is the bound, exactly.
    expect(open.maximumReachable).toBe(answered.total);
    // The certificate of qualification needs CLB 5 in every ability of the first language: one
    // result of CLB 5 or more in each ability keeps it open, though the result chosen has a 4.
    const tests = [
      celpip("2025-06-01", { reading: 7, writing: 7, listening: 7, speaking: 4 }),
      celpip("2025-07-01", { reading: 6, writing: 6, listening: 6, speaking: 5 }),
    ];
    const { certificateOfQualification: _c, ...noCertificate } = low;
    const coq = crs({ ...noCertificate, languageTests: tests });
    expect(coq.missing).toContain("certificateOfQualification");
    const held = crs({
      ...low,
      languageTests: tests,
      certificateOfQualification: { trade: "72400", province: "AB", issuedOn: isoDate("2020-01-01") },
    });
    expect(held.total).toBeGreaterThan(coq.total);
    expect(coq.maximumReachable).toBeGreaterThanOrEqual(held.total);
  });

  it("results strong in different abilities do not add up to a result nobody holds", () => {
    // CLB 5/7/5/7 and 7/5/7/5 (reading, writing, listening, speaking), English declared first:
    // each ability at its best would be CLB 7 in all four, a result neither test gives. Only the
    // sibling is open; it adds 15 (section D), so the bound is the total plus 15, and the stream's
    // CRS minimum fails: no answer reaches 300.
    const candidate: Candidate = {
      ...low,
      dateOfBirth: isoDate("1994-08-07"),
      certificateOfQualification: null,
      firstOfficialLanguage: "english",
      education: [{ level: "bachelors", years: 2, inCanada: true }],
      languageTests: [
        celpip("2024-08-13", { reading: 5, writing: 7, listening: 5, speaking: 7 }),
        celpip("2025-07-09", { reading: 7, writing: 5, listening: 7, speaking: 5 }),
      ],
      workHistory: [],
      siblingInCanada: undefined,
    };
    const asOf = isoDate("2025-09-16");
    const open = calculateCrs(candidate, { asOf });
    const withSibling = calculateCrs({ ...candidate, siblingInCanada: true }, { asOf });
    if (!open.ok || !withSibling.ok) throw new Error("not scored");
    expect(open.missing).toEqual(["siblingInCanada"]);
    expect(withSibling.total).toBe(open.total + 15);
    expect(open.maximumReachable).toBe(withSibling.total);
    expect(open.maximumReachable).toBeLessThan(300);
    const factors = crsFactors(candidate, { asOf });
    expect(factors.ok && factors.languageChoices?.length).toBe(2);
  });

  it("an open marital status with a spouse described bounds by that spouse, not any spouse", () => {
    // The spouse brings no education, test or work: married or common-law, the "with a spouse"
    // column and 0 spouse points; any other status, the single column. The bound is the better
    // of the statuses, not the best possible spouse (up to 40 more points).
    const candidate: Candidate = {
      ...low,
      dateOfBirth: isoDate("1988-03-01"),
      certificateOfQualification: null,
      spouse: quietSpouse(),
      education: [{ level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: isoDate("2024-01-10") }],
      languageTests: [celpip("2025-01-10", 6)],
    };
    delete (candidate as { maritalStatus?: unknown }).maritalStatus;
    const asOf = isoDate("2025-06-01");
    const open = calculateCrs(candidate, { asOf });
    if (!open.ok) throw new Error("not scored");
    expect(open.missing).toEqual(["maritalStatus"]);
    const totals = MARITAL_STATUSES.map((maritalStatus) => {
      const r = calculateCrs({ ...candidate, maritalStatus }, { asOf });
      if (!r.ok) throw new Error("not scored");
      return r.total;
    });
    expect(open.maximumReachable).toBe(Math.max(...totals));
  });

  it("one result in each language, the first not declared: the bound weighs both orders", () => {
    // CELPIP 8/8/8/4 and TEF at NCLC 7 in all four; the education left out. With a Canadian
    // doctorate French first can score more than English first: the bound must cover it.
    const candidate: Candidate = {
      ...low,
      dateOfBirth: isoDate("1981-01-01"),
      certificateOfQualification: null,
      languageTests: [
        celpip("2025-01-10", { reading: 8, writing: 8, listening: 8, speaking: 4 }),
        tef("2025-01-10", 7),
      ],
    };
    delete (candidate as { education?: unknown }).education;
    const asOf = isoDate("2025-06-01");
    const open = calculateCrs(candidate, { asOf });
    const doctorate = calculateCrs({ ...candidate, education: [{ level: "doctoral", inCanada: true }] }, { asOf });
    if (!open.ok || !doctorate.ok) throw new Error("not scored");
    expect(open.missing).toContain("education");
    expect(open.maximumReachable).toBeGreaterThanOrEqual(doctorate.total);
    const factors = crsFactors(candidate, { asOf });
    expect(factors.ok && factors.languageChoices?.length).toBe(2);
  });

  it("past 64 pairs of results, each language's abilities at their best, in either order", () => {
    // Nine English results and eight French ones (CLB/NCLC 4 to 10), none better than another of
    // its language in every ability (reading + writing = 14, or listening or speaking alone at 10):
    // 72 pairs, so each language's abilities at their best stand for them all, in either order.
    const trade = [4, 5, 6, 7, 8, 9, 10].map((reading) => ({ reading, writing: 14 - reading }));
    const alone = [
      { reading: 4, writing: 4, listening: 10, speaking: 4 },
      { reading: 4, writing: 4, listening: 4, speaking: 10 },
    ];
    const english = [...trade, ...alone].map((l) => celpip("2025-06-01", l));
    const french = [...trade, alone[1] as (typeof alone)[number]].map((l) => tef("2025-06-01", l));
    const factors = crsFactors({ ...low, languageTests: [...english, ...french] }, { asOf: ASOF });
    if (!factors.ok) throw new Error(JSON.stringify(factors.issues));
    expect(factors.languageChoices).toHaveLength(2);
    const best = { reading: 10, writing: 10, listening: 10, speaking: 10 };
    expect(factors.languageChoices?.map((c) => c.english)).toEqual([best, best]);
  });

  it("a described spouse's unreadable test does not block the score while the status is open", () => {
    // IELTS has no band 6.25: the spouse's test cannot be read. Married or not is open, so the
    // spouse's columns may not apply: the score stands, the bound takes any spouse at their best.
    const candidate: Candidate = {
      ...low,
      spouse: {
        accompanying: true,
        canadianCitizenOrPermanentResident: false,
        education: [],
        languageTests: [
          {
            test: "ielts-general",
            testedOn: isoDate("2025-06-01"),
            scores: { reading: 6.25, writing: 6, listening: 6, speaking: 6 },
          },
        ],
        workHistory: [],
      },
    };
    delete (candidate as { maritalStatus?: unknown }).maritalStatus;
    const r = calculateCrs(candidate, { asOf: ASOF });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.missing).toContain("maritalStatus");
    expect(r.missing.filter((path) => path.startsWith("spouse"))).toEqual([]);
    const married = calculateCrs({ ...candidate, maritalStatus: "married" }, { asOf: ASOF });
    expect(married.ok).toBe(false);
  });

  it("a nomination adds its 600 to both bounds, within the 1,200 ceiling", () => {
    const b = crs(low);
    const n = withProvincialNomination(b);
    expect(n.total).toBe(b.total + 600);
    expect(n.maximumReachable).toBe(b.maximumReachable + 600);
  });
});

/**
 * Complete random candidates with answers left out, on random days. Two answers are not open
 * questions and are never left out: `firstOfficialLanguage` (left out, the better order is
 * assumed) and `jobOffer.offeredOn` (an undated offer is read as made by `asOf`, as the federal
 * programs and the ATP read it; a date after `asOf` removes the offer).
 */
const partials = asOfArb.chain((asOf) =>
  fc.record({
    asOf: fc.constant(asOf),
    full: candidateArb(asOf),
    deleted: fc.subarray(
      DELETABLE.filter((p) => p !== "firstOfficialLanguage" && p !== "jobOffer.offeredOn"),
      { maxLength: 10 },
    ),
  }),
);

function scored(input: JsonObject, asOf: IsoDate) {
  const parsed = parseCandidate(input);
  if (!parsed.ok) return undefined;
  const r = calculateCrs(parsed.value, { asOf });
  return r.ok ? r : undefined;
}

describe("maximumReachable: properties", { timeout: 120_000 }, () => {
  it("the complete score lies between the partial score and its bound; complete means bound = total", () => {
    let compared = 0;
    fc.assert(
      fc.property(partials, ({ asOf, full, deleted }) => {
        const complete = scored(full, asOf);
        const partial = scored(deleteAll(full, deleted), asOf);
        if (complete === undefined || partial === undefined) return;
        compared++;
        expect(partial.total).toBeLessThanOrEqual(complete.total);
        expect(complete.total).toBeLessThanOrEqual(partial.maximumReachable);
        expect(partial.maximumReachable).toBeLessThanOrEqual(1200);
        if (complete.missing.length === 0) expect(complete.maximumReachable).toBe(complete.total);
        if (partial.missing.length === 0) expect(partial.maximumReachable).toBe(partial.total);
      }),
      { numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(100);
  });

  it("answering more only narrows the bounds: total up, maximumReachable down", () => {
    fc.assert(
      fc.property(partials, fc.nat(), ({ asOf, full, deleted }, cut) => {
        const fewer = deleted.slice(0, cut % (deleted.length + 1));
        const wide = scored(deleteAll(full, deleted), asOf);
        const narrow = scored(deleteAll(full, fewer), asOf);
        if (wide === undefined || narrow === undefined) return;
        expect(narrow.total).toBeGreaterThanOrEqual(wide.total);
        expect(narrow.maximumReachable).toBeLessThanOrEqual(wide.maximumReachable);
      }),
      { numRuns: 300 },
    );
  });
});

describe("maximumReachable: open answers about credentials (property)", () => {
  // Lists of up to four credentials, each Canadian or foreign, with or without its length and
  // (foreign) its ECA date; every way of answering the open ones (a length of 1 to 5 years, an
  // ECA valid or expired on ASOF) must score within the partial list's bounds, for the CRS and
  // for the FSW selection grid.
  const credential = fc.record({
    level: fc.constantFrom(...EDUCATION_CREDENTIAL_LEVELS),
    inCanada: fc.boolean(),
    years: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    eca: fc.constantFrom("valid", "open"),
    answer: fc.record({ years: fc.integer({ min: 1, max: 5 }), eca: fc.constantFrom("valid", "expired") }),
  });
  const ecaOn = { valid: isoDate("2024-01-10"), expired: isoDate("2020-01-10") } as const;

  it("any answer to the open lengths and ECA dates lands within the bounds", () => {
    fc.assert(
      fc.property(fc.array(credential, { minLength: 1, maxLength: 4 }), (list) => {
        const partial = list.map((c) => ({
          level: c.level,
          inCanada: c.inCanada,
          ...(c.years === undefined ? {} : { years: c.years }),
          ...(c.inCanada || c.eca === "open" ? {} : { ecaIssuedOn: ecaOn.valid }),
        }));
        const answered = list.map((c) => ({
          level: c.level,
          inCanada: c.inCanada,
          years: c.years ?? c.answer.years,
          ...(c.inCanada ? {} : { ecaIssuedOn: c.eca === "open" ? ecaOn[c.answer.eca] : ecaOn.valid }),
        }));
        const before = crs({ ...low, certificateOfQualification: null, education: partial });
        const after = crs({ ...low, certificateOfQualification: null, education: answered });
        expect(after.total).toBeGreaterThanOrEqual(before.total);
        expect(after.total).toBeLessThanOrEqual(before.maximumReachable);
        // The bound is the best answer's score: every open length and ECA answered favourably.
        const best = list.map((c) => ({
          level: c.level,
          inCanada: c.inCanada,
          years: c.years ?? 5,
          ...(c.inCanada ? {} : { ecaIssuedOn: ecaOn.valid }),
        }));
        expect(crs({ ...low, certificateOfQualification: null, education: best }).total).toBe(before.maximumReachable);
        const fswBefore = fswSelectionPoints({ ...low, education: partial }, { asOf: ASOF });
        const fswAfter = fswSelectionPoints({ ...low, education: answered }, { asOf: ASOF });
        expect(fswAfter.total).toBeGreaterThanOrEqual(fswBefore.total);
        expect(fswAfter.total).toBeLessThanOrEqual(fswBefore.maximumReachable);
      }),
      { numRuns: 400 },
    );
  });
});
