// The CRS tables of data/ircc/crs-points.json as typed, dated values. Nothing is built at import
// time: the versions are read on first use and kept.

import compactJson from "../../data/ircc/crs-points.compact.json" with { type: "json" };
import crsJson from "../../data/ircc/crs-points.json" with { type: "json" };
import { readAsOf } from "../core/as-of.js";
import type { Citation } from "../core/citation.js";
import { compareIsoDate, type IsoDate, isoDate } from "../core/iso-date.js";
import { type Version, type Versioned, valueAsOf } from "../core/versioned.js";
import type { EducationLevel } from "./education-level.js";
import { CrsInputError } from "./errors.js";

/**
 * Points in the two columns of a core table: without a spouse (`single`) and with an accompanying
 * spouse who is not a Canadian citizen or permanent resident (`withSpouse`).
 *
 * @example
 * ```ts
 * const age29: CrsPairPoints = { single: 110, withSpouse: 100 };
 * ```
 */
export interface CrsPairPoints {
  /** "Without a spouse or common-law partner". */
  readonly single: number;
  /** "With a spouse or common-law partner". */
  readonly withSpouse: number;
}

/**
 * A row of a table keyed by a whole number (an age, a CLB level, years of work): it covers
 * `min` to `max`, both included; `max` is `null` for "or more".
 *
 * @example
 * ```ts
 * const band: CrsBand = { min: 20, max: 29, label: "20 to 29 years of age" };
 * ```
 */
export interface CrsBand {
  /** The lowest value the row covers. */
  readonly min: number;
  /** The highest value the row covers; `null` for "or more". */
  readonly max: number | null;
  /** The row as IRCC words it. */
  readonly label: string;
}

/**
 * A band of a core table with its two columns.
 *
 * @example
 * ```ts
 * const row: CrsPairBand = { min: 20, max: 29, label: "20 to 29 years of age", single: 110, withSpouse: 100 };
 * ```
 */
export interface CrsPairBand extends CrsBand, CrsPairPoints {}

/**
 * A band of a table with one column of points (the spouse tables).
 *
 * @example
 * ```ts
 * const row: CrsPointsBand = { min: 9, max: null, label: "CLB 9 or more", points: 5 };
 * ```
 */
export interface CrsPointsBand extends CrsBand {
  /** Points for a value in the band. */
  readonly points: number;
}

/**
 * A row of the core education table.
 *
 * @example
 * ```ts
 * const row: CrsEducationRow = { level: "doctoral", label: "Doctoral level university degree (Ph.D.)", single: 150, withSpouse: 140 };
 * ```
 */
export interface CrsEducationRow extends CrsPairPoints {
  /** The level the row scores. */
  readonly level: EducationLevel;
  /** The row as IRCC words it. */
  readonly label: string;
}

/**
 * A row of the spouse's education table.
 *
 * @example
 * ```ts
 * const row: CrsSpouseEducationRow = { level: "secondary", label: "Secondary school (high school graduation)", points: 2 };
 * ```
 */
export interface CrsSpouseEducationRow {
  /** The level the row scores. */
  readonly level: EducationLevel;
  /** The row as IRCC words it. */
  readonly label: string;
  /** Points for the level. */
  readonly points: number;
}

/**
 * A row of the skill-transferability education tables: which levels it covers, as IRCC words it.
 *
 * @example
 * ```ts
 * const tier: CrsEducationTier = { levels: ["one-year", "two-year", "bachelors"], label: "Post-secondary program credential of one year or longer" };
 * ```
 */
export interface CrsEducationTier {
  /** The levels of education the row covers. */
  readonly levels: readonly EducationLevel[];
  /** The row as IRCC words it. */
  readonly label: string;
}

/**
 * Points and wording of one additional-points item.
 *
 * @example
 * ```ts
 * const item: CrsAdditionalItem = { points: 15, label: "Brother or sister living in Canada who is a citizen or permanent resident of Canada" };
 * ```
 */
export interface CrsAdditionalItem {
  /** Points given. */
  readonly points: number;
  /** The item as IRCC words it on that date. */
  readonly label: string;
}

/**
 * Column values (or headings) of the language columns of skill transferability: "CLB 7 or more on
 * all four first-official-language abilities, one or more under 9" and "CLB 9 or more on all four".
 *
 * @example
 * ```ts
 * const row: CrsLanguageColumns<number> = { clb7: 13, clb9: 25 };
 * ```
 */
