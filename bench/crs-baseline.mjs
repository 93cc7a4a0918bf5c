// The hand-written CRS baseline: the practical limit of scoring CRS factors. Straight-line table
// look-ups (plain arrays and switches, no rule tree, no date resolution, no validation, no sources or
// caveats), with the point values copied from data/ircc/crs-points.json as in force on 2026-11-25
// (the bench's asOf), for the "without a spouse" column that the fixed input uses.
//
// It covers the factors the bench's fixed input can have and refuses the rest (a spouse column, a
// second official language) rather than guess, so it can never be fast by being wrong: run.mjs
// checks that it gives scoreCrs's numbers before timing anything.

// A. Core / human capital, "without a spouse or common-law partner".
// Age 0..45 (index = age; 45 and over score 0).
const AGE = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 99, 105, 110, 110, 110, 110, 110, 110, 110, 110, 110, 110, 105,
  99, 94, 88, 83, 77, 72, 66, 61, 55, 50, 39, 28, 17, 6, 0,
];
// First official language, per ability, by CLB level 0..12 (10 and over score 34).
const FIRST_LANGUAGE = [0, 0, 0, 0, 6, 6, 9, 17, 23, 31, 34, 34, 34];
// Canadian work experience, by whole years 0..5 (5 and over score 80).
const CANADIAN_WORK = [0, 40, 53, 64, 72, 80];

function education(level) {
  switch (level) {
    case "less-than-secondary":
      return 0;
    case "secondary":
      return 30;
    case "one-year":
      return 90;
    case "two-year":
      return 98;
    case "bachelors":
      return 120;
    case "two-or-more":
      return 128;
    case "masters":
      return 135;
    case "doctoral":
      return 150;
    default:
      throw new Error(`baseline: no education level ${level}`);
  }
}

// C. Skill transferability: the education tier (0: secondary or less; 1: one-year to bachelor's;
// 2: two or more, master's, doctoral) and the foreign-work tier (0: none; 1: 1-2 years; 2: 3+).
function educationTier(level) {
  switch (level) {
    case "less-than-secondary":
    case "secondary":
      return 0;
    case "one-year":
    case "two-year":
    case "bachelors":
      return 1;
    default:
      return 2;
  }
}
// Points by tier: [tier][column], column 0 = CLB 7+ (or 1 year in Canada), 1 = CLB 9+ (or 2+ years).
const TRANSFER = [
  [0, 0],
  [13, 25],
  [25, 50],
];

function lowest(levels) {
  return Math.min(levels.reading, levels.writing, levels.listening, levels.speaking);
}

function refuse(factors) {
  if (factors.spouseFactorApplies !== false) throw new Error("baseline: only the without-a-spouse column is copied");
  if (factors.secondLanguage !== undefined) throw new Error("baseline: no second official language is copied");
  if (factors.age === undefined || factors.firstLanguage === undefined) throw new Error("baseline: needs age and CLB");
}

/**
 * Every line, subtotal and the total of a CRS breakdown, as plain numbers: what scoreCrs computes,
 * without its asOf, sources, missing and caveats.
 */
