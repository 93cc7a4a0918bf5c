import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { text } from "../../src/core/message.js";
import {
  allOf,
  anyOf,
  type Citation,
  defineRule,
  isoDate,
  not,
  type Rule,
  type RuleContext,
  type RuleResult,
  type Verdict,
} from "../../src/index.js";
import { reasonOf } from "../fixtures/messages.js";

const VERDICTS: readonly Verdict[] = ["pass", "fail", "unknown"];
const ctx: RuleContext = { asOf: isoDate("2026-01-15") };

const leafSource: Citation = {
  title: "Alberta Accelerated Tech Pathway",
  url: "https://www.alberta.ca/aaip-accelerated-tech-pathway",
  retrieved: isoDate("2026-11-25"),
};
const otherSource: Citation = {
  title: "Express Entry: Canadian Experience Class",
  url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html",
  section: "Minimum requirements",
  retrieved: isoDate("2026-11-25"),
};
const comboSource: Citation = {
  title: "Alberta Express Entry Stream",
  url: "https://www.alberta.ca/aaip-alberta-express-entry-stream",
  retrieved: isoDate("2026-11-25"),
  effective: isoDate("2022-11-16"),
};

// Kleene oracle: fail = 0, unknown = 1/2, pass = 1.
const rank: Record<Verdict, number> = { fail: 0, unknown: 0.5, pass: 1 };
const fromRank = (n: number): Verdict => (n === 0 ? "fail" : n === 1 ? "pass" : "unknown");
const kleeneAnd = (vs: readonly Verdict[]): Verdict => fromRank(Math.min(1, ...vs.map((v) => rank[v])));
const kleeneOr = (vs: readonly Verdict[]): Verdict => fromRank(Math.max(0, ...vs.map((v) => rank[v])));
const kleeneNot = (v: Verdict): Verdict => fromRank(1 - rank[v]);

/** A leaf with a fixed verdict; an unknown one lists `facts.<id>` as missing unless told otherwise. */
function leaf(id: string, verdict: Verdict, missing?: string[]): Rule<unknown> {
  const paths = missing ?? (verdict === "unknown" ? [`facts.${id}`] : []);
  return defineRule<unknown>({
    id,
    title: `Title ${id}`,
    source: leafSource,
    check: () => ({
      verdict,
      message: text(`Reason ${id} is ${verdict}.`),
      ...(paths.length > 0 ? { missing: paths } : {}),
    }),
  });
}

const TRIPLES: [Verdict, Verdict, Verdict][] = VERDICTS.flatMap((a) =>
  VERDICTS.flatMap((b) => VERDICTS.map((c) => [a, b, c] as [Verdict, Verdict, Verdict])),
);

function childrenOf(triple: readonly Verdict[]): Rule<unknown>[] {
  return triple.map((v, i) => leaf(`c${i}`, v));
}

/** The missing paths a combinator over these leaves must list: those of unknown leaves, in order. */
function expectedMissing(triple: readonly Verdict[]): string[] {
  return triple.flatMap((v, i) => (v === "unknown" ? [`facts.c${i}`] : []));
}

describe("allOf on all 27 mixes of three children", () => {
  it.each(TRIPLES)("allOf(%s, %s, %s)", (a, b, c) => {
    const triple = [a, b, c];
    const children = childrenOf(triple);
    const result = allOf("root", "All three", children).evaluate(undefined, ctx);
    const verdict = kleeneAnd(triple);

    expect(result.verdict).toBe(verdict);
    expect(result.id).toBe("root");
    expect(result.title).toBe("All three");
    expect(result.children).toEqual(children.map((r) => r.evaluate(undefined, ctx)));
    if (verdict === "unknown") expect(result.missing).toEqual(expectedMissing(triple));
    else expect(result).not.toHaveProperty("missing");

    // the reason names the children that decide it, and only those
    const deciding: Verdict | undefined = verdict === "pass" ? undefined : verdict;
    triple.forEach((v, i) => {
      if (deciding === undefined) return;
      if (v === deciding) expect(reasonOf(result)).toContain(`Title c${i}`);
      else expect(reasonOf(result)).not.toContain(`Title c${i}`);
    });
    expect(reasonOf(result).length).toBeGreaterThan(0);
  });
});

