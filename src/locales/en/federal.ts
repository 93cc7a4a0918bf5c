// English messages: federal (FSW with its selection grid, CEC, FST, settlement funds, job offers,
// language, education and experience as the federal programs read them).

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageFormat, MessageLike, TemplateSource } from "../../core/message.js";
import { HOURS_PER_YEAR } from "../../experience/constants.js";

/** A federal program, by its short code. */
export type FederalProgramCode = "fsw" | "cec" | "fst";

/** An official language. */
export type FederalLanguageCode = "english" | "french";

/** A language test as the messages name it: its input path, the test's name and its date. */
export interface FederalTestRef {
  readonly path: string;
  /** The test's name (CELPIP-General, TEF Canada…), or the value given when it is not a known test. */
  readonly name: string;
  readonly testedOn: string;
}

/** CLB/NCLC levels per ability. */
export interface FederalLevels {
  readonly reading: number;
  readonly writing: number;
  readonly listening: number;
  readonly speaking: number;
}

/**
 * What a language rule asks: the program, the minimum (one level in every ability, or per
 * ability), and the words that follow it (`first-language`: of the first official language;
 * `cec-high` / `cec-low`: when the qualifying work is of the tier, named by NOC version).
 */
export interface FederalLanguageRequirement {
  readonly program: FederalProgramCode;
  readonly minimum: number | FederalLevels;
  readonly context: "first-language" | "cec-high" | "cec-low" | null;
  /** The NOC version in force (names the CEC tiers). */
  readonly noc: 2016 | 2021;
}

/** One FST trade-group version in words: its NOC version, the groups by level, and its end. */
export interface FederalTradeGroupsText {
  readonly noc: number;
  readonly levels: readonly {
    readonly level: "major" | "sub-major" | "minor" | "unit";
    readonly codes: readonly { readonly code: string; readonly except: readonly string[] }[];
  }[];
  readonly to: string | null;
}

/** An FST trade group as the messages name it. */
export interface FederalTradeGroupRef {
  readonly noc: number;
  readonly level: "major" | "sub-major" | "minor" | "unit";
  readonly code: string;
  /** StatCan's title of the group (English). */
  readonly title: string;
}

const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;

const hours = (value: number, f: MessageFormat): string =>
  Number.isFinite(value) ? f.number(Math.round(value * 10) / 10) : "any number of";
const scale = (language: FederalLanguageCode | null | undefined): string =>
  language === "french" ? "NCLC" : language === "english" ? "CLB" : "CLB/NCLC";
const languageName = (language: FederalLanguageCode): string => (language === "english" ? "English" : "French");
const test = (t: FederalTestRef): string => `${t.path} (${t.name}, ${t.testedOn})`;
const level = (value: number): string => (value === 0 ? "below 4" : String(value));
const sentences = (parts: readonly MessageLike[], f: MessageFormat): string => parts.map((m) => f.message(m)).join(" ");
const notes = (parts: readonly MessageLike[], f: MessageFormat): string =>
  parts.map((m) => ` ${f.message(m)}`).join("");
const PROGRAM = { fsw: "FSW", cec: "CEC", fst: "FST" } as const;

function minimumText(minimum: number | FederalLevels): string {
  if (typeof minimum === "number") return `CLB/NCLC ${minimum} in every ability`;
  const byLevel = new Map<number, string[]>();
  for (const ability of ABILITIES) byLevel.set(minimum[ability], [...(byLevel.get(minimum[ability]) ?? []), ability]);
  return [...byLevel.entries()]
    .sort((a, b) => b[0] - a[0])
    .map(([value, abilities]) => `CLB/NCLC ${value} in ${abilities.join(" and ")}`)
    .join(" and ");
}

const TIERS = {
  2016: { high: "NOC 2016 skill type 0 or skill level A", low: "NOC 2016 skill level B" },
  2021: { high: "TEER 0 or 1", low: "TEER 2 or 3" },
} as const;

function languageNeeds(r: FederalLanguageRequirement): string {
  const context =
    r.context === null
      ? ""
      : r.context === "first-language"
        ? " of the first official language"
        : ` when the qualifying work is ${TIERS[r.noc][r.context === "cec-high" ? "high" : "low"]}`;
  return `${PROGRAM[r.program]} needs ${minimumText(r.minimum)}${context}`;
}

const declared = (first: FederalLanguageCode | null): string =>
  first === null ? "" : ` (your declared first official language is ${languageName(first)})`;

const fswExperienceNeeds = (asOf: IsoDate, f: MessageFormat): string =>
  `FSW needs ${hours(HOURS_PER_YEAR, f)} hours (one year full-time, or the equivalent part-time) of continuous skilled paid work in one occupation in the 10 years before ${f.date(asOf)}`;

const FSW_EDUCATION_NEEDS =
  "FSW needs a Canadian secondary or post-secondary credential, or a foreign one with an ECA less than 5 years old";

/** The FSW selection points of each factor. */
export interface FswPointsBreakdown {
  readonly language: number;
  readonly education: number;
  readonly experience: number;
  readonly age: number;
  readonly arrangedEmployment: number;
  readonly adaptability: number;
}

const breakdown = (p: FswPointsBreakdown): string =>
  `language ${p.language}, education ${p.education}, experience ${p.experience}, age ${p.age}, arranged employment ${p.arrangedEmployment}, adaptability ${p.adaptability}`;

