// A candidate's credentials as the Federal Skilled Worker program reads them: which count on
// `asOf` (Canadian, or foreign with an ECA less than 5 years old), and the grid's education level.

import { addYearsWithin } from "../../core/calendar.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import {
  type CredentialReading,
  type CredentialStanding,
  ECA_VALIDITY_YEARS,
  EDUCATION_LEVELS,
  type EducationLevel,
  levelOfCredential,
  readCredentials,
} from "../../education/credentials.js";
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
export const FSW_EDUCATION_LEVELS = EDUCATION_LEVELS;

/**
 * A level of the FSW education factor (see {@link FSW_EDUCATION_LEVELS}).
 *
 * @example
 * ```ts
 * const level: FswEducationLevel = fswSelectionPoints(candidate, { asOf }).education.level;
 * ```
 */
export type FswEducationLevel = EducationLevel;

// How one credential stands on `asOf` is the shared reader's standing (see CredentialStanding).
export type { CredentialStanding as FswCredentialStanding } from "../../education/credentials.js";

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
  readonly standing: CredentialStanding;
  /** The grid level this credential alone is scored as. */
  readonly level: FswEducationLevel;
  /** Why it counts or not, as data. */
  readonly message: Message;
}

/**
 * The candidate's education as FSW reads it on `asOf`: each credential's standing, the grid level
 * of the credentials that certainly count (`level`) and of those that may (`possibleLevel`, adding
 * foreign credentials whose ECA date is not answered and counting a bachelor's of unknown length
 * as three years or longer).
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
  /** What could raise the level: unanswered ECA dates (`eca`), bachelor's of unknown length (`length`). */
  readonly open: readonly ("eca" | "length")[];
}

/** The reason a credential counts or not, for its standing on `asOf`. */
function judge(
  credential: EducationCredential,
  index: number,
  path: string,
  asOf: IsoDate,
  standing: CredentialStanding,
): FswCredential {
  const at = `${path}[${index}]`;
  const level = levelOfCredential(credential.level);
  const judged = (explanation: Message): FswCredential => ({
    index,
    path: at,
    credential,
    level,
    standing,
    message: explanation,
  });
  switch (standing) {
    case "not-yet-completed":
      return judged(
        message("fsw.credential.not-yet-completed", { path: at, completedOn: String(credential.completedOn), asOf }),
      );
    case "eca-missing":
      return judged(message("fsw.credential.eca-not-answered", { path: at }));
    case "eca-not-yet-issued":
      return judged(
        message("fsw.credential.eca-not-yet-issued", { path: at, ecaIssuedOn: String(credential.ecaIssuedOn), asOf }),
      );
    case "eca-expired":
    case "counts": {
      if (credential.inCanada) return judged(message("fsw.credential.canadian", { path: at }));
      const issued = credential.ecaIssuedOn as IsoDate;
      const expires = addYearsWithin(issued, ECA_VALIDITY_YEARS);
      return judged(
        message(standing === "counts" ? "fsw.credential.eca-valid" : "fsw.credential.eca-expired", {
          path: at,
          issued,
          expires,
        }),
      );
    }
  }
}

/** Reads the credentials on `asOf`. Internal. */
export function readEducation(
  education: readonly EducationCredential[] | undefined,
  asOf: IsoDate,
  path = "education",
  /** `readCredentials(education, asOf)`, when already made (else made here). */
  reading?: CredentialReading,
): FswEducationFacts {
  if (education === undefined) {
    return {
      given: false,
      credentials: [],
      level: "less-than-secondary",
      possibleLevel: "doctoral",
      missing: [path],
      open: [],
    };
  }
  const { standings, level, possibleLevel, ecaOpen, lengthOpen } = reading ?? readCredentials(education, asOf);
  const credentials = education.map((c, i) => judge(c, i, path, asOf, standings[i] as CredentialStanding));
  const undecided = credentials.filter((c) => c.standing === "eca-missing").map((c) => `${c.path}.ecaIssuedOn`);
  const lengths = lengthOpen.map((i) => `${path}[${i}].years`);
  const open = [
    ...(ecaOpen.length > 0 ? (["eca"] as const) : []),
    ...(lengths.length > 0 ? (["length"] as const) : []),
  ];
  return { given: true, credentials, level, possibleLevel, missing: [...undecided, ...lengths], open };
}
