import fc from "fast-check";
import { describe, expect, it } from "vitest";
import equivalencyJson from "../../data/ircc/language-equivalency.json" with { type: "json" };
import { addDays, ageOn } from "../../src/core/calendar.js";
import { type IsoDate, isIsoDate, isoDate } from "../../src/core/iso-date.js";
import { message } from "../../src/core/message.js";
import {
  type ClbLevels,
  clbOnChart,
  type EquivalencyChart,
  equivalencyChartFor,
  LANGUAGE_ABILITIES,
  LANGUAGE_EQUIVALENCY_SOURCE,
  LANGUAGE_EQUIVALENCY_VERIFIED,
  LANGUAGE_TEST_VALIDITY_SOURCE,
  LANGUAGE_TEST_VALIDITY_YEARS,
  type LanguageAbility,
  languageEquivalencyCharts,
  languageOf,
  languageTestExpiresOn,
  meetsClb,
  minimumClb,
  officialLanguageLevels,
  rankByClbSum,
  toClb,
} from "../../src/language/index.js";
import type { LanguageTest, LanguageTestKind } from "../../src/models/language-test.js";
import { deepFreeze } from "../fixtures/freeze.js";
import { frenchOf, inEnglish, reasonOf } from "../fixtures/messages.js";

// ---------------------------------------------------------------------------------------------
// Helpers

const KINDS: readonly LanguageTestKind[] = ["celpip-general", "ielts-general", "pte-core", "tef-canada", "tcf-canada"];

type Scores = LanguageTest["scores"];

function make(test: LanguageTestKind, testedOn: string, scores: Scores | number): LanguageTest {
  const all =
    typeof scores === "number" ? { reading: scores, writing: scores, listening: scores, speaking: scores } : scores;
  return { test, testedOn: isoDate(testedOn), scores: all };
}

/** A test with one ability set to `score` and the others at a score on the scale (the chart's lowest). */
function withOne(
  test: LanguageTestKind,
  testedOn: string,
  chart: EquivalencyChart,
  ability: LanguageAbility,
  score: number,
): LanguageTest {
  const base: Scores = {
    reading: chart.scale.reading.min,
    writing: chart.scale.writing.min,
    listening: chart.scale.listening.min,
    speaking: chart.scale.speaking.min,
  };
  return make(test, testedOn, { ...base, [ability]: score });
}

