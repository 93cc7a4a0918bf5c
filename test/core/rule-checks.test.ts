// Tests of src/core/rule-checks.ts through the builders that call it: a rule, a rule set or a rule
// outcome built wrongly is a RuleSetError naming the rule, never a TypeError later or a verdict
// nobody wrote.
import { describe, expect, it } from "vitest";
import { text } from "../../src/core/message.js";
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  allOf,
  anyCase,
  anyOf,
  assessAcceleratedTechPathway,
  assessFederalSkilledWorker,
  type Citation,
  defineRule,
  extendRuleSet,
  isoDate,
  not,
  parseCandidate,
  type Rule,
  type RuleSet,
  RuleSetError,
} from "../../src/index.js";
import { exampleCandidate } from "../fixtures/alberta/builders.js";

function eligibleCandidate() {
  const parsed = parseCandidate(exampleCandidate());
  if (!parsed.ok) throw new Error("the example candidate no longer parses");
  return parsed.value;
}

const source: Citation = { title: "A policy", url: "https://example.org/policy", retrieved: isoDate("2026-11-25") };
const asOf = isoDate("2026-11-25");
const ok = defineRule<unknown>({
  id: "ok",
  title: "OK",
  source,
  check: () => ({ verdict: "pass", message: text("ok") }),
});

/** What a call threw: the RuleSetError's rule id and message, or what else happened. */
function thrown(call: () => unknown): { ruleId: string; message: string } | string {
  try {
    call();
    return "no error";
  } catch (e) {
    return e instanceof RuleSetError ? { ruleId: e.ruleId, message: e.message } : `another error: ${String(e)}`;
  }
}

// Built loosely on purpose: these are the mistakes a JavaScript caller or an `as` cast can make.
const loose = (value: unknown): never => value as never;

describe("rule builders refuse what is not a rule", () => {
  const cases: [string, () => unknown, { ruleId: string; message: string }][] = [
    [
      "defineRule without a spec",
      () => defineRule(loose(undefined)),
      { ruleId: "", message: "defineRule needs a rule spec ({ id, title, source, check }); got nothing." },
    ],
    [
      "defineRule with an empty id",
      () => defineRule(loose({ id: "", title: "T", source, check: () => undefined })),
      { ruleId: "", message: 'defineRule needs a rule id, a non-empty string; got "".' },
    ],
    [
      "defineRule with a number as id",
      () => defineRule(loose({ id: 5, title: "T", source, check: () => undefined })),
      { ruleId: "", message: "defineRule needs a rule id, a non-empty string; got 5." },
    ],
    [
      "defineRule without a title",
      () => defineRule(loose({ id: "r", source, check: () => undefined })),
      { ruleId: "r", message: 'Rule "r" needs a title, a string; got nothing.' },
    ],
    [
      "defineRule without a check",
      () => defineRule(loose({ id: "r", title: "T", source })),
      { ruleId: "r", message: 'Rule "r" needs a check function; got nothing.' },
    ],
    [
      "defineRule without a source",
      () => defineRule(loose({ id: "r", title: "T", check: () => undefined })),
      { ruleId: "r", message: 'Rule "r" needs a source, a citation ({ title, url, retrieved }); got nothing.' },
    ],
    [
      "defineRule with an empty source",
      () => defineRule(loose({ id: "r", title: "T", source: {}, check: () => undefined })),
      {
        ruleId: "r",
        message: 'Rule "r" needs a source, a citation ({ title, url, retrieved }); got an object of type Object.',
      },
    ],
    [
      "defineRule verified on a day that does not exist",
      () => defineRule(loose({ id: "r", title: "T", source, verified: "2026-02-30", check: () => undefined })),
      {
        ruleId: "r",
        message: 'Rule "r" verified: 2026-02-30 is not a day of the calendar: that month has no day 30.',
      },
    ],
    [
      "allOf with two parts of one id",
      () => allOf("root", "Root", [ok, ok]),
      {
        ruleId: ok.id,
        message: `The parts of "root"[1] has the id "${ok.id}" of another part; ids must be unique.`,
      },
    ],
    [
      "allOf with a part that is not a rule",
      () => allOf("root", "Root", loose([ok, undefined])),
      {
        ruleId: "root",
        message:
          'The parts of "root"[1] must be a rule (built with defineRule, allOf, anyOf, not or anyCase); got nothing.',
      },
    ],
    [
      "anyOf with parts that are not a list",
      () => anyOf("any", "Any", loose(ok)),
      { ruleId: "any", message: 'The parts of "any" must be a list of rules; got an object of type Object.' },
    ],
    [
      "not over a number",
      () => not("n", "Not", loose(42)),
      {
        ruleId: "n",
        message: 'The part of "n" must be a rule (built with defineRule, allOf, anyOf, not or anyCase); got 42.',
      },
    ],
    [
      "anyCase without a function for its cases",
      () => anyCase("c", "Cases", loose(undefined), ok),
      { ruleId: "c", message: 'Rule "c" needs a function giving its cases; got nothing.' },
    ],
  ];
  for (const [name, call, expected] of cases) {
    it(name, () => {
      expect(thrown(call)).toStrictEqual(expected);
    });
  }
});

