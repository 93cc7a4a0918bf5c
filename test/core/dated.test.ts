import { describe, expect, it } from "vitest";
import { loadDated, uncertainOn } from "../../src/core/dated.js";
import { checkDated } from "../../src/core/dated-check.js";
import { isoDate } from "../../src/index.js";

const source = { title: "Proof of funds – Express Entry", url: "https://www.canada.ca/", retrieved: "2026-11-25" };
const FILE = "data/test.json";
const read = (value: unknown) => value as number;

// Two versions: 13,310 from 2022-06-09 (its start uncertain for its first week), 13,757 from 2023-04-25.
const json = {
  verified: "2026-11-25",
  versions: [
    {
      from: "2022-06-09",
      to: "2023-04-25",
      source,
      uncertain: [{ from: "2022-06-09", to: "2022-06-16", reason: "Start day from one secondary source." }],
      value: 13310,
    },
    { from: "2023-04-25", source: { ...source, effective: "2023-04-25", secondary: true }, value: 13757 },
  ],
};

describe("loadDated", () => {
  checkDated(json, FILE);
  const dated = loadDated(json, read);

  it("reads the verified day, the versions, their sources and uncertain periods", () => {
    expect(dated.verified).toBe("2026-11-25");
    expect(dated.versions.map((v) => [v.from, v.to, v.value])).toEqual([
      ["2022-06-09", "2023-04-25", 13310],
      ["2023-04-25", undefined, 13757],
    ]);
    expect(dated.versions[1]?.source).toEqual({ ...source, effective: "2023-04-25", secondary: true });
    expect(dated.versions[1]).not.toHaveProperty("uncertain");
    expect(Object.isFrozen(dated.versions[0])).toBe(true);
  });

  it("uncertainOn: on both sides of the uncertain period's end and outside every version", () => {
    expect(uncertainOn(dated.versions, isoDate("2022-06-08"))).toEqual([]);
    expect(uncertainOn(dated.versions, isoDate("2022-06-09")).map((p) => p.reason)).toEqual([
      "Start day from one secondary source.",
    ]);
    expect(uncertainOn(dated.versions, isoDate("2022-06-15"))).toHaveLength(1);
    expect(uncertainOn(dated.versions, isoDate("2022-06-16"))).toEqual([]);
    expect(uncertainOn(dated.versions, isoDate("2024-01-01"))).toEqual([]);
  });

  it("passes the version's head (dates, uncertain periods) to the value reader", () => {
    const seen: unknown[] = [];
    loadDated(json, (value, version) => {
      seen.push([value, version.from, version.uncertain?.length]);
      return value;
    });
    expect(seen).toEqual([
      [13310, "2022-06-09", 1],
      [13757, "2023-04-25", undefined],
    ]);
  });

  const broken = (change: (copy: typeof json) => unknown) => () => checkDated(change(structuredClone(json)), FILE);

  it.each([
    ["verified", (c: typeof json) => ({ ...c, verified: "2026-02-30" })],
    ["versions", (c: typeof json) => ({ ...c, versions: [] })],
    ["versions[0].from", (c: typeof json) => ({ ...c, versions: [{ ...c.versions[0], from: "2022-6-9" }] })],
    ["versions[0].to", (c: typeof json) => ({ ...c, versions: [{ ...c.versions[0], to: "2022-06-09" }] })],
    ["versions[0].source", (c: typeof json) => ({ ...c, versions: [{ ...c.versions[0], source: { url: "x" } }] })],
    [
      "versions[0].source.retrieved",
      (c: typeof json) => ({ ...c, versions: [{ ...c.versions[0], source: { ...source, retrieved: "soon" } }] }),
    ],
    ["versions[0].value", (c: typeof json) => ({ ...c, versions: [{ from: "2022-06-09", source }] })],
    // The second version starts a day before the first one ends: they overlap.
    [
      "versions[1].from",
      (c: typeof json) => ({ ...c, versions: [c.versions[0], { ...c.versions[1], from: "2023-04-24" }] }),
    ],
    // An open-ended version followed by another.
    [
      "versions[1].from",
      (c: typeof json) => ({ ...c, versions: [{ ...c.versions[1] }, { ...c.versions[1], from: "2024-01-01" }] }),
    ],
    // An uncertain period that runs past its version's end.
    [
      "versions[0].uncertain[0]",
      (c: typeof json) => ({
        ...c,
        versions: [{ ...c.versions[0], uncertain: [{ from: "2022-06-09", to: "2023-04-26", reason: "r" }] }],
      }),
    ],
    [
      "versions[0].uncertain[0].reason",
      (c: typeof json) => ({
        ...c,
        versions: [{ ...c.versions[0], uncertain: [{ from: "2022-06-09", reason: "" }] }],
      }),
    ],
    ["versions[0].uncertain", (c: typeof json) => ({ ...c, versions: [{ ...c.versions[0], uncertain: [] }] })],
  ])("checkDated names the file and the field %s when the shape is wrong", (field, change) => {
    expect(broken(change)).toThrow(`${FILE}: ${field} `);
  });

  it("accepts versions that meet end to start, and a gap between them", () => {
    const gap = { ...json, versions: [json.versions[0], { ...json.versions[1], from: "2023-05-01" }] };
    expect(() => checkDated(gap, FILE)).not.toThrow();
    expect(loadDated(gap, read).versions).toHaveLength(2);
  });
});
