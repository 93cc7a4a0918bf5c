// IRCC's language test equivalency charts, read from data/ircc/language-equivalency.json.
// Nothing runs at import time beyond the source citation: the charts are built on first use.

import equivalencyJson from "../../data/ircc/language-equivalency.json" with { type: "json" };
import { argumentError, objectArgument } from "../core/argument.js";
import type { Citation } from "../core/citation.js";
import { citationFromJson } from "../core/citation-json.js";
import { datedVersions, verifiedDay } from "../core/dated.js";
import type { IsoDate } from "../core/iso-date.js";
import { type Message, message } from "../core/message.js";
import { type Versioned, type VersionLookup, valueAsOf } from "../core/versioned.js";
import type { LanguageTestKind } from "../models/language-test.js";
import type { LanguageAbility } from "./clb.js";
import type { OfficialLanguage } from "./official-language.js";

/**
 * One row of an equivalency chart for one ability: scores from `min` to `max` (both included) are
 * level `clb` (a CLB level for English tests, an NCLC level for French ones).
 *
 * @example
 * ```ts
 * const ieltsListeningClb9: ClbBand = { clb: 9, min: 8, max: 8 };
 * ```
 */
export interface ClbBand {
  readonly clb: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The scores a test can report for one ability: from `min` to `max` in steps of `step`
 * (IELTS: 0 to 9 by 0.5; PTE Core: 10 to 90 by 1).
 *
 * @example
 * ```ts
 * const ielts: ScoreScale = { min: 0, max: 9, step: 0.5 };
 * ```
 */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
  readonly step: number;
}

/**
 * One version of one test's chart: its score scale and its bands per ability, highest level
 * first. A score below the last band is level 0 (below the chart).
 *
 * @example
 * ```ts
 * const found = languageEquivalencyCharts("pte-core")[0];
 * found?.value.bands.writing[0]; // { clb: 10, min: 90, max: 90 }
 * ```
 */
export interface EquivalencyChart {
  readonly test: LanguageTestKind;
  /** The test's name, as IRCC writes it: `IELTS General Training`. */
  readonly name: string;
  readonly language: OfficialLanguage;
  /** `CLB` for English tests, `NCLC` for French ones. */
  readonly levelName: "CLB" | "NCLC";
  readonly scale: Readonly<Record<LanguageAbility, ScoreScale>>;
  readonly bands: Readonly<Record<LanguageAbility, readonly ClbBand[]>>;
  /** How the test reports scores and how to enter them (CELPIP's `M` is entered as 0). */
  readonly scoreNote: string;
  /** What is known and unsure about this version. */
  readonly notes: readonly string[];
}

interface RawValue {
  readonly notes: readonly string[];
  readonly scale: Readonly<Record<LanguageAbility, ScoreScale>>;
  readonly bands: Readonly<Record<LanguageAbility, readonly ClbBand[]>>;
}

/** One test's chart, a dated table under `series` (its versions read by the one loader). */
interface RawTest {
  readonly name: string;
  readonly language: OfficialLanguage;
  readonly levelName: "CLB" | "NCLC";
  readonly scoreNote: string;
  readonly beforeFirstVersion: string;
  /** IRCC did not accept a result taken before the first version (otherwise only its chart is not known). */
  readonly notAcceptedBeforeFirstVersion?: boolean;
}

// JSON is typed loosely by TypeScript; test/data/data-shape.test.ts checks the file's shape and
// test/language/language.test.ts every row of it.
const data = equivalencyJson as unknown as { readonly series: Readonly<Record<LanguageTestKind, RawTest>> };

// Read in a function without arguments: a call whose argument reads a property (`json.source`)
// would stay in every bundle, and with it the whole JSON file.
function equivalencySource(): Citation {
  return citationFromJson(equivalencyJson.source);
}

/**
 * Where the equivalency charts come from: IRCC's page "Find your language level based on your
 * test results" (the CELPIP, IELTS, PTE Core, TEF Canada and TCF Canada tabs). Each chart version
 * carries its own, more specific citation.
 *
 * @example
 * ```ts
 * console.log(`${LANGUAGE_EQUIVALENCY_SOURCE.title} <${LANGUAGE_EQUIVALENCY_SOURCE.url}>`);
 * ```
 */
export const LANGUAGE_EQUIVALENCY_SOURCE: Citation = /* @__PURE__ */ equivalencySource();

/**
 * The date the equivalency data was last checked against its source.
 *
 * @example
 * ```ts
 * console.log(`Language charts verified on ${LANGUAGE_EQUIVALENCY_VERIFIED}`);
 * ```
 */
export const LANGUAGE_EQUIVALENCY_VERIFIED: IsoDate = /* @__PURE__ */ verifiedDay(equivalencyJson);

let charts: ReadonlyMap<LanguageTestKind, Versioned<EquivalencyChart>> | undefined;

