// The one reader of a credential list on a day, shared by the CRS, the Federal Skilled Worker
// program and the AAIP Worker EOI: which credentials are held and count, and the level they give.

import { argumentError } from "../core/argument.js";
import { addYearsWithin } from "../core/calendar.js";
import type { IsoDate } from "../core/iso-date.js";
import type { EducationCredential, EducationCredentialLevel } from "../models/education.js";
import { ECA_VALIDITY_YEARS } from "./eca-validity.js";

export { ECA_VALIDITY_YEARS } from "./eca-validity.js";

/**
 * The levels of education of the CRS tables and of the FSW selection grid (the two list the same
 * eight), lowest first. `two-or-more` is "two or more certificates, diplomas or degrees, one of them
 * for a program of three years or more"; `masters` includes a professional degree needed to practise
 * a licensed profession (medicine, veterinary medicine, dentistry, optometry, law, chiropractic
 * medicine or pharmacy); `bachelors` includes any other program of three years or more.
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
 * A level of education of the CRS tables and the FSW grid (see {@link EDUCATION_LEVELS}).
 *
 * @example
 * ```ts
 * const level: EducationLevel = "two-or-more";
 * ```
 */
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * The rank of a level in {@link EDUCATION_LEVELS}: 0 for `less-than-secondary` up to 7 for
 * `doctoral`. Every CRS table and the FSW grid give at least as many points to a higher rank. A
 * value that is no level is a TypeError naming it.
 *
 * @example
 * ```ts
 * educationRank("bachelors"); // 4
 * educationRank("doctoral"); // 7
 * ```
 */
export function educationRank(level: EducationLevel): number {
  const rank = EDUCATION_LEVELS.indexOf(level);
  if (rank < 0) throw argumentError("level", `one of ${EDUCATION_LEVELS.join(", ")}`, level);
  return rank;
}

/**
 * How one credential stands on a day: `counts` (Canadian, or foreign with a valid ECA),
 * `not-yet-completed` (completed after the day), `eca-missing` (foreign, ECA date not answered:
 * undecided), `eca-not-yet-issued` (the ECA is dated after the day), `eca-expired` (the ECA is
 * five years old or more).
 *
 * @example
 * ```ts
 * const s: CredentialStanding = "eca-missing";
 * ```
 */
export type CredentialStanding = "counts" | "not-yet-completed" | "eca-missing" | "eca-not-yet-issued" | "eca-expired";

/**
 * Whether a credential is held on `asOf`: one completed after `asOf` is not; one without a
 * completion date is taken as completed (the list holds completed credentials).
 *
 * @example
 * ```ts
 * completedBy({ level: "bachelors", inCanada: true, completedOn: isoDate("2026-05-01") }, isoDate("2026-04-30")); // false
 * ```
 */
export function completedBy(credential: EducationCredential, asOf: IsoDate): boolean {
  return credential.completedOn === undefined || credential.completedOn <= asOf;
}

/**
 * The standing of a credential on `asOf` (see {@link CredentialStanding}).
 *
 * @example
 * ```ts
 * credentialStanding({ level: "masters", inCanada: false, ecaIssuedOn: isoDate("2021-03-01") }, isoDate("2026-03-01")); // "eca-expired"
 * ```
 */
export function credentialStanding(credential: EducationCredential, asOf: IsoDate): CredentialStanding {
  if (!completedBy(credential, asOf)) return "not-yet-completed";
  if (credential.inCanada) return "counts";
  if (credential.ecaIssuedOn === undefined) return "eca-missing";
  if (credential.ecaIssuedOn > asOf) return "eca-not-yet-issued";
  if (asOf >= addYearsWithin(credential.ecaIssuedOn, ECA_VALIDITY_YEARS)) return "eca-expired";
  return "counts";
}

/**
 * The level a single credential is scored as: a three-year program other than a degree as a
 * bachelor's, a professional degree as a master's.
 *
 * @example
 * ```ts
 * levelOfCredential("professional-degree"); // "masters"
 * ```
 */
export function levelOfCredential(level: EducationCredentialLevel): EducationLevel {
  switch (level) {
    case "secondary":
      return "secondary";
    case "one-year":
      return "one-year";
    case "two-year":
      return "two-year";
    case "bachelors":
    case "three-year-or-longer":
      return "bachelors";
    case "masters":
    case "professional-degree":
      return "masters";
    case "doctoral":
      return "doctoral";
  }
}

/** A bachelor's degree whose `years` is not given: it may or may not be three years or longer. Internal. */
export function lengthIsOpen(credential: EducationCredential): boolean {
  return credential.level === "bachelors" && credential.years === undefined;
}

/**
 * Whether a credential is from a program of three years or longer. A bachelor's degree is one when
 * its `years` says so; when `years` is not given it may be (most are, some are shorter), and
 * `lengthUnknownCounts` says which way to read it: `false` for what the answers prove, `true` for
 * the most they could give. A one- or two-year credential never is; a graduate degree is when
 * `years` says so (it only matters for "two or more credentials", which a graduate degree already
 * outranks).
 */
