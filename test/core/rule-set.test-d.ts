// Type-level tests of extendRuleSet and RuleSetChanges, on the shipped rule sets as a user
// composes them. Checked by vitest's typecheck (vitest.config.ts) and by `tsc --noEmit`; each
// `@ts-expect-error` fails the check if the wrong usage below it ever compiles.
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  type AlbertaFacts,
  assessAcceleratedTechPathway,
  assessFederalSkilledWorker,
  type Citation,
  defineRule,
  EXPRESS_ENTRY_RULES,
  extendRuleSet,
  type FederalFacts,
  isoDate,
  type RuleSet,
  type RuleSetChanges,
} from "alberta-atp";
import { describe, expectTypeOf, it } from "vitest";
import { text } from "../../src/core/message.js";

const source: Citation = { title: "Our policy", url: "https://example.com/policy", retrieved: isoDate("2026-11-01") };

const crsAtLeast500 = defineRule<AlbertaFacts>({
  id: "alberta-ee.crs-minimum",
  title: "A CRS score of at least 500",
  source,
  check: ({ crs }) =>
    crs.ok && crs.total >= 500
      ? { verdict: "pass", message: text("CRS 500 or more.") }
      : { verdict: "unknown", message: text("Not decided.") },
});

const federalRule = defineRule<FederalFacts>({
  id: "mine.federal",
  title: "A federal rule",
  source,
  check: () => ({ verdict: "pass", message: text(".") }),
});

describe("extendRuleSet", () => {
  it("returns a rule set of the base's facts, accepted back by the assessment", () => {
    const strict = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, {
      replace: { "alberta-ee.crs-minimum": crsAtLeast500 },
    });
    expectTypeOf(strict).toEqualTypeOf<RuleSet<AlbertaFacts>>();
    expectTypeOf(assessAcceleratedTechPathway).parameter(1).toHaveProperty("ruleSet");
  });

  it("takes the changes as RuleSetChanges of the same facts", () => {
    expectTypeOf(extendRuleSet<AlbertaFacts>)
      .parameter(1)
      .toEqualTypeOf<RuleSetChanges<AlbertaFacts>>();
    const changes: RuleSetChanges<AlbertaFacts> = {
      id: "mine",
      add: [crsAtLeast500],
      addTo: { "atp.job": [crsAtLeast500] },
      replace: { "alberta-ee.crs-minimum": crsAtLeast500 },
      remove: ["atp.job.matches-profile"],
    };
    expectTypeOf(extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, changes)).toEqualTypeOf<RuleSet<AlbertaFacts>>();
  });

  it("does not mix rules over other facts into a rule set", () => {
    // @ts-expect-error: a rule over FederalFacts cannot replace one over AlbertaFacts
    extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { replace: { "alberta-ee.crs-minimum": federalRule } });
    // @ts-expect-error: nor be added to it
    extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { add: [federalRule] });
    expectTypeOf(extendRuleSet(EXPRESS_ENTRY_RULES, { add: [federalRule] })).toEqualTypeOf<RuleSet<FederalFacts>>();
  });

  it("removes rules by id, a list of strings", () => {
    // @ts-expect-error: remove takes a list of ids
    extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: "atp.job.matches-profile" });
    // @ts-expect-error: ids, not rules
    extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: [crsAtLeast500] });
  });

  it("passes an Alberta rule set only to the Alberta assessments", () => {
    const strict = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, {
      replace: { "alberta-ee.crs-minimum": crsAtLeast500 },
    });
    const candidate = {};
    assessAcceleratedTechPathway(candidate, { asOf: isoDate("2026-11-25"), ruleSet: strict });
    // @ts-expect-error: the FSW assessment evaluates FederalFacts
    assessFederalSkilledWorker(candidate, { asOf: isoDate("2026-11-25"), ruleSet: strict });
  });

  it("rule sets are read-only values", () => {
    const strict = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["atp.job.matches-profile"] });
    // @ts-expect-error: a rule set is not changed in place; build a new one with extendRuleSet
    strict.rule = crsAtLeast500;
    expectTypeOf(strict.from).toEqualTypeOf<RuleSet<AlbertaFacts>["from"]>();
  });
});