function freezeBands(
  bands: Readonly<Record<LanguageAbility, readonly ClbBand[]>>,
): Readonly<Record<LanguageAbility, readonly ClbBand[]>> {
  const freezeList = (list: readonly ClbBand[]): readonly ClbBand[] =>
    Object.freeze(list.map((band) => Object.freeze({ clb: band.clb, min: band.min, max: band.max })));
  return Object.freeze({
    reading: freezeList(bands.reading),
    writing: freezeList(bands.writing),
    listening: freezeList(bands.listening),
    speaking: freezeList(bands.speaking),
  });
}

function buildCharts(): ReadonlyMap<LanguageTestKind, Versioned<EquivalencyChart>> {
  const built = new Map<LanguageTestKind, Versioned<EquivalencyChart>>();
  for (const [kind, test] of Object.entries(data.series) as [LanguageTestKind, RawTest][]) {
    const versions = datedVersions(test, (value): EquivalencyChart => {
      const raw = value as RawValue;
      return Object.freeze({
        test: kind,
        name: test.name,
        language: test.language,
        levelName: test.levelName,
        scale: Object.freeze({ ...raw.scale }),
        bands: freezeBands(raw.bands),
        scoreNote: test.scoreNote,
        notes: Object.freeze([...raw.notes]),
      });
    });
    built.set(kind, versions);
  }
  return built;
}

/**
 * Every known version of a test's equivalency chart, oldest first, each in force for tests taken
 * from `from` (included) to `to` (excluded). TEF Canada has three (the old per-skill scale, the
 * 2019–2023 0–699 chart, and the chart for tests taken after 2023-12-10); the others have one.
 *
 * @example
 * ```ts
 * languageEquivalencyCharts("tef-canada").map((v) => v.from); // ["2015-01-01", "2019-10-01", "2023-12-11"]
 * ```
 */
export function languageEquivalencyCharts(test: LanguageTestKind): Versioned<EquivalencyChart> {
  charts ??= buildCharts();
  return charts.get(test) ?? [];
}

/**
 * The chart that applies to a test taken on `testedOn`, or why none does. A test taken before the
 * first known chart (PTE Core before 2024-01-30) gets no chart, never the nearest one.
 *
 * @example
 * ```ts
 * const found = equivalencyChartFor("pte-core", isoDate("2024-01-29"));
 * found.ok; // false: PTE Core is accepted for tests taken on or after 2024-01-30
 * ```
 */
export function equivalencyChartFor(test: LanguageTestKind, testedOn: IsoDate): ChartLookup {
  const charts = languageEquivalencyCharts(test);
  const found = valueAsOf(charts, testedOn);
  if (found.ok || found.problem !== "before-first") return found;
  const raw = data.series[test];
  const first = charts[0]?.from ?? testedOn;
  const explained: Message = message("language.chart.before-first", { test, testedOn, from: first });
  return {
    ok: false,
    problem: found.problem,
    message: explained,
    reason: `${raw.name} taken on ${testedOn}: ${raw.beforeFirstVersion}`,
  };
}

/**
 * What {@link equivalencyChartFor} found: the chart in force, or why there is none, as a message
 * (`language.chart.before-first` for a test taken before its first known chart).
 *
 * @example
 * ```ts
 * const found: ChartLookup = equivalencyChartFor("pte-core", isoDate("2024-01-29"));
 * if (!found.ok) renderMessage(found.message, fr);
 * ```
 */
export type ChartLookup = VersionLookup<EquivalencyChart>;

/**
 * The level a score gives on one ability of a chart: the level of the highest band whose minimum
 * the score reaches, or 0 below the lowest band. It does not check that the score is on the
 * test's scale; {@link toClb} does.
 *
 * @example
 * ```ts
 * const chart = languageEquivalencyCharts("ielts-general")[0]!.value;
 * clbOnChart(chart, "listening", 8); // 9
 * clbOnChart(chart, "listening", 4); // 0: below CLB 4
 * ```
 */
export function clbOnChart(chart: EquivalencyChart, ability: LanguageAbility, score: number): number {
  objectArgument(chart, "chart", "an equivalency chart");
  objectArgument(chart.bands, "chart.bands", "the chart's bands by ability");
  if (typeof score !== "number" || Number.isNaN(score)) throw argumentError("score", "a number", score);
  const bands = (chart.bands as Partial<EquivalencyChart["bands"]>)[ability];
  if (!Array.isArray(bands)) {
    throw argumentError("ability", "reading, writing, listening or speaking", ability);
  }
  for (const band of bands) {
    if (score >= band.min) return band.clb;
  }
  return 0;
}

/**
 * Whether IRCC did not accept a result of this test taken before its first chart (PTE Core before
 * 2024-01-30): a known fact that the result does not count. For the other tests a date before
 * their first chart means only that the chart is not known. Internal.
 */
export function notAcceptedBeforeFirstChart(test: LanguageTestKind): boolean {
  return data.series[test].notAcceptedBeforeFirstVersion === true;
}
