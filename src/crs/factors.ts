import { LAST_YEAR } from "../core/calendar.js";
import { isMessage, type Message } from "../core/message.js";
import type { ClbLevels } from "../language/clb.js";
import { type EducationLevel, isEducationLevel } from "./education-level.js";
import { CrsInputError } from "./errors.js";

/**
 * Points for post-secondary education in Canada: none, a credential of one or two years, or one
 * of three years or longer (or a master's, entry-to-practice professional or doctoral degree).
 *
 * @example
 * ```ts
 * const ce: CanadianEducation = "three-year-or-longer"; // 30 points from 2016-11-19
 * ```
 */
export type CanadianEducation = "none" | "one-or-two-year" | "three-year-or-longer";

/**
 * The arranged-employment line: no qualifying offer, an offer in NOC major group 00 (senior
 * management; NOC 2021 TEER 0 major group 00), or in any other skilled occupation (TEER 0–3; before
 * 2022-11-16 NOC 2016 skill type 0 or skill level A or B). Worth 600 / 600 points until
 * 2016-11-18, 200 / 50 until 2025-03-24, and 0 from 2025-03-25.
 *
 * @example
 * ```ts
 * const ae: ArrangedEmployment = "other-teer-0-3";
 * ```
 */
export type ArrangedEmployment = "none" | "teer0-major-group-00" | "other-teer-0-3";

/**
 * The accompanying spouse's or common-law partner's factors (section B).
 *
 * @example
 * ```ts
 * const spouse: CrsSpouseFactors = { education: "bachelors", firstLanguage: { reading: 7, writing: 7, listening: 7, speaking: 7 }, canadianWorkYears: 0 };
 * ```
 */
export interface CrsSpouseFactors {
  /** The spouse's highest level of education that certainly counts. */
  readonly education: EducationLevel;
  /**
   * The highest level the spouse's open education answers could prove (set by {@link crsFactors}
   * while one is open); left out, an open answer could prove any level.
   */
  readonly possibleEducation?: EducationLevel;
  /** The spouse's first official language levels; absent when the spouse has no valid result. */
  readonly firstLanguage?: ClbLevels;
  /** The spouse's whole years of skilled Canadian work experience in the last 10 years. */
  readonly canadianWorkYears: number;
}

/**
 * One choice of language results for the CRS bound: the levels the four language fields of
 * {@link CrsFactors} would hold with it.
 *
 * @example
 * ```ts
 * const choice: CrsLanguageChoice = {
 *   firstLanguage: { reading: 9, writing: 8, listening: 9, speaking: 8 },
 *   english: { reading: 9, writing: 8, listening: 9, speaking: 8 },
 * };
 * ```
 */
export interface CrsLanguageChoice {
  readonly firstLanguage?: ClbLevels;
  readonly secondLanguage?: ClbLevels;
  readonly english?: ClbLevels;
  readonly french?: ClbLevels;
}

/**
 * Everything the CRS tables look at, already derived from a candidate (by {@link crsFactors}) or
 * built by hand. {@link scoreCrs} turns it into points and nothing else.
 *
 * Every value is what is *certain* from the input: a level of education or a number of years that
 * could be higher if an unanswered question were answered is given at the level already proven,
 * and the unanswered input paths are in `missing`. Two factors cannot be bounded that way and are
 * left out when unknown: `age` (no date of birth) and `spouseFactorApplies` (marital status or the
 * spouse's situation not given). {@link scoreCrs} then gives 0 age points and, for an unknown
 * spouse situation, the lower "with a spouse" column and no spouse points.
 *
 * So `age` and `spouseFactorApplies` are optional, and `missing` lists the input paths still
 * needed (docs/decisions/0010-crs-counts-what-is-certain.md in the repository).
 *
 * @example
 * ```ts
 * const factors: CrsFactors = {
 *   age: 29, spouseFactorApplies: false, education: "masters",
 *   firstLanguage: { reading: 9, writing: 9, listening: 9, speaking: 9 },
 *   canadianWorkYears: 0, foreignWorkYears: 3, certificateOfQualification: false,
 *   canadianEducation: "none", arrangedEmployment: "none", provincialNomination: false, siblingInCanada: false,
 * };
 * scoreCrs(factors, { asOf: isoDate("2026-01-15") }).total; // 469
 * ```
 */
