// The Federal Skilled Worker 100-point selection grid (pass mark 67): six factors, each broken
// down, with certain points and the most the unanswered questions could add.

import gridJson from "../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import { addDays, ageOn } from "../../core/calendar.js";
import type { Citation } from "../../core/citation.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Verdict } from "../../core/verdict.js";
import { FULL_TIME_HOURS_PER_WEEK, HOURS_PER_YEAR } from "../../experience/constants.js";
import { fullTimeEquivalentHours } from "../../experience/full-time-equivalent.js";
import { skilledWorkExperience } from "../../experience/skilled-work-experience.js";
import { type ClbLevels, LANGUAGE_ABILITIES, type LanguageAbility } from "../../language/clb.js";
import type { OfficialLanguage } from "../../language/official-language.js";
import type { Candidate } from "../../models/candidate.js";
import type { EducationCredential } from "../../models/education.js";
import type { WorkExperience } from "../../models/work-experience.js";
import { requireAsOf } from "./as-of.js";
import { type FswEducationFacts, type FswEducationLevel, readEducation } from "./education.js";
import { type FederalHours, formatHours, fullTimeOnlyHours } from "./experience.js";
import { type FederalFinding, fswArrangedEmploymentFinding } from "./findings.js";
import {
  allowedLanguages,
  describeTest,
  type FederalLanguageFacts,
  type FederalLanguageResult,
  meetsMinimum,
  readLanguageTests,
  scaleOf,
} from "./language.js";
import { fswSelectionFactorsSource } from "./sources.js";

/**
 * The FSW pass mark: 67 of 100 selection points.
 *
 * @example
 * ```ts
 * import { FSW_PASS_MARK, fswSelectionPoints, isoDate } from "alberta-atp";
 * fswSelectionPoints(candidate, { asOf: isoDate("2026-01-15") }).total >= FSW_PASS_MARK;
 * ```
 */
export const FSW_PASS_MARK = 67;

/**
 * The points of one selection factor: `points` certainly earned, `maximumReachable` the most it could
 * earn if every unanswered question (`missing`) were answered favourably, out of `maximum`.
 *
 * @example
 * ```ts
 * const age: FswFactorPoints = fswSelectionPoints(candidate, { asOf }).age;
 * console.log(`${age.points}/${age.maximum}: ${age.reason}`);
 * ```
 */
export interface FswFactorPoints {
  readonly points: number;
  readonly maximumReachable: number;
  readonly maximum: number;
  /** How the points were found, in a sentence. */
  readonly reason: string;
  /** Input paths that could raise `points` to `maximumReachable`; empty when they are equal. */
  readonly missing: readonly string[];
}

/**
 * The language factor (max 28): first official language, 4 to 6 points per ability at CLB 7 to 9+
 * (max 24); second official language, 4 points for CLB 5 or more in all four abilities.
 *
 * @example
 * ```ts
 * const { firstLanguage, secondLanguage } = fswSelectionPoints(candidate, { asOf }).language;
 * ```
 */
export interface FswLanguagePoints extends FswFactorPoints {
  /** The first-language result scored, with the points per ability; absent without one. */
  readonly firstLanguage?: {
    readonly language: OfficialLanguage;
    readonly testPath: string;
    readonly levels: ClbLevels;
    readonly perAbility: Readonly<Record<LanguageAbility, number>>;
  };
  /** The second-language points (0 or 4) and the result that earned them. */
  readonly secondLanguage: { readonly points: number; readonly testPath?: string };
}

/**
 * The education factor (max 25), by the level of the credentials that count on `asOf`.
 *
 * @example
 * ```ts
 * const { level, points } = fswSelectionPoints(candidate, { asOf }).education; // "bachelors", 21
 * ```
 */
export interface FswEducationPoints extends FswFactorPoints {
  readonly level: FswEducationLevel;
  readonly possibleLevel: FswEducationLevel;
}

/**
 * The experience factor (max 15): whole years of skilled paid work (full-time or equivalent) in
 * the 10 years before `asOf`.
 *
 * @example
 * ```ts
 * const { years, points } = fswSelectionPoints(candidate, { asOf }).experience; // 3, 11
 * ```
 */
export interface FswExperiencePoints extends FswFactorPoints {
  readonly years: number;
  readonly possibleYears: number;
}

