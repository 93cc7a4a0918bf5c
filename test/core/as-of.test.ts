// One contract for a missing or invalid `asOf`, pinned on every export that takes one: functions
// that return `{ ok: false, issues }` give an issue with path `asOf`; every other function throws
// InvalidAsOfError. The words are the same either way (asOfProblem's), and start with "asOf".
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import { asOfProblem } from "../../src/core/as-of.js";
import type { IsoDate } from "../../src/index.js";
import * as api from "../../src/index.js";
import { exampleCandidate, parse } from "../fixtures/alberta/builders.js";
import { frenchOf, reasonOf } from "../fixtures/messages.js";

const candidate: api.Candidate = parse(exampleCandidate());
const day = "2026-11-25" as IsoDate;
const breakdown = (() => {
  const r = api.calculateCrs(candidate, { asOf: day });
  if (!r.ok) throw new Error("the example scores");
  return r;
})();

type Call = (asOf: unknown) => unknown;
const a = (asOf: unknown) => asOf as IsoDate;
const candidateSource = () => ({
  title: "A test rule",
  url: "https://example.org/",
  retrieved: api.isoDate("2026-11-25"),
});
const pass = () => ({ verdict: "pass" as const, message: api.text("ok") });

/** Every export that takes an `asOf`, called with only `asOf` wrong. */
const THROWING: Readonly<Record<string, Call>> = {
  ageOn: (asOf) => api.ageOn(day, a(asOf)),
  valueAsOf: (asOf) => api.valueAsOf([], a(asOf)),
  crsTablesAsOf: (asOf) => api.crsTablesAsOf(a(asOf)),
  scoreCrs: (asOf) => {
    const { ok: _ok, ...factors } = api.crsFactors(candidate, { asOf: day }) as Extract<
      api.CrsFactorsResult,
      { ok: true }
    >;
    return api.scoreCrs(factors, { asOf: a(asOf) });
  },
  isSkilledOccupationOn: (asOf) => api.isSkilledOccupationOn("21231", a(asOf)),
  officialLanguageLevels: (asOf) => api.officialLanguageLevels(candidate.languageTests, { asOf: a(asOf) }),
  skilledWorkExperience: (asOf) => api.skilledWorkExperience(candidate.workHistory, { asOf: a(asOf), withinYears: 10 }),
  continuousExperience: (asOf) =>
    api.continuousExperience(candidate.workHistory, { asOf: a(asOf), withinYears: 10 } as never),
  experienceByOccupation: (asOf) =>
    api.experienceByOccupation(candidate.workHistory, { asOf: a(asOf), withinYears: 10 }),
  deriveFederalFacts: (asOf) => api.deriveFederalFacts(candidate, a(asOf)),
  fswSelectionPoints: (asOf) => api.fswSelectionPoints(candidate, { asOf: a(asOf) }),
  assessFederalSkilledWorker: (asOf) => api.assessFederalSkilledWorker(candidate, { asOf: a(asOf) }),
  assessCanadianExperienceClass: (asOf) => api.assessCanadianExperienceClass(candidate, { asOf: a(asOf) }),
  assessFederalSkilledTrades: (asOf) => api.assessFederalSkilledTrades(candidate, { asOf: a(asOf) }),
  assessExpressEntry: (asOf) => api.assessExpressEntry(candidate, { asOf: a(asOf) }),
  isFstTradeOn: (asOf) => api.isFstTradeOn("72200", a(asOf)),
  fstTradeOccupations: (asOf) => api.fstTradeOccupations(a(asOf)),
  settlementFundsRequired: (asOf) => api.settlementFundsRequired(1, a(asOf)),
  deriveAlbertaFacts: (asOf) => api.deriveAlbertaFacts(candidate, a(asOf)),
  nextStepsFor: (asOf) => api.nextStepsFor(candidate, a(asOf), { status: "eligible", missing: [] } as never),
  assessAcceleratedTechPathway: (asOf) => api.assessAcceleratedTechPathway(candidate, { asOf: a(asOf) }),
  assessAlbertaExpressEntry: (asOf) => api.assessAlbertaExpressEntry(candidate, { asOf: a(asOf) }),
  checkAtpOccupation: (asOf) => api.checkAtpOccupation("21231", a(asOf)),
  isAtpOccupation: (asOf) => api.isAtpOccupation("21231", a(asOf)),
  atpOccupations: (asOf) => api.atpOccupations(a(asOf)),
  atpIntakeOn: (asOf) => api.atpIntakeOn(a(asOf)),
  withProvincialNomination: (asOf) => api.withProvincialNomination({ ...breakdown, asOf: a(asOf) }),
  // The reader itself: the one every entry above goes through.
  readAsOf: (asOf) => api.readAsOf(a(asOf)),
};

