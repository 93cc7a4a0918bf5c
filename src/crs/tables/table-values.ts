// The CRS tables by name, as typed values: each table's shape, and every table in force on a day.

import type { IsoDate } from "../../core/iso-date.js";
import type { Version } from "../../core/versioned.js";
import type {
  CrsAdditionalItem,
  CrsBand,
  CrsCanadianWorkColumns,
  CrsCertificateColumns,
  CrsEducationRow,
  CrsEducationTier,
  CrsLanguageColumns,
  CrsPairBand,
  CrsPairPoints,
  CrsPointsBand,
  CrsSpouseEducationRow,
} from "./rows.js";

/**
 * A CRS table: its rows and the most its line can give.
 *
 * @example
 * ```ts
 * const age: CrsTable<CrsPairBand, CrsPairPoints> = crsTablesAsOf(isoDate("2026-01-15")).age.value;
 * ```
 */
export interface CrsTable<Row, Maximum> {
  /** The most the line can give (per column for the core tables). */
  readonly maximum: Maximum;
  /** The rows, lowest first. */
  readonly rows: readonly Row[];
}

/**
 * A work-experience table, with what "skilled work" meant on its dates.
 *
 * @example
 * ```ts
 * crsTablesAsOf(isoDate("2022-11-15")).canadianWork.value.skilledWork; // "NOC skill type 0 or skill level A or B"
 * ```
 */
export interface CrsWorkTable<Row, Maximum> extends CrsTable<Row, Maximum> {
  /** Skilled work as IRCC worded it then: NOC 2016 before 2022-11-16, NOC 2021 TEER from then. */
  readonly skilledWork: string;
}

/**
 * A skill-transferability table: rows of points under two columns, and the columns' headings.
 *
 * @example
 * ```ts
 * const t = crsTablesAsOf(isoDate("2026-01-15")).transferabilityEducationLanguage.value;
 * t.columns.clb9; // "CLB 9 or more on all four first official language abilities"
 * ```
 */
export interface CrsTransferabilityTable<Row, Columns> extends CrsTable<Row, number> {
  /** The columns' headings as IRCC words them. */
  readonly columns: Columns;
  /** For the foreign-work tables: skilled work as IRCC worded it then. */
  readonly skilledWork?: string;
}

/**
 * The certificate-of-qualification line: points under its two columns.
 *
 * @example
 * ```ts
 * crsTablesAsOf(isoDate("2026-01-15")).transferabilityCertificate.value.clb7; // 50
 * ```
 */
export interface CrsCertificateTable extends CrsCertificateColumns<number> {
  /** The most the line can give. */
  readonly maximum: number;
  /** The row as IRCC words it. */
  readonly label: string;
  /** The columns' headings as IRCC words them. */
  readonly columns: CrsCertificateColumns<string>;
}

/**
 * The caps of section C.
 *
 * @example
 * ```ts
 * crsTablesAsOf(isoDate("2026-01-15")).transferabilityCaps.value; // { education: 50, foreignWork: 50, certificate: 50, total: 100 }
 * ```
 */
export interface CrsTransferabilityCaps {
  /** The education group (education with language, with Canadian work). */
  readonly education: number;
  /** The foreign-work group (foreign work with language, with Canadian work). */
  readonly foreignWork: number;
  /** The certificate-of-qualification group. */
  readonly certificate: number;
  /** Section C in all. */
  readonly total: number;
}

/**
 * The arranged-employment points by occupation.
 *
 * @example
 * ```ts
 * crsTablesAsOf(isoDate("2025-03-24")).arrangedEmployment.value["teer0-major-group-00"].points; // 200
 * ```
 */
export interface CrsArrangedEmploymentTable {
  /** NOC major group 00 (senior management). */
  readonly "teer0-major-group-00": CrsAdditionalItem;
  /** Any other skilled occupation (TEER 0–3; NOC 2016 0, A or B). */
  readonly "other-teer-0-3": CrsAdditionalItem;
}

/**
 * The French-language points.
 *
 * @example
 * ```ts
 * crsTablesAsOf(isoDate("2026-01-15")).french.value.bilingual.points; // 50
 * ```
 */
export interface CrsFrenchTable {
  /** NCLC 7+ in all four French abilities, with CLB 4 or less in English or no English result. */
  readonly frenchOnly: CrsAdditionalItem;
  /** NCLC 7+ in all four French abilities and CLB 5+ in all four English abilities. */
  readonly bilingual: CrsAdditionalItem;
}

/**
 * The points for post-secondary education in Canada.
 *
 * @example
 * ```ts
 * crsTablesAsOf(isoDate("2026-01-15")).canadianEducation.value["one-or-two-year"].points; // 15
 * ```
 */
export interface CrsCanadianEducationTable {
  /** A credential of one or two years. */
  readonly "one-or-two-year": CrsAdditionalItem;
  /** Three years or longer, or a master's, entry-to-practice professional or doctoral degree. */
  readonly "three-year-or-longer": CrsAdditionalItem;
}