/**
 * The age factor (max 12): 12 points from 18 to 35, one fewer each year to 0 at 47.
 *
 * @example
 * ```ts
 * fswSelectionPoints(candidate, { asOf }).age.age; // 36
 * ```
 */
export interface FswAgePoints extends FswFactorPoints {
  /** Whole years on `asOf`; absent when the date of birth is not given. */
  readonly age?: number;
}

/**
 * The names of the adaptability elements, as in data/ircc/fsw-selection-grid.json.
 *
 * @example
 * ```ts
 * const id: FswAdaptabilityElementId = "relatives-in-canada";
 * ```
 */
export type FswAdaptabilityElementId =
  | "spouse-language"
  | "your-study-in-canada"
  | "spouse-study-in-canada"
  | "your-work-in-canada"
  | "spouse-work-in-canada"
  | "arranged-employment"
  | "relatives-in-canada";

/**
 * One adaptability element: whether it is earned (`pass`), not (`fail`) or undecided (`unknown`,
 * with `missing`), and the points it is worth. Each element counts once.
 *
 * @example
 * ```ts
 * for (const e of fswSelectionPoints(candidate, { asOf }).adaptability.elements) console.log(e.id, e.verdict, e.points);
 * ```
 */
export interface FswAdaptabilityElement {
  readonly id: FswAdaptabilityElementId;
  readonly title: string;
  /** Points the element is worth when earned. */
  readonly points: number;
  readonly verdict: Verdict;
  readonly reason: string;
  readonly missing: readonly string[];
}

/**
 * The adaptability factor: the earned elements added up (`uncapped`) and capped at 10.
 *
 * @example
 * ```ts
 * const { elements, uncapped, points } = fswSelectionPoints(candidate, { asOf }).adaptability;
 * ```
 */
export interface FswAdaptabilityPoints extends FswFactorPoints {
  readonly elements: readonly FswAdaptabilityElement[];
  /** The earned elements' points before the cap of 10. */
  readonly uncapped: number;
}

/**
 * A candidate's FSW selection points on `asOf`, factor by factor. `total` is certain;
 * `maximumReachable` is the most the unanswered questions (`missing`) could bring; `verdict` is
 * `pass` when `total >= 67`, `fail` when even `maximumReachable < 67`, else `unknown`. `passes` is
 * `verdict === "pass"`.
 *
 * @example
 * ```ts
 * const p: FswSelectionPoints = fswSelectionPoints(candidate, { asOf: isoDate("2026-01-15") });
 * console.log(`${p.total}/100 (pass mark ${p.passMark})`, p.verdict);
 * ```
 */
export interface FswSelectionPoints {
  readonly asOf: IsoDate;
  readonly total: number;
  readonly maximumReachable: number;
  readonly language: FswLanguagePoints;
  readonly education: FswEducationPoints;
  readonly experience: FswExperiencePoints;
  readonly age: FswAgePoints;
  readonly arrangedEmployment: FswFactorPoints;
  readonly adaptability: FswAdaptabilityPoints;
  readonly passMark: 67;
  readonly maximum: 100;
  readonly passes: boolean;
  readonly verdict: Verdict;
  /** Input paths that could raise `total`, deduplicated. */
  readonly missing: readonly string[];
  readonly source: Citation;
}

// ----- the grid, from data/ircc/fsw-selection-grid.json ------------------------------------------

interface AgeRow {
  readonly minAge?: number;
  readonly maxAge?: number;
  readonly age?: number;
  readonly points: number;
}

const grid = gridJson as unknown as {
  readonly language: {
    readonly maximum: number;
    readonly firstOfficialLanguagePerAbility: readonly { readonly minClb: number; readonly points: number }[];
    readonly firstOfficialLanguageMinimumClb: number;
    readonly secondOfficialLanguage: { readonly minClbInEveryAbility: number; readonly points: number };
  };
  readonly education: { readonly maximum: number; readonly points: Readonly<Record<FswEducationLevel, number>> };
  readonly experience: {
    readonly maximum: number;
    readonly byYears: readonly { readonly minYears: number; readonly points: number }[];
  };
  readonly age: { readonly maximum: number; readonly byAge: readonly AgeRow[] };
  readonly arrangedEmployment: { readonly maximum: number; readonly points: number };
  readonly adaptability: {
    readonly maximum: number;
    readonly elements: readonly {
      readonly id: FswAdaptabilityElementId;
      readonly points: number;
      readonly requirement: string;
    }[];
  };
};

