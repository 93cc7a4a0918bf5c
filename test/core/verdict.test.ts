import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { allVerdicts, anyVerdict, negateVerdict, type Verdict, verdictOf } from "../../src/index.js";

const VERDICTS: readonly Verdict[] = ["pass", "fail", "unknown"];

// Kleene's strong three-valued logic as numbers: fail = 0, unknown = 1/2, pass = 1.
// AND is the minimum, OR the maximum, NOT is 1 - x.
const rank: Record<Verdict, number> = { fail: 0, unknown: 0.5, pass: 1 };
const fromRank = (n: number): Verdict => (n === 0 ? "fail" : n === 1 ? "pass" : "unknown");
const kleeneAnd = (vs: readonly Verdict[]): Verdict => fromRank(Math.min(1, ...vs.map((v) => rank[v])));
const kleeneOr = (vs: readonly Verdict[]): Verdict => fromRank(Math.max(0, ...vs.map((v) => rank[v])));
const kleeneNot = (v: Verdict): Verdict => fromRank(1 - rank[v]);

const TRIPLES: [Verdict, Verdict, Verdict][] = VERDICTS.flatMap((a) =>
  VERDICTS.flatMap((b) => VERDICTS.map((c) => [a, b, c] as [Verdict, Verdict, Verdict])),
);

describe("the truth tables", () => {
  it("has 27 triples", () => {
    expect(TRIPLES).toHaveLength(27);
    expect(new Set(TRIPLES.map((t) => t.join())).size).toBe(27);
  });

  it.each(TRIPLES)("allVerdicts(%s, %s, %s) is Kleene AND", (a, b, c) => {
    const expected = [a, b, c].includes("fail") ? "fail" : [a, b, c].includes("unknown") ? "unknown" : "pass";
    expect(allVerdicts([a, b, c])).toBe(expected);
    expect(allVerdicts([a, b, c])).toBe(kleeneAnd([a, b, c]));
  });

  it.each(TRIPLES)("anyVerdict(%s, %s, %s) is Kleene OR", (a, b, c) => {
    const expected = [a, b, c].includes("pass") ? "pass" : [a, b, c].includes("unknown") ? "unknown" : "fail";
    expect(anyVerdict([a, b, c])).toBe(expected);
    expect(anyVerdict([a, b, c])).toBe(kleeneOr([a, b, c]));
  });

  it("treats the empty list as the identity: AND of nothing passes, OR of nothing fails", () => {
    expect(allVerdicts([])).toBe("pass");
    expect(anyVerdict([])).toBe("fail");
  });

  it("accepts any iterable, not only arrays", () => {
    function* gen(): Generator<Verdict> {
      yield "pass";
      yield "unknown";
    }
    expect(allVerdicts(gen())).toBe("unknown");
    expect(anyVerdict(gen())).toBe("pass");
    expect(allVerdicts(new Set<Verdict>(["pass", "fail"]))).toBe("fail");
  });

  it("negates: pass <-> fail, unknown stays unknown", () => {
    expect(negateVerdict("pass")).toBe("fail");
    expect(negateVerdict("fail")).toBe("pass");
    expect(negateVerdict("unknown")).toBe("unknown");
    for (const v of VERDICTS) expect(negateVerdict(negateVerdict(v))).toBe(v);
  });

  it("turns a yes/no/missing answer into a verdict", () => {
    expect(verdictOf(true)).toBe("pass");
    expect(verdictOf(false)).toBe("fail");
    expect(verdictOf(undefined)).toBe("unknown");
  });
});

describe("laws of three-valued logic (property)", () => {
  const verdicts = fc.array(fc.constantFrom(...VERDICTS), { maxLength: 12 });

  it("AND and OR agree with Kleene on lists of any length", () => {
    fc.assert(
      fc.property(verdicts, (vs) => {
        expect(allVerdicts(vs)).toBe(kleeneAnd(vs));
        expect(anyVerdict(vs)).toBe(kleeneOr(vs));
      }),
    );
  });

  it("De Morgan: AND(x) = NOT OR(NOT x) and OR(x) = NOT AND(NOT x)", () => {
    fc.assert(
      fc.property(verdicts, (vs) => {
        expect(allVerdicts(vs)).toBe(negateVerdict(anyVerdict(vs.map(negateVerdict))));
        expect(anyVerdict(vs)).toBe(negateVerdict(allVerdicts(vs.map(negateVerdict))));
        expect(vs.map(negateVerdict)).toEqual(vs.map(kleeneNot));
      }),
    );
  });

  it("is insensitive to order", () => {
    fc.assert(
      fc.property(verdicts, (vs) => {
        const reversed = [...vs].reverse();
        expect(allVerdicts(reversed)).toBe(allVerdicts(vs));
        expect(anyVerdict(reversed)).toBe(anyVerdict(vs));
      }),
    );
  });
});
