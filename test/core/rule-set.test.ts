import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { text } from "../../src/core/message.js";
import {
  allOf,
  anyOf,
  type Citation,
  defineRule,
  extendRuleSet,
  isoDate,
  not,
  type Rule,
  type RuleContext,
  type RuleResult,
  type RuleSet,
  RuleSetError,
  type Verdict,
} from "../../src/index.js";
import { englishOf } from "../fixtures/messages.js";

type Facts = Readonly<Record<string, Verdict>>;

const ctx: RuleContext = { asOf: isoDate("2026-01-15") };
const source: Citation = {
  title: "Alberta Accelerated Tech Pathway",
  url: "https://www.alberta.ca/aaip-accelerated-tech-pathway",
  retrieved: isoDate("2026-11-25"),
};
const groupSource: Citation = {
  title: "Alberta Express Entry Stream",
  url: "https://www.alberta.ca/aaip-alberta-express-entry-stream",
  retrieved: isoDate("2026-11-25"),
};
const replacementSource: Citation = {
  title: "A user's own policy",
  url: "https://example.org/policy",
  retrieved: isoDate("2026-11-25"),
};

/** A leaf whose verdict is read from the facts under its id (absent: unknown). */
function leaf(id: string, citation: Citation = source): Rule<Facts> {
  return defineRule<Facts>({
    id,
    title: `Rule ${id}`,
    source: citation,
    check: (facts) => {
      const verdict = facts[id] ?? "unknown";
      return {
        verdict,
        message: text(`${id} is ${verdict}.`),
        ...(verdict === "unknown" ? { missing: [`facts.${id}`] } : {}),
      };
    },
  });
}

/**
 * root = allOf[ a, group = anyOf[ b, notC = not(c) ], d ]
 */
function makeBase(): RuleSet<Facts> {
  return {
    id: "base",
    from: isoDate("2022-11-16"),
    to: isoDate("2030-01-01"),
    rule: allOf(
      "root",
      "Root",
      [
        leaf("a"),
        anyOf("group", "Group", [leaf("b"), not("notC", "Not C", leaf("c"))], {
          source: groupSource,
          reasons: { pass: "Group met.", fail: "Group not met.", unknown: "Group undecided." },
        }),
        leaf("d"),
      ],
      { reasons: { pass: "Root met." } },
    ),
  };
}

function deepFreeze<T>(value: T, seen = new Set<unknown>()): T {
  if ((typeof value === "object" && value !== null) || typeof value === "function") {
    if (seen.has(value)) return value;
    seen.add(value);
    for (const key of Reflect.ownKeys(value as object)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && "value" in descriptor) deepFreeze(descriptor.value, seen);
    }
    Object.freeze(value);
  }
  return value;
}

function ids(result: RuleResult): string[] {
  return [result.id, ...(result.children ?? []).flatMap(ids)];
}

const allPass: Facts = { a: "pass", b: "pass", c: "fail", d: "pass", e: "pass", x: "pass" };

const RULE_IDS = ["a", "b", "c", "d", "e", "x"] as const;
const factsArb = fc.record(
  Object.fromEntries(RULE_IDS.map((id) => [id, fc.constantFrom<Verdict>("pass", "fail", "unknown")])) as Record<
    (typeof RULE_IDS)[number],
    fc.Arbitrary<Verdict>
  >,
);

describe("the base rule set used here", () => {
  it("evaluates as designed", () => {
    const base = makeBase();
    expect(base.rule.evaluate(allPass, ctx).verdict).toBe("pass");
    expect(ids(base.rule.evaluate(allPass, ctx))).toEqual(["root", "a", "group", "b", "notC", "c", "d"]);
    expect(base.rule.evaluate({ ...allPass, b: "fail", c: "pass" }, ctx).verdict).toBe("fail");
  });
});

