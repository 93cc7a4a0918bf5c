// English messages: the Federal Skilled Worker Program and its selection grid.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, MessageLike, TemplateSource } from "../../../core/message.js";
import { ECA_VALIDITY_YEARS } from "../../../education/eca-validity.js";
import { FULL_TIME_HOURS_PER_WEEK, HOURS_PER_YEAR } from "../../../experience/constants.js";
import { FSW_EXPERIENCE_WINDOW_YEARS } from "../../../programs/federal/requirements.js";
import { credential, educationLevel } from "../education.js";
import { plural } from "../plural.js";
import type { FederalLanguageCode, FederalLevels, FederalTestRef, FswPointsBreakdown, Who } from "./types.js";
import { ABILITIES, hours, languageName, level, notes, scale, sentences, test } from "./words.js";

const fswExperienceNeeds = (asOf: IsoDate, f: MessageFormat): string =>
  `FSW needs ${hours(HOURS_PER_YEAR, f)} hours (one year full-time, or the equivalent part-time) of continuous skilled paid work in one occupation in the ${FSW_EXPERIENCE_WINDOW_YEARS} years before ${f.date(asOf)}`;

const FSW_EDUCATION_NEEDS = `FSW needs a Canadian secondary or post-secondary credential, or a foreign one with an ECA less than ${ECA_VALIDITY_YEARS} years old`;

const breakdown = (p: FswPointsBreakdown): string =>
  `language ${p.language}, education ${p.education}, experience ${p.experience}, age ${p.age}, arranged employment ${p.arrangedEmployment}, adaptability ${p.adaptability}`;

const workLabel = (who: Who): string =>
  who === "you"
    ? `full-time (${FULL_TIME_HOURS_PER_WEEK}+ hours a week) skilled, authorised work in Canada`
    : `your spouse's full-time (${FULL_TIME_HOURS_PER_WEEK}+ hours a week) authorised work in Canada`;

/** The adaptability elements, by id. */
const ELEMENTS: Readonly<Record<string, string>> = {
  "spouse-language": "spouse's language",
  "your-study-in-canada": "your study in Canada",
  "spouse-study-in-canada": "spouse's study in Canada",
  "your-work-in-canada": "your work in Canada",
  "spouse-work-in-canada": "spouse's work in Canada",
  "arranged-employment": "arranged employment",
  "relatives-in-canada": "relatives in Canada",
};

const capitalized = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