/** Points for one first-language ability at a CLB level (0 below CLB 7). Internal. */
export function fswPointsPerAbility(clb: number): number {
  return grid.language.firstOfficialLanguagePerAbility.find((row) => clb >= row.minClb)?.points ?? 0;
}

/** Points for whole years of experience. Internal. */
export function fswExperiencePoints(years: number): number {
  return grid.experience.byYears.find((row) => years >= row.minYears)?.points ?? 0;
}

/** Points for an age in whole years. Internal. */
export function fswAgePoints(age: number): number {
  for (const row of grid.age.byAge) {
    if (row.age !== undefined && age === row.age) return row.points;
    if (
      row.age === undefined &&
      age >= (row.minAge ?? Number.NEGATIVE_INFINITY) &&
      age <= (row.maxAge ?? Number.POSITIVE_INFINITY)
    ) {
      return row.points;
    }
  }
  return 0;
}

/** Points for an education level. Internal. */
export function fswEducationPoints(level: FswEducationLevel): number {
  return grid.education.points[level];
}

// ----- factors ------------------------------------------------------------------------------------

function factor(
  points: number,
  maximumReachable: number,
  maximum: number,
  reason: string,
  missing: readonly string[],
): FswFactorPoints {
  const possible = Math.max(points, maximumReachable);
  return {
    points,
    maximumReachable: possible,
    maximum,
    reason,
    missing: possible > points ? [...new Set(missing)] : [],
  };
}

function languageName(language: OfficialLanguage): string {
  return language === "english" ? "English" : "French";
}

function languageFactor(facts: FederalLanguageFacts): FswLanguagePoints {
  const max = grid.language.maximum;
  const second = grid.language.secondOfficialLanguage;
  if (!facts.given) {
    return Object.assign(factor(0, max, max, "Language test results are not given.", [facts.path]), {
      secondLanguage: { points: 0 },
    });
  }
  const valid = facts.results.filter((r) => r.status === "valid" && r.levels !== undefined && r.language !== undefined);
  const firstAllowed = allowedLanguages(facts, "first");
  const options = valid
    .filter((r) => r.language !== undefined && firstAllowed.includes(r.language))
    .map((first) => {
      const levels = first.levels as ClbLevels;
      // Written out rather than built from LANGUAGE_ABILITIES with fromEntries / map / reduce (the
      // list is frozen, and Node 20's V8 takes a slow path for array builtins on frozen arrays);
      // the keys are in the list's order.
      const perAbility: Record<LanguageAbility, number> = {
        reading: fswPointsPerAbility(levels.reading),
        writing: fswPointsPerAbility(levels.writing),
        listening: fswPointsPerAbility(levels.listening),
        speaking: fswPointsPerAbility(levels.speaking),
      };
      const firstPoints = perAbility.reading + perAbility.writing + perAbility.listening + perAbility.speaking;
      const secondResult = valid.find(
        (r) => r.language !== first.language && meetsMinimum(r, second.minClbInEveryAbility),
      );
      const secondPoints = secondResult === undefined ? 0 : second.points;
      return {
        first,
        levels,
        perAbility,
        total: firstPoints + secondPoints,
        eligible: meetsMinimum(first, grid.language.firstOfficialLanguageMinimumClb),
        secondResult,
        secondPoints,
      };
    });
  const pool = options.some((o) => o.eligible) ? options.filter((o) => o.eligible) : options;
  const best = pool.reduce<(typeof pool)[number] | undefined>(
    (acc, o) => (acc === undefined || o.total > acc.total ? o : acc),
    undefined,
  );
  const unreadable: FederalLanguageResult[] = facts.results.filter((r) => r.status === "unreadable");
  const unreadableMissing = unreadable.flatMap((r) => {
    const paths = r.issues.map((i) => i.path).filter((p) => p !== "");
    return paths.length > 0 ? paths : [r.path];
  });
  const possible = unreadable.length > 0 ? max : (best?.total ?? 0);
  const unreadableNote =
    unreadable.length > 0 ? ` ${unreadable.map(describeTest).join(", ")} could not be read and might score more.` : "";
  if (best === undefined) {
    const which =
      facts.declaredFirst === undefined
        ? ""
        : ` in ${languageName(facts.declaredFirst)}, the declared first official language`;
    return Object.assign(
      factor(0, possible, max, `No valid language test result${which}: 0 points.${unreadableNote}`, unreadableMissing),
      { secondLanguage: { points: 0 } },
    );
  }
  const scale = scaleOf(best.first.language);
  const abilities = LANGUAGE_ABILITIES.map(
    (a) => `${a} ${scale} ${best.levels[a] === 0 ? "below 4" : best.levels[a]} → ${best.perAbility[a]}`,
  ).join(", ");
  const language = best.first.language as OfficialLanguage;
  const secondText =
    best.secondResult === undefined
      ? `second official language: 0 (4 points need ${scaleOf(language === "english" ? "french" : "english")} ${second.minClbInEveryAbility} or more in every ability)`
      : `second official language ${languageName(best.secondResult.language as OfficialLanguage)} (${describeTest(best.secondResult)}) ${second.minClbInEveryAbility}+ in every ability → ${second.points}`;
  const below = best.eligible ? "" : " (below CLB 7 in an ability: FSW's minimum is not met)";
  return Object.assign(
    factor(
      best.total,
      possible,
      max,
      `First official language ${languageName(language)} (${describeTest(best.first)}): ${abilities}${below}; ${secondText}. ${best.total} of ${max}.${unreadableNote}`,
      unreadableMissing,
    ),
    {
      firstLanguage: { language, testPath: best.first.path, levels: best.levels, perAbility: best.perAbility },
      secondLanguage:
        best.secondResult === undefined
          ? { points: best.secondPoints }
          : { points: best.secondPoints, testPath: best.secondResult.path },
    },
  );
}

