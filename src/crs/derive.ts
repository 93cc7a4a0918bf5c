// crsFactors: from a Candidate to CrsFactors on a day, with what is still missing.

import { asOfOrIssue } from "../core/as-of.js";
import { ageOn } from "../core/calendar.js";
import type { InputIssue, Result } from "../core/input-issue.js";
import type { IsoDate } from "../core/iso-date.js";
import { message } from "../core/message.js";
import type { Mutable } from "../core/mutable.js";
import { skilledWorkExperience } from "../experience/index.js";
import type { ClbLevels, OfficialLanguage } from "../language/index.js";
import type { Candidate } from "../models/candidate.js";
import { candidateArgumentIssue } from "../models/read-candidate.js";
import {
  type CandidateReadings,
  convertedTests,
  convertTests,
  credentialReading,
} from "../readings/candidate-readings.js";
import { arrangedEmploymentFinding } from "./arranged-employment.js";
import { CRS_STARTED_ON } from "./as-of.js";
import { addsOnlyToAdditionalPoints } from "./breakdown.js";
import { crsLanguages, type LanguageResults } from "./derive-languages.js";
import { CRS_WORK_WINDOW_YEARS, spouseFactor, spouseFactors } from "./derive-spouse.js";
import { type EducationFinding, educationFinding } from "./education.js";
import type { CrsFactors, CrsSpouseFactors } from "./factors.js";
import { dateOfBirthIssue } from "./input-issues.js";
import { topBand } from "./maximum-reachable.js";
import type { CrsOptions } from "./score.js";
import { scoreCrs } from "./score.js";
import { arrangedEmploymentPoints, scoringTablesAsOf } from "./scoring-tables.js";

/**
 * What {@link crsFactors} returns: the factors (with `ok: true`), or the problems with the input
 * that kept it from deriving them.
 *
 * @example
 * ```ts
 * const r: CrsFactorsResult = crsFactors(candidate, { asOf: isoDate("2026-01-15") });
 * if (r.ok) console.log(r.education, r.missing);
 * else console.log(r.issues);
 * ```
 */
export type CrsFactorsResult = Result<
  CrsFactors & {
    /** Input paths whose answers could add points; empty when the input is complete. */
    readonly missing: readonly string[];
  }
>;

/** The derivation with what improvements need to know. Internal. */
export interface Derivation {
  readonly asOf: IsoDate;
  readonly factors: CrsFactors & { readonly missing: readonly string[] };
  /** Which official language is first, when one is. */
  readonly firstIs?: OfficialLanguage;
  /** Each language's undominated valid results, when a language has several. */
  readonly languageResults?: LanguageResults;
  readonly education: EducationFinding;
}

/** Reads the `asOf` option of a candidate-level function: a day on which the CRS existed, or an issue. Internal. */
export function crsAsOfOrIssue(options: CrsOptions | undefined): { asOf: IsoDate } | { issue: InputIssue } {
  const when = asOfOrIssue(options?.asOf);
  if ("issue" in when) return when;
  const day = when.asOf;
  if (day < CRS_STARTED_ON) {
    return {
      issue: {
        path: "asOf",
        code: "before_crs",
        message: message("input.as-of.before-crs", { startedOn: CRS_STARTED_ON, asOf: day }),
      },
    };
  }
  return { asOf: day };
}

