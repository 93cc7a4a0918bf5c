// From a list of credentials to the CRS level of education and the Canadian-education points.

import type { IsoDate } from "../core/iso-date.js";
import { type CredentialReading, lengthIsOpen, readCredentials } from "../education/credentials.js";
import type { EducationCredential } from "../models/education.js";
import { type CanadianEducation, canadianEducationRank } from "./factors.js";

export { levelOfCredentials } from "../education/credentials.js";

/**
 * The Canadian-education line of one Canadian credential; a bachelor's whose `years` is not given
 * gives "one or two years" for certain and "three years or longer" at most.
 */
function canadianEducationOf(credential: EducationCredential, lengthUnknownCounts: boolean): CanadianEducation {
  switch (credential.level) {
    case "secondary":
      return "none";
    case "one-year":
    case "two-year":
      return "one-or-two-year";
    case "bachelors":
      if (credential.years === undefined) return lengthUnknownCounts ? "three-year-or-longer" : "one-or-two-year";
      return credential.years < 3 ? "one-or-two-year" : "three-year-or-longer";
    case "three-year-or-longer":
    case "masters":
    case "professional-degree":
    case "doctoral":
      return "three-year-or-longer";
  }
}

/**
 * What the credentials give on a day for the CRS: the shared reading's standings and certain and
 * possible levels, the Canadian-education line, and the paths that could raise the level. Internal.
 */
export interface EducationFinding extends Omit<CredentialReading, "counting" | "ecaOpen" | "lengthOpen"> {
  /**
   * The Canadian-education line the answers prove (Canadian credentials need no ECA; a bachelor's
   * of unknown length gives the one- or two-year line, its `years` then missing).
   */
  readonly canadianEducation: CanadianEducation;
  /** The Canadian-education line the answers could prove: `canadianEducation` when nothing is open. */
  readonly possibleCanadianEducation: CanadianEducation;
  /** Input paths that could raise the level. */
  readonly missing: readonly string[];
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
  /** `readCredentials(credentials, asOf)`, when already made (else made here). */
  reading?: CredentialReading,
  /** Whether the Canadian-education line is scored (the candidate's; a spouse's is not). */
  canadianLine = true,
): EducationFinding {
  if (credentials === undefined) {
    return {
      level: "less-than-secondary",
      possibleLevel: "doctoral",
      canadianEducation: "none",
      possibleCanadianEducation: canadianLine ? "three-year-or-longer" : "none",
      missing: [path],
      standings: [],
    };
  }
  const { standings, counting, level, possibleLevel, ecaOpen, lengthOpen } =
    reading ?? readCredentials(credentials, asOf);
  const missing = ecaOpen.map((i) => `${path}[${i}].ecaIssuedOn`);
  const lengths = new Set(lengthOpen);
  let canadianEducation: CanadianEducation = "none";
  let possibleCanadian: CanadianEducation = "none";
  for (const c of counting) {
    if (!c.inCanada) continue;
    const line = canadianEducationOf(c, false);
    if (canadianEducationRank(line) > canadianEducationRank(canadianEducation)) canadianEducation = line;
    const best = canadianEducationOf(c, true);
    if (canadianEducationRank(best) > canadianEducationRank(possibleCanadian)) possibleCanadian = best;
  }
  // A Canadian bachelor's of unknown length could still give the longer program's points.
  if (canadianLine && canadianEducationRank(possibleCanadian) > canadianEducationRank(canadianEducation)) {
    credentials.forEach((c, i) => {
      if (standings[i] === "counts" && c.inCanada && lengthIsOpen(c)) lengths.add(i);
    });
  }
  for (const i of [...lengths].sort((a, b) => a - b)) missing.push(`${path}[${i}].years`);
  return {
    level,
    possibleLevel,
    canadianEducation,
    possibleCanadianEducation: canadianLine ? possibleCanadian : canadianEducation,
    missing,
    standings,
  };
}
