import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { text } from "../../src/core/message.js";
import {
  allOf,
  anyOf,
  type Citation,
  defineRule,
  isoDate,
  not,
  RenderError,
  type Rule,
  type RuleContext,
  type RuleResult,
  renderResult,
  summarizeResult,
  type Verdict,
  walkResult,
} from "../../src/index.js";
import { en } from "../../src/locales/en/index.js";

const ctx: RuleContext = { asOf: isoDate("2026-01-15") };
const source: Citation = {
  title: "Alberta Accelerated Tech Pathway",
  url: "https://www.alberta.ca/aaip-accelerated-tech-pathway",
  retrieved: isoDate("2026-11-25"),
};

function leaf(id: string, verdict: Verdict, missing: string[] = verdict === "unknown" ? [`facts.${id}`] : []) {
  return defineRule<unknown>({
    id,
    title: `Rule ${id}`,
    source,
    check: () => ({ verdict, message: text(`${id}: ${verdict}`), ...(missing.length > 0 ? { missing } : {}) }),
  });
}

const run = (rule: Rule<unknown>): RuleResult => rule.evaluate(undefined, ctx);
const idsOf = (results: readonly RuleResult[]): string[] => results.map((r) => r.id);

describe("summarizeResult: status", () => {
  it.each([
    ["pass", "eligible", true],
    ["fail", "ineligible", false],
    ["unknown", "incomplete", false],
  ] as const)("maps a root %s to %s (eligible: %s)", (verdict, status, eligible) => {
    const summary = summarizeResult(run(leaf("root", verdict)));
    expect(summary.status).toBe(status);
    expect(summary.eligible).toBe(eligible);
  });
});

describe("summarizeResult: eligible", () => {
  it("lists no failed leaves and no missing paths, even when some parts failed or are unknown", () => {
    const result = run(
      allOf("root", "Root", [
        anyOf("either", "Either", [leaf("a", "fail"), leaf("b", "pass"), leaf("c", "unknown")]),
        not("n", "N", leaf("d", "fail")),
      ]),
    );
    expect(result.verdict).toBe("pass");
    const summary = summarizeResult(result);
    expect(summary).toEqual({ status: "eligible", eligible: true, failed: [], missing: [], uncertain: [] });
  });
});

describe("summarizeResult: ineligible", () => {
  it("lists the failed leaves in tree order, and no missing paths", () => {
    const result = run(
      allOf("root", "Root", [
        leaf("a", "fail"),
        leaf("b", "pass"),
        anyOf("group", "Group", [leaf("c", "fail"), leaf("d", "fail")]),
        leaf("e", "unknown", ["dateOfBirth"]),
        leaf("f", "fail"),
      ]),
    );
    expect(result.verdict).toBe("fail");
    const summary = summarizeResult(result);
    expect(summary.status).toBe("ineligible");
    expect(summary.eligible).toBe(false);
    expect(idsOf(summary.failed)).toEqual(["a", "c", "d", "f"]);
    expect(summary.missing).toEqual([]);
  });

  it("returns the leaf results themselves, not copies with other content", () => {
    const result = run(allOf("root", "Root", [leaf("a", "fail")]));
    const summary = summarizeResult(result);
    expect(summary.failed).toHaveLength(1);
    expect(summary.failed[0]).toEqual(result.children?.[0]);
  });

  it("does not list leaves that failed inside a part that passed", () => {
    const result = run(
      allOf("root", "Root", [anyOf("ok", "Ok", [leaf("a", "fail"), leaf("b", "pass")]), leaf("c", "fail")]),
    );
    expect(idsOf(summarizeResult(result).failed)).toEqual(["c"]);
  });

  it("lists a not whose part passed as the failed leaf itself (not its passing part)", () => {
    const result = run(allOf("root", "Root", [leaf("a", "pass"), not("no-ban", "No ban", leaf("ban", "pass"))]));
    expect(result.verdict).toBe("fail");
    const failed = summarizeResult(result).failed;
    expect(idsOf(failed)).toEqual(["no-ban"]);
    expect(failed[0]?.verdict).toBe("fail");
  });

  it("lists a not over a passing subtree as the failed leaf", () => {
    const result = run(not("n", "N", allOf("all", "All", [leaf("a", "pass"), leaf("b", "pass")])));
    expect(idsOf(summarizeResult(result).failed)).toEqual(["n"]);
  });

  it("lists the root when it is a failed leaf", () => {
    const result = run(leaf("only", "fail"));
    expect(idsOf(summarizeResult(result).failed)).toEqual(["only"]);
  });

  it("lists a failed leaf whose nested results all passed as itself, and descends into failed nested results", () => {
    const nestedPassed = [run(leaf("x", "pass"))];
    const nestedFailed = [run(leaf("y", "pass")), run(leaf("z", "fail"))];
    const withChildren = (id: string, children: RuleResult[]) =>
      defineRule<unknown>({ id, title: id, source, check: () => ({ verdict: "fail", message: text(id), children }) });
    const result = run(allOf("root", "Root", [withChildren("p", nestedPassed), withChildren("q", nestedFailed)]));
    expect(idsOf(summarizeResult(result).failed)).toEqual(["p", "z"]);
  });
});

