// English messages of the factors: CRS caveats and improvements, skilled occupations, the jobs of
// a work history, NOC versions of one occupation.

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageLike, TemplateSource } from "../../core/message.js";
import type { EducationLevel } from "../../education/credentials.js";
import type { LanguageAbility } from "../../language/clb.js";
import { LANGUAGE_TEST_NAMES, type OfficialLanguage } from "../../language/official-language.js";
import type { EducationCredentialLevel } from "../../models/education.js";
import type { LanguageTestKind } from "../../models/language-test.js";
import { CREDENTIAL, EDUCATION_LEVEL } from "./education.js";
import { plural } from "./plural.js";

/**
 * A NOC unit group as the explanations name it: its version and code, with its TEER (NOC 2021) or
 * its skill level (NOC 2016).
 */
export interface NocUnitRef {
  readonly version: 2016 | 2021;
  readonly code: string;
  readonly teer?: number;
  readonly skillLevel?: string;
}

/** Why a foreign credential's ECA does not make it count on the day scored. */
export type EcaStanding = "eca-expired" | "eca-not-yet-issued" | "eca-missing";

/** A question about a job in Canada that decides whether it counts. */
export type OpenJobQuestion = "authorized" | "engagement" | "fullTimeStudent";

/** A pair of NOC codes that a split or a merge links: whether they are one occupation is open. */
export interface UncertainNocPair {
  readonly noc2016: string;
  readonly noc2021: string;
  /** The NOC 2021 codes the NOC 2016 code splits into (empty when it does not split). */
  readonly splitInto: readonly string[];
  /** The NOC 2016 codes merged into the NOC 2021 code (empty when none are). */
  readonly mergedFrom: readonly string[];
}

const unit = (u: NocUnitRef): string =>
  u.version === 2021
    ? `NOC 2021 ${u.code} (TEER ${u.teer ?? "?"})`
    : `NOC 2016 ${u.code} (skill level ${u.skillLevel ?? "?"})`;

const inForce = (version: 2016 | 2021): string =>
  version === 2021 ? "NOC 2021 (in force from 2022-11-16)" : "NOC 2016 (in force until 2022-11-15)";