function educationFactor(education: FswEducationFacts): FswEducationPoints {
  const max = grid.education.maximum;
  const points = fswEducationPoints(education.level);
  const maximumReachable = fswEducationPoints(education.possibleLevel);
  const counted = education.credentials.filter((c) => c.standing === "counts").map((c) => c.path);
  const reason = !education.given
    ? "Education is not given."
    : `Level ${education.level}${counted.length > 0 ? ` (from ${counted.join(", ")})` : " (no credential counts)"} → ${points} of ${max}.${
        maximumReachable > points
          ? ` ${education.possibleLevel} (${maximumReachable}) if the foreign credentials' ECAs are valid.`
          : ""
      }`;
  return Object.assign(factor(points, maximumReachable, max, reason, education.missing), {
    level: education.level,
    possibleLevel: education.possibleLevel,
  });
}

function experienceFactor(workHistory: readonly WorkExperience[] | undefined, asOf: IsoDate): FswExperiencePoints {
  const max = grid.experience.maximum;
  const e = skilledWorkExperience(workHistory, { asOf, withinYears: 10 });
  const points = fswExperiencePoints(e.years);
  const maximumReachable = fswExperiencePoints(e.possibleYears);
  const reason =
    workHistory === undefined
      ? "The work history is not given."
      : `${formatHours(e.hours)} hours of skilled paid work in the 10 years before ${asOf} (${e.window.start} to ${e.window.end}): ${e.years} whole year${e.years === 1 ? "" : "s"} → ${points} of ${max}.`;
  return Object.assign(factor(points, maximumReachable, max, reason, e.missing), {
    years: e.years,
    possibleYears: e.possibleYears,
  });
}

function ageFactor(dateOfBirth: IsoDate | undefined, asOf: IsoDate): FswAgePoints {
  const max = grid.age.maximum;
  if (dateOfBirth === undefined) return factor(0, max, max, "The date of birth is not given.", ["dateOfBirth"]);
  const age = ageOn(dateOfBirth, asOf);
  const points = fswAgePoints(age);
  return Object.assign(factor(points, points, max, `Age ${age} on ${asOf} → ${points} of ${max}.`, []), { age });
}

function arrangedFactor(arranged: FederalFinding): FswFactorPoints {
  const max = grid.arrangedEmployment.maximum;
  const earned = grid.arrangedEmployment.points;
  if (arranged.verdict === "pass") return factor(earned, earned, max, `${arranged.reason} → ${earned}.`, []);
  if (arranged.verdict === "unknown") return factor(0, earned, max, arranged.reason, arranged.missing);
  return factor(0, 0, max, `${arranged.reason} → 0.`, []);
}

// ----- adaptability -------------------------------------------------------------------------------

function element(
  id: FswAdaptabilityElementId,
  verdict: Verdict,
  reason: string,
  missing: readonly string[] = [],
): FswAdaptabilityElement {
  const row = grid.adaptability.elements.find((e) => e.id === id);
  return {
    id,
    title: row?.requirement ?? id,
    points: row?.points ?? 0,
    verdict,
    reason,
    missing: verdict === "unknown" ? [...new Set(missing)] : [],
  };
}

/** Whether there is an accompanying spouse or partner. */
function accompanyingSpouse(candidate: Candidate): FederalFinding {
  const spouse = candidate.spouse;
  if (spouse === null) return { verdict: "fail", reason: "No spouse or partner.", missing: [] };
  if (spouse !== undefined) {
    return spouse.accompanying
      ? { verdict: "pass", reason: "Your spouse or partner is coming with you.", missing: [] }
      : { verdict: "fail", reason: "Your spouse or partner is not coming with you.", missing: [] };
  }
  const status = candidate.maritalStatus;
  if (status === "married" || status === "common-law") {
    return {
      verdict: "unknown",
      reason: "Your spouse or partner's details are not given (spouse).",
      missing: ["spouse"],
    };
  }
  if (status === undefined) {
    return {
      verdict: "unknown",
      reason: "Marital status is not given (maritalStatus).",
      missing: ["maritalStatus", "spouse"],
    };
  }
  return { verdict: "fail", reason: `Marital status ${status}: no spouse or partner.`, missing: [] };
}

/**
 * Study in Canada: at least two academic years of full-time study in Canada, read from a completed
 * Canadian credential of a program of two years or more, or from the direct answer
 * (`studiedInCanadaTwoYearsFullTime`). A credential that qualifies counts whatever the answer; the
 * element fails only when the answer is `false` and the credentials are known and none qualifies.
 */
function studyInCanada(
  education: readonly EducationCredential[] | undefined,
  studied: boolean | undefined,
  asOf: IsoDate,
  path: string,
  answerPath: string,
  who: "Your" | "Your spouse's",
): { verdict: Verdict; reason: string; missing: string[] } {
  const subject = who === "Your" ? "you" : "your spouse";
  const impliedTwoYears = new Set(["two-year", "bachelors", "three-year-or-longer", "doctoral"]);
  const open: string[] = [];
  for (const [index, c] of (education ?? []).entries()) {
    if (!c.inCanada || (c.completedOn !== undefined && c.completedOn > asOf)) continue;
    const at = `${path}[${index}]`;
    if (c.years !== undefined ? c.years >= 2 : impliedTwoYears.has(c.level)) {
      return {
        verdict: "pass",
        reason: `${at} is a Canadian ${c.level} credential of a program of ${c.years ?? "two or more"} years: taken as two or more academic years of full-time study in Canada.`,
        missing: [],
      };
    }
    if (c.years === undefined) open.push(`${at}.years`);
  }
  if (studied === true) {
    return {
      verdict: "pass",
      reason: `${subject === "you" ? "You" : "Your spouse"} completed at least two academic years of full-time study in a program of two years or more at a school in Canada (${answerPath}).`,
      missing: [],
    };
  }
  const missing = [...(education === undefined ? [path] : open), ...(studied === undefined ? [answerPath] : [])];
  if (missing.length > 0) {
    const parts = [
      ...(education === undefined ? [`${who.toLowerCase()} education is not given (${path})`] : []),
      ...(open.length > 0
        ? [
            `the length of ${who.toLowerCase()} Canadian program${open.length === 1 ? "" : "s"} is not given (${open.join(", ")})`,
          ]
        : []),
      ...(studied === undefined
        ? [
            `whether ${subject} completed at least two academic years of full-time study in Canada is not answered (${answerPath})`,
          ]
        : []),
    ];
    const sentence = parts.join("; ");
    return {
      verdict: "unknown",
      reason: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. A Canadian credential of a program of two years or more, or two academic years of full-time study in Canada, earns this element.`,
      missing,
    };
  }
  return {
    verdict: "fail",
    reason: `${who} credentials include no Canadian credential of a program of two years or more, and ${subject} did not complete two academic years of full-time study in Canada (${answerPath}: false).`,
    missing: [],
  };
}

