// Type-level tests of the result shape toClb returns: `{ ok: true, levels, ... }` or
// `{ ok: false, issues }`, narrowed by `ok`. Checked by vitest's typecheck (vitest.config.ts) and by
// `tsc --noEmit`; each `@ts-expect-error` fails the check if the wrong usage below it compiles.
import {
  type ClbLevels,
  type ClbResult,
  type InputIssue,
  isoDate,
  type LanguageTest,
  type Result,
  type ToClbResult,
  toClb,
} from "alberta-atp";
import { describe, expectTypeOf, it } from "vitest";

const test: LanguageTest = {
  test: "celpip-general",
  testedOn: isoDate("2025-03-01"),
  scores: { reading: 9, writing: 8, listening: 10, speaking: 9 },
};

describe("toClb", () => {
  it("returns a ToClbResult: a ClbResult or the issues", () => {
    expectTypeOf(toClb).returns.toEqualTypeOf<ToClbResult>();
    // The one Result shape: a ClbResult, or the issues and nothing else.
    expectTypeOf<ToClbResult>().toEqualTypeOf<Result<ClbResult>>();
    expectTypeOf<Extract<ToClbResult, { ok: true }>>().toMatchTypeOf<ClbResult>();
    expectTypeOf<ClbResult>().toMatchTypeOf<Extract<ToClbResult, { ok: true }>>();
    expectTypeOf<Extract<ToClbResult, { ok: false }>>().toMatchTypeOf<{
      readonly ok: false;
      readonly issues: readonly InputIssue[];
    }>();
    expectTypeOf<Extract<ToClbResult, { ok: false }>>().not.toHaveProperty("levels");
  });

  it("narrows on ok: levels and expiry when true, issues when false", () => {
    const r = toClb(test, { asOf: isoDate("2026-01-15") });
    if (r.ok) {
      expectTypeOf(r.levels).toEqualTypeOf<ClbLevels>();
      expectTypeOf(r.expired).toEqualTypeOf<boolean>();
      // @ts-expect-error: a converted result has no issues
      r.issues;
    } else {
      expectTypeOf(r.issues).toEqualTypeOf<readonly InputIssue[]>();
      // @ts-expect-error: a result that did not convert has no levels
      r.levels;
    }
  });

  it("needs the ok check before the levels are read", () => {
    const r = toClb(test);
    // @ts-expect-error: levels exist only when ok is true
    r.levels;
    expectTypeOf(r.ok).toEqualTypeOf<boolean>();
  });

  it("takes asOf as an IsoDate or a Date, never a plain string", () => {
    toClb(test, { asOf: new Date(2026, 0, 15) });
    // @ts-expect-error: a plain string is not checked as a date; use isoDate("2026-01-15")
    toClb(test, { asOf: "2026-01-15" });
  });

  it("issues are read-only", () => {
    const r = toClb(test);
    if (!r.ok) {
      // @ts-expect-error: the list is read-only
      r.issues.push({ path: "", code: "x", message: "x" });
    }
  });
});