describe("summarizeResult: incomplete", () => {
  it("lists the failed leaves of an undecided anyOf and the paths still needed", () => {
    const result = run(
      allOf("root", "Root", [
        leaf("a", "pass"),
        anyOf("route", "Route", [
          leaf("b", "fail"),
          leaf("c", "unknown", ["jobOffer.hoursPerWeek"]),
          leaf("d", "fail"),
        ]),
      ]),
    );
    expect(result.verdict).toBe("unknown");
    const summary = summarizeResult(result);
    expect(summary.status).toBe("incomplete");
    expect(summary.eligible).toBe(false);
    expect(idsOf(summary.failed)).toEqual(["b", "d"]);
    expect(summary.missing).toEqual(["jobOffer.hoursPerWeek"]);
  });

  it("deduplicates missing paths across the tree, keeping first-seen order", () => {
    const result = run(
      allOf("root", "Root", [
        leaf("a", "unknown", ["dateOfBirth", "languageTests"]),
        anyOf("g", "G", [leaf("b", "unknown", ["languageTests", "workHistory"]), leaf("c", "fail")]),
        not("n", "N", leaf("d", "unknown", ["dateOfBirth", "status.removalOrder"])),
      ]),
    );
    const { missing } = summarizeResult(result);
    expect(missing).toEqual(["dateOfBirth", "languageTests", "workHistory", "status.removalOrder"]);
    expect(new Set(missing).size).toBe(missing.length);
  });

  it("leaves out the paths of unknown parts that no longer matter", () => {
    // the anyOf passed through b, so c's missing path cannot change the outcome
    const result = run(
      allOf("root", "Root", [
        anyOf("g", "G", [leaf("b", "pass"), leaf("c", "unknown", ["spouse"])]),
        leaf("d", "unknown", ["dateOfBirth"]),
      ]),
    );
    expect(summarizeResult(result).missing).toEqual(["dateOfBirth"]);
  });

  it("collects missing paths from hand-built results too (nodes that list none themselves)", () => {
    const result: RuleResult = {
      id: "root",
      title: "Root",
      verdict: "unknown",
      message: text("?"),
      children: [
        { id: "a", title: "A", verdict: "unknown", message: text("?"), missing: ["x"] },
        { id: "b", title: "B", verdict: "fail", message: text("no"), missing: ["y"] },
        {
          id: "c",
          title: "C",
          verdict: "unknown",
          message: text("?"),
          children: [{ id: "d", title: "D", verdict: "unknown", message: text("?"), missing: ["z", "x"] }],
        },
      ],
    };
    const summary = summarizeResult(result);
    expect(summary.missing).toEqual(["x", "z"]);
    expect(idsOf(summary.failed)).toEqual(["b"]);
  });
});

describe("summarizeResult under a not", () => {
  it("does not list as failures the leaves whose failing counts in the candidate's favour", () => {
    // "No bar to admission" = not(any bar applies). The removal-order check failed, i.e. there is
    // no removal order: that is good news, not a reason the candidate is held back.
    const result = run(
      allOf("root", "Root", [
        leaf("ok", "pass"),
        not(
          "no-bar",
          "No bar",
          anyOf("bars", "Bars", [leaf("ban", "unknown", ["status.ban"]), leaf("removal", "fail")]),
        ),
      ]),
    );
    expect(result.verdict).toBe("unknown");
    const summary = summarizeResult(result);
    expect(summary.status).toBe("incomplete");
    expect(summary.missing).toEqual(["status.ban"]);
    expect(idsOf(summary.failed)).not.toContain("removal");
    expect(summary.failed).toEqual([]);
  });

  it("lists failed leaves again under two nots (the polarity is back)", () => {
    const result = run(not("n2", "N2", not("n1", "N1", anyOf("g", "G", [leaf("a", "fail"), leaf("b", "unknown")]))));
    expect(result.verdict).toBe("unknown");
    expect(idsOf(summarizeResult(result).failed)).toEqual(["a"]);
  });
});