/** The spouse's full-time authorised work in Canada (any occupation), in hours. */
function spouseWorkHours(history: readonly WorkExperience[], asOf: IsoDate): FederalHours {
  const candidates = history.map((job, index) => ({ job, index })).filter(({ job }) => job.country === "CA");
  const periods = (authorizedOnly: boolean) =>
    candidates
      .filter(({ job }) => job.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK && job.from < asOf)
      .filter(({ job }) => (authorizedOnly ? job.authorized === true : job.authorized !== false))
      .map(({ job }) => {
        const last = job.to === undefined || job.to >= asOf ? undefined : job.to;
        return { start: job.from, end: last ?? addDays(asOf, -1), hoursPerWeek: job.hoursPerWeek };
      });
  const hours = fullTimeEquivalentHours(periods(true));
  const possibleHours = Math.max(hours, fullTimeEquivalentHours(periods(false)));
  const missing =
    possibleHours > hours
      ? candidates
          .filter(({ job }) => job.authorized === undefined && job.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK)
          .map(({ index }) => `spouse.workHistory[${index}].authorized`)
      : [];
  return { hours, possibleHours, missing };
}

function hoursElement(id: FswAdaptabilityElementId, hours: FederalHours, label: string): FswAdaptabilityElement {
  const text = `${formatHours(hours.hours)} hours of ${label}`;
  if (hours.hours >= HOURS_PER_YEAR) return element(id, "pass", `${text}: at least one year (1,560 hours).`);
  if (hours.possibleHours < HOURS_PER_YEAR) {
    return element(id, "fail", `${text}; one year (1,560 hours) is needed.`);
  }
  return element(
    id,
    "unknown",
    `${text} certainly count; up to ${formatHours(hours.possibleHours)} depending on the answers to ${hours.missing.join(", ")}. One year (1,560 hours) is needed.`,
    hours.missing,
  );
}

