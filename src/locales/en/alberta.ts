// English messages: alberta (the Alberta Express Entry Stream, the Accelerated Tech Pathway, its
// occupation lists and intake calendar, the AAIP employer requirements).

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageFormat, MessageLike, TemplateSource } from "../../core/message.js";
import { plural } from "./plural.js";

/** A NOC unit group as messages name it: its code, and its StatCan title when the library has it. */
export interface NocName {
  readonly code: string;
  readonly title?: string;
}

/** Where a code stands on the list of a day: on it, off it, or not known. */
export type ListingVerdict = "pass" | "fail" | "unknown";

/** The flags of the stream's exclusions answered by yes or no. */
export type StatusFlag = "refugeeClaimant" | "removalOrder" | "activeAaipApplication";

/** How the person works when not as an employee. */
export type NonEmployee = "independent-contractor" | "temporary-agency" | "self-employed";

const named = (n: NocName): string => (n.title === undefined ? n.code : `${n.code} (${n.title})`);

/** "a, b and c", with the conjunction given (the wording the rules have always used). */
const joinAnd = (items: readonly string[], conjunction = "and"): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;

/** The status questions: what was asked, and the fact an answer of "no" denies. */
const STATUS_QUESTIONS: Readonly<Record<StatusFlag, string>> = {
  refugeeClaimant: "whether you are a refugee claimant",
  removalOrder: "whether you are under an unresolved removal order",
  activeAaipApplication: "whether another AAIP application of yours is in progress",
};
const STATUS_FACTS: Readonly<Record<StatusFlag, string>> = {
  refugeeClaimant: "Refugee claimant",
  removalOrder: "Unresolved removal order",
  activeAaipApplication: "Another AAIP application in progress",
};

const crsCompare = (p: { total: number; reported?: number }): string =>
  p.reported === undefined
    ? ""
    : p.reported === p.total
      ? " Your profile shows the same score."
      : ` Your profile shows ${p.reported}; the difference may come from answers missing here or from the profile.`;

const NAICS_NOTE =
  " The AAIP's list of eligible NAICS codes is not encoded in this library (its contents were not available), so this rests on your answer.";

const naicsOf = (naics: string | undefined): string => (naics !== undefined ? ` (NAICS ${naics})` : "");

const OFFER_COUNTS = "A written permanent full-time job offer from the employer counts on every date.";

const STATUS_LABELS: Readonly<Record<ListingVerdict, string>> = {
  pass: "on the list on that date",
  fail: "not on the list on that date",
  unknown: "its listing on that date is unknown",
};

const WEB_FORM_ACTION =
  "Send the Accelerated Tech Pathway web form (your Express Entry profile and your Alberta job offer or employment) to the AAIP; it invites eligible candidates to apply.";

const nextAcceptance = (next: { readonly date: IsoDate; readonly cancelledOn?: IsoDate } | undefined): string =>
  next === undefined
    ? ""
    : ` The next acceptance date announced was ${next.date}${next.cancelledOn === undefined ? "" : ` (cancelled on ${next.cancelledOn}, never held)`}.`;

const jobNeeds = (offerFrom: IsoDate | undefined): string =>
  offerFrom !== undefined
    ? `from ${offerFrom} the pathway needs a job offer for full-time employment with an Alberta tech employer.`
    : "the pathway needs one or the other with an Alberta tech employer.";

const issueText = (message: string | MessageLike, f: MessageFormat): string =>
  typeof message === "string" ? message : f.message(message);

