import { asMessage } from "../core/as-message.js";
import { bandOf } from "../core/bands.js";
import type { Citation } from "../core/citation.js";
import { freshnessCaveat } from "../core/freshness.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Message } from "../core/message.js";
import type { Mutable } from "../core/mutable.js";
import { type ClbLevels, minimumClb } from "../language/clb.js";
import { resolveAsOf } from "./as-of.js";
import { assembleBreakdown, type CrsBreakdown } from "./breakdown.js";
import type { EducationLevel } from "./education-level.js";
import { assertValidFactors, type CrsFactors } from "./factors.js";
import { upperFactorSets } from "./maximum-reachable.js";
import {
  type ScoringBand,
  type ScoringPairBand,
  type ScoringTables,
  scoringTablesAsOf,
  scoringTablesVerified,
} from "./scoring-tables.js";
import { crsUncertainties } from "./tables/uncertainties.js";

/**
 * Options of the CRS functions: the day to score on. It is required because the tables change
 * with the date and the library never reads the clock (the CLI passes today).
 *
 * @example
 * ```ts
 * const options: CrsOptions = { asOf: isoDate("2026-01-15") };
 * ```
 */
export interface CrsOptions {
  /** The day to score on: an {@link IsoDate}, or a `Date` read as its local calendar day. */
  readonly asOf: IsoDate | Date;
}

/** The row of a banded table that covers `value`. Internal. */
export function bandFor<R extends ScoringBand>(rows: readonly R[], value: number): R {
  const row = bandOf(rows, value);
  // The tests check that every table's bands cover 0 to infinity without gaps.
  if (row === undefined) throw new Error(`crs-points.json: no band covers ${value}.`);
  return row;
}

// The banded tables scoreCrs reads, indexed by whole value once per day's tables: a score then reads
// an array slot where it would search rows (of five shapes, which makes V8's property loads slow).
const BANDED = [
  "age",
  "firstLanguage",
  "secondLanguage",
  "canadianWork",
  "spouseFirstLanguage",
  "spouseCanadianWork",
  "transferabilityForeignWorkLanguage",
  "transferabilityForeignWorkCanadianWork",
] as const;
type BandIndex = { readonly [K in (typeof BANDED)[number]]: readonly (ScoringBand | undefined)[] };
const bandIndexes = new WeakMap<ScoringTables, BandIndex>();

/** The row bandOf finds for each whole value from 0 to the table's highest bound (at least 16). */
function indexBands(rows: readonly ScoringBand[]): (ScoringBand | undefined)[] {
  let top = 16;
  for (const r of rows) top = Math.max(top, r.min, r.max ?? 0);
  const index: (ScoringBand | undefined)[] = [];
  for (let value = 0; value <= top; value++) index.push(bandOf(rows, value));
  return index;
}

function bandIndexOf(t: ScoringTables): BandIndex {
  let index = bandIndexes.get(t);
  if (index === undefined) {
    const built: Record<string, readonly (ScoringBand | undefined)[]> = {};
    for (const name of BANDED) built[name] = indexBands(t[name].value.rows);
    index = built as BandIndex;
    bandIndexes.set(t, index);
  }
  return index;
}

/** bandFor through an index: the same row (other values, and gaps, go to bandFor). */
function band<R extends ScoringBand>(
  index: readonly (ScoringBand | undefined)[],
  rows: readonly R[],
  value: number,
): R {
  return (index[value] as R | undefined) ?? bandFor(rows, value);
}

// The tables are deep-frozen, and Array.prototype.find / includes take a slow path on frozen arrays
// in Node 20's V8: the rows are searched with plain loops.

/** The row for a level of education. */
function rowFor<R extends { readonly level: EducationLevel }>(rows: readonly R[], level: unknown): R | undefined {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as R;
    if (r.level === level) return r;
  }
  return undefined;
}