/** Every export that takes an `asOf` and answers `{ ok: false, issues }`. */
const RETURNING: Readonly<Record<string, Call>> = {
  calculateCrs: (asOf) => api.calculateCrs(candidate, { asOf: a(asOf) }),
  crsFactors: (asOf) => api.crsFactors(candidate, { asOf: a(asOf) }),
  crsImprovements: (asOf) => api.crsImprovements(candidate, { asOf: a(asOf) }),
  scoreAlbertaWorkerEoi: (asOf) => api.scoreAlbertaWorkerEoi(candidate, { asOf: a(asOf) }),
  atpDrawComparison: (asOf) => api.atpDrawComparison(60, { asOf: a(asOf) }),
  toClb: (asOf) => {
    const test = candidate.languageTests?.[0];
    if (test === undefined) throw new Error("the example has a test");
    return api.toClb(test, { asOf: a(asOf) });
  },
};

/** Exported functions that take no `asOf` (a day they read is a fact of the input, not the rules' day). */
const NO_AS_OF = new Set([
  "message",
  "text",
  "isMessage",
  "renderMessage",
  "renderResult",
  "renderAssessment",
  "addDays",
  "addMonths",
  "addYears",
  "allOf",
  "allVerdicts",
  "anyCase",
  "anyOf",
  "anyVerdict",
  "buildCandidateJsonSchema",
  "clbOnChart",
  "compareIsoDate",
  "crsTableHistory",
  "crsUncertainties",
  "daysBetween",
  "defineRule",
  "describeIsoDateProblem",
  "educationRank",
  "equivalencyChartFor",
  "expressEntryProfileExpiry",
  "extendRuleSet",
  "formatPath",
  "fullTimeEquivalentHours",
  "fullTimeHours",
  "getNoc",
  "intervalDays",
  "isEducationLevel",
  "isIsoDate",
  "isSkilledForExpressEntry",
  "isoDate",
  "itaApplicationDeadline",
  "languageEquivalencyCharts",
  "languageOf",
  "languageTestExpiresOn",
  "meetsClb",
  "minimumClb",
  "misrepresentationBanEnds",
  "negateVerdict",
  "nocCatalogueCounts",
  "nocConcordance",
  "nocPredecessors",
  "nocSuccessors",
  "nominationAcceptanceDeadline",
  "not",
  "notAnswered",
  "overlapDays",
  "parseCandidate",
  "qualifyingJobCases",
  "rankByClbSum",
  "searchNoc",
  "summarizeResult",
  "teerOf",
  "toIsoDate",
  "verdictOf",
  "walkResult",
  "atpDraws",
  "atpAllocations",
]);

const BAD: ReadonlyArray<[string, unknown, string]> = [
  ["left out", undefined, "got undefined"],
  ["null", null, "got null"],
  ["no such month", "2026-13-01", 'got "2026-13-01"'],
  ["not YYYY-MM-DD", "15/01/2026", 'got "15/01/2026"'],
  ["an Invalid Date", new Date(Number.NaN), "got an Invalid Date"],
  ["a number", 20260115, "got the number 20260115"],
  ["a Date past 9999", new Date(10000, 0, 1), "got a Date in the year 10000"],
  ["a Date before year 0", new Date(-1, 5, 1), "got a Date in the year -1"],
  [
    "a Date in year 0",
    (() => {
      const d = new Date(2020, 0, 15);
      d.setFullYear(0);
      return d;
    })(),
    "got a Date in the year 0",
  ],
];

/** 2026-11-25 as a Date of another realm (a vm context's, as an iframe's): not `instanceof Date` here. */
const foreignDate = (): unknown => runInNewContext("new Date(2026, 10, 25)");

describe("asOf: a Date of another realm is a Date", () => {
  it("reads as its local calendar day, and an invalid one is still an invalid date", () => {
    expect(foreignDate() instanceof Date).toBe(false);
    expect(api.assessAcceleratedTechPathway(candidate, { asOf: foreignDate() as Date }).asOf).toBe("2026-11-25");
    expect(() => api.assessAcceleratedTechPathway(candidate, { asOf: runInNewContext("new Date(NaN)") })).toThrow(
      /^asOf must be a calendar day written YYYY-MM-DD or a valid Date; got an Invalid Date\.$/,
    );
    // Something that only calls itself a Date is not one.
    const impostor = { [Symbol.toStringTag]: "Date", getTime: () => 0 };
    expect(() => api.assessAcceleratedTechPathway(candidate, { asOf: impostor as unknown as Date })).toThrow(
      api.InvalidAsOfError,
    );
  });
});

