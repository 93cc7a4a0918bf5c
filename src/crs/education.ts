// From a list of credentials to the CRS level of education and the Canadian-education points.

import { addYears } from "../core/calendar.js";
import type { IsoDate } from "../core/iso-date.js";
import type { EducationCredential, EducationCredentialLevel } from "../models/education.js";
import { type EducationLevel, educationRank } from "./education-level.js";
import type { CanadianEducation } from "./factors.js";

/**
 * Years an Educational Credential Assessment (ECA) stays valid: results five or more years old no
 * longer count (Ministerial Instructions 2017-1, s. 3(4), in force 2017-06-06; IRPR s. 73(1)
 * before that).
 */
export const ECA_VALIDITY_YEARS = 5;

/** How one credential stands on a day. Internal. */
export type CredentialStanding =
  | "counts" // Canadian, or foreign with a valid ECA
  | "not-yet-completed" // completedOn after asOf
  | "eca-missing" // foreign, ecaIssuedOn not answered: unknown
  | "eca-not-yet-issued" // foreign, ECA issued after asOf
  | "eca-expired"; // foreign, ECA five or more years old on asOf

/** The CRS level a single credential is scored as. Internal. */
export function crsLevelOf(level: EducationCredentialLevel): EducationLevel {
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

/**
 * Whether a credential is from a program of three years or longer. IRCC's tables put a bachelor's
 * degree with "a three or more year program", so a bachelor's counts as one unless `years` says it
 * was shorter; a one- or two-year credential never does; a graduate degree does when `years` says
 * so (it only matters for "two or more credentials", which a graduate degree already outranks).
 */
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

/** The standing of a credential on `asOf`. Internal. */
export function credentialStanding(credential: EducationCredential, asOf: IsoDate): CredentialStanding {
  if (credential.completedOn !== undefined && credential.completedOn > asOf) return "not-yet-completed";
  if (credential.inCanada) return "counts";
  if (credential.ecaIssuedOn === undefined) return "eca-missing";
  if (credential.ecaIssuedOn > asOf) return "eca-not-yet-issued";
  if (asOf >= addYears(credential.ecaIssuedOn, ECA_VALIDITY_YEARS)) return "eca-expired";
  return "counts";
}

/**
 * The CRS level of a set of credentials: the highest single one, or "two or more" when at least
 * two are post-secondary and one of those is from a program of three years or longer, whichever
 * ranks higher. Internal.
 */
export function levelOfCredentials(credentials: readonly EducationCredential[]): EducationLevel {
  let best: EducationLevel = "less-than-secondary";
  for (const c of credentials) {
    const level = crsLevelOf(c.level);
    if (educationRank(level) > educationRank(best)) best = level;
  }
  const postSecondary = credentials.filter((c) => c.level !== "secondary");
  if (
    postSecondary.length >= 2 &&
    postSecondary.some(isThreeYearProgram) &&
    educationRank("two-or-more") > educationRank(best)
  ) {
    best = "two-or-more";
  }
  return best;
}

/** The Canadian-education line of one Canadian credential. Internal. */
function canadianEducationOf(credential: EducationCredential): CanadianEducation {
  switch (credential.level) {
    case "secondary":
      return "none";
    case "one-year":
    case "two-year":
      return "one-or-two-year";
    case "bachelors":
      return credential.years !== undefined && credential.years < 3 ? "one-or-two-year" : "three-year-or-longer";
    case "three-year-or-longer":
    case "masters":
    case "professional-degree":
    case "doctoral":
      return "three-year-or-longer";
  }
}

const CANADIAN_RANK: Readonly<Record<CanadianEducation, number>> = {
  none: 0,
  "one-or-two-year": 1,
  "three-year-or-longer": 2,
};

/** What the credentials give on a day: certain and possible levels, with the paths that differ. Internal. */
export interface EducationFinding {
  /** The level the credentials certainly give. */
  readonly level: EducationLevel;
  /** The level they would give if every unanswered ECA date were answered with a valid ECA. */
  readonly possibleLevel: EducationLevel;
  /** The Canadian-education line (Canadian credentials need no ECA, so it is certain). */
  readonly canadianEducation: CanadianEducation;
  /** Input paths that could raise the level. */
  readonly missing: readonly string[];
  /** Each credential's standing, in list order. */
  readonly standings: readonly CredentialStanding[];
}

/**
 * Reads a credential list on `asOf`. A list left out is unanswered (level `less-than-secondary`,
 * the list in `missing`). A credential counts if it was completed by `asOf` (or no completion date
 * is given: the list holds completed credentials) and is Canadian, or foreign with an ECA issued by
 * `asOf` and less than five years old. A foreign credential without `ecaIssuedOn` is unknown: it is
 * left out of `level`, counted in `possibleLevel`, and its `ecaIssuedOn` path is missing. An
 * expired ECA is a known fact: the credential does not count. Internal.
 */
export function educationFinding(
  credentials: readonly EducationCredential[] | undefined,
  asOf: IsoDate,
  path: string,
): EducationFinding {
  if (credentials === undefined) {
    return {
      level: "less-than-secondary",
      possibleLevel: "doctoral",
      canadianEducation: "none",
      missing: [path],
      standings: [],
    };
  }
  const standings = credentials.map((c) => credentialStanding(c, asOf));
  const certain = credentials.filter((_, i) => standings[i] === "counts");
  const possible = credentials.filter((_, i) => standings[i] === "counts" || standings[i] === "eca-missing");
  const level = levelOfCredentials(certain);
  const possibleLevel = levelOfCredentials(possible);
  const missing =
    educationRank(possibleLevel) > educationRank(level)
      ? credentials.flatMap((_, i) => (standings[i] === "eca-missing" ? [`${path}[${i}].ecaIssuedOn`] : []))
      : [];
  let canadianEducation: CanadianEducation = "none";
  for (const c of certain) {
    if (!c.inCanada) continue;
    const line = canadianEducationOf(c);
    if (CANADIAN_RANK[line] > CANADIAN_RANK[canadianEducation]) canadianEducation = line;
  }
  return { level, possibleLevel, canadianEducation, missing, standings };
}