/** The row of a skill-transferability table whose levels include `level`. */
function tierFor<R extends { readonly levels: readonly EducationLevel[] }>(
  rows: readonly R[],
  level: unknown,
): R | undefined {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as R;
    for (let j = 0; j < r.levels.length; j++) if (r.levels[j] === level) return r;
  }
  return undefined;
}

function perAbility(levels: ClbLevels | undefined, points: (clb: number) => number): number {
  if (levels === undefined) return 0;
  // The four abilities, in this order, without a callback per ability.
  return points(levels.reading) + points(levels.writing) + points(levels.listening) + points(levels.speaking);
}

/** The points of four language levels in a core table's column, without a callback per ability. */
function languagePoints(
  index: readonly (ScoringBand | undefined)[],
  rows: readonly ScoringPairBand[],
  levels: ClbLevels | undefined,
  col: "single" | "withSpouse",
): number {
  if (levels === undefined) return 0;
  return (
    band(index, rows, levels.reading)[col] +
    band(index, rows, levels.writing)[col] +
    band(index, rows, levels.listening)[col] +
    band(index, rows, levels.speaking)[col]
  );
}

function allAtLeast(levels: ClbLevels | undefined, clb: number): boolean {
  return levels !== undefined && minimumClb(levels) >= clb;
}

function citationKey(c: Citation): string {
  return `${c.title}\u0000${c.url}\u0000${c.effective ?? ""}`;
}

/** The sources of the tables in force, one per document and effective date, without sections. */
function sourcesOf(tables: ScoringTables): Citation[] {
  // scoringTablesAsOf gives the same tables for the same day: compute their sources once.
  let sources = sourcesCache.get(tables);
  if (sources === undefined) {
    sources = collectSources(tables);
    sourcesCache.set(tables, sources);
  }
  return sources.slice();
}

const sourcesCache = new WeakMap<ScoringTables, readonly Citation[]>();

function collectSources(tables: ScoringTables): Citation[] {
  const seen = new Map<string, Citation>();
  for (const [name, version] of Object.entries(tables)) {
    if (name === "asOf") continue;
    const source = (version as { source: Citation }).source;
    const key = citationKey(source);
    if (!seen.has(key)) {
      const { section: _section, ...rest } = source;
      seen.set(key, Object.freeze(rest));
    }
  }
  return [...seen.values()];
}

/** Names the absent factors that a line needed, for hand-built factors without `missing`. */
function absentFactors(factors: CrsFactors): string[] {
  const absent: string[] = [];
  if (factors.age === undefined) absent.push("age");
  if (factors.spouseFactorApplies === undefined) absent.push("spouseFactorApplies");
  if (factors.spouseFactorApplies === true && factors.spouse === undefined) absent.push("spouse");
  return absent;
}

/**
 * Scores CRS factors on a date: a pure look-up in the tables in force on `asOf`
 * (`data/ircc/crs-points.json`), line by line, with the caps of each section.
 *
 * - Spouse columns: `spouseFactorApplies: true` uses the "with a spouse" column and scores
 *   section B; `false` uses the "without a spouse" column; left out (unknown), it uses the lower
 *   "with a spouse" column and scores no section B, so the score is one the candidate certainly has.
 * - Skill transferability reads the first official language's lowest level over the four abilities
 *   ("CLB 7 or more on all four, one or more under 9" and "CLB 9 or more on all four").
 * - French-language points: NCLC 7 or more in all four French abilities gives the higher points
 *   with CLB 5 or more in all four English abilities, and the lower points otherwise (no English
 *   result, CLB 4 or less, or a mix of levels above and below 5, which IRCC's wording does not
 *   cover; public calculators score it the same way).
 * - Dated rules: arranged employment 600 until 2016-11-18, 200 / 50 until 2025-03-24 and 0 from
 *   2025-03-25; Canadian education from 2016-11-19; French-language and sibling points from
 *   2017-06-06; French points 25 / 50 from 2020-10-27 (sources disagree on 2020-10-20; between the two
 *   dates the lower points are given and `caveats` says so).
 *
 * It throws {@link CrsInputError} for a day before the CRS began (2015-01-01), a missing or
 * invalid `asOf`, or factors outside their domain (a fractional age, a CLB level of 13, ...). It
 * never mutates `factors` and gives the same result for the same input.
 *
 * @example
 * ```ts
 * const b = scoreCrs(
 *   {
 *     age: 29, spouseFactorApplies: false, education: "masters",
 *     firstLanguage: { reading: 9, writing: 9, listening: 9, speaking: 9 },
 *     canadianWorkYears: 0, foreignWorkYears: 3, certificateOfQualification: false,
 *     canadianEducation: "none", arrangedEmployment: "none", provincialNomination: false, siblingInCanada: false,
 *   },
 *   { asOf: isoDate("2026-01-15") },
 * );
 * b.core.subtotal; // 369 = 110 age + 135 education + 124 language
 * b.transferability.subtotal; // 100 = 50 education + 50 foreign work
 * b.total; // 469
 * ```
 */