/** `a`, `a and b`, `a, b and c`: written by hand, as the sentences always were (no Oxford comma). */
const and = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1] ?? ""}`;

const LANGUAGE: Readonly<Record<OfficialLanguage, string>> = { english: "English", french: "French" };
const ARTICLE: Readonly<Record<OfficialLanguage, string>> = { english: "An", french: "A" };
const SCALE: Readonly<Record<OfficialLanguage, string>> = { english: "CLB", french: "NCLC" };
const ECA_STANDING: Readonly<Record<EcaStanding, string>> = {
  "eca-expired": "its ECA is five or more years old",
  "eca-not-yet-issued": "its ECA was issued after this day",
  "eca-missing": "no ECA date is given",
};
const OPEN_QUESTION: Readonly<Record<OpenJobQuestion, string>> = {
  authorized: "whether the work was authorised",
  engagement: "whether it was employment rather than self-employment",
  fullTimeStudent: "whether it was done while a full-time student",
};
/** How each test's scores are entered: the words of its chart's `scoreNote` in the data. */
const SCORE_NOTE: Readonly<Record<LanguageTestKind, string>> = {
  "celpip-general":
    "CELPIP reports a level per skill: M and 3 to 12 (some score reports and guides list 0, 1 and 2 instead of M). Enter M as 0. Levels below 4 are below IRCC's chart and give level 0.",
  "ielts-general":
    "Enter each skill's band as printed on the Test Report Form (for example 6.5), not the overall band.",
  "pte-core": "Enter each skill's score as printed on the score report (10 to 90), not the overall score.",
  "tef-canada":
    "Since 2019-10-01 TEF Canada reports each skill on a 0-699 scale. Results of tests taken before then are entered on the old per-skill scales (reading 0-300, writing 0-450, listening 0-360, speaking 0-450).",
  "tcf-canada": "TCF Canada scores reading and listening from 0 to 699 and writing and speaking from 0 to 20.",
};

/** Why a test taken before `from`, the first day of its first known chart, has no chart. */
const BEFORE_FIRST_CHART: Readonly<Record<LanguageTestKind, (from: IsoDate) => string>> = {
  "celpip-general": (from) =>
    `this library knows the CELPIP-General chart (levels 1 to 12) only for tests taken on or after ${from}, when CELPIP moved to that scale; earlier results used another scale.`,
  "ielts-general": (from) =>
    `this library vouches for the IELTS General Training chart only for tests taken on or after ${from} (the launch of Express Entry); it does not know the chart that applied before.`,
  "pte-core": (from) => `IRCC accepts PTE Core only for tests taken on or after ${from}.`,
  "tef-canada": (from) =>
    `this library vouches for TEF Canada charts only for tests taken on or after ${from} (the launch of Express Entry).`,
  "tcf-canada": (from) =>
    `this library knows IRCC to accept TCF Canada only from ${from} (reported accepted by that day); it has no chart for earlier tests.`,
};
const years = (n: number): string => `${n} ${n === 1 ? "year" : "years"}`;

export const factors = {
  // CRS caveats
  "crs.caveat.french-points-2020": (p: {
    from: IsoDate;
    to: IsoDate;
    frenchOnlyBefore: number;
    bilingualBefore: number;
    frenchOnlyAfter: number;
    bilingualAfter: number;
  }) =>
    `The French-language points rose from ${p.frenchOnlyBefore} / ${p.bilingualBefore} to ${p.frenchOnlyAfter} / ${p.bilingualAfter} in late October 2020: IRCC's news release is dated ${p.to} (the date used here), but several reports say the higher points applied from ${p.from}. Between these dates the lower points are given.`,
  "crs.caveat.test-not-accepted": (p: { path: string; reason: MessageLike }, f) =>
    `${p.path}: ${f.message(p.reason)} The result scores no points.`,
  "crs.caveat.test-after-as-of": (p: { path: string; test: string; testedOn: IsoDate; asOf: IsoDate }, f) =>
    `${p.path}: the ${p.test} result of ${f.date(p.testedOn)} is dated after ${f.date(p.asOf)}, so on that day it did not exist and scores no points.`,
  "crs.caveat.test-expired": (p: {
    path: string;
    test: string;
    testedOn: IsoDate;
    expiresOn: IsoDate;
    validityYears: number;
  }) =>
    `${p.path}: the ${p.test} result of ${p.testedOn} expired on ${p.expiresOn} (results are valid for ${p.validityYears} years) and scores no points.`,

  // CRS improvements
  "crs.improve.provincial-nomination": () => "A provincial or territorial nomination through Express Entry.",
  "crs.improve.language-ability": (p: {
    language: OfficialLanguage;
    role: "first" | "second";
    ability: LanguageAbility;
    level: number;
    now: number;
  }) =>
    `${SCALE[p.language]} ${p.level} in ${p.ability} (now ${p.now}) in your ${p.role} official language, ${LANGUAGE[p.language]}.`,
  "crs.improve.first-language-test": (p: { language: OfficialLanguage; level: number }) =>
    `${ARTICLE[p.language]} ${LANGUAGE[p.language]} test result at ${SCALE[p.language]} ${p.level} in all four abilities.`,
  "crs.improve.second-language-test": (p: { language: OfficialLanguage; level: number }) =>
    `${ARTICLE[p.language]} ${LANGUAGE[p.language]} test result (second official language) at ${SCALE[p.language]} ${p.level} in all four abilities.`,
  "crs.improve.canadian-work": (p: { years: number; now: number }) =>
    `One more year of skilled Canadian work experience (${years(p.years)} instead of ${p.now}).`,
  "crs.improve.foreign-work": (p: { years: number; now: number }) =>
    `One more year of skilled foreign work experience (${years(p.years)} instead of ${p.now}).`,
  "crs.improve.eca": (p: {
    index: number;
    credential: EducationCredentialLevel;
    standing: EcaStanding;
    level: EducationLevel;
    now: EducationLevel;
  }) =>
    `A valid Educational Credential Assessment for education[${p.index}] (${CREDENTIAL[p.credential]}; ${ECA_STANDING[p.standing]}): education scored as "${EDUCATION_LEVEL[p.level]}" instead of "${EDUCATION_LEVEL[p.now]}".`,
  /** `label`: the level's row label in IRCC's CRS table in force (English, as published). */
  "crs.improve.education": (p: { level: EducationLevel; label: string }) =>
    `Education at the next CRS level: ${p.label}.`,

  // Language tests
  /** How a test's scores are entered; the same words as the chart's `scoreNote` in the data. */
  "language.score-note": (p: { test: LanguageTestKind }) => SCORE_NOTE[p.test],
  "language.chart.before-first": (p: { test: LanguageTestKind; testedOn: IsoDate; from: IsoDate }) =>
    `${LANGUAGE_TEST_NAMES[p.test]} taken on ${p.testedOn}: ${BEFORE_FIRST_CHART[p.test](p.from)}`,

  // Skilled occupations (Express Entry: NOC 2021 TEER 0-3, NOC 2016 skill type 0 or level A/B)
  "experience.skilled.unknown-code": (p: { code: string }) =>
    `NOC ${p.code} is not a NOC 2016 or NOC 2021 unit group we know.`,
  "experience.skilled.no-category": (p: { occupation: NocUnitRef }) =>
    `${unit(p.occupation)} has no skill category in the catalogue.`,
  "experience.skilled.judged": (p: { occupation: NocUnitRef; skilled: boolean }) =>
    `${unit(p.occupation)} is ${p.skilled ? "" : "not "}skilled work (${p.occupation.version === 2021 ? "TEER 0, 1, 2 or 3" : "NOC 2016 skill type 0 or skill level A or B"}).`,
  "experience.skilled.no-counterpart": (p: { occupation: NocUnitRef; inForce: 2016 | 2021; skilled: boolean }) =>
    `${unit(p.occupation)} has no counterpart in ${inForce(p.inForce)}; judged by its own classification: ${p.skilled ? "skilled" : "not skilled"}.`,
  "experience.skilled.counterparts": (p: {
    occupation: NocUnitRef;
    inForce: 2016 | 2021;
    counterparts: readonly NocUnitRef[];
    skilled: boolean;
  }) =>
    `${unit(p.occupation)} corresponds in ${inForce(p.inForce)} to ${p.counterparts.map(unit).join(", ")}: ${p.skilled ? "skilled" : "not skilled"} work.`,
  "experience.skilled.counterparts-differ": (p: {
    occupation: NocUnitRef;
    inForce: 2016 | 2021;
    counterparts: readonly NocUnitRef[];
  }) =>
    `${unit(p.occupation)} corresponds in ${inForce(p.inForce)} to ${p.counterparts.map(unit).join(", ")}, not all of the same skill: give the ${p.inForce} code of the job.`,

  // The jobs of a work history
  "experience.job.not-in-canada": (p: { country: string }) =>
    `Work in ${p.country} is not work in Canada; only Canadian work is counted here.`,
  "experience.job.not-foreign": () => "Work in Canada is not foreign work; only work outside Canada is counted here.",
  "experience.job.other-occupation": (p: { noc: string; counted: readonly string[] }) =>
    `NOC ${p.noc} is not the occupation counted here (${p.counted.join(", ")}).`,
  "experience.job.no-hours": (p: { hoursPerWeek: number }) =>
    `${plural(p.hoursPerWeek, "hour")} a week earns no credit.`,
  "experience.job.outside-period": (p: {
    from: IsoDate;
    to?: IsoDate;
    periodStart?: IsoDate;
    periodEnd: IsoDate;
    asOf: IsoDate;
  }) =>
    `No day of this job (${p.from} to ${p.to ?? "ongoing"}) falls in the counted period, ${p.periodStart === undefined ? `before ${p.asOf}` : `${p.periodStart} to ${p.periodEnd}`}.`,
  "experience.job.not-skilled": (p: { skill: MessageLike }, f) => `${f.message(p.skill)} Only skilled work counts.`,
  "experience.job.unauthorised": () => "Work in Canada without authorisation does not count.",
  "experience.job.self-employed": () => "Self-employment in Canada does not count as Canadian work experience.",
  "experience.job.unpaid": () => "Unpaid work does not count: skilled work experience must be paid work.",
  "experience.job.independent-contractor": () =>
    "Work in Canada as an independent contractor is self-employment for IRCC (no employer paid wages), which does not count as Canadian work experience.",
  "experience.job.full-time-student": () => "Work in Canada while a full-time student does not count.",
  "experience.job.open": (
    p: { skill?: MessageLike; questions: readonly OpenJobQuestion[]; missing: readonly string[] },
    f,
  ) =>
    `Counts only if the open questions are answered favourably: ${[
      ...(p.skill === undefined ? [] : [f.message(p.skill)]),
      ...p.questions.map((q) => OPEN_QUESTION[q]),
    ].join("; ")} (${p.missing.join(", ")}).`,
  "experience.job.counts": (p: { skill: MessageLike; country: string; from: IsoDate; to: IsoDate }, f) =>
    `${f.message(p.skill)} ${p.country === "CA" ? "Authorised work in Canada as an employee, not while a full-time student" : `Work outside Canada (${p.country})`}; counted from ${p.from} to ${p.to}.`,

  // One occupation across NOC versions (StatCan concordance NOC 2016 V1.3 -> NOC 2021 V1.0)
  "experience.noc.joined": (p: { noc2016: string; noc2021: string }) =>
    `NOC 2016 ${p.noc2016} and NOC 2021 ${p.noc2021} are counted as one occupation: the StatCan concordance pairs them one-to-one.`,
  "experience.noc.maybe-joined": (p: { pairs: readonly UncertainNocPair[] }) =>
    p.pairs
      .map((pair) => {
        const how = [
          ...(pair.splitInto.length > 0 ? [`splits NOC 2016 ${pair.noc2016} into ${and(pair.splitInto)}`] : []),
          ...(pair.mergedFrom.length > 0 ? [`merges ${and(pair.mergedFrom)} into NOC 2021 ${pair.noc2021}`] : []),
        ].join(" and ");
        return `Whether NOC 2016 ${pair.noc2016} and NOC 2021 ${pair.noc2021} are one occupation is not known from the codes (the StatCan concordance ${how}), so their jobs count together only as possible.`;
      })
      .join(" "),
} satisfies TemplateSource;
