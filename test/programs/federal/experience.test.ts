// Tests that pin src/programs/federal/experience.ts: work experience as the federal programs count
// it (IRCC: one year is 1,560 hours, full-time being 30 hours a week; FSW counts continuous work in
// one occupation in the last 10 years, CEC skilled work in Canada in the last 3, FST work in a
// trade in the last 5; FSW adaptability counts full-time work only): the three-valued comparison at
// exactly the requirement, the hours as written in reasons, occupations ordered by hours, which
// codes count for certain or only possibly (and which paths are then missing), and the
// full-time-only count at 30 and 29 hours a week.

import { describe, expect, it } from "vitest";
import { message } from "../../../src/core/message.js";
import type { Verdict } from "../../../src/core/verdict.js";
import type { WorkExperience } from "../../../src/models/work-experience.js";
import {
  classifiedHours,
  fullTimeOnlyHours,
  hoursVerdict,
  occupationHours,
} from "../../../src/programs/federal/experience.js";
import { ASOF, job } from "../../fixtures/federal/builders.js";
import { reasonOf } from "../../fixtures/messages.js";

const open = { authorized: undefined } as never;
const cec = { asOf: ASOF, withinYears: 3, where: "canadian" } as const;

describe("hoursVerdict", () => {
  it("pass at exactly the requirement; unknown when only possible hours reach it; fail when they do not", () => {
    expect(hoursVerdict({ hours: 1560, possibleHours: 1560, missing: [] }, 1560)).toBe("pass");
    expect(hoursVerdict({ hours: 1559, possibleHours: 1560, missing: ["x"] }, 1560)).toBe("unknown");
    expect(hoursVerdict({ hours: 1559, possibleHours: 1559, missing: [] }, 1560)).toBe("fail");
  });
});

/** Hours as the federal messages write them: the words before " hours of" in an adaptability reason. */
const formatHours = (hours: number) =>
  reasonOf({ message: message("fsw.adaptability.work.not-met", { who: "you", hours }) }).split(" hours of ")[0];

describe("formatHours", () => {
  it("groups thousands and keeps at most one decimal; infinite hours are 'any number of'", () => {
    expect(formatHours(1560)).toBe("1,560");
    expect(formatHours(1423.709677)).toBe("1,423.7");
    expect(formatHours(1559.96)).toBe("1,560");
    expect(formatHours(1559.94)).toBe("1,559.9");
    expect(formatHours(0)).toBe("0");
    expect(formatHours(Number.POSITIVE_INFINITY)).toBe("any number of");
  });
});

describe("occupationHours", () => {
  it("no history: none", () => {
    expect(occupationHours(undefined, ASOF, 10)).toEqual([]);
  });

  it("one entry per code, most certain hours first, then most possible; a period only when some work counts", () => {
    const history: WorkExperience[] = [
      job("21231", "IN", "2025-01-01", "2025-06-30"), // 6 months: 780
      job("21232", "CA", "2023-01-01", "2024-12-31", 40, open), // 0 certain, up to 2 years
      job("21233", "IN", "2024-01-01", "2025-12-31"), // 24 months: 3,120
      job("21231", "IN", "2019-01-01", "2019-06-30"), // 6 more months of 21231, not continuous
      job("21234", "CA", "2025-01-01", "2025-03-31", 40, open), // 0 certain, up to 3 months
    ];
    const r = occupationHours(history, ASOF, 10);
    expect(r.map((o) => [o.noc, o.hours, o.possibleHours, o.missing])).toEqual([
      ["21233", 3120, 3120, []],
      ["21231", 780, 780, []],
      ["21232", 0, 3120, ["workHistory[1].authorized"]],
      ["21234", 0, 390, ["workHistory[4].authorized"]],
    ]);
    expect(r[0]?.period).toEqual({ start: "2024-01-01", end: "2025-12-31" });
    expect(r[1]?.period).toEqual({ start: "2025-01-01", end: "2025-06-30" });
    expect(r[2]).not.toHaveProperty("period");
  });
});

