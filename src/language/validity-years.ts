// How long a language test result counts. A module of its own: the catalogues read the number
// without the equivalency data around it.

/**
 * How long a language test result stays valid: 2 years from the day of the test.
 *
 * @example
 * ```ts
 * LANGUAGE_TEST_VALIDITY_YEARS; // 2
 * ```
 */
export const LANGUAGE_TEST_VALIDITY_YEARS = 2;
