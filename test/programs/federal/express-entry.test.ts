import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../../src/core/assessment.js";
import { addDays, addMonths, addYears } from "../../../src/core/calendar.js";
import { defineRule } from "../../../src/core/define-rule.js";
import { type IsoDate, isoDate } from "../../../src/core/iso-date.js";
import { text } from "../../../src/core/message.js";
import type { Rule } from "../../../src/core/rule.js";
import { extendRuleSet, type RuleSet } from "../../../src/core/rule-set.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { WorkExperience } from "../../../src/models/work-experience.js";
import {
  assessExpressEntry,
  EXPRESS_ENTRY_PROGRAM,
  EXPRESS_ENTRY_RULES,
} from "../../../src/programs/federal/express-entry.js";
import type { FederalFacts } from "../../../src/programs/federal/facts.js";
import { assessFederalSkilledWorker, FEDERAL_SKILLED_WORKER_RULES } from "../../../src/programs/federal/fsw.js";
import {
  assessCanadianExperienceClass,
  assessFederalSkilledTrades,
  deriveFederalFacts,
  FEDERAL_PROGRAM_SOURCES,
} from "../../../src/programs/federal/index.js";
import { fswProgramSource } from "../../../src/programs/federal/sources.js";
import {
  ASOF,
  cecCandidate,
  celpip,
  d,
  fstCandidate,
  fswCandidate,
  job,
  tef,
  without,
} from "../../fixtures/federal/builders.js";
import { englishOf, reasonOf, withReasons } from "../../fixtures/messages.js";

const assess = (candidate: Candidate, asOf: IsoDate = ASOF) => assessExpressEntry(candidate, { asOf });

function ids(rule: Rule<FederalFacts>): string[] {
  return [rule.id, ...(rule.children ?? []).flatMap(ids)];
}