describe("anyOf on all 27 mixes of three children", () => {
  it.each(TRIPLES)("anyOf(%s, %s, %s)", (a, b, c) => {
    const triple = [a, b, c];
    const children = childrenOf(triple);
    const result = anyOf("root", "One of three", children).evaluate(undefined, ctx);
    const verdict = kleeneOr(triple);

    expect(result.verdict).toBe(verdict);
    expect(result.id).toBe("root");
    expect(result.title).toBe("One of three");
    expect(result.children).toEqual(children.map((r) => r.evaluate(undefined, ctx)));
    if (verdict === "unknown") expect(result.missing).toEqual(expectedMissing(triple));
    else expect(result).not.toHaveProperty("missing");

    const deciding: Verdict | undefined = verdict === "fail" ? undefined : verdict;
    triple.forEach((v, i) => {
      if (deciding === undefined) return;
      if (v === deciding) expect(reasonOf(result)).toContain(`Title c${i}`);
      else expect(reasonOf(result)).not.toContain(`Title c${i}`);
    });
    expect(reasonOf(result).length).toBeGreaterThan(0);
  });
});

describe("allOf / anyOf details", () => {
  it("are Kleene's identities on no children: allOf passes, anyOf fails", () => {
    expect(allOf("a", "A", []).evaluate(undefined, ctx).verdict).toBe("pass");
    expect(anyOf("a", "A", []).evaluate(undefined, ctx).verdict).toBe("fail");
  });

  it("evaluate every child exactly once, in order, with the same facts and context (no short-circuit)", () => {
    const calls: string[] = [];
    const facts = { age: 30 };
    const spyLeaf = (id: string, verdict: Verdict) =>
      defineRule<typeof facts>({
        id,
        title: id,
        source: leafSource,
        check: (f, c) => {
          expect(f).toBe(facts);
          expect(c).toBe(ctx);
          calls.push(id);
          return { verdict, message: text(id) };
        },
      });
    allOf("all", "All", [spyLeaf("a", "fail"), spyLeaf("b", "pass"), spyLeaf("c", "unknown")]).evaluate(facts, ctx);
    expect(calls).toEqual(["a", "b", "c"]);
    calls.length = 0;
    anyOf("any", "Any", [spyLeaf("a", "pass"), spyLeaf("b", "fail"), spyLeaf("c", "unknown")]).evaluate(facts, ctx);
    expect(calls).toEqual(["a", "b", "c"]);
  });

  it("deduplicate the missing paths of their unknown children, keeping first-seen order", () => {
    const children = [
      leaf("a", "unknown", ["jobOffer.hoursPerWeek", "dateOfBirth"]),
      leaf("b", "unknown", ["dateOfBirth", "languageTests"]),
      leaf("c", "pass"),
      leaf("d", "unknown", ["jobOffer.hoursPerWeek"]),
    ];
    const expected = ["jobOffer.hoursPerWeek", "dateOfBirth", "languageTests"];
    expect(allOf("x", "X", children).evaluate(undefined, ctx).missing).toEqual(expected);
    expect(
      anyOf("x", "X", [...children.slice(0, 2), leaf("e", "fail"), children[3] as Rule<unknown>]).evaluate(
        undefined,
        ctx,
      ).missing,
    ).toEqual(expected);
  });

  it("take missing paths only from unknown children", () => {
    // a child that failed but still lists paths (unusual, possible) does not make them needed
    const children = [leaf("a", "fail", ["workHistory"]), leaf("b", "unknown", ["dateOfBirth"])];
    expect(anyOf("x", "X", children).evaluate(undefined, ctx).missing).toEqual(["dateOfBirth"]);
    const passing = [leaf("a", "pass", ["workHistory"]), leaf("b", "unknown", ["dateOfBirth"])];
    expect(allOf("x", "X", passing).evaluate(undefined, ctx).missing).toEqual(["dateOfBirth"]);
  });

  it("omit missing when every unknown child lists nothing", () => {
    const result = allOf("x", "X", [leaf("a", "unknown", [])]).evaluate(undefined, ctx);
    expect(result.verdict).toBe("unknown");
    expect(result).not.toHaveProperty("missing");
  });

  it("use custom reasons for each verdict", () => {
    const reasons = { pass: "You qualify.", fail: "You do not qualify.", unknown: "We need more." };
    for (const combinator of [allOf, anyOf]) {
      for (const v of VERDICTS) {
        const result = combinator("x", "X", [leaf("a", v)], { reasons }).evaluate(undefined, ctx);
        expect(result.verdict).toBe(v);
        expect(reasonOf(result)).toBe(reasons[v]);
      }
    }
  });

  it("fall back to the default wording for a verdict the custom reasons leave out", () => {
    const result = allOf("x", "X", [leaf("a", "fail")], { reasons: { pass: "You qualify." } }).evaluate(undefined, ctx);
    expect(reasonOf(result)).not.toBe("You qualify.");
    expect(reasonOf(result)).toContain("Title a");
  });

  it("carry the source option on the rule and on the result, and no source without it", () => {
    const withSource = allOf("x", "X", [leaf("a", "pass")], { source: comboSource });
    expect(withSource.source).toEqual(comboSource);
    expect(withSource.evaluate(undefined, ctx).source).toEqual(comboSource);
    const without = anyOf("x", "X", [leaf("a", "pass")]);
    expect(without).not.toHaveProperty("source");
    expect(without.evaluate(undefined, ctx)).not.toHaveProperty("source");
  });

  it("describe themselves as rules: kind, children, reasons", () => {
    const parts = [leaf("a", "pass"), leaf("b", "fail")];
    const reasons = { fail: "No." };
    const all = allOf("all", "All", parts, { reasons });
    const any = anyOf("any", "Any", parts);
    expect(all.kind).toBe("all");
    expect(any.kind).toBe("any");
    expect(all.children).toEqual(parts);
    expect(any.children).toEqual(parts);
    expect(all.reasons).toEqual(reasons);
    expect(any).not.toHaveProperty("reasons");
    expect(all.id).toBe("all");
    expect(all.title).toBe("All");
  });
});