/**
 * Relatives in Canada: FSW's question is `relativeInCanada`; a brother or sister is one of its
 * relatives, so `siblingInCanada: true` earns the element too. `true` in either passes; the element
 * fails only when `relativeInCanada` is `false` (which answers for siblings as well); otherwise it
 * is `unknown` on `relativeInCanada` (a sibling answered `false` leaves the other relatives open).
 */
function relativesInCanada(sibling: boolean | undefined, relative: boolean | undefined): FswAdaptabilityElement {
  if (relative === true) {
    return element(
      "relatives-in-canada",
      "pass",
      "You or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (relativeInCanada).",
    );
  }
  if (sibling === true) {
    return element(
      "relatives-in-canada",
      "pass",
      "You have a brother or sister in Canada who is a citizen or permanent resident (siblingInCanada); a sibling is one of the relatives that count.",
    );
  }
  if (relative === false) {
    return element(
      "relatives-in-canada",
      "fail",
      "No relative aged 18 or over who is a Canadian citizen or permanent resident lives in Canada (relativeInCanada: false).",
    );
  }
  return element(
    "relatives-in-canada",
    "unknown",
    `Whether you or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (a parent, grandparent, child, grandchild, brother or sister, aunt or uncle, niece or nephew) is not answered (relativeInCanada)${sibling === false ? "; no brother or sister, but the other relatives count too" : ""}.`,
    ["relativeInCanada"],
  );
}

