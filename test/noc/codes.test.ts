// The light NOC modules the rules read (src/noc/codes.ts, src/noc/labels.ts), against the verified
// StatCan files and the full catalogue: what a bundle without the catalogue knows must be exactly
// what the catalogue says.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import atpJson from "../../data/alberta/atp-occupations.json" with { type: "json" };
import crosswalkJson from "../../data/noc/crosswalk-2016-2021.json" with { type: "json" };
import noc2016Json from "../../data/noc/noc2016.json" with { type: "json" };
import noc2021Json from "../../data/noc/noc2021.json" with { type: "json" };
import {
  allNocCodeFacts,
  nocCodeFacts,
  nocCodePairs,
  nocPredecessorCodes,
  nocSuccessorCodes,
} from "../../src/noc/codes.js";
import { getNoc, nocPredecessors, nocSuccessors } from "../../src/noc/index.js";
import { nocLabel, nocLabelTitle } from "../../src/noc/labels.js";

const items = [...noc2016Json.items, ...noc2021Json.items];

describe("nocCodeFacts", () => {
  it("gives every NOC 2021 unit group's facts as in noc2021.json, without the title", () => {
    for (const item of noc2021Json.items) {
      expect(nocCodeFacts(item.code)).toStrictEqual({
        code: item.code,
        version: 2021,
        teer: item.teer,
        broadCategory: item.broadCategory,
        majorGroup: item.majorGroup,
        subMajorGroup: item.subMajorGroup,
        minorGroup: item.minorGroup,
      });
    }
  });

  it("gives every NOC 2016 unit group's facts as in noc2016.json, without the title", () => {
    for (const item of noc2016Json.items) {
      expect(nocCodeFacts(item.code)).toStrictEqual({
        code: item.code,
        version: 2016,
        skillType: item.skillType,
        skillLevel: item.skillLevel,
        majorGroup: item.majorGroup,
        minorGroup: item.minorGroup,
      });
    }
  });

  it("is getNoc without the title, key for key and in the same key order", () => {
    for (const item of items) {
      const { title: _title, ...facts } = getNoc(item.code) ?? { title: "" };
      expect(Object.entries(nocCodeFacts(item.code) ?? {})).toStrictEqual(Object.entries(facts));
    }
  });

  it("knows exactly the 1,016 unit groups, NOC 2016 first, each version by code, all frozen", () => {
    const codes = [...allNocCodeFacts().keys()];
    const sorted2016 = noc2016Json.items.map((e) => e.code).sort();
    const sorted2021 = noc2021Json.items.map((e) => e.code).sort();
    expect(codes).toStrictEqual([...sorted2016, ...sorted2021]);
    for (const facts of allNocCodeFacts().values()) expect(Object.isFrozen(facts)).toBe(true);
  });

  it("gives undefined, without throwing, for anything that is not a unit group code", () => {
    for (const value of ["", "2173 ", "0000", "99999", "9999", "21-23", "212311", null, undefined, 21231, {}]) {
      expect(nocCodeFacts(value as string)).toBeUndefined();
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        const facts = nocCodeFacts(text);
        expect(facts === undefined || facts.code === text).toBe(true);
        expect(facts !== undefined).toBe(getNoc(text) !== undefined);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("the concordance as codes", () => {
  it("holds every pair of crosswalk-2016-2021.json, by NOC 2016 code then NOC 2021 code", () => {
    const expected = crosswalkJson.items
      .map((p) => [p.noc2016, p.noc2021] as const)
      .sort(([a16, a21], [b16, b21]) => (a16 !== b16 ? (a16 < b16 ? -1 : 1) : a21 < b21 ? -1 : a21 > b21 ? 1 : 0));
    expect(nocCodePairs()).toStrictEqual(expected);
  });

  it("gives the codes of nocSuccessors and nocPredecessors, in their order", () => {
    for (const item of noc2016Json.items) {
      expect(nocSuccessorCodes(item.code)).toStrictEqual(nocSuccessors(item.code).map((e) => e.code));
      expect(nocPredecessorCodes(item.code)).toStrictEqual([]);
    }
    for (const item of noc2021Json.items) {
      expect(nocPredecessorCodes(item.code)).toStrictEqual(nocPredecessors(item.code).map((e) => e.code));
      expect(nocSuccessorCodes(item.code)).toStrictEqual([]);
    }
  });

  it("gives [] for unknown codes and values that are not strings", () => {
    for (const value of ["", "9999", "99999", "2173 ", null, 2173, undefined]) {
      expect(nocSuccessorCodes(value as string)).toStrictEqual([]);
      expect(nocPredecessorCodes(value as string)).toStrictEqual([]);
    }
  });
});

describe("the labels of the ATP occupations", () => {
  /** Every NOC code atp-occupations.json names in its lists, and their concordance counterparts. */
  function expectedCodes(): string[] {
    const named = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value !== null && typeof value === "object") Object.values(value).forEach(collect);
      else if (typeof value === "string" && /^\d{4,5}$/.test(value)) named.add(value);
    };
    collect(atpJson.versions);
    collect(atpJson.uncertain);
    const all = new Set(named);
    for (const pair of crosswalkJson.items) {
      if (named.has(pair.noc2016)) all.add(pair.noc2021);
      if (named.has(pair.noc2021)) all.add(pair.noc2016);
    }
    return [...all].sort();
  }

  it("has the official title of every ATP-list code and its counterparts, and of no other", () => {
    const labelled = items.filter((item) => nocLabelTitle(item.code) !== undefined).map((item) => item.code);
    expect(labelled.sort()).toStrictEqual(expectedCodes());
    for (const code of labelled) expect(nocLabelTitle(code)).toBe(getNoc(code)?.title);
  });

  it("names a labelled code with its title and any other code bare", () => {
    expect(nocLabel("21231")).toBe("21231 (Software engineers and designers)");
    expect(nocLabel("2173")).toBe("2173 (Software engineers and designers)");
    expect(nocLabel("4112")).toBe("4112");
    expect(nocLabel("nonsense")).toBe("nonsense");
  });
});
