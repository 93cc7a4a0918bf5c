// The Federal Skilled Worker 100-point selection grid (pass mark 67): six factors, each broken
// down, with certain points and the most the unanswered questions could add.

import { readAsOf } from "../../../core/as-of.js";
import type { Citation } from "../../../core/citation.js";
import type { IsoDate } from "../../../core/iso-date.js";
import type { ScoreBounds } from "../../../core/score-bounds.js";
import type { Verdict } from "../../../core/verdict.js";
import type { Candidate } from "../../../models/candidate.js";
import { checkedCandidate } from "../../../models/read-candidate.js";
import { type FswEducationFacts, readEducation } from "../education.js";
import { type FederalFinding, fswArrangedEmploymentFinding } from "../findings.js";
import { type FederalLanguageFacts, readLanguageTests } from "../language.js";
import { fswSelectionFactorsSource } from "../sources.js";
import { adaptabilityFactor, type FswAdaptabilityPoints } from "./adaptability.js";
import { ageFactor, type FswAgePoints } from "./age.js";
import { arrangedFactor } from "./arranged-employment.js";
import { educationFactor, type FswEducationPoints } from "./education.js";
import { experienceFactor, type FswExperiencePoints } from "./experience.js";
import type { FswFactorPoints } from "./factor.js";
import { grid, gridValue } from "./grid.js";
import { type FswLanguagePoints, languageFactor } from "./language.js";

/**
 * The FSW pass mark: 67 of 100 selection points (`passMark` of the grid in
 * data/ircc/fsw-selection-grid.json).
 *
 * @example
 * ```ts
 * import { FSW_PASS_MARK, fswSelectionPoints, isoDate } from "alberta-atp";
 * fswSelectionPoints(candidate, { asOf: isoDate("2026-01-15") }).total >= FSW_PASS_MARK;
 * ```
 */
export const FSW_PASS_MARK: number = /* @__PURE__ */ gridValue((g) => g.passMark);

/**
 * A candidate's FSW selection points on `asOf`, factor by factor, with their
 * {@link ScoreBounds}: `total` is certain; `maximumReachable` is the most the unanswered questions
 * (`missing`) could bring; `verdict` is
 * `pass` when `total >= 67`, `fail` when even `maximumReachable < 67`, else `unknown`. `passes` is
 * `verdict === "pass"`.
 *
 * @example
 * ```ts
 * const p: FswSelectionPoints = fswSelectionPoints(candidate, { asOf: isoDate("2026-01-15") });
 * console.log(`${p.total}/100 (pass mark ${p.passMark})`, p.verdict);
 * ```
 */
export interface FswSelectionPoints extends ScoreBounds {
  readonly asOf: IsoDate;
  readonly language: FswLanguagePoints;
  readonly education: FswEducationPoints;
  readonly experience: FswExperiencePoints;
  readonly age: FswAgePoints;
  readonly arrangedEmployment: FswFactorPoints;
  readonly adaptability: FswAdaptabilityPoints;
  /** The points needed to pass (67), from the grid. */
  readonly passMark: number;
  /** The most points there are (100), from the grid. */
  readonly maximum: number;
  readonly passes: boolean;
  readonly verdict: Verdict;
  /**
   * `true` when `maximumReachable` is above `total` with nothing in `missing` to answer: the data,
   * not an answer, leave the points open (a language test taken before the first chart this
   * library knows), and with them a verdict of `unknown`. Absent otherwise.
   */
  readonly uncertain?: true;
  readonly source: Citation;
}

/** What the points are computed from, derived once. Internal. */
export interface FswPointsInputs {
  readonly language: FederalLanguageFacts;
  readonly education: FswEducationFacts;
  readonly arrangedEmployment: FederalFinding;
}