/** The CEC work a count is of. */
export type CecWork = "skilled" | "teer-2-3";

function cecWhat(work: CecWork, noc: 2016 | 2021, asOf: IsoDate, f: MessageFormat): string {
  return work === "skilled"
    ? `skilled (${noc === 2016 ? "NOC 2016 0, A or B" : "TEER 0, 1, 2 or 3"}) work in Canada, authorised, as an employee and not while a full-time student, in the 3 years before ${f.date(asOf)}`
    : `${TIERS[noc].low} work in Canada in the 3 years before ${f.date(asOf)}`;
}

function cecNeeds(work: CecWork, noc: 2016 | 2021, f: MessageFormat): string {
  return work === "skilled"
    ? `CEC needs ${hours(HOURS_PER_YEAR, f)} hours (12 months full-time or the equivalent part-time)`
    : `CLB/NCLC 5 is enough only when the year of qualifying work is ${TIERS[noc].low} work (${TIERS[noc].high} work needs CLB/NCLC 7)`;
}

const fstExperienceNeeds = (asOf: IsoDate, f: MessageFormat): string =>
  `FST needs ${hours(2 * HOURS_PER_YEAR, f)} hours (two years full-time, or the equivalent part-time) in one skilled trade in the 5 years before ${f.date(asOf)}`;

const fstOfferOrCertificate = (trade: string): string =>
  `FST needs a full-time job offer of at least one year, or a Canadian certificate of qualification, in the trade of the experience (NOC ${trade}).`;

const LEVEL_NAMES = { major: "Major Group", "sub-major": "Sub-Major Group", minor: "Minor Group", unit: "Unit Group" };

const tradeGroup = (g: FederalTradeGroupRef): string => `NOC ${g.noc} ${LEVEL_NAMES[g.level]} ${g.code} (${g.title})`;

function tradeGroups(versions: readonly FederalTradeGroupsText[], f: MessageFormat): string {
  return versions
    .map((v) => {
      const levels = v.levels.map(
        (l) =>
          `${LEVEL_NAMES[l.level]}${l.codes.length > 1 ? "s" : ""} ${l.codes
            .map((c) => (c.except.length === 0 ? c.code : `${c.code} except ${c.except.join(", ")}`))
            .join(", ")}`,
      );
      return `NOC ${v.noc} ${levels.join(", ")}${v.to === null ? "" : ` before ${f.date(v.to)}`}`;
    })
    .join("; ");
}

const family = (size: number): string => `${size} ${size === 1 ? "person" : "people"}`;
const fundsTable = (from: IsoDate, upperBound: boolean, f: MessageFormat): string =>
  `the table in force from ${f.date(from)}${upperBound ? " (an upper bound: the table in force then is not known)" : ""}`;

/** Whose adaptability element. */
export type Who = "you" | "spouse";
const workLabel = (who: Who): string =>
  who === "you"
    ? "full-time (30+ hours a week) skilled, authorised work in Canada"
    : "your spouse's full-time (30+ hours a week) authorised work in Canada";

