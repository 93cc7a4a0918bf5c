// What the checks of a draw's selection parameters read from the candidate, computed once for
// every draw.

import type { IsoDate } from "../../../core/iso-date.js";
import { type CrsResult, calculateCrsWithoutNomination } from "../../../crs/calculate.js";
import { type CrsWithTestsOpen, crsWithLanguageTestsOpen } from "../../../crs/language-tests-open.js";
import { minimumClb } from "../../../language/clb.js";
import { type OfficialLanguageLevels, officialLanguageLevels } from "../../../language/official-language-levels.js";
import type { Candidate } from "../../../models/candidate.js";

/** What the checks read from the candidate, computed once for every draw. */
export interface CandidateOnDay {
  readonly candidate: Candidate;
  readonly asOf: IsoDate;
  /** The language levels on `asOf`, each language's result ranked by its lowest level. */
  readonly languages: OfficialLanguageLevels;
  readonly crs: CrsResult;
  /** The score's bounds when only language tests keep `crs` from being computed. */
  readonly crsTestsOpen: CrsWithTestsOpen | undefined;
}

/** The candidate's language levels and CRS on `asOf`, for the draw checks. */
export function candidateOnDay(candidate: Candidate, asOf: IsoDate): CandidateOnDay {
  const crs = calculateCrsWithoutNomination(candidate, { asOf });
  return {
    candidate,
    asOf,
    // Each language's result with the highest lowest level: the one a minimum in every ability
    // reads (a higher sum of levels can hide a test that meets it).
    languages: officialLanguageLevels(candidate.languageTests, { asOf, rank: minimumClb }),
    crs,
    crsTestsOpen: crs.ok ? undefined : crsWithLanguageTestsOpen(candidate, asOf, crs.issues),
  };
}
