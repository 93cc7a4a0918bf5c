// Properties of assessAcceleratedTechPathway over random candidates (fast-check): candidates made
// from the complete eligible ones by changing values (hours, provinces, engagement, dates, CLB
// scores, employer answers, ...) and leaving random answers out, on random days of 2021–2027.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  type AtpAssessment,
  aaipEmployerRequirements,
  assessAcceleratedTechPathway,
  extendRuleSet,
  type IsoDate,
  parseCandidate,
  type RuleResult,
  walkResult,
} from "../../../src/index.js";
import {
  asOfArb,
  candidateArb,
  DELETABLE,
  deleteAll,
  deletionArb,
  fillIn,
  fillsArb,
} from "../../fixtures/alberta/arbitraries.js";
import {
  ASOF,
  deepFreeze,
  getAt,
  type Json,
  type JsonObject,
  offerOnly,
  parse,
  withValue,
} from "../../fixtures/alberta/builders.js";
import { englishOf } from "../../fixtures/messages.js";

// 150 runs a property in `npm test`; `npm run test:fuzz` (in CI) sets ALBERTA_PROPERTY_RUNS=400.
const RUNS = { numRuns: Number(process.env.ALBERTA_PROPERTY_RUNS ?? 150) };

function assess(input: Json, asOf: IsoDate): AtpAssessment | undefined {
  const parsed = parseCandidate(input);
  return parsed.ok ? assessAcceleratedTechPathway(parsed.value, { asOf }) : undefined;
}

/**
 * A passing result is justified when every part it needs passes: all parts of an `all` (and of a
 * leaf showing a nested tree, like the federal programs), at least one of an `any` or of the cases,
 * and a failing part under a `not`. Alternatives that were not needed may fail or be unknown.
 */
function justified(r: RuleResult): boolean {
  if (r.verdict !== "pass") return false;
  const children = r.children ?? [];
  if (children.length === 0) return true;
  switch (r.combinator) {
    case "any":
    case "cases":
      return children.some(justified);
    case "not":
      return children.every((c) => c.verdict === "fail");
    default:
      return children.every(justified);
  }
}

/** The nodes every eligible answer rests on: reached from the root through `all` parts only. */
function required(r: RuleResult): RuleResult[] {
  if (r.combinator === "any" || r.combinator === "cases" || r.combinator === "not") return [r];
  return [r, ...(r.children ?? []).flatMap(required)];
}

/** A random day, a complete candidate changed at random, answers to leave out, and answers to put back. */
const scenario = asOfArb.chain((asOf) =>
  fc.record({
    asOf: fc.constant(asOf),
    full: candidateArb(asOf),
    deleted: deletionArb,
    fills: fillsArb,
    // Paths whose original answer is put back, instead of another value.
    original: fc.subarray([...DELETABLE]),
  }),
);

function partialAndFilled(s: {
  full: JsonObject;
  deleted: string[];
  fills: Partial<Record<string, Json>>;
  original: string[];
}) {
  const partial = deleteAll(s.full, s.deleted);
  const fills: Partial<Record<string, Json>> = { ...s.fills };
  for (const path of s.original) {
    const value = getAt(s.full, path);
    if (value !== undefined) fills[path] = value;
  }
  return { partial, filled: fillIn(partial, s.deleted, fills) };
}

