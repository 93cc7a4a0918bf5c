import type { Citation } from "../core/citation.js";
import type { IsoDate } from "../core/iso-date.js";
import { type ClbLevels, minimumClb } from "../language/clb.js";
import { assembleBreakdown, type CrsBreakdown } from "./breakdown.js";
import { assertValidFactors, type CrsFactors } from "./factors.js";
import { type CrsBand, type CrsTables, crsTablesAsOf, crsUncertainties, resolveAsOf } from "./tables.js";

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

const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;

/** The row of a banded table that covers `value`. Internal. */
export function bandFor<R extends CrsBand>(rows: readonly R[], value: number): R {
  const row = rows.find((r) => r.min <= value && (r.max === null || value <= r.max));
  // The tests check that every table's bands cover 0 to infinity without gaps.
  if (row === undefined) throw new Error(`crs-points.json: no band covers ${value}.`);
  return row;
}

function perAbility(levels: ClbLevels | undefined, points: (clb: number) => number): number {
  if (levels === undefined) return 0;
  return ABILITIES.reduce((sum, ability) => sum + points(levels[ability]), 0);
}

function allAtLeast(levels: ClbLevels | undefined, clb: number): boolean {
  return levels !== undefined && minimumClb(levels) >= clb;
}

function citationKey(c: Citation): string {
  return `${c.title}\u0000${c.url}\u0000${c.effective ?? ""}`;
}

/** The sources of the tables in force, one per document and effective date, without sections. */
function sourcesOf(tables: CrsTables): Citation[] {
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
  const t = crsTablesAsOf(asOf);

  const withSpouse = factors.spouseFactorApplies !== false; // unknown: the lower column
  const col = withSpouse ? "withSpouse" : "single";

  // A. Core / human capital
  const age = factors.age === undefined ? 0 : bandFor(t.age.value.rows, factors.age)[col];
  const educationRow = t.education.value.rows.find((r) => r.level === factors.education);
  const education = educationRow === undefined ? 0 : educationRow[col];
  const firstLanguage = perAbility(factors.firstLanguage, (clb) => bandFor(t.firstLanguage.value.rows, clb)[col]);
  const secondLanguage = Math.min(
    t.secondLanguage.value.maximum[col],
    perAbility(factors.secondLanguage, (clb) => bandFor(t.secondLanguage.value.rows, clb)[col]),
  );
  const canadianWork = bandFor(t.canadianWork.value.rows, factors.canadianWorkYears)[col];

  // B. Spouse or common-law partner
  const spouse =
    factors.spouseFactorApplies === true && factors.spouse !== undefined
      ? {
          education: t.spouseEducation.value.rows.find((r) => r.level === factors.spouse?.education)?.points ?? 0,
          firstLanguage: perAbility(
            factors.spouse.firstLanguage,
            (clb) => bandFor(t.spouseFirstLanguage.value.rows, clb).points,
          ),
          canadianWork: bandFor(t.spouseCanadianWork.value.rows, factors.spouse.canadianWorkYears).points,
        }
      : { education: 0, firstLanguage: 0, canadianWork: 0 };

  // C. Skill transferability
  const clb9 = allAtLeast(factors.firstLanguage, 9);
  const clb7 = allAtLeast(factors.firstLanguage, 7);
  const clb5 = allAtLeast(factors.firstLanguage, 5);
  const cw = factors.canadianWorkYears;
  const eduLanguageRow = t.transferabilityEducationLanguage.value.rows.find((r) =>
    r.levels.includes(factors.education),
  );
  const eduWorkRow = t.transferabilityEducationCanadianWork.value.rows.find((r) =>
    r.levels.includes(factors.education),
  );
  const foreignLanguageRow = bandFor(t.transferabilityForeignWorkLanguage.value.rows, factors.foreignWorkYears);
  const foreignWorkRow = bandFor(t.transferabilityForeignWorkCanadianWork.value.rows, factors.foreignWorkYears);
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

  const caveats: string[] = [];
  for (const doubt of crsUncertainties()) {
    if (asOf < doubt.from || asOf >= doubt.to) continue;
    const touched = (doubt.table === "french" && french > 0) || doubt.table !== "french";
    if (touched) caveats.push(doubt.reason);
  }

  const missing = factors.missing === undefined ? absentFactors(factors) : [...new Set(factors.missing)];
  const caps = t.transferabilityCaps.value;
  return assembleBreakdown(
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
    { asOf, sources: sourcesOf(t), missing, caveats },
  );
}
