// crsFactors: from a Candidate to CrsFactors on a day, with what is still missing.

import requirementsJson from "../../data/ircc/federal-requirements.json" with { type: "json" };
import { asOfOrIssue } from "../core/as-of.js";
import { ageOn } from "../core/calendar.js";
import { currentNumber } from "../core/current-number.js";
import type { InputIssue, Result } from "../core/input-issue.js";
import type { IsoDate } from "../core/iso-date.js";
import { type Message, message } from "../core/message.js";
import type { Mutable } from "../core/mutable.js";
import { skilledWorkExperience } from "../experience/index.js";
import { type ClbLevels, type OfficialLanguage, officialLanguageLevels, toClb } from "../language/index.js";
import { notAcceptedResult } from "../language/not-accepted.js";
import { LANGUAGE_TEST_NAMES } from "../language/official-language.js";
import { languageLevelsOf } from "../language/official-language-levels.js";
import { LANGUAGE_TEST_VALIDITY_YEARS } from "../language/validity.js";
import type { Candidate } from "../models/candidate.js";
import type { LanguageTest } from "../models/language-test.js";
import { candidateArgumentIssue } from "../models/read-candidate.js";
import { type CandidateReadings, convertedTests, credentialReading } from "../programs/readings.js";
import { arrangedEmploymentFinding } from "./arranged-employment.js";
import { CRS_STARTED_ON } from "./as-of.js";
import { type EducationFinding, educationFinding } from "./education.js";
import type { CrsFactors, CrsSpouseFactors } from "./factors.js";
import { dateOfBirthIssue, relevantIssues } from "./input-issues.js";
import { topBand } from "./maximum-reachable.js";
import type { CrsOptions } from "./score.js";
import { scoreCrs } from "./score.js";
import { arrangedEmploymentPoints, type ScoringTables, scoringTablesAsOf } from "./scoring-tables.js";

/** The CRS counts work in the 10 years before `asOf` (data/ircc/federal-requirements.json). */
const CRS_WORK_WINDOW_YEARS: number = /* @__PURE__ */ currentNumber(requirementsJson, "crsWorkWindowYears", "years");

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

/** The spouse columns: true, false, or unknown with the path that would decide. */
function spouseFactor(candidate: Candidate): { applies?: boolean; missing: string[] } {
  const status = candidate.maritalStatus;
  const spouse = candidate.spouse;
  if (status !== undefined && status !== "married" && status !== "common-law") return { applies: false, missing: [] };
  if (spouse === null) return { applies: false, missing: [] };
  if (spouse === undefined) return { missing: [status === undefined ? "maritalStatus" : "spouse"] };
  const applies = spouse.accompanying && !spouse.canadianCitizenOrPermanentResident;
  // A spouse described but the marital status not answered: the status could still be one without
  // spouse factors (the score then uses the single column), so whether the columns apply is open,
  // unless this spouse could never bring them (not coming, or a citizen or permanent resident).
  if (status === undefined && applies) return { missing: ["maritalStatus"] };
  return { applies, missing: [] };
}

