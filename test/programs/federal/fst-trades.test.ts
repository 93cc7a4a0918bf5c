// Tests that pin src/programs/federal/fst-trades.ts: the skilled trades of the Federal Skilled
// Trades Program by date (data/ircc/fst-trade-groups.json — from 2022-11-16 IRPR s.87.2(1):
// NOC 2021 Major Groups 72 except Sub-Major Group 726, 73, 82, 83, 92, 93 except 932, Minor Group
// 6320 and Unit Group 62200; before, NOC 2016 Major Groups 72, 73, 82, 92 and Minor Groups 632,
// 633): each reason of fstTradeFinding word for word
// (a group named by its level, an excluded group, an unsure group, a code of the other NOC version
// whose counterparts are all, none or only some of them trades, an unknown code, a date before any
// list), the version switch on exactly 2022-11-16, the versions as read from the JSON, and
// sameOccupation across NOC versions.

import { describe, expect, it } from "vitest";
import tradesJson from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import { isoDate } from "../../../src/core/iso-date.js";
import {
  FST_TRADE_GROUPS,
  fstTradeFinding,
  fstTradeOccupations,
  isFstTradeOn,
  sameOccupation,
} from "../../../src/programs/federal/fst-trades.js";
import { expectedVersion, type RawDatedVersion } from "../../fixtures/dated.js";
import { explained } from "../../fixtures/federal/explained.js";
import { reasonOf } from "../../fixtures/messages.js";

const NOW = isoDate("2026-01-15");
const LAST_NOC_2016_DAY = isoDate("2022-11-15");
const FIRST_NOC_2021_DAY = isoDate("2022-11-16");

describe("FST_TRADE_GROUPS", () => {
  it("carries each JSON version: dates, NOC version, groups (with their doubt), citation", () => {
    type RawGroup = { level: string; code: string; title: string; uncertain?: string };
    type RawVersion = RawDatedVersion<{ noc: number; include: RawGroup[]; exclude: RawGroup[] }>;
    const group = (g: RawGroup) => ({
      level: g.level,
      code: g.code,
      title: g.title,
      ...(g.uncertain === undefined ? {} : { uncertain: { id: "fst.trades.uncertain.major-group-93", params: {} } }),
    });
    const expected = (tradesJson.versions as RawVersion[]).map((raw) =>
      expectedVersion(raw, {
        noc: raw.value.noc,
        include: raw.value.include.map(group),
        exclude: raw.value.exclude.map(group),
        ...(raw.uncertain === undefined
          ? {}
          : { uncertain: { id: "fst.trades.uncertain.noc-2016-groups", params: {} } }),
      }),
    );
    expect(FST_TRADE_GROUPS).toStrictEqual(expected);
    const [v2016, v2021] = FST_TRADE_GROUPS;
    expect([v2016?.from, v2016?.to, v2016?.value.noc, v2021?.from, v2021?.value.noc]).toEqual([
      "2015-01-01",
      "2022-11-16",
      2016,
      "2022-11-16",
      2021,
    ]);
    // Only Major Group 93 of NOC 2021 is unsure; the 2016 version as a whole is.
    expect(v2021?.value.include.filter((g) => "uncertain" in g).map((g) => g.code)).toEqual(["93"]);
    expect(v2021?.value).not.toHaveProperty("uncertain");
    // The doubts are catalogue messages whose English is the data's text.
    const periodDoubt = v2016?.value.uncertain;
    expect(periodDoubt && reasonOf({ message: periodDoubt })).toBe(
      (tradesJson.versions[0] as { uncertain: { reason: string }[] }).uncertain[0]?.reason,
    );
    expect(v2016?.source).not.toHaveProperty("effective");
    expect(v2021?.source.effective).toBe("2022-11-16");
    expect(Object.isFrozen(v2021?.value.include[0])).toBe(true);
  });
});

