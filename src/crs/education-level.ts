/**
 * The CRS levels of education, lowest first, as the CRS tables list them. `two-or-more` is "two
 * or more certificates, diplomas or degrees, one of them for a program of three years or more";
 * `masters` includes a professional degree needed to practise a licensed profession (medicine,
 * veterinary medicine, dentistry, optometry, law, chiropractic medicine or pharmacy); `bachelors`
 * includes any other program of three years or more.
 *
 * @example
 * ```ts
 * EDUCATION_LEVELS.indexOf("masters") > EDUCATION_LEVELS.indexOf("two-or-more"); // true
 * ```
 */
export const EDUCATION_LEVELS = /* @__PURE__ */ Object.freeze([
  "less-than-secondary",
  "secondary",
  "one-year",
  "two-year",
  "bachelors",
  "two-or-more",
  "masters",
  "doctoral",
] as const);

/**
 * A CRS level of education (see {@link EDUCATION_LEVELS} for what each one covers).
 *
 * @example
 * ```ts
 * const level: EducationLevel = "two-or-more";
 * ```
 */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * The rank of a level in {@link EDUCATION_LEVELS}: 0 for `less-than-secondary` up to 7 for
 * `doctoral`. Every CRS table gives at least as many points to a higher rank.
 *
 * @example
 * ```ts
 * educationRank("bachelors"); // 4
 * educationRank("doctoral"); // 7
 * ```
 */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/**
 * Whether a value is one of the CRS {@link EducationLevel}s.
 *
 * @example
 * ```ts
 * isEducationLevel("masters"); // true
 * isEducationLevel("professional-degree"); // false: a credential level, scored as "masters"
 * ```
 */
export function isEducationLevel(value: unknown): value is EducationLevel {
  if (typeof value !== "string") return false;
  // A loop, not includes: on a frozen array Array.prototype.includes is slow in Node 20's V8.
  for (let i = 0; i < EDUCATION_LEVELS.length; i++) if (EDUCATION_LEVELS[i] === value) return true;
  return false;
}