function spouseFactors(
  candidate: Candidate,
  asOf: IsoDate,
  tables: ScoringTables,
  issues: InputIssue[],
  missing: string[],
): CrsSpouseFactors | undefined {
  const spouse = candidate.spouse;
  if (spouse === null || spouse === undefined) return undefined;
  const education = educationFinding(spouse.education, asOf, "spouse.education", undefined, false);
  missing.push(...education.missing);
  const spousePoints = (levels: ClbLevels) =>
    [levels.reading, levels.writing, levels.listening, levels.speaking].reduce(
      (sum, clb) =>
        sum +
        (tables.spouseFirstLanguage.value.rows.find((r) => r.min <= clb && (r.max === null || clb <= r.max))?.points ??
          0),
      0,
    );
  const language = officialLanguageLevels(spouse.languageTests, {
    asOf,
    path: "spouse.languageTests",
    rank: spousePoints,
  });
  issues.push(...relevantIssues(language.issues, spouse.languageTests, "spouse.languageTests", asOf));
  missing.push(...language.missing);
  const work = skilledWorkExperience(spouse.workHistory, {
    asOf,
    withinYears: CRS_WORK_WINDOW_YEARS,
    where: "canadian",
    path: "spouse.workHistory",
  });
  const top = topBand(tables.spouseCanadianWork.value.rows);
  if (Math.min(work.possibleYears, top) > Math.min(work.years, top)) missing.push(...work.missing);
  return {
    education: education.level,
    ...(education.missing.length === 0 || education.possibleLevel === "doctoral"
      ? {}
      : { possibleEducation: education.possibleLevel }),
    ...(language.first === undefined ? {} : { firstLanguage: language.first.levels }),
    canadianWorkYears: work.years,
  };
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
  const spouse = spouseColumn.applies === true ? spouseFactors(candidate, asOf, tables, issues, missing) : undefined;

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
  if (candidate.siblingInCanada === undefined && gives(tables.sibling.value.points)) missing.push("siblingInCanada");

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
  const declared = candidate.firstOfficialLanguage;
  const language = languageLevelsOf(
    candidate.languageTests,
    {
      asOf,
      ...(declared === undefined ? {} : { firstOfficialLanguage: declared }),
      rank: (levels) => totalWith(levels, undefined),
    },
    convertedTests(readings, candidate.languageTests, asOf),
  );
  issues.push(...relevantIssues(language.issues, candidate.languageTests, "languageTests", asOf));
  missing.push(...language.missing);
  let firstIs: OfficialLanguage | undefined = language.first?.language;
  let english = language.english;
  let french = language.french;
  if (declared === undefined && english !== undefined && french !== undefined) {
    const englishFirst = totalWith(english, french, english, french);
    const frenchFirst = totalWith(french, english, english, french);
    firstIs = frenchFirst > englishFirst ? "french" : "english";
  }
  // With several valid results in a language, which one scores most can depend on the other
  // factors: the pairs are tried below, and the bound reads each ability at its best result.
  const tests = candidate.languageTests;
  let valid: { english: ClbLevels[]; french: ClbLevels[] } | undefined;
  if (Array.isArray(tests) && tests.length > 1) {
    const converted = convertedTests(readings, tests, asOf);
    valid = { english: [], french: [] };
    for (let i = 0; i < tests.length; i++) {
      const r = converted?.[i] ?? toClb(tests[i] as LanguageTest, { asOf, path: `languageTests[${i}]` });
      if (r.ok && !r.expired) valid[r.language].push(r.levels);
    }
  }
  // Each language's best result was ranked as a first language alone; with several results in a
  // language, another may score more with the second-language and French points: try every pair.
  if (english !== undefined && french !== undefined && valid !== undefined) {
    if (valid.english.length + valid.french.length > 2) {
      const orders: readonly OfficialLanguage[] = declared === undefined ? ["english", "french"] : [declared];
      let best = totalWith(
        firstIs === "french" ? french : english,
        firstIs === "french" ? english : french,
        english,
        french,
      );
      for (const e of valid.english) {
        for (const f of valid.french) {
          for (const order of orders) {
            const total = order === "english" ? totalWith(e, f, e, f) : totalWith(f, e, e, f);
            if (total > best) [best, english, french, firstIs] = [total, e, f, order];
          }
        }
      }
    }
  }
  const first = firstIs === "english" ? english : firstIs === "french" ? french : undefined;
  const second = first === undefined ? undefined : firstIs === "english" ? french : english;
  const possible =
    valid !== undefined && (valid.english.length > 1 || valid.french.length > 1)
      ? possibleLanguages(valid, declared)
      : undefined;

  if (issues.length > 0) return { ok: false, issues };

  const languages: Mutable<Pick<CrsFactors, "firstLanguage" | "secondLanguage" | "english" | "french">> = {};
  if (first !== undefined) languages.firstLanguage = first;
  if (second !== undefined) languages.secondLanguage = second;
  if (english !== undefined) languages.english = english;
  if (french !== undefined) languages.french = french;
  if (possible !== undefined) Object.assign(languages, possible);
  // Drop the open questions whose answers can no longer add points.
  const certain = scoreCrs(Object.assign({}, base, languages, { missing: [] }), { asOf });
  const languageKnown = language.missing.length === 0;
  // The certificate needs CLB 5 in the first language: with several results, in the best of each ability.
  const firstAtBest = possible?.possibleFirstLanguage ?? first;
  const certificateCannotAdd =
    certain.transferability.subtotal >= tables.transferabilityCaps.value.total ||
    (languageKnown &&
      (firstAtBest === undefined ||
        Math.min(firstAtBest.reading, firstAtBest.writing, firstAtBest.listening, firstAtBest.speaking) < 5));
  const additionalFull = certain.additional.subtotal >= tables.maximums.value.additional;
  const relevant = missing.filter((path) => {
    if (path === "certificateOfQualification") return !certificateCannotAdd;
    if (path === "siblingInCanada" || path === "jobOffer" || path.startsWith("jobOffer.")) return !additionalFull;
    return true;
  });

  const factors: Mutable<CrsFactors> & { missing: readonly string[] } = Object.assign({}, base, languages, {
    missing: [...new Set(relevant)],
  });
  // An expired test scores nothing; say so rather than let it vanish (the points it would give are
  // not "missing": no answer revives it, only a new test).
  // So does a result taken before IRCC accepted its test (PTE Core before 2024-01-30).
  const dateNotes: Message[] = [];
  for (const issue of language.issues) {
    const index = /^languageTests\[(\d+)\]/.exec(issue.path)?.[1];
    const test = index === undefined ? undefined : candidate.languageTests?.[Number(index)];
    if (notAcceptedResult(issue)) {
      dateNotes.push(
        message("crs.caveat.test-not-accepted", { path: `languageTests[${index}]`, reason: issue.message }),
      );
    } else if (issue.code === "tested_after_as_of" && test !== undefined) {
      // A result dated after asOf did not exist that day: it scores nothing, and says so.
      dateNotes.push(
        message("crs.caveat.test-after-as-of", {
          path: `languageTests[${index}]`,
          test: LANGUAGE_TEST_NAMES[test.test],
          testedOn: test.testedOn,
          asOf,
        }),
      );
    }
  }
  if (dateNotes.length > 0) factors.notes = dateNotes;
  if (language.expired.length > 0) {
    const notes: Message[] = [...dateNotes];
    for (const e of language.expired) {
      notes.push(
        message("crs.caveat.test-expired", {
          path: e.path,
          test: LANGUAGE_TEST_NAMES[e.test],
          testedOn: e.testedOn,
          expiresOn: e.expiresOn,
          validityYears: LANGUAGE_TEST_VALIDITY_YEARS,
        }),
      );
    }
    factors.notes = notes;
  }
  return { ok: true, derivation: { asOf, factors, ...(firstIs === undefined ? {} : { firstIs }), education } };
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
 * - **Sibling**: `siblingInCanada: true`.
 *
 * It never throws for candidate data: a date of birth after `asOf`, a test score off its scale or
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

/** Each ability at its best among some levels. */
function bestOfEach(levels: readonly ClbLevels[]): ClbLevels | undefined {
  if (levels.length === 0) return undefined;
  let reading = 0;
  let writing = 0;
  let listening = 0;
  let speaking = 0;
  for (const l of levels) {
    reading = Math.max(reading, l.reading);
    writing = Math.max(writing, l.writing);
    listening = Math.max(listening, l.listening);
    speaking = Math.max(speaking, l.speaking);
  }
  return { reading, writing, listening, speaking };
}

/**
 * The language factors at their best for the CRS bound, with several valid results in a language:
 * each ability at its best result, and (the first language not declared) either language first.
 * Never below any choice of results, since no table's points fall as a level rises.
 */
function possibleLanguages(
  valid: { readonly english: readonly ClbLevels[]; readonly french: readonly ClbLevels[] },
  declared: OfficialLanguage | undefined,
): Pick<CrsFactors, "possibleFirstLanguage" | "possibleSecondLanguage" | "possibleEnglish" | "possibleFrench"> {
  const english = bestOfEach(valid.english);
  const french = bestOfEach(valid.french);
  const either = bestOfEach([...valid.english, ...valid.french]);
  const first = declared === "english" ? english : declared === "french" ? french : either;
  const second =
    english === undefined || french === undefined
      ? undefined
      : declared === "english"
        ? french
        : declared === "french"
          ? english
          : either;
  const out: Mutable<
    Pick<CrsFactors, "possibleFirstLanguage" | "possibleSecondLanguage" | "possibleEnglish" | "possibleFrench">
  > = {};
  if (first !== undefined) out.possibleFirstLanguage = first;
  if (second !== undefined) out.possibleSecondLanguage = second;
  if (english !== undefined) out.possibleEnglish = english;
  if (french !== undefined) out.possibleFrench = french;
  return out;
}
