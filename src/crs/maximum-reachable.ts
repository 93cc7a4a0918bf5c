// The CRS upper bound: the factors at their best wherever an open question could raise them.

import type { Mutable } from "../core/mutable.js";
import type { ClbLevels } from "../language/clb.js";
import { type EducationLevel, educationRank } from "./education-level.js";
import {
  type ArrangedEmployment,
  type CanadianEducation,
  type CrsFactors,
  type CrsLanguageChoice,
  type CrsSpouseFactors,
  canadianEducationRank,
} from "./factors.js";
import { arrangedEmploymentPoints, type ScoringTables } from "./scoring-tables.js";

const BEST_CLB: ClbLevels = Object.freeze({ reading: 12, writing: 12, listening: 12, speaking: 12 });

/** The top of a banded table: years at or above it all score alike. Internal: the derivation uses it too. */
export function topBand(rows: readonly { readonly min: number }[]): number {
  let top = 0;
  for (const r of rows) if (r.min > top) top = r.min;
  return top;
}

/** The age with the most points in the column (ages 20 to 29 today). */
function bestAge(t: ScoringTables, col: "single" | "withSpouse"): number {
  let best = t.age.value.rows[0];
  for (const row of t.age.value.rows) if (best === undefined || row[col] > best[col]) best = row;
  return best?.min ?? 0;
}

function bestArranged(t: ScoringTables): ArrangedEmployment {
  const table = t.arrangedEmployment.value;
  return table["teer0-major-group-00"].points >= table["other-teer-0-3"].points
    ? "teer0-major-group-00"
    : "other-teer-0-3";
}

/** The better-scoring of the certain line and the possible one (the best line when not given). */
function betterArranged(
  certain: ArrangedEmployment,
  possible: ArrangedEmployment | undefined,
  t: ScoringTables,
): ArrangedEmployment {
  if (possible === undefined) return bestArranged(t);
  return arrangedEmploymentPoints(t, possible) > arrangedEmploymentPoints(t, certain) ? possible : certain;
}

function bestSpouse(t: ScoringTables): CrsSpouseFactors {
  return {
    education: "doctoral",
    firstLanguage: BEST_CLB,
    canadianWorkYears: topBand(t.spouseCanadianWork.value.rows),
  };
}

function higherLevel(a: EducationLevel, b: EducationLevel): EducationLevel {
  return educationRank(b) > educationRank(a) ? b : a;
}

function higherCanadian(a: CanadianEducation, b: CanadianEducation): CanadianEducation {
  return canadianEducationRank(b) > canadianEducationRank(a) ? b : a;
}