describe("not", () => {
  it.each(VERDICTS)("negates a %s child", (v) => {
    const child = leaf("c", v);
    const rule = not("n", "Not c", child);
    const result = rule.evaluate(undefined, ctx);
    expect(result.verdict).toBe(kleeneNot(v));
    expect(result.id).toBe("n");
    expect(result.title).toBe("Not c");
    expect(result.children).toEqual([child.evaluate(undefined, ctx)]);
    expect(reasonOf(result)).toBe(`Reason c is ${v}.`);
    if (v === "unknown") expect(result.missing).toEqual(["facts.c"]);
    else expect(result).not.toHaveProperty("missing");
  });

  it("cites its child's source unless given its own", () => {
    const child = leaf("c", "fail");
    // The rule keeps only its own source, so a replaced part (extendRuleSet) brings its own citation.
    expect(not("n", "N", child).source).toBeUndefined();
    expect(not("n", "N", child).evaluate(undefined, ctx).source).toEqual(leafSource);
    expect(not("n", "N", child, { source: comboSource }).source).toEqual(comboSource);
    expect(not("n", "N", child, { source: comboSource }).evaluate(undefined, ctx).source).toEqual(comboSource);
  });

  it("uses custom reasons per verdict", () => {
    const reasons = { pass: "No ban.", fail: "A ban is in force.", unknown: "Ban status not given." };
    for (const v of VERDICTS) {
      const result = not("n", "N", leaf("c", v), { reasons }).evaluate(undefined, ctx);
      expect(reasonOf(result)).toBe(reasons[kleeneNot(v)]);
    }
  });

  it("is a rule of kind not with exactly one child", () => {
    const child = leaf("c", "pass");
    const rule = not("n", "N", child);
    expect(rule.kind).toBe("not");
    expect(rule.children).toEqual([child]);
  });

  it("cancels out when applied twice", () => {
    for (const v of VERDICTS) {
      expect(not("n2", "N2", not("n1", "N1", leaf("c", v))).evaluate(undefined, ctx).verdict).toBe(v);
    }
  });
});

