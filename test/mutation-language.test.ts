// Tests that pin behaviour of src/language which the mutation run (`npm run mutate`) showed no
// other test to observe: exact messages and paths of issues, the tie-breaks between results, the
// shape of citations and results (no `key: undefined`), and input that is not what the types say.
import { describe, expect, it } from "vitest";
import equivalencyJson from "../data/ircc/language-equivalency.json" with { type: "json" };
import { type IsoDate, isoDate } from "../src/core/iso-date.js";
import {
  type ClbLevels,
  type EquivalencyChart,
  equivalencyChartFor,
  LANGUAGE_EQUIVALENCY_SOURCE,
  LANGUAGE_TEST_VALIDITY_SOURCE,
  languageEquivalencyCharts,
  officialLanguageLevels,
  toClb,
} from "../src/language/index.js";
import type { LanguageTest, LanguageTestKind } from "../src/models/language-test.js";

type Scores = LanguageTest["scores"];

function make(test: LanguageTestKind, testedOn: string, scores: Scores | number): LanguageTest {
  const all =
    typeof scores === "number" ? { reading: scores, writing: scores, listening: scores, speaking: scores } : scores;
  return { test, testedOn: isoDate(testedOn), scores: all };
}

function chartOn(test: LanguageTestKind, testedOn: string): EquivalencyChart {
  const found = equivalencyChartFor(test, isoDate(testedOn));
  if (!found.ok) throw new Error(found.reason);
  return found.value;
}

function issuesOf(result: ReturnType<typeof toClb>) {
  return result.ok ? [] : result.issues;
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
    for (const [kind, raw] of Object.entries(equivalencyJson.tests)) {
      const versions = languageEquivalencyCharts(kind as LanguageTestKind);
      expect(versions.map((v) => v.value.notes)).toEqual(raw.versions.map((v) => v.notes));
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
      reason: "No version of this rule is known.",
    });
  });

  it("explains a test taken before the first chart with the test's own reason", () => {
    expect(equivalencyChartFor("pte-core", isoDate("2024-01-29"))).toEqual({
      ok: false,
      problem: "before-first",
      reason: "PTE Core taken on 2024-01-29: IRCC accepts PTE Core only for tests taken on or after 2024-01-30.",
    });
    const tcf = equivalencyChartFor("tcf-canada", isoDate("2018-11-09"));
    expect(tcf.ok ? "" : tcf.reason).toBe(
      `TCF Canada taken on 2018-11-09: ${equivalencyJson.tests["tcf-canada"].beforeFirstVersion}`,
    );
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
        issues: [{ path: "languageTests", code: "invalid_type", message: "Expected a list of language test results." }],
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
    expect(r.issues).toEqual([
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
    expect(numeric.issues[0]?.message).toBe('Expected "english" or "french", got a value of type number.');
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