function adaptabilityFactor(candidate: Candidate, asOf: IsoDate, arranged: FederalFinding): FswAdaptabilityPoints {
  const max = grid.adaptability.maximum;
  const spouse = accompanyingSpouse(candidate);
  const spouseData = candidate.spouse ?? undefined;

  const spouseGated = (
    id: FswAdaptabilityElementId,
    own: () => { verdict: Verdict; reason: string; missing: readonly string[] },
  ): FswAdaptabilityElement => {
    if (spouse.verdict === "fail") return element(id, "fail", spouse.reason);
    if (spouseData === undefined) return element(id, "unknown", spouse.reason, spouse.missing);
    const result = own();
    return element(id, result.verdict, result.reason, result.missing);
  };

  const spouseLanguage = spouseGated("spouse-language", () => {
    const tests = readLanguageTests(spouseData?.languageTests, asOf, "spouse.languageTests");
    if (!tests.given) {
      return {
        verdict: "unknown",
        reason: "Your spouse's language tests are not given (spouse.languageTests).",
        missing: ["spouse.languageTests"],
      };
    }
    const met = tests.results.find((r) => meetsMinimum(r, 4));
    if (met)
      return { verdict: "pass", reason: `${describeTest(met)}: CLB/NCLC 4 or more in every ability.`, missing: [] };
    const unreadable = tests.results.filter((r) => r.status === "unreadable");
    if (unreadable.length > 0) {
      return {
        verdict: "unknown",
        reason: `${unreadable.map(describeTest).join(", ")} could not be read.`,
        missing: unreadable.map((r) => r.path),
      };
    }
    return {
      verdict: "fail",
      reason: "Your spouse has no valid test result with CLB/NCLC 4 or more in every ability.",
      missing: [],
    };
  });

  const yourStudy = (() => {
    const r = studyInCanada(
      candidate.education,
      candidate.studiedInCanadaTwoYearsFullTime,
      asOf,
      "education",
      "studiedInCanadaTwoYearsFullTime",
      "Your",
    );
    return element("your-study-in-canada", r.verdict, r.reason, r.missing);
  })();

  const spouseStudy = spouseGated("spouse-study-in-canada", () =>
    studyInCanada(
      spouseData?.education,
      spouseData?.studiedInCanadaTwoYearsFullTime,
      asOf,
      "spouse.education",
      "spouse.studiedInCanadaTwoYearsFullTime",
      "Your spouse's",
    ),
  );

  const yourWork = hoursElement(
    "your-work-in-canada",
    fullTimeOnlyHours(candidate.workHistory, { asOf, where: "canadian" }),
    "full-time (30+ hours a week) skilled, authorised work in Canada",
  );

  const spouseWork = spouseGated("spouse-work-in-canada", () => {
    const history = spouseData?.workHistory;
    if (history === undefined) {
      return {
        verdict: "unknown",
        reason: "Your spouse's work history is not given (spouse.workHistory).",
        missing: ["spouse.workHistory"],
      };
    }
    const e = hoursElement(
      "spouse-work-in-canada",
      spouseWorkHours(history, asOf),
      "your spouse's full-time (30+ hours a week) authorised work in Canada",
    );
    return { verdict: e.verdict, reason: e.reason, missing: e.missing };
  });

  const arrangedElement = element(
    "arranged-employment",
    arranged.verdict,
    arranged.verdict === "pass" ? "Your job offer earns arranged-employment points." : arranged.reason,
    arranged.missing,
  );

  const relatives = relativesInCanada(candidate.siblingInCanada, candidate.relativeInCanada);

  const elements = [spouseLanguage, yourStudy, spouseStudy, yourWork, spouseWork, arrangedElement, relatives];
  const uncapped = elements.filter((e) => e.verdict === "pass").reduce((sum, e) => sum + e.points, 0);
  const possibleUncapped = elements.filter((e) => e.verdict !== "fail").reduce((sum, e) => sum + e.points, 0);
  const points = Math.min(max, uncapped);
  const maximumReachable = Math.min(max, possibleUncapped);
  const earned = elements.filter((e) => e.verdict === "pass").map((e) => `${e.id} ${e.points}`);
  const reason = `${earned.length > 0 ? `Earned: ${earned.join(", ")}` : "No element earned"}${
    uncapped > max ? ` (${uncapped}, capped at ${max})` : ""
  } → ${points} of ${max}.`;
  return Object.assign(
    factor(
      points,
      maximumReachable,
      max,
      reason,
      elements.filter((e) => e.verdict === "unknown").flatMap((e) => e.missing),
    ),
    { elements, uncapped },
  );
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
  return {
    asOf,
    total,
    maximumReachable,
    language,
    education,
    experience,
    age,
    arrangedEmployment,
    adaptability,
    passMark: 67,
    maximum: 100,
    passes: verdict === "pass",
    verdict,
    missing: [...new Set(factors.flatMap((f) => f.missing))],
    source: fswSelectionFactorsSource,
  };
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
 *   the offer is taken as non-seasonal (the model does not record that).
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
  const asOf = requireAsOf(options);
  return computeFswSelectionPoints(candidate, asOf, {
    language: readLanguageTests(candidate.languageTests, asOf, "languageTests", candidate.firstOfficialLanguage),
    education: readEducation(candidate.education, asOf),
    arrangedEmployment: fswArrangedEmploymentFinding(candidate.jobOffer, asOf),
  });
}