export function baselineCrsBreakdown(factors) {
  refuse(factors);
  const l = factors.firstLanguage;
  const age = AGE[Math.min(factors.age, 45)];
  const edu = education(factors.education);
  const firstLanguage =
    FIRST_LANGUAGE[l.reading] + FIRST_LANGUAGE[l.writing] + FIRST_LANGUAGE[l.listening] + FIRST_LANGUAGE[l.speaking];
  const cw = factors.canadianWorkYears;
  const canadianWork = CANADIAN_WORK[Math.min(cw, 5)];
  const coreSubtotal = age + edu + firstLanguage + canadianWork;

  const min = lowest(l);
  const languageColumn = min >= 9 ? 1 : min >= 7 ? 0 : -1;
  const workColumn = cw >= 2 ? 1 : cw === 1 ? 0 : -1;
  const eTier = TRANSFER[educationTier(factors.education)];
  const fw = factors.foreignWorkYears;
  const fTier = TRANSFER[fw >= 3 ? 2 : fw >= 1 ? 1 : 0];
  const educationLanguage = languageColumn < 0 ? 0 : eTier[languageColumn];
  const educationCanadianWork = workColumn < 0 ? 0 : eTier[workColumn];
  const foreignWorkLanguage = languageColumn < 0 ? 0 : fTier[languageColumn];
  const foreignWorkCanadianWork = workColumn < 0 ? 0 : fTier[workColumn];
  const certificate = factors.certificateOfQualification ? (min >= 7 ? 50 : min >= 5 ? 25 : 0) : 0;
  const educationSubtotal = Math.min(50, educationLanguage + educationCanadianWork);
  const foreignWorkSubtotal = Math.min(50, foreignWorkLanguage + foreignWorkCanadianWork);
  const transferabilitySubtotal = Math.min(100, educationSubtotal + foreignWorkSubtotal + certificate);

  const provincialNomination = factors.provincialNomination ? 600 : 0;
  const arrangedEmployment = 0; // 0 for every offer from 2025-03-25
  const french =
    factors.french !== undefined && lowest(factors.french) >= 7
      ? factors.english !== undefined && lowest(factors.english) >= 5
        ? 50
        : 25
      : 0;
  const canadianEducation =
    factors.canadianEducation === "three-year-or-longer"
      ? 30
      : factors.canadianEducation === "one-or-two-year"
        ? 15
        : 0;
  const sibling = factors.siblingInCanada ? 15 : 0;
  const additionalSubtotal = Math.min(
    600,
    provincialNomination + arrangedEmployment + french + canadianEducation + sibling,
  );

  return {
    total: coreSubtotal + transferabilitySubtotal + additionalSubtotal,
    core: { age, education: edu, firstLanguage, secondLanguage: 0, canadianWork, subtotal: coreSubtotal },
    spouse: { education: 0, firstLanguage: 0, canadianWork: 0, subtotal: 0 },
    transferability: {
      educationLanguage,
      educationCanadianWork,
      educationSubtotal,
      foreignWorkLanguage,
      foreignWorkCanadianWork,
      foreignWorkSubtotal,
      certificate,
      subtotal: transferabilitySubtotal,
    },
    additional: {
      provincialNomination,
      arrangedEmployment,
      french,
      canadianEducation,
      sibling,
      subtotal: additionalSubtotal,
    },
  };
}

/** The total alone, by the same look-ups: the bare arithmetic, for information. */
export function baselineCrsTotal(factors) {
  refuse(factors);
  const l = factors.firstLanguage;
  const cw = factors.canadianWorkYears;
  const fw = factors.foreignWorkYears;
  const min = lowest(l);
  const languageColumn = min >= 9 ? 1 : min >= 7 ? 0 : -1;
  const workColumn = cw >= 2 ? 1 : cw === 1 ? 0 : -1;
  const eTier = TRANSFER[educationTier(factors.education)];
  const fTier = TRANSFER[fw >= 3 ? 2 : fw >= 1 ? 1 : 0];
  const core =
    AGE[Math.min(factors.age, 45)] +
    education(factors.education) +
    FIRST_LANGUAGE[l.reading] +
    FIRST_LANGUAGE[l.writing] +
    FIRST_LANGUAGE[l.listening] +
    FIRST_LANGUAGE[l.speaking] +
    CANADIAN_WORK[Math.min(cw, 5)];
  const transferability = Math.min(
    100,
    Math.min(50, (languageColumn < 0 ? 0 : eTier[languageColumn]) + (workColumn < 0 ? 0 : eTier[workColumn])) +
      Math.min(50, (languageColumn < 0 ? 0 : fTier[languageColumn]) + (workColumn < 0 ? 0 : fTier[workColumn])) +
      (factors.certificateOfQualification ? (min >= 7 ? 50 : min >= 5 ? 25 : 0) : 0),
  );
  const french =
    factors.french !== undefined && lowest(factors.french) >= 7
      ? factors.english !== undefined && lowest(factors.english) >= 5
        ? 50
        : 25
      : 0;
  const additional = Math.min(
    600,
    (factors.provincialNomination ? 600 : 0) +
      french +
      (factors.canadianEducation === "three-year-or-longer"
        ? 30
        : factors.canadianEducation === "one-or-two-year"
          ? 15
          : 0) +
      (factors.siblingInCanada ? 15 : 0),
  );
  return core + transferability + additional;
}