describe("nested combinators", () => {
  it.each(TRIPLES)("allOf(anyOf(%s, %s), not(%s)) and anyOf(allOf(...), not(...)) follow Kleene", (a, b, c) => {
    const inner = anyOf("inner", "Inner", [leaf("a", a), leaf("b", b)]);
    const negated = not("neg", "Neg", leaf("c", c));
    const outerAll = allOf("outer", "Outer", [inner, negated]).evaluate(undefined, ctx);
    expect(outerAll.verdict).toBe(kleeneAnd([kleeneOr([a, b]), kleeneNot(c)]));
    expect(outerAll.children?.map((r) => r.id)).toEqual(["inner", "neg"]);
    expect(outerAll.children?.[0]?.children?.map((r) => r.id)).toEqual(["a", "b"]);
    expect(outerAll.children?.[1]?.children?.map((r) => r.id)).toEqual(["c"]);

    const outerAny = anyOf("outer", "Outer", [allOf("inner", "Inner", [leaf("a", a), leaf("b", b)]), negated]);
    expect(outerAny.evaluate(undefined, ctx).verdict).toBe(kleeneOr([kleeneAnd([a, b]), kleeneNot(c)]));
  });

  it("propagates missing paths from deep unknown leaves to the root, deduplicated", () => {
    const tree = allOf("root", "Root", [
      anyOf("g1", "G1", [leaf("a", "fail"), leaf("b", "unknown", ["x", "y"])]),
      not("n", "N", leaf("c", "unknown", ["y", "z"])),
      leaf("d", "pass"),
    ]);
    const result = tree.evaluate(undefined, ctx);
    expect(result.verdict).toBe("unknown");
    expect(result.missing).toEqual(["x", "y", "z"]);
    expect(result.children?.[0]?.missing).toEqual(["x", "y"]);
    expect(result.children?.[1]?.missing).toEqual(["y", "z"]);
  });

  it("drops missing paths at a node that is decided despite them", () => {
    const tree = allOf("root", "Root", [leaf("a", "fail"), anyOf("g", "G", [leaf("b", "unknown", ["x"])])]);
    const result = tree.evaluate(undefined, ctx);
    expect(result.verdict).toBe("fail");
    expect(result).not.toHaveProperty("missing");
    expect(result.children?.[1]?.missing).toEqual(["x"]);
  });
});