describe("summarizeResult (property)", () => {
  type Expr =
    | { kind: "leaf"; verdict: Verdict; missing: string[] }
    | { kind: "all" | "any"; children: Expr[] }
    | { kind: "not"; child: Expr };
  const { expr } = fc.letrec<{ expr: Expr }>((tie) => ({
    expr: fc.oneof(
      { depthSize: "small" },
      fc.record({
        kind: fc.constant("leaf" as const),
        verdict: fc.constantFrom<Verdict>("pass", "fail", "unknown"),
        missing: fc.subarray(["p1", "p2", "p3"]),
      }),
      fc.record({
        kind: fc.constantFrom("all" as const, "any" as const),
        children: fc.array(tie("expr"), { maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant("not" as const), child: tie("expr") }),
    ),
  }));
  const build = (e: Expr, c = { n: 0 }): Rule<unknown> => {
    const id = `r${c.n++}`;
    if (e.kind === "leaf") return leaf(id, e.verdict, e.verdict === "unknown" ? e.missing : []);
    if (e.kind === "not") return not(id, id, build(e.child, c));
    const children = e.children.map((x) => build(x, c));
    return e.kind === "all" ? allOf(id, id, children) : anyOf(id, id, children);
  };

  it("is consistent with the root: failed only when not eligible, missing only when incomplete", () => {
    fc.assert(
      fc.property(expr, (e) => {
        const result = run(build(e));
        const summary = summarizeResult(result);
        const nodes = [...walkResult(result)];
        expect(summary.eligible).toBe(result.verdict === "pass");
        if (result.verdict === "pass") expect(summary.failed).toEqual([]);
        if (result.verdict === "fail") expect(summary.failed.length).toBeGreaterThan(0);
        if (result.verdict !== "unknown") expect(summary.missing).toEqual([]);
        else expect(summary.missing).toEqual(result.missing ?? []);
        for (const f of summary.failed) {
          expect(f.verdict).toBe("fail");
          expect(nodes).toContain(f);
        }
        expect(new Set(summary.missing).size).toBe(summary.missing.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe("walkResult", () => {
  it("visits every node depth first, parents before children", () => {
    const result = run(
      allOf("root", "Root", [
        leaf("a", "pass"),
        anyOf("g", "G", [leaf("b", "fail"), not("n", "N", leaf("c", "fail"))]),
      ]),
    );
    expect([...walkResult(result)].map((r) => r.id)).toEqual(["root", "a", "g", "b", "n", "c"]);
  });
});

describe("summarizeResult, walkResult and renderResult on a tree that is not one of results", () => {
  const loose = (value: unknown): never => value as never;
  const node = (id: string, verdict: string, children?: unknown) => ({ id, verdict, message: text(id), children });
  const calls = {
    summarizeResult: (r: unknown) => summarizeResult(loose(r)),
    walkResult: (r: unknown) => [...walkResult(loose(r))],
    renderResult: (r: unknown) => renderResult(loose(r), en),
  };

  it.each([
    [
      "a verdict that is none of the three",
      node("x", "maybe"),
      /^result: expected a rule result \(\{ id, verdict: pass, fail or unknown/,
    ],
    [
      "a child that is null",
      node("x", "pass", [null]),
      /^result\.children\[0\]: expected a rule result .*, got null\.$/,
    ],
    ["children that are no list", node("x", "pass", 5), /^result\.children: expected a list of rule results, got 5\.$/],
    [
      "a grandchild without an id",
      node("x", "fail", [node("y", "fail", [{ verdict: "fail" }])]),
      /^result\.children\[0\]\.children\[0\]: expected a rule result/,
    ],
  ])("%s: a TypeError naming the node", (_name, tree, error) => {
    for (const [name, call] of Object.entries(calls)) expect(() => call(tree), name).toThrow(error);
  });

  it("a tree that contains itself: a TypeError (summarizeResult, walkResult) or a RenderError", () => {
    const children: unknown[] = [];
    const root = node("a", "pass", children);
    children.push(node("b", "pass", [root]));
    const cycle = /^result: expected a tree of rule results, got one that contains itself\.$/;
    expect(() => calls.summarizeResult(root)).toThrow(cycle);
    expect(() => calls.walkResult(root)).toThrow(cycle);
    expect(() => calls.renderResult(root)).toThrow(RenderError);
    // A node met twice, not within itself, is no cycle.
    const shared = node("s", "pass");
    expect(calls.walkResult(node("r", "pass", [shared, shared])).map((r) => r.id)).toEqual(["r", "s", "s"]);
  });
});
