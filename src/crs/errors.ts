/**
 * Why {@link CrsInputError} was thrown: `invalid_as_of` (no date, or not a calendar date),
 * `before_crs` (a date before the CRS existed, 2015-01-01), `invalid_factor` (a factor outside its
 * domain: a negative age, a CLB level of 4.5, an unknown education level, ...).
 *
 * @example
 * ```ts
 * const code: CrsInputErrorCode = "before_crs";
 * ```
 */
export type CrsInputErrorCode = "invalid_as_of" | "before_crs" | "invalid_factor";

/**
 * Thrown by the low-level CRS functions ({@link scoreCrs}, {@link crsTablesAsOf}) when they are
 * called wrongly: factors outside their domain, or a date on which no CRS existed. These are
 * programming errors, found before any table is read. The candidate-level functions
 * ({@link crsFactors}, {@link calculateCrs}, {@link crsImprovements}) never throw for such input:
 * they return `{ ok: false, issues }` instead.
 *
 * @example
 * ```ts
 * try {
 *   scoreCrs(factors, { asOf: isoDate("2014-12-31") });
 * } catch (error) {
 *   if (error instanceof CrsInputError) console.log(error.code, error.path); // "before_crs" "asOf"
 * }
 * ```
 */
export class CrsInputError extends Error {
  /** A stable code to switch on. */
  readonly code: CrsInputErrorCode;
  /** The offending argument, written as a path: `asOf`, `factors.age`, `factors.firstLanguage.reading`. */
  readonly path: string;
  constructor(code: CrsInputErrorCode, path: string, message: string) {
    super(message);
    this.name = "CrsInputError";
    this.code = code;
    this.path = path;
  }
}
