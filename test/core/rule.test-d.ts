// Type-level tests of the rule-building types a user composes with: RuleSpec and defineRule.
// Checked by vitest's typecheck (vitest.config.ts) and by `tsc --noEmit`; each `@ts-expect-error`
// fails the check if the wrong usage below it ever compiles.
import {
  type Citation,
  defineRule,
  isoDate,
  type Rule,
  type RuleContext,
  type RuleOutcome,
  type RuleResult,
  type RuleSpec,
  type Verdict,
} from "alberta-atp";
import { describe, expectTypeOf, it } from "vitest";
import { text } from "../../src/core/message.js";

const source: Citation = { title: "Our policy", url: "https://example.com/policy", retrieved: isoDate("2026-11-01") };

interface HoursFacts {
  readonly hours?: number;
}

const fullTimeSpec: RuleSpec<HoursFacts> = {
  id: "job.full-time",
  title: "Full-time (30 hours a week or more)",
  source,
  check: ({ hours }) =>
    hours === undefined
      ? { verdict: "unknown", message: text("Hours per week not given."), missing: ["jobOffer.hoursPerWeek"] }
      : {
          verdict: hours >= 30 ? "pass" : "fail",
          message: text(`${hours} hours a week.`),
          expected: ">= 30",
          actual: hours,
        },
};

describe("RuleSpec", () => {
  it("check receives the facts and the context and returns a RuleOutcome", () => {
    expectTypeOf(fullTimeSpec.check).parameters.toEqualTypeOf<[HoursFacts, RuleContext]>();
    expectTypeOf(fullTimeSpec.check).returns.toEqualTypeOf<RuleOutcome>();
    expectTypeOf<RuleOutcome["verdict"]>().toEqualTypeOf<Verdict>();
  });

  it("requires a source", () => {
    // @ts-expect-error: every rule cites its source
    const noSource: RuleSpec<HoursFacts> = {
      id: "x",
      title: "X",
      check: () => ({ verdict: "pass", message: text(".") }),
    };
    expectTypeOf(noSource).toEqualTypeOf<RuleSpec<HoursFacts>>();
  });

  it("accepts only the three verdicts", () => {
    const yes: RuleSpec<HoursFacts> = {
      id: "x",
      title: "X",
      source,
      // @ts-expect-error: "maybe" is not a verdict (pass / fail / unknown)
      check: () => ({ verdict: "maybe", message: text(".") }),
    };
    expectTypeOf(yes.id).toEqualTypeOf<string>();
  });

  it("needs a reason with every verdict", () => {
    const silent: RuleSpec<HoursFacts> = {
      id: "x",
      title: "X",
      source,
      check: () => ({ verdict: "pass", message: text("Checked.") }),
    };
    expectTypeOf(silent.title).toEqualTypeOf<string>();
  });

  it("missing is a list of input paths, not one path", () => {
    const wrong: RuleSpec<HoursFacts> = {
      id: "x",
      title: "X",
      source,
      // @ts-expect-error: missing is a list of paths
      check: () => ({ verdict: "unknown", message: text("."), missing: "jobOffer.hoursPerWeek" }),
    };
    expectTypeOf(wrong.source).toEqualTypeOf<Citation>();
  });

  it("reads only the facts of its own type", () => {
    const typo: RuleSpec<HoursFacts> = {
      id: "x",
      title: "X",
      source,
      // @ts-expect-error: HoursFacts has no hoursPerWeek
      check: ({ hoursPerWeek }) => ({ verdict: hoursPerWeek > 0 ? "pass" : "fail", message: text(".") }),
    };
    expectTypeOf(typo.id).toEqualTypeOf<string>();
  });
});

describe("defineRule", () => {
  it("makes a Rule of the spec's facts whose evaluate returns a RuleResult", () => {
    const rule = defineRule(fullTimeSpec);
    expectTypeOf(rule).toEqualTypeOf<Rule<HoursFacts>>();
    expectTypeOf(rule.evaluate).parameters.toEqualTypeOf<[HoursFacts, RuleContext]>();
    expectTypeOf(rule.evaluate).returns.toEqualTypeOf<RuleResult>();
  });

  it("infers the facts from an annotated check", () => {
    const rule = defineRule({
      id: "age.adult",
      title: "At least 18",
      source,
      check: ({ age }: { age?: number }) =>
        age === undefined
          ? { verdict: "unknown", message: text("Age not given."), missing: ["age"] }
          : { verdict: age >= 18 ? "pass" : "fail", message: text(`Age ${age}.`) },
    });
    expectTypeOf(rule).toEqualTypeOf<Rule<{ age?: number }>>();
  });

  it("evaluates only facts of its type, on an IsoDate", () => {
    const rule = defineRule(fullTimeSpec);
    rule.evaluate({ hours: 37.5 }, { asOf: isoDate("2026-01-01") });
    // @ts-expect-error: hours is a number
    rule.evaluate({ hours: "37.5" }, { asOf: isoDate("2026-01-01") });
    // @ts-expect-error: asOf is an IsoDate (isoDate("2026-01-01")), not any string
    rule.evaluate({ hours: 37.5 }, { asOf: "2026-01-01" });
  });

  it("results are read-only", () => {
    const result = defineRule(fullTimeSpec).evaluate({}, { asOf: isoDate("2026-01-01") });
    // @ts-expect-error: a result is not changed after the fact
    result.verdict = "pass";
    expectTypeOf(result.missing).toEqualTypeOf<readonly string[] | undefined>();
  });
});