/** Derives the factors with the details improvements need. Internal. */
export function deriveCrs(
  candidate: Candidate,
  options: CrsOptions,
  /** Score as if `provincialNomination` were answered `null` (none), whatever the candidate says. */
  withoutNomination = false,
  /** The candidate's tests and credentials already read (used only if read from the same lists on the same day). */
  readings?: CandidateReadings,
): { ok: true; derivation: Derivation } | { ok: false; issues: InputIssue[] } {
  const when = crsAsOfOrIssue(options);
  if ("issue" in when) return { ok: false, issues: [when.issue] };
  const asOf = when.asOf;
  const notObject = candidateArgumentIssue(candidate);
  if (notObject !== undefined) return { ok: false, issues: [notObject] };
  const tables = scoringTablesAsOf(asOf);
  const issues: InputIssue[] = [];
  const missing: string[] = [];
  const gives = (points: number) => points > 0;

  // Age
  let age: number | undefined;
  if (candidate.dateOfBirth === undefined) missing.push("dateOfBirth");
  else {
    const problem = dateOfBirthIssue(candidate.dateOfBirth, asOf);
    if (problem !== undefined) issues.push(problem);
    else age = ageOn(candidate.dateOfBirth, asOf);
  }

  // Spouse columns
  const spouseColumn = spouseFactor(candidate);
  missing.push(...spouseColumn.missing);
  // A spouse described while the marital status is open: their factors bound the score if the
  // status turns out to bring the spouse columns (scoreCrs reads them only when they apply).
  // A problem with such a spouse's answers leaves the bound to any spouse, without blocking the score.
  let spouse: CrsSpouseFactors | undefined;
  if (spouseColumn.applies === true) spouse = spouseFactors(candidate, asOf, tables, issues, missing);
  else if (spouseColumn.applies === undefined && candidate.spouse != null) {
    const spouseIssues: InputIssue[] = [];
    const spouseMissing: string[] = [];
    const described = spouseFactors(candidate, asOf, tables, spouseIssues, spouseMissing);
    if (spouseIssues.length === 0) {
      spouse = described;
      missing.push(...spouseMissing);
    }
  }

  // Education
  const education = educationFinding(
    candidate.education,
    asOf,
    "education",
    credentialReading(readings, candidate.education, asOf),
  );
  missing.push(...education.missing);

  // Work experience (skilled, last 10 years)
  const canadian = skilledWorkExperience(candidate.workHistory, {
    asOf,
    withinYears: CRS_WORK_WINDOW_YEARS,
    where: "canadian",
  });
  const foreign = skilledWorkExperience(candidate.workHistory, {
    asOf,
    withinYears: CRS_WORK_WINDOW_YEARS,
    where: "foreign",
  });
  const canadianTop = topBand(tables.canadianWork.value.rows);
  const foreignTop = topBand(tables.transferabilityForeignWorkLanguage.value.rows);
  if (Math.min(canadian.possibleYears, canadianTop) > Math.min(canadian.years, canadianTop))
    missing.push(...canadian.missing);
  if (Math.min(foreign.possibleYears, foreignTop) > Math.min(foreign.years, foreignTop))
    missing.push(...foreign.missing);

  // Certificate of qualification
  let certificateOfQualification = false;
  if (candidate.certificateOfQualification === undefined) missing.push("certificateOfQualification");
  else if (candidate.certificateOfQualification !== null)
    certificateOfQualification = candidate.certificateOfQualification.issuedOn <= asOf;

  // Arranged employment
  const arranged = arrangedEmploymentFinding(candidate.jobOffer, asOf);
  const possibleArranged = arrangedEmploymentPoints(tables, arranged.possible);
  if (gives(possibleArranged)) missing.push(...arranged.missing);

  // Provincial nomination (through Express Entry), sibling
  let provincialNomination = false;
  const nomination = withoutNomination ? null : candidate.provincialNomination;
  if (nomination === undefined) missing.push("provincialNomination");
  else if (nomination !== null) provincialNomination = nomination.nominatedOn <= asOf;
  const siblingInCanada = candidate.siblingInCanada === true;
  // "No relative in Canada" (FSW's question) answers for brothers and sisters too.
  if (
    candidate.siblingInCanada === undefined &&
    candidate.relativeInCanada !== false &&
    gives(tables.sibling.value.points)
  ) {
    missing.push("siblingInCanada");
  }

  // The factor objects are built by assignment (the keys in the same order as before): in Node 20's
  // V8 an object literal that starts with a spread, such as `{ ...(age === undefined ? {} : { age }),
  // education, ... }`, or that spreads two objects, costs one to two microseconds to build.
  const base = {} as Mutable<Omit<CrsFactors, "firstLanguage" | "secondLanguage" | "english" | "french">>;
  if (age !== undefined) base.age = age;
  if (spouseColumn.applies !== undefined) base.spouseFactorApplies = spouseColumn.applies;
  base.education = education.level;
  // Said while an education answer is open, unless it says no more than its absence would (a
  // doctorate, the longest Canadian line).
  const educationOpen = education.missing.length > 0;
  if (educationOpen && education.possibleLevel !== "doctoral") base.possibleEducation = education.possibleLevel;
  base.canadianWorkYears = canadian.years;
  base.foreignWorkYears = foreign.years;
  // With jobs' answers open, the most years they could prove (the list left out: any).
  if (candidate.workHistory !== undefined && (canadian.missing.length > 0 || foreign.missing.length > 0)) {
    base.possibleCanadianWorkYears = Math.min(canadian.possibleYears, canadianTop);
    base.possibleForeignWorkYears = Math.min(foreign.possibleYears, foreignTop);
  }
  base.certificateOfQualification = certificateOfQualification;
  if (spouse !== undefined) base.spouse = spouse;
  base.canadianEducation = education.canadianEducation;
  if (educationOpen && education.possibleCanadianEducation !== "three-year-or-longer") {
    base.possibleCanadianEducation = education.possibleCanadianEducation;
  }
  base.arrangedEmployment = arranged.certain;
  // The offer's open answers can prove its own line at most; left out, the bound takes the best line.
  if (gives(possibleArranged) && arranged.missing.length > 0 && candidate.jobOffer !== undefined) {
    base.possibleArrangedEmployment = arranged.possible;
  }
  base.provincialNomination = provincialNomination;
  base.siblingInCanada = siblingInCanada;

  // Official languages: each language's best valid result, and which is first.
  const totalWith = (
    first: ClbLevels | undefined,
    second: ClbLevels | undefined,
    english?: ClbLevels,
    french?: ClbLevels,
  ) => {
    const factors: Mutable<CrsFactors> = Object.assign({}, base);
    if (first !== undefined) factors.firstLanguage = first;
    if (second !== undefined) factors.secondLanguage = second;
    if (english !== undefined) factors.english = english;
    if (french !== undefined) factors.french = french;
    factors.missing = [];
    return scoreCrs(factors, { asOf }).total;
  };
  const tests = candidate.languageTests;
  // Converted once here when the readings do not hold them: several results are ranked in pairs.
  const converted =
    convertedTests(readings, tests, asOf) ??
    (Array.isArray(tests) && tests.length > 1 ? convertTests(tests, asOf) : undefined);
  const language = crsLanguages(tests, candidate.firstOfficialLanguage, asOf, converted, totalWith);
  issues.push(...language.issues);
  missing.push(...language.missing);

  if (issues.length > 0) return { ok: false, issues };

  const languages = language.factors;
  // Drop the open questions whose answers can no longer add points.
  const certain = scoreCrs(Object.assign({}, base, languages, { missing: [] }), { asOf });
  const languageKnown = language.missing.length === 0;
  // The certificate needs CLB 5 in the first language: with several results, in some choice of them.
  const firstLanguages = languages.languageChoices?.map((c) => c.firstLanguage) ?? [languages.firstLanguage];
  const certificateCannotAdd =
    certain.transferability.subtotal >= tables.transferabilityCaps.value.total ||
    (languageKnown &&
      firstLanguages.every(
        (first) => first === undefined || Math.min(first.reading, first.writing, first.listening, first.speaking) < 5,
      ));
  const additionalFull = certain.additional.subtotal >= tables.maximums.value.additional;
  const relevant = missing.filter((path) => {
    if (path === "certificateOfQualification") return !certificateCannotAdd;
    if (addsOnlyToAdditionalPoints(path)) return !additionalFull;
    return true;
  });

  const factors: Mutable<CrsFactors> & { missing: readonly string[] } = Object.assign({}, base, languages, {
    missing: [...new Set(relevant)],
  });
  if (language.notes.length > 0) factors.notes = language.notes;
  return {
    ok: true,
    derivation: {
      asOf,
      factors,
      ...(language.firstIs === undefined ? {} : { firstIs: language.firstIs }),
      ...(language.results === undefined ? {} : { languageResults: language.results }),
      education,
    },
  };
}

