import fc from "fast-check";
import { describe, expect, it } from "vitest";
import crosswalkJson from "../../data/noc/crosswalk-2016-2021.json" with { type: "json" };
import noc2016Json from "../../data/noc/noc2016.json" with { type: "json" };
import noc2021Json from "../../data/noc/noc2021.json" with { type: "json" };
import {
  getNoc,
  isSkilledForExpressEntry,
  NOC_2016_SOURCE,
  NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY,
  NOC_2021_SOURCE,
  NOC_CONCORDANCE_SOURCE,
  type NocEntry,
  nocCatalogueCounts,
  nocConcordance,
  nocPredecessors,
  nocSuccessors,
  searchNoc,
  teerOf,
} from "../../src/noc/index.js";

const codes2016 = noc2016Json.items.map((item) => item.code);
const codes2021 = noc2021Json.items.map((item) => item.code);
const pairs = crosswalkJson.items;
const codesOf = (entries: readonly NocEntry[]): string[] => entries.map((entry) => entry.code);

describe("the bundled catalogue equals the verified StatCan files", () => {
  it("holds 500 NOC 2016 codes, 516 NOC 2021 codes and 585 concordance pairs", () => {
    expect(nocCatalogueCounts()).toEqual({ noc2016: 500, noc2021: 516, concordancePairs: 585 });
    expect(codes2016).toHaveLength(500);
    expect(codes2021).toHaveLength(516);
    expect(pairs).toHaveLength(585);
  });

  it("gives every NOC 2021 unit group as in noc2021.json", () => {
    for (const item of noc2021Json.items) {
      expect(getNoc(item.code)).toEqual({
        code: item.code,
        version: 2021,
        title: item.title,
        teer: item.teer,
        broadCategory: item.broadCategory,
        majorGroup: item.majorGroup,
        subMajorGroup: item.subMajorGroup,
        minorGroup: item.minorGroup,
      });
    }
  });

  it("gives every NOC 2016 unit group as in noc2016.json", () => {
    for (const item of noc2016Json.items) {
      expect(getNoc(item.code)).toEqual({
        code: item.code,
        version: 2016,
        title: item.title,
        skillType: item.skillType,
        skillLevel: item.skillLevel,
        majorGroup: item.majorGroup,
        minorGroup: item.minorGroup,
      });
    }
  });

  it("gives every concordance pair as in crosswalk-2016-2021.json", () => {
    for (const item of pairs) {
      const pair = nocConcordance(item.noc2016).find((p) => p.noc2021 === item.noc2021);
      expect(pair).toEqual({
        noc2016: item.noc2016,
        noc2016Title: item.noc2016Title,
        noc2021: item.noc2021,
        noc2021Title: item.noc2021Title,
        gsimTypeOfChange: item.gsimTypeOfChange,
        realChange: item.realChange,
        relationship: item.relationship,
        ...(item.notes === null ? {} : { notes: item.notes }),
      });
    }
  });

  it("cites the files' source blocks", () => {
    const cases = [
      [NOC_2016_SOURCE, noc2016Json.source],
      [NOC_2021_SOURCE, noc2021Json.source],
      [NOC_CONCORDANCE_SOURCE, crosswalkJson.source],
    ] as const;
    for (const [citation, source] of cases) {
      expect(citation).toEqual({ title: source.title, url: source.url, retrieved: source.retrieved });
    }
    expect(NOC_2021_SOURCE.url).toMatch(/^https:\/\/www\.statcan\.gc\.ca\//);
  });

  it("hands out frozen entries and fresh arrays", () => {
    const entry = getNoc("21231");
    expect(Object.isFrozen(entry)).toBe(true);
    const first = nocSuccessors("2174");
    first.pop();
    expect(codesOf(nocSuccessors("2174"))).toEqual(["21230", "21232", "21234"]);
    const pairsOf2174 = nocConcordance("2174");
    pairsOf2174.length = 0;
    expect(nocConcordance("2174")).toHaveLength(3);
  });
});

describe("getNoc", () => {
  it("reads 5 digits as NOC 2021 and 4 digits as NOC 2016", () => {
    expect(getNoc("21231")?.teer).toBe(1);
    expect(getNoc("21231")?.title).toBe("Software engineers and designers");
    expect(getNoc("2173")).toMatchObject({ version: 2016, skillLevel: "A", skillType: "2" });
    expect(getNoc("00010")?.title).toBe("Legislators");
    expect(getNoc("0011")?.title).toBe("Legislators");
  });

  it.each(["1234567", " 21231", "21231 ", "2100", "99999", "9999", "", "abc", "２１２３１", "21.31"])(
    "gives undefined for %j",
    (code) => {
      expect(getNoc(code)).toBeUndefined();
    },
  );

  it("gives undefined, without throwing, for values that are not strings", () => {
    // biome-ignore lint/suspicious/noExplicitAny: simulating untyped JavaScript callers
    const loose = getNoc as (code: any) => NocEntry | undefined;
    for (const value of [21231, 2173, null, undefined, {}, ["21231"], Symbol("x"), 21231n]) {
      expect(loose(value)).toBeUndefined();
    }
  });

  it("never throws, and only ever returns the entry of exactly the given code", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{4,5}$/)), (code) => {
        const entry = getNoc(code);
        return entry === undefined || entry.code === code;
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        getNoc(value as string);
        return true;
      }),
    );
  });
});

