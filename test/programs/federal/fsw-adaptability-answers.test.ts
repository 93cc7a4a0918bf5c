// FSW adaptability: the answers the grid asks that the CRS does not — `relativeInCanada` (any
// relative aged 18+ who is a citizen or permanent resident living in Canada) and
// `studiedInCanadaTwoYearsFullTime` (you, and an accompanying spouse: two academic years of
// full-time study in Canada, no credential needed). Each is true, false or left out.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addYears } from "../../../src/core/calendar.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { EducationCredential } from "../../../src/models/education.js";
import type { Spouse } from "../../../src/models/spouse.js";
import {
  assessFederalSkilledWorker,
  type FswSelectionPoints,
  fswSelectionPoints,
} from "../../../src/programs/federal/index.js";
import {
  ASOF,
  celpip,
  d,
  findRule,
  fswCandidate,
  jobEndingBefore,
  marriedTo,
  without,
} from "../../fixtures/federal/builders.js";
import { reasonOf } from "../../fixtures/messages.js";

const points = (c: Candidate) => fswSelectionPoints(c, { asOf: ASOF });
const element = (p: FswSelectionPoints, id: string) => p.adaptability.elements.find((e) => e.id === id);
const assess = (c: Candidate) => assessFederalSkilledWorker(c, { asOf: ASOF });
const passMark = (c: Candidate) => findRule(assess(c).result, "fsw.selection-points.67");

const FOREIGN_BACHELORS: EducationCredential = {
  level: "bachelors",
  years: 4,
  inCanada: false,
  completedOn: d("2017-05-31"),
  ecaIssuedOn: d("2024-01-10"),
};

const married = (over: Partial<Spouse> = {}): Partial<Candidate> => ({
  ...marriedTo(over),
  settlementFundsCad: 30_000,
});

/**
 * 62 points, every answer given, no adaptability: CLB 9 (24) + a foreign bachelor's (21) + one
 * year of work (9) + age 39 (8). Five adaptability points make 67.
 */
const at62 = (over: Partial<Candidate> = {}): Candidate =>
  fswCandidate({
    workHistory: [jobEndingBefore("21231", "IN", ASOF, 12)],
    dateOfBirth: addYears(ASOF, -39),
    ...over,
  });

describe("relativeInCanada", () => {
  it("true: 5 points, for a relative who is not a sibling (siblingInCanada false)", () => {
    const p = points(fswCandidate({ siblingInCanada: false, relativeInCanada: true }));
    expect(element(p, "relatives-in-canada")).toMatchObject({ verdict: "pass", points: 5, missing: [] });
    expect(p.adaptability.points).toBe(5);
    expect(p.total).toBe(75);
  });

  it("false: 0 points, no path to answer", () => {
    const p = points(fswCandidate({ relativeInCanada: false }));
    expect(element(p, "relatives-in-canada")).toMatchObject({ verdict: "fail", missing: [] });
    expect(p.adaptability).toMatchObject({ points: 0, maximumReachable: 0, missing: [] });
  });

  it("left out: undecided on relativeInCanada, up to 5", () => {
    const p = points(without(fswCandidate(), "relativeInCanada"));
    expect(element(p, "relatives-in-canada")).toMatchObject({ verdict: "unknown", missing: ["relativeInCanada"] });
    expect(p.adaptability).toMatchObject({ points: 0, maximumReachable: 5, missing: ["relativeInCanada"] });
  });

  it("left out with a sibling in Canada: the sibling earns the 5 points, nothing to answer", () => {
    const p = points(without(fswCandidate({ siblingInCanada: true }), "relativeInCanada"));
    expect(element(p, "relatives-in-canada")).toMatchObject({ verdict: "pass", missing: [] });
    expect(p.missing).toEqual([]);
  });
});

