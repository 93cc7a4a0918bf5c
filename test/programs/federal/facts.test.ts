// Tests that pin src/programs/federal/facts.ts: the facts the federal rules read, derived once on
// asOf — in particular the Federal Skilled Trades hours per trade (IRCC "Federal Skilled Trades
// Program": two years in one skilled trade in the 5 years before applying; data/ircc/
// fst-trade-groups.json): one entry per trade code of the work history (codes that are not trades
// left out, codes that may be kept as unknown), each counting only its own code's work in the
// 5-year window; and the CEC counts over the 3 years before asOf (all skilled Canadian work, and
// the TEER 2 or 3 part of it).

import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/iso-date.js";
import { deriveFederalFacts } from "../../../src/programs/federal/facts.js";
import { fswSelectionPoints } from "../../../src/programs/federal/fsw-points/fsw-selection-points.js";
import { ASOF, celpip, fstCandidate, fswCandidate, job } from "../../fixtures/federal/builders.js";
import { reasonOf } from "../../fixtures/messages.js";

describe("deriveFederalFacts", () => {
  it("FST hours per trade: trades only, each its own code's work within 5 years, unknown codes kept", () => {
    const facts = deriveFederalFacts(
      fstCandidate(ASOF, {
        workHistory: [
          job("72200", "PH", "2024-01-01", "2025-12-31"), // 24 months of electrician work: 3,120
          job("21231", "PH", "2022-01-01", "2023-12-31"), // not a trade: left out
          job("72200", "PH", "2019-01-01", "2020-12-31"), // ended before 2021-01-15: outside the window
          job("99999", "PH", "2023-01-01", "2023-06-30"), // unknown code: 0 certain, up to 6 months
          job("72201", "PH", "2022-01-01", "2022-12-31"), // another trade, 12 months
        ],
      }),
      ASOF,
    );
    expect(facts.experience.fstTrades.map((t) => t.tradeMessage.id)).toEqual([
      "fst.trades.trade",
      "fst.trades.unknown-code",
      "fst.trades.trade",
    ]);
    const read = facts.experience.fstTrades.map(({ tradeMessage, ...t }) => ({
      ...t,
      tradeReason: reasonOf({ message: tradeMessage }),
    }));
    expect(read).toStrictEqual([
      {
        noc: "72200",
        trade: "pass",
        tradeReason:
          "NOC 2021 72200 (Electricians (except industrial and power system)) is a skilled trade: NOC 2021 Major Group 72 (Technical trades and transportation officers and controllers).",
        hours: 3120,
        possibleHours: 3120,
        missing: [],
      },
      {
        noc: "99999",
        trade: "unknown",
        tradeReason: "NOC 99999 is not a NOC 2016 or NOC 2021 unit group the library knows.",
        hours: 0,
        possibleHours: 780,
        missing: ["workHistory[3].noc"],
      },
      {
        noc: "72201",
        trade: "pass",
        tradeReason: expect.stringMatching(/^NOC 2021 72201 .* is a skilled trade: NOC 2021 Major Group 72 /),
        hours: 1560,
        possibleHours: 1560,
        missing: [],
      },
    ]);
  });

  it("no work history: no trades, unknown CEC counts over the 3-year window", () => {
    const facts = deriveFederalFacts(fstCandidate(ASOF, { workHistory: undefined }), ASOF);
    expect(facts.experience.fstTrades).toEqual([]);
    expect(facts.experience.fswOccupations).toEqual([]);
    expect(facts.experience.cecCanadian).toStrictEqual({ hours: 0, possibleHours: 4680, missing: ["workHistory"] });
    expect(facts.experience.cecCanadianTeer2Or3).toStrictEqual({
      hours: 0,
      possibleHours: 4680,
      missing: ["workHistory"],
    });
  });

  it("CEC counts: Canadian skilled work in the 3 years before asOf, and its TEER 2 or 3 part", () => {
    const facts = deriveFederalFacts(
      fswCandidate({
        workHistory: [
          job("21231", "CA", "2025-01-01", "2025-06-30"), // TEER 1, 6 months
          job("73300", "CA", "2024-01-01", "2024-12-31"), // TEER 3, 12 months
          job("73300", "CA", "2022-01-01", "2022-12-31"), // before 2023-01-15: outside
          job("21231", "IN", "2023-06-01", "2023-12-31"), // abroad
        ],
      }),
      ASOF,
    );
    expect(facts.experience.cecCanadian).toStrictEqual({ hours: 2340, possibleHours: 2340, missing: [] });
    expect(facts.experience.cecCanadianTeer2Or3).toStrictEqual({ hours: 1560, possibleHours: 1560, missing: [] });
    // FSW occupations: the last 10 years, any country, per code.
    expect(facts.experience.fswOccupations.map((o) => [o.noc, o.hours])).toEqual([
      ["73300", 1560],
      ["21231", 910],
    ]);
  });

  it("the other facts: language with the declared first language, education, offer, authorisation, points", () => {
    const candidate = fswCandidate({ firstOfficialLanguage: "english", languageTests: [celpip("2025-03-01", 9)] });
    const facts = deriveFederalFacts(candidate, ASOF);
    expect(facts.asOf).toBe(ASOF);
    expect(facts.candidate).toBe(candidate);
    expect(facts).not.toHaveProperty("fstTrade");
    expect(facts.language).toMatchObject({ path: "languageTests", given: true, declaredFirst: "english" });
    expect(facts.language.results.map((r) => r.status)).toEqual(["valid"]);
    expect(facts.education).toMatchObject({ given: true, level: "bachelors" });
    expect(facts.arrangedEmployment).toStrictEqual({
      verdict: "fail",
      message: { id: "federal.job-offer.none", params: {} },
      missing: [],
    });
    expect(facts.workAuthorization.verdict).toBe("fail");
    expect(facts.fswSelectionPoints).toStrictEqual(fswSelectionPoints(candidate, { asOf: ASOF }));
    expect(facts.fswSelectionPoints.total).toBe(70);
    expect(deriveFederalFacts(fswCandidate(), isoDate("2026-01-16")).asOf).toBe("2026-01-16");
  });
});
