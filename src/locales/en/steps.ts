// English messages: next steps, the ATP draw comparison and the Worker EOI score's labels and notes.

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageFormat, MessageLike, TemplateSource } from "../../core/message.js";
import { LANGUAGE_TEST_NAMES } from "../../language/official-language.js";
import type { LanguageTestKind } from "../../models/language-test.js";
import { plural } from "./plural.js";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "February 28, 2025": the AAIP's way of writing a day in its draw parameters. */
const longDate = (day: IsoDate): string => {
  const [year, month, date] = day.split("-");
  return `${MONTHS[Number(month) - 1] ?? month} ${Number(date)}, ${year}`;
};

/** "a", "a and b", "a, b and c" (no serial comma), as the draw sentences join their parts. */
const listText = (parts: readonly string[]): string =>
  parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;

/** A candidate's four abilities, as the draw checks quote them. */
export interface AbilityLevels {
  readonly reading: number;
  readonly writing: number;
  readonly listening: number;
  readonly speaking: number;
}

/** Results in one official language: `CLB` (English) or `NCLC` (French) levels. */
export interface LanguageResult {
  readonly scale: "CLB" | "NCLC";
  readonly levels: AbilityLevels;
}

const levelsText = (r: LanguageResult): string =>
  `${r.scale} reading ${r.levels.reading}, writing ${r.levels.writing}, listening ${r.levels.listening}, speaking ${r.levels.speaking}`;

/** A problem with an input, as a draw check quotes it: its path and what is wrong. */
export interface QuotedIssue {
  readonly path: string;
  readonly message: MessageLike;
}

const issuesText = (issues: readonly QuotedIssue[], f: MessageFormat): string =>
  issues.map((i) => `${i.path}: ${f.message(i.message)}`).join(" ");

/** What a draw check found unanswered. */
export type DrawUnanswered =
  | "work-permit-expiry"
  | "language-tests"
  | "express-entry-profile"
  | "work-history"
  | "job-offer"
  | "offer-province"
  | "offer-hours"
  | "offer-engagement"
  | "profile-occupation"
  | "employer-alberta-based"
  | "employer-tech-industry";

const UNANSWERED: Readonly<Record<DrawUnanswered, string>> = {
  "work-permit-expiry": "the day your work permit expires",
  "language-tests": "your language test results",
  "express-entry-profile": "your Express Entry profile",
  "work-history": "your work history",
  "job-offer": "whether you have a job offer",
  "offer-province": "the province of the job offer",
  "offer-hours": "the offer's hours a week",
  "offer-engagement": "whether the offer is for an employee, a contractor or an agency worker",
  "profile-occupation": "the primary occupation of your Express Entry profile",
  "employer-alberta-based": "whether the employer is Alberta-based",
  "employer-tech-industry": "whether the employer's primary business is on the AAIP tech-industry NAICS list",
};