export const alberta = {
  // --- Alberta Express Entry Stream -------------------------------------------------------------
  "alberta-ee.profile.not-answered": () => "Whether you have an Express Entry profile was not answered.",
  "alberta-ee.profile.none": () =>
    "You have no Express Entry profile; the Alberta Express Entry Stream selects only from the federal pool.",
  "alberta-ee.profile.submitted-later": (p: { submittedOn: IsoDate; asOf: IsoDate }, f) =>
    `The profile was submitted on ${f.date(p.submittedOn)}, after ${f.date(p.asOf)}: it was not in the pool on that day.`,
  "alberta-ee.profile.expired": (p: { submittedOn: IsoDate; expires: IsoDate; months: number }, f) =>
    `The profile submitted on ${f.date(p.submittedOn)} expired on ${f.date(p.expires)} (profiles stay ${p.months} months); submit a new one.`,
  "alberta-ee.profile.active": (p: { submittedOn: IsoDate; expires: IsoDate; daysLeft: number }, f) =>
    `The profile submitted on ${f.date(p.submittedOn)} is active until ${f.date(p.expires)} (${p.daysLeft} ${p.daysLeft === 1 ? "day" : "days"} left).`,
  "alberta-ee.federal.eligible": (p: { federal: MessageLike }, f) => `Eligible: ${f.message(p.federal)}`,
  "alberta-ee.federal.ineligible": () =>
    "Not eligible for the Federal Skilled Worker Program, the Canadian Experience Class or the Federal Skilled Trades Program; the stream needs one of them.",
  "alberta-ee.federal.undecided": (p: { federal: MessageLike }, f) =>
    `Not yet decided for the federal programs: ${f.message(p.federal)}`,
  "alberta-ee.crs.not-computable": (
    p: { issues: readonly { readonly path: string; readonly message: string | MessageLike }[] },
    f,
  ) => `The CRS score cannot be computed: ${p.issues.map((i) => `${i.path}: ${issueText(i.message, f)}`).join(" ")}`,
  "alberta-ee.crs.pass": (p: { total: number; minimum: number; reported?: number }) =>
    `CRS ${p.total} (without nomination points); at least ${p.minimum} is needed.${crsCompare(p)}`,
  "alberta-ee.crs.pass-whatever-correction": (p: { total: number; minimum: number }) =>
    `CRS ${p.total} or more (without nomination points), whatever the language results to correct turn out to be; at least ${p.minimum} is needed.`,
  "alberta-ee.crs.could-reach": (p: { total: number; minimum: number; maximum: number; reported?: number }) =>
    `CRS ${p.total} from the answers given, under ${p.minimum}; the missing answers could raise it to ${p.maximum}.${crsCompare(p)}`,
  "alberta-ee.crs.cannot-reach": (p: { total: number; minimum: number; maximum: number; reported?: number }) =>
    `CRS ${p.total} from the answers given (without nomination points); the questions still open could raise it to ${p.maximum} at most, under the ${p.minimum} the stream needs.${crsCompare(p)}`,
  "alberta-ee.crs.below": (p: { total: number; minimum: number; reported?: number }) =>
    `CRS ${p.total} (without nomination points); the stream needs at least ${p.minimum}.${crsCompare(p)}`,
  "alberta-ee.status.not-answered": (p: { flag: StatusFlag }) => `Not answered: ${STATUS_QUESTIONS[p.flag]}.`,
  "alberta-ee.status.answered-no": (p: { flag: StatusFlag }) => `${STATUS_FACTS[p.flag]}: answered no.`,
  "alberta-ee.refugee-claimant": () => "Refugee claimants cannot be nominated under the Alberta Express Entry Stream.",
  "alberta-ee.removal-order": () =>
    "A person under a removal order or in a federal appeal process cannot be nominated.",
  "alberta-ee.active-aaip-application": () =>
    "Another AAIP application is in progress; the AAIP accepts one application at a time.",
  "alberta-ee.misrepresentation.not-answered": () => "Not answered: whether a misrepresentation ban is in force.",
  "alberta-ee.misrepresentation.none": () => "No misrepresentation ban.",
  "alberta-ee.misrepresentation.in-force": (p: { until: IsoDate }, f) =>
    `A misrepresentation ban is in force until ${f.date(p.until)}; no application can succeed before it ends.`,
  "alberta-ee.misrepresentation.ended": (p: { until: IsoDate }, f) =>
    `The misrepresentation ban ended on ${f.date(p.until)}.`,
  "alberta-ee.nomination.not-answered": () => "Not answered: whether you already hold a provincial nomination.",
  "alberta-ee.nomination.none": () => "No provincial nomination held.",
  "alberta-ee.nomination.other-province": (p: { province: string }) =>
    `The nomination held is from ${p.province}, not from Alberta; the AAIP rule concerns its own nominations.`,
  "alberta-ee.nomination.dated-later": (p: { nominatedOn: IsoDate; asOf: IsoDate }, f) =>
    `The Alberta nomination is dated ${f.date(p.nominatedOn)}, after ${f.date(p.asOf)}.`,
  "alberta-ee.nomination.held-acceptance-ended": (p: { nominatedOn: IsoDate; due: IsoDate; days: number }, f) =>
    `You already hold an Alberta nomination (${f.date(p.nominatedOn)}); the ${p.days} days to accept it in your Express Entry profile ended on ${f.date(p.due)}.`,
  "alberta-ee.nomination.held": (p: { nominatedOn: IsoDate }, f) =>
    `You already hold an Alberta nomination (${f.date(p.nominatedOn)}); accept it in your Express Entry profile instead of applying again.`,

  // --- Accelerated Tech Pathway: the pathway and its jobs ---------------------------------------
  "atp.pathway-open.before-launch": (p: { asOf: IsoDate }, f) =>
    `The Accelerated Tech Pathway did not exist on ${f.date(p.asOf)}: Alberta began taking applications in December 2021 (announced on 2022-01-13).`,
  "atp.pathway-open.launch-window": (p: { asOf: IsoDate }, f) =>
    `The pathway opened in December 2021 but the exact day is not known; on ${f.date(p.asOf)} it may not have been open yet.`,
  "atp.pathway-open.pass": (p: { intake: MessageLike }, f) =>
    `The pathway has existed since December 2021. ${f.message(p.intake)}`,
  "atp.case.job-offer": (p: { noc: string }) => `Job offer (NOC ${p.noc})`,
  "atp.case.current-job": (p: { noc: string; path: string; title?: string }) =>
    `Current job${p.title !== undefined ? ` "${p.title}"` : ""} (NOC ${p.noc}, ${p.path})`,
  "atp.cases.none": (p: { offerFrom?: IsoDate }) =>
    p.offerFrom !== undefined
      ? `There is no job offer: ${jobNeeds(p.offerFrom)}`
      : `There is no job offer and no current job in Alberta: ${jobNeeds(p.offerFrom)}`,
  "atp.cases.offer-later": (p: { offeredOn: IsoDate; asOf: IsoDate; offerFrom?: IsoDate }, f) =>
    `The job offer is dated ${f.date(p.offeredOn)}, after ${f.date(p.asOf)}, so on ${f.date(p.asOf)} it did not exist${p.offerFrom !== undefined ? "" : ", and there is no current job in Alberta"}: ${jobNeeds(p.offerFrom)}`,
  "atp.cases.unanswered": (p: { missing: readonly string[] }) =>
    `Not answered: ${joinAnd(p.missing)}; ${p.missing.length > 1 ? "they" : "it"} may hold a qualifying Alberta job.`,
  "atp.job.in-alberta.not-answered": () => "The province of the job was not answered.",
  "atp.job.in-alberta.pass": () => "The job is in Alberta.",
  "atp.job.in-alberta.fail": (p: { province: string }) =>
    `The job is in ${p.province}; the pathway needs work in Alberta.`,
  "atp.job.employer-alberta-based.not-answered": () => "Whether the employer is Alberta-based was not answered.",
  "atp.job.employer-alberta-based.pass": () => "The employer is Alberta-based.",
  "atp.job.employer-alberta-based.fail": () =>
    "The employer is not Alberta-based; the pathway needs an Alberta employer.",
  "atp.job.employer-tech-industry.not-answered": (p: { naics?: string }) =>
    `Not answered: whether the employer's primary business is on the AAIP tech-industry NAICS list${naicsOf(p.naics)}.${NAICS_NOTE}`,
  "atp.job.employer-tech-industry.pass": (p: { naics?: string }) =>
    `The employer's primary business is in the tech industry${naicsOf(p.naics)}.${NAICS_NOTE}`,
  "atp.job.employer-tech-industry.fail": () =>
    "The employer's primary business is not in Alberta's tech industry as the AAIP NAICS list defines it.",
  "atp.job.full-time.not-answered": () => "The hours per week of the job were not answered.",
  "atp.job.full-time.pass": (p: { hours: number }) => `${p.hours} hours a week is full-time.`,
  "atp.job.full-time.hours-short": (p: { hours: number; minimum: number }) =>
    `${plural(p.hours, "hour")} a week; the pathway needs full-time work of at least ${p.minimum} hours a week.`,
  "atp.job.employee.not-answered": () =>
    "Whether you are (or will be) an employee, a contractor or an agency worker was not answered.",
  "atp.job.employee.pass": () => "An employee of the employer.",
  "atp.job.employee.fail": (p: { engagement: NonEmployee }) =>
    `${
      p.engagement === "independent-contractor"
        ? "Independent contractors"
        : p.engagement === "temporary-agency"
          ? "Temporary-agency workers"
          : "Self-employed people"
    } are not eligible for the Accelerated Tech Pathway; it needs an employee of the Alberta employer.`,
  "atp.job.offer-or-employment.offer": () => "A job offer.",
  "atp.job.offer-or-employment.launch-era": (p: { asOf: IsoDate; knownThrough: IsoDate }, f) =>
    `On ${f.date(p.asOf)} a current job with an Alberta tech employer counts as well as a job offer (the pathway's launch-era wording, "currently working for, or have a job offer with", known to hold until ${f.date(p.knownThrough)}).`,
  "atp.job.offer-or-employment.uncertain": (p: { asOf: IsoDate; why: MessageLike }, f) =>
    `The law on ${f.date(p.asOf)} is uncertain: ${f.message(p.why)} So whether a current job without a job offer counts on ${f.date(p.asOf)} is not known. ${OFFER_COUNTS}`,
  "atp.job.offer-or-employment.offer-only": (p: { offerFrom: IsoDate }, f) =>
    `From ${f.date(p.offerFrom)} the pathway asks for a job offer for full-time employment in Alberta: a current job without an offer does not count. ${OFFER_COUNTS}`,
  "atp.job.offer-term.current-employment": () => "Current employment: the offer term applies to job offers only.",
  "atp.job.offer-term.permanent": () => "The offer is permanent.",
  "atp.job.offer-term.long-enough": (p: { months: number }) => `The offer runs ${p.months} months.`,
  "atp.job.offer-term.too-short": (p: { months: number; minimum: number }) =>
    `The offer runs ${plural(p.months, "month")}; it must be permanent or run at least ${p.minimum} months.`,
  "atp.job.offer-term.permanence-not-answered": (p: { months: number; minimum: number }) =>
    `The offer runs ${p.months} months, under the ${p.minimum} months needed unless it is permanent; whether it is permanent was not answered.`,
  "atp.job.offer-term.length-not-answered": () =>
    "The offer is not permanent and its length in months was not answered.",
  "atp.job.offer-term.not-answered": () =>
    "Whether the offer is permanent (or how many months it runs) was not answered.",
  "atp.job.matches-profile.profile-not-answered": () => "The Express Entry profile was not answered.",
  "atp.job.matches-profile.no-profile": () =>
    "There is no Express Entry profile whose primary occupation could match the job.",
  "atp.job.matches-profile.primary-not-answered": () =>
    "The primary occupation in the Express Entry profile was not answered.",
  "atp.job.matches-profile.noc-2016-profile": (
    p: { primary: string; job: string; from: IsoDate; successors: readonly string[] },
    f,
  ) =>
    `The profile's primary occupation NOC ${p.primary} is a NOC 2016 code, so it does not match the job (NOC ${p.job}): ` +
    `from ${f.date(p.from)} Express Entry uses NOC 2021 codes, and Alberta Express Entry candidates must update the NOC in their Express Entry profile to remain eligible for selection. ` +
    `Update the profile's primary occupation to its NOC 2021 code${p.successors.length === 0 ? "" : ` (${p.primary} became ${p.successors.join(" or ")})`}.`,
  "atp.job.matches-profile.noc-2021-too-early": (
    p: { primary: string; from: IsoDate; asOf: IsoDate; predecessors: readonly string[] },
    f,
  ) =>
    `The profile's primary occupation is given as NOC ${p.primary}, a NOC 2021 code, but before ${f.date(p.from)} Express Entry profiles held NOC 2016 codes: ` +
    `give the NOC 2016 code the profile held on ${f.date(p.asOf)}${p.predecessors.length === 0 ? "" : ` (${p.primary} came from ${p.predecessors.join(" or ")})`}.`,
  "atp.job.matches-profile.same": (p: { noc: string }) =>
    `The profile's primary occupation is the job's, NOC ${p.noc}.`,
  "atp.job.matches-profile.concordance": (p: { primary: string; job: string }) =>
    `The profile's primary occupation NOC ${p.primary} corresponds to the job's NOC ${p.job} in the StatCan concordance.`,
  "atp.job.matches-profile.mismatch": (p: { primary: string; job: string }) =>
    `The profile's primary occupation is NOC ${p.primary} but the job is NOC ${p.job}; update the profile so they match.`,

  // --- The occupation lists ---------------------------------------------------------------------
  "atp.list.name": (
    p: { nocVersion: 2016 | 2021; known: number; uncertain: number; effective: IsoDate; asOf: IsoDate },
    f,
  ) => {
    const more = p.uncertain === 0 ? "" : `, and ${p.uncertain} more whose listing on that date is unknown`;
    return p.nocVersion === 2016
      ? `the launch list of ${p.known} NOC 2016 codes${more}`
      : p.uncertain === 0
        ? `the official list of ${p.known} NOC 2021 codes, effective ${f.date(p.effective)}`
        : `the official list of NOC 2021 codes effective ${f.date(p.effective)}: ${p.known} codes known to be on it on ${f.date(p.asOf)}${more}`;
  },
  "atp.occupation.before-launch": (p: { asOf: IsoDate; from: IsoDate; announced: IsoDate }, f) =>
    `The Accelerated Tech Pathway did not exist yet on ${f.date(p.asOf)}: Alberta first accepted applications in December ` +
    `2021 (no earlier than ${f.date(p.from)}) and announced the pathway on ${f.date(p.announced)}, so no ` +
    "occupation qualified for it on that date, and no further information can change that.",
  "atp.occupation.on-list": (p: { noc: NocName; asOf: IsoDate; list: MessageLike }, f) =>
    `${named(p.noc)} is on the Accelerated Tech Pathway list of eligible occupations in force on ${f.date(p.asOf)} (${f.message(p.list)}).`,
  "atp.occupation.not-on-list": (p: { noc: NocName; asOf: IsoDate; list: MessageLike; nocVersion: 2016 | 2021 }, f) =>
    `${named(p.noc)} is not on the Accelerated Tech Pathway list of eligible occupations in force on ${f.date(p.asOf)} ` +
    `(${f.message(p.list)}), so a job in this occupation does not qualify for the pathway. If another NOC ` +
    `${p.nocVersion} code describes the job better, check that code.`,
  "atp.occupation.uncertain": (p: { noc: NocName; asOf: IsoDate; why: MessageLike; after?: MessageLike }, f) =>
    `Whether ${named(p.noc)} was on the Accelerated Tech Pathway list on ${f.date(p.asOf)} is unknown. ` +
    `${f.message(p.why)}${p.after === undefined ? "" : f.message(p.after)}`,
  "atp.occupation.after-uncertainty.on": (p: { to: IsoDate }, f) => ` It is on the list from ${f.date(p.to)}.`,
  "atp.occupation.after-uncertainty.off": (p: { to: IsoDate }, f) => ` It is not on the list from ${f.date(p.to)}.`,
  "atp.occupation.after-uncertainty.became": (
    p: { to: IsoDate; nocVersion: 2016 | 2021; code: string; listed: readonly NocName[] },
    f,
  ) =>
    ` From ${f.date(p.to)} the list uses NOC ${p.nocVersion} codes, and ${p.code} became ${joinAnd(p.listed.map(named))}, on that list.`,
  "atp.occupation.launch-window": (p: { noc: NocName; asOf: IsoDate; why: MessageLike; certainFrom: IsoDate }, f) =>
    `${named(p.noc)} is on the pathway's launch list, but whether the pathway was open yet on ${f.date(p.asOf)} is ` +
    `unknown: ${f.message(p.why)} From ${f.date(p.certainFrom)} the answer is pass.`,
  "atp.occupation.not-a-noc": (p: { input: string; asOf: IsoDate; nocVersion: 2016 | 2021 }, f) =>
    `${p.input} is not a NOC unit group code, so whether it is on the Accelerated Tech Pathway list ` +
    `is unknown. On ${f.date(p.asOf)} the list uses NOC ${p.nocVersion} codes (${p.nocVersion === 2016 ? 4 : 5} ` +
    `digits, for example ${p.nocVersion === 2016 ? "2173" : "21231"}); give the occupation's NOC ${p.nocVersion} code.`,
  "atp.occupation.version-mismatch": (
    p: {
      noc: NocName;
      codeVersion: 2016 | 2021;
      asOf: IsoDate;
      nocVersion: 2016 | 2021;
      listDate: IsoDate;
      related: readonly (NocName & { readonly listing: ListingVerdict })[];
    },
    f,
  ) => {
    const forward = p.nocVersion === 2021;
    const verb = forward ? "became" : "came from";
    const when = forward
      ? `NOC 2021 replaced NOC 2016 on ${f.date(p.listDate)}`
      : `NOC 2021 codes apply only from ${f.date(p.listDate)}`;
    const described = p.related.map(
      (r) => `${r.code}${r.title === undefined ? "" : `, ${r.title}`} (${STATUS_LABELS[r.listing]})`,
    );
    const choice =
      described.length === 1
        ? `${p.noc.code} ${verb} ${described.join("")}. Give that code if it describes the job.`
        : `${p.noc.code} ${verb} one of: ${described.join("; ")}. Give the one that describes the job.`;
    return (
      `On ${f.date(p.asOf)} the Accelerated Tech Pathway list uses NOC ${p.nocVersion} codes (${when}), but ${named(p.noc)} ` +
      `is a NOC ${p.codeVersion} code, so the answer is unknown until the occupation is restated as a NOC ` +
      `${p.nocVersion} code. By the Statistics Canada concordance, ${choice}`
    );
  },
  "atp.occupation.version-mismatch-none-listed": (
    p: {
      noc: NocName;
      codeVersion: 2016 | 2021;
      asOf: IsoDate;
      nocVersion: 2016 | 2021;
      related: readonly (NocName & { readonly listing: ListingVerdict })[];
    },
    f,
  ) =>
    `On ${f.date(p.asOf)} the Accelerated Tech Pathway list uses NOC ${p.nocVersion} codes, and ${named(p.noc)} is a NOC ${p.codeVersion} code; ` +
    `by the Statistics Canada concordance it ${p.nocVersion === 2021 ? "became" : "came from"} ${p.related.map((r) => `${r.code}${r.title === undefined ? "" : `, ${r.title}`}`).join(" or ")}, ` +
    "none of which is on the list, so the occupation is not eligible whichever it is.",
  "atp.occupation.version-mismatch-profile-not-listed": (
    p: { noc: NocName; codeVersion: 2016 | 2021; asOf: IsoDate; nocVersion: 2016 | 2021; profile: NocName },
    f,
  ) =>
    `On ${f.date(p.asOf)} the Accelerated Tech Pathway list uses NOC ${p.nocVersion} codes, and ${named(p.noc)} is a NOC ${p.codeVersion} code. ` +
    `To match the Express Entry profile's primary occupation, the job must be restated as ${named(p.profile)}, ` +
    "which is not on the list, so no restatement lets the job qualify.",
  "atp.occupations.caveat.launch-window": (p: { asOf: IsoDate; why: MessageLike }, f) =>
    `Whether the pathway was open yet on ${f.date(p.asOf)} is unknown: ${f.message(p.why)}`,
  "atp.occupations.caveat.uncertain": (p: { codes: readonly string[]; asOf: IsoDate; why: MessageLike }, f) =>
    `Whether ${joinAnd(p.codes)} ${p.codes.length === 1 ? "was" : "were"} on the list on ${f.date(p.asOf)} is unknown. ${f.message(p.why)}`,
  // The reasons of data/alberta/atp-occupations.json and atp-pathway-history.json, word for word
  // (test/programs/alberta/messages.test.ts compares them with the data).
  "atp.launch.window": () =>
    "Alberta began accepting Accelerated Tech Pathway applications on a day in December 2021 that no source gives (the pathway was announced on 2022-01-13), so from 2021-12-01 to 2021-12-30 it may not have been open yet; it was open by 2021-12-31 at the latest.",
  "atp.uncertainty.noc2016-beyond-launch-list": () =>
    "The January 2022 announcement lists 23 NOC 2016 codes, but third-party pages describe a list of 38, launch-time reports name occupations outside the 23 (medical laboratory technicians, graphic designers, industrial engineering technologists), and the NOC 2021 successors of these codes are on the official list from 2022-11-16; no official NOC 2016 list survives to settle which codes it held.",
  "atp.uncertainty.noc2021-data-centre-additions": () =>
    "Alberta added occupations that 'support data centre needs in Alberta' to the list on a date no source gives: the list PDF still says 'effective Nov 16, 2022', the official updates page has no entry for the change, and third-party pages of 2025 and 2026 still describe the older list. No NOC 2016 predecessor of these codes was on a list before 2022-11-16. The earliest official page that mentions them is the processing-information page last updated 2026-06-16; the list as it then stood is read from the copy of 2026-06-20.",
  "worker-eoi.grid.first-version-unknown": () =>
    "The Worker EOI opened on 2024-09-30 with a 100-point grid, but the only version of the grid we could read is the one effective 2025-08-07; the points in force before that day are not known to us.",
  "atp.history.qualifying-job-uncertain": () =>
    "The official wording changed from 'currently working for, or have a job offer with' an Alberta tech employer (known to hold while the 2024 monthly acceptance dates ran, until 2024-08-12) to a 'job offer for full-time employment in Alberta' (first dated on 2024-12-11, in the parameters of the first Accelerated Tech Pathway draw from the Worker EOI pool); no official source dates the change, which may have come with the Worker EOI on 2024-09-30.",

  // --- The intake calendar ----------------------------------------------------------------------
  "atp.intake.before-launch": (p: { asOf: IsoDate }, f) =>
    `The Accelerated Tech Pathway did not exist on ${f.date(p.asOf)}: it began taking applications in December 2021.`,
  "atp.intake.before-launch.action": () => "There was no Accelerated Tech Pathway to apply to on that date.",
  "atp.intake.web-form.launch-window": (p: { asOf: IsoDate }, f) =>
    `The pathway's web form opened on a day in December 2021 that no source gives; on ${f.date(p.asOf)} it may not have been open yet.`,
  "atp.intake.web-form.open": (p: { asOf: IsoDate }, f) =>
    `On ${f.date(p.asOf)} candidates entered the pathway through its online web form.`,
  "atp.intake.web-form.action": () => WEB_FORM_ACTION,
  "atp.intake.web-form.launch-window.action": (p: { openBy: IsoDate }, f) =>
    `Check the AAIP's Accelerated Tech Pathway page first: the web form may not be open yet (it was open by ${f.date(p.openBy)} at the latest). Once it is, ${WEB_FORM_ACTION.charAt(0).toLowerCase()}${WEB_FORM_ACTION.slice(1)}`,
  "atp.intake.acceptance-date": (p: { asOf: IsoDate }, f) =>
    `${f.date(p.asOf)} is one of the AAIP's 2024 monthly acceptance dates: applications are accepted from that day until the month's target is reached.`,
  "atp.intake.acceptance-date.action": (p: { asOf: IsoDate }, f) =>
    `Apply on ${f.date(p.asOf)}, the monthly acceptance date: once the month's target is reached no more applications are accepted until the next date.`,
  "atp.intake.monthly": (
    p: { previous: IsoDate; asOf: IsoDate; next?: { readonly date: IsoDate; readonly cancelledOn?: IsoDate } },
    f,
  ) =>
    `From 2024-06-11 the AAIP accepted Accelerated Tech Pathway applications monthly, from each acceptance date until the month's target was reached; whether the target of the intake that opened on ${f.date(p.previous)} had been reached by ${f.date(p.asOf)} is not known.${nextAcceptance(p.next)}`,
  "atp.intake.monthly.action": (p: { next?: { readonly date: IsoDate; readonly cancelledOn?: IsoDate } }) =>
    `Check the AAIP's processing-information page: applications are accepted only until the month's target is reached.${nextAcceptance(p.next)}`,
  "atp.intake.no-intake": (p: { asOf: IsoDate; cancelledOn: IsoDate; opens?: IsoDate }, f) =>
    `On ${f.date(p.asOf)} the pathway takes no applications: on ${f.date(p.cancelledOn)} the AAIP cancelled its remaining 2024 monthly acceptance dates, for the Worker Expression of Interest that opens${p.opens === undefined ? "" : ` on ${f.date(p.opens)}`}.`,
  "atp.intake.no-intake.action": (p: { asOf: IsoDate; opens?: IsoDate }, f) =>
    `No intake is open on ${f.date(p.asOf)}: the Worker Expression of Interest opens${p.opens === undefined ? "" : ` on ${f.date(p.opens)}`}.`,
  "atp.intake.worker-eoi": (p: { from: IsoDate }, f) =>
    `Since ${f.date(p.from)} candidates enter the pathway through a Worker Expression of Interest in the AAIP portal, and the AAIP invites them from that pool.`,
  "atp.intake.worker-eoi.action": (p: { from: IsoDate; announcedOn: IsoDate }, f) =>
    `Submit a Worker Expression of Interest in the AAIP portal: since ${f.date(p.from)} Accelerated Tech Pathway candidates are invited from the Worker EOI pool. The Alberta Express Entry Stream page still names an initial Accelerated Tech Pathway web form as the first step, which the AAIP's update of ${f.date(p.announcedOn)} replaced with the Worker EOI: check the page in case both are asked for.`,

  // --- Remedies ---------------------------------------------------------------------------------
  // --- AAIP employer requirements (opt-in) ------------------------------------------------------
  "aaip.employer.fiscal-years-short": (p: { years: number; minimum: number }) =>
    `The employer has operated ${plural(p.years, "complete fiscal year")} in Alberta; the AAIP needs at least ${p.minimum}, from every employer (Indigenous, municipal, provincial, Government of Canada and Government of Alberta employers are exempt only from the revenue and staff minimums).`,
  "aaip.employer.minimums-not-dated": (p: { asOf: IsoDate; finding: MessageLike; why: MessageLike }, f) =>
    `${f.message(p.finding)} But whether the AAIP applied these minimums on ${f.date(p.asOf)} is not known: ${f.message(p.why)}`,
  "aaip.employer.minimums-start-unknown": () =>
    "The day these minimums took effect is not known: the official page gives no date. Pages of third parties say the AAIP introduced them in March 2024, 'as of March 18, 2024' (Town of Westlock, 'Employer eligibility', https://www.westlock.ca/p/employer-eligibility; The Way Immigration, 'Alberta PNP job offer and employment requirements', 2024-04-08, https://thewayimmigration.ca/immigration-tips/alberta-pnp-job-offer-and-employment-requirements; both retrieved 2026-12-07). Before that day an employer short of them is not known to fail.",
  "aaip.employer.exempt": (p: { years: number }) =>
    `The employer has ${plural(p.years, "fiscal year")} in Alberta, and as an Indigenous, municipal, provincial, Government of Canada or Government of Alberta employer it is exempt from the revenue and staff minimums.`,
  "aaip.employer.exempt-years-not-answered": (p: { minimum: number }) =>
    `Not answered: the employer's complete fiscal years in Alberta. Indigenous, municipal, provincial, Government of Canada and Government of Alberta employers are exempt from the revenue and staff minimums, not from the ${p.minimum} fiscal years.`,
  "aaip.employer.below-minimum": (
    p: { revenueMinimum: number; staffMinimum: number; exemptionUnanswered: boolean },
    f,
  ) =>
    `The employer is below the revenue (CAD ${f.number(p.revenueMinimum)}) or staff (${p.staffMinimum}) minimum; it may still support a capped number of nominees, which this library cannot check${p.exemptionUnanswered ? ", and Indigenous, municipal, provincial, Government of Canada and Government of Alberta employers are exempt from these two minimums" : ""}.`,
  "aaip.employer.pass": (p: { years: number; revenue: number; staff: number }, f) =>
    `The employer has ${plural(p.years, "fiscal year")} in Alberta, CAD ${f.number(p.revenue)} revenue and ${plural(p.staff, "employee")} in Alberta.`,
  "aaip.employer.not-answered": () =>
    "Not answered: the employer's fiscal years in Alberta, revenue and employees in Alberta.",
} satisfies TemplateSource;