describe("fstTradeFinding: each reason, word for word", () => {
  it("a NOC 2021 trade, named by its major, minor or unit group", () => {
    expect(explained(fstTradeFinding("72200", NOW))).toStrictEqual({
      verdict: "pass",
      reason:
        "NOC 2021 72200 (Electricians (except industrial and power system)) is a skilled trade: NOC 2021 Major Group 72 (Technical trades and transportation officers and controllers).",
    });
    expect(explained(fstTradeFinding("63200", NOW)).reason).toBe(
      "NOC 2021 63200 is a skilled trade: NOC 2021 Minor Group 6320 (Cooks, butchers and bakers).",
    );
    expect(explained(fstTradeFinding("62200", NOW)).reason).toBe(
      "NOC 2021 62200 is a skilled trade: NOC 2021 Unit Group 62200 (Chefs).",
    );
  });

  it("an excluded sub-major group, and a code in no group", () => {
    expect(explained(fstTradeFinding("93200", NOW))).toStrictEqual({
      verdict: "fail",
      reason:
        "NOC 2021 93200 is in NOC 2021 Sub-Major Group 932 (Aircraft assemblers and aircraft assembly inspectors), which FST excludes.",
    });
    expect(explained(fstTradeFinding("21231", NOW))).toStrictEqual({
      verdict: "fail",
      reason: "NOC 2021 21231 (Software engineers and designers) is in none of the FST trade groups.",
    });
  });

  it("a group IRCC's page may not list: a pass with the doubt in brackets", () => {
    const doubtMessage = FST_TRADE_GROUPS[1]?.value.include.find((g) => g.code === "93")?.uncertain;
    const doubt = doubtMessage && reasonOf({ message: doubtMessage });
    expect(doubt).toMatch(/^UNSURE: /);
    expect(doubt).toBe(
      ((tradesJson.versions[1]?.value.include ?? []) as { code: string; uncertain?: string }[]).find(
        (g) => g.code === "93",
      )?.uncertain,
    );
    expect(explained(fstTradeFinding("93100", NOW))).toStrictEqual({
      verdict: "pass",
      reason: `NOC 2021 93100 is a skilled trade: NOC 2021 Major Group 93 (Central control and process operators and aircraft assembly assemblers and inspectors). (${doubt})`,
    });
  });

  it("a NOC 2016 code on a NOC 2021 date: its counterparts all, none or only some of them trades", () => {
    expect(explained(fstTradeFinding("7241", NOW))).toStrictEqual({
      verdict: "pass",
      reason: "NOC 2016 7241 corresponds to NOC 2021 72200, a skilled trade on 2026-01-15.",
    });
    expect(explained(fstTradeFinding("2173", NOW))).toStrictEqual({
      verdict: "fail",
      reason: "NOC 2016 2173 corresponds to NOC 2021 21211 and 21231, neither of them a skilled trade on 2026-01-15.",
    });
    expect(explained(fstTradeFinding("7371", NOW))).toStrictEqual({
      verdict: "unknown",
      reason:
        "NOC 2016 7371 corresponds to NOC 2021 72500 and 75110, only one of them a skilled trade: give the NOC 2021 code of the job.",
    });
  });

  it("a NOC 2021 code on a NOC 2016 date: the same, against the NOC 2016 groups", () => {
    expect(explained(fstTradeFinding("72200", LAST_NOC_2016_DAY))).toStrictEqual({
      verdict: "pass",
      reason: "NOC 2021 72200 corresponds to NOC 2016 7241, a skilled trade on 2022-11-15.",
    });
    expect(explained(fstTradeFinding("72600", LAST_NOC_2016_DAY)).reason).toBe(
      "NOC 2021 72600 corresponds to NOC 2016 2271 and 8252, only one of them a skilled trade: give the NOC 2016 code of the job.",
    );
    expect(explained(fstTradeFinding("7241", LAST_NOC_2016_DAY)).reason).toBe(
      "NOC 2016 7241 (Electricians (except industrial and power system)) is a skilled trade: NOC 2016 Major Group 72 (Industrial, electrical and construction trades).",
    );
    expect(explained(fstTradeFinding("7361", LAST_NOC_2016_DAY)).reason).toBe(
      "NOC 2016 7361 is a skilled trade: NOC 2016 Major Group 73 (Maintenance and equipment operation trades).",
    );
  });

  it("switches lists on exactly 2022-11-16", () => {
    // NOC 2016 6331 (butchers) is a trade by the 2016 list; on 2022-11-16 its NOC 2021
    // counterparts (63201, 65202) are only partly trades.
    expect(explained(fstTradeFinding("6331", LAST_NOC_2016_DAY)).verdict).toBe("pass");
    expect(explained(fstTradeFinding("6331", FIRST_NOC_2021_DAY))).toStrictEqual({
      verdict: "unknown",
      reason:
        "NOC 2016 6331 corresponds to NOC 2021 63201 and 65202, only one of them a skilled trade: give the NOC 2021 code of the job.",
    });
    expect(isFstTradeOn("21231", FIRST_NOC_2021_DAY)).toBe("fail");
    expect(isFstTradeOn("72200", FIRST_NOC_2021_DAY)).toBe("pass");
  });

  it("an unknown code, and a date before any list: unknown, saying which", () => {
    expect(explained(fstTradeFinding("99999", NOW))).toStrictEqual({
      verdict: "unknown",
      reason: "NOC 99999 is not a NOC 2016 or NOC 2021 unit group the library knows.",
    });
    expect(explained(fstTradeFinding("72200", isoDate("2014-12-31")))).toStrictEqual({
      verdict: "unknown",
      reason:
        "No FST trade list is known on 2014-12-31: No version is known before 2015-01-01; 2014-12-31 is earlier than that.",
    });
    expect(isFstTradeOn("99999", NOW)).toBe("unknown");
  });
});

