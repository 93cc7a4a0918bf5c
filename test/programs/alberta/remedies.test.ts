// The remedies of assessAcceleratedTechPathway (a written offer for a current job, a NOC 2021 code in
// the profile) are kept for an ineligible candidate only when the candidate with them done would
// not fail. The assessment decides that with less work than a full re-assessment (see stillFails in
// src/programs/alberta/accelerated-tech-pathway.ts); here the full re-assessment is the oracle, on
// every example candidate and on the property-test arbitraries, with the default rule sets and with
// changed ones.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessmentOf } from "../../../src/core/assessment-of.js";
import { message } from "../../../src/core/message.js";
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  type AlbertaFacts,
  type AlbertaOptions,
  assessAcceleratedTechPathway,
  type Candidate,
  deriveAlbertaFacts,
  EXPRESS_ENTRY_RULES,
  extendRuleSet,
  type IsoDate,
  isoDate,
  parseCandidate,
  type RuleSet,
} from "../../../src/index.js";
import { qualifyingAlbertaJob } from "../../../src/programs/alberta/accelerated-tech-pathway.js";
import { atpRemedies } from "../../../src/programs/alberta/atp-remedies.js";
import { type NextStep, nextStepsFor } from "../../../src/programs/alberta/next-steps.js";
import { albertaDataVerified } from "../../../src/programs/alberta/verified.js";
import { asOfArb as albertaAsOfArb, candidateArb as albertaCandidateArb } from "../../fixtures/alberta/arbitraries.js";
import { ASOF } from "../../fixtures/alberta/builders.js";
import { assessmentCaseArb } from "../../fixtures/arbitraries/candidate.js";

/** How often the oracle found remedies for an ineligible candidate, and how often it kept them. */
const seen = { ineligibleWithRemedies: 0, kept: 0 };

/** The next steps as assessAcceleratedTechPathway computed them before: the full re-assessment. */
function oracleNextSteps(candidate: Candidate, options: AlbertaOptions): readonly NextStep[] {
  const facts = deriveAlbertaFacts(candidate, options.asOf, options);
  const ruleSet = options.ruleSet ?? ACCELERATED_TECH_PATHWAY_RULES;
  const result = ruleSet.rule.evaluate(facts, { asOf: facts.asOf });
  const crs = facts.crs.ok ? (({ ok: _ok, ...breakdown }) => breakdown)(facts.crs) : undefined;
  const { status, missing } = assessmentOf(
    "alberta.accelerated-tech-pathway",
    facts.asOf,
    ruleSet,
    result,
    albertaDataVerified(),
  );
  let remedies: readonly NextStep[] | undefined;
  const found = atpRemedies(candidate, facts.asOf, result);
  if (found !== undefined) {
    remedies = found.steps;
    if (status === "ineligible") {
      seen.ineligibleWithRemedies++;
      const again = ruleSet.rule.evaluate(deriveAlbertaFacts(found.fixed, facts.asOf, options), { asOf: facts.asOf });
      if (again.verdict === "fail") remedies = undefined;
      else seen.kept++;
    }
  }
  const context = { status, missing, ...(remedies === undefined ? {} : { remedies }) };
  return nextStepsFor(candidate, facts.asOf, crs === undefined ? context : { ...context, crs });
}

const noCrsMinimum = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["alberta-ee.crs-minimum"] });
const noFst = extendRuleSet(EXPRESS_ENTRY_RULES, { remove: ["federal.skilled-trades"] });
/** The rule sets the tests try: the default ones and changed ones (which take the general path). */
const VARIANTS: ReadonlyArray<{ ruleSet?: RuleSet<AlbertaFacts>; federalRuleSet?: typeof EXPRESS_ENTRY_RULES }> = [
  {},
  { ruleSet: noCrsMinimum },
  { federalRuleSet: noFst },
  { federalRuleSet: EXPRESS_ENTRY_RULES },
];

function checkSame(candidate: Candidate, asOf: IsoDate): void {
  for (const variant of VARIANTS) {
    const options: AlbertaOptions = { asOf, ...variant };
    expect(assessAcceleratedTechPathway(candidate, options).nextSteps).toEqual(oracleNextSteps(candidate, options));
  }
}

function parsed(input: unknown): Candidate | undefined {
  const r = parseCandidate(input);
  return r.ok ? r.value : undefined;
}

const examples = join(import.meta.dirname, "../../../examples/candidates");
const DAYS = ["2021-12-15", "2022-06-01", "2022-11-16", "2023-06-01", "2024-08-01", "2024-12-11", "2025-06-01"].map(
  (d) => isoDate(d),
);