describe("studiedInCanadaTwoYearsFullTime (you)", () => {
  it("true: 5 points without a Canadian credential", () => {
    const p = points(fswCandidate({ education: [FOREIGN_BACHELORS], studiedInCanadaTwoYearsFullTime: true }));
    expect(element(p, "your-study-in-canada")).toMatchObject({ verdict: "pass", points: 5, missing: [] });
    const study = element(p, "your-study-in-canada");
    expect(study && reasonOf(study)).toContain("(studiedInCanadaTwoYearsFullTime)");
    expect(p.adaptability.points).toBe(5);
  });

  it("false: 0 points; a Canadian credential of two years or more still earns them", () => {
    const no = points(fswCandidate({ studiedInCanadaTwoYearsFullTime: false }));
    expect(element(no, "your-study-in-canada")).toMatchObject({ verdict: "fail", missing: [] });
    const credential = points(
      fswCandidate({
        studiedInCanadaTwoYearsFullTime: false,
        education: [FOREIGN_BACHELORS, { level: "two-year", years: 2, inCanada: true }],
      }),
    );
    expect(element(credential, "your-study-in-canada")?.verdict).toBe("pass");
  });

  it("left out: undecided on it; with a qualifying Canadian credential, pass and nothing to answer", () => {
    const open = points(without(fswCandidate(), "studiedInCanadaTwoYearsFullTime"));
    expect(element(open, "your-study-in-canada")).toMatchObject({
      verdict: "unknown",
      missing: ["studiedInCanadaTwoYearsFullTime"],
    });
    expect(open.adaptability.maximumReachable).toBe(5);
    const credential = points(
      without(
        fswCandidate({ education: [FOREIGN_BACHELORS, { level: "bachelors", years: 4, inCanada: true }] }),
        "studiedInCanadaTwoYearsFullTime",
      ),
    );
    expect(element(credential, "your-study-in-canada")).toMatchObject({ verdict: "pass", missing: [] });
  });

  it("false with education left out: undecided on education (a credential could still count)", () => {
    const p = points(fswCandidate({ education: undefined, studiedInCanadaTwoYearsFullTime: false }));
    expect(element(p, "your-study-in-canada")).toMatchObject({ verdict: "unknown", missing: ["education"] });
  });

  it("false with a Canadian program of unknown length: undecided on the length only", () => {
    const p = points(
      fswCandidate({
        education: [FOREIGN_BACHELORS, { level: "one-year", inCanada: true }],
        studiedInCanadaTwoYearsFullTime: false,
      }),
    );
    expect(element(p, "your-study-in-canada")).toMatchObject({ verdict: "unknown", missing: ["education[1].years"] });
  });
});

describe("spouse.studiedInCanadaTwoYearsFullTime", () => {
  it("accompanying spouse, true: 5 points; false: 0; left out: undecided on the spouse's path", () => {
    const yes = points(fswCandidate(married({ studiedInCanadaTwoYearsFullTime: true })));
    expect(element(yes, "spouse-study-in-canada")).toMatchObject({ verdict: "pass", points: 5, missing: [] });
    expect(yes.adaptability.points).toBe(5);
    // The spouse's answer is not yours.
    expect(element(yes, "your-study-in-canada")?.verdict).toBe("fail");

    const no = points(fswCandidate(married({ studiedInCanadaTwoYearsFullTime: false })));
    expect(element(no, "spouse-study-in-canada")).toMatchObject({ verdict: "fail", missing: [] });
    expect(no.missing).toEqual([]);

    const open = points(fswCandidate(married({ studiedInCanadaTwoYearsFullTime: undefined })));
    expect(element(open, "spouse-study-in-canada")).toMatchObject({
      verdict: "unknown",
      missing: ["spouse.studiedInCanadaTwoYearsFullTime"],
    });
    expect(open.missing).toEqual(["spouse.studiedInCanadaTwoYearsFullTime"]);
  });

  it("your answer is not the spouse's", () => {
    const p = points(fswCandidate({ ...married(), studiedInCanadaTwoYearsFullTime: true }));
    expect(element(p, "your-study-in-canada")?.verdict).toBe("pass");
    expect(element(p, "spouse-study-in-canada")?.verdict).toBe("fail");
  });

  it("a spouse who is not coming: the spouse elements fail whatever the answer", () => {
    for (const studied of [true, false, undefined]) {
      const p = points(fswCandidate(married({ accompanying: false, studiedInCanadaTwoYearsFullTime: studied })));
      expect(element(p, "spouse-study-in-canada")).toMatchObject({ verdict: "fail", missing: [] });
      expect(p.adaptability.points).toBe(0);
    }
  });

  it("married with the spouse left out: undecided on spouse, not on the spouse's study answer", () => {
    const p = points(fswCandidate({ maritalStatus: "married", spouse: undefined }));
    expect(element(p, "spouse-study-in-canada")).toMatchObject({ verdict: "unknown", missing: ["spouse"] });
  });
});

describe("62 + 5 = 67 through each new answer", () => {
  const cases: [string, Candidate, Candidate][] = [
    ["relativeInCanada", at62({ relativeInCanada: true }), at62()],
    ["studiedInCanadaTwoYearsFullTime", at62({ studiedInCanadaTwoYearsFullTime: true }), at62()],
    [
      "spouse.studiedInCanadaTwoYearsFullTime",
      at62(married({ studiedInCanadaTwoYearsFullTime: true })),
      at62(married({ studiedInCanadaTwoYearsFullTime: false })),
    ],
  ];

  for (const [path, yes, no] of cases) {
    it(`${path}: true passes with 67, false fails with 62, left out is undecided (not fail) on ${path}`, () => {
      expect(points(yes)).toMatchObject({ total: 67, verdict: "pass" });
      expect(passMark(yes)?.verdict).toBe("pass");
      expect(assess(yes).status).toBe("eligible");

      expect(points(no)).toMatchObject({ total: 62, maximumReachable: 62, verdict: "fail" });
      expect(passMark(no)?.verdict).toBe("fail");
      expect(assess(no).status).toBe("ineligible");

      const open = without(no, path);
      expect(points(open)).toMatchObject({ total: 62, maximumReachable: 67, verdict: "unknown", missing: [path] });
      expect(passMark(open)).toMatchObject({ verdict: "unknown", missing: [path] });
      const a = assess(open);
      expect(a.status).toBe("incomplete");
      expect(a.missing).toEqual([path]);
      expect(a.failed).toEqual([]);
    });
  }

  it("far from 67, the answers left out change nothing: a complete 54-point candidate still fails", () => {
    // CLB 9 (24) + bachelor's (21) + one year (9) + age 47 (0) = 54; even 10 more make 64.
    const far = ["relativeInCanada", "studiedInCanadaTwoYearsFullTime"].reduce(
      without,
      at62({ dateOfBirth: addYears(ASOF, -47) }),
    );
    expect(points(far)).toMatchObject({ total: 54, maximumReachable: 64, verdict: "fail" });
    expect(assess(far).status).toBe("ineligible");
  });
});

