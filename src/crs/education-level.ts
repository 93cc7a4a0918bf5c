import { EDUCATION_LEVELS, type EducationLevel } from "../education/credentials.js";

// The levels and their rank are the shared education reader's: the CRS tables and the FSW grid
// list the same eight levels.
export { EDUCATION_LEVELS, type EducationLevel, educationRank } from "../education/credentials.js";

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