describe("concordance", () => {
  it("maps 2174 to its three NOC 2021 successors", () => {
    expect(codesOf(nocSuccessors("2174"))).toEqual(["21230", "21232", "21234"]);
    expect(nocConcordance("2174").map((p) => p.relationship)).toEqual(["split", "split", "split-and-merge"]);
    expect(nocConcordance("2174").every((p) => p.realChange)).toBe(true);
  });

  it("maps 2173 to 21231 and the data scientists split off (21211)", () => {
    expect(codesOf(nocSuccessors("2173"))).toEqual(["21211", "21231"]);
  });

  it("maps back: 21234 comes from 2174 and 2175", () => {
    expect(codesOf(nocPredecessors("21234"))).toEqual(["2174", "2175"]);
    expect(codesOf(nocPredecessors("21231"))).toEqual(["2173"]);
  });

  it("gives [] for unknown codes and codes of the other version", () => {
    expect(nocSuccessors("9999")).toEqual([]);
    expect(nocSuccessors("21231")).toEqual([]);
    expect(nocPredecessors("2173")).toEqual([]);
    expect(nocPredecessors("99999")).toEqual([]);
    expect(nocConcordance("abc")).toEqual([]);
    expect(nocConcordance("")).toEqual([]);
  });

  it("leaves no code without a successor or a predecessor", () => {
    for (const code of codes2016) expect(nocSuccessors(code).length).toBeGreaterThan(0);
    for (const code of codes2021) expect(nocPredecessors(code).length).toBeGreaterThan(0);
  });

  it.each(pairs.map((p) => [p.noc2016, p.noc2021] as const))("pair %s -> %s round-trips", (from, to) => {
    expect(codesOf(nocSuccessors(from))).toContain(to);
    expect(codesOf(nocPredecessors(to))).toContain(from);
    expect(nocConcordance(from).some((p) => p.noc2021 === to)).toBe(true);
    expect(nocConcordance(to).some((p) => p.noc2016 === from)).toBe(true);
  });

  it("gives successors and predecessors sorted by code", () => {
    const sorted = (list: string[]) => [...list].sort();
    for (const code of codes2016) {
      const successors = codesOf(nocSuccessors(code));
      expect(successors).toEqual(sorted(successors));
    }
    for (const code of codes2021) {
      const predecessors = codesOf(nocPredecessors(code));
      expect(predecessors).toEqual(sorted(predecessors));
    }
  });

  it("property: every successor's predecessors include the original code, and back", () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes2016), (code) =>
        nocSuccessors(code).every((next) => codesOf(nocPredecessors(next.code)).includes(code)),
      ),
    );
    fc.assert(
      fc.property(fc.constantFrom(...codes2021), (code) =>
        nocPredecessors(code).every((prev) => codesOf(nocSuccessors(prev.code)).includes(code)),
      ),
    );
  });
});

describe("TEER and Express Entry skill", () => {
  it("gives the second digit as the TEER of all 516 NOC 2021 codes", () => {
    for (const code of codes2021) expect(teerOf(code)).toBe(Number(code[1]));
  });

  it("gives no TEER for NOC 2016 codes and unknown codes", () => {
    for (const code of codes2016) expect(teerOf(code)).toBeUndefined();
    expect(teerOf("99999")).toBeUndefined();
    expect(teerOf("")).toBeUndefined();
  });

  it.each([
    ["21231", true], // TEER 1
    ["00010", true], // TEER 0
    ["72200", true], // TEER 2
    ["2174", true], // skill level A
    ["0013", true], // skill type 0
    ["7271", true], // skill level B
    ["6513", false], // skill level C
    ["65200", false], // TEER 5
    ["9999", undefined],
    ["99999", undefined],
    ["", undefined],
    ["abc", undefined],
  ] as const)("isSkilledForExpressEntry(%j) is %s", (code, expected) => {
    expect(isSkilledForExpressEntry(code)).toBe(expected);
  });

  it("agrees with TEER 0-3 and skill type 0 / levels A-B over the whole catalogue", () => {
    for (const item of noc2021Json.items) {
      expect(isSkilledForExpressEntry(item.code)).toBe(item.teer <= 3);
    }
    for (const item of noc2016Json.items) {
      expect(isSkilledForExpressEntry(item.code)).toBe(
        item.skillType === "0" || item.skillLevel === "A" || item.skillLevel === "B",
      );
    }
  });

  it("dates the Express Entry move to NOC 2021 on 2022-11-16", () => {
    expect(NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY).toBe("2022-11-16");
  });
});