describe("asOf: one contract for every export", () => {
  it("the tables name every exported function (or say it takes no asOf)", () => {
    const functions = Object.entries(api)
      .filter(([name, value]) => typeof value === "function" && !/^[A-Z]/.test(name))
      .map(([name]) => name);
    const unlisted = functions.filter((n) => !(n in THROWING) && !(n in RETURNING) && !NO_AS_OF.has(n));
    expect(unlisted).toEqual([]);
  });

  for (const [name, call] of Object.entries(THROWING)) {
    describe(name, () => {
      it("works with a good asOf (a day or a Date, of this realm or another)", () => {
        expect(() => call(day)).not.toThrow();
        expect(() => call(new Date(2026, 10, 25))).not.toThrow();
        expect(() => call(foreignDate())).not.toThrow();
      });
      it.each(BAD)("throws InvalidAsOfError when asOf is %s", (_label, value, quoted) => {
        let thrown: unknown;
        try {
          call(value);
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(api.InvalidAsOfError);
        const error = thrown as api.InvalidAsOfError;
        expect(error.message).toMatch(/^asOf /);
        expect(error.message).toContain(quoted);
        expect(error.message).toBe(asOfProblem(value)?.message);
        // The same words as data: the issue the error carries renders to its message.
        expect(reasonOf(error.issue)).toBe(error.message);
        expect(error.issue).toStrictEqual(asOfProblem(value)?.issue);
        expect(error.path).toBe("asOf");
        expect(error.code).toBe(value === undefined || value === null ? "required" : "invalid_date");
      });
    });
  }

  for (const [name, call] of Object.entries(RETURNING)) {
    describe(name, () => {
      it("works with a good asOf, a Date of another realm too", () => {
        expect(call(day)).toMatchObject({ ok: true });
        expect(call(foreignDate())).toMatchObject({ ok: true });
      });
      it.each(BAD.filter(([, v]) => !(name === "toClb" && v === undefined)))(
        "returns an issue with path asOf when asOf is %s",
        (_label, value, quoted) => {
          const result = call(value) as { ok: boolean; issues?: api.InputIssue[] };
          expect(result.ok).toBe(false);
          const issue = result.issues?.find((i) => i.path === "asOf");
          if (issue === undefined) throw new Error("no issue at asOf");
          const english = reasonOf(issue);
          expect(english).toMatch(/^asOf /);
          expect(english).toContain(quoted);
          expect(english).toBe(asOfProblem(value)?.message);
          expect(issue.message.id).toMatch(/^input\.as-of\./);
          expect(frenchOf(issue)).toMatch(/^asOf /);
          expect(issue?.code).toBe(value === undefined || value === null ? "required" : "invalid_date");
        },
      );
    });
  }

  it("toClb's asOf is optional: left out, the result has no expiry check", () => {
    const test = candidate.languageTests?.[0];
    if (test === undefined) throw new Error("the example has a test");
    expect(api.toClb(test, {})).toMatchObject({ ok: true });
  });
});

describe("asOf in a rule's context: every rule's evaluate checks it", () => {
  const facts = api.deriveAlbertaFacts(candidate, day);
  // A child that does not check asOf itself: each combinator above it must.
  const raw = {
    id: "x.raw",
    title: "Raw",
    evaluate: () => ({ id: "x.raw", title: "Raw", verdict: "pass" as const, message: api.text("ok") }),
  } as unknown as api.Rule<unknown>;
  const rules = [
    ["the ATP tree (allOf at its root)", api.ACCELERATED_TECH_PATHWAY_RULES.rule],
    ["a leaf", api.defineRule({ id: "x.leaf", title: "A leaf", source: candidateSource(), check: () => pass() })],
    ["allOf over a child that checks nothing", api.allOf("x.all", "All", [raw])],
    ["anyOf over a child that checks nothing", api.anyOf("x.any", "Any", [raw])],
    ["not over a child that checks nothing", api.not("x.not", "Not", raw)],
    [
      "anyCase over a child that checks nothing",
      api.anyCase("x.cases", "Cases", () => ({ cases: [{ id: "one", label: "One", facts: {} }], none: "None." }), raw),
    ],
  ] as const;
  it.each(rules)("%s: a day passes; anything else throws InvalidAsOfError in the entry points' words", (_l, rule) => {
    expect(() => rule.evaluate(facts as never, { asOf: day })).not.toThrow();
    for (const [, value, quoted] of BAD.filter(([, v]) => !(v instanceof Date))) {
      let thrown: unknown;
      try {
        rule.evaluate(facts as never, { asOf: value as IsoDate });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(api.InvalidAsOfError);
      expect((thrown as Error).message).toBe(asOfProblem(value)?.message);
      expect((thrown as Error).message).toContain(quoted);
    }
    // A Date is read by readAsOf first: a rule compares days as strings.
    expect(() => rule.evaluate(facts as never, { asOf: new Date(2026, 0, 1) as never })).toThrow(
      /^asOf must be a calendar day written YYYY-MM-DD in a rule's context/,
    );
    expect(() => rule.evaluate(facts as never, { asOf: "" as IsoDate })).toThrow(api.InvalidAsOfError);
    expect(() => rule.evaluate(facts as never, undefined as never)).toThrow(/^asOf is required/);
    expect(() => rule.evaluate(facts as never, {} as never)).toThrow(/^asOf is required/);
  });
});

describe("asOfProblem: a Date holds a YYYY-MM-DD day from year 1 to year 9999", () => {
  it("accepts both ends of that range and names the year beyond them", () => {
    const inYear = (year: number) => {
      const d = new Date(2020, 5, 15);
      d.setFullYear(year);
      return d;
    };
    expect(asOfProblem(inYear(1))).toBeUndefined();
    expect(asOfProblem(new Date(9999, 11, 31))).toBeUndefined();
    expect(asOfProblem(inYear(0))?.code).toBe("invalid_date");
    expect(asOfProblem(new Date(10000, 0, 1))?.code).toBe("invalid_date");
  });
});

describe("checkRuleAsOf before any asOf was checked", () => {
  it("throws for a missing asOf in a fresh module (its cache of the last good day starts empty)", async () => {
    vi.resetModules();
    const fresh = await import("../../src/core/as-of.js");
    expect(() => fresh.checkRuleAsOf({})).toThrow(/^asOf is required/);
    expect(() => fresh.checkRuleAsOf(undefined)).toThrow(/^asOf is required/);
    expect(() => fresh.checkRuleAsOf({ asOf: "2026-01-01" })).not.toThrow();
    expect(() => fresh.checkRuleAsOf({})).toThrow(/^asOf is required/);
  });
});

describe("asOf problems as messages, in English and French", () => {
  it("pins the ids and parameters, and the French words", () => {
    expect(asOfProblem(undefined)?.issue).toStrictEqual({
      path: "asOf",
      code: "required",
      message: { id: "input.as-of.required", params: { received: { type: "undefined" } } },
    });
    expect(frenchOf(asOfProblem(undefined)?.issue ?? { message: api.text("") })).toBe(
      "asOf est obligatoire : c’est le jour auquel les règles s’appliquent, au format AAAA-MM-JJ ou sous forme de Date (la bibliothèque ne lit jamais l’horloge) ; valeur reçue : rien.",
    );
    const month = asOfProblem("2026-13-01")?.issue;
    expect(month?.message).toStrictEqual({
      id: "input.as-of.invalid",
      params: {
        received: { type: "string", value: "2026-13-01" },
        problem: { id: "input.date.no-such-month", params: { value: "2026-13-01" } },
      },
    });
    expect(frenchOf(month ?? { message: api.text("") })).toBe(
      "asOf doit être un jour du calendrier au format AAAA-MM-JJ ou une Date valide ; valeur reçue : « 2026-13-01 » : 2026-13-01 n’existe pas : il n’y a pas de mois 13, les mois vont de 01 à 12.",
    );
    const number = asOfProblem(20260115)?.issue;
    expect(number?.message).toStrictEqual({
      id: "input.as-of.invalid",
      params: { received: { type: "number", value: 20260115 } },
    });
    expect(frenchOf(number ?? { message: api.text("") })).toBe(
      "asOf doit être un jour du calendrier au format AAAA-MM-JJ ou une Date valide ; valeur reçue : 20260115.",
    );
  });

  it("a thrown InvalidAsOfError carries the issue, renderable in French", () => {
    let thrown: unknown;
    try {
      api.readAsOf(new Date(Number.NaN));
    } catch (error) {
      thrown = error;
    }
    const error = thrown as api.InvalidAsOfError;
    expect(error.issue.message).toStrictEqual({
      id: "input.as-of.invalid",
      params: { received: { type: "date", valid: false } },
    });
    expect(reasonOf(error.issue)).toBe(error.message);
    expect(frenchOf(error.issue)).toBe(
      "asOf doit être un jour du calendrier au format AAAA-MM-JJ ou une Date valide ; valeur reçue : une date non valide (Invalid Date).",
    );
  });
});