/** The selection points from derived inputs. Internal. */
export function computeFswSelectionPoints(
  candidate: Candidate,
  asOf: IsoDate,
  inputs: FswPointsInputs,
): FswSelectionPoints {
  const language = languageFactor(inputs.language);
  const education = educationFactor(inputs.education);
  const experience = experienceFactor(candidate.workHistory, asOf);
  const age = ageFactor(candidate.dateOfBirth, asOf);
  const arrangedEmployment = arrangedFactor(inputs.arrangedEmployment);
  const adaptability = adaptabilityFactor(candidate, asOf, inputs.arrangedEmployment);
  const factors = [language, education, experience, age, arrangedEmployment, adaptability];
  const total = factors.reduce((sum, f) => sum + f.points, 0);
  const maximumReachable = factors.reduce((sum, f) => sum + f.maximumReachable, 0);
  const verdict: Verdict = total >= FSW_PASS_MARK ? "pass" : maximumReachable < FSW_PASS_MARK ? "fail" : "unknown";
  const missing = [...new Set(factors.flatMap((f) => f.missing))];
  const points: FswSelectionPoints = {
    asOf,
    total,
    maximumReachable,
    language,
    education,
    experience,
    age,
    arrangedEmployment,
    adaptability,
    passMark: grid.passMark,
    maximum: grid.maximum,
    passes: verdict === "pass",
    verdict,
    missing,
    source: fswSelectionFactorsSource,
  };
  // Open with nothing to answer: the data leave the points open (and so, when the pass mark lies
  // between the bounds, the verdict).
  return missing.length === 0 && points.maximumReachable > points.total ? { ...points, uncertain: true } : points;
}

/**
 * A candidate's Federal Skilled Worker selection points on `asOf` (the 100-point grid; pass mark
 * 67), every factor broken down:
 * - language (28): first official language 6/5/4 points per ability at CLB 9+/8/7 (0 below 7),
 *   second official language 4 for CLB 5+ in all four. Without a declared `firstOfficialLanguage`
 *   the valid result worth the most (among those meeting CLB 7, if any) is taken as first.
 * - education (25): the highest credential that counts (Canadian, or foreign with an ECA less than
 *   5 years old); "two or more" needs two post-secondary credentials, one of 3+ years.
 * - experience (15): whole years of skilled work in the 10 years before `asOf`: 1 → 9, 2–3 → 11,
 *   4–5 → 13, 6+ → 15.
 * - age (12): 12 from 18 to 35, then one fewer a year to 0 at 47.
 * - arranged employment (10): a full-time offer of at least a year in a TEER 0–3 occupation,
 *   supported by a positive LMIA or made by the employer of an LMIA-exempt employer-specific work
 *   permit the candidate works under (`jobOffer.lmia`: `"none"` scores 0, left out is missing);
 *   a seasonal offer (`seasonal: true`) or one to an independent contractor scores 0; `seasonal`
 *   left out is taken as non-seasonal, and the reason says so.
 * - adaptability (10): the elements in `adaptability.elements`, each counted once, capped at 10.
 *   Study in Canada is read from Canadian credentials of 2+ year programs or from
 *   `studiedInCanadaTwoYearsFullTime` (and `spouse.studiedInCanadaTwoYearsFullTime`); relatives
 *   from `relativeInCanada` or `siblingInCanada` (a sibling is one of the relatives that count).
 *
 * Three-valued: unanswered inputs give certain `total` and `maximumReachable`, with `missing`.
 * `options.asOf` is required (a `TypeError` otherwise): the function never reads the clock.
 *
 * @example
 * ```ts
 * import { fswSelectionPoints, isoDate } from "alberta-atp";
 * const points = fswSelectionPoints(candidate, { asOf: isoDate("2026-01-15") });
 * points.total; // e.g. 66 = language 24 + education 21 + experience 9 + age 12
 * points.passes; // false: 67 needed
 * points.adaptability.elements.map((e) => `${e.id}: ${e.verdict}`);
 * ```
 */
export function fswSelectionPoints(
  candidate: Candidate,
  options: { readonly asOf: IsoDate | Date },
): FswSelectionPoints {
  const asOf = readAsOf(options?.asOf);
  checkedCandidate(candidate);
  return computeFswSelectionPoints(candidate, asOf, {
    language: readLanguageTests(candidate.languageTests, asOf, "languageTests", candidate.firstOfficialLanguage),
    education: readEducation(candidate.education, asOf),
    arrangedEmployment: fswArrangedEmploymentFinding(candidate.jobOffer, asOf),
  });
}
