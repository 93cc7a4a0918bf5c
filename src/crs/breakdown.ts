import type { Citation } from "../core/citation.js";
import type { IsoDate } from "../core/iso-date.js";
import type { Message } from "../core/message.js";
import type { ScoreBounds } from "../core/score-bounds.js";

/**
 * Section A of a CRS score: core / human capital factors (500 points without a spouse, 460 with).
 *
 * @example
 * ```ts
 * const { age, education, subtotal }: CrsCoreBreakdown = breakdown.core;
 * ```
 */
export interface CrsCoreBreakdown {
  /** Age (at most 110 / 100). */
  readonly age: number;
  /** Level of education (at most 150 / 140). */
  readonly education: number;
  /** First official language, all four abilities (at most 136 / 128). */
  readonly firstLanguage: number;
  /** Second official language, all four abilities (at most 24 / 22). */
  readonly secondLanguage: number;
  /** Canadian work experience (at most 80 / 70). */
  readonly canadianWork: number;
  /** The sum of the lines above. */
  readonly subtotal: number;
}

/**
 * Section B of a CRS score: the accompanying spouse's or common-law partner's factors (at most 40;
 * all 0 without such a spouse).
 *
 * @example
 * ```ts
 * const { subtotal }: CrsSpouseBreakdown = breakdown.spouse;
 * ```
 */
export interface CrsSpouseBreakdown {
  /** The spouse's level of education (at most 10). */
  readonly education: number;
  /** The spouse's first official language (at most 20). */
  readonly firstLanguage: number;
  /** The spouse's Canadian work experience (at most 10). */
  readonly canadianWork: number;
  /** The sum of the lines above. */
  readonly subtotal: number;
}

/**
 * Section C of a CRS score: skill transferability. Each line is the table's points; the education
 * and the foreign-work groups are each capped at 50, and the section at 100.
 *
 * @example
 * ```ts
 * const { educationSubtotal, foreignWorkSubtotal, certificate, subtotal }: CrsTransferabilityBreakdown = breakdown.transferability;
 * ```
 */
export interface CrsTransferabilityBreakdown {
  /** Education with first-official-language levels (at most 50). */
  readonly educationLanguage: number;
  /** Education with Canadian work experience (at most 50). */
  readonly educationCanadianWork: number;
  /** The education group: the two lines above, capped at 50. */
  readonly educationSubtotal: number;
  /** Foreign work experience with first-official-language levels (at most 50). */
  readonly foreignWorkLanguage: number;
  /** Foreign work experience with Canadian work experience (at most 50). */
  readonly foreignWorkCanadianWork: number;
  /** The foreign-work group: the two lines above, capped at 50. */
  readonly foreignWorkSubtotal: number;
  /** Certificate of qualification with first-official-language levels (at most 50). */
  readonly certificate: number;
  /** The three groups, capped at 100. */
  readonly subtotal: number;
}

/**
 * Section D of a CRS score: additional points, capped at 600.
 *
 * @example
 * ```ts
 * const { provincialNomination, french, subtotal }: CrsAdditionalBreakdown = breakdown.additional;
 * ```
 */
export interface CrsAdditionalBreakdown {
  /** Provincial or territorial nomination (600). */
  readonly provincialNomination: number;
  /** Arranged employment (600 until 2016-11-18; 200 or 50 until 2025-03-24; 0 from 2025-03-25). */
  readonly arrangedEmployment: number;
  /** French-language skills (15 / 30 from 2017-06-06; 25 / 50 from 2020-10-27). */
  readonly french: number;
  /** Post-secondary education in Canada (15 / 30 from 2016-11-19). */
  readonly canadianEducation: number;
  /** Brother or sister in Canada (15 from 2017-06-06). */
  readonly sibling: number;
  /** The lines above, capped at 600. */
  readonly subtotal: number;
}

/**
 * A CRS score line by line, on a date, with the sources of the tables used.
 * `total` is always `core.subtotal + spouse.subtotal + transferability.subtotal +
 * additional.subtotal`, and never more than 1,200.
 *
 * Besides the points: `missing` and `maximumReachable` (the {@link ScoreBounds} every score of a
 * partial candidate carries: the score counts only what is certain) and `caveats` (known doubts
 * about the law that touched this score, such as the date of the 2020 French-points increase, and
 * the factors' `notes`: input the score left out, such as an expired language test).
 * `maximumReachable` is never more than the CRS maximum (1,200). Some answers are read rather than
 * left open: without `firstOfficialLanguage` the better order is assumed, an offer without
 * `offeredOn` is read as made by `asOf`, a credential without `completedOn` as completed, a job
 * without `paid` as paid and an offer without `seasonal` as non-seasonal (docs/reading-results.md).
 * The bound reads each open question as raising its own factors to their best.
 *
 * @example
 * ```ts
 * const b: CrsBreakdown = scoreCrs(factors, { asOf: isoDate("2026-01-15") });
 * console.log(b.total, b.core.subtotal, b.transferability.subtotal, b.missing);
 * ```
 */