describe("extendRuleSet: add", () => {
  it("appends rules to the root and keeps the dates", () => {
    const extended = extendRuleSet(makeBase(), { add: [leaf("e")] });
    expect(extended.id).toBe("base+custom");
    expect(extended.from).toBe("2022-11-16");
    expect(extended.to).toBe("2030-01-01");
    const result = extended.rule.evaluate(allPass, ctx);
    expect(ids(result)).toEqual(["root", "a", "group", "b", "notC", "c", "d", "e"]);
    expect(result.verdict).toBe("pass");
    expect(extended.rule.evaluate({ ...allPass, e: "fail" }, ctx).verdict).toBe("fail");
    expect(extended.rule.evaluate({ ...allPass, e: "unknown" }, ctx).missing).toEqual(["facts.e"]);
  });

  it("keeps the root's kind, title and reasons", () => {
    const extended = extendRuleSet(makeBase(), { add: [leaf("e")] });
    expect(extended.rule.kind).toBe("all");
    expect(extended.rule.title).toBe("Root");
    expect(englishOf(extended.rule.evaluate(allPass, ctx).message)).toBe("Root met.");
  });

  it("uses the id it is given and has no `to` when the base has none", () => {
    const { to: _to, ...open } = makeBase();
    const extended = extendRuleSet(open, { id: "mine", add: [leaf("e")] });
    expect(extended.id).toBe("mine");
    expect(extended).not.toHaveProperty("to");
  });

  it("adds to an anyOf root too", () => {
    const base: RuleSet<Facts> = { id: "any", from: isoDate("2024-01-01"), rule: anyOf("root", "R", [leaf("a")]) };
    const extended = extendRuleSet(base, { add: [leaf("e")] });
    expect(extended.rule.kind).toBe("any");
    expect(extended.rule.evaluate({ a: "fail", e: "pass" }, ctx).verdict).toBe("pass");
  });

  it("refuses to add to a leaf or a not root", () => {
    const leafRoot: RuleSet<Facts> = { id: "leaf", from: isoDate("2024-01-01"), rule: leaf("a") };
    expect(() => extendRuleSet(leafRoot, { add: [leaf("e")] })).toThrow(RuleSetError);
    const notRoot: RuleSet<Facts> = { id: "not", from: isoDate("2024-01-01"), rule: not("n", "N", leaf("a")) };
    expect(() => extendRuleSet(notRoot, { add: [leaf("e")] })).toThrow(RuleSetError);
  });
});