export interface CrsFactors {
  /** Age in whole years on the day scored; absent when unknown. */
  readonly age?: number;
  /**
   * Whether the spouse columns apply: a spouse or common-law partner who will accompany the
   * candidate and is not a Canadian citizen or permanent resident. Absent when unknown.
   */
  readonly spouseFactorApplies?: boolean;
  /** The highest CRS level of education that certainly counts (`less-than-secondary` if none does). */
  readonly education: EducationLevel;
  /**
   * The highest level the open education answers in `missing` could prove: the credentials as
   * claimed, with their ECAs and lengths answered favourably. Set by {@link crsFactors} while an
   * education answer is open; left out, an open education answer could prove any level (the bound
   * {@link CrsBreakdown.maximumReachable} then assumes a doctorate).
   */
  readonly possibleEducation?: EducationLevel;
  /** Levels in the first official language; absent without a valid result. */
  readonly firstLanguage?: ClbLevels;
  /** Levels in the second official language; absent without a valid result. */
  readonly secondLanguage?: ClbLevels;
  /** Best valid English levels, whichever language is first (for the French-language points). */
  readonly english?: ClbLevels;
  /** Best valid French levels, whichever language is first (for the French-language points). */
  readonly french?: ClbLevels;
  /**
   * With several valid results in a language, or one in each with the first official language not
   * declared, the choices the bound
   * {@link CrsBreakdown.maximumReachable} weighs: one result per language and, the first official
   * language not declared, either language first (which scores most can depend on answers still
   * open; a result no better in any ability than another of its language is left out). The bound
   * is the best score among them, so it is one some choice of the candidate's own results could
   * reach (past 64 pairs of results, each language's abilities at their best: looser, still
   * sound). Set by {@link crsFactors}; never scored: `firstLanguage` to `french` hold the choice
   * that scores most with the answers given.
   */
  readonly languageChoices?: readonly CrsLanguageChoice[];
  /** Whole years of skilled, authorised Canadian work experience in the 10 years before the day scored. */
  readonly canadianWorkYears: number;
  /** Whole years of skilled foreign work experience in the 10 years before the day scored. */
  readonly foreignWorkYears: number;
  /**
   * The most whole years of skilled Canadian work the open work-history answers in `missing` could
   * prove (up to the table's top band); set by {@link crsFactors} while such an answer is open,
   * left out: the top band.
   */
  readonly possibleCanadianWorkYears?: number;
  /** The same for foreign work (see `possibleCanadianWorkYears`). */
  readonly possibleForeignWorkYears?: number;
  /** Holds a Canadian certificate of qualification in a trade. */
  readonly certificateOfQualification: boolean;
  /**
   * The accompanying spouse's factors; scored only when `spouseFactorApplies` is true. Also set by
   * {@link crsFactors} for a spouse described while `spouseFactorApplies` is unknown (the marital
   * status not answered): the bound {@link CrsBreakdown.maximumReachable} then reads this spouse,
   * not any spouse at their best.
   */
  readonly spouse?: CrsSpouseFactors;
  /** Post-secondary education in Canada. */
  readonly canadianEducation: CanadianEducation;
  /**
   * The Canadian-education line the open education answers could prove; set by {@link crsFactors}
   * while an education answer is open; left out, the longest.
   */
  readonly possibleCanadianEducation?: CanadianEducation;
  /** A qualifying offer of arranged employment. */
  readonly arrangedEmployment: ArrangedEmployment;
  /**
   * The line of arranged employment the offer's open answers in `missing` could prove (its
   * occupation's); set by {@link crsFactors} while such an answer is open and the line is not the
   * best, left out: the best line.
   */
  readonly possibleArrangedEmployment?: ArrangedEmployment;
  /** Holds a provincial or territorial nomination (through Express Entry). */
  readonly provincialNomination: boolean;
  /** The candidate or the accompanying spouse has a brother or sister in Canada (citizen or PR, 18+). */
  readonly siblingInCanada: boolean;
  /**
   * Input paths whose answers could add points (`dateOfBirth`, `education[1].ecaIssuedOn`,
   * `workHistory[0].authorized`, ...). Left out of hand-built factors, {@link scoreCrs} names the
   * absent factors instead.
   */
  readonly missing?: readonly string[];
  /**
   * What the candidate gave that these factors leave out, as messages (a language test that had
   * expired on `asOf`: `crs.caveat.test-expired`) or plain sentences; {@link scoreCrs} adds them
   * to the breakdown's `caveats` (a sentence as a `text` message). Set by {@link crsFactors} only
   * when there is something to say.
   */
  readonly notes?: readonly (Message | string)[];
}

const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;
/** The Canadian-education lines, fewest points first. */
const CANADIAN_EDUCATION: readonly CanadianEducation[] = ["none", "one-or-two-year", "three-year-or-longer"];

/** A Canadian-education line's rank: a higher line scores at least as much on every table. Internal. */
export function canadianEducationRank(line: CanadianEducation): number {
  return CANADIAN_EDUCATION.indexOf(line);
}
const ARRANGED_EMPLOYMENT: readonly string[] = ["none", "teer0-major-group-00", "other-teer-0-3"];

function fail(path: string, message: string): never {
  throw new CrsInputError("invalid_factor", path, message);
}

function wholeNumber(value: unknown, path: string, max: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > max) {
    fail(path, `${path} must be a whole number from 0 to ${max}; got ${String(value)}.`);
  }
}

/** Fails unless `value` is one of `values`, naming `factors.<name>`. */
function oneOf(value: unknown, values: readonly string[], name: string): void {
  if (!values.includes(value as string)) {
    fail(`factors.${name}`, `factors.${name} must be one of ${values.join(", ")}.`);
  }
}

function bool(value: unknown, path: string): void {
  if (typeof value !== "boolean") fail(path, `${path} must be true or false; got ${String(value)}.`);
}