export interface CrsBreakdown extends ScoreBounds {
  /** A. Core / human capital factors. */
  readonly core: CrsCoreBreakdown;
  /** B. Spouse or common-law partner factors. */
  readonly spouse: CrsSpouseBreakdown;
  /** C. Skill transferability factors. */
  readonly transferability: CrsTransferabilityBreakdown;
  /** D. Additional points. */
  readonly additional: CrsAdditionalBreakdown;
  /** The day scored. */
  readonly asOf: IsoDate;
  /** The sources of the tables in force on `asOf`. */
  readonly sources: readonly Citation[];
  /** Known doubts about the rules that touched this score, and input it left out (an expired test); usually empty. */
  readonly caveats: readonly Message[];
  /**
   * The day the CRS points tables were last verified against their official sources; when `asOf`
   * is later, `caveats` says so.
   */
  readonly verifiedThrough: IsoDate;
}

/** The section caps the subtotals use. Internal. */
export interface SectionCaps {
  readonly transferabilityGroup: {
    readonly education: number;
    readonly foreignWork: number;
    readonly certificate: number;
  };
  readonly transferability: number;
  readonly additional: number;
}

/** The lines of a breakdown, before subtotals. Internal. */
export interface BreakdownLines {
  readonly core: Omit<CrsCoreBreakdown, "subtotal">;
  readonly spouse: Omit<CrsSpouseBreakdown, "subtotal">;
  readonly transferability: Omit<CrsTransferabilityBreakdown, "subtotal" | "educationSubtotal" | "foreignWorkSubtotal">;
  readonly additional: Omit<CrsAdditionalBreakdown, "subtotal">;
}

/**
 * Whether an open answer can add points only to section D (the sibling, the job offer's
 * arranged employment): once section D is at its maximum, it can add nothing. Internal.
 */
export function addsOnlyToAdditionalPoints(path: string): boolean {
  return path === "siblingInCanada" || path === "jobOffer" || path.startsWith("jobOffer.");
}

/** Adds up lines into a breakdown: subtotals with their caps, and the total. Internal. */
export function assembleBreakdown(
  lines: BreakdownLines,
  caps: SectionCaps,
  rest: Pick<CrsBreakdown, "asOf" | "sources" | "missing" | "caveats" | "verifiedThrough">,
): CrsBreakdown {
  // Every section is written out key by key (in the order of the types) rather than as
  // `{ ...lines, subtotal }`: in Node 20's V8 a spread followed by a new property costs about half a
  // microsecond, more than all the look-ups of scoreCrs together.
  const c = lines.core;
  const core = {
    age: c.age,
    education: c.education,
    firstLanguage: c.firstLanguage,
    secondLanguage: c.secondLanguage,
    canadianWork: c.canadianWork,
    subtotal: c.age + c.education + c.firstLanguage + c.secondLanguage + c.canadianWork,
  };
  const s = lines.spouse;
  const spouse = {
    education: s.education,
    firstLanguage: s.firstLanguage,
    canadianWork: s.canadianWork,
    subtotal: s.education + s.firstLanguage + s.canadianWork,
  };
  const t = lines.transferability;
  const educationSubtotal = Math.min(
    caps.transferabilityGroup.education,
    t.educationLanguage + t.educationCanadianWork,
  );
  const foreignWorkSubtotal = Math.min(
    caps.transferabilityGroup.foreignWork,
    t.foreignWorkLanguage + t.foreignWorkCanadianWork,
  );
  const certificate = Math.min(caps.transferabilityGroup.certificate, t.certificate);
  const transferability = {
    educationLanguage: t.educationLanguage,
    educationCanadianWork: t.educationCanadianWork,
    educationSubtotal,
    foreignWorkLanguage: t.foreignWorkLanguage,
    foreignWorkCanadianWork: t.foreignWorkCanadianWork,
    foreignWorkSubtotal,
    certificate,
    subtotal: Math.min(caps.transferability, educationSubtotal + foreignWorkSubtotal + certificate),
  };
  const a = lines.additional;
  const additional = {
    provincialNomination: a.provincialNomination,
    arrangedEmployment: a.arrangedEmployment,
    french: a.french,
    canadianEducation: a.canadianEducation,
    sibling: a.sibling,
    subtotal: Math.min(
      caps.additional,
      a.provincialNomination + a.arrangedEmployment + a.french + a.canadianEducation + a.sibling,
    ),
  };
  return {
    total: core.subtotal + spouse.subtotal + transferability.subtotal + additional.subtotal,
    core,
    spouse,
    transferability,
    additional,
    asOf: rest.asOf,
    sources: rest.sources,
    missing: rest.missing,
    caveats: rest.caveats,
    maximumReachable: core.subtotal + spouse.subtotal + transferability.subtotal + additional.subtotal,
    verifiedThrough: rest.verifiedThrough,
  };
}