describe("extendRuleSet: replace", () => {
  it("replaces a rule deep in the tree (under the anyOf, under the not)", () => {
    const base = makeBase();
    const lenientC = defineRule<Facts>({
      id: "c",
      title: "C never holds",
      source,
      check: () => ({ verdict: "fail", message: text("C is ignored.") }),
    });
    const extended = extendRuleSet(base, { replace: { c: lenientC } });
    // with c forced to fail, not(c) passes, so the group passes even when b fails
    const facts: Facts = { ...allPass, b: "fail", c: "pass" };
    expect(base.rule.evaluate(facts, ctx).verdict).toBe("fail");
    const result = extended.rule.evaluate(facts, ctx);
    expect(result.verdict).toBe("pass");
    const group = result.children?.[1];
    expect(englishOf(group?.message)).toBe("Group met."); // ancestors keep their wording
    expect(group?.source).toEqual(groupSource); // and their source
    expect(group?.children?.[1]?.children?.[0]?.title).toBe("C never holds");
  });

  it("evaluates like the same tree built by hand (property)", () => {
    const newB = leaf("b2");
    const replaced = extendRuleSet(makeBase(), { replace: { b: newB }, remove: ["d"], add: [leaf("e")] });
    const byHand = allOf(
      "root",
      "Root",
      [
        leaf("a"),
        anyOf("group", "Group", [newB, not("notC", "Not C", leaf("c"))], {
          source: groupSource,
          reasons: { pass: "Group met.", fail: "Group not met.", unknown: "Group undecided." },
        }),
        leaf("e"),
      ],
      { reasons: { pass: "Root met." } },
    );
    fc.assert(
      fc.property(factsArb, fc.constantFrom<Verdict>("pass", "fail", "unknown"), (facts, b2) => {
        const f = { ...facts, b2 };
        expect(replaced.rule.evaluate(f, ctx)).toEqual(byHand.evaluate(f, ctx));
      }),
      { numRuns: 300 },
    );
  });

  it("gives a not over a replaced rule the replacement's source, as a not built over it would cite", () => {
    // `not` without its own source cites its part's; after its part is replaced it must cite the new part,
    // exactly like not("notC", "Not C", replacement) built by hand.
    const replacement = leaf("c", replacementSource);
    const extended = extendRuleSet(makeBase(), { replace: { c: replacement } });
    const notC = extended.rule.evaluate(allPass, ctx).children?.[1]?.children?.[1];
    const byHand = not("notC", "Not C", replacement).evaluate(allPass, ctx);
    expect(notC?.id).toBe("notC");
    expect(notC?.source).toEqual(byHand.source);
    expect(notC?.source).toEqual(replacementSource);
  });

  it("replaces the root", () => {
    const newRoot = anyOf("root", "New root", [leaf("x")]);
    const extended = extendRuleSet(makeBase(), { replace: { root: newRoot } });
    expect(extended.rule).toBe(newRoot);
  });

  it("replaces a combinator with all it holds", () => {
    const extended = extendRuleSet(makeBase(), { replace: { group: leaf("x") } });
    expect(ids(extended.rule.evaluate(allPass, ctx))).toEqual(["root", "a", "x", "d"]);
  });

  it("throws RuleSetError naming an id that is not in the tree", () => {
    let caught: unknown;
    try {
      extendRuleSet(makeBase(), { replace: { "no-such-rule": leaf("no-such-rule") } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleSetError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as RuleSetError).ruleId).toBe("no-such-rule");
    expect((caught as RuleSetError).name).toBe("RuleSetError");
    expect((caught as RuleSetError).message).toContain("no-such-rule");
  });

  it("does not treat inherited object keys as rule ids", () => {
    expect(() => extendRuleSet(makeBase(), { replace: { toString: leaf("toString") } })).toThrow(RuleSetError);
  });
});

describe("extendRuleSet: remove", () => {
  it("refuses to remove and replace one rule in the same change", () => {
    expect(() => extendRuleSet(makeBase(), { remove: ["b"], replace: { b: leaf("b") } })).toThrow(
      new RuleSetError("b", 'Rule "b" is both replaced and removed in the same change; make one of the two.'),
    );
  });

  it("removes a rule deep in the tree", () => {
    const extended = extendRuleSet(makeBase(), { remove: ["b"] });
    const result = extended.rule.evaluate({ ...allPass, b: "pass", c: "pass" }, ctx);
    expect(ids(result)).toEqual(["root", "a", "group", "notC", "c", "d"]);
    // without b, the group rests on not(c) alone
    expect(result.verdict).toBe("fail");
  });

  it("removes a whole subtree and several ids at once", () => {
    const extended = extendRuleSet(makeBase(), { remove: ["group", "d"] });
    expect(ids(extended.rule.evaluate(allPass, ctx))).toEqual(["root", "a"]);
  });

  it("removes a rule and its missing paths no longer appear", () => {
    const extended = extendRuleSet(makeBase(), { remove: ["a"] });
    const result = extended.rule.evaluate({ b: "pass", d: "pass" }, ctx);
    expect(result.verdict).toBe("pass");
    expect(extendRuleSet(makeBase(), { remove: ["d"] }).rule.evaluate({ a: "pass", b: "pass" }, ctx).verdict).toBe(
      "pass",
    );
    expect(makeBase().rule.evaluate({ a: "pass", b: "pass" }, ctx).missing).toEqual(["facts.d"]);
  });

  it("throws RuleSetError naming an unknown id", () => {
    expect(() => extendRuleSet(makeBase(), { remove: ["zzz"] })).toThrow(RuleSetError);
    try {
      extendRuleSet(makeBase(), { remove: ["zzz"] });
    } catch (error) {
      expect((error as RuleSetError).ruleId).toBe("zzz");
    }
  });

  it("refuses to remove the root", () => {
    let caught: unknown;
    try {
      extendRuleSet(makeBase(), { remove: ["root"] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleSetError);
    expect((caught as RuleSetError).ruleId).toBe("root");
  });

  it("refuses to leave a not without its part", () => {
    let caught: unknown;
    try {
      extendRuleSet(makeBase(), { remove: ["c"] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleSetError);
    expect((caught as RuleSetError).ruleId).toBe("notC");
  });
});

describe("extendRuleSet: duplicate ids", () => {
  it("refuses to add a rule whose id is already in the tree", () => {
    let caught: unknown;
    try {
      extendRuleSet(makeBase(), { add: [leaf("c")] });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleSetError);
    expect((caught as RuleSetError).ruleId).toBe("c");
  });

  it("refuses to add two rules with the same new id", () => {
    expect(() => extendRuleSet(makeBase(), { add: [leaf("e"), leaf("e")] })).toThrow(RuleSetError);
  });

  it("refuses a replacement that brings an id already used elsewhere", () => {
    let caught: unknown;
    try {
      extendRuleSet(makeBase(), { replace: { b: leaf("d") } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RuleSetError);
    expect((caught as RuleSetError).ruleId).toBe("d");
  });

  it("allows an added rule to reuse the id of a rule removed in the same change", () => {
    const extended = extendRuleSet(makeBase(), { remove: ["d"], add: [leaf("d", replacementSource)] });
    expect(ids(extended.rule.evaluate(allPass, ctx))).toEqual(["root", "a", "group", "b", "notC", "c", "d"]);
  });
});

describe("extendRuleSet leaves the base untouched", () => {
  it("works on a deep-frozen base, which still evaluates identically afterwards", () => {
    const base = deepFreeze(makeBase());
    const rootBefore = base.rule;
    const childrenBefore = base.rule.children;
    const samples: Facts[] = [
      allPass,
      { ...allPass, b: "fail", c: "pass" },
      { a: "pass" },
      { a: "fail", b: "unknown", c: "unknown", d: "pass" },
    ];
    const before = samples.map((f) => base.rule.evaluate(f, ctx));

    extendRuleSet(base, { add: [leaf("e")] });
    extendRuleSet(base, { replace: { c: leaf("c", replacementSource) } });
    extendRuleSet(base, { replace: { group: leaf("x") } });
    // A change inside a subtree replaced in the same call would be lost: it is refused.
    expect(() => extendRuleSet(base, { replace: { c: leaf("c", replacementSource), group: leaf("x") } })).toThrow(
      RuleSetError,
    );
    extendRuleSet(base, { remove: ["b", "d"] });
    extendRuleSet(base, { replace: { b: leaf("b2") }, remove: ["a"], add: [leaf("e")] });
    expect(() => extendRuleSet(base, { remove: ["root"] })).toThrow(RuleSetError);
    expect(() => extendRuleSet(base, { add: [leaf("a")] })).toThrow(RuleSetError);

    expect(base.rule).toBe(rootBefore);
    expect(base.rule.children).toBe(childrenBefore);
    expect(base.id).toBe("base");
    expect(samples.map((f) => base.rule.evaluate(f, ctx))).toEqual(before);
  });

  it("returns a new rule set object", () => {
    const base = makeBase();
    const extended = extendRuleSet(base, {});
    expect(extended).not.toBe(base);
    expect(extended.rule.evaluate(allPass, ctx)).toEqual(base.rule.evaluate(allPass, ctx));
  });
});

describe("extendRuleSet addTo", () => {
  it("appends rules to a nested allOf/anyOf by id, keeping its wording", () => {
    const extended = extendRuleSet(makeBase(), { addTo: { group: [leaf("e")] } });
    const group = extended.rule.children?.[1];
    expect(group?.id).toBe("group");
    expect(group?.children?.map((c) => c.id)).toEqual(["b", "notC", "e"]);
    expect(group?.reasons?.pass).toBe("Group met.");
    // e passes alone, so the anyOf passes even when b fails and c passes (notC fails).
    const result = extended.rule.evaluate({ a: "pass", b: "fail", c: "pass", d: "pass", e: "pass" } as Facts, ctx);
    expect(result.verdict).toBe("pass");
  });

  it("refuses an unknown target, a leaf target and a duplicate id", () => {
    expect(() => extendRuleSet(makeBase(), { addTo: { nope: [leaf("e")] } })).toThrow(RuleSetError);
    expect(() => extendRuleSet(makeBase(), { addTo: { a: [leaf("e")] } })).toThrow(RuleSetError);
    expect(() => extendRuleSet(makeBase(), { addTo: { notC: [leaf("e")] } })).toThrow(RuleSetError);
    expect(() => extendRuleSet(makeBase(), { addTo: { group: [leaf("a")] } })).toThrow(RuleSetError);
  });
});