describe("defineRule", () => {
  it("copies id, title and source onto the rule, which is a leaf", () => {
    const rule = defineRule<unknown>({
      id: "job.full-time",
      title: "Full-time",
      source: leafSource,
      check: () => ({ verdict: "pass", message: text("ok") }),
    });
    expect(rule.id).toBe("job.full-time");
    expect(rule.title).toBe("Full-time");
    expect(rule.source).toEqual(leafSource);
    expect(rule.kind).toBe("check");
    expect(rule.children).toBeUndefined();
  });

  it("copies id, title and source onto the result with the outcome's verdict and reason", () => {
    const rule = defineRule<{ hours?: number }>({
      id: "job.full-time",
      title: "Full-time",
      source: leafSource,
      check: ({ hours }) =>
        hours === undefined
          ? { verdict: "unknown", message: text("Hours not given."), missing: ["jobOffer.hoursPerWeek"] }
          : {
              verdict: hours >= 30 ? "pass" : "fail",
              message: text(`${hours} hours.`),
              expected: ">= 30",
              actual: hours,
            },
    });
    expect(rule.evaluate({ hours: 37.5 }, ctx)).toStrictEqual({
      id: "job.full-time",
      title: "Full-time",
      verdict: "pass",
      message: { id: "text", params: { text: "37.5 hours." } },
      source: leafSource,
      expected: ">= 30",
      actual: 37.5,
    });
    expect(rule.evaluate({ hours: 20 }, ctx).verdict).toBe("fail");
    expect(rule.evaluate({}, ctx)).toStrictEqual({
      id: "job.full-time",
      title: "Full-time",
      verdict: "unknown",
      message: { id: "text", params: { text: "Hours not given." } },
      source: leafSource,
      missing: ["jobOffer.hoursPerWeek"],
    });
  });

  it("passes the facts and the context to check", () => {
    const check = vi.fn(() => ({ verdict: "pass" as const, message: text("ok") }));
    const facts = { a: 1 };
    defineRule<typeof facts>({ id: "x", title: "X", source: leafSource, check }).evaluate(facts, ctx);
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith(facts, ctx);
  });

  it("deduplicates missing paths, keeping first-seen order", () => {
    const result = leaf("x", "unknown", ["a", "b", "a", "c", "b", "a"]).evaluate(undefined, ctx);
    expect(result.missing).toEqual(["a", "b", "c"]);
  });

  it("omits an empty missing list and empty children", () => {
    const rule = defineRule<unknown>({
      id: "x",
      title: "X",
      source: leafSource,
      check: () => ({ verdict: "unknown", message: text("?"), missing: [], children: [] }),
    });
    const result = rule.evaluate(undefined, ctx);
    expect(result).not.toHaveProperty("missing");
    expect(result).not.toHaveProperty("children");
  });

  it("keeps falsy expected/actual values (0, false, null, '') and omits absent ones", () => {
    const values = [0, false, null, ""] as const;
    for (const value of values) {
      const result = defineRule<unknown>({
        id: "x",
        title: "X",
        source: leafSource,
        check: () => ({ verdict: "fail", message: text("r"), expected: value, actual: value }),
      }).evaluate(undefined, ctx);
      expect(result).toHaveProperty("expected", value);
      expect(result).toHaveProperty("actual", value);
    }
    const bare = leaf("y", "pass").evaluate(undefined, ctx);
    expect(bare).not.toHaveProperty("expected");
    expect(bare).not.toHaveProperty("actual");
  });

  it("lets an outcome cite a more specific source", () => {
    const rule = defineRule<unknown>({
      id: "x",
      title: "X",
      source: leafSource,
      check: () => ({ verdict: "pass", message: text("r"), source: otherSource }),
    });
    expect(rule.source).toEqual(leafSource);
    expect(rule.evaluate(undefined, ctx).source).toEqual(otherSource);
  });

  it("shows a nested evaluation's results as children", () => {
    const nested: RuleResult[] = [
      leaf("fsw", "fail").evaluate(undefined, ctx),
      leaf("cec", "pass").evaluate(undefined, ctx),
    ];
    const rule = defineRule<unknown>({
      id: "federal",
      title: "Federal",
      source: leafSource,
      check: () => ({ verdict: "pass", message: text("CEC"), children: nested }),
    });
    expect(rule.evaluate(undefined, ctx).children).toEqual(nested);
  });
});

// ---- property tests over random trees -------------------------------------------------------

type Expr =
  | { readonly kind: "leaf"; readonly verdict: Verdict; readonly missing: readonly string[] }
  | { readonly kind: "all" | "any"; readonly children: readonly Expr[] }
  | { readonly kind: "not"; readonly child: Expr };

const PATHS = ["dateOfBirth", "jobOffer.hoursPerWeek", "languageTests", "workHistory[0].from"];