describe("assessAcceleratedTechPathway properties", { timeout: 120_000 }, () => {
  it("eligible implies no failed and no unknown rule that the answer rests on, nothing failed, nothing missing", () => {
    let eligible = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const { partial } = partialAndFilled(s);
        for (const input of [s.full, partial]) {
          const a = assess(input, s.asOf);
          if (a === undefined || a.status !== "eligible") continue;
          eligible++;
          expect(a.eligible).toBe(true);
          expect(a.failed).toEqual([]);
          expect(a.missing).toEqual([]);
          expect(justified(a.result)).toBe(true);
          for (const r of required(a.result)) expect(r.verdict).toBe("pass");
          // In every passing case of the qualifying job, no job rule is failed or unknown.
          for (const c of [...walkResult(a.result)].filter((r) => r.id.startsWith("atp.qualifying-job#"))) {
            if (c.verdict !== "pass") continue;
            for (const leaf of walkResult(c)) expect(leaf.verdict).toBe("pass");
          }
        }
      }),
      RUNS,
    );
    expect(eligible).toBeGreaterThan(20);
  });

  it("a fail is final: answering left-out questions never turns ineligible into eligible", () => {
    let ineligible = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        const { partial, filled } = partialAndFilled(s);
        const before = assess(partial, s.asOf);
        const after = assess(filled, s.asOf);
        if (before === undefined || after === undefined || before.status !== "ineligible") return;
        ineligible++;
        expect(after.status).not.toBe("eligible");
        // Stronger: the failures already found stay failures.
        expect(after.status).toBe("ineligible");
      }),
      RUNS,
    );
    expect(ineligible).toBeGreaterThan(20);
  });

  it("a pass is final too: answering left-out questions never undoes eligible (except an offer's date and the first language)", () => {
    // An offer whose date is not answered is taken to exist on asOf (as the federal rules take it);
    // dating it after asOf removes it. An undeclared first official language is the candidate's
    // choice still to make, read as the best one (the design's rule: "the candidate's choice when given;
    // otherwise the one worth more"); declaring the other one can undo eligible. So those two
    // answers are not filled in here.
    fc.assert(
      fc.property(scenario, (s) => {
        const deleted = s.deleted.filter((p) => p !== "jobOffer.offeredOn" && p !== "firstOfficialLanguage");
        const { partial, filled } = partialAndFilled({ ...s, deleted });
        const before = assess(partial, s.asOf);
        const after = assess(filled, s.asOf);
        if (before === undefined || after === undefined || before.status !== "eligible") return;
        expect(after.status).toBe("eligible");
      }),
      RUNS,
    );
  });

  it("the summary agrees with the tree: status from the root, failed leaves are fails, missing only when incomplete", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { partial } = partialAndFilled(s);
        const a = assess(partial, s.asOf);
        if (a === undefined) return;
        const status = { pass: "eligible", fail: "ineligible", unknown: "incomplete" }[a.result.verdict];
        expect(a.status).toBe(status);
        expect(a.eligible).toBe(a.status === "eligible");
        for (const leaf of a.failed) expect(leaf.verdict).toBe("fail");
        if (a.status === "ineligible") expect(a.failed.length).toBeGreaterThan(0);
        if (a.status !== "incomplete") expect(a.missing).toEqual([]);
        expect(new Set(a.missing).size).toBe(a.missing.length);
        // Ineligible: only the remedies that would change the outcome (a written offer, the profile's
        // NOC 2021 code), and an Alberta nominee's deadline to accept the nomination.
        if (a.status === "ineligible") {
          for (const step of a.nextSteps)
            expect(["written-job-offer", "update-profile-noc", "accept-nomination"]).toContain(step.id);
        }
      }),
      RUNS,
    );
  });

  it("incomplete always names a missing answer or an uncertain rule, and every unknown leaf says which", () => {
    const offenders = new Map<string, string>();
    fc.assert(
      fc.property(scenario, (s) => {
        const { partial } = partialAndFilled(s);
        for (const input of [s.full, partial]) {
          const a = assess(input, s.asOf);
          if (a === undefined) continue;
          if (a.status === "incomplete" && a.missing.length + a.uncertain.length === 0) {
            offenders.set(`incomplete with nothing named on ${s.asOf}`, englishOf(a.result.message));
          }
          if (a.status !== "incomplete") expect(a.uncertain).toEqual([]);
          for (const u of a.uncertain) expect(englishOf(u.message).length).toBeGreaterThan(0);
          for (const node of walkResult(a.result)) {
            const leaf = (node.children ?? []).length === 0;
            if (!leaf || node.verdict !== "unknown") continue;
            if ((node.missing ?? []).length === 0 && node.uncertain !== true)
              offenders.set(node.id, englishOf(node.message));
          }
        }
      }),
      RUNS,
    );
    expect([...offenders]).toEqual([]);
  });

  it("every path in missing is left out of the input (a NOC code to restate in the other version excepted)", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { partial } = partialAndFilled(s);
        const a = assess(partial, s.asOf);
        if (a === undefined) return;
        for (const path of a.missing) {
          // Present, but in the NOC version the date does not use: to restate.
          if (path.endsWith(".noc") || path === "expressEntryProfile.primaryOccupation") continue;
          expect(getAt(partial, path), path).toBeUndefined();
        }
      }),
      RUNS,
    );
  });

  it("never throws, never mutates a deep-frozen candidate, and gives the same result twice", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { partial } = partialAndFilled(s);
        const parsed = parseCandidate(partial);
        if (!parsed.ok) return;
        const snapshot = structuredClone(parsed.value);
        const candidate = deepFreeze(parsed.value);
        const first = assessAcceleratedTechPathway(candidate, { asOf: s.asOf });
        const second = assessAcceleratedTechPathway(candidate, { asOf: s.asOf });
        expect(candidate).toEqual(snapshot);
        expect(second).toEqual(first);
        // A Date for asOf means the same calendar day.
        const [y, m, d] = s.asOf.split("-").map(Number) as [number, number, number];
        expect(assessAcceleratedTechPathway(candidate, { asOf: new Date(y, m - 1, d) })).toEqual(first);
      }),
      RUNS,
    );
  });

  it("the opt-in employer requirements keep a fail final too", () => {
    const withEmployerRules = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, {
      addTo: { "atp.job": [aaipEmployerRequirements] },
    });
    const keys = [
      "albertaFiscalYears",
      "grossAnnualRevenueCad",
      "fullTimeEmployeesInAlberta",
      "publicSectorOrIndigenous",
    ];
    const facts = fc.record({
      albertaFiscalYears: fc.integer({ min: 0, max: 5 }),
      grossAnnualRevenueCad: fc.constantFrom(0, 150_000, 399_999, 400_000, 3_000_000),
      fullTimeEmployeesInAlberta: fc.integer({ min: 0, max: 6 }),
      publicSectorOrIndigenous: fc.boolean(),
    });
    fc.assert(
      fc.property(facts, facts, fc.subarray(keys), (given, other, left) => {
        const employer = (values: Record<string, Json>) => {
          let c = offerOnly();
          for (const [k, v] of Object.entries(values)) c = withValue(c, `jobOffer.employer.${k}`, v);
          return c;
        };
        const partialFacts = Object.fromEntries(Object.entries(given).filter(([k]) => !left.includes(k)));
        const filledFacts = {
          ...partialFacts,
          ...Object.fromEntries(left.map((k) => [k, other[k as keyof typeof other]])),
        };
        const before = assessAcceleratedTechPathway(parse(employer(partialFacts)), {
          asOf: ASOF,
          ruleSet: withEmployerRules,
        });
        const after = assessAcceleratedTechPathway(parse(employer(filledFacts)), {
          asOf: ASOF,
          ruleSet: withEmployerRules,
        });
        if (before.status === "ineligible") expect(after.status).toBe("ineligible");
        if (before.status === "eligible") expect(after.status).toBe("eligible");
      }),
      RUNS,
    );
  });
});
