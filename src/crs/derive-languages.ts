// The CRS official-language factors: each language's best valid result on `asOf`, which language is
// first, the bound's levels with several results in a language, and the notes on the tests that
// score nothing (taken after `asOf`, not accepted on their date, expired).

import type { InputIssue } from "../core/input-issue.js";
import type { IsoDate } from "../core/iso-date.js";
import { type Message, message } from "../core/message.js";
import type { Mutable } from "../core/mutable.js";
import type { ClbLevels, OfficialLanguage } from "../language/index.js";
import { notAcceptedResult } from "../language/not-accepted.js";
import { LANGUAGE_TEST_NAMES } from "../language/official-language.js";
import { languageLevelsOf, type OfficialLanguageLevels } from "../language/official-language-levels.js";
import type { ToClbResult } from "../language/to-clb.js";
import { LANGUAGE_TEST_VALIDITY_YEARS } from "../language/validity.js";
import type { LanguageTest } from "../models/language-test.js";
import type { CrsFactors, CrsLanguageChoice } from "./factors.js";
import { relevantIssues, testIndexIn } from "./input-issues.js";

/** The language factors of {@link CrsFactors}, the certain ones and the bound's choices. */
export type CrsLanguageFactors = Pick<
  CrsFactors,
  "firstLanguage" | "secondLanguage" | "english" | "french" | "languageChoices"
>;

/** What {@link crsLanguages} derives. Internal. */
export interface CrsLanguageDerivation {
  readonly factors: CrsLanguageFactors;
  /** Which official language is first, when one is. */
  readonly firstIs?: OfficialLanguage;
  /** The language answers still open (`languageTests` or a test's parts). */
  readonly missing: readonly string[];
  /** The problems with the tests that matter on `asOf`. */
  readonly issues: readonly InputIssue[];
  /** Why tests score nothing: taken after `asOf`, not accepted on their date, expired. */
  readonly notes: readonly Message[];
  /**
   * Each language's undominated valid results, when a language has several or each has one and
   * the order is open: the results the certain score chose among (the bound's `languageChoices`
   * may merge them past 64 pairs).
   */
  readonly results?: LanguageResults;
}

/** Each language's valid results on `asOf`. Internal. */
export interface LanguageResults {
  readonly english: readonly ClbLevels[];
  readonly french: readonly ClbLevels[];
}

/** The CRS total with these language levels and every other factor as derived. */
export type TotalWithLanguages = (
  first: ClbLevels | undefined,
  second: ClbLevels | undefined,
  english?: ClbLevels,
  french?: ClbLevels,
) => number;

/**
 * Derives the language factors of the CRS from the candidate's tests on `asOf`, ranking choices by
 * `totalWith` (the whole score, since which result scores most can depend on the other factors).
 * `converted` are the tests already converted on `asOf`, when they are. Internal.
 */
export function crsLanguages(
  tests: readonly LanguageTest[] | null | undefined,
  declared: OfficialLanguage | undefined,
  asOf: IsoDate,
  converted: readonly ToClbResult[] | undefined,
  totalWith: TotalWithLanguages,
): CrsLanguageDerivation {
  const language = languageLevelsOf(
    tests,
    {
      asOf,
      ...(declared === undefined ? {} : { firstOfficialLanguage: declared }),
      rank: (l) => totalWith(l, undefined),
    },
    converted,
  );
  let firstIs: OfficialLanguage | undefined = language.first?.language;
  let english = language.english;
  let french = language.french;
  if (declared === undefined && english !== undefined && french !== undefined) {
    const englishFirst = totalWith(english, french, english, french);
    const frenchFirst = totalWith(french, english, english, french);
    firstIs = frenchFirst > englishFirst ? "french" : "english";
  }
  // With several valid results in a language, which one scores most depends on the whole score:
  // each was ranked above as a first language alone, without the second-language and French
  // points, and a result in the other language may be the one scored first. Every choice of one
  // undominated result per language (and, the first language not declared, either order) is
  // scored, and the best kept; the ranking's pick stays on a tie.
  const valid = validResults(tests, converted);
  const several = valid !== undefined && (valid.english.length > 1 || valid.french.length > 1);
  // One result in each language with the order open: a change elsewhere (work, education) can
  // make the other order score more, so the results are kept for re-scoring too.
  const eachOpen = declared === undefined && english !== undefined && french !== undefined;
  const results =
    valid !== undefined && (several || eachOpen)
      ? { english: undominated(valid.english), french: undominated(valid.french) }
      : undefined;
  if (results !== undefined) {
    const scored = (c: ResultChoice) => {
      const factors = choiceOf(c.english, c.french, c.firstIs);
      return totalWith(factors.firstLanguage, factors.secondLanguage, factors.english, factors.french);
    };
    let best = scored({ english, french, firstIs });
    for (const choice of everyChoice(results, declared)) {
      const total = scored(choice);
      if (total > best) [best, { english, french, firstIs }] = [total, choice];
    }
  }
  const factors: Mutable<CrsLanguageFactors> = choiceOf(english, french, firstIs);
  // Several results in a language, or one in each with the order open: which scores most can
  // depend on the open answers.
  if (results !== undefined && valid !== undefined) factors.languageChoices = languageChoices(valid, declared);
  return {
    factors,
    ...(results === undefined ? {} : { results }),
    ...(firstIs === undefined ? {} : { firstIs }),
    missing: language.missing,
    issues: relevantIssues(language.issues, tests, "languageTests", asOf),
    notes: scoresNothing(language, tests, asOf),
  };
}