function isThreeYearProgram(credential: EducationCredential, lengthUnknownCounts: boolean): boolean {
  switch (credential.level) {
    case "three-year-or-longer":
      return true;
    case "bachelors":
      return lengthIsOpen(credential) ? lengthUnknownCounts : (credential.years as number) >= 3;
    case "masters":
    case "professional-degree":
    case "doctoral":
      return credential.years !== undefined && credential.years >= 3;
    default:
      return false;
  }
}

/**
 * The level of a set of credentials: the highest single one, or `two-or-more` when at least two
 * are post-secondary and one of those is from a program of three years or longer, whichever ranks
 * higher. A bachelor's degree whose `years` is not given is not taken to be three years or longer
 * (the level the answers prove; `readCredentials` also gives the most it could be).
 *
 * @example
 * ```ts
 * levelOfCredentials([
 *   { level: "bachelors", years: 4, inCanada: true },
 *   { level: "one-year", inCanada: true },
 * ]); // "two-or-more"
 * ```
 */
export function levelOfCredentials(credentials: readonly EducationCredential[]): EducationLevel {
  return levelOf(credentials, false);
}

/** The level of a set of credentials, a bachelor's of unknown length read as `lengthUnknownCounts` says. */
function levelOf(credentials: readonly EducationCredential[], lengthUnknownCounts: boolean): EducationLevel {
  let best: EducationLevel = "less-than-secondary";
  for (const c of credentials) {
    const level = levelOfCredential(c.level);
    if (educationRank(level) > educationRank(best)) best = level;
  }
  const postSecondary = credentials.filter((c) => c.level !== "secondary");
  if (
    postSecondary.length >= 2 &&
    postSecondary.some((c) => isThreeYearProgram(c, lengthUnknownCounts)) &&
    educationRank("two-or-more") > educationRank(best)
  ) {
    best = "two-or-more";
  }
  return best;
}

/**
 * A credential list read on a day: each credential's standing, the credentials that certainly
 * count and their level, the level they would give if every unanswered ECA date were answered with
 * a valid ECA and every bachelor's of unknown length were three years or longer, and which of those
 * open answers could raise the level.
 *
 * @example
 * ```ts
 * const { level, possibleLevel, standings } = readCredentials(candidate.education ?? [], asOf);
 * ```
 */
export interface CredentialReading {
  /** Each credential's standing, in list order. */
  readonly standings: readonly CredentialStanding[];
  /** The credentials that count (`counts`), in list order. */
  readonly counting: readonly EducationCredential[];
  /** The level the credentials certainly give. */
  readonly level: EducationLevel;
  /**
   * The level they give if every `eca-missing` credential counted and every bachelor's whose
   * `years` is not given were three years or longer.
   */
  readonly possibleLevel: EducationLevel;
  /** The credentials (by index) whose unanswered `ecaIssuedOn` could raise the level. */
  readonly ecaOpen: readonly number[];
  /** The bachelor's degrees (by index) whose unanswered `years` could raise the level. */
  readonly lengthOpen: readonly number[];
}

/**
 * Reads a credential list on `asOf`. A credential counts if it was completed by `asOf` (or has no
 * completion date) and is Canadian, or foreign with an ECA issued by `asOf` and less than five
 * years old. A foreign credential without `ecaIssuedOn` is undecided: left out of `level`, counted
 * in `possibleLevel`; so is the length of a bachelor's whose `years` is not given (see
 * {@link levelOfCredentials}). An expired ECA is a known fact: the credential does not count.
 *
 * @example
 * ```ts
 * readCredentials([{ level: "masters", inCanada: false }], isoDate("2026-01-15"));
 * // { standings: ["eca-missing"], counting: [], level: "less-than-secondary", possibleLevel: "masters",
 * //   ecaOpen: [0], lengthOpen: [] }
 * ```
 */
export function readCredentials(credentials: readonly EducationCredential[], asOf: IsoDate): CredentialReading {
  const standings = credentials.map((c) => credentialStanding(c, asOf));
  const counting = credentials.filter((_, i) => standings[i] === "counts");
  const possible = credentials.filter((_, i) => standings[i] === "counts" || standings[i] === "eca-missing");
  const possibleLevel = levelOf(possible, true);
  const rank = educationRank;
  // An open answer matters when answering it favourably raises the level, whether the other kind
  // of open answer is then answered favourably or not (either alone may be enough).
  const ecaMatters =
    rank(possibleLevel) > rank(levelOf(counting, true)) ||
    rank(levelOf(possible, false)) > rank(levelOf(counting, false));
  const lengthMatters =
    rank(possibleLevel) > rank(levelOf(possible, false)) ||
    rank(levelOf(counting, true)) > rank(levelOf(counting, false));
  const ecaOpen: number[] = [];
  const lengthOpen: number[] = [];
  credentials.forEach((c, i) => {
    const standing = standings[i];
    if (ecaMatters && standing === "eca-missing") ecaOpen.push(i);
    if (lengthMatters && (standing === "counts" || standing === "eca-missing") && lengthIsOpen(c)) lengthOpen.push(i);
  });
  return { standings, counting, level: levelOf(counting, false), possibleLevel, ecaOpen, lengthOpen };
}