export const federal = {
  // Sentences joined by a space: the explanations of several checks, each a sentence.
  "federal.sentences": (p: { parts: readonly MessageLike[] }, f) => sentences(p.parts, f),
  "federal.rule-set.out-of-range": (p: { ruleSet: string; from: IsoDate; to: IsoDate | null; asOf: IsoDate }, f) =>
    `The rule set ${p.ruleSet} applies from ${f.date(p.from)}${p.to === null ? "" : ` until ${f.date(p.to)} (exclusive)`}; the library knows no rules for ${f.date(p.asOf)}.`,
  "federal.express-entry.fail": () =>
    "Not eligible for any Express Entry program: the Federal Skilled Worker Program, the Canadian Experience Class and the Federal Skilled Trades Program each have an unmet requirement.",

  // Job offers (findings.ts).
  "federal.job-offer.not-answered": () => "Whether you have a job offer is not answered (jobOffer).",
  "federal.job-offer.none": () => "You have no job offer.",
  "federal.job-offer.after-as-of": (p: { offeredOn: IsoDate; asOf: IsoDate }, f) =>
    `The offer is dated ${f.date(p.offeredOn)}, after ${f.date(p.asOf)}: on ${f.date(p.asOf)} it did not exist.`,
  "federal.job-offer.hours-not-answered": () =>
    "The offer's hours a week are not given (jobOffer.hoursPerWeek); it must be full-time, 30 hours a week or more.",
  "federal.job-offer.part-time": (p: { hoursPerWeek: number }) =>
    `The offer is for ${p.hoursPerWeek} hours a week; it must be full-time, 30 hours a week or more.`,
  "federal.job-offer.too-short": (p: { months: number }) =>
    `The offer is for ${p.months} months; it must be for at least one year.`,
  "federal.job-offer.duration-not-answered": (p: { path: string }) =>
    `Whether the offer is for at least one year is not given (${p.path}).`,
  "federal.job-offer.lmia-not-answered": () =>
    "Whether the offer is supported by a positive Labour Market Impact Assessment or made by the employer of an employer-specific work permit you work under is not given (jobOffer.lmia).",
  "federal.job-offer.lmia-none": () =>
    "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer.",
  "federal.job-offer.valid": (p: {
    kind: "skilled-work" | "trade" | "skilled-trade";
    noc: string;
    hoursPerWeek: number | null;
    durationMonths: number | "permanent" | null;
    lmia: "approved" | "exempt-work-permit";
  }) =>
    `${
      p.kind === "skilled-work"
        ? "A full-time job offer of at least one year in skilled work"
        : p.kind === "trade"
          ? "A full-time job offer of at least one year in the trade"
          : "A full-time job offer of at least one year in a skilled trade"
    }: NOC ${p.noc}, ${p.hoursPerWeek ?? "?"} hours a week, ${p.durationMonths === "permanent" ? "permanent" : `${p.durationMonths ?? "?"} months`}, ${
      p.lmia === "approved"
        ? "supported by a positive Labour Market Impact Assessment"
        : "made by the employer of your LMIA-exempt employer-specific work permit"
    }. (Taken to be non-seasonal: the candidate model does not record whether an offer is seasonal.)`,
  "fsw.job-offer.not-skilled": (p: { skill: MessageLike }, f) =>
    `${f.message(p.skill)} An FSW job offer must be skilled work.`,

  // Authorisation to work in Canada.
  "federal.work-authorization.permit-valid": (p: { until: IsoDate }, f) =>
    `Your work permit is valid until ${f.date(p.until)}.`,
  "federal.work-authorization.working": (p: { index: number }) =>
    `You are working in Canada with authorisation (workHistory[${p.index}]).`,
  "federal.work-authorization.permit-ended-job-not-answered": (p: { until: IsoDate; asOf: IsoDate }, f) =>
    `Your work permit ended on ${f.date(p.until)}, before ${f.date(p.asOf)}; whether a current job in Canada is authorised is not answered.`,
  "federal.work-authorization.permit-ended": (p: { until: IsoDate; asOf: IsoDate }, f) =>
    `Your work permit ended on ${f.date(p.until)}, before ${f.date(p.asOf)}, and no current job in Canada is authorised.`,
  "federal.work-authorization.not-answered": () =>
    "Whether you are authorised to work in Canada is not answered (status.workPermitValidUntil).",

  // Language tests (language.ts).
  "federal.language.test-expired": (p: { test: FederalTestRef; expiresOn: IsoDate | null }, f) =>
    `${test(p.test)} expired on ${p.expiresOn === null ? "its second anniversary" : f.date(p.expiresOn)} (results count for 2 years)`,
  "federal.language.test-not-yet-taken": (p: { test: FederalTestRef }) =>
    `${test(p.test)} is dated after the assessment date`,
  "federal.language.test-not-accepted": (p: { test: FederalTestRef }) =>
    `${test(p.test)} was not an accepted test on that date (PTE Core counts from 2024-01-30)`,
  "federal.language.test-unreadable": (p: { test: FederalTestRef; issues: readonly MessageLike[] }, f) =>
    `${test(p.test)} could not be read: ${sentences(p.issues, f)}`,
  "federal.language.test-valid": (p: { test: FederalTestRef }) => `${test(p.test)} is valid`,
  "federal.language.shortfall": (p: {
    test: FederalTestRef;
    shortfalls: readonly {
      language: FederalLanguageCode | null;
      ability: (typeof ABILITIES)[number];
      level: number;
    }[];
  }) =>
    `${test(p.test)}: ${p.shortfalls.map((s) => `${scale(s.language)} ${level(s.level)} in ${s.ability}`).join(", ")}`,
  "federal.language.no-result": () => "No language test result is given",
  "federal.language.no-valid-in": (p: { languages: readonly FederalLanguageCode[] }) =>
    `No valid ${p.languages.map(languageName).join(" or ")} result`,
  "federal.language.no-valid": () => "No valid language test result on the assessment date",
  "federal.language.other-language": (p: { tests: readonly FederalTestRef[] }) =>
    `${p.tests.map(test).join(", ")} ${p.tests.length === 1 ? "tests" : "test"} the other official language`,
  "federal.language.not-answered": (p: { requirement: FederalLanguageRequirement }) =>
    `Language test results are not given; ${languageNeeds(p.requirement)}, from a test less than 2 years old.`,
  "federal.language.met": (
    p: {
      requirement: FederalLanguageRequirement;
      test: FederalTestRef;
      language: FederalLanguageCode | null;
      levels: FederalLevels;
      expiresOn: IsoDate;
      declaredFirst: FederalLanguageCode | null;
    },
    f,
  ) =>
    `${test(p.test)}: ${scale(p.language)} reading ${p.levels.reading}, writing ${p.levels.writing}, listening ${p.levels.listening}, speaking ${p.levels.speaking}, valid until the day before ${f.date(p.expiresOn)}; ${languageNeeds(p.requirement)}${declared(p.declaredFirst)}.`,
  "federal.language.unreadable": (
    p: {
      requirement: FederalLanguageRequirement;
      tests: readonly MessageLike[];
      declaredFirst: FederalLanguageCode | null;
    },
    f,
  ) =>
    // The issue messages end with a full stop: no second one.
    `No readable test meets the minimum, and ${p.tests
      .map((m) => f.message(m))
      .join("; ")
      .replace(/\.$/, "")}. ${languageNeeds(p.requirement)}${declared(p.declaredFirst)}.`,
  "federal.language.not-met": (
    p: {
      requirement: FederalLanguageRequirement;
      parts: readonly MessageLike[];
      declaredFirst: FederalLanguageCode | null;
    },
    f,
  ) => `${p.parts.map((m) => f.message(m)).join("; ")}; ${languageNeeds(p.requirement)}${declared(p.declaredFirst)}.`,

  // Credentials as FSW reads them (education.ts).
  "fsw.credential.not-yet-completed": (p: { path: string; completedOn: string; asOf: IsoDate }, f) =>
    `${p.path} is completed on ${p.completedOn}, after ${f.date(p.asOf)}.`,
  "fsw.credential.eca-not-answered": (p: { path: string }) =>
    `${p.path} is a foreign credential whose ECA date is not given (${p.path}.ecaIssuedOn); it counts only with an ECA less than 5 years old.`,
  "fsw.credential.eca-not-yet-issued": (p: { path: string; ecaIssuedOn: string; asOf: IsoDate }, f) =>
    `${p.path}'s ECA is dated ${p.ecaIssuedOn}, after ${f.date(p.asOf)}.`,
  "fsw.credential.canadian": (p: { path: string }) => `${p.path} is a Canadian credential (no ECA needed).`,
  "fsw.credential.eca-valid": (p: { path: string; issued: IsoDate; expires: IsoDate }, f) =>
    `${p.path} is a foreign credential with an ECA issued ${f.date(p.issued)}, valid until the day before ${f.date(p.expires)}.`,
  "fsw.credential.eca-expired": (p: { path: string; issued: IsoDate; expires: IsoDate }, f) =>
    `${p.path}'s ECA (issued ${f.date(p.issued)}) expired on ${f.date(p.expires)}: an ECA counts for 5 years.`,

  // FSW minimum requirements (fsw.ts).
  "fsw.pass": () => "Meets every Federal Skilled Worker requirement.",
  "fsw.experience.not-answered": (p: { asOf: IsoDate }, f) =>
    `The work history is not given; ${fswExperienceNeeds(p.asOf, f)}.`,
  "fsw.experience.met": (
    p: {
      hours: number;
      noc: string;
      period: { start: IsoDate; end: IsoDate } | null;
      asOf: IsoDate;
      joins: readonly MessageLike[];
    },
    f,
  ) =>
    `${hours(p.hours, f)} hours of continuous skilled work in NOC ${p.noc}${p.period === null ? "" : ` from ${f.date(p.period.start)} to ${f.date(p.period.end)}`}; ${fswExperienceNeeds(p.asOf, f)}.${notes(p.joins, f)}`,
  "fsw.experience.undecided": (
    p: {
      best: { hours: number; noc: string } | null;
      possibleHours: number;
      missing: readonly string[];
      asOf: IsoDate;
      joins: readonly MessageLike[];
    },
    f,
  ) =>
    `${
      p.best === null
        ? "No work is listed"
        : `The most in one occupation is ${hours(p.best.hours, f)} hours of continuous skilled work (NOC ${p.best.noc})`
    }; up to ${hours(p.possibleHours, f)} could count depending on the answers to ${p.missing.join(", ")}.${notes(p.joins, f)} ${fswExperienceNeeds(p.asOf, f)}.`,
  "fsw.experience.not-met": (
    p: { best: { hours: number; noc: string } | null; asOf: IsoDate; joins: readonly MessageLike[] },
    f,
  ) =>
    `${
      p.best === null
        ? "No work is listed"
        : `The most in one occupation is ${hours(p.best.hours, f)} hours of continuous skilled work (NOC ${p.best.noc})`
    }; ${fswExperienceNeeds(p.asOf, f)}.${notes(p.joins, f)}`,
  "fsw.education.not-answered": () => `Education is not given; ${FSW_EDUCATION_NEEDS}.`,
  "fsw.education.met": (p: { credential: MessageLike }, f) => `${f.message(p.credential)} ${FSW_EDUCATION_NEEDS}.`,
  "fsw.education.undecided": (p: { credentials: readonly MessageLike[] }, f) =>
    `${sentences(p.credentials, f)} ${FSW_EDUCATION_NEEDS}.`,
  "fsw.education.not-met": (p: { credentials: readonly MessageLike[] }, f) =>
    `${p.credentials.length === 0 ? "No credential is listed." : sentences(p.credentials, f)} ${FSW_EDUCATION_NEEDS}.`,
  "fsw.selection-points.met": (p: { total: number; points: FswPointsBreakdown; passMark: number; maximum: number }) =>
    `${p.total} points (${breakdown(p.points)}); FSW needs ${p.passMark} of ${p.maximum}.`,
  "fsw.selection-points.undecided": (p: {
    total: number;
    points: FswPointsBreakdown;
    maximumReachable: number;
    missing: readonly string[];
    passMark: number;
    maximum: number;
  }) =>
    `${p.total} points for certain (${breakdown(p.points)}), up to ${p.maximumReachable} depending on the answers to ${p.missing.join(", ")}; FSW needs ${p.passMark} of ${p.maximum}.`,
  "fsw.selection-points.not-met": (p: {
    total: number;
    points: FswPointsBreakdown;
    maximumReachable: number;
    passMark: number;
    maximum: number;
  }) =>
    `${p.total} points (${breakdown(p.points)}), at most ${p.maximumReachable} with every open answer; FSW needs ${p.passMark} of ${p.maximum}.`,

  // The FSW selection grid, factor by factor (fsw-points/).
  "fsw.points.age.not-answered": () => "The date of birth is not given.",
  "fsw.points.age": (p: { age: number; asOf: IsoDate; points: number; maximum: number }, f) =>
    `Age ${p.age} on ${f.date(p.asOf)} → ${p.points} of ${p.maximum}.`,
  "fsw.points.education.not-answered": () => "Education is not given.",
  "fsw.points.education": (p: {
    level: string;
    counted: readonly string[];
    points: number;
    maximum: number;
    possibleLevel: string;
    maximumReachable: number;
  }) =>
    `Level ${p.level}${p.counted.length > 0 ? ` (from ${p.counted.join(", ")})` : " (no credential counts)"} → ${p.points} of ${p.maximum}.${
      p.maximumReachable > p.points
        ? ` ${p.possibleLevel} (${p.maximumReachable}) if the foreign credentials' ECAs are valid.`
        : ""
    }`,
  "fsw.points.experience.not-answered": () => "The work history is not given.",
  "fsw.points.experience": (
    p: { hours: number; asOf: IsoDate; start: IsoDate; end: IsoDate; years: number; points: number; maximum: number },
    f,
  ) =>
    `${hours(p.hours, f)} hours of skilled paid work in the 10 years before ${f.date(p.asOf)} (${f.date(p.start)} to ${f.date(p.end)}): ${p.years} whole year${p.years === 1 ? "" : "s"} → ${p.points} of ${p.maximum}.`,
  "fsw.points.arranged-employment": (p: { finding: MessageLike; points: number | null }, f) =>
    p.points === null ? f.message(p.finding) : `${f.message(p.finding)} → ${p.points}.`,
  "fsw.points.language.not-answered": () => "Language test results are not given.",
  "fsw.points.language.none": (p: {
    declaredFirst: FederalLanguageCode | null;
    unreadable: readonly FederalTestRef[];
  }) =>
    `No valid language test result${p.declaredFirst === null ? "" : ` in ${languageName(p.declaredFirst)}, the declared first official language`}: 0 points.${
      p.unreadable.length > 0 ? ` ${p.unreadable.map(test).join(", ")} could not be read and might score more.` : ""
    }`,
  "fsw.points.language": (p: {
    language: FederalLanguageCode;
    test: FederalTestRef;
    levels: FederalLevels;
    perAbility: FederalLevels;
    meetsMinimum: boolean;
    second: { language: FederalLanguageCode; test: FederalTestRef } | null;
    secondMinimum: number;
    secondPoints: number;
    total: number;
    maximum: number;
    unreadable: readonly FederalTestRef[];
  }) =>
    `First official language ${languageName(p.language)} (${test(p.test)}): ${ABILITIES.map(
      (a) => `${a} ${scale(p.language)} ${level(p.levels[a])} → ${p.perAbility[a]}`,
    ).join(", ")}${p.meetsMinimum ? "" : " (below CLB 7 in an ability: FSW's minimum is not met)"}; ${
      p.second === null
        ? `second official language: 0 (4 points need ${scale(p.language === "english" ? "french" : "english")} ${p.secondMinimum} or more in every ability)`
        : `second official language ${languageName(p.second.language)} (${test(p.second.test)}) ${p.secondMinimum}+ in every ability → ${p.secondPoints}`
    }. ${p.total} of ${p.maximum}.${
      p.unreadable.length > 0 ? ` ${p.unreadable.map(test).join(", ")} could not be read and might score more.` : ""
    }`,
  "fsw.points.adaptability": (p: {
    earned: readonly { id: string; points: number }[];
    uncapped: number;
    points: number;
    maximum: number;
  }) =>
    `${p.earned.length > 0 ? `Earned: ${p.earned.map((e) => `${e.id} ${e.points}`).join(", ")}` : "No element earned"}${
      p.uncapped > p.maximum ? ` (${p.uncapped}, capped at ${p.maximum})` : ""
    } → ${p.points} of ${p.maximum}.`,

  // Adaptability elements.
  "fsw.spouse.none": () => "No spouse or partner.",
  "fsw.spouse.accompanying": () => "Your spouse or partner is coming with you.",
  "fsw.spouse.not-accompanying": () => "Your spouse or partner is not coming with you.",
  "fsw.spouse.not-answered": () => "Your spouse or partner's details are not given (spouse).",
  "fsw.spouse.marital-status-not-answered": () => "Marital status is not given (maritalStatus).",
  "fsw.spouse.single": (p: { status: string }) => `Marital status ${p.status}: no spouse or partner.`,
  "fsw.adaptability.spouse-language.not-answered": () =>
    "Your spouse's language tests are not given (spouse.languageTests).",
  "fsw.adaptability.spouse-language.met": (p: { test: FederalTestRef }) =>
    `${test(p.test)}: CLB/NCLC 4 or more in every ability.`,
  "fsw.adaptability.spouse-language.unreadable": (p: { tests: readonly FederalTestRef[] }) =>
    `${p.tests.map(test).join(", ")} could not be read.`,
  "fsw.adaptability.spouse-language.not-met": () =>
    "Your spouse has no valid test result with CLB/NCLC 4 or more in every ability.",
  "fsw.adaptability.study.credential": (p: { path: string; level: string; years: number | null }) =>
    `${p.path} is a Canadian ${p.level} credential of a program of ${p.years ?? "two or more"} years: taken as two or more academic years of full-time study in Canada.`,
  "fsw.adaptability.study.answered": (p: { who: Who; answerPath: string }) =>
    `${p.who === "you" ? "You" : "Your spouse"} completed at least two academic years of full-time study in a program of two years or more at a school in Canada (${p.answerPath}).`,
  "fsw.adaptability.study.undecided": (p: {
    who: Who;
    educationPath: string | null;
    open: readonly string[];
    answerPath: string | null;
  }) => {
    const whose = p.who === "you" ? "your" : "your spouse's";
    const subject = p.who === "you" ? "you" : "your spouse";
    const parts = [
      ...(p.educationPath === null ? [] : [`${whose} education is not given (${p.educationPath})`]),
      ...(p.open.length > 0
        ? [
            `the length of ${whose} Canadian program${p.open.length === 1 ? "" : "s"} is not given (${p.open.join(", ")})`,
          ]
        : []),
      ...(p.answerPath === null
        ? []
        : [
            `whether ${subject} completed at least two academic years of full-time study in Canada is not answered (${p.answerPath})`,
          ]),
    ];
    const sentence = parts.join("; ");
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. A Canadian credential of a program of two years or more, or two academic years of full-time study in Canada, earns this element.`;
  },
  "fsw.adaptability.study.not-met": (p: { who: Who; answerPath: string }) =>
    `${p.who === "you" ? "Your" : "Your spouse's"} credentials include no Canadian credential of a program of two years or more, and ${p.who === "you" ? "you" : "your spouse"} did not complete two academic years of full-time study in Canada (${p.answerPath}: false).`,
  "fsw.adaptability.work.met": (p: { who: Who; hours: number }, f) =>
    `${hours(p.hours, f)} hours of ${workLabel(p.who)}: at least one year (${hours(HOURS_PER_YEAR, f)} hours).`,
  "fsw.adaptability.work.not-met": (p: { who: Who; hours: number }, f) =>
    `${hours(p.hours, f)} hours of ${workLabel(p.who)}; one year (${hours(HOURS_PER_YEAR, f)} hours) is needed.`,
  "fsw.adaptability.work.undecided": (
    p: { who: Who; hours: number; possibleHours: number; missing: readonly string[] },
    f,
  ) =>
    `${hours(p.hours, f)} hours of ${workLabel(p.who)} certainly count; up to ${hours(p.possibleHours, f)} depending on the answers to ${p.missing.join(", ")}. One year (${hours(HOURS_PER_YEAR, f)} hours) is needed.`,
  "fsw.adaptability.spouse-work.not-answered": () => "Your spouse's work history is not given (spouse.workHistory).",
  "fsw.adaptability.arranged-employment.met": () => "Your job offer earns arranged-employment points.",
  "fsw.adaptability.relatives.relative": () =>
    "You or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (relativeInCanada).",
  "fsw.adaptability.relatives.sibling": () =>
    "You have a brother or sister in Canada who is a citizen or permanent resident (siblingInCanada); a sibling is one of the relatives that count.",
  "fsw.adaptability.relatives.none": () =>
    "No relative aged 18 or over who is a Canadian citizen or permanent resident lives in Canada (relativeInCanada: false).",
  "fsw.adaptability.relatives.not-answered": (p: { noSibling: boolean }) =>
    `Whether you or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (a parent, grandparent, child, grandchild, brother or sister, aunt or uncle, niece or nephew) is not answered (relativeInCanada)${p.noSibling ? "; no brother or sister, but the other relatives count too" : ""}.`,

  // Canadian Experience Class (cec.ts).
  "cec.pass": () => "Meets every Canadian Experience Class requirement.",
  "cec.experience.not-answered": (p: { work: CecWork; noc: 2016 | 2021 }, f) =>
    `The work history is not given; ${cecNeeds(p.work, p.noc, f)}.`,
  "cec.experience.undecided": (
    p: {
      work: CecWork;
      noc: 2016 | 2021;
      asOf: IsoDate;
      hours: number;
      possibleHours: number;
      missing: readonly string[];
    },
    f,
  ) =>
    `${hours(p.hours, f)} hours of ${cecWhat(p.work, p.noc, p.asOf, f)} certainly count, up to ${hours(p.possibleHours, f)} depending on the answers to ${p.missing.join(", ")}; ${cecNeeds(p.work, p.noc, f)}.`,
  "cec.experience.met": (p: { work: CecWork; noc: 2016 | 2021; asOf: IsoDate; hours: number }, f) =>
    `${hours(p.hours, f)} hours of ${cecWhat(p.work, p.noc, p.asOf, f)}; ${cecNeeds(p.work, p.noc, f)}.`,
  "cec.experience.not-met": (
    p: { work: CecWork; noc: 2016 | 2021; asOf: IsoDate; hours: number; possibleHours: number | null },
    f,
  ) =>
    `${hours(p.hours, f)} hours of ${cecWhat(p.work, p.noc, p.asOf, f)}${
      p.possibleHours === null
        ? ""
        : ` (at most ${hours(p.possibleHours, f)} even if every open question about the jobs were answered favourably)`
    }; ${cecNeeds(p.work, p.noc, f)}.`,

  // Federal Skilled Trades (fst.ts, fst-trades.ts).
  "fst.pass": () => "Meets every Federal Skilled Trades requirement.",
  "fst.no-trade": () => "No trade is selected: this rule is evaluated for each trade of the work history by fst.trade.",
  "fst.experience.undecided": (
    p: {
      hours: number;
      noc: string;
      possibleHours: number;
      missing: readonly string[];
      notes: readonly MessageLike[];
      asOf: IsoDate;
    },
    f,
  ) =>
    `${hours(p.hours, f)} hours in NOC ${p.noc} certainly count, up to ${hours(p.possibleHours, f)} depending on the answers to ${p.missing.join(", ")}.${notes(p.notes, f)} ${fstExperienceNeeds(p.asOf, f)}.`,
  "fst.experience.met": (p: { hours: number; noc: string; asOf: IsoDate; notes: readonly MessageLike[] }, f) =>
    `${hours(p.hours, f)} hours in NOC ${p.noc}; ${fstExperienceNeeds(p.asOf, f)}.${notes(p.notes, f)}`,
  "fst.experience.not-met": (p: { hours: number; noc: string; asOf: IsoDate; notes: readonly MessageLike[] }, f) =>
    `${hours(p.hours, f)} hours in NOC ${p.noc}; ${fstExperienceNeeds(p.asOf, f)}.${notes(p.notes, f)}`,
  "fst.in-trade": (p: { what: "job-offer" | "certificate"; trade: string }) =>
    `${p.what === "job-offer" ? "The job offer" : "The certificate of qualification"} is in the trade of the work experience (NOC ${p.trade}).`,
  "fst.not-in-trade": (p: { what: "job-offer" | "certificate"; noc: string; trade: string }) =>
    `${p.what === "job-offer" ? "The job offer" : "The certificate of qualification"} is for NOC ${p.noc}; FST needs it in the trade of the two years of experience, NOC ${p.trade}.`,
  "fst.offer-or-certificate.needed": (p: { reason: MessageLike; trade: string }, f) =>
    `${f.message(p.reason)} ${fstOfferOrCertificate(p.trade)}`,
  "fst.certificate.not-answered": () =>
    "Whether you hold a Canadian certificate of qualification is not answered (certificateOfQualification).",
  "fst.certificate.none": (p: { trade: string }) =>
    `You hold no Canadian certificate of qualification. ${fstOfferOrCertificate(p.trade)}`,
  "fst.certificate.after-as-of": (p: { issuedOn: IsoDate; asOf: IsoDate; trade: string }, f) =>
    `The certificate of qualification is issued on ${f.date(p.issuedOn)}, after ${f.date(p.asOf)}. ${fstOfferOrCertificate(p.trade)}`,
  "fst.certificate.met": (p: { noc: string; province: string; issuedOn: IsoDate; inTrade: MessageLike }, f) =>
    `Certificate of qualification in NOC ${p.noc} issued by ${p.province} on ${f.date(p.issuedOn)}. ${f.message(p.inTrade)}`,
  "fst.trade.case": (p: { noc: string }) => `Trade NOC ${p.noc}`,
  "fst.trade.work-history-not-answered": () => "The work history is not given (workHistory).",
  "fst.trade.none": (p: { groups: readonly FederalTradeGroupsText[] }, f) =>
    `No job in the work history is in a skilled trade (${tradeGroups(p.groups, f)}); FST needs two years in one.`,
  "fst.trades.no-list": (p: { asOf: IsoDate; reason: MessageLike }, f) =>
    `No FST trade list is known on ${f.date(p.asOf)}: ${f.message(p.reason)}`,
  "fst.trades.unknown-code": (p: { noc: string }) =>
    `NOC ${p.noc} is not a NOC 2016 or NOC 2021 unit group the library knows.`,
  "fst.trades.not-a-trade": (p: { noc: number; code: string; title: string | null }) =>
    `NOC ${p.noc} ${p.title === null ? p.code : `${p.code} (${p.title})`} is in none of the FST trade groups.`,
  "fst.trades.excluded": (p: { noc: number; code: string; title: string | null; group: FederalTradeGroupRef }) =>
    `NOC ${p.noc} ${p.title === null ? p.code : `${p.code} (${p.title})`} is in ${tradeGroup(p.group)}, which FST excludes.`,
  "fst.trades.trade": (
    p: { noc: number; code: string; title: string | null; group: FederalTradeGroupRef; uncertain: MessageLike | null },
    f,
  ) =>
    `NOC ${p.noc} ${p.title === null ? p.code : `${p.code} (${p.title})`} is a skilled trade: ${tradeGroup(p.group)}.${
      p.uncertain === null ? "" : ` (${f.message(p.uncertain)})`
    }`,
  "fst.trades.no-counterpart": (p: { code: string; noc: number; asOf: IsoDate }, f) =>
    `NOC ${p.code} has no counterpart in NOC ${p.noc}, the version in force on ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-all": (
    p: { from: number; code: string; noc: number; codes: readonly string[]; asOf: IsoDate },
    f,
  ) =>
    `NOC ${p.from} ${p.code} corresponds to NOC ${p.noc} ${p.codes.join(", ")}, all skilled trades on ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-none": (
    p: { from: number; code: string; noc: number; codes: readonly string[]; asOf: IsoDate },
    f,
  ) =>
    `NOC ${p.from} ${p.code} corresponds to NOC ${p.noc} ${p.codes.join(", ")}, none of them a skilled trade on ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-some": (p: { from: number; code: string; noc: number; codes: readonly string[] }) =>
    `NOC ${p.from} ${p.code} corresponds to NOC ${p.noc} ${p.codes.join(", ")}, only some of them skilled trades: give the NOC ${p.noc} code of the job.`,
  "fst.trades.uncertain.noc-2016-groups": () =>
    "The groups are from a secondary copy of the IRCC page (pcimmigration.com); the day this group definition began is not verified (it is used here from the start of Express Entry, 2015-01-01). Titles are NOC 2016 V1.3's.",
  "fst.trades.uncertain.major-group-93": () =>
    "UNSURE: several secondary summaries of the FST page omit Major Group 93; the IRPR s.87.2(1) text as quoted in public code and a scraped quotation of the IRCC page include it (excluding Sub-Major Group 932). It is included here.",

  // Settlement funds (settlement-funds.ts).
  "federal.funds.family-size-invalid": (p: { familySize: number }) =>
    `A family size is a whole number of at least 1, got ${p.familySize}.`,
  "federal.funds.no-table": (p: { asOf: IsoDate; reason: MessageLike }, f) =>
    `No settlement-funds table is known on ${f.date(p.asOf)}: ${f.message(p.reason)}`,
  "federal.funds.not-answered": (
    p: {
      program: FederalProgramCode;
      amount: number;
      familySize: number;
      familySizeGiven: boolean;
      from: IsoDate;
      upperBound: boolean;
    },
    f,
  ) =>
    `Settlement funds are not given; ${PROGRAM[p.program]} needs ${f.money(p.amount)}${p.familySizeGiven ? "" : " or more"} for a family of ${family(p.familySize)} (${fundsTable(p.from, p.upperBound, f)}), unless exempt.`,
  "federal.funds.family-size-not-answered": (
    p: { funds: number; amount: number; familySize: number; from: IsoDate; upperBound: boolean },
    f,
  ) =>
    `You have ${f.money(p.funds)}, enough for a family of ${family(p.familySize)} (${f.money(p.amount)}, ${fundsTable(p.from, p.upperBound, f)}), but your family size is not given and a larger family needs more.`,
  "federal.funds.met": (
    p: {
      program: FederalProgramCode;
      funds: number;
      amount: number;
      familySize: number;
      from: IsoDate;
      upperBound: boolean;
    },
    f,
  ) =>
    `You have ${f.money(p.funds)}; ${PROGRAM[p.program]} needs ${f.money(p.amount)} for a family of ${family(p.familySize)} (${fundsTable(p.from, p.upperBound, f)}).`,
  "federal.funds.below-upper-bound": (
    p: {
      funds: number;
      amount: number;
      to: IsoDate | null;
      familySize: number;
      asOf: IsoDate;
      uncertain: MessageLike | null;
    },
    f,
  ) =>
    `You have ${f.money(p.funds)}, less than ${f.money(p.amount)}, the most any table before ${p.to === null ? "its end" : f.date(p.to)} asked of a family of ${family(p.familySize)}; the table in force on ${f.date(p.asOf)} is not known, so it may have asked less. ${p.uncertain === null ? "" : f.message(p.uncertain)}`.trim(),
  "federal.funds.not-met": (
    p: {
      program: FederalProgramCode;
      funds: number;
      amount: number;
      familySize: number;
      familySizeGiven: boolean;
      from: IsoDate;
      upperBound: boolean;
    },
    f,
  ) =>
    `You have ${f.money(p.funds)}; ${PROGRAM[p.program]} needs ${f.money(p.amount)} for a family of ${family(p.familySize)}${p.familySizeGiven ? "" : " (the smallest family your answers allow)"}, by ${fundsTable(p.from, p.upperBound, f)}.`,
  "federal.funds.exempt.met": (p: { parts: readonly MessageLike[] }, f) =>
    `${sentences(p.parts, f)} So no proof of funds is needed.`,
  "federal.funds.exempt.not-met": (p: { parts: readonly MessageLike[] }, f) =>
    `${sentences(p.parts, f)} The exemption needs both authorisation to work in Canada now and a valid job offer.`,
  "federal.funds.uncertain.before-2022-06-09": () =>
    "The tables in force before 2022-06-09 are not encoded (IRCC published a new one every year; e.g. the 2021 table began at 13,213 for one person, per maplenews.org). These are the 2022 amounts, which every earlier table stayed below: funds at or above them pass, funds below them are unknown.",
  "federal.funds.uncertain.start-2022-06-09": () =>
    "Start date from one secondary source (immigrationnewscanada.ca: 'came in effect on June 9, 2022'); others say only that profiles had to be updated by 2022-06-08 (announced 2022-05-11).",
  "federal.funds.uncertain.start-2024-05-28": () =>
    "Start date from secondary sources only (canadavisapoint.com, akcanada.com); no IRCC notice giving the day was found.",
} satisfies TemplateSource;