describe("a rule's check must return an outcome with a verdict and a message", () => {
  const returning = (outcome: unknown) =>
    defineRule<unknown>({ id: "mine", title: "Mine", source, check: () => loose(outcome) });
  it.each([
    ["a verdict in capitals", { verdict: "FAIL", message: text("x") }, 'the verdict "FAIL"'],
    ["a verdict that is not one", { verdict: "maybe", message: text("x") }, 'the verdict "maybe"'],
    ["no outcome", undefined, "undefined"],
  ])("%s is a RuleSetError when evaluated", (_name, outcome, what) => {
    expect(thrown(() => returning(outcome).evaluate({}, { asOf }))).toStrictEqual({
      ruleId: "mine",
      message:
        outcome === undefined
          ? 'Rule "mine" returned nothing; its check must return an outcome object.'
          : `Rule "mine" returned ${what}; a verdict is "pass", "fail" or "unknown".`,
    });
  });
  it("a message without its params is a RuleSetError", () => {
    expect(thrown(() => returning({ verdict: "pass", message: { id: "text" } }).evaluate({}, { asOf }))).toStrictEqual({
      ruleId: "mine",
      message:
        'Rule "mine" returned an object of type Object as its message; a message is built with message() or text().',
    });
  });
  it("a message that is a plain string is a RuleSetError", () => {
    expect(thrown(() => returning({ verdict: "pass", message: "ok" }).evaluate({}, { asOf }))).toStrictEqual({
      ruleId: "mine",
      message: 'Rule "mine" returned "ok" as its message; a message is built with message() or text().',
    });
  });
  it("missing answers that are not a list of paths are a RuleSetError", () => {
    for (const [missing, shown] of [
      ["jobOffer.hoursPerWeek", '"jobOffer.hoursPerWeek"'],
      [[42], "a list"],
    ] as const) {
      expect(
        thrown(() => returning({ verdict: "unknown", message: text("x"), missing }).evaluate({}, { asOf })),
      ).toStrictEqual({
        ruleId: "mine",
        message: `Rule "mine" returned ${shown} as its missing answers; they are a list of input paths (strings).`,
      });
    }
  });
  it("a custom rule added to the ATP that answers 'FAIL' does not leave the candidate eligible", () => {
    const custom = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, {
      add: [returning({ verdict: "FAIL", message: text("x") })],
    });
    expect(assessAcceleratedTechPathway(eligibleCandidate(), { asOf }).status).toBe("eligible");
    expect(thrown(() => assessAcceleratedTechPathway(eligibleCandidate(), { asOf, ruleSet: custom }))).toStrictEqual({
      ruleId: "mine",
      message: 'Rule "mine" returned the verdict "FAIL"; a verdict is "pass", "fail" or "unknown".',
    });
  });
});

describe("extendRuleSet and the ruleSet option refuse what is not a rule set or a change", () => {
  const base: RuleSet<unknown> = { id: "base", from: isoDate("2022-11-16"), rule: allOf("root", "Root", [ok]) };
  const cases: [string, () => unknown, { ruleId: string; message: string }][] = [
    [
      "a misspelt change key",
      () => extendRuleSet(base, loose({ removes: ["ok"] })),
      {
        ruleId: "base",
        message:
          'extendRuleSet\'s changes have an unknown key "removes"; the keys are add, addTo, replace, remove and id.',
      },
    ],
    [
      "remove given as one id instead of a list",
      () => extendRuleSet(base, loose({ remove: "ok" })),
      { ruleId: "base", message: 'changes.remove must be a list of rule ids; got "ok".' },
    ],
    [
      "add holding a number",
      () => extendRuleSet(base, loose({ add: [42] })),
      {
        ruleId: "base",
        message: "changes.add[0] must be a rule (built with defineRule, allOf, anyOf, not or anyCase); got 42.",
      },
    ],
    [
      "a replacement that is not a rule",
      () => extendRuleSet(base, loose({ replace: { ok: {} } })),
      {
        ruleId: "ok",
        message:
          'changes.replace["ok"] must be a rule (built with defineRule, allOf, anyOf, not or anyCase); got an object of type Object.',
      },
    ],
    [
      "a base that is not a rule set",
      () => extendRuleSet(loose({}), {}),
      {
        ruleId: "",
        message: "extendRuleSet's base must be a rule set ({ id, from, rule }); got an object of type Object.",
      },
    ],
    [
      "an empty object as the ATP's ruleSet option",
      () => assessAcceleratedTechPathway(eligibleCandidate(), { asOf, ruleSet: loose({}) }),
      { ruleId: "", message: "options.ruleSet must be a rule set ({ id, from, rule }); got an object of type Object." },
    ],
    [
      "an empty object as the ATP's federalRuleSet option, named as given",
      () => assessAcceleratedTechPathway(eligibleCandidate(), { asOf, federalRuleSet: loose({}) }),
      {
        ruleId: "",
        message: "options.federalRuleSet must be a rule set ({ id, from, rule }); got an object of type Object.",
      },
    ],
    [
      "a rule set without a first day as FSW's ruleSet option",
      () => assessFederalSkilledWorker(eligibleCandidate(), { asOf, ruleSet: loose({ id: "x", rule: ok }) }),
      { ruleId: "x", message: "options.ruleSet.from: Expected a date written YYYY-MM-DD, got undefined." },
    ],
  ];
  for (const [name, call, expected] of cases) {
    it(name, () => {
      expect(thrown(call)).toStrictEqual(expected);
    });
  }
  it("a well-formed change still works", () => {
    const rule: Rule<unknown> = defineRule({
      id: "extra",
      title: "Extra",
      source,
      check: ok.evaluate.bind(ok) as never,
    });
    expect(extendRuleSet(base, { add: [rule] }).rule.children?.map((c) => c.id)).toEqual(["ok", "extra"]);
  });
});