/** The Worker EOI grid's wording of each option, by line (the grid of 2025-08-07). */
const OPTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  education: {
    doctorate: "Doctorate",
    masters: "Master's degree",
    bachelors: "Bachelor's degree",
    trades: "Trades certificate or diploma",
    diploma: "Diploma or certificate",
    "secondary-or-lower": "Secondary school or lower",
  },
  "education-location": {
    alberta: "Completed in Alberta",
    "other-province": "Completed in another province or territory",
    none: "Not completed in Canada",
  },
  language: {
    "english-clb-6": "English CLB 6 or higher",
    "english-clb-5": "English CLB 5",
    "english-clb-4": "English CLB 4",
    "english-clb-3": "English CLB 3 or lower",
    "french-nclc-6": "French NCLC 6 or higher",
    "french-nclc-5": "French NCLC 5",
    "french-nclc-4": "French NCLC 4",
    "french-nclc-3": "French NCLC 3 or lower",
  },
  "language-bilingual": { "both-4": "CLB/NCLC 4 or higher in both" },
  "work-experience": {
    "12-months": "12 months or more",
    "6-months": "6 to 11 months",
    "under-6-months": "Less than 6 months",
  },
  "work-experience-location": {
    alberta: "6 months or more in Alberta",
    "other-province": "6 months or more in another province or territory",
  },
  age: { "18-20": "18 to 20", "21-34": "21 to 34", "35-49": "35 to 49", "50-plus": "50 or older" },
  "family-in-alberta": { yes: "Has such a family member in Alberta" },
  "job-offer": { yes: "Permanent full-time job offer in Alberta" },
  "sector-endorsement": {
    "rural-renewal": "Rural Renewal Stream community endorsement",
    "tourism-hospitality": "Tourism and hospitality job offer from a member of a required sector association",
    "law-enforcement": "Law-enforcement job offer from a member of the Alberta Association of Chiefs of Police",
  },
  "offer-location": {
    "rural-renewal-designated": "A Rural Renewal Stream designated community",
    other: "Another community outside the Calgary and Edmonton census metropolitan areas",
    "calgary-cma": "Calgary census metropolitan area",
    "edmonton-cma": "Edmonton census metropolitan area",
  },
  "regulated-occupation": { yes: "Regulated occupation and holds the Alberta certification or licence" },
};

/** Tests expired on `asOf`, which count for nothing: none, one or several. */
const expiredTests = (n: number, asOf: IsoDate, f: MessageFormat): string =>
  n === 0 ? "" : ` ${plural(n, "test")} expired on ${f.date(asOf)}, not counted.`;