const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
  expr: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      kind: fc.constant("leaf" as const),
      verdict: fc.constantFrom(...VERDICTS),
      missing: fc.subarray(PATHS),
    }),
    fc.record({
      kind: fc.constantFrom("all" as const, "any" as const),
      children: fc.array(tie("expr"), { maxLength: 4 }),
    }),
    fc.record({ kind: fc.constant("not" as const), child: tie("expr") }),
  ),
}));

function build(e: Expr, counter = { n: 0 }): Rule<unknown> {
  const id = `r${counter.n++}`;
  switch (e.kind) {
    case "leaf": {
      const missing = e.verdict === "unknown" ? [...e.missing] : [];
      return leaf(id, e.verdict, missing);
    }
    case "all":
      return allOf(
        id,
        id,
        e.children.map((c) => build(c, counter)),
      );
    case "any":
      return anyOf(
        id,
        id,
        e.children.map((c) => build(c, counter)),
      );
    case "not":
      return not(id, id, build(e.child, counter));
  }
}

function oracle(e: Expr): Verdict {
  switch (e.kind) {
    case "leaf":
      return e.verdict;
    case "all":
      return kleeneAnd(e.children.map(oracle));
    case "any":
      return kleeneOr(e.children.map(oracle));
    case "not":
      return kleeneNot(oracle(e.child));
  }
}

/** Missing paths the root must list: the deduplicated union over the unknown path down the tree. */
function oracleMissing(e: Expr): string[] {
  if (oracle(e) !== "unknown") return [];
  switch (e.kind) {
    case "leaf":
      return [...new Set(e.missing)];
    case "all":
    case "any":
      return [...new Set(e.children.flatMap(oracleMissing))];
    case "not":
      return oracleMissing(e.child);
  }
}

/** Every node of the result tree agrees with the oracle at the same place of the expression. */
function checkTree(e: Expr, r: RuleResult): void {
  expect(r.verdict).toBe(oracle(e));
  expect(r.missing ?? []).toEqual(oracleMissing(e));
  if (e.kind === "all" || e.kind === "any") {
    expect(r.children ?? []).toHaveLength(e.children.length);
    e.children.forEach((c, i) => {
      checkTree(c, r.children?.[i] as RuleResult);
    });
  } else if (e.kind === "not") {
    expect(r.children).toHaveLength(1);
    checkTree(e.child, r.children?.[0] as RuleResult);
  }
}

describe("combinators on random trees (property)", () => {
  it("evaluate every node to its Kleene verdict with the right missing paths", () => {
    fc.assert(
      fc.property(expr, (e) => {
        checkTree(e, build(e).evaluate(undefined, ctx));
      }),
      { numRuns: 500 },
    );
  });

  it("De Morgan: allOf(x) = not(anyOf(not x)) and anyOf(x) = not(allOf(not x)), verdicts and missing", () => {
    fc.assert(
      fc.property(fc.array(expr, { maxLength: 5 }), (xs) => {
        const counter = { n: 0 };
        const rules = xs.map((x) => build(x, counter));
        const negated = rules.map((r, i) => not(`not-${i}`, `not ${i}`, r));

        const all = allOf("all", "All", rules).evaluate(undefined, ctx);
        const viaAny = not("n", "N", anyOf("any", "Any", negated)).evaluate(undefined, ctx);
        expect(all.verdict).toBe(viaAny.verdict);
        expect(all.missing ?? []).toEqual(viaAny.missing ?? []);
        expect(all.verdict).toBe(kleeneAnd(xs.map(oracle)));

        const any = anyOf("any", "Any", rules).evaluate(undefined, ctx);
        const viaAll = not("n", "N", allOf("all", "All", negated)).evaluate(undefined, ctx);
        expect(any.verdict).toBe(viaAll.verdict);
        expect(any.missing ?? []).toEqual(viaAll.missing ?? []);
        expect(any.verdict).toBe(kleeneOr(xs.map(oracle)));
      }),
      { numRuns: 500 },
    );
  });
});
