// Tests that pin src/programs/federal/teer.ts: which work calls for CEC's lower language level
// (IRCC "Canadian Experience Class": CLB/NCLC 5 for TEER 2 or 3 work, NOC 2016 skill level B
// before NOC 2021 took effect for Express Entry on 2022-11-16), for a code of either NOC version on
// either side of that day: pass, fail, or unknown when the code is not known or its counterparts
// in the version in force differ.
import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/iso-date.js";
import { teer2Or3On } from "../../../src/programs/federal/teer.js";

const NOW = isoDate("2026-01-15");
const FIRST_NOC_2021_DAY = isoDate("2022-11-16");
const LAST_NOC_2016_DAY = isoDate("2022-11-15");

describe("teer2Or3On", () => {
  it("a NOC 2021 code while NOC 2021 is in force: TEER 2 or 3 passes, TEER 0, 1, 4 or 5 fails", () => {
    // 72200 electricians are TEER 2; 73300 truck drivers and 13110 administrative assistants TEER 3.
    expect(["72200", "73300", "13110", "21231", "00012", "64100", "65200"].map((c) => teer2Or3On(c, NOW))).toEqual([
      "pass",
      "pass",
      "pass",
      "fail",
      "fail",
      "fail",
      "fail",
    ]);
    expect(teer2Or3On("73300", FIRST_NOC_2021_DAY)).toBe("pass");
  });

  it("a NOC 2016 code while NOC 2016 is in force: skill level B passes, 0, A or C fails", () => {
    expect(["1241", "6331", "2173", "0711", "7511"].map((c) => teer2Or3On(c, LAST_NOC_2016_DAY))).toEqual([
      "pass",
      "pass",
      "fail",
      "fail",
      "fail",
    ]);
  });

  it("a code of the other version: by its counterparts, unknown when they differ", () => {
    // NOC 2016 7511 (level C) became NOC 2021 73300 (TEER 3); 1241 became 13110 (TEER 3);
    // 2173 became 21211 and 21231 (TEER 1); 6331 became 63201 (TEER 3) and 65202 (TEER 5).
    expect(["7511", "1241", "2173", "6331"].map((c) => teer2Or3On(c, NOW))).toEqual([
      "pass",
      "pass",
      "fail",
      "unknown",
    ]);
    // Back the other way before 2022-11-16: 73300 was 7511 (level C); 13110 was several codes of
    // different levels.
    expect(["73300", "13110", "70010"].map((c) => teer2Or3On(c, LAST_NOC_2016_DAY))).toEqual([
      "fail",
      "unknown",
      "fail",
    ]);
  });

  it("a code neither version knows: unknown", () => {
    expect(teer2Or3On("99999", NOW)).toBe("unknown");
    expect(teer2Or3On("9999", LAST_NOC_2016_DAY)).toBe("unknown");
  });
});
