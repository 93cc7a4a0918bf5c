// The rows and columns the CRS tables are made of: bands of ages, CLB levels or years with their
// points, education rows, additional-points items and the column pairs of skill transferability.

import type { Band } from "../../core/bands.js";
import type { EducationLevel } from "../education-level.js";

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
export interface CrsBand extends Band {
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