/** The first segment of an input path: `workHistory` of `workHistory[0].authorized`. */
function rootOf(path: string): string {
  const end = path.search(/[.[]/);
  return end === -1 ? path : path.slice(0, end);
}

/**
 * The factor sets whose best score bounds the score from above: the factors with every one an
 * open question (`missing`) could raise set as high as that answer could make it. Two sets when
 * whether the spouse columns apply is open (a single candidate's columns, or an accompanying
 * spouse at their best), one otherwise; each once per choice of language results
 * (`languageChoices`) while the language answers are given. `undefined` when a path is not one the
 * bound knows: the only sound bound is then the CRS maximum. Internal.
 */
export function upperFactorSets(
  factors: CrsFactors,
  missing: readonly string[],
  t: ScoringTables,
): CrsFactors[] | undefined {
  const upper: Mutable<CrsFactors> = { ...factors };
  delete upper.languageChoices;
  // Several results in a language: every choice of them, the open answers deciding which is best.
  let choices = factors.languageChoices;
  let spouseOpen = factors.spouseFactorApplies === undefined;
  let spouseUpgrade: Mutable<CrsSpouseFactors> | undefined;
  let ageOpen = factors.age === undefined;
  const spouseNow = (): Mutable<CrsSpouseFactors> => {
    spouseUpgrade ??= { ...(factors.spouse ?? { education: "less-than-secondary", canadianWorkYears: 0 }) };
    return spouseUpgrade;
  };
  for (const path of missing) {
    switch (rootOf(path)) {
      case "dateOfBirth":
      case "age":
        ageOpen = true;
        break;
      case "maritalStatus":
      case "spouseFactorApplies":
        spouseOpen = true;
        break;
      case "spouse": {
        const sub = rootOf(path.slice("spouse.".length));
        if (path === "spouse" || !path.startsWith("spouse.")) spouseOpen = true;
        else if (sub === "education") {
          const spouse = spouseNow();
          spouse.education = higherLevel(spouse.education, factors.spouse?.possibleEducation ?? "doctoral");
        } else if (sub === "languageTests") spouseNow().firstLanguage = BEST_CLB;
        else if (sub === "workHistory") spouseNow().canadianWorkYears = topBand(t.spouseCanadianWork.value.rows);
        else spouseOpen = true;
        break;
      }
      case "education":
        // The credentials as claimed, with their open answers favourable (any level when the
        // factors do not say).
        upper.education = higherLevel(factors.education, factors.possibleEducation ?? "doctoral");
        if (!/^education\[\d+\]\.ecaIssuedOn$/.test(path)) {
          upper.canadianEducation = higherCanadian(
            factors.canadianEducation,
            factors.possibleCanadianEducation ?? "three-year-or-longer",
          );
        }
        break;
      case "languageTests":
      case "firstOfficialLanguage":
        upper.firstLanguage = BEST_CLB;
        upper.secondLanguage = BEST_CLB;
        upper.english = BEST_CLB;
        upper.french = BEST_CLB;
        choices = undefined;
        break;
      case "workHistory":
        // The jobs as answered, each open answer favourable (any years when the factors do not say).
        upper.canadianWorkYears = Math.max(
          factors.canadianWorkYears,
          factors.possibleCanadianWorkYears ?? topBand(t.canadianWork.value.rows),
        );
        upper.foreignWorkYears = Math.max(
          factors.foreignWorkYears,
          factors.possibleForeignWorkYears ?? topBand(t.transferabilityForeignWorkLanguage.value.rows),
        );
        break;
      case "certificateOfQualification":
        upper.certificateOfQualification = true;
        break;
      case "jobOffer":
        upper.arrangedEmployment = betterArranged(factors.arrangedEmployment, factors.possibleArrangedEmployment, t);
        break;
      case "provincialNomination":
        upper.provincialNomination = true;
        break;
      case "siblingInCanada":
        upper.siblingInCanada = true;
        break;
      default:
        return undefined;
    }
  }
  upper.missing = [];
  if (spouseUpgrade !== undefined) upper.spouse = spouseUpgrade;
  if (!spouseOpen) {
    if (ageOpen) upper.age = bestAge(t, upper.spouseFactorApplies === false ? "single" : "withSpouse");
    if (upper.spouseFactorApplies === true && upper.spouse === undefined) upper.spouse = bestSpouse(t);
    return withEachChoice([upper], choices);
  }
  const single: Mutable<CrsFactors> = { ...upper, spouseFactorApplies: false };
  // The spouse as described (with their open answers favourable), else any spouse at their best.
  const withSpouse: Mutable<CrsFactors> = {
    ...upper,
    spouseFactorApplies: true,
    spouse: spouseUpgrade ?? factors.spouse ?? bestSpouse(t),
  };
  if (ageOpen) {
    single.age = bestAge(t, "single");
    withSpouse.age = bestAge(t, "withSpouse");
  }
  return withEachChoice([single, withSpouse], choices);
}

/** Each factor set once per language choice (the set as it is without choices). */
function withEachChoice(sets: CrsFactors[], choices: readonly CrsLanguageChoice[] | undefined): CrsFactors[] {
  if (choices === undefined || choices.length === 0) return sets;
  const out: CrsFactors[] = [];
  for (const set of sets) {
    for (const choice of choices) {
      const withChoice: Mutable<CrsFactors> = { ...set };
      delete withChoice.firstLanguage;
      delete withChoice.secondLanguage;
      delete withChoice.english;
      delete withChoice.french;
      if (choice.firstLanguage !== undefined) withChoice.firstLanguage = choice.firstLanguage;
      if (choice.secondLanguage !== undefined) withChoice.secondLanguage = choice.secondLanguage;
      if (choice.english !== undefined) withChoice.english = choice.english;
      if (choice.french !== undefined) withChoice.french = choice.french;
      out.push(withChoice);
    }
  }
  return out;
}