describe("classifiedHours", () => {
  const history: WorkExperience[] = [
    job("21231", "CA", "2025-01-01", "2025-06-30"), // 6 months: 780, a "pass" code
    job("73300", "CA", "2024-01-01", "2024-06-30"), // 6 months, an "unknown" code
    job("65200", "CA", "2023-07-01", "2023-12-31"), // 6 months, a "fail" code
    job("21231", "CA", "2024-07-01", "2024-09-30"), // 3 more months of the "pass" code
  ];
  const classes: Record<string, Verdict> = { "21231": "pass", "73300": "unknown", "65200": "fail" };

  it("certain codes count, unknown codes only possibly with their noc paths, failed codes not at all", () => {
    const asked: string[] = [];
    const r = classifiedHours(history, cec, (code) => {
      asked.push(code);
      return classes[code] ?? "fail";
    });
    // Each code is classified once.
    expect(asked).toEqual(["21231", "73300", "65200"]);
    // 9 months certain (1,170), 15 possible (1,950).
    expect(r).toStrictEqual({ hours: 1170, possibleHours: 1950, missing: ["workHistory[1].noc"] });
  });

  it("an unknown code's job that is undecided for another reason lists both paths once", () => {
    const r = classifiedHours([job("73300", "CA", "2024-01-01", "2024-06-30", 40, open)], cec, () => "unknown");
    expect(r).toStrictEqual({
      hours: 0,
      possibleHours: 780,
      missing: ["workHistory[0].authorized", "workHistory[0].noc"],
    });
  });

  it("an unknown code whose job does not count anyway adds nothing and nothing is missing", () => {
    // Outside Canada: CEC counts only Canadian work.
    expect(classifiedHours([job("73300", "IN", "2024-01-01", "2024-06-30")], cec, () => "unknown")).toStrictEqual({
      hours: 0,
      possibleHours: 0,
      missing: [],
    });
  });

  it("only undecided jobs that could count are listed, and none when they add no hours", () => {
    // Two jobs of the unknown code: one in Canada (could count), one abroad (never counts for CEC).
    expect(
      classifiedHours(
        [job("73300", "IN", "2024-01-01", "2024-06-30"), job("73300", "CA", "2025-01-01", "2025-06-30")],
        cec,
        () => "unknown",
      ),
    ).toStrictEqual({ hours: 0, possibleHours: 780, missing: ["workHistory[1].noc"] });
    // An unknown-code job alongside a full-time job that already counts for the same months adds
    // no hours: nothing to ask.
    expect(
      classifiedHours(
        [job("21231", "CA", "2025-01-01", "2025-06-30"), job("73300", "CA", "2025-01-01", "2025-06-30")],
        cec,
        (code) => classes[code] ?? "fail",
      ),
    ).toStrictEqual({ hours: 780, possibleHours: 780, missing: [] });
  });

  it("every code certain: the same count, nothing missing", () => {
    // The TEER 5 job (65200) is not skilled work whatever the classifier says: 9 + 6 months.
    expect(classifiedHours(history, cec, () => "pass")).toStrictEqual({
      hours: 1950,
      possibleHours: 1950,
      missing: [],
    });
    expect(classifiedHours(history, cec, () => "fail")).toStrictEqual({ hours: 0, possibleHours: 0, missing: [] });
  });

  it("no history: 0 certain, up to the whole window, workHistory missing", () => {
    // 3 years of full-time work: 4,680 hours.
    expect(classifiedHours(undefined, cec, () => "pass")).toStrictEqual({
      hours: 0,
      possibleHours: 4680,
      missing: ["workHistory"],
    });
  });
});

describe("fullTimeOnlyHours", () => {
  const ca = { asOf: ASOF, where: "canadian" } as const;

  it("counts jobs of 30 hours a week or more, not 29", () => {
    expect(
      fullTimeOnlyHours(
        [
          job("21231", "CA", "2025-01-01", "2025-06-30", 30),
          job("21231", "CA", "2024-01-01", "2024-06-30", 29),
          // Starts after asOf: nothing of it is counted.
          job("21231", "CA", "2026-02-01", undefined, 40),
        ],
        ca,
      ),
    ).toStrictEqual({ hours: 780, possibleHours: 780, missing: [] });
  });

  it("undecided full-time jobs add possible hours and their paths; undecided part-time jobs neither", () => {
    expect(
      fullTimeOnlyHours(
        [
          job("21231", "CA", "2025-01-01", "2025-06-30", 40),
          job("21231", "CA", "2024-01-01", "2024-06-30", 40, open),
          job("21231", "CA", "2023-01-01", "2023-06-30", 20, open),
        ],
        ca,
      ),
    ).toStrictEqual({ hours: 780, possibleHours: 1560, missing: ["workHistory[1].authorized"] });
  });

  it("an undecided job at exactly 30 hours a week is asked about", () => {
    expect(fullTimeOnlyHours([job("21231", "CA", "2025-01-01", "2025-06-30", 30, open)], ca)).toStrictEqual({
      hours: 0,
      possibleHours: 780,
      missing: ["workHistory[0].authorized"],
    });
  });

  it("an undecided job during months already counted full-time adds no hours: nothing is asked", () => {
    expect(
      fullTimeOnlyHours(
        [job("21231", "CA", "2025-01-01", "2025-06-30", 40), job("21232", "CA", "2025-01-01", "2025-06-30", 40, open)],
        ca,
      ),
    ).toStrictEqual({ hours: 780, possibleHours: 780, missing: [] });
  });

  it("unskilled and foreign work do not count", () => {
    expect(
      fullTimeOnlyHours(
        [job("65200", "CA", "2025-01-01", "2025-06-30"), job("21231", "IN", "2024-01-01", "2024-06-30")],
        ca,
      ),
    ).toStrictEqual({ hours: 0, possibleHours: 0, missing: [] });
  });

  it("no history: 0 certain, any number possible when there is no window", () => {
    expect(fullTimeOnlyHours(undefined, ca)).toStrictEqual({
      hours: 0,
      possibleHours: Number.POSITIVE_INFINITY,
      missing: ["workHistory"],
    });
  });
});