export const steps = {
  // Next steps (NextStep.message).
  "step.answer-missing": (p: { missing: readonly string[] }) =>
    `Answer the questions still open, or correct an answer that cannot be read as given (a reason says which), so the assessment can decide: ${p.missing.join(", ")}.`,
  "step.profile-expiring": (p: { expires: IsoDate; months: number }, f) =>
    `Your Express Entry profile expires on ${f.date(p.expires)}, within ${p.months} months: candidates whose profile expires that soon are less likely to be asked to apply. Renew it when it expires.`,
  "step.worker-eoi-fee.none": () => "There is no fee to submit a Worker Expression of Interest.",
  "step.worker-eoi-fee": (p: { amount: number; from: IsoDate }, f) =>
    `Submitting a Worker Expression of Interest costs a ${f.money(p.amount)} fee (since ${f.date(p.from)}).`,
  "step.one-worker-eoi": () =>
    "You can have only one Worker Expression of Interest, and cannot create one while you have another Worker or Entrepreneur EOI or a draft or active AAIP application: withdraw those first.",
  "step.worker-eoi.held": (p: { submittedOn: IsoDate; validUntil: IsoDate | null }, f) =>
    `Your Worker Expression of Interest, submitted on ${f.date(p.submittedOn)}, is in the pool the AAIP invites Accelerated Tech Pathway candidates from${
      p.validUntil === null
        ? ""
        : `; it is valid for one year from its submission (the year is up on ${f.date(p.validUntil)}), and editing it does not extend it`
    }. Keep it up to date, and do not submit another: only one is allowed at a time.`,
  "step.worker-eoi.lapsed": (p: { submittedOn: IsoDate; reachedOn: IsoDate; announcedOn: IsoDate }, f) =>
    `Your Worker Expression of Interest, submitted on ${f.date(p.submittedOn)}, reached one year on ${f.date(p.reachedOn)}, the validity the AAIP announced on ${f.date(p.announcedOn)}: check its status in the AAIP portal and, if it has expired, submit a new one.`,
  "step.worker-eoi.family-narrower": (p: { through: IsoDate }, f) =>
    `A new Worker Expression of Interest counts family in Alberta as the AAIP defines it on its submission day: only an EOI submitted on or before ${f.date(p.through)} counts a grandparent, grandchild, aunt, uncle, niece or nephew, so your family points would be lost unless a parent, child or sibling lives in Alberta.`,
  "step.worker-eoi-validity": (p: { months: number }) =>
    `A Worker Expression of Interest is valid for ${p.months === 12 ? "one year" : `${p.months} months`} after you submit it; editing it does not extend it.`,
  "step.invitation-period": (p: { days: number }) =>
    `If the AAIP invites you, act within the ${p.days}-day invitation period: apply, or reject the invitation to return to the Worker EOI pool.`,
  "step.application-fee": (p: { amount: number; from: IsoDate }, f) =>
    `The application to an AAIP worker stream (the Alberta Express Entry Stream is one) costs a ${f.money(p.amount)} fee (since ${f.date(p.from)}).`,
  "step.nomination-points": (p: { days: number; points: number; withNomination?: number }, f) =>
    `If Alberta nominates you, accept the nomination in your Express Entry profile within ${p.days} days: it adds ${p.points} CRS points${p.withNomination === undefined ? "" : ` (your score would be ${f.number(p.withNomination)})`}.`,
  "step.accept-nomination": (
    p: { province: string; due: IsoDate; days: number; nominatedOn: IsoDate; points: number },
    f,
  ) =>
    `Accept the ${p.province} nomination in your Express Entry profile by ${f.date(p.due)} (${p.days} days from ${f.date(p.nominatedOn)}); it adds ${p.points} CRS points.`,
  "step.ita-deadline": (p: { days: number }) =>
    `After an invitation to apply for permanent residence, you have ${p.days} days to submit the complete application.`,
  "step.truthful-answers": (p: { years: number }) =>
    `Give only true and complete information: a finding of misrepresentation makes you inadmissible to Canada for ${p.years} years.`,
  "step.written-job-offer": (p: { employer?: string; path: string; noc: string; offerFrom: IsoDate }, f) =>
    `Ask ${p.employer ?? "your employer"} for a written permanent full-time job offer for your current job (${p.path}, NOC ${p.noc}) and answer it as jobOffer: from ${f.date(p.offerFrom)} the pathway asks for a job offer for full-time employment in Alberta, and a current job without one does not count.`,
  "step.written-job-offer.uncertain": (p: { employer?: string; path: string; noc: string; asOf: IsoDate }, f) =>
    `Ask ${p.employer ?? "your employer"} for a written permanent full-time job offer for your current job (${p.path}, NOC ${p.noc}) and answer it as jobOffer: whether a current job without an offer counts on ${f.date(p.asOf)} is uncertain, while a written offer counts on every date.`,
  "step.update-profile-noc": (p: { code: string; successors: readonly string[]; from: IsoDate }, f) =>
    `Update the primary occupation in your Express Entry profile to its NOC 2021 code${p.successors.length === 0 ? "" : ` (${p.code} became ${p.successors.join(" or ")})`}: since ${f.date(p.from)} Alberta Express Entry candidates must update the NOC in their profile to remain eligible for selection and nomination.`,

  // The selection parameters of an ATP draw, in the AAIP's words (AtpDrawParameter.message).
  "draw.parameter.work-permit-expiry": (p: { onOrAfter: IsoDate }) =>
    `Work permit expiry date of ${longDate(p.onOrAfter)} or later`,
  "draw.parameter.language": (p: { minimumClb: number }) => `CLB or NCLC ${p.minimumClb} or higher`,
  "draw.parameter.express-entry-profile": () => "Valid Express Entry profile",
  "draw.parameter.crs": (p: { minimum: number }) => `CRS Score of ${p.minimum} or higher`,
  "draw.parameter.profile-expiry": (p: { onOrAfter: IsoDate }) =>
    `Express Entry Profile Expiry Date: ${longDate(p.onOrAfter)}, or later`,
  "draw.parameter.work-experience": (p: { minimumMonths: number }) => `${p.minimumMonths} months of work experience`,
  "draw.parameter.full-time-offer": () => "Job offer for full-time employment in Alberta",
  "draw.parameter.atp-occupation": () =>
    "Primary Occupation in Express Entry profile and 'Job Offer with an Alberta employer' in occupation are in an Accelerated Tech Pathway eligible occupation",
  "draw.parameter.atp-employer": () =>
    "Job Offer is for an Alberta employer whose primary business activities are in an eligible AAIP list of Accelerated Tech Pathway eligible NAICS codes",

  // A candidate against one parameter (AtpDrawParameterCheck.message).
  "draw.check.not-answered": (p: { answer: DrawUnanswered }) => `Not answered: ${UNANSWERED[p.answer]}.`,
  "draw.check.all": (p: { parts: readonly MessageLike[] }, f) => p.parts.map((m) => f.message(m)).join(" "),
  "draw.check.work-permit.met": (p: { until: IsoDate; onOrAfter: IsoDate }, f) =>
    `Your work permit expires on ${f.date(p.until)}, on or after ${f.date(p.onOrAfter)}.`,
  "draw.check.work-permit.none": (p: { onOrAfter: IsoDate }, f) =>
    `You hold no work permit; the draw needed one valid on or after ${f.date(p.onOrAfter)}.`,
  "draw.check.work-permit.before": (p: { until: IsoDate; onOrAfter: IsoDate }, f) =>
    `Your work permit expires on ${f.date(p.until)}, before ${f.date(p.onOrAfter)}.`,
  "draw.check.language.met": (p: { result: LanguageResult; minimum: number }) =>
    `${levelsText(p.result)}: ${p.minimum} or higher in every ability.`,
  "draw.check.language.unreadable": (p: { issues: readonly QuotedIssue[]; minimum: number }, f) =>
    `A language test could not be read (${issuesText(p.issues, f)}); it might reach CLB/NCLC ${p.minimum}.`,
  "draw.check.language.below": (
    p: { best: readonly LanguageResult[]; minimum: number; expired: number; asOf: IsoDate },
    f,
  ) =>
    `Your best valid results (${p.best.map(levelsText).join("; ")}) do not reach CLB/NCLC ${p.minimum} in every ability.${expiredTests(p.expired, p.asOf, f)}`,
  "draw.check.language.short-whatever-correction": (p: { corrected: readonly LanguageResult[]; minimum: number }) =>
    `Even with its scores to correct at their best (${p.corrected.map(levelsText).join("; ")}), no test reaches CLB/NCLC ${p.minimum} in every ability.`,
  "draw.check.language.none": (p: { minimum: number; expired: number; asOf: IsoDate }, f) =>
    `No valid language test on ${f.date(p.asOf)}: the draw needed CLB/NCLC ${p.minimum} or higher.${expiredTests(p.expired, p.asOf, f)}`,
  "draw.check.language.not-accepted": (
    p: { tests: readonly LanguageTestKind[]; minimum: number; drawDate: IsoDate; acceptedFrom: IsoDate | null },
    f,
  ) =>
    `Only your ${p.tests.map((t) => LANGUAGE_TEST_NAMES[t]).join(" or ")} result reaches CLB/NCLC ${p.minimum} in every ability, and on ${f.date(p.drawDate)} the AAIP did not accept that test${p.acceptedFrom === null ? "" : ` (it accepts it for applications received from ${f.date(p.acceptedFrom)})`}.`,
  "draw.check.profile.none": () => "No Express Entry profile.",
  "draw.check.profile.submitted-after": (p: { submittedOn: IsoDate; asOf: IsoDate }, f) =>
    `Your Express Entry profile was submitted on ${f.date(p.submittedOn)}, after ${f.date(p.asOf)}.`,
  "draw.check.profile.valid": (p: { expires: IsoDate }, f) =>
    `Your Express Entry profile is valid until ${f.date(p.expires)}.`,
  "draw.check.profile.expired": (p: { expires: IsoDate }, f) =>
    `Your Express Entry profile expired on ${f.date(p.expires)}.`,
  "draw.check.profile-expiry.none": () => "No Express Entry profile, so no profile expiry date.",
  "draw.check.profile-expiry.met": (p: { expires: IsoDate; onOrAfter: IsoDate }, f) =>
    `Your Express Entry profile expires on ${f.date(p.expires)}, on or after ${f.date(p.onOrAfter)}.`,
  "draw.check.profile-expiry.before": (p: { expires: IsoDate; onOrAfter: IsoDate }, f) =>
    `Your Express Entry profile expires on ${f.date(p.expires)}, before ${f.date(p.onOrAfter)}.`,
  "draw.check.crs.no-profile": () => "No Express Entry profile, so no CRS score in one.",
  "draw.check.crs.not-computed": (p: { issues: readonly QuotedIssue[] }, f) =>
    `The CRS score cannot be computed: ${issuesText(p.issues, f)}`,
  "draw.check.crs.met": (p: { total: number; minimum: number }) =>
    `CRS ${p.total} (without nomination points), ${p.minimum} or higher.`,
  "draw.check.crs.may-reach": (p: { total: number; minimum: number; maximumReachable: number }) =>
    `CRS ${p.total} from the answers given, under ${p.minimum}; the missing answers could raise it to ${p.maximumReachable} at most.`,
  "draw.check.crs.cannot-reach": (p: { total: number; minimum: number; maximumReachable: number }) =>
    `CRS ${p.total} from the answers given (without nomination points); the missing answers could raise it to ${p.maximumReachable} at most, under ${p.minimum}.`,
  "draw.check.crs.under": (p: { total: number; minimum: number }) =>
    `CRS ${p.total} (without nomination points), under ${p.minimum}.`,
  "draw.check.work.met": (p: { months: number; asOf: IsoDate }, f) =>
    `${p.months} months of full-time, paid work before ${f.date(p.asOf)}.`,
  "draw.check.work.may-reach": (p: { months: number; possibleMonths: number; asOf: IsoDate; minimum: number }, f) =>
    `${p.months} months of full-time, paid work before ${f.date(p.asOf)} for certain, up to ${p.possibleMonths} depending on whether the other work was paid and, in Canada, authorised; the draw needed ${p.minimum}.`,
  "draw.check.work.short": (p: { months: number; asOf: IsoDate; minimum: number }, f) =>
    `${p.months} months of full-time, paid work before ${f.date(p.asOf)} (the Worker EOI counts no part-time or unpaid work, nor work in Canada IRCC did not authorise); the draw needed ${p.minimum}.`,
  "draw.check.offer.none": () => "No job offer.",
  "draw.check.offer.after-as-of": (p: { offeredOn: IsoDate; asOf: IsoDate }, f) =>
    `The job offer is dated ${f.date(p.offeredOn)}, after ${f.date(p.asOf)}: there was no offer yet.`,
  "draw.check.offer.alberta": () => "The offer is in Alberta.",
  "draw.check.offer.not-alberta": (p: { province: string }) => `The offer is in ${p.province}, not Alberta.`,
  "draw.check.offer.full-time": (p: { hours: number }) => `${p.hours} hours a week is full-time.`,
  "draw.check.offer.not-full-time": (p: { hours: number; minimum: number }) =>
    `${plural(p.hours, "hour")} a week is not full-time (${p.minimum} or more).`,
  "draw.check.occupation.no-profile": () => "No Express Entry profile, so no primary occupation in one.",
  "draw.check.occupation.noc-2016-profile": (p: { code: string; from: IsoDate; successors: readonly string[] }, f) =>
    `The profile's occupation NOC ${p.code} is a NOC 2016 code: from ${f.date(p.from)} Alberta Express Entry candidates must update the NOC in their Express Entry profile to its NOC 2021 code${p.successors.length === 0 ? "" : ` (${p.code} became ${p.successors.join(" or ")})`}.`,
  "draw.check.occupation": (p: { whose: "profile" | "offer"; check: MessageLike }, f) =>
    `${p.whose === "profile" ? "The profile's" : "The offer's"} occupation: ${f.message(p.check)}`,
  "draw.check.employer.alberta-based": () => "The employer is Alberta-based.",
  "draw.check.employer.not-alberta-based": () => "The employer is not Alberta-based.",
  "draw.check.employer.tech": () => "The employer's primary business is in the tech industry (your answer).",
  "draw.check.employer.not-tech": () => "The employer's primary business is not on the AAIP tech-industry NAICS list.",

  // A candidate against a draw's parameters (AtpDrawSelection.message).
  "draw.selection.not-published": () =>
    "The AAIP did not publish this draw's selection parameters: its processing-information page says 'To protect program integrity AAIP does not disclose recent draw parameters'.",
  "draw.selection.kept-out": (
    p: { of: number; keptOutBy: readonly { parameter: MessageLike; reason: MessageLike }[] },
    f,
  ) =>
    `Kept out by ${p.keptOutBy.length} of the ${p.of} published parameters: ${p.keptOutBy.map((k) => `${f.message(k.parameter)} (${f.message(k.reason)})`).join("; ")}.`,
  "draw.selection.undecided": (p: { of: number; open: readonly MessageLike[]; missing: readonly string[] }, f) =>
    `No published parameter keeps you out, but ${p.open.length} of ${p.of} cannot be decided${p.missing.length === 0 ? "" : " until answered"}: ${p.open.map((m) => f.message(m)).join("; ")}${p.missing.length === 0 ? "." : ` (answer ${p.missing.join(", ")}).`}`,
  "draw.selection.met": (p: { of: number }) =>
    p.of === 1 ? "The published parameter is met." : `Every one of the ${p.of} published parameters is met.`,

  // The window's draws against a candidate (AtpDrawComparison.selectionMessage).
  "draw.selection-summary.no-draw": () => "There is no draw whose selection parameters could be checked.",
  "draw.selection-summary.none-published": (p: { draws: number }) =>
    `The AAIP did not publish the selection parameters of ${p.draws === 1 ? "this draw" : `these ${p.draws} draws`}, so they cannot be checked.`,
  "draw.selection-summary": (
    p: {
      published: number;
      met: number;
      keptOut: readonly { date: IsoDate; parameters: readonly MessageLike[] }[];
      undecided: number;
      unpublished: number;
      /** The day the candidate's answers are read on (each draw's own occupation lists apart). */
      asOf: IsoDate;
    },
    f,
  ) => {
    const kept = p.keptOut.map((k) => `${f.date(k.date)}: ${k.parameters.map((m) => f.message(m)).join("; ")}`);
    // One draw is "it": "Of the one draw ..., your answers ... would have kept you out of it".
    const n = (count: number): string => (p.published === 1 ? "it" : String(count));
    const parts = [
      p.met > 0 ? `meet every parameter of ${n(p.met)}` : undefined,
      p.keptOut.length > 0 ? `would have kept you out of ${n(p.keptOut.length)} (${kept.join(" | ")})` : undefined,
      p.undecided > 0 ? `leave ${n(p.undecided)} undecided until more is answered` : undefined,
    ].filter((part) => part !== undefined);
    const others =
      p.unpublished > 0 ? ` The parameters of the other ${plural(p.unpublished, "draw")} were not published.` : "";
    return `Of the ${p.published === 1 ? "one draw" : `${p.published} draws`} with published selection parameters, your answers as they stand on ${f.date(p.asOf)} ${listText(parts)}.${others}`;
  },

  // A score against the window's draws (AtpDrawComparison.message).
  "draw.comparison": (
    p: { score: number; atOrAbove: number; of: number; from: IsoDate; to: IsoDate; gaps: readonly MessageLike[] },
    f,
  ) =>
    `A Worker EOI score of ${p.score} ${
      p.of === 1
        ? `${p.atOrAbove === 1 ? "was at or above" : "was below"} the minimum of the only Accelerated Tech Pathway draw in our data`
        : p.atOrAbove === 0
          ? `was below the minimum of every one of the ${p.of} Accelerated Tech Pathway draws in our data`
          : `was at or above the minimum of ${p.atOrAbove} of the ${p.of} Accelerated Tech Pathway draws in our data`
    } held from ${f.date(p.from)} to ${f.date(p.to)}. This is history, not a promise: each draw sets its own minimum score.${p.gaps.map((g) => ` ${f.message(g)}`).join("")}`,
  "draw.comparison.no-draw": (p: { score: number; from: IsoDate; to: IsoDate; gaps: readonly MessageLike[] }, f) =>
    `No Accelerated Tech Pathway draw in our data was held from ${f.date(p.from)} to ${f.date(p.to)}, so there is no history to compare a score of ${p.score} with.${p.gaps.map((g) => ` ${f.message(g)}`).join("")}`,
  "draw.gap.before-worker-eoi": (p: { knownFrom: IsoDate }, f) =>
    `There were no Worker EOI draws before ${f.date(p.knownFrom)}, when the Worker EOI began.`,
  "draw.gap.after": (p: { knownThrough: IsoDate }, f) => `Draws after ${f.date(p.knownThrough)} are not in our data.`,
  "draw.gap.period": (p: { from: IsoDate; to: IsoDate }, f) =>
    `Draws from ${f.date(p.from)} to ${f.date(p.to)} are not in our data.`,
  "draw.gap.may-be-incomplete": (p: { from: IsoDate; to: IsoDate }, f) =>
    `Our data on the draws from ${f.date(p.from)} to ${f.date(p.to)} comes from a copy that may not list them all.`,

  // The Worker EOI grid's lines (WorkerEoiLine.message) and options (WorkerEoiLine.optionMessage).
  "worker-eoi.line.education": () => "Highest level of education",
  "worker-eoi.line.education-location": () => "Location of highest education in Canada",
  "worker-eoi.line.language": () => "Official language ability (the higher of the English and French columns)",
  "worker-eoi.line.language-bilingual": () =>
    "Bilingual bonus (CLB 4 or higher in English and NCLC 4 or higher in French)",
  "worker-eoi.line.work-experience": () => "Total work experience",
  "worker-eoi.line.work-experience-location": () => "Work experience in Canada",
  "worker-eoi.line.age": () => "Age",
  "worker-eoi.line.family-in-alberta": () =>
    "Family in Alberta (parent, child or sibling; Canadian citizen or permanent resident; over 18)",
  "worker-eoi.line.job-offer": () => "Permanent full-time job offer in Alberta",
  "worker-eoi.line.sector-endorsement": () => "Sector endorsement or sector offer (one of)",
  "worker-eoi.line.offer-location": () => "Location of the job offer (one of)",
  "worker-eoi.line.regulated-occupation": () =>
    "Job offer in a regulated occupation, with the Alberta certification or licence",
  "worker-eoi.option": (p: { line: string; option: string }) => OPTIONS[p.line]?.[p.option] ?? p.option,

  // What the Worker EOI asks that gives no points, and an offer it cannot count (WorkerEoiNote.message).
  "worker-eoi.note.offer-after-as-of": (p: { offeredOn: IsoDate; asOf: IsoDate }, f) =>
    `The job offer is dated ${f.date(p.offeredOn)}, after ${f.date(p.asOf)}: on that day it did not exist yet, and its lines score nothing.`,
  "worker-eoi.note.wage-and-hours-not-collected": (p: { from: IsoDate; submitted: IsoDate }, f) =>
    `A Worker EOI submitted before ${f.date(p.from)} (this one on ${f.date(p.submitted)}) holds no wage or hours of work for the Alberta job offer; draws that consider them do not consider it.`,
  "worker-eoi.note.wage-and-hours-asked": (p: { from: IsoDate; submitted?: IsoDate; answer: readonly string[] }, f) =>
    `${p.submitted === undefined ? `A Worker EOI submitted on or after ${f.date(p.from)}` : `This Worker EOI (submitted ${f.date(p.submitted)})`} must state the Alberta job offer's wage and hours of work (answer ${p.answer.join(", ")}): they give no points, but draws that consider them leave out EOIs without them.`,
} satisfies TemplateSource;
