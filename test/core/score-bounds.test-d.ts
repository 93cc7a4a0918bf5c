// ScoreBounds: the one shape of a partial candidate's score bounds, shared by the CRS, the FSW grid
// and the Worker EOI, so that code written against it reads any of the three.

import { describe, expectTypeOf, it } from "vitest";
import type { CrsBreakdown, FswSelectionPoints, ScoreBounds, WorkerEoiScore } from "../../src/index.js";

describe("ScoreBounds", () => {
  it("is what the CRS breakdown, the FSW selection points and the Worker EOI score all are", () => {
    expectTypeOf<CrsBreakdown>().toExtend<ScoreBounds>();
    expectTypeOf<FswSelectionPoints>().toExtend<ScoreBounds>();
    expectTypeOf<WorkerEoiScore>().toExtend<ScoreBounds>();
  });

  it("has the three fields and only them, read-only", () => {
    expectTypeOf<keyof ScoreBounds>().toEqualTypeOf<"total" | "maximumReachable" | "missing">();
    expectTypeOf<ScoreBounds["missing"]>().toEqualTypeOf<readonly string[]>();
    // @ts-expect-error the bounds are read-only
    const write = (b: ScoreBounds) => (b.total = 1);
    void write;
  });
});