function levels(result: ReturnType<typeof toClb>): ClbLevels {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.issues)}`);
  return result.levels;
}

function levelOf(test: LanguageTestKind, testedOn: string, ability: LanguageAbility, score: number): number {
  const chart = chartOn(test, testedOn);
  return levels(toClb(withOne(test, testedOn, chart, ability, score)))[ability];
}

function chartOn(test: LanguageTestKind, testedOn: string): EquivalencyChart {
  const found = equivalencyChartFor(test, isoDate(testedOn));
  if (!found.ok) throw new Error(found.reason);
  return found.value;
}

function issueCodes(result: ReturnType<typeof toClb>): string[] {
  return result.ok ? [] : result.issues.map((issue) => `${issue.path}:${issue.code}`);
}

// ---------------------------------------------------------------------------------------------
// The reference tables, typed by hand from IRCC "Find your language level based on your test
// results" (https://www.canada.ca/en/immigration-refugees-citizenship/services/study-canada/work/after-graduation/eligibility/language-results.html,
// a transcription dated 2025-12-07), apart from data/ircc/language-equivalency.json.
// Row: [level, reading min, reading max, writing min, writing max, listening min, listening max,
// speaking min, speaking max].

type Row = readonly [number, number, number, number, number, number, number, number, number];

/** §2.1 CELPIP-General: score = level; IRCC's CLB 10 cell reads "10", and levels 11–12 are CLB 10 or more. */
const CELPIP: readonly Row[] = [
  [10, 10, 12, 10, 12, 10, 12, 10, 12],
  [9, 9, 9, 9, 9, 9, 9, 9, 9],
  [8, 8, 8, 8, 8, 8, 8, 8, 8],
  [7, 7, 7, 7, 7, 7, 7, 7, 7],
  [6, 6, 6, 6, 6, 6, 6, 6, 6],
  [5, 5, 5, 5, 5, 5, 5, 5, 5],
  [4, 4, 4, 4, 4, 4, 4, 4, 4],
];

/** §2.2 IELTS General Training. */
const IELTS: readonly Row[] = [
  [10, 8.0, 9.0, 7.5, 9.0, 8.5, 9.0, 7.5, 9.0],
  [9, 7.0, 7.5, 7.0, 7.0, 8.0, 8.0, 7.0, 7.0],
  [8, 6.5, 6.5, 6.5, 6.5, 7.5, 7.5, 6.5, 6.5],
  [7, 6.0, 6.0, 6.0, 6.0, 6.0, 7.0, 6.0, 6.0],
  [6, 5.0, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5, 5.5],
  [5, 4.0, 4.5, 5.0, 5.0, 5.0, 5.0, 5.0, 5.0],
  [4, 3.5, 3.5, 4.0, 4.5, 4.5, 4.5, 4.0, 4.5],
];

/** §2.3 PTE Core (accepted from 2024-01-30). */
const PTE_CORE: readonly Row[] = [
  [10, 88, 90, 90, 90, 89, 90, 89, 90],
  [9, 78, 87, 88, 89, 82, 88, 84, 88],
  [8, 69, 77, 79, 87, 71, 81, 76, 83],
  [7, 60, 68, 69, 78, 60, 70, 68, 75],
  [6, 51, 59, 60, 68, 50, 59, 59, 67],
  [5, 42, 50, 51, 59, 39, 49, 51, 58],
  [4, 33, 41, 41, 50, 28, 38, 42, 50],
  [3, 24, 32, 32, 40, 18, 27, 34, 41],
];

/** §2.4(a) TEF Canada, tests taken after 2023-12-10. */
const TEF_2023: readonly Row[] = [
  [10, 546, 699, 558, 699, 546, 699, 556, 699],
  [9, 503, 545, 512, 557, 503, 545, 518, 555],
  [8, 462, 502, 472, 511, 462, 502, 494, 517],
  [7, 434, 461, 428, 471, 434, 461, 456, 493],
  [6, 393, 433, 379, 427, 393, 433, 422, 455],
  [5, 352, 392, 330, 378, 352, 392, 387, 421],
  [4, 306, 351, 268, 329, 306, 351, 328, 386],
];

/** §2.4(b) TEF Canada, tests taken 2019-10-01 to 2023-12-10 (UNSURE: single transcription). */
const TEF_2019: readonly Row[] = [
  [10, 566, 699, 566, 699, 566, 699, 566, 699],
  [9, 533, 565, 533, 565, 533, 565, 533, 565],
  [8, 500, 532, 500, 532, 500, 532, 500, 532],
  [7, 450, 499, 450, 499, 450, 499, 450, 499],
  [6, 400, 449, 400, 449, 400, 449, 400, 449],
  [5, 350, 399, 350, 399, 350, 399, 350, 399],
  [4, 300, 349, 300, 349, 300, 349, 300, 349],
];

/** §2.4(c) TEF Canada, old scale (reading 0–300, writing 0–450, listening 0–360, speaking 0–450). */
const TEF_OLD: readonly Row[] = [
  [10, 263, 300, 393, 450, 316, 360, 393, 450],
  [9, 248, 262, 371, 392, 298, 315, 371, 392],
  [8, 233, 247, 349, 370, 280, 297, 349, 370],
  [7, 207, 232, 310, 348, 249, 279, 310, 348],
  [6, 181, 206, 271, 309, 217, 248, 271, 309],
  [5, 151, 180, 226, 270, 181, 216, 226, 270],
  [4, 121, 150, 181, 225, 145, 180, 181, 225],
];

/** §2.5 TCF Canada (reading/listening 0–699, writing/speaking 0–20). */
const TCF: readonly Row[] = [
  [10, 549, 699, 16, 20, 549, 699, 16, 20],
  [9, 524, 548, 14, 15, 523, 548, 14, 15],
  [8, 499, 523, 12, 13, 503, 522, 12, 13],
  [7, 453, 498, 10, 11, 458, 502, 10, 11],
  [6, 406, 452, 7, 9, 398, 457, 7, 9],
  [5, 375, 405, 6, 6, 369, 397, 6, 6],
  [4, 342, 374, 4, 5, 331, 368, 4, 5],
];

/** Each chart version, the day it starts, and the reference table it must equal. */
const REFERENCE: readonly { test: LanguageTestKind; from: string; to?: string; rows: readonly Row[] }[] = [
  { test: "celpip-general", from: "2014-04-01", rows: CELPIP },
  { test: "ielts-general", from: "2015-01-01", rows: IELTS },
  { test: "pte-core", from: "2024-01-30", rows: PTE_CORE },
  { test: "tef-canada", from: "2015-01-01", to: "2019-10-01", rows: TEF_OLD },
  { test: "tef-canada", from: "2019-10-01", to: "2023-12-11", rows: TEF_2019 },
  { test: "tef-canada", from: "2023-12-11", rows: TEF_2023 },
  { test: "tcf-canada", from: "2018-11-10", rows: TCF },
];

function bandsOf(rows: readonly Row[], ability: LanguageAbility): { clb: number; min: number; max: number }[] {
  const column = LANGUAGE_ABILITIES.indexOf(ability);
  return rows.map((row) => ({ clb: row[0], min: row[1 + 2 * column] ?? NaN, max: row[2 + 2 * column] ?? NaN }));
}

/** The level the reference table gives a score: the highest row whose minimum it reaches, else 0. */
function referenceLevel(rows: readonly Row[], ability: LanguageAbility, score: number): number {
  return bandsOf(rows, ability).find((band) => score >= band.min)?.clb ?? 0;
}

/** Every chart version in the JSON, with its test. */
const VERSIONS = KINDS.flatMap((test) => languageEquivalencyCharts(test).map((version) => ({ test, version })));

// ---------------------------------------------------------------------------------------------

describe("data/ircc/language-equivalency.json", () => {
  it("cites the IRCC page and carries a verified date", () => {
    expect(LANGUAGE_EQUIVALENCY_SOURCE.url).toBe(
      "https://www.canada.ca/en/immigration-refugees-citizenship/services/study-canada/work/after-graduation/eligibility/language-results.html",
    );
    expect(LANGUAGE_EQUIVALENCY_SOURCE.title).toBe("Find your language level based on your test results");
    expect(isIsoDate(LANGUAGE_EQUIVALENCY_SOURCE.retrieved)).toBe(true);
    expect(isIsoDate(LANGUAGE_EQUIVALENCY_VERIFIED)).toBe(true);
    expect(equivalencyJson.validity.years).toBe(LANGUAGE_TEST_VALIDITY_YEARS);
    expect(LANGUAGE_TEST_VALIDITY_SOURCE.url).toMatch(/^https:\/\/www\.canada\.ca\//);
  });

  it("holds exactly the chart versions of the reference, with their dates", () => {
    expect(
      VERSIONS.map(({ test, version }) => ({
        test,
        from: version.from,
        ...(version.to === undefined ? {} : { to: version.to }),
      })),
    ).toEqual(REFERENCE.map(({ test, from, to }) => ({ test, from, ...(to === undefined ? {} : { to }) })));
  });

  it.each(REFERENCE.map((ref, i) => [`${ref.test} from ${ref.from}`, i] as const))(
    "%s equals the reference table band for band",
    (_name, i) => {
      const ref = REFERENCE[i];
      const found = VERSIONS[i];
      if (ref === undefined || found === undefined) throw new Error("missing version");
      for (const ability of LANGUAGE_ABILITIES) {
        expect(found.version.value.bands[ability], ability).toEqual(bandsOf(ref.rows, ability));
      }
    },
  );

  it.each(VERSIONS.map(({ test, version }) => [`${test} from ${version.from}`, version] as const))(
    "%s: bands run from the top of the scale down without gaps or overlaps, on the scale",
    (_name, version) => {
      const chart = version.value;
      for (const ability of LANGUAGE_ABILITIES) {
        const scale = chart.scale[ability];
        expect([0.5, 1]).toContain(scale.step);
        const bands = chart.bands[ability];
        expect(bands[0]?.max, `${ability} top`).toBe(scale.max);
        bands.forEach((band, i) => {
          expect(band.min).toBeLessThanOrEqual(band.max);
          expect(band.min).toBeGreaterThanOrEqual(scale.min);
          expect(Number.isInteger((band.min - scale.min) / scale.step)).toBe(true);
          expect(Number.isInteger((band.max - scale.min) / scale.step)).toBe(true);
          const below = bands[i + 1];
          if (below !== undefined) {
            expect(below.clb).toBe(band.clb - 1);
            expect(below.max + scale.step).toBe(band.min);
          }
        });
      }
    },
  );

  it("languageOf: English for CELPIP, IELTS and PTE Core, French for TEF and TCF; another test is a TypeError", () => {
    expect(KINDS.map((k) => [k, languageOf(k)])).toEqual([
      ["celpip-general", "english"],
      ["ielts-general", "english"],
      ["pte-core", "english"],
      ["tef-canada", "french"],
      ["tcf-canada", "french"],
    ]);
    expect(() => languageOf("toefl" as never)).toThrow(
      new TypeError(
        'test: expected one of celpip-general, ielts-general, pte-core, tef-canada, tcf-canada, got "toefl".',
      ),
    );
    expect(() => languageOf("toString" as never)).toThrow(TypeError);
    // A value that is neither a kind nor a test is named as given; a test without a kind names its field.
    expect(() => languageOf(42 as never)).toThrow(/^test: expected a language test or one of .*, got 42\.$/);
    expect(() => languageOf(null as never)).toThrow(/, got null\.$/);
    expect(() => languageOf({} as never)).toThrow(/^test\.test: expected one of .*, got nothing\.$/);
  });

  it("versions of a test follow each other without gaps, and each cites its source", () => {
    for (const test of KINDS) {
      const versions = languageEquivalencyCharts(test);
      versions.forEach((version, i) => {
        expect(version.value.test).toBe(test);
        expect(version.value.language).toBe(languageOf(test));
        expect(version.value.levelName).toBe(languageOf(test) === "english" ? "CLB" : "NCLC");
        expect(version.source.title.length).toBeGreaterThan(0);
        expect(version.source.url).toMatch(/^https:\/\//);
        expect(isIsoDate(version.source.retrieved)).toBe(true);
        const next = versions[i + 1];
        if (next === undefined) expect(version.to).toBeUndefined();
        else expect(version.to).toBe(next.from);
      });
    }
  });

  it("dates the PTE Core and the new TEF Canada charts from the days they took effect", () => {
    expect(languageEquivalencyCharts("pte-core")[0]?.source.effective).toBe("2024-01-30");
    expect(languageEquivalencyCharts("tef-canada")[2]?.source.effective).toBe("2023-12-11");
  });
});

// ---------------------------------------------------------------------------------------------

describe("toClb: every band edge of every chart", () => {
  const edges = VERSIONS.flatMap(({ test, version }) =>
    LANGUAGE_ABILITIES.flatMap((ability) =>
      version.value.bands[ability].flatMap((band, i, bands) => {
        const step = version.value.scale[ability].step;
        const lower = bands[i + 1]?.clb ?? 0;
        const cases = [
          {
            name: `${test} ${version.from} ${ability} ${band.min} (min of CLB ${band.clb})`,
            score: band.min,
            clb: band.clb,
          },
          {
            name: `${test} ${version.from} ${ability} ${band.max} (max of CLB ${band.clb})`,
            score: band.max,
            clb: band.clb,
          },
        ];
        if (band.min - step >= version.value.scale[ability].min) {
          cases.push({
            name: `${test} ${version.from} ${ability} ${band.min - step} (just below CLB ${band.clb})`,
            score: band.min - step,
            clb: lower,
          });
        }
        return cases.map((c) => ({ ...c, test, from: version.from, ability, chart: version.value }));
      }),
    ),
  );

  it.each(edges.map((edge) => [edge.name, edge] as const))("%s", (_name, edge) => {
    const result = toClb(withOne(edge.test, edge.from, edge.chart, edge.ability, edge.score));
    expect(levels(result)[edge.ability]).toBe(edge.clb);
  });

  it("covers every band of every chart", () => {
    const bandCount = VERSIONS.reduce(
      (sum, { version }) => sum + LANGUAGE_ABILITIES.reduce((n, a) => n + version.value.bands[a].length, 0),
      0,
    );
    expect(bandCount).toBe(7 * 4 * 6 + 8 * 4); // six 7-row charts, PTE Core's 8 rows
    expect(edges.length).toBeGreaterThanOrEqual(bandCount * 2);
  });
});

describe("toClb: every score on the IELTS and CELPIP scales", () => {
  const ieltsScores = Array.from({ length: 19 }, (_, i) => i / 2); // 0, 0.5, ..., 9
  const celpipScores = Array.from({ length: 13 }, (_, i) => i); // 0 (M), 1, ..., 12

  it.each(LANGUAGE_ABILITIES.flatMap((ability) => ieltsScores.map((score) => [ability, score] as const)))(
    "IELTS %s %s gives the reference level",
    (ability, score) => {
      expect(levelOf("ielts-general", "2025-06-01", ability, score)).toBe(referenceLevel(IELTS, ability, score));
    },
  );

  it.each(LANGUAGE_ABILITIES.flatMap((ability) => celpipScores.map((score) => [ability, score] as const)))(
    "CELPIP %s %s gives the reference level",
    (ability, score) => {
      expect(levelOf("celpip-general", "2025-06-01", ability, score)).toBe(referenceLevel(CELPIP, ability, score));
    },
  );
});

describe("toClb: edges read straight off the reference tables", () => {
  it("IELTS General Training (§2.2)", () => {
    const d = "2025-06-01";
    // Listening: 7.5 is CLB 8, 8.0 is CLB 9, 8.5 is CLB 10; 6.0–7.0 is CLB 7.
    expect(levelOf("ielts-general", d, "listening", 7.5)).toBe(8);
    expect(levelOf("ielts-general", d, "listening", 8)).toBe(9);
    expect(levelOf("ielts-general", d, "listening", 8.5)).toBe(10);
    expect(levelOf("ielts-general", d, "listening", 7)).toBe(7);
    expect(levelOf("ielts-general", d, "listening", 4)).toBe(0); // below 4.5: below CLB 4
    // Reading: 3.5 is CLB 4, 3.0 below; 7.5 is still CLB 9; 8.0 is CLB 10.
    expect(levelOf("ielts-general", d, "reading", 3.5)).toBe(4);
    expect(levelOf("ielts-general", d, "reading", 3)).toBe(0);
    expect(levelOf("ielts-general", d, "reading", 7.5)).toBe(9);
    expect(levelOf("ielts-general", d, "reading", 8)).toBe(10);
    // Writing and speaking: 7.5 is CLB 10; 4.5 is CLB 4; 5.0 is CLB 5.
    expect(levelOf("ielts-general", d, "writing", 7.5)).toBe(10);
    expect(levelOf("ielts-general", d, "speaking", 4.5)).toBe(4);
    expect(levelOf("ielts-general", d, "speaking", 5)).toBe(5);
    // LorinserCC test vector quoted in the reference §5: L8.5 S8.0 R8.0 W7.5 is CLB 10 x4.
    expect(levels(toClb(make("ielts-general", d, { reading: 8, writing: 7.5, listening: 8.5, speaking: 8 })))).toEqual({
      reading: 10,
      writing: 10,
      listening: 10,
      speaking: 10,
    });
  });

  it("CELPIP-General (§2.1): level = CLB from 4 to 10; 11 and 12 are CLB 10; M (0) to 3 are below the chart", () => {
    const d = "2025-06-01";
    expect(levelOf("celpip-general", d, "speaking", 12)).toBe(10);
    expect(levelOf("celpip-general", d, "speaking", 11)).toBe(10);
    expect(levelOf("celpip-general", d, "speaking", 9)).toBe(9);
    expect(levelOf("celpip-general", d, "reading", 4)).toBe(4);
    expect(levelOf("celpip-general", d, "reading", 3)).toBe(0);
    expect(levelOf("celpip-general", d, "reading", 0)).toBe(0);
  });

  it("PTE Core (§2.3)", () => {
    const d = "2024-01-30";
    expect(levelOf("pte-core", d, "writing", 90)).toBe(10);
    expect(levelOf("pte-core", d, "writing", 89)).toBe(9);
    expect(levelOf("pte-core", d, "writing", 88)).toBe(9);
    expect(levelOf("pte-core", d, "reading", 88)).toBe(10);
    expect(levelOf("pte-core", d, "reading", 87)).toBe(9);
    expect(levelOf("pte-core", d, "listening", 60)).toBe(7);
    expect(levelOf("pte-core", d, "listening", 59)).toBe(6);
    expect(levelOf("pte-core", d, "speaking", 68)).toBe(7);
    expect(levelOf("pte-core", d, "speaking", 67)).toBe(6);
    expect(levelOf("pte-core", d, "reading", 24)).toBe(3); // PTE Core's chart lists CLB 3
    expect(levelOf("pte-core", d, "reading", 23)).toBe(0);
    expect(levelOf("pte-core", d, "listening", 10)).toBe(0);
  });

  it("TEF Canada after 2023-12-10 (§2.4a)", () => {
    const d = "2024-06-01";
    expect(levelOf("tef-canada", d, "speaking", 556)).toBe(10);
    expect(levelOf("tef-canada", d, "speaking", 555)).toBe(9);
    expect(levelOf("tef-canada", d, "writing", 428)).toBe(7);
    expect(levelOf("tef-canada", d, "writing", 427)).toBe(6);
    expect(levelOf("tef-canada", d, "reading", 306)).toBe(4);
    expect(levelOf("tef-canada", d, "reading", 305)).toBe(0);
    expect(levelOf("tef-canada", d, "listening", 699)).toBe(10);
  });

  it("TEF Canada 2019-10-01 to 2023-12-10 (§2.4b) and the old scale (§2.4c)", () => {
    expect(levelOf("tef-canada", "2021-06-01", "reading", 566)).toBe(10);
    expect(levelOf("tef-canada", "2021-06-01", "reading", 565)).toBe(9);
    expect(levelOf("tef-canada", "2021-06-01", "speaking", 450)).toBe(7);
    expect(levelOf("tef-canada", "2021-06-01", "speaking", 299)).toBe(0);
    expect(levelOf("tef-canada", "2018-06-01", "reading", 263)).toBe(10);
    expect(levelOf("tef-canada", "2018-06-01", "reading", 262)).toBe(9);
    expect(levelOf("tef-canada", "2018-06-01", "listening", 249)).toBe(7);
    expect(levelOf("tef-canada", "2018-06-01", "writing", 180)).toBe(0);
  });

  it("TCF Canada (§2.5)", () => {
    const d = "2025-06-01";
    expect(levelOf("tcf-canada", d, "writing", 16)).toBe(10);
    expect(levelOf("tcf-canada", d, "writing", 15)).toBe(9);
    expect(levelOf("tcf-canada", d, "writing", 6)).toBe(5);
    expect(levelOf("tcf-canada", d, "speaking", 3)).toBe(0);
    expect(levelOf("tcf-canada", d, "reading", 524)).toBe(9);
    expect(levelOf("tcf-canada", d, "listening", 523)).toBe(9); // listening CLB 9 starts at 523, reading at 524
    expect(levelOf("tcf-canada", d, "reading", 523)).toBe(8);
    expect(levelOf("tcf-canada", d, "listening", 522)).toBe(8);
  });
});

describe("toClb: scores off the test's scale", () => {
  const cases: readonly [LanguageTestKind, string, LanguageAbility, number][] = [
    ["ielts-general", "2025-06-01", "reading", 9.5],
    ["ielts-general", "2025-06-01", "writing", 6.25],
    ["ielts-general", "2025-06-01", "speaking", 7.1],
    ["celpip-general", "2025-06-01", "reading", 13],
    ["celpip-general", "2025-06-01", "listening", 9.5],
    ["pte-core", "2025-06-01", "speaking", 5],
    ["pte-core", "2025-06-01", "reading", 91],
    ["pte-core", "2025-06-01", "writing", 50.5],
    ["tef-canada", "2025-06-01", "reading", 700],
    ["tef-canada", "2018-06-01", "reading", 301], // the old reading scale stops at 300
    ["tcf-canada", "2025-06-01", "writing", 21],
    ["tcf-canada", "2025-06-01", "reading", 700],
  ];
  const special: readonly number[] = [-1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  const all = [
    ...cases,
    ...KINDS.flatMap((test) =>
      special.map(
        (score) => [test, "2025-06-01", "listening", score] as [LanguageTestKind, string, LanguageAbility, number],
      ),
    ),
  ];

  it.each(all)("%s (%s) %s %s is off_scale at scores.<ability>", (test, testedOn, ability, score) => {
    const chart = chartOn(test, testedOn);
    const result = toClb(withOne(test, testedOn, chart, ability, score));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ path: `scores.${ability}`, code: "off_scale" });
    expect(inEnglish(result.issues)[0]?.message).toMatch(/not on that scale/);
  });

  it("writes issue paths under the given path and reports every bad score", () => {
    const result = toClb(
      make("ielts-general", "2025-06-01", { reading: 9.5, writing: 6.25, listening: 8, speaking: 7 }),
      {
        path: "languageTests[1]",
      },
    );
    expect(issueCodes(result)).toEqual([
      "languageTests[1].scores.reading:off_scale",
      "languageTests[1].scores.writing:off_scale",
    ]);
  });

  it("says NaN is not a number, and tells CELPIP takers how to enter M", () => {
    const nan = toClb(
      make("pte-core", "2025-06-01", { reading: Number.NaN, writing: 50, listening: 50, speaking: 50 }),
    );
    expect(nan.ok ? "" : inEnglish(nan.issues)[0]?.message).toContain("NaN (not a number)");
    const celpip = toClb(make("celpip-general", "2025-06-01", { reading: 13, writing: 9, listening: 9, speaking: 9 }));
    expect(celpip.ok ? "" : inEnglish(celpip.issues)[0]?.message).toContain("Enter M as 0");
  });

  it("accepts every score at the ends of each scale", () => {
    for (const { test, version } of VERSIONS) {
      for (const ability of LANGUAGE_ABILITIES) {
        const scale = version.value.scale[ability];
        for (const score of [scale.min, scale.max]) {
          expect(
            toClb(withOne(test, version.from, version.value, ability, score)).ok,
            `${test} ${ability} ${score}`,
          ).toBe(true);
        }
      }
    }
  });
});

describe("toClb: which chart applies on the test date", () => {
  it("accepts PTE Core from 2024-01-30, not on 2024-01-29", () => {
    const before = toClb(make("pte-core", "2024-01-29", 70), { path: "languageTests[0]" });
    expect(issueCodes(before)).toEqual(["languageTests[0].testedOn:not_accepted_on_date"]);
    expect(before.ok ? "" : inEnglish(before.issues)[0]?.message).toContain("2024-01-30");
    const on = toClb(make("pte-core", "2024-01-30", 70));
    expect(levels(on)).toEqual({ reading: 8, writing: 7, listening: 7, speaking: 7 });
    expect(on.ok && on.source.effective).toBe("2024-01-30");
  });

  it("reads TEF Canada taken on 2023-12-10 on the 2019 chart and on 2023-12-11 on the new one", () => {
    const scores = { reading: 540, writing: 330, listening: 540, speaking: 556 };
    const old = toClb(make("tef-canada", "2023-12-10", scores));
    const fresh = toClb(make("tef-canada", "2023-12-11", scores));
    expect(levels(old)).toEqual({ reading: 9, writing: 4, listening: 9, speaking: 9 });
    expect(levels(fresh)).toEqual({ reading: 9, writing: 5, listening: 9, speaking: 10 });
    expect(old.ok && old.source.section).toMatch(/October 1, 2019 and December 10, 2023/);
    expect(fresh.ok && fresh.source.section).toMatch(/after December 10, 2023/);
  });

  it("reads TEF Canada taken before 2019-10-01 on the old scale", () => {
    // Old scale: reading 263 is NCLC 10, writing and speaking 263 are NCLC 5 (226–270), listening 7 (249–279).
    expect(levels(toClb(make("tef-canada", "2019-09-30", 263)))).toEqual({
      reading: 10,
      writing: 5,
      listening: 7,
      speaking: 5,
    });
    expect(levels(toClb(make("tef-canada", "2019-10-01", 263)))).toEqual({
      reading: 0,
      writing: 0,
      listening: 0,
      speaking: 0,
    });
  });

  it("gives no chart before the first version of each test, never the nearest one", () => {
    const firsts: readonly [LanguageTestKind, string][] = [
      ["celpip-general", "2014-03-31"],
      ["ielts-general", "2014-12-31"],
      ["pte-core", "2024-01-29"],
      ["tef-canada", "2014-12-31"],
      ["tcf-canada", "2018-11-09"],
    ];
    for (const [test, day] of firsts) {
      const chart = languageEquivalencyCharts(test)[0]?.value;
      if (chart === undefined) throw new Error(test);
      const score = chart.scale.reading.min;
      const result = toClb(
        make(test, day, {
          reading: score,
          writing: chart.scale.writing.min,
          listening: score,
          speaking: chart.scale.speaking.min,
        }),
      );
      // IRCC refused PTE Core before its first chart; for the others only the chart is unknown here.
      expect(issueCodes(result), test).toEqual([
        test === "pte-core" ? "testedOn:not_accepted_on_date" : "testedOn:no_chart_on_date",
      ]);
      expect(
        toClb(
          make(test, addDays(isoDate(day), 1), {
            reading: score,
            writing: chart.scale.writing.min,
            listening: score,
            speaking: chart.scale.speaking.min,
          }),
        ).ok,
      ).toBe(true);
    }
  });

  it("reports a test taken after asOf", () => {
    const result = toClb(make("ielts-general", "2026-02-01", 7), { asOf: isoDate("2026-01-31") });
    expect(issueCodes(result)).toEqual(["testedOn:tested_after_as_of"]);
    expect(toClb(make("ielts-general", "2026-02-01", 7), { asOf: isoDate("2026-02-01") }).ok).toBe(true);
  });
});

describe("toClb: expiry", () => {
  const test = make("celpip-general", "2024-03-15", 9);

  it("expires on the second anniversary: valid the day before, expired on it and after", () => {
    const dayBefore = toClb(test, { asOf: isoDate("2026-03-14") });
    const onIt = toClb(test, { asOf: isoDate("2026-03-15") });
    const dayAfter = toClb(test, { asOf: isoDate("2026-03-16") });
    expect(dayBefore).toMatchObject({ ok: true, expiresOn: "2026-03-15", expired: false });
    expect(onIt).toMatchObject({ ok: true, expiresOn: "2026-03-15", expired: true });
    expect(dayAfter).toMatchObject({ ok: true, expired: true });
  });

  it("is never expired without asOf (the function does not read the clock)", () => {
    expect(toClb(make("ielts-general", "2015-06-01", 7))).toMatchObject({
      ok: true,
      expired: false,
      expiresOn: "2017-06-01",
    });
  });

  it("takes asOf as a Date too", () => {
    expect(toClb(test, { asOf: new Date(2026, 2, 14) })).toMatchObject({ ok: true, expired: false });
    expect(toClb(test, { asOf: new Date(2026, 2, 15) })).toMatchObject({ ok: true, expired: true });
  });

  it("counts a 29 February test as two years old on 1 March of a common year", () => {
    expect(languageTestExpiresOn(isoDate("2024-02-29"))).toBe("2026-03-01");
    const leap = make("ielts-general", "2024-02-29", 7);
    expect(toClb(leap, { asOf: isoDate("2026-02-28") })).toMatchObject({ expired: false });
    expect(toClb(leap, { asOf: isoDate("2026-03-01") })).toMatchObject({ expired: true });
    expect(languageTestExpiresOn(isoDate("2026-02-28"))).toBe("2028-02-28");
  });

  it("expiresOn is the first day the result is two years old (property)", () => {
    const day = fc
      .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
      .map((d) => isoDate(d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(day, (testedOn) => {
        const expiresOn = languageTestExpiresOn(testedOn);
        expect(ageOn(testedOn, expiresOn)).toBe(2);
        expect(ageOn(testedOn, addDays(expiresOn, -1))).toBe(1);
      }),
    );
  });
});

describe("toClb: input it cannot read", () => {
  it("reports a bad test kind, date and asOf instead of throwing", () => {
    const bad = {
      test: "toefl",
      testedOn: "2025-02-30",
      scores: { reading: 1, writing: 1, listening: 1, speaking: 1 },
    };
    const result = toClb(bad as unknown as LanguageTest, { asOf: "2025-13-01" as IsoDate, path: "languageTests[0]" });
    expect(issueCodes(result)).toEqual([
      "languageTests[0].test:unknown_test",
      "languageTests[0].testedOn:invalid_date",
      "asOf:invalid_date",
    ]);
    expect(issueCodes(toClb(null as unknown as LanguageTest))).toEqual([":invalid_type"]);
    const noScores = { test: "ielts-general", testedOn: "2025-02-01" } as unknown as LanguageTest;
    expect(issueCodes(toClb(noScores))).toEqual(["scores:invalid_type"]);
    const textScore = make("ielts-general", "2025-02-01", 7);
    expect(
      issueCodes(toClb({ ...textScore, scores: { ...textScore.scores, writing: "7" as unknown as number } })),
    ).toEqual(["scores.writing:invalid_type"]);
    expect(issueCodes(toClb(textScore, { asOf: new Date(Number.NaN) }))).toEqual(["asOf:invalid_date"]);
    // Options given as null read as left out.
    expect(toClb(textScore, null as unknown as undefined)).toEqual(toClb(textScore));
  });

  it("does not change its input", () => {
    const test = deepFreeze(make("tef-canada", "2024-05-01", 500));
    expect(toClb(test, { asOf: isoDate("2025-01-01") }).ok).toBe(true);
  });
});

describe("toClb: properties", () => {
  it("a higher score on any ability never gives a lower level, on every chart", () => {
    for (const { test, version } of VERSIONS) {
      for (const ability of LANGUAGE_ABILITIES) {
        const scale = version.value.scale[ability];
        const steps = Math.round((scale.max - scale.min) / scale.step);
        const onScale = fc.integer({ min: 0, max: steps }).map((i) => scale.min + i * scale.step);
        fc.assert(
          fc.property(onScale, onScale, (a, b) => {
            const [low, high] = a <= b ? [a, b] : [b, a];
            const lowLevel = levels(toClb(withOne(test, version.from, version.value, ability, low)))[ability];
            const highLevel = levels(toClb(withOne(test, version.from, version.value, ability, high)))[ability];
            expect(highLevel).toBeGreaterThanOrEqual(lowLevel);
            expect(clbOnChart(version.value, ability, high)).toBe(highLevel);
          }),
          { numRuns: 200 },
        );
      }
    }
  });

  it("never throws on arbitrary numbers and dates, and either converts or explains", () => {
    const score = fc.oneof(fc.double(), fc.integer({ min: -10, max: 800 }), fc.constantFrom(0.5, 6.25, 9.5, 699, 700));
    const day = fc
      .date({ min: new Date(Date.UTC(2010, 0, 1)), max: new Date(Date.UTC(2030, 11, 31)), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const codes = new Set([
      "off_scale",
      "not_accepted_on_date",
      "no_chart_on_date",
      "tested_after_as_of",
      "invalid_date",
    ]);
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        day,
        fc.option(day, { nil: undefined }),
        score,
        score,
        score,
        score,
        (test, testedOn, asOf, reading, writing, listening, speaking) => {
          const input = { test, testedOn: testedOn as IsoDate, scores: { reading, writing, listening, speaking } };
          const result = toClb(input, { asOf: asOf as IsoDate | undefined });
          if (result.ok) {
            for (const ability of LANGUAGE_ABILITIES) {
              expect(result.levels[ability]).toBeGreaterThanOrEqual(0);
              expect(result.levels[ability]).toBeLessThanOrEqual(10);
            }
            expect(result.language).toBe(languageOf(test));
          } else {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.issues) {
              expect(codes.has(issue.code)).toBe(true);
              expect(reasonOf(issue).length).toBeGreaterThan(10);
            }
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("an off-scale double is always an issue; a score on the scale never is", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...VERSIONS),
        fc.constantFrom(...LANGUAGE_ABILITIES),
        fc.double(),
        ({ test, version }, ability, score) => {
          const scale = version.value.scale[ability];
          const onScale =
            Number.isFinite(score) &&
            score >= scale.min &&
            score <= scale.max &&
            Number.isInteger((score - scale.min) / scale.step);
          const result = toClb(withOne(test, version.from, version.value, ability, score));
          expect(result.ok).toBe(onScale);
          if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual(["off_scale"]);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe("languageOf", () => {
  it("maps English and French tests", () => {
    expect(KINDS.map((kind) => languageOf(kind))).toEqual(["english", "english", "english", "french", "french"]);
    expect(languageOf(make("tcf-canada", "2025-01-01", 500))).toBe("french");
  });
});

describe("minimumClb and meetsClb", () => {
  const levelsMixed: ClbLevels = { reading: 6, writing: 4, listening: 5, speaking: 5 };

  it("minimumClb is the lowest ability", () => {
    expect(minimumClb(levelsMixed)).toBe(4);
    expect(minimumClb({ reading: 9, writing: 7, listening: 10, speaking: 8 })).toBe(7);
  });

  it("meetsClb compares every ability with one level or a level per ability", () => {
    expect(meetsClb(levelsMixed, 4)).toBe(true);
    expect(meetsClb(levelsMixed, 5)).toBe(false);
    // Federal Skilled Trades: speaking and listening 5, reading and writing 4 (reference §3.4).
    expect(meetsClb(levelsMixed, { reading: 4, writing: 4, listening: 5, speaking: 5 })).toBe(true);
    expect(meetsClb(levelsMixed, { reading: 4, writing: 5, listening: 5, speaking: 5 })).toBe(false);
  });

  it("meetsClb(levels, n) is minimumClb(levels) >= n (property)", () => {
    const level = fc.integer({ min: 0, max: 10 });
    fc.assert(
      fc.property(fc.record({ reading: level, writing: level, listening: level, speaking: level }), level, (l, n) => {
        expect(meetsClb(l, n)).toBe(minimumClb(l) >= n);
      }),
    );
  });
});

// ---------------------------------------------------------------------------------------------

describe("officialLanguageLevels", () => {
  const asOf = isoDate("2026-01-15");
  const celpip = make("celpip-general", "2025-03-01", { reading: 9, writing: 8, listening: 10, speaking: 9 }); // 9/8/10/9
  const tef = make("tef-canada", "2025-04-01", { reading: 450, writing: 450, listening: 450, speaking: 460 }); // 7/7/7/7
  const tefHigh = make("tef-canada", "2025-04-01", 600); // NCLC 10 x4
  const ieltsLow = make("ielts-general", "2025-06-01", 6); // 7/7/7/7

  it("undefined is not answered; [] and null are answered with no tests", () => {
    expect(officialLanguageLevels(undefined, { asOf })).toEqual({
      expired: [],
      issues: [],
      missing: ["languageTests"],
    });
    expect(officialLanguageLevels(undefined, { asOf, path: "spouse.languageTests" }).missing).toEqual([
      "spouse.languageTests",
    ]);
    expect(officialLanguageLevels([], { asOf })).toEqual({ expired: [], issues: [], missing: [] });
    expect(officialLanguageLevels(null, { asOf })).toEqual({ expired: [], issues: [], missing: [] });
  });

  it("without a declaration, the language that ranks higher is first", () => {
    const r = officialLanguageLevels([tef, celpip], { asOf });
    expect(r.firstChosenBy).toBe("rank");
    expect(r.first).toMatchObject({ language: "english", testIndex: 1, test: "celpip-general" });
    expect(r.second).toMatchObject({
      language: "french",
      testIndex: 0,
      levels: { reading: 7, writing: 7, listening: 7, speaking: 7 },
    });
    expect(r.english).toEqual({ reading: 9, writing: 8, listening: 10, speaking: 9 });
    expect(r.french).toEqual({ reading: 7, writing: 7, listening: 7, speaking: 7 });

    const frenchFirst = officialLanguageLevels([celpip, tefHigh], { asOf });
    expect(frenchFirst.first?.language).toBe("french");
    expect(frenchFirst.second?.language).toBe("english");
  });

  it("a tie between languages goes to English", () => {
    const tie = officialLanguageLevels([tef, ieltsLow], { asOf });
    expect(tie.first?.language).toBe("english");
  });

  it("the candidate's declaration decides first, even when the other language ranks higher", () => {
    const r = officialLanguageLevels([celpip, tef], { asOf, firstOfficialLanguage: "french" });
    expect(r.firstChosenBy).toBe("candidate");
    expect(r.first?.language).toBe("french");
    expect(r.second?.language).toBe("english");
  });

  it("a declared first language without a valid result leaves first (and second) empty", () => {
    const r = officialLanguageLevels([celpip], { asOf, firstOfficialLanguage: "french" });
    expect(r.first).toBeUndefined();
    expect(r.second).toBeUndefined();
    expect(r.firstChosenBy).toBeUndefined();
    expect(r.english).toEqual({ reading: 9, writing: 8, listening: 10, speaking: 9 });
  });

  it("uses each language's best valid result and lists expired ones", () => {
    const old = make("ielts-general", "2023-06-01", 9); // CLB 10 x4, expired 2025-06-01
    const r = officialLanguageLevels([old, ieltsLow, celpip], { asOf });
    expect(r.first).toMatchObject({ language: "english", testIndex: 2 });
    expect(r.expired).toEqual([
      {
        testIndex: 0,
        path: "languageTests[0]",
        language: "english",
        test: "ielts-general",
        testedOn: "2023-06-01",
        expiresOn: "2025-06-01",
      },
    ]);
    // The same old test counts on a day it was still valid.
    expect(officialLanguageLevels([old, ieltsLow, celpip], { asOf: isoDate("2025-05-31") }).first?.testIndex).toBe(0);
  });

  it("breaks ties by the higher minimum, then the later test, then list order", () => {
    const even = make("celpip-general", "2025-01-01", { reading: 8, writing: 8, listening: 8, speaking: 8 }); // sum 32, min 8
    const uneven = make("celpip-general", "2025-02-01", { reading: 10, writing: 6, listening: 8, speaking: 8 }); // sum 32, min 6
    expect(officialLanguageLevels([uneven, even], { asOf }).first?.testIndex).toBe(1);
    const evenLater = make("celpip-general", "2025-05-01", 8);
    expect(officialLanguageLevels([even, evenLater], { asOf }).first?.testIndex).toBe(1);
    expect(officialLanguageLevels([even, even], { asOf }).first?.testIndex).toBe(0);
  });

  it("accepts a ranking from the caller", () => {
    const byListening = (l: ClbLevels): number => l.listening;
    const french = make("tcf-canada", "2025-04-01", { reading: 400, writing: 4, listening: 549, speaking: 4 }); // listening NCLC 10
    expect(officialLanguageLevels([celpip, french], { asOf }).first?.language).toBe("english");
    const sameListening = officialLanguageLevels([celpip, french], { asOf, rank: byListening });
    // Both have listening 10; tie on rank, then the higher minimum (English 8 > French 4).
    expect(sameListening.first?.language).toBe("english");
    // By default NCLC 10 x4 outranks CLB 7 x4; a ranking that prefers lower levels turns it round.
    expect(officialLanguageLevels([ieltsLow, tefHigh], { asOf }).first?.language).toBe("french");
    const reversed = officialLanguageLevels([ieltsLow, tefHigh], { asOf, rank: (l) => -rankByClbSum(l) });
    expect(reversed.first?.language).toBe("english");
    expect(rankByClbSum({ reading: 9, writing: 7, listening: 10, speaking: 8 })).toBe(34);
  });

  it("reports bad tests with full paths and leaves them out", () => {
    const bad = make("ielts-general", "2025-06-01", { reading: 9.5, writing: 7, listening: 7, speaking: 7 });
    const early = make("pte-core", "2024-01-29", 70);
    const r = officialLanguageLevels([celpip, bad, early], { asOf, path: "spouse.languageTests" });
    expect(r.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      "spouse.languageTests[1].scores.reading:off_scale",
      "spouse.languageTests[2].testedOn:not_accepted_on_date",
    ]);
    expect(r.first?.testIndex).toBe(0);
    expect(r.missing).toEqual([]);
  });

  it("leaves out a test taken after asOf", () => {
    const future = make("ielts-general", "2026-06-01", 9);
    const r = officialLanguageLevels([future], { asOf });
    expect(r.first).toBeUndefined();
    expect(r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(["languageTests[0].testedOn:tested_after_as_of"]);
  });

  it("does not change its input", () => {
    const tests = deepFreeze([celpip, tef].map((t) => structuredClone(t)));
    expect(officialLanguageLevels(tests, { asOf, firstOfficialLanguage: "english" }).first?.language).toBe("english");
  });
});

// Tests that pin behaviour of src/language which the mutation run (`npm run mutate`) showed no
// other test to observe: exact messages and paths of issues, the tie-breaks between results, the
// shape of citations and results (no `key: undefined`), and input that is not what the types say.

function issuesOf(result: ReturnType<typeof toClb>) {
  return result.ok ? [] : inEnglish(result.issues);
}

const asOf = isoDate("2026-01-15");

describe("citations of the equivalency charts", () => {
  it("carry only the keys their source gives (no section or secondary when the JSON has none)", () => {
    expect(LANGUAGE_EQUIVALENCY_SOURCE).toStrictEqual({
      title: equivalencyJson.source.title,
      url: equivalencyJson.source.url,
      retrieved: equivalencyJson.source.retrieved,
    });
    expect(LANGUAGE_TEST_VALIDITY_SOURCE).toStrictEqual({
      title: equivalencyJson.validity.source.title,
      url: equivalencyJson.validity.source.url,
      retrieved: equivalencyJson.validity.source.retrieved,
    });
    const ielts = languageEquivalencyCharts("ielts-general")[0];
    expect(ielts?.source).toStrictEqual({
      title: "Find your language level based on your test results",
      url: equivalencyJson.source.url,
      retrieved: "2025-12-07",
      section: "IELTS (General Training) tab",
    });
    const pte = languageEquivalencyCharts("pte-core")[0];
    expect(pte?.source).toStrictEqual({
      title: "Find your language level based on your test results",
      url: equivalencyJson.source.url,
      retrieved: "2025-12-07",
      section: "PTE Core tab",
      effective: "2024-01-30",
    });
  });

  it("marks the old TEF Canada scale, read from a secondary copy, as secondary", () => {
    const [old, middle, current] = languageEquivalencyCharts("tef-canada");
    expect(old?.source.secondary).toBe(true);
    expect(old?.source.section).toBe("TEF Canada tab (equivalent old score)");
    expect(middle?.source).not.toHaveProperty("secondary");
    expect(current?.source).not.toHaveProperty("secondary");
  });

  it("keeps each version's notes", () => {
    for (const [kind, raw] of Object.entries(equivalencyJson.series)) {
      const versions = languageEquivalencyCharts(kind as LanguageTestKind);
      expect(versions.map((v) => v.value.notes)).toEqual(raw.versions.map((v) => v.value.notes));
    }
    expect(languageEquivalencyCharts("tef-canada")[0]?.value.notes[0]).toMatch(/^The old TEF scale/);
  });
});

describe("equivalencyChartFor and languageEquivalencyCharts", () => {
  it("gives no versions for a test kind it does not know, and says so without throwing", () => {
    expect(languageEquivalencyCharts("toefl" as LanguageTestKind)).toEqual([]);
    expect(equivalencyChartFor("toefl" as LanguageTestKind, asOf)).toEqual({
      ok: false,
      problem: "empty",
      message: { id: "versioned.empty", params: {} },
      reason: "No version of this rule is known.",
    });
  });

  it("explains a test taken before the first chart with the test's own reason", () => {
    const pte = equivalencyChartFor("pte-core", isoDate("2024-01-29"));
    expect(pte).toEqual({
      ok: false,
      problem: "before-first",
      reason: "PTE Core taken on 2024-01-29: IRCC accepts PTE Core only for tests taken on or after 2024-01-30.",
      message: message("language.chart.before-first", {
        test: "pte-core",
        testedOn: isoDate("2024-01-29"),
        from: isoDate("2024-01-30"),
      }),
    });
    expect(pte.ok ? "" : frenchOf({ message: pte.message })).toBe(
      "PTE Core passé le 2024-01-29 : IRCC n’accepte le PTE Core que pour les tests passés le 2024-01-30 ou après.",
    );
    const tcf = equivalencyChartFor("tcf-canada", isoDate("2018-11-09"));
    expect(tcf.ok ? "" : tcf.reason).toBe(
      `TCF Canada taken on 2018-11-09: ${equivalencyJson.series["tcf-canada"].beforeFirstVersion}`,
    );
  });

  it("words each test's reason in the catalogue as the data file does", () => {
    for (const [kind, raw] of Object.entries(equivalencyJson.series)) {
      const first = languageEquivalencyCharts(kind as LanguageTestKind)[0]?.from ?? "";
      const found = equivalencyChartFor(kind as LanguageTestKind, addDays(isoDate(first), -1));
      expect(found.ok).toBe(false);
      expect(found.ok ? "" : reasonOf({ message: found.message })).toBe(found.ok ? "" : found.reason);
      expect(found.ok ? "" : found.reason).toContain(raw.beforeFirstVersion);
    }
  });

  it("returns a found chart as valueAsOf gives it, without a reason", () => {
    const found = equivalencyChartFor("ielts-general", asOf);
    expect(found.ok).toBe(true);
    expect(Object.keys(found).sort()).toEqual(["ok", "value", "version"]);
  });
});

describe("toClb: messages", () => {
  it("describes an off-scale score with the scale, its steps and the test's note", () => {
    const ielts = toClb(make("ielts-general", "2025-06-01", { reading: 9.5, writing: 7, listening: 7, speaking: 7 }));
    expect(issuesOf(ielts)).toEqual([
      {
        path: "scores.reading",
        code: "off_scale",
        message: `IELTS General Training reading scores run from 0 to 9 in steps of 0.5; 9.5 is not on that scale. ${chartOn("ielts-general", "2025-06-01").scoreNote}`,
      },
    ]);
    const pte = toClb(make("pte-core", "2025-06-01", { reading: 50, writing: 50, listening: 50, speaking: 5 }));
    expect(issuesOf(pte)).toEqual([
      {
        path: "scores.speaking",
        code: "off_scale",
        message: `PTE Core speaking scores run from 10 to 90 in whole numbers; 5 is not on that scale. ${chartOn("pte-core", "2025-06-01").scoreNote}`,
      },
    ]);
    const nan = toClb(
      make("tcf-canada", "2025-06-01", { reading: 400, writing: Number.NaN, listening: 400, speaking: 10 }),
    );
    expect(issuesOf(nan)[0]?.message).toBe(
      `TCF Canada writing scores run from 0 to 20 in whole numbers; NaN (not a number) is not on that scale. ${chartOn("tcf-canada", "2025-06-01").scoreNote}`,
    );
  });

  it("names what it got instead of a number, for every kind of value", () => {
    const cases: readonly [unknown, string][] = [
      ["7", '"7"'],
      [null, "null"],
      [true, "true"],
      [7n, "7"],
      [undefined, "nothing"],
      [{ band: 7 }, "a value of type object"],
      [() => 7, "a value of type function"],
    ];
    for (const [value, described] of cases) {
      const test = make("ielts-general", "2025-06-01", 7);
      const result = toClb({ ...test, scores: { ...test.scores, listening: value as number } });
      expect(issuesOf(result)).toEqual([
        {
          path: "scores.listening",
          code: "invalid_type",
          message: `Expected the IELTS General Training listening score as a number, got ${described}.`,
        },
      ]);
    }
  });

  it("names an unknown test kind in its message", () => {
    const base = make("ielts-general", "2025-06-01", 7);
    const cases: readonly [unknown, string][] = [
      ["toefl", '"toefl"'],
      [5, "5"],
      [undefined, "nothing"],
    ];
    for (const [kind, described] of cases) {
      const result = toClb({ ...base, test: kind as LanguageTestKind });
      expect(issuesOf(result)).toEqual([
        {
          path: "test",
          code: "unknown_test",
          message: `Expected one of the tests IRCC accepts (celpip-general, ielts-general, pte-core, tef-canada, tcf-canada), got ${described}.`,
        },
      ]);
    }
  });

  it("does not take a value that only turns into a test's name (an array, an object with toString) for a test kind", () => {
    const base = make("ielts-general", "2025-06-01", 7);
    for (const kind of [["ielts-general"], { toString: () => "ielts-general" }]) {
      const result = toClb({ ...base, test: kind as unknown as LanguageTestKind });
      expect(issuesOf(result).map((i) => `${i.path}:${i.code}`)).toEqual(["test:unknown_test"]);
    }
  });

  it("says what it expected for a result that is not an object", () => {
    const expected = (got: string) => [
      {
        path: "",
        code: "invalid_type",
        message: `Expected a language test result (test, testedOn, scores), got ${got}.`,
      },
    ];
    expect(issuesOf(toClb(null as unknown as LanguageTest))).toEqual(expected("null"));
    expect(issuesOf(toClb(5 as unknown as LanguageTest))).toEqual(expected("number"));
    expect(issuesOf(toClb("ielts" as unknown as LanguageTest, { path: "languageTests[2]" }))).toEqual([
      { ...expected("string")[0], path: "languageTests[2]" },
    ]);
  });

  it("says what scores it expected, for missing or null scores", () => {
    const message = "Expected the four scores: { reading, writing, listening, speaking }.";
    for (const scores of [undefined, null, 7]) {
      const result = toClb({
        test: "ielts-general",
        testedOn: isoDate("2025-06-01"),
        scores,
      } as unknown as LanguageTest);
      expect(issuesOf(result)).toEqual([{ path: "scores", code: "invalid_type", message }]);
    }
  });

  it("says what asOf it expected for an Invalid Date or a value that is not a date", () => {
    const test = make("ielts-general", "2025-06-01", 7);
    const message = "asOf must be a calendar day written YYYY-MM-DD or a valid Date; got";
    expect(issuesOf(toClb(test, { asOf: new Date(Number.NaN) }))).toEqual([
      { path: "asOf", code: "invalid_date", message: `${message} an Invalid Date.` },
    ]);
    expect(issuesOf(toClb(test, { asOf: 20260115 as unknown as IsoDate }))).toEqual([
      { path: "asOf", code: "invalid_date", message: `${message} the number 20260115.` },
    ]);
  });

  it("writes paths from the test itself when the path given is empty", () => {
    const result = toClb(make("ielts-general", "2025-06-01", { reading: 9.5, writing: 7, listening: 7, speaking: 7 }), {
      path: "",
    });
    expect(issuesOf(result).map((i) => i.path)).toEqual(["scores.reading"]);
  });
});

describe("toClb: which problems it looks for, and when", () => {
  it("with an unknown test kind and a good date, reports only the kind (no chart is looked up)", () => {
    const result = toClb({ ...make("ielts-general", "2025-06-01", 7), test: "toefl" as LanguageTestKind });
    expect(issuesOf(result).map((i) => `${i.path}:${i.code}`)).toEqual(["test:unknown_test"]);
  });

  it("with a date that is not a calendar day, reports only the date, not the scores it cannot judge", () => {
    const result = toClb({
      test: "ielts-general",
      testedOn: "2025-02-30" as IsoDate,
      scores: { reading: 9.5, writing: 7, listening: 7, speaking: 7 },
    });
    expect(issuesOf(result).map((i) => `${i.path}:${i.code}`)).toEqual(["testedOn:invalid_date"]);
  });

  it("reports both a date no chart covers and a test after asOf, on the same path", () => {
    const result = toClb(make("pte-core", "2024-01-29", 70), { asOf: isoDate("2024-01-01"), path: "languageTests[0]" });
    expect(issuesOf(result).map((i) => `${i.path}:${i.code}`)).toEqual([
      "languageTests[0].testedOn:not_accepted_on_date",
      "languageTests[0].testedOn:tested_after_as_of",
    ]);
    expect(issuesOf(result)[1]?.message).toBe(
      "The test is dated 2024-01-29, after the assessment date 2024-01-01: on 2024-01-01 there was no result yet.",
    );
  });
});

describe("officialLanguageLevels: what it returns", () => {
  const celpip = make("celpip-general", "2025-03-01", { reading: 9, writing: 8, listening: 10, speaking: 9 });

  it("reports a list that is not a list instead of throwing", () => {
    for (const tests of ["celpip", { 0: celpip }, 5]) {
      expect(officialLanguageLevels(tests as unknown as LanguageTest[], { asOf })).toStrictEqual({
        expired: [],
        issues: [{ path: "languageTests", code: "invalid_type", message: message("input.language.not-a-list", {}) }],
        missing: [],
      });
    }
    expect(
      officialLanguageLevels("x" as unknown as LanguageTest[], { asOf, path: "spouse.languageTests" }).issues[0]?.path,
    ).toBe("spouse.languageTests");
  });

  it("reports a first official language that is neither English nor French, and then puts none first", () => {
    const r = officialLanguageLevels([celpip], {
      asOf,
      firstOfficialLanguage: "klingon" as "english",
    });
    expect(inEnglish(r.issues)).toEqual([
      {
        path: "firstOfficialLanguage",
        code: "invalid_value",
        message: 'Expected "english" or "french", got "klingon".',
      },
    ]);
    expect(r.first).toBeUndefined();
    expect(r.firstChosenBy).toBeUndefined();
    expect(r.english).toEqual({ reading: 9, writing: 8, listening: 10, speaking: 9 });
    const numeric = officialLanguageLevels([celpip], { asOf, firstOfficialLanguage: 1 as unknown as "english" });
    expect(inEnglish(numeric.issues)[0]?.message).toBe('Expected "english" or "french", got a value of type number.');
  });

  it("has no first, second or firstChosenBy keys at all when there is nothing to put in them", () => {
    const r = officialLanguageLevels([], { asOf });
    expect(r).toStrictEqual({ expired: [], issues: [], missing: [] });
    expect(Object.keys(officialLanguageLevels([celpip], { asOf, firstOfficialLanguage: "french" })).sort()).toEqual([
      "english",
      "expired",
      "issues",
      "missing",
    ]);
    const englishOnly = officialLanguageLevels([celpip], { asOf });
    expect(Object.keys(englishOnly).sort()).toEqual([
      "english",
      "expired",
      "first",
      "firstChosenBy",
      "issues",
      "missing",
    ]);
  });

  it("reports an issue shared by every test (a bad asOf) once, and issues of different tests each", () => {
    const tef = make("tef-canada", "2025-04-01", 450);
    expect(() => officialLanguageLevels([celpip, tef], { asOf: "2026-13-01" as IsoDate })).toThrow(/^asOf must be/);
    const bad = make("ielts-general", "2025-06-01", { reading: 9.5, writing: 7, listening: 7, speaking: 7 });
    const twoBad = officialLanguageLevels([bad, bad], { asOf });
    expect(twoBad.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      "languageTests[0].scores.reading:off_scale",
      "languageTests[1].scores.reading:off_scale",
    ]);
    const early = officialLanguageLevels([make("pte-core", "2024-01-29", 70)], { asOf: isoDate("2024-01-01") });
    expect(early.issues.map((i) => `${i.path}:${i.code}`)).toEqual([
      "languageTests[0].testedOn:not_accepted_on_date",
      "languageTests[0].testedOn:tested_after_as_of",
    ]);
  });
});

describe("officialLanguageLevels: which result counts", () => {
  const uneven = make("celpip-general", "2025-02-01", { reading: 10, writing: 10, listening: 10, speaking: 5 }); // sum 35, min 5
  const even = make("celpip-general", "2025-01-01", 7); // sum 28, min 7

  it("ranks first, before the minimum: a higher sum beats a higher minimum", () => {
    expect(officialLanguageLevels([even, uneven], { asOf }).first?.testIndex).toBe(1);
    expect(officialLanguageLevels([uneven, even], { asOf }).first?.testIndex).toBe(0);
  });

  it("falls back to the minimum when the ranking gives NaN", () => {
    const nan = (_: ClbLevels) => Number.NaN;
    expect(officialLanguageLevels([uneven, even], { asOf, rank: nan }).first?.testIndex).toBe(1);
    expect(officialLanguageLevels([even, uneven], { asOf, rank: nan }).first?.testIndex).toBe(0);
  });

  it("on equal rank and minimum, takes the later test whatever its place in the list", () => {
    const earlier = make("celpip-general", "2025-01-01", 8);
    const later = make("celpip-general", "2025-05-01", 8);
    expect(officialLanguageLevels([later, earlier], { asOf }).first?.testIndex).toBe(0);
    expect(officialLanguageLevels([earlier, later], { asOf }).first?.testIndex).toBe(1);
    expect(officialLanguageLevels([earlier, later, earlier], { asOf }).first?.testIndex).toBe(1);
  });

  it("between languages of equal rank, puts the one with the higher minimum first, French included", () => {
    const english = make("celpip-general", "2025-03-01", { reading: 10, writing: 10, listening: 10, speaking: 6 }); // 36, min 6
    const french = make("tef-canada", "2025-04-01", { reading: 503, writing: 512, listening: 503, speaking: 518 }); // NCLC 9 x4 (§2.4a)
    const r = officialLanguageLevels([english, french], { asOf });
    expect(r.french).toEqual({ reading: 9, writing: 9, listening: 9, speaking: 9 });
    expect(r.first?.language).toBe("french");
    expect(r.second?.language).toBe("english");
    expect(r.firstChosenBy).toBe("rank");
  });
});