/**
 * Derives the CRS factors of a candidate on `asOf`: the "derivation" half of the CRS (dates, tests
 * and histories into levels and years); {@link scoreCrs} is the table half.
 *
 * Every factor is what the input proves; what an unanswered field could add is never guessed, and
 * the field's path goes in `missing` instead (see {@link CrsFactors}). How each factor is read:
 *
 * - **Age**: whole years on `asOf` from `dateOfBirth`.
 * - **Spouse columns** apply to a married or common-law candidate whose spouse will accompany them
 *   and is not a Canadian citizen or permanent resident. Any other marital status, or `spouse:
 *   null`, means no spouse factors; `maritalStatus` and `spouse` both left out is unknown.
 * - **Education**: the highest credential, each mapped to its CRS level (`three-year-or-longer` is
 *   scored with a bachelor's, `professional-degree` with a master's), or "two or more" when at
 *   least two are post-secondary and one of them is from a program of three years or longer (a
 *   bachelor's counts as one when its `years` is 3 or more; without `years` it is not proven to,
 *   and `education[i].years` is missing when it could make "two or more"). A credential completed after `asOf`
 *   does not count yet. A foreign credential counts only with an Educational Credential Assessment
 *   issued by `asOf` and less than five years old on it: an expired ECA means the credential does
 *   not count (the candidate would need a new ECA), an ECA issued after `asOf` means not yet, and a
 *   missing `ecaIssuedOn` is unanswered (not counted; path in `missing`). Canadian credentials need
 *   no ECA.
 * - **Canadian education**: the best credential with `inCanada: true` — one- or two-year, or three
 *   years or longer (a bachelor's whose `years` is 3 or more; a master's, professional or
 *   doctoral degree). A Canadian bachelor's without `years` gives the one- or two-year line, with
 *   `education[i].years` missing: a program of three years or longer would give more. `inCanada` is read as meeting IRCC's conditions for it (full-time study in
 *   Canada for at least eight months, not mainly language training or distance learning).
 * - **Official languages**: each language's best valid result on `asOf` (see
 *   `officialLanguageLevels`); the first official language is the declared `firstOfficialLanguage`,
 *   or else whichever order scores more. Tests taken after `asOf` or expired on it are ignored;
 *   other problems with a test (a score off its scale) are issues.
 * - **Work**: skilled full-time-equivalent whole years in the 10 years before `asOf`, Canadian and
 *   foreign (see `skilledWorkExperience`).
 * - **Certificate of qualification**: held if issued by `asOf`.
 * - **Arranged employment**: a qualifying offer (full-time, skilled, at least a year or permanent,
 *   supported by an LMIA or from 2016-11-19 an LMIA-exempt work permit: `jobOffer.lmia`) dated on
 *   or before `asOf`; an unanswered condition scores nothing and its path is in `missing`. From
 *   2025-03-25 the line is worth 0 and nothing about it is missing.
 * - **Provincial nomination**: a nomination dated on or before `asOf`, taken to be an Express Entry
 *   (enhanced) nomination.
 * - **Sibling**: `siblingInCanada: true`; left out, it is missing unless `relativeInCanada` is
 *   `false` (no relative in Canada, brothers and sisters included).
 *
 * It never throws for candidate data (a value of the `Candidate` type: parse data of unknown shape
 * with `parseCandidate` first): a date of birth after `asOf`, a test score off its scale or
 * an `asOf` before 2015-01-01 give `{ ok: false, issues }`. Pure: no clock, no mutation.
 *
 * @example
 * ```ts
 * const r = crsFactors(
 *   { dateOfBirth: isoDate("1996-05-01"), maritalStatus: "single", education: [{ level: "masters", inCanada: true }],
 *     languageTests: [{ test: "celpip-general", testedOn: isoDate("2025-06-01"), scores: { reading: 9, writing: 9, listening: 9, speaking: 9 } }],
 *     workHistory: [] },
 *   { asOf: isoDate("2026-01-15") },
 * );
 * if (r.ok) {
 *   r.age; // 29
 *   r.education; // "masters"
 *   r.canadianEducation; // "three-year-or-longer"
 *   r.missing; // ["certificateOfQualification", "provincialNomination", "siblingInCanada"]
 *   // (before 2025-03-25 "jobOffer" too: an offer could then have added points)
 * }
 * ```
 */
export function crsFactors(candidate: Candidate, options: CrsOptions): CrsFactorsResult {
  const derived = deriveCrs(candidate, options);
  if (!derived.ok) return derived;
  return { ok: true, ...derived.derivation.factors };
}