export function scoreCrs(factors: CrsFactors, options: CrsOptions): CrsBreakdown {
  const asOf = resolveAsOf((options as Partial<CrsOptions> | undefined)?.asOf);
  assertValidFactors(factors);
  const t = scoringTablesAsOf(asOf);
  const ix = bandIndexOf(t);

  const withSpouse = factors.spouseFactorApplies !== false; // unknown: the lower column
  const col = withSpouse ? "withSpouse" : "single";

  // A. Core / human capital
  const age = factors.age === undefined ? 0 : band(ix.age, t.age.value.rows, factors.age)[col];
  const educationRow = rowFor(t.education.value.rows, factors.education);
  const education = educationRow === undefined ? 0 : educationRow[col];
  const firstLanguage = languagePoints(ix.firstLanguage, t.firstLanguage.value.rows, factors.firstLanguage, col);
  const secondLanguage = Math.min(
    t.secondLanguage.value.maximum[col],
    languagePoints(ix.secondLanguage, t.secondLanguage.value.rows, factors.secondLanguage, col),
  );
  const canadianWork = band(ix.canadianWork, t.canadianWork.value.rows, factors.canadianWorkYears)[col];

  // B. Spouse or common-law partner
  const spouse =
    factors.spouseFactorApplies === true && factors.spouse !== undefined
      ? {
          education: rowFor(t.spouseEducation.value.rows, factors.spouse.education)?.points ?? 0,
          firstLanguage: perAbility(
            factors.spouse.firstLanguage,
            (clb) => band(ix.spouseFirstLanguage, t.spouseFirstLanguage.value.rows, clb).points,
          ),
          canadianWork: band(ix.spouseCanadianWork, t.spouseCanadianWork.value.rows, factors.spouse.canadianWorkYears)
            .points,
        }
      : { education: 0, firstLanguage: 0, canadianWork: 0 };

  // C. Skill transferability
  const clb9 = allAtLeast(factors.firstLanguage, 9);
  const clb7 = allAtLeast(factors.firstLanguage, 7);
  const clb5 = allAtLeast(factors.firstLanguage, 5);
  const cw = factors.canadianWorkYears;
  const eduLanguageRow = tierFor(t.transferabilityEducationLanguage.value.rows, factors.education);
  const eduWorkRow = tierFor(t.transferabilityEducationCanadianWork.value.rows, factors.education);
  const foreignLanguageRow = band(
    ix.transferabilityForeignWorkLanguage,
    t.transferabilityForeignWorkLanguage.value.rows,
    factors.foreignWorkYears,
  );
  const foreignWorkRow = band(
    ix.transferabilityForeignWorkCanadianWork,
    t.transferabilityForeignWorkCanadianWork.value.rows,
    factors.foreignWorkYears,
  );
  const byLanguage = (row: { clb7: number; clb9: number } | undefined) =>
    row === undefined ? 0 : clb9 ? row.clb9 : clb7 ? row.clb7 : 0;
  const byCanadianWork = (row: { oneYear: number; twoYearsOrMore: number } | undefined) =>
    row === undefined ? 0 : cw >= 2 ? row.twoYearsOrMore : cw === 1 ? row.oneYear : 0;
  const certificateTable = t.transferabilityCertificate.value;
  const transferability = {
    educationLanguage: byLanguage(eduLanguageRow),
    educationCanadianWork: byCanadianWork(eduWorkRow),
    foreignWorkLanguage: byLanguage(foreignLanguageRow),
    foreignWorkCanadianWork: byCanadianWork(foreignWorkRow),
    certificate: !factors.certificateOfQualification
      ? 0
      : clb7
        ? certificateTable.clb7
        : clb5
          ? certificateTable.clb5
          : 0,
  };

  // D. Additional points
  const frenchTable = t.french.value;
  const french = allAtLeast(factors.french, 7)
    ? allAtLeast(factors.english, 5)
      ? frenchTable.bilingual.points
      : frenchTable.frenchOnly.points
    : 0;
  const additional = {
    provincialNomination: factors.provincialNomination ? t.provincialNomination.value.points : 0,
    arrangedEmployment:
      factors.arrangedEmployment === "none" ? 0 : t.arrangedEmployment.value[factors.arrangedEmployment].points,
    french,
    canadianEducation:
      factors.canadianEducation === "none" ? 0 : t.canadianEducation.value[factors.canadianEducation].points,
    sibling: factors.siblingInCanada ? t.sibling.value.points : 0,
  };

  const caveats: Message[] = [];
  const doubts = crsUncertainties();
  for (let i = 0; i < doubts.length; i++) {
    const doubt = doubts[i] as (typeof doubts)[number];
    if (asOf < doubt.from || asOf >= doubt.to) continue;
    const touched = (doubt.table === "french" && french > 0) || doubt.table !== "french";
    if (touched) caveats.push(doubt.message);
  }
  const notes = factors.notes;
  if (notes !== undefined) for (let i = 0; i < notes.length; i++) caveats.push(asMessage(notes[i] as Message | string));

  const missing =
    factors.missing === undefined
      ? absentFactors(factors)
      : factors.missing.length === 0
        ? []
        : [...new Set(factors.missing)];
  const verifiedThrough = scoringTablesVerified();
  const stale = freshnessCaveat(verifiedThrough, asOf);
  if (stale !== undefined) caveats.push(stale);
  const caps = t.transferabilityCaps.value;
  const breakdown = assembleBreakdown(
    {
      core: { age, education, firstLanguage, secondLanguage, canadianWork },
      spouse,
      transferability,
      additional,
    },
    {
      transferabilityGroup: { education: caps.education, foreignWork: caps.foreignWork, certificate: caps.certificate },
      transferability: caps.total,
      additional: t.maximums.value.additional,
    },
    { asOf, sources: sourcesOf(t), missing, caveats, verifiedThrough },
  );
  if (missing.length > 0) {
    (breakdown as Mutable<CrsBreakdown>).maximumReachable = maximumReachable(factors, missing, breakdown, t);
  }
  return breakdown;
}

/** The most the score could be with every open question answered favourably (see `CrsBreakdown`). */
function maximumReachable(
  factors: CrsFactors,
  missing: readonly string[],
  certain: CrsBreakdown,
  t: ScoringTables,
): number {
  const ceiling = t.maximums.value.total;
  const sets = upperFactorSets(factors, missing, t);
  if (sets === undefined) return ceiling;
  let best = certain.total;
  for (const set of sets) best = Math.max(best, scoreCrs(set, { asOf: certain.asOf }).total);
  return Math.min(ceiling, best);
}