describe("remedies of an ineligible candidate: the same as a full re-assessment", () => {
  it("every example candidate, on several days", () => {
    const before = { ...seen };
    const candidates: unknown[] = [];
    for (const file of readdirSync(examples)) {
      const text = readFileSync(join(examples, file), "utf8");
      if (file.endsWith(".json")) candidates.push(JSON.parse(text));
      else if (file.endsWith(".jsonl"))
        for (const line of text.split("\n").slice(0, 120)) {
          try {
            candidates.push(JSON.parse(line));
          } catch {
            // The batch example holds invalid lines on purpose.
          }
        }
    }
    let checked = 0;
    for (const input of candidates) {
      const candidate = parsed(input);
      if (candidate === undefined) continue;
      for (const asOf of [ASOF, ...DAYS]) checkSame(candidate, asOf);
      checked++;
    }
    expect(checked).toBeGreaterThan(90);
    // The comparison is not vacuous: remedies were found for ineligible candidates, and some kept.
    expect(seen.ineligibleWithRemedies - before.ineligibleWithRemedies).toBeGreaterThan(20);
    expect(seen.kept - before.kept).toBeGreaterThan(0);
  }, 120_000);

  it("the schema-valid and plausible arbitraries", () => {
    fc.assert(
      fc.property(assessmentCaseArb, ({ candidate, asOf }) => {
        const c = parsed(candidate);
        if (c !== undefined) checkSame(c, asOf);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it("the Alberta property arbitraries (changed eligible candidates)", () => {
    const before = { ...seen };
    fc.assert(
      fc.property(
        albertaAsOfArb.chain((asOf) => fc.record({ asOf: fc.constant(asOf), candidate: albertaCandidateArb(asOf) })),
        ({ candidate, asOf }) => {
          const c = parsed(candidate);
          if (c !== undefined) checkSame(c, asOf);
        },
      ),
      { numRuns: 300 },
    );
    expect(seen.ineligibleWithRemedies - before.ineligibleWithRemedies).toBeGreaterThan(0);
  }, 120_000);

  it("the qualifying-job rule reads neither the CRS nor the federal assessment", () => {
    // stillFails evaluates it with the candidate's CRS and federal assessment standing in for the
    // fixed candidate's: any other values must give the same result.
    const candidate = parsed(JSON.parse(readFileSync(join(examples, "accountant-not-tech.json"), "utf8")));
    if (candidate === undefined) throw new Error("the example does not parse");
    const facts = deriveAlbertaFacts(candidate, ASOF);
    const other = deriveAlbertaFacts({}, ASOF);
    expect(other.federal.status).not.toBe(facts.federal.status);
    const swapped: AlbertaFacts = { ...facts, crs: other.crs, federal: other.federal };
    expect(qualifyingAlbertaJob.evaluate(swapped, { asOf: ASOF })).toEqual(
      qualifyingAlbertaJob.evaluate(facts, { asOf: ASOF }),
    );
  });
});

describe("remedies that the candidate could follow as written", () => {
  // biome-ignore lint/suspicious/noExplicitAny: a JSON document edited in place
  type Json = Record<string, any>;
  const assessExample = (change: (c: Json) => void, asOf = ASOF) => {
    const json: Json = JSON.parse(
      readFileSync(new URL("../../../examples/candidates/software-engineer-calgary.json", import.meta.url), "utf8"),
    );
    change(json);
    const candidate = parsed(json);
    if (candidate === undefined) throw new Error("the edited example no longer parses");
    return { candidate, assessment: assessAcceleratedTechPathway(candidate, { asOf }) };
  };

  it("the profile update names only NOC 2021 codes on the list (0112 became 10011, 11200, 13110 or 22232)", () => {
    const { assessment } = assessExample((c) => {
      c.expressEntryProfile.primaryOccupation = "0112";
      c.jobOffer.noc = "0112";
      c.workHistory[1].noc = "0112";
    });
    expect(assessment.status).toBe("ineligible");
    const step = assessment.nextSteps.find((s) => s.id === "update-profile-noc");
    // 13110 and 22232 are not on the list on 2026-11-25: updating to either leaves every job off it.
    expect(step?.message).toStrictEqual(
      message("step.update-profile-noc", { code: "0112", successors: ["10011", "11200"], from: isoDate("2022-11-16") }),
    );
  });

  it("the profile update follows the job offered, so the offer and the update do not contradict", () => {
    // Profile 2174 (became 21232 or 21234); the offer is in 21231, the current job in 21232 at the
    // same employer. A written offer for the current job and the profile updated to 21232 make the
    // candidate eligible, and both steps are given.
    const { candidate, assessment } = assessExample((c) => {
      c.expressEntryProfile.primaryOccupation = "2174";
      c.workHistory[1].noc = "21232";
      delete c.jobOffer;
      c.jobOffer = null;
    });
    expect(assessment.status).toBe("ineligible");
    expect(assessment.nextSteps.map((s) => s.id)).toEqual(["written-job-offer", "update-profile-noc"]);
    expect(assessment.nextSteps[1]?.message).toStrictEqual(
      message("step.update-profile-noc", { code: "2174", successors: ["21232"], from: isoDate("2022-11-16") }),
    );
    const remedies = atpRemedies(candidate, ASOF, assessment.result);
    expect(remedies?.fixed.expressEntryProfile?.primaryOccupation).toBe("21232");
    expect(remedies?.fixed.jobOffer).toStrictEqual({
      noc: "21232",
      permanent: true,
      offeredOn: ASOF,
      province: "AB",
      employer: { name: "Chinook Cloud Ltd.", albertaBased: true, techIndustry: true, naics: "541511" },
      hoursPerWeek: 40,
      engagement: "employee",
      lmia: "none",
    });
  });
});