describe("fstTradeOccupations", () => {
  it("lists the trades of the version in force, without excluded groups, with its source", () => {
    const now = fstTradeOccupations(NOW);
    if (!now.ok) throw new Error(now.reason);
    expect(now.version).toBe(2021);
    expect(now.source).toBe(FST_TRADE_GROUPS[1]?.source);
    expect(now.groups).toBe(FST_TRADE_GROUPS[1]?.value);
    const codes = now.occupations.map((e) => e.code);
    expect(codes).toContain("72200");
    expect(codes).toContain("62200");
    expect(codes).toContain("93100");
    expect(codes.some((c) => c.startsWith("726") || c.startsWith("932"))).toBe(false);
    expect(codes).not.toContain("21231");
    expect(codes.every((c) => explained(fstTradeFinding(c, NOW)).verdict === "pass")).toBe(true);
    const before = fstTradeOccupations(LAST_NOC_2016_DAY);
    if (!before.ok) throw new Error(before.reason);
    expect(before.version).toBe(2016);
    expect(before.occupations.map((e) => e.code)).toContain("7241");
    expect(before.occupations.every((e) => e.code.length === 4)).toBe(true);
    expect(fstTradeOccupations(isoDate("2014-12-31"))).toStrictEqual({
      ok: false,
      message: { id: "versioned.before-first", params: { earliest: "2015-01-01", asOf: "2014-12-31" } },
      reason: "No version is known before 2015-01-01; 2014-12-31 is earlier than that.",
    });
  });
});

describe("sameOccupation", () => {
  it("the same code, a NOC 2016 code and its NOC 2021 successor either way round; nothing else", () => {
    expect(sameOccupation("72200", "72200")).toBe(true);
    expect(sameOccupation("7241", "72200")).toBe(true);
    expect(sameOccupation("72200", "7241")).toBe(true);
    expect(sameOccupation("72200", "72201")).toBe(false);
    expect(sameOccupation("7241", "7242")).toBe(false);
    expect(sameOccupation("7241", "72201")).toBe(false);
    expect(sameOccupation("72201", "7241")).toBe(false);
  });
});