export interface CrsLanguageColumns<T> {
  /** CLB 7 or more on all four abilities, with one or more under CLB 9. */
  readonly clb7: T;
  /** CLB 9 or more on all four abilities. */
  readonly clb9: T;
}

/**
 * Column values (or headings) of the Canadian-work columns of skill transferability: one year, and
 * two years or more.
 *
 * @example
 * ```ts
 * const row: CrsCanadianWorkColumns<number> = { oneYear: 13, twoYearsOrMore: 25 };
 * ```
 */
export interface CrsCanadianWorkColumns<T> {
  /** One year of Canadian work experience. */
  readonly oneYear: T;
  /** Two years or more of Canadian work experience. */
  readonly twoYearsOrMore: T;
}

/**
 * Column values (or headings) of the certificate-of-qualification line.
 *
 * @example
 * ```ts
 * const points: CrsCertificateColumns<number> = { clb5: 25, clb7: 50 };
 * ```
 */
export interface CrsCertificateColumns<T> {
  /** CLB 5 or more on all four first-official-language abilities, one or more under 7. */
  readonly clb5: T;
  /** CLB 7 or more on all four abilities. */
  readonly clb7: T;
}

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

/**
 * A known doubt about the history of a table: between `from` (included) and `to` (excluded) the
 * sources disagree, and the library gives the lower points (so it never overstates a score).
 *
 * @example
 * ```ts
 * const doubt: CrsUncertainty = crsUncertainties()[0]; // the late-October 2020 French-points date
 * ```
 */
export interface CrsUncertainty {
  /** The table in doubt. */
  readonly table: CrsTableName;
  /** First day in doubt. */
  readonly from: IsoDate;
  /** First day no longer in doubt. */
  readonly to: IsoDate;
  /** What is in doubt and what the library does. */
  readonly reason: string;
}

interface RawSource {
  readonly title: string;
  readonly url: string;
  readonly section?: string;
  readonly retrieved: string;
  readonly effective?: string;
  readonly secondary?: boolean;
}
interface RawVersion {
  readonly from: string;
  readonly to?: string;
  readonly source: RawSource;
  readonly value: unknown;
}
interface RawData {
  readonly verified: string;
  readonly startsOn: string;
  readonly startsOnSource: RawSource;
  readonly uncertainties: readonly { table: string; from: string; to: string; reason: string }[];
  readonly tables: Readonly<Record<CrsTableName, { readonly title: string; readonly versions: readonly RawVersion[] }>>;
}

// The JSON is typed loosely by TypeScript; test/crs-tables.test.ts checks every table and row.
const data = crsJson as unknown as RawData;