describe("assessExpressEntry", () => {
  it("holds all three programs with their reasons", () => {
    const a = assess(cecCandidate());
    expect(a.program).toBe("federal.express-entry");
    expect(a.result.children?.map((c) => [c.id, c.verdict])).toEqual([
      ["federal.skilled-worker", "fail"],
      ["federal.canadian-experience-class", "pass"],
      ["federal.skilled-trades", "fail"],
    ]);
    expect(a.status).toBe("eligible");
    expect(a.failed).toEqual([]);
    expect(reasonOf(a.result)).toContain("Canadian Experience Class");
  });

  it.each([
    ["FSW", fswCandidate(), "federal.skilled-worker"],
    ["CEC", cecCandidate(), "federal.canadian-experience-class"],
    ["FST", fstCandidate(), "federal.skilled-trades"],
  ])("eligible through %s alone", (_, candidate, id) => {
    const a = assess(candidate);
    expect(a.status).toBe("eligible");
    expect(a.result.children?.filter((c) => c.verdict === "pass").map((c) => c.id)).toEqual([id]);
  });

  it("ineligible for all three lists the failed rules of each", () => {
    const c = fswCandidate({ languageTests: [celpip("2025-03-01", 3)] });
    const a = assess(c);
    expect(a.status).toBe("ineligible");
    const prefixes = new Set(a.failed.map((f) => f.id.split(".")[0]));
    expect([...prefixes].sort()).toEqual(["cec", "fst", "fsw"]);
    expect(reasonOf(a.result)).toContain("Not eligible for any Express Entry program");
  });

  it("undecided when one program is undecided and none passes", () => {
    const a = assess(without(fswCandidate(), "languageTests"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["languageTests"]);
  });

  it("agrees with the three program assessments", () => {
    for (const c of [fswCandidate(), cecCandidate(), fstCandidate(), without(fswCandidate(), "education")]) {
      const programs = [assessFederalSkilledWorker, assessCanadianExperienceClass, assessFederalSkilledTrades].map(
        (f) => f(c, { asOf: ASOF }).result.verdict,
      );
      expect(assess(c).result.children?.map((r) => r.verdict)).toEqual(programs);
    }
  });

  it("every rule id in the tree is unique, so extendRuleSet can address any of them", () => {
    const all = ids(EXPRESS_ENTRY_RULES.rule);
    expect(new Set(all).size).toBe(all.length);
    const lenient = extendRuleSet(EXPRESS_ENTRY_RULES, {
      replace: {
        "fsw.language.clb7": defineRule<FederalFacts>({
          id: "fsw.language.clb7",
          title: "Any language level",
          source: FEDERAL_PROGRAM_SOURCES.languageTests,
          check: () => ({ verdict: "pass", message: text("Waived.") }),
        }),
      },
    });
    const c = fswCandidate({
      languageTests: [
        celpip("2025-03-01", { writing: 6, reading: 10, listening: 10, speaking: 10 }),
        tef("2025-03-01", 5),
      ],
      siblingInCanada: true,
    });
    expect(assess(c).status).toBe("ineligible");
    expect(assessExpressEntry(c, { asOf: ASOF, ruleSet: lenient }).status).toBe("eligible");
  });

  it("the rule tree can be evaluated on derived facts (for nesting in other programs)", () => {
    const facts = deriveFederalFacts(cecCandidate(), ASOF);
    expect(EXPRESS_ENTRY_RULES.rule.evaluate(facts, { asOf: ASOF }).verdict).toBe("pass");
  });
});

// ----- properties ----------------------------------------------------------------------------------

const DATES = ["2022-11-15", "2022-11-16", "2024-05-27", "2024-05-28", "2025-07-06", "2025-07-07", "2026-01-15"].map(d);
const NOCS = [
  "21231",
  "72200",
  "73300",
  "13110",
  "62200",
  "72600",
  "65200",
  "00012",
  "2173",
  "7241",
  "1241",
  "7511",
  "6331",
];

const jobArb = fc.record({
  noc: fc.constantFrom(...NOCS),
  canada: fc.boolean(),
  startMonthsAgo: fc.integer({ min: 1, max: 84 }),
  months: fc.integer({ min: 6, max: 60 }),
  hours: fc.constantFrom(15, 20, 30, 40, 40, 40),
  authorized: fc.constantFrom(true, true, true, false),
  engagement: fc.constantFrom("employee", "employee", "self-employed", "temporary-agency"),
  fullTimeStudent: fc.constantFrom(false, false, false, true),
});

const candidateArb = fc.record({
  asOf: fc.constantFrom(...DATES),
  age: fc.integer({ min: 20, max: 50 }),
  married: fc.boolean(),
  spouseComing: fc.boolean(),
  spouseClb: fc.integer({ min: 3, max: 9 }),
  education: fc.constantFrom(
    "none",
    "foreign-masters",
    "foreign-bachelors-old-eca",
    "canadian-two-year",
    "foreign-bachelors",
  ),
  clb: fc.record({
    reading: fc.integer({ min: 4, max: 10 }),
    writing: fc.integer({ min: 5, max: 10 }),
    listening: fc.integer({ min: 5, max: 10 }),
    speaking: fc.integer({ min: 6, max: 10 }),
  }),
  french: fc.option(fc.integer({ min: 4, max: 9 }), { nil: undefined }),
  testMonthsAgo: fc.integer({ min: 1, max: 30 }),
  jobs: fc.array(jobArb, { minLength: 0, maxLength: 3 }),
  offer: fc.option(
    fc.record({
      noc: fc.constantFrom("21231", "72200", "73300", "65200"),
      hoursPerWeek: fc.constantFrom(20, 30, 40),
      permanent: fc.boolean(),
      durationMonths: fc.constantFrom(6, 12, 24),
      lmia: fc.constantFrom<"approved" | "exempt-work-permit" | "none">("approved", "exempt-work-permit", "none"),
    }),
    { nil: null },
  ),
  coq: fc.option(fc.constantFrom("72200", "7241", "73300", "21231"), { nil: null }),
  sibling: fc.boolean(),
  relative: fc.boolean(),
  studied: fc.boolean(),
  spouseStudied: fc.boolean(),
  funds: fc.constantFrom(0, 13_000, 14_000, 15_000, 16_000, 20_000, 40_000, 60_000),
  children: fc.integer({ min: 0, max: 2 }),
  permitMonths: fc.option(fc.integer({ min: -12, max: 24 }), { nil: undefined }),
});

type Generated = typeof candidateArb extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated): { candidate: Candidate; asOf: IsoDate } {
  const asOf = g.asOf;
  const jobs: WorkExperience[] = g.jobs.map((j) => {
    const from = addMonths(asOf, -j.startMonthsAgo);
    const end = addDays(addMonths(from, j.months), -1);
    const to = end >= asOf ? undefined : end;
    return j.canada
      ? job(j.noc, "CA", from, to, j.hours, {
          authorized: j.authorized,
          engagement: j.engagement as WorkExperience["engagement"],
          fullTimeStudent: j.fullTimeStudent,
        })
      : job(j.noc, "IN", from, to, j.hours);
  });
  const education =
    g.education === "none"
      ? []
      : g.education === "foreign-masters"
        ? [{ level: "masters" as const, years: 2, inCanada: false, ecaIssuedOn: addYears(asOf, -1) }]
        : g.education === "foreign-bachelors-old-eca"
          ? [{ level: "bachelors" as const, years: 4, inCanada: false, ecaIssuedOn: addYears(asOf, -6) }]
          : g.education === "canadian-two-year"
            ? [{ level: "two-year" as const, years: 2, inCanada: true }]
            : [{ level: "bachelors" as const, years: 4, inCanada: false, ecaIssuedOn: addYears(asOf, -2) }];
  const testedOn = addMonths(asOf, -g.testMonthsAgo);
  const languageTests = [celpip(testedOn, g.clb), ...(g.french === undefined ? [] : [tef(testedOn, g.french)])];
  const candidate: Candidate = {
    dateOfBirth: addYears(asOf, -g.age),
    maritalStatus: g.married ? "married" : "single",
    spouse: g.married
      ? {
          accompanying: g.spouseComing,
          canadianCitizenOrPermanentResident: false,
          languageTests: [celpip(testedOn, g.spouseClb)],
          education: [],
          workHistory: [],
          studiedInCanadaTwoYearsFullTime: g.spouseStudied,
        }
      : null,
    education,
    languageTests,
    workHistory: jobs,
    certificateOfQualification: g.coq === null ? null : { trade: g.coq, province: "AB", issuedOn: addYears(asOf, -1) },
    siblingInCanada: g.sibling,
    relativeInCanada: g.sibling || g.relative, // a sibling is a relative
    studiedInCanadaTwoYearsFullTime: g.studied,
    jobOffer:
      g.offer === null
        ? null
        : g.offer.permanent
          ? {
              noc: g.offer.noc,
              hoursPerWeek: g.offer.hoursPerWeek,
              permanent: true,
              lmia: g.offer.lmia,
              engagement: "employee",
            }
          : {
              noc: g.offer.noc,
              hoursPerWeek: g.offer.hoursPerWeek,
              permanent: false,
              durationMonths: g.offer.durationMonths,
              lmia: g.offer.lmia,
              engagement: "employee",
            },
    settlementFundsCad: g.funds,
    familySize: (g.married ? 2 : 1) + g.children,
    status: g.permitMonths === undefined ? {} : { workPermitValidUntil: addMonths(asOf, g.permitMonths) },
  };
  return { candidate, asOf };
}

