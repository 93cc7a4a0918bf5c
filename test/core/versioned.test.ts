import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Citation, isoDate, type Version, type Versioned, valueAsOf } from "../../src/index.js";
import { frenchOf, reasonOf } from "../fixtures/messages.js";

const source: Citation = {
  title: "Comprehensive Ranking System (CRS) criteria – Express Entry",
  url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html",
  retrieved: isoDate("2026-11-25"),
};

const d = isoDate;

// Arranged-employment points: 50 until 2025-03-24, none from 2025-03-25 on.
const before: Version<number> = { from: d("2015-01-01"), to: d("2025-03-25"), value: 50, source };
const after: Version<number> = { from: d("2025-03-25"), value: 0, source };
const points: Versioned<number> = [before, after];

// Two closed versions with a gap between them.
const first: Version<string> = { from: d("2020-01-01"), to: d("2021-01-01"), value: "first", source };
const second: Version<string> = { from: d("2022-01-01"), to: d("2023-01-01"), value: "second", source };
const gapped: Versioned<string> = [first, second];

describe("valueAsOf on consecutive versions", () => {
  it("gives the earlier version on the day before the change", () => {
    const found = valueAsOf(points, d("2025-03-24"));
    expect(found).toEqual({ ok: true, value: 50, version: before });
    expect(found.ok && found.version).toBe(before);
  });

  it("gives the later version on the day of the change (`to` is excluded, `from` included)", () => {
    const found = valueAsOf(points, d("2025-03-25"));
    expect(found).toEqual({ ok: true, value: 0, version: after });
    expect(found.ok && found.version).toBe(after);
  });

  it("gives the first version on its first day", () => {
    expect(valueAsOf(points, d("2015-01-01"))).toEqual({ ok: true, value: 50, version: before });
  });

  it("gives the open-ended version long after it started", () => {
    expect(valueAsOf(points, d("2099-12-31"))).toEqual({ ok: true, value: 0, version: after });
  });

  it("says before-first on the day before the first version, naming the first date", () => {
    const found = valueAsOf(points, d("2014-12-31"));
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.problem).toBe("before-first");
    expect(found.reason).toContain("2015-01-01");
    expect(found.reason).toContain("2014-12-31");
  });

  it("does not depend on the order of the list", () => {
    const reversed: Versioned<number> = [after, before];
    expect(valueAsOf(reversed, d("2025-03-24"))).toEqual({ ok: true, value: 50, version: before });
    expect(valueAsOf(reversed, d("2025-03-25"))).toEqual({ ok: true, value: 0, version: after });
    const found = valueAsOf(reversed, d("2014-12-31"));
    expect(found.ok === false && found.problem).toBe("before-first");
  });
});

describe("valueAsOf with a gap and a last end", () => {
  it.each([
    ["2019-12-31", "before-first"],
    ["2020-01-01", "first"],
    ["2020-12-31", "first"],
    ["2021-01-01", "gap"],
    ["2021-06-15", "gap"],
    ["2021-12-31", "gap"],
    ["2022-01-01", "second"],
    ["2022-12-31", "second"],
    ["2023-01-01", "after-last"],
    ["2030-01-01", "after-last"],
  ])("on %s: %s", (asOf, expected) => {
    const found = valueAsOf(gapped, d(asOf));
    if (expected === "first" || expected === "second") {
      expect(found).toEqual({ ok: true, value: expected, version: expected === "first" ? first : second });
    } else {
      expect(found.ok).toBe(false);
      expect(found.ok === false && found.problem).toBe(expected);
      expect(found.ok === false && found.reason).toContain(asOf);
    }
  });

  it("names the end of the last version when nothing is in force after it", () => {
    const found = valueAsOf(gapped, d("2023-01-01"));
    expect(found.ok === false && found.reason).toContain("2023-01-01");
  });

  it("calls a date before a later open-ended version a gap, not after-last", () => {
    const withFuture: Versioned<string> = [first, { from: d("2024-01-01"), value: "future", source }];
    const found = valueAsOf(withFuture, d("2022-06-01"));
    expect(found.ok === false && found.problem).toBe("gap");
    expect(valueAsOf(withFuture, d("2024-01-01"))).toMatchObject({ ok: true, value: "future" });
  });
});

