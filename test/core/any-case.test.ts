import { describe, expect, it } from "vitest";
import { text } from "../../src/core/message.js";
import {
  anyCase,
  defineRule,
  extendRuleSet,
  isoDate,
  type Rule,
  type RuleCases,
  type RuleSet,
  RuleSetError,
  summarizeResult,
  type Verdict,
} from "../../src/index.js";
import { englishOf } from "../fixtures/messages.js";

interface Facts {
  readonly jobs: ReadonlyArray<{ readonly id: string; readonly hours?: number }>;
  readonly job?: { readonly id: string; readonly hours?: number };
  readonly more?: boolean;
}

const source = { title: "Test source", url: "https://example.com", retrieved: isoDate("2026-11-25") };
const ctx = { asOf: isoDate("2026-11-25") };

const fullTime: Rule<Facts> = defineRule({
  id: "job.full-time",
  title: "Full-time",
  source,
  check: ({ job }) =>
    job?.hours === undefined
      ? { verdict: "unknown", message: text("Hours not given."), missing: [`jobs.${job?.id}.hours`] }
      : { verdict: job.hours >= 30 ? "pass" : "fail", message: text(`${job.hours} hours.`) },
});

const cases = (facts: Facts): RuleCases<Facts> => ({
  cases: facts.jobs.map((job) => ({ id: job.id, label: `Job ${job.id}`, facts: { ...facts, job } })),
  ...(facts.more === undefined ? { unanswered: { reason: "Other jobs not answered.", missing: ["more"] } } : {}),
  none: "No job at all.",
});

const someJob = anyCase("some-job", "Some qualifying job", cases, fullTime);

function verdictOf(jobs: Facts["jobs"], more?: boolean): Verdict {
  return someJob.evaluate({ jobs, ...(more === undefined ? {} : { more }) }, ctx).verdict;
}

describe("anyCase", () => {
  it("passes when one case passes, whatever the others and the unanswered part", () => {
    expect(
      verdictOf(
        [
          { id: "a", hours: 10 },
          { id: "b", hours: 40 },
        ],
        true,
      ),
    ).toBe("pass");
    expect(verdictOf([{ id: "a" }, { id: "b", hours: 40 }])).toBe("pass");
  });

  it("fails only when every case fails and nothing is unanswered", () => {
    expect(verdictOf([{ id: "a", hours: 10 }], true)).toBe("fail");
    expect(verdictOf([], true)).toBe("fail");
    expect(englishOf(someJob.evaluate({ jobs: [], more: false }, ctx).message)).toBe("No job at all.");
  });

  it("is unknown when a case is unknown or more cases may exist", () => {
    expect(verdictOf([{ id: "a" }], true)).toBe("unknown");
    expect(verdictOf([{ id: "a", hours: 10 }])).toBe("unknown");
    expect(verdictOf([])).toBe("unknown");
  });

  it("lists each case as a child named after it, and the missing paths of cases and unanswered part", () => {
    const result = someJob.evaluate({ jobs: [{ id: "a" }, { id: "b", hours: 10 }] }, ctx);
    expect(result.children?.map((c) => [c.id, c.title, c.verdict])).toEqual([
      ["some-job#a", "Job a", "unknown"],
      ["some-job#b", "Job b", "fail"],
    ]);
    expect(result.missing).toEqual(["jobs.a.hours", "more"]);
    expect(summarizeResult(result).missing).toEqual(["jobs.a.hours", "more"]);
    expect(summarizeResult(result).failed.map((f) => f.id)).toEqual(["job.full-time"]);
  });

  it("can have its inner rule replaced through extendRuleSet", () => {
    const base: RuleSet<Facts> = { id: "base", from: isoDate("2020-01-01"), rule: someJob };
    const lenient = extendRuleSet(base, {
      replace: {
        "job.full-time": defineRule<Facts>({
          id: "job.full-time",
          title: "Any hours",
          source,
          check: () => ({ verdict: "pass", message: text("Any job counts.") }),
        }),
      },
    });
    const facts: Facts = { jobs: [{ id: "a", hours: 5 }], more: false };
    expect(base.rule.evaluate(facts, ctx).verdict).toBe("fail");
    expect(lenient.rule.evaluate(facts, ctx).verdict).toBe("pass");
    expect(lenient.rule.kind).toBe("cases");
  });
});

describe("anyCase with a cases function that returns no list of cases", () => {
  it("is a RuleSetError naming the rule, not an error from inside", () => {
    const broken = (returned: unknown) =>
      anyCase("broken", "Broken", () => returned as RuleCases<Facts>, fullTime).evaluate({ jobs: [] }, ctx);
    for (const returned of [null, undefined, { cases: 5 }, {}]) {
      expect(() => broken(returned)).toThrow(RuleSetError);
      expect(() => broken(returned)).toThrow(
        /^Rule "broken"'s cases function must return \{ cases: \[\.\.\.\], unanswered\?, none \}/,
      );
    }
    expect(() => broken({ cases: [{ id: "x" }] })).toThrow(
      /^Rule "broken"'s cases must each be \{ id, label, facts \}/,
    );
    expect(() => broken({ cases: [null] })).toThrow(
      /^Rule "broken"'s cases must each be \{ id, label, facts \}; got null\.$/,
    );
  });
});

describe("a rule whose own code throws", () => {
  const caught = (call: () => unknown): unknown => {
    try {
      call();
    } catch (error) {
      return error;
    }
    return "no error";
  };

  it("is a RuleSetError naming the rule, with the error thrown as its cause", () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'hours')");
    const throwing = defineRule<Facts>({
      id: "job.throws",
      title: "Throws",
      source,
      check: () => {
        throw bug;
      },
    });
    const error = caught(() => someJobOf(throwing).evaluate({ jobs: [{ id: "a" }] }, ctx));
    expect(error).toBeInstanceOf(RuleSetError);
    expect((error as RuleSetError).ruleId).toBe("job.throws");
    expect((error as RuleSetError).cause).toBe(bug);
    expect((error as RuleSetError).message).toMatch(
      /^Rule "job\.throws" threw while evaluating its facts \(TypeError: Cannot read properties of undefined \(reading 'hours'\)\)\. /,
    );
  });

  it("names the anyCase rule when its cases function throws", () => {
    const error = caught(() =>
      anyCase(
        "cases-throw",
        "Cases throw",
        () => {
          throw new RangeError("no cases");
        },
        fullTime,
      ).evaluate({ jobs: [] }, ctx),
    );
    expect(error).toBeInstanceOf(RuleSetError);
    expect([(error as RuleSetError).ruleId, (error as RuleSetError).cause]).toEqual([
      "cases-throw",
      new RangeError("no cases"),
    ]);
  });
});

function someJobOf(rule: Rule<Facts>): Rule<Facts> {
  return anyCase("some-job", "Some qualifying job", cases, rule);
}