// ----- property: filling the new answers never turns a fail into a pass, nor a pass into a fail --

const NEW_PATHS = [
  "relativeInCanada",
  "studiedInCanadaTwoYearsFullTime",
  "spouse.studiedInCanadaTwoYearsFullTime",
] as const;

const shapeArb = fc.record({
  age: fc.integer({ min: 20, max: 50 }),
  clb: fc.integer({ min: 7, max: 10 }),
  workMonths: fc.constantFrom(12, 24, 48, 72),
  canadianWork: fc.boolean(),
  education: fc.constantFrom("foreign-bachelors", "foreign-masters", "canadian-two-year", "canadian-one-year"),
  sibling: fc.option(fc.boolean(), { nil: undefined }),
  spouse: fc.option(
    fc.record({
      accompanying: fc.boolean(),
      clb: fc.integer({ min: 3, max: 6 }),
      canadianEducation: fc.boolean(),
    }),
    { nil: null },
  ),
});

function build(g: ShapeOf<typeof shapeArb>): Candidate {
  const education: EducationCredential[] =
    g.education === "foreign-bachelors"
      ? [FOREIGN_BACHELORS]
      : g.education === "foreign-masters"
        ? [{ ...FOREIGN_BACHELORS, level: "masters", years: 2 }]
        : g.education === "canadian-two-year"
          ? [{ level: "two-year", years: 2, inCanada: true }]
          : [{ level: "one-year", years: 1, inCanada: true }];
  return fswCandidate({
    dateOfBirth: addYears(ASOF, -g.age),
    languageTests: [celpip("2025-03-01", g.clb)],
    workHistory: [jobEndingBefore("21231", g.canadianWork ? "CA" : "IN", ASOF, g.workMonths)],
    education,
    siblingInCanada: g.sibling,
    ...(g.spouse === null
      ? {}
      : married({
          accompanying: g.spouse.accompanying,
          languageTests: [celpip("2025-03-01", g.spouse.clb)],
          education: g.spouse.canadianEducation ? [{ level: "bachelors", years: 4, inCanada: true }] : [],
        })),
    settlementFundsCad: 60_000,
  });
}

type ShapeOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Every way to answer the paths left out of `partial` with true or false. */
function fillings(partial: Candidate, paths: readonly string[]): Candidate[] {
  return paths.reduce<Candidate[]>(
    (acc, path) =>
      acc.flatMap((c) =>
        [true, false].map((value) => {
          const copy = structuredClone(c);
          if (path.startsWith("spouse.")) (copy.spouse as Spouse).studiedInCanadaTwoYearsFullTime = value;
          else (copy as Record<string, unknown>)[path] = value;
          return copy;
        }),
      ),
    [partial],
  );
}

describe("filling the new answers (property)", () => {
  it("never turns an FSW fail into a pass, nor a pass into a fail; an undecided 67-point rule has a filling that passes", () => {
    fc.assert(
      fc.property(shapeArb, (g) => {
        const full = build(g);
        const paths = NEW_PATHS.filter((p) => !p.startsWith("spouse.") || full.spouse);
        const partial = paths.reduce(without, full);
        const filled = fillings(partial, paths);
        const before = points(partial);
        const beforeStatus = assess(partial).status;
        // Every other answer is given, so only the new answers can be missing.
        expect(before.missing.every((m) => (paths as readonly string[]).includes(m))).toBe(true);
        const after = filled.map((c) => points(c).verdict);
        const afterStatus = filled.map((c) => assess(c).status);
        if (before.verdict === "fail") expect(after.every((v) => v === "fail")).toBe(true);
        if (before.verdict === "pass") expect(after.every((v) => v === "pass")).toBe(true);
        if (before.verdict === "unknown") {
          expect(after).toContain("pass");
          expect(after).toContain("fail");
        }
        if (beforeStatus === "ineligible") expect(afterStatus.every((s) => s === "ineligible")).toBe(true);
        if (beforeStatus === "eligible") expect(afterStatus.every((s) => s === "eligible")).toBe(true);
        // Every filling is complete: the 67-point rule is decided.
        expect(after).not.toContain("unknown");
      }),
      { numRuns: 300 },
    );
  });
});