/** Every path whose answer can be left out: top-level fields and the nested answers rules read. */
function removablePaths(c: Candidate): string[] {
  const paths: string[] = Object.keys(c);
  c.education?.forEach((e, i) => {
    if (e.ecaIssuedOn !== undefined) paths.push(`education[${i}].ecaIssuedOn`);
  });
  c.workHistory?.forEach((j, i) => {
    for (const key of ["authorized", "engagement", "fullTimeStudent"] as const) {
      if (j[key] !== undefined) paths.push(`workHistory[${i}].${key}`);
    }
  });
  if (c.jobOffer) {
    for (const key of ["hoursPerWeek", "permanent", "durationMonths", "lmia", "engagement"] as const) {
      if (c.jobOffer[key] !== undefined) paths.push(`jobOffer.${key}`);
    }
  }
  if (c.spouse)
    paths.push(
      "spouse.languageTests",
      "spouse.education",
      "spouse.workHistory",
      "spouse.studiedInCanadaTwoYearsFullTime",
    );
  if (c.status?.workPermitValidUntil !== undefined) paths.push("status.workPermitValidUntil");
  return paths;
}

function removeAll(c: Candidate, paths: readonly string[]): Candidate {
  // Children before parents, so that a parent's removal never strands a child path.
  return [...paths].sort((a, b) => b.length - a.length).reduce(without, c);
}