/**
 * The maximum of each section and of the total.
 *
 * @example
 * ```ts
 * crsTablesAsOf(isoDate("2026-01-15")).maximums.value.total; // 1200
 * ```
 */
export interface CrsMaximums {
  /** A. Core / human capital: 500 without a spouse, 460 with. */
  readonly core: CrsPairPoints;
  /** B. Spouse factors: 0 without a spouse, 40 with. */
  readonly spouse: CrsPairPoints;
  /** C. Skill transferability: 100. */
  readonly transferability: number;
  /** D. Additional points: 600. */
  readonly additional: number;
  /** The whole score: 1,200. */
  readonly total: number;
}

/**
 * The value of every CRS table, by table name. Each is versioned by date in
 * `data/ircc/crs-points.json`; {@link crsTablesAsOf} gives the versions in force on a day.
 *
 * @example
 * ```ts
 * const ageRows: CrsTableValues["age"]["rows"] = crsTablesAsOf(isoDate("2026-01-15")).age.value.rows;
 * ```
 */
export interface CrsTableValues {
  /** A. Age, per whole year of age. */
  readonly age: CrsTable<CrsPairBand, CrsPairPoints>;
  /** A. Level of education. */
  readonly education: CrsTable<CrsEducationRow, CrsPairPoints>;
  /** A. First official language, points per ability by CLB level. */
  readonly firstLanguage: CrsTable<CrsPairBand, CrsPairPoints>;
  /** A. Second official language, points per ability by CLB level, the sum capped at `maximum`. */
  readonly secondLanguage: CrsTable<CrsPairBand, CrsPairPoints>;
  /** A. Canadian work experience, by whole years. */
  readonly canadianWork: CrsWorkTable<CrsPairBand, CrsPairPoints>;
  /** B. Spouse's level of education. */
  readonly spouseEducation: CrsTable<CrsSpouseEducationRow, number>;
  /** B. Spouse's first official language, points per ability. */
  readonly spouseFirstLanguage: CrsTable<CrsPointsBand, number>;
  /** B. Spouse's Canadian work experience, by whole years. */
  readonly spouseCanadianWork: CrsWorkTable<CrsPointsBand, number>;
  /** C. Education with first-official-language levels. */
  readonly transferabilityEducationLanguage: CrsTransferabilityTable<
    CrsEducationTier & CrsLanguageColumns<number>,
    CrsLanguageColumns<string>
  >;
  /** C. Education with Canadian work experience. */
  readonly transferabilityEducationCanadianWork: CrsTransferabilityTable<
    CrsEducationTier & CrsCanadianWorkColumns<number>,
    CrsCanadianWorkColumns<string>
  >;
  /** C. Foreign work experience with first-official-language levels. */
  readonly transferabilityForeignWorkLanguage: CrsTransferabilityTable<
    CrsBand & CrsLanguageColumns<number>,
    CrsLanguageColumns<string>
  >;
  /** C. Foreign work experience with Canadian work experience. */
  readonly transferabilityForeignWorkCanadianWork: CrsTransferabilityTable<
    CrsBand & CrsCanadianWorkColumns<number>,
    CrsCanadianWorkColumns<string>
  >;
  /** C. Certificate of qualification with first-official-language levels. */
  readonly transferabilityCertificate: CrsCertificateTable;
  /** C. The caps: 50 per group, 100 in all. */
  readonly transferabilityCaps: CrsTransferabilityCaps;
  /** D. Provincial or territorial nomination. */
  readonly provincialNomination: CrsAdditionalItem;
  /** D. Arranged employment, by occupation. */
  readonly arrangedEmployment: CrsArrangedEmploymentTable;
  /** D. French-language skills. */
  readonly french: CrsFrenchTable;
  /** D. Post-secondary education in Canada. */
  readonly canadianEducation: CrsCanadianEducationTable;
  /** D. Brother or sister living in Canada. */
  readonly sibling: CrsAdditionalItem;
  /** The maximum of each section and of the total. */
  readonly maximums: CrsMaximums;
}

/**
 * The name of a CRS table (`"age"`, `"french"`, `"arrangedEmployment"`, ...).
 *
 * @example
 * ```ts
 * const name: CrsTableName = "arrangedEmployment";
 * ```
 */
export type CrsTableName = keyof CrsTableValues;

/**
 * Every CRS table in force on one day, each as the {@link Version} in force (its value, dates and
 * source).
 *
 * @example
 * ```ts
 * const tables: CrsTables = crsTablesAsOf(isoDate("2024-06-01"));
 * tables.arrangedEmployment.value["other-teer-0-3"].points; // 50
 * ```
 */
export type CrsTables = { readonly [K in CrsTableName]: Version<CrsTableValues[K]> } & {
  /** The day the tables are in force on. */
  readonly asOf: IsoDate;
};