export const fsw = {
  // Credentials as FSW reads them (education.ts).
  "fsw.credential.not-yet-completed": (p: { path: string; completedOn: string; asOf: IsoDate }, f) =>
    `${p.path} is completed on ${f.date(p.completedOn)}, after ${f.date(p.asOf)}.`,
  "fsw.credential.eca-not-answered": (p: { path: string }) =>
    `${p.path} is a foreign credential whose ECA date is not given (${p.path}.ecaIssuedOn); it counts only with an ECA less than ${ECA_VALIDITY_YEARS} years old.`,
  "fsw.credential.eca-not-yet-issued": (p: { path: string; ecaIssuedOn: string; asOf: IsoDate }, f) =>
    `${p.path}'s ECA is dated ${p.ecaIssuedOn}, after ${f.date(p.asOf)}.`,
  "fsw.credential.canadian": (p: { path: string }) => `${p.path} is a Canadian credential (no ECA needed).`,
  "fsw.credential.eca-valid": (p: { path: string; issued: IsoDate; expires: IsoDate }, f) =>
    `${p.path} is a foreign credential with an ECA issued ${f.date(p.issued)}, valid until the day before ${f.date(p.expires)}.`,
  "fsw.credential.eca-expired": (p: { path: string; issued: IsoDate; expires: IsoDate }, f) =>
    `${p.path}'s ECA (issued ${f.date(p.issued)}) expired on ${f.date(p.expires)}: an ECA counts for ${ECA_VALIDITY_YEARS} years.`,

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
    }; up to ${hours(p.possibleHours, f)} hours could count depending on the answers to ${p.missing.join(", ")}.${notes(p.joins, f)} ${fswExperienceNeeds(p.asOf, f)}.`,
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
    `${plural(p.total, "point")} (${breakdown(p.points)}); FSW needs ${p.passMark} of ${p.maximum}.`,
  "fsw.selection-points.undecided": (p: {
    total: number;
    points: FswPointsBreakdown;
    maximumReachable: number;
    missing: readonly string[];
    passMark: number;
    maximum: number;
  }) =>
    `${plural(p.total, "point")} for certain (${breakdown(p.points)}), up to ${p.maximumReachable} depending on the answers to ${p.missing.join(", ")}; FSW needs ${p.passMark} of ${p.maximum}.`,
  "fsw.selection-points.not-met": (p: {
    total: number;
    points: FswPointsBreakdown;
    maximumReachable: number;
    passMark: number;
    maximum: number;
  }) =>
    `${plural(p.total, "point")} (${breakdown(p.points)}), at most ${p.maximumReachable} with every open answer; FSW needs ${p.passMark} of ${p.maximum}.`,

  // The FSW selection grid, factor by factor (fsw-points/).
  "fsw.points.age.not-answered": () => "The date of birth is not given.",
  "fsw.points.age.born-after-as-of": (p: { dateOfBirth: IsoDate; asOf: IsoDate }, f) =>
    `The date of birth ${f.date(p.dateOfBirth)} is after ${f.date(p.asOf)}: there is no age on that day; correct it.`,
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
    /** What could raise the level: ECA dates not given, bachelor's programs of unknown length. */
    open: readonly ("eca" | "length")[];
  }) =>
    `Level: ${educationLevel(p.level)}${p.counted.length > 0 ? ` (from ${p.counted.join(", ")})` : " (no credential counts)"} → ${p.points} of ${p.maximum}.${
      p.maximumReachable > p.points
        ? ` ${capitalized(educationLevel(p.possibleLevel))} (${p.maximumReachable}) if ${p.open
            .map((o) =>
              o === "eca"
                ? "the foreign credentials' ECAs are valid"
                : "the bachelor's programs whose length is not given ran three years or longer",
            )
            .join(" and ")}.`
        : ""
    }`,
  "fsw.points.experience.not-answered": () => "The work history is not given.",
  "fsw.points.experience": (
    p: { hours: number; asOf: IsoDate; start: IsoDate; end: IsoDate; years: number; points: number; maximum: number },
    f,
  ) =>
    `${hours(p.hours, f)} hours of skilled paid work in the ${FSW_EXPERIENCE_WINDOW_YEARS} years before ${f.date(p.asOf)} (${f.date(p.start)} to ${f.date(p.end)}): ${p.years} whole year${p.years === 1 ? "" : "s"} → ${p.points} of ${p.maximum}.`,
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
    counted: number;
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
    }${
      p.counted < p.total
        ? ` Counted as ${p.counted} until then: a result that could not be read may meet CLB 7 in every ability, and a result meeting FSW's minimum is scored first.`
        : ""
    }`,
  "fsw.points.adaptability": (p: {
    earned: readonly { id: string; points: number }[];
    uncapped: number;
    points: number;
    maximum: number;
  }) =>
    `${p.earned.length > 0 ? `Earned: ${p.earned.map((e) => `${ELEMENTS[e.id] ?? e.id} ${e.points}`).join(", ")}` : "No element earned"}${
      p.uncapped > p.maximum ? ` (${p.uncapped}, capped at ${p.maximum})` : ""
    } → ${p.points} of ${p.maximum}.`,

  // Adaptability elements.
  "fsw.spouse.none": () => "No spouse or partner.",
  "fsw.spouse.accompanying": () => "Your spouse or partner is coming with you.",
  "fsw.spouse.not-accompanying": () => "Your spouse or partner is not coming with you.",
  "fsw.spouse.citizen-or-permanent-resident": () =>
    "Your spouse or partner is a Canadian citizen or permanent resident: the spouse's adaptability elements count only for a spouse or partner who immigrates with you.",
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
    `${p.path} (a Canadian ${credential(p.level)}) is from a program of ${p.years ?? "two or more"} years: taken as two or more academic years of full-time study in Canada.`,
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
    return `${capitalized(sentence)}. A Canadian credential of a program of two years or more, or two academic years of full-time study in Canada, earns this element.`;
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
    `${hours(p.hours, f)} hours of ${workLabel(p.who)} certainly count; up to ${hours(p.possibleHours, f)} hours depending on the answers to ${p.missing.join(", ")}. One year (${hours(HOURS_PER_YEAR, f)} hours) is needed.`,
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
} satisfies TemplateSource;