const PROGRAMS: readonly [string, (c: Candidate, o: { asOf: IsoDate }) => Assessment][] = [
  ["fsw", assessFederalSkilledWorker],
  ["cec", assessCanadianExperienceClass],
  ["fst", assessFederalSkilledTrades],
  ["ee", assessExpressEntry],
];

const scenario = candidateArb.chain((g) => {
  const built = build(g);
  return fc.subarray(removablePaths(built.candidate)).map((removed) => ({ ...built, removed }));
});

describe("three-valued honesty (properties)", () => {
  it("filling in missing answers never turns ineligible into eligible (fail is final), nor eligible into ineligible", () => {
    fc.assert(
      fc.property(scenario, ({ candidate, asOf, removed }) => {
        const partial = removeAll(candidate, removed);
        for (const [name, assessProgram] of PROGRAMS) {
          const full = assessProgram(candidate, { asOf }).status;
          const part = assessProgram(partial, { asOf }).status;
          if (part === "ineligible") expect(full, `${name} without ${removed.join(", ")}`).toBe("ineligible");
          if (part === "eligible") expect(full, `${name} without ${removed.join(", ")}`).toBe("eligible");
        }
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it("eligible means no failed rule and nothing missing; ineligible means nothing missing", () => {
    fc.assert(
      fc.property(scenario, ({ candidate, asOf, removed }) => {
        for (const c of [candidate, removeAll(candidate, removed)]) {
          for (const [, assessProgram] of PROGRAMS) {
            const a = assessProgram(c, { asOf });
            if (a.eligible) {
              expect(a.failed).toEqual([]);
              expect(a.missing).toEqual([]);
            }
            if (a.status === "ineligible") {
              expect(a.missing).toEqual([]);
              expect(a.failed.length).toBeGreaterThan(0);
              for (const f of a.failed) expect(reasonOf(f).length).toBeGreaterThan(20);
            }
            if (a.status === "incomplete" && removed.length === 0) {
              // A complete candidate is only undecided where the data is (funds before 2022-06-09, NOC splits),
              // or where the model cannot say "no work permit" (workPermitValidUntil is not nullable).
              const allowed = (path: string) =>
                path.endsWith(".noc") ||
                (path === "status.workPermitValidUntil" && c.status?.workPermitValidUntil === undefined);
              expect(a.missing.filter((path) => !allowed(path))).toEqual([]);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it("removing any set of answers from an eligible candidate never makes it ineligible", () => {
    const references = fc.constantFrom(...DATES).chain((asOf) =>
      fc
        .constantFrom<[Candidate, (c: Candidate, o: { asOf: IsoDate }) => Assessment]>(
          [cecCandidate(asOf), assessCanadianExperienceClass],
          [fstCandidate(asOf), assessFederalSkilledTrades],
          [
            fstCandidate(asOf, {
              certificateOfQualification: null,
              jobOffer: { noc: "72200", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" },
            }),
            assessFederalSkilledTrades,
          ],
          [fswCandidate(), assessFederalSkilledWorker],
          [
            fswCandidate({
              settlementFundsCad: 0,
              jobOffer: {
                noc: "21231",
                hoursPerWeek: 40,
                permanent: true,
                lmia: "exempt-work-permit",
                engagement: "employee",
              },
              status: { workPermitValidUntil: d("2027-01-01") },
            }),
            assessFederalSkilledWorker,
          ],
        )
        .chain(([candidate, assessProgram]) =>
          fc.subarray(removablePaths(candidate)).map((removed) => ({ candidate, assessProgram, removed, asOf })),
        ),
    );
    fc.assert(
      fc.property(references, ({ candidate, assessProgram, removed, asOf }) => {
        const on = candidate.languageTests?.[0]?.testedOn === "2025-03-01" ? ASOF : asOf;
        expect(assessProgram(candidate, { asOf: on }).status).toBe("eligible");
        const partial = assessProgram(removeAll(candidate, removed), { asOf: on });
        expect(partial.status, removed.join(", ")).not.toBe("ineligible");
        if (partial.status === "incomplete") expect(partial.missing.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it("the eligible reference candidates lose eligibility to incomplete, never to ineligible, when any one answer is removed", () => {
    for (const [candidate, assessProgram] of [
      [fswCandidate(), assessFederalSkilledWorker],
      [cecCandidate(), assessCanadianExperienceClass],
      [fstCandidate(), assessFederalSkilledTrades],
    ] as const) {
      for (const path of removablePaths(candidate)) {
        const status = assessProgram(without(candidate, path), { asOf: ASOF }).status;
        expect(status, path).not.toBe("ineligible");
      }
    }
  });
});

// Tests that pin src/programs/federal/express-entry.ts, options.ts and as-of.ts: Express Entry as
// eligibility for at least one of its three programs (IRCC "Express Entry: who can apply" — the
// Federal Skilled Worker Program, the Canadian Experience Class, the Federal Skilled Trades
// Program), the dates a rule set applies on (from its
// `from` to the day before its `to`, with the reason word for word outside them), and the
// TypeError when `asOf` is left out (the library never reads the clock).
describe("assessExpressEntry: the rule set, its dates and its reasons word for word", () => {
  it("any of FSW, CEC and FST: the rule set, its children, the pass", () => {
    expect(EXPRESS_ENTRY_PROGRAM).toBe("federal.express-entry");
    expect(EXPRESS_ENTRY_RULES.id).toBe("federal.express-entry/2015-01-01");
    expect(EXPRESS_ENTRY_RULES.from).toBe("2015-01-01");
    expect(EXPRESS_ENTRY_RULES).not.toHaveProperty("to");
    const a = assessExpressEntry(fswCandidate(), { asOf: ASOF });
    expect(a).toMatchObject({
      program: "federal.express-entry",
      asOf: "2026-01-15",
      ruleSet: { id: "federal.express-entry/2015-01-01", from: "2015-01-01" },
      status: "eligible",
      result: {
        id: "federal.express-entry",
        title: "Eligible for an Express Entry program (FSW, CEC or FST)",
        verdict: "pass",
        combinator: "any",
      },
    });
    expect(a.result.children?.map((c) => [c.id, c.verdict])).toEqual([
      ["federal.skilled-worker", "pass"],
      ["federal.canadian-experience-class", "fail"],
      ["federal.skilled-trades", "fail"],
    ]);
  });

  it("eligible for none: the fail reason names the three programs", () => {
    const a = assessExpressEntry(fswCandidate({ languageTests: [] }), { asOf: ASOF });
    expect(a.status).toBe("ineligible");
    expect(reasonOf(a.result)).toBe(
      "Not eligible for any Express Entry program: the Federal Skilled Worker Program, the Canadian Experience Class and the Federal Skilled Trades Program each have an unmet requirement.",
    );
  });

  it("before 2015-01-01: incomplete, the rule set's dates, no source on a root without one", () => {
    const OUT_OF_RANGE_2014 = {
      id: "federal.rule-set.out-of-range",
      params: { ruleSet: "federal.express-entry/2015-01-01", from: "2015-01-01", to: null, asOf: "2014-12-31" },
    };
    expect(withReasons(assessExpressEntry(fswCandidate(), { asOf: isoDate("2014-12-31") }))).toStrictEqual({
      program: "federal.express-entry",
      asOf: "2014-12-31",
      ruleSet: { id: "federal.express-entry/2015-01-01", from: "2015-01-01" },
      result: {
        id: "federal.express-entry",
        title: "Eligible for an Express Entry program (FSW, CEC or FST)",
        verdict: "unknown",
        message: OUT_OF_RANGE_2014,
        reason:
          "The rule set federal.express-entry/2015-01-01 applies from 2015-01-01; the library knows no rules for 2014-12-31.",
        uncertain: true,
      },
      status: "incomplete",
      eligible: false,
      failed: [],
      missing: [],
      uncertain: [
        {
          id: "federal.express-entry",
          message: OUT_OF_RANGE_2014,
          reason:
            "The rule set federal.express-entry/2015-01-01 applies from 2015-01-01; the library knows no rules for 2014-12-31.",
        },
      ],
      verifiedThrough: "2026-11-25",
      caveats: [],
    });
    expect(englishOf(assessExpressEntry(fswCandidate(), { asOf: isoDate("2015-01-01") }).result.message)).not.toMatch(
      /applies from/,
    );
  });
});

describe("runAssessment: a rule set that ends", () => {
  const ending: RuleSet<FederalFacts> = { ...FEDERAL_SKILLED_WORKER_RULES, id: "fsw-test", to: isoDate("2020-01-01") };

  it("applies up to the day before its end, not on it; the reason gives both dates and the root's source", () => {
    const inside = assessFederalSkilledWorker(fswCandidate(), { asOf: isoDate("2019-12-31"), ruleSet: ending });
    expect(reasonOf(inside.result)).not.toMatch(/applies from/);
    expect(inside.ruleSet).toStrictEqual({ id: "fsw-test", from: "2015-01-01", to: "2020-01-01" });
    const after = assessFederalSkilledWorker(fswCandidate(), { asOf: isoDate("2020-01-01"), ruleSet: ending });
    expect(withReasons(after.result)).toStrictEqual({
      id: "federal.skilled-worker",
      title: "Federal Skilled Worker Program",
      verdict: "unknown",
      message: {
        id: "federal.rule-set.out-of-range",
        params: { ruleSet: "fsw-test", from: "2015-01-01", to: "2020-01-01", asOf: "2020-01-01" },
      },
      reason:
        "The rule set fsw-test applies from 2015-01-01 until 2020-01-01 (exclusive); the library knows no rules for 2020-01-01.",
      uncertain: true,
      source: fswProgramSource,
    });
    expect(after.status).toBe("incomplete");
    expect(after.uncertain).toStrictEqual([{ id: "federal.skilled-worker", message: after.result.message }]);
  });

  it("an undefined ruleSet is the default one", () => {
    expect(assessFederalSkilledWorker(fswCandidate(), { asOf: ASOF, ruleSet: undefined }).ruleSet.id).toBe(
      "federal.skilled-worker/2015-01-01",
    );
  });
});

describe("assessExpressEntry without asOf", () => {
  it("InvalidAsOfError (a TypeError), whether options or asOf is left out or null", () => {
    for (const options of [undefined, {}, { asOf: null }, { asOf: undefined }]) {
      expect(() => assessExpressEntry(fswCandidate(), options as never)).toThrow(TypeError);
      expect(() => assessExpressEntry(fswCandidate(), options as never)).toThrow(/^asOf is required: /);
    }
  });
});