/** Each language's valid results on `asOf`, with more than one test; `undefined` otherwise. */
function validResults(
  tests: readonly LanguageTest[] | null | undefined,
  converted: readonly ToClbResult[] | undefined,
): { english: ClbLevels[]; french: ClbLevels[] } | undefined {
  if (!Array.isArray(tests) || tests.length <= 1 || converted === undefined) return undefined;
  const valid: { english: ClbLevels[]; french: ClbLevels[] } = { english: [], french: [] };
  for (const r of converted) if (r.ok && !r.expired) valid[r.language].push(r.levels);
  return valid;
}

/**
 * Why tests score nothing, said rather than left to vanish: an expired test (the points it would
 * give are not "missing": no answer revives it, only a new test), a result taken before IRCC
 * accepted its test (PTE Core before 2024-01-30), a result dated after `asOf` (it did not exist
 * that day).
 */
function scoresNothing(
  language: OfficialLanguageLevels,
  tests: readonly LanguageTest[] | null | undefined,
  asOf: IsoDate,
): Message[] {
  const notes: Message[] = [];
  for (const issue of language.issues) {
    const index = testIndexIn(issue.path, "languageTests");
    const test = index === undefined ? undefined : tests?.[index];
    if (notAcceptedResult(issue)) {
      notes.push(message("crs.caveat.test-not-accepted", { path: `languageTests[${index}]`, reason: issue.message }));
    } else if (issue.code === "tested_after_as_of" && test !== undefined) {
      notes.push(
        message("crs.caveat.test-after-as-of", {
          path: `languageTests[${index}]`,
          test: LANGUAGE_TEST_NAMES[test.test],
          testedOn: test.testedOn,
          asOf,
        }),
      );
    }
  }
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
  return notes;
}

/**
 * The language factors with these results and `firstIs` first (none first when that language has
 * no result): the second is the other language's result.
 */
export function choiceOf(
  english: ClbLevels | undefined,
  french: ClbLevels | undefined,
  firstIs: OfficialLanguage | undefined,
): Mutable<CrsLanguageChoice> {
  const first = firstIs === "english" ? english : firstIs === "french" ? french : undefined;
  const second = first === undefined ? undefined : firstIs === "english" ? french : english;
  const choice: Mutable<CrsLanguageChoice> = {};
  if (first !== undefined) choice.firstLanguage = first;
  if (second !== undefined) choice.secondLanguage = second;
  if (english !== undefined) choice.english = english;
  if (french !== undefined) choice.french = french;
  return choice;
}

/** The most pairs of results the bound weighs one by one. */
const MAX_CHOICES = 64;

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

/** Whether `a` is at least `b` in every ability. */
function atLeast(a: ClbLevels, b: ClbLevels): boolean {
  return a.reading >= b.reading && a.writing >= b.writing && a.listening >= b.listening && a.speaking >= b.speaking;
}

/**
 * The results no other is better than in every ability (the first of equal ones kept): since no
 * table's points fall as a level rises, a result another matches or beats everywhere never scores
 * more than it.
 */
function undominated(results: readonly ClbLevels[]): ClbLevels[] {
  return results.filter((r, i) => !results.some((o, j) => j !== i && atLeast(o, r) && (j < i || !atLeast(r, o))));
}

/**
 * Every choice of results for the CRS bound, with several valid results in a language: one
 * undominated result per language (none when the language has none) and, the first language not
 * declared, either language with a result first; each choice fills the language factors as the
 * derivation would with those results.
 */
function languageChoices(valid: LanguageResults, declared: OfficialLanguage | undefined): CrsLanguageChoice[] {
  // Past MAX_CHOICES pairs, each language's abilities at their best (a looser bound, still sound):
  // the bound scores each choice, and up to 100 tests could make thousands.
  const pairs = Math.max(1, undominated(valid.english).length) * Math.max(1, undominated(valid.french).length);
  if (pairs > MAX_CHOICES) {
    const best = (levels: readonly ClbLevels[]) => {
      const top = bestOfEach(levels);
      return top === undefined ? [] : [top];
    };
    return everyChoice({ english: best(valid.english), french: best(valid.french) }, declared).map(factorsOf);
  }
  return everyChoice(valid, declared).map(factorsOf);
}

/** A choice of results: one per language (none when it has none), and which is first. Internal. */
export interface ResultChoice {
  readonly english: ClbLevels | undefined;
  readonly french: ClbLevels | undefined;
  readonly firstIs: OfficialLanguage | undefined;
}

const factorsOf = (c: ResultChoice): CrsLanguageChoice => choiceOf(c.english, c.french, c.firstIs);

/**
 * Every choice of one undominated result per language (none when the language has none) and, the
 * first language not declared, either language with a result first.
 */
export function everyChoice(valid: LanguageResults, declared: OfficialLanguage | undefined): ResultChoice[] {
  const englishResults: readonly (ClbLevels | undefined)[] =
    valid.english.length > 0 ? undominated(valid.english) : [undefined];
  const frenchResults: readonly (ClbLevels | undefined)[] =
    valid.french.length > 0 ? undominated(valid.french) : [undefined];
  const choices: ResultChoice[] = [];
  for (const english of englishResults) {
    for (const french of frenchResults) {
      const orders: readonly OfficialLanguage[] =
        declared !== undefined
          ? [declared]
          : [
              ...(english === undefined ? [] : ["english" as const]),
              ...(french === undefined ? [] : ["french" as const]),
            ];
      for (const firstIs of orders) choices.push({ english, french, firstIs });
    }
  }
  return choices;
}