function levels(value: unknown, path: string): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null) fail(path, `${path} must be CLB levels per ability.`);
  // The four abilities in ABILITIES order, read by name (a loop over the names made every read a
  // slow keyed look-up); the path is written only for an error.
  const v = value as Record<string, unknown>;
  clbLevel(v.reading, path, "reading");
  clbLevel(v.writing, path, "writing");
  clbLevel(v.listening, path, "listening");
  clbLevel(v.speaking, path, "speaking");
}

function clbLevel(level: unknown, path: string, ability: (typeof ABILITIES)[number]): void {
  if (typeof level !== "number" || !Number.isInteger(level) || level < 0 || level > 12) {
    wholeNumber(level, `${path}.${ability}`, 12);
  }
}

function education(value: unknown, path: string): void {
  if (!isEducationLevel(value)) fail(path, `${path} must be a CRS level of education; got ${JSON.stringify(value)}.`);
}

/**
 * Checks hand-built or derived factors before scoring, or throws {@link CrsInputError} naming the
 * first factor outside its domain. Internal.
 */
export function assertValidFactors(factors: CrsFactors): void {
  if (typeof factors !== "object" || factors === null) fail("factors", "factors must be an object.");
  // Any age two days of years 0000-9999 can give: the tables' last age band is open ("45 years of
  // age or more"), so an implausible date of birth scores as the law says rather than failing here.
  if (factors.age !== undefined) wholeNumber(factors.age, "factors.age", LAST_YEAR);
  if (factors.spouseFactorApplies !== undefined) bool(factors.spouseFactorApplies, "factors.spouseFactorApplies");
  education(factors.education, "factors.education");
  if (factors.possibleEducation !== undefined) education(factors.possibleEducation, "factors.possibleEducation");
  levels(factors.firstLanguage, "factors.firstLanguage");
  levels(factors.secondLanguage, "factors.secondLanguage");
  levels(factors.english, "factors.english");
  levels(factors.french, "factors.french");
  const choices: unknown = factors.languageChoices;
  if (choices !== undefined) {
    if (!Array.isArray(choices)) fail("factors.languageChoices", "factors.languageChoices must be an array.");
    choices.forEach((choice: unknown, i) => {
      const at = `factors.languageChoices[${i}]`;
      if (typeof choice !== "object" || choice === null) fail(at, `${at} must be an object.`);
      const c = choice as CrsLanguageChoice;
      levels(c.firstLanguage, `${at}.firstLanguage`);
      levels(c.secondLanguage, `${at}.secondLanguage`);
      levels(c.english, `${at}.english`);
      levels(c.french, `${at}.french`);
    });
  }
  wholeNumber(factors.canadianWorkYears, "factors.canadianWorkYears", 100);
  wholeNumber(factors.foreignWorkYears, "factors.foreignWorkYears", 100);
  if (factors.possibleCanadianWorkYears !== undefined) {
    wholeNumber(factors.possibleCanadianWorkYears, "factors.possibleCanadianWorkYears", 100);
  }
  if (factors.possibleForeignWorkYears !== undefined) {
    wholeNumber(factors.possibleForeignWorkYears, "factors.possibleForeignWorkYears", 100);
  }
  bool(factors.certificateOfQualification, "factors.certificateOfQualification");
  if (factors.spouse !== undefined) {
    if (typeof factors.spouse !== "object" || factors.spouse === null)
      fail("factors.spouse", "factors.spouse must be an object.");
    education(factors.spouse.education, "factors.spouse.education");
    if (factors.spouse.possibleEducation !== undefined) {
      education(factors.spouse.possibleEducation, "factors.spouse.possibleEducation");
    }
    levels(factors.spouse.firstLanguage, "factors.spouse.firstLanguage");
    wholeNumber(factors.spouse.canadianWorkYears, "factors.spouse.canadianWorkYears", 100);
  }
  oneOf(factors.canadianEducation, CANADIAN_EDUCATION as readonly string[], "canadianEducation");
  if (factors.possibleCanadianEducation !== undefined) {
    oneOf(factors.possibleCanadianEducation, CANADIAN_EDUCATION as readonly string[], "possibleCanadianEducation");
  }
  oneOf(factors.arrangedEmployment, ARRANGED_EMPLOYMENT, "arrangedEmployment");
  if (factors.possibleArrangedEmployment !== undefined) {
    oneOf(factors.possibleArrangedEmployment, ARRANGED_EMPLOYMENT, "possibleArrangedEmployment");
  }
  bool(factors.provincialNomination, "factors.provincialNomination");
  bool(factors.siblingInCanada, "factors.siblingInCanada");
  if (
    factors.missing !== undefined &&
    (!Array.isArray(factors.missing) || factors.missing.some((p) => typeof p !== "string"))
  ) {
    fail("factors.missing", "factors.missing must be a list of input paths.");
  }
  if (
    factors.notes !== undefined &&
    (!Array.isArray(factors.notes) || factors.notes.some((n) => typeof n !== "string" && !isMessage(n)))
  ) {
    fail("factors.notes", "factors.notes must be a list of messages or sentences.");
  }
}
