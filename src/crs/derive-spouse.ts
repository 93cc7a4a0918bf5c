// The CRS spouse factors: whether the spouse columns apply, and the accompanying spouse's
// education, first official language and Canadian work.

import requirementsJson from "../../data/ircc/federal-requirements.json" with { type: "json" };
import { currentNumber } from "../core/current-number.js";
import type { InputIssue } from "../core/input-issue.js";
import type { IsoDate } from "../core/iso-date.js";
import { skilledWorkExperience } from "../experience/index.js";
import { type ClbLevels, officialLanguageLevels } from "../language/index.js";
import type { Candidate } from "../models/candidate.js";
import { spouseStanding } from "../readings/accompanying-spouse.js";
import { educationFinding } from "./education.js";
import type { CrsSpouseFactors } from "./factors.js";
import { relevantIssues } from "./input-issues.js";
import { topBand } from "./maximum-reachable.js";
import type { ScoringTables } from "./scoring-tables.js";

/** The CRS counts work in the 10 years before `asOf` (data/ircc/federal-requirements.json). */
export const CRS_WORK_WINDOW_YEARS: number = /* @__PURE__ */ currentNumber(
  requirementsJson,
  "crsWorkWindowYears",
  "years",
);

/**
 * The spouse columns: true with an accompanying spouse or partner, false without one, or unknown
 * with the path that would decide. A spouse described but the marital status not answered: the
 * status could still be one without spouse factors (the score then uses the single column), so
 * whether the columns apply is open, unless this spouse could never bring them (not coming, or a
 * citizen or permanent resident). Neither answered, the marital status decides first.
 */
export function spouseFactor(candidate: Candidate): { applies?: boolean; missing: string[] } {
  const standing = spouseStanding(candidate);
  switch (standing.kind) {
    case "accompanying":
      return { applies: true, missing: [] };
    case "status-open":
    case "both-open":
      return { missing: ["maritalStatus"] };
    case "spouse-open":
      return { missing: ["spouse"] };
    default:
      return { applies: false, missing: [] };
  }
}

/** The spouse's factors when the spouse columns apply; adds its issues and missing answers to the lists given. */
export function spouseFactors(
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