describe("searchNoc", () => {
  it("finds titles by word prefixes, NOC 2021 first then NOC 2016", () => {
    // "Computer engineers (except software engineers and designers)" has both words too.
    expect(codesOf(searchNoc("software eng"))).toEqual(["21231", "21311", "2147", "2173"]);
    expect(codesOf(searchNoc("eng software"))).toEqual(["21231", "21311", "2147", "2173"]);
    expect(codesOf(searchNoc("software designers"))).toEqual(["21231", "21311", "2147", "2173"]);
    expect(codesOf(searchNoc("software developers"))).toEqual(["21232"]);
  });

  it("ignores case and accents", () => {
    expect(codesOf(searchNoc("SOFTWARE"))).toEqual(codesOf(searchNoc("software")));
    expect(searchNoc("éngineers")).toEqual(searchNoc("engineers"));
    expect(searchNoc("ÉNGINEERS").length).toBeGreaterThan(20);
    expect(codesOf(searchNoc("Électricians", { version: 2021 }))).toEqual(["72200", "72201", "72202"]);
    // Accented titles are found without the accents, and with them.
    expect(codesOf(searchNoc("maitres d'hotel"))).toEqual(["64300", "6511"]);
    expect(codesOf(searchNoc("MAÎTRES D’HÔTEL"))).toEqual(["64300", "6511"]);
  });

  it("matches every word, not any", () => {
    expect(searchNoc("software nurse")).toEqual([]);
  });

  it("finds an exact code", () => {
    expect(codesOf(searchNoc("21231"))).toEqual(["21231"]);
    expect(codesOf(searchNoc(" 2173 "))).toEqual(["2173"]);
    expect(searchNoc("2123")).toEqual([getNoc("2123")]);
  });

  it("filters by version and limits the results", () => {
    expect(codesOf(searchNoc("software", { version: 2016 }))).toEqual(["2147", "2173"]);
    const all = searchNoc("engineers");
    expect(searchNoc("engineers", { limit: 3 })).toEqual(all.slice(0, 3));
    expect(searchNoc("engineers", { limit: 0 })).toEqual([]);
  });

  it("refuses options it cannot follow, naming them, rather than ignore them", () => {
    expect(() => searchNoc("engineers", { limit: Number.NaN })).toThrow(
      new RangeError("options.limit: expected a whole number of at least 0, got NaN."),
    );
    expect(() => searchNoc("engineers", { limit: "3" as unknown as number })).toThrow(
      new RangeError('options.limit: expected a whole number of at least 0, got "3".'),
    );
    expect(() => searchNoc("engineers", { version: "2021" as unknown as 2021 })).toThrow(
      new RangeError('options.version: expected 2016 or 2021, got "2021".'),
    );
    expect(() => searchNoc("engineers", { version: 2019 as unknown as 2021 })).toThrow(
      new RangeError("options.version: expected 2016 or 2021, got 2019."),
    );
  });

  it("sorts by version (2021 first) then code", () => {
    const found = searchNoc("managers");
    const key = (e: NocEntry) => `${e.version === 2021 ? 0 : 1}:${e.code}`;
    expect(found.map(key)).toEqual(found.map(key).sort());
    expect(found.length).toBeGreaterThan(50);
  });

  it.each(["", "   ", "\t\n", "--", "'"])("gives [] for the blank text %j", (text) => {
    expect(searchNoc(text)).toEqual([]);
  });

  it("never throws for a string, and every result contains every word", () => {
    // biome-ignore lint/suspicious/noExplicitAny: simulating untyped JavaScript callers
    expect(() => (searchNoc as (text: any) => NocEntry[])(42)).toThrow(
      new TypeError("text: expected a string to search for, got 42."),
    );
    const word = fc.constantFrom("soft", "eng", "MAN", "Élec", "tech", "nurs", "x", "21231");
    fc.assert(
      fc.property(fc.array(word, { maxLength: 3 }), fc.string(), (words, noise) => {
        searchNoc(noise);
        const found = searchNoc(words.join(" "));
        return found.every((entry) =>
          words.every((w) => {
            const folded = w.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
            return (
              entry.code === folded ||
              entry.title
                .toLowerCase()
                .split(/[^a-z0-9]+/)
                .some((t) => t.startsWith(folded))
            );
          }),
        );
      }),
    );
  });
});
