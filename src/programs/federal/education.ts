// A candidate's credentials as the Federal Skilled Worker program reads them: which count on
// `asOf` (Canadian, or foreign with an ECA less than 5 years old), and the grid's education level.

import { addYears } from "../../core/calendar.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { EducationCredential } from "../../models/education.js";

/**
 * The education levels of the FSW selection grid, lowest first. `bachelors` is any credential of a
 * program of three years or more (a bachelor's degree included); `two-or-more` is two or more
 * post-secondary credentials, one of a program of three years or more; `masters` includes a
 * professional degree needed to practise a licensed profession.
 *
 * @example
 * ```ts
 * FSW_EDUCATION_LEVELS.indexOf("masters") > FSW_EDUCATION_LEVELS.indexOf("two-or-more"); // true
 * ```
 */
export const FSW_EDUCATION_LEVELS = /* @__PURE__ */ Object.freeze([
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
 * A level of the FSW education factor (see {@link FSW_EDUCATION_LEVELS}).
 *
 * @example
 * ```ts
 * const level: FswEducationLevel = fswSelectionPoints(candidate, { asOf }).education.level;
 * ```
 */
export type FswEducationLevel = (typeof FSW_EDUCATION_LEVELS)[number];

/**
 * How one credential stands on `asOf` for FSW:
 * `counts` (Canadian, or foreign with a valid ECA), `not-yet-completed` (completed after `asOf`),
 * `eca-missing` (foreign, ECA date not answered: undecided), `eca-not-yet-issued`,
 * `eca-expired` (the ECA is 5 years old or more).
 *
 * @example
 * ```ts
 * const s: FswCredentialStanding = "eca-missing";
 * ```
 */
export type FswCredentialStanding =
  | "counts"
  | "not-yet-completed"
  | "eca-missing"
  | "eca-not-yet-issued"
  | "eca-expired";

/**
 * One credential as judged on `asOf`.
 *
 * @example
 * ```ts
 * for (const c of deriveFederalFacts(candidate, asOf).education.credentials) console.log(c.path, c.standing);
 * ```
 */
export interface FswCredential {
  readonly index: number;
  /** Input path, e.g. `education[0]`. */
  readonly path: string;
  readonly credential: EducationCredential;
  readonly standing: FswCredentialStanding;
  /** The grid level this credential alone is scored as. */
  readonly level: FswEducationLevel;
  /** A sentence saying why it counts or not. */
  readonly reason: string;
}

/**
 * The candidate's education as FSW reads it on `asOf`: each credential's standing, the grid level
 * of the credentials that certainly count (`level`) and of those that may (`possibleLevel`, adding
 * foreign credentials whose ECA date is not answered).
 *
 * @example
 * ```ts
 * const { level, possibleLevel, missing } = deriveFederalFacts(candidate, asOf).education;
 * ```
 */
export interface FswEducationFacts {
  /** False when `education` was left out. */
  readonly given: boolean;
  readonly credentials: readonly FswCredential[];
  readonly level: FswEducationLevel;
  readonly possibleLevel: FswEducationLevel;
  /** Paths whose answers could raise the level (or make a credential count). */
  readonly missing: readonly string[];
}

/** Years an Educational Credential Assessment stays valid. Internal. */
export const FSW_ECA_VALIDITY_YEARS = 5;

/** The rank of a level (0 = less than secondary). Internal. */
export function fswEducationRank(level: FswEducationLevel): number {
  return FSW_EDUCATION_LEVELS.indexOf(level);
}

function levelOfOne(credential: EducationCredential): FswEducationLevel {
  switch (credential.level) {
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

/** A bachelor's counts as three years or more unless `years` says less; a graduate degree only if `years` says so. */
function isThreeYearProgram(credential: EducationCredential): boolean {
  switch (credential.level) {
    case "three-year-or-longer":
      return true;
    case "bachelors":
      return credential.years === undefined || credential.years >= 3;
    case "masters":
    case "professional-degree":
    case "doctoral":
      return credential.years !== undefined && credential.years >= 3;
    default:
      return false;
  }
}

/** The grid level of a set of credentials. Internal. */
export function fswLevelOf(credentials: readonly EducationCredential[]): FswEducationLevel {
  let best: FswEducationLevel = "less-than-secondary";
  for (const c of credentials) {
    const level = levelOfOne(c);
    if (fswEducationRank(level) > fswEducationRank(best)) best = level;
  }
  const postSecondary = credentials.filter((c) => c.level !== "secondary");
  if (
    postSecondary.length >= 2 &&
    postSecondary.some(isThreeYearProgram) &&
    fswEducationRank("two-or-more") > fswEducationRank(best)
  ) {
    return "two-or-more";
  }
  return best;
}

function judge(credential: EducationCredential, index: number, path: string, asOf: IsoDate): FswCredential {
  const at = `${path}[${index}]`;
  const level = levelOfOne(credential);
  // Built by a function rather than by spreading a shared base: this runs for every credential of
  // every assessment, and an object literal that starts with a spread is slow to build in V8.
  const judged = (standing: FswCredential["standing"], reason: string): FswCredential => ({
    index,
    path: at,
    credential,
    level,
    standing,
    reason,
  });
  const where = credential.inCanada ? "Canadian" : "foreign";
  if (credential.completedOn !== undefined && credential.completedOn > asOf) {
    return judged("not-yet-completed", `${at} is completed on ${credential.completedOn}, after ${asOf}.`);
  }
  if (credential.inCanada) return judged("counts", `${at} is a ${where} credential (no ECA needed).`);
  if (credential.ecaIssuedOn === undefined) {
    return judged(
      "eca-missing",
      `${at} is a foreign credential whose ECA date is not given (${at}.ecaIssuedOn); it counts only with an ECA less than 5 years old.`,
    );
  }
  if (credential.ecaIssuedOn > asOf) {
    return judged("eca-not-yet-issued", `${at}'s ECA is dated ${credential.ecaIssuedOn}, after ${asOf}.`);
  }
  const expires = addYears(credential.ecaIssuedOn, FSW_ECA_VALIDITY_YEARS);
  if (asOf >= expires) {
    return judged(
      "eca-expired",
      `${at}'s ECA (issued ${credential.ecaIssuedOn}) expired on ${expires}: an ECA counts for 5 years.`,
    );
  }
  return judged(
    "counts",
    `${at} is a foreign credential with an ECA issued ${credential.ecaIssuedOn}, valid until the day before ${expires}.`,
  );
}

/** Reads the credentials on `asOf`. Internal. */
export function readEducation(
  education: readonly EducationCredential[] | undefined,
  asOf: IsoDate,
  path = "education",
): FswEducationFacts {
  if (education === undefined) {
    return { given: false, credentials: [], level: "less-than-secondary", possibleLevel: "doctoral", missing: [path] };
  }
  const credentials = education.map((c, i) => judge(c, i, path, asOf));
  const certain = credentials.filter((c) => c.standing === "counts").map((c) => c.credential);
  const possible = credentials
    .filter((c) => c.standing === "counts" || c.standing === "eca-missing")
    .map((c) => c.credential);
  const level = fswLevelOf(certain);
  const possibleLevel = fswLevelOf(possible);
  const undecided = credentials.filter((c) => c.standing === "eca-missing").map((c) => `${c.path}.ecaIssuedOn`);
  return { given: true, credentials, level, possibleLevel, missing: undecided };
}