function citation(source: RawSource): Citation {
  return Object.freeze({
    title: source.title,
    url: source.url,
    ...(source.section === undefined ? {} : { section: source.section }),
    retrieved: isoDate(source.retrieved),
    ...(source.effective === undefined ? {} : { effective: isoDate(source.effective) }),
    ...(source.secondary === true ? { secondary: true } : {}),
  });
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

let versionsCache: { readonly [K in CrsTableName]: Versioned<CrsTableValues[K]> } | undefined;

function allVersions(): { readonly [K in CrsTableName]: Versioned<CrsTableValues[K]> } {
  if (versionsCache === undefined) {
    const built: Record<string, Versioned<unknown>> = {};
    for (const [name, table] of Object.entries(data.tables)) {
      built[name] = Object.freeze(
        table.versions.map(
          (raw): Version<unknown> =>
            Object.freeze({
              from: isoDate(raw.from),
              ...(raw.to === undefined ? {} : { to: isoDate(raw.to) }),
              value: deepFreeze(structuredClone(raw.value)),
              source: citation(raw.source),
            }),
        ),
      );
    }
    versionsCache = Object.freeze(built) as unknown as { readonly [K in CrsTableName]: Versioned<CrsTableValues[K]> };
  }
  return versionsCache;
}

/**
 * The first day of the Comprehensive Ranking System: 1 January 2015, when the Ministerial
 * Instructions Respecting the Express Entry System came into force. No CRS score exists before it.
 *
 * Source: IRCC, "Ministerial Instructions respecting the Express Entry system" ("These Ministerial
 * Instructions will come into force on January 1, 2015"),
 * https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system.html
 *
 * @example
 * ```ts
 * if (asOf < CRS_STARTED_ON) console.log("No CRS yet on", asOf);
 * ```
 */
// A literal, not read from crs-points.json: scoreCrs checks every day against it, and a bundle of
// scoreCrs does not carry that file (test/crs-tables.test.ts checks that they agree).
export const CRS_STARTED_ON: IsoDate = /* @__PURE__ */ isoDate("2015-01-01");

/**
 * The day `data/ircc/crs-points.json` was last checked against its sources.
 *
 * @example
 * ```ts
 * console.log(`CRS tables verified on ${CRS_POINTS_VERIFIED}`);
 * ```
 */
export const CRS_POINTS_VERIFIED: IsoDate = /* @__PURE__ */ crsPointsVerified();

// In a function: a top-level read of `data.verified` would keep crs-points.json in every bundle.
function crsPointsVerified(): IsoDate {
  return isoDate(data.verified);
}

/**
 * The whole dated history of one CRS table, oldest first, each version with its source.
 *
 * @example
 * ```ts
 * crsTableHistory("arrangedEmployment").map((v) => [v.from, v.value["other-teer-0-3"].points]);
 * // [["2015-01-01", 600], ["2016-11-19", 50], ["2022-11-16", 50], ["2025-03-25", 0]]
 * ```
 */
export function crsTableHistory<K extends CrsTableName>(name: K): Versioned<CrsTableValues[K]> {
  const versions = allVersions()[name];
  if (versions === undefined) throw new CrsInputError("invalid_factor", "name", `No CRS table is named "${name}".`);
  return versions;
}

/**
 * The known doubts about the tables' history (see {@link CrsUncertainty}).
 *
 * @example
 * ```ts
 * for (const u of crsUncertainties()) console.log(`${u.table} ${u.from}..${u.to}: ${u.reason}`);
 * ```
 */
export function crsUncertainties(): readonly CrsUncertainty[] {
  if (uncertaintiesCache === undefined) {
    uncertaintiesCache = Object.freeze(
      // From crs-points.compact.json (the same list), which scoreCrs bundles anyway.
      compactJson.uncertainties.map((u) =>
        Object.freeze({ table: u.table as CrsTableName, from: isoDate(u.from), to: isoDate(u.to), reason: u.reason }),
      ),
    );
  }
  return uncertaintiesCache;
}

let uncertaintiesCache: readonly CrsUncertainty[] | undefined;

/** Reads an `asOf` option into a day, or throws {@link CrsInputError}. Internal. */
export function resolveAsOf(asOf: unknown): IsoDate {
  const day = readAsOf(asOf);
  if (compareIsoDate(day, CRS_STARTED_ON) < 0) {
    throw new CrsInputError(
      "before_crs",
      "asOf",
      `The Comprehensive Ranking System started on ${CRS_STARTED_ON}; there is no CRS score on ${day}.`,
    );
  }
  return day;
}

/**
 * Every CRS table in force on `asOf` (see {@link CrsTables}). Throws {@link CrsInputError} for a
 * day before {@link CRS_STARTED_ON} or a value that is not a calendar date.
 *
 * @example
 * ```ts
 * const t = crsTablesAsOf(isoDate("2020-10-27"));
 * t.french.value.bilingual.points; // 50
 * t.french.source.effective; // "2020-10-27"
 * crsTablesAsOf(isoDate("2014-12-31")); // throws CrsInputError (code "before_crs")
 * ```
 */
export function crsTablesAsOf(asOf: IsoDate | Date): CrsTables {
  // Only days that resolved are cached, so a hit needs no second check (scoreCrs has checked it).
  if (typeof asOf === "string") {
    const hit = tablesCache.get(asOf);
    if (hit !== undefined) return hit;
  }
  const day = resolveAsOf(asOf);
  const cached = tablesCache.get(day);
  if (cached !== undefined) return cached;
  const versions = allVersions();
  const tables: Record<string, unknown> = { asOf: day };
  for (const name of Object.keys(versions) as CrsTableName[]) {
    const found = valueAsOf<unknown>(versions[name], day);
    if (!found.ok) {
      // The data covers every day from CRS_STARTED_ON (the tests check it); reaching this is a data bug.
      throw new Error(`crs-points.json: table ${name} has no version in force on ${day}: ${found.reason}`);
    }
    tables[name] = found.version;
  }
  const built = Object.freeze(tables) as CrsTables;
  // A small memo of a pure function: the same day always gives the same (frozen) tables.
  if (tablesCache.size >= TABLES_CACHE_SIZE) tablesCache.delete(tablesCache.keys().next().value as IsoDate);
  tablesCache.set(day, built);
  return built;
}

const TABLES_CACHE_SIZE = 64;
const tablesCache = new Map<IsoDate, CrsTables>();