describe("valueAsOf on an empty history", () => {
  it("says empty", () => {
    const found = valueAsOf<number>([], d("2025-01-01"));
    expect(found.ok).toBe(false);
    expect(found.ok === false && found.problem).toBe("empty");
    expect(found.ok === false && found.reason.length).toBeGreaterThan(0);
  });
});

describe("valueAsOf's reasons as messages", () => {
  it("names each problem with a message whose English is the reason, and words it in French", () => {
    const cases = [
      [valueAsOf<number>([], d("2025-01-01")), "versioned.empty"],
      [valueAsOf(points, d("2014-12-31")), "versioned.before-first"],
      [valueAsOf([first, second], d("2021-06-01")), "versioned.gap"],
      [valueAsOf([first, second], d("2023-01-01")), "versioned.after-last"],
    ] as const;
    for (const [found, id] of cases) {
      if (found.ok) throw new Error(`expected no version for ${id}`);
      expect(found.message.id).toBe(id);
      expect(found.problem).toBe(id.slice("versioned.".length));
      expect(reasonOf(found)).toBe(found.reason);
    }
    const gap = cases[2][0];
    expect(gap.ok ? "" : frenchOf(gap)).toBe("Aucune version n’est connue en vigueur le 2021-06-01.");
    const beforeFirst = cases[1][0];
    expect(beforeFirst.ok ? undefined : beforeFirst.message).toStrictEqual({
      id: "versioned.before-first",
      params: { earliest: "2015-01-01", asOf: "2014-12-31" },
    });
  });
});

describe("valueAsOf on a single one-day version", () => {
  it("is in force on exactly that day", () => {
    const oneDay: Versioned<string> = [{ from: d("2024-02-29"), to: d("2024-03-01"), value: "leap", source }];
    expect(valueAsOf(oneDay, d("2024-02-28"))).toMatchObject({ ok: false, problem: "before-first" });
    expect(valueAsOf(oneDay, d("2024-02-29"))).toMatchObject({ ok: true, value: "leap" });
    expect(valueAsOf(oneDay, d("2024-03-01"))).toMatchObject({ ok: false, problem: "after-last" });
  });
});

describe("valueAsOf (property)", () => {
  it("picks the version with from <= asOf < to among consecutive versions, else says why", () => {
    const dayArb = fc.integer({ min: 0, max: 20_000 });
    const toIso = (n: number) => d(new Date(Date.UTC(1990, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.uniqueArray(dayArb, { minLength: 2, maxLength: 8 }).map((xs) => [...xs].sort((a, b) => a - b)),
        fc.boolean(),
        dayArb,
        (bounds, openEnded, asOfDay) => {
          // consecutive versions [b0,b1), [b1,b2), ..., the last one open-ended or not
          const versions: Version<number>[] = [];
          for (let i = 0; i + 1 < bounds.length; i++) {
            const from = bounds[i] as number;
            const to = bounds[i + 1] as number;
            const last = i + 2 === bounds.length;
            versions.push(
              last && openEnded
                ? { from: toIso(from), value: i, source }
                : { from: toIso(from), to: toIso(to), value: i, source },
            );
          }
          const found = valueAsOf(versions, toIso(asOfDay));
          const lo = bounds[0] as number;
          const hi = bounds[bounds.length - 1] as number;
          if (asOfDay < lo) {
            expect(found).toMatchObject({ ok: false, problem: "before-first" });
          } else if (asOfDay >= hi && !openEnded) {
            expect(found).toMatchObject({ ok: false, problem: "after-last" });
          } else {
            let index = 0;
            bounds.forEach((b, i) => {
              if (b <= asOfDay) index = i;
            });
            const expectedIndex = Math.min(index, versions.length - 1);
            expect(found).toEqual({ ok: true, value: expectedIndex, version: versions[expectedIndex] });
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
