// English messages: the Federal Skilled Trades Program and its trades.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, MessageLike, TemplateSource } from "../../../core/message.js";
import { HOURS_PER_YEAR } from "../../../experience/constants.js";
import { FST_EXPERIENCE_WINDOW_YEARS, FST_EXPERIENCE_YEARS } from "../../../programs/federal/requirements.js";
import type { FederalTradeGroupRef, FederalTradeGroupsText } from "./types.js";
import { hours, notes } from "./words.js";

const fstExperienceNeeds = (asOf: IsoDate, f: MessageFormat): string =>
  `FST needs ${hours(FST_EXPERIENCE_YEARS * HOURS_PER_YEAR, f)} hours (two years full-time, or the equivalent part-time) in one skilled trade in the ${FST_EXPERIENCE_WINDOW_YEARS} years before ${f.date(asOf)}`;

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

/** `NOC 2016 1111 and 1114`: the codes a code corresponds to in the other version. */
const counterparts = (p: { noc: number; codes: readonly string[] }, f: MessageFormat): string =>
  `NOC ${p.noc} ${f.list(p.codes)}`;

export const fst = {
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
    `${hours(p.hours, f)} hours in NOC ${p.noc} certainly count, up to ${hours(p.possibleHours, f)} hours depending on the answers to ${p.missing.join(", ")}.${notes(p.notes, f)} ${fstExperienceNeeds(p.asOf, f)}.`,
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
  "fst.trade.no-offer-or-certificate": () =>
    "The work history is not given, but with neither a job offer nor a certificate of qualification in a skilled trade no work history could meet this requirement.",
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
    `NOC ${p.from} ${p.code} corresponds to ${counterparts(p, f)}, ${p.codes.length === 1 ? "a skilled trade" : p.codes.length === 2 ? "both skilled trades" : "all skilled trades"} on ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-none": (
    p: { from: number; code: string; noc: number; codes: readonly string[]; asOf: IsoDate },
    f,
  ) =>
    `NOC ${p.from} ${p.code} corresponds to ${counterparts(p, f)}, ${p.codes.length === 1 ? "not a skilled trade" : p.codes.length === 2 ? "neither of them a skilled trade" : "none of them a skilled trade"} on ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-some": (p: { from: number; code: string; noc: number; codes: readonly string[] }, f) =>
    `NOC ${p.from} ${p.code} corresponds to ${counterparts(p, f)}, ${p.codes.length === 2 ? "only one of them a skilled trade" : "only some of them skilled trades"}: give the NOC ${p.noc} code of the job.`,
  "fst.trades.uncertain.noc-2016-groups": () =>
    "The groups are from a secondary copy of the IRCC page (pcimmigration.com); the day this group definition began is not verified (it is used here from the start of Express Entry, 2015-01-01). Titles are NOC 2016 V1.3's.",
  "fst.trades.uncertain.major-group-93": () =>
    "UNSURE: several secondary summaries of the FST page omit Major Group 93; the IRPR s.87.2(1) text as quoted in public code and a scraped quotation of the IRCC page include it (excluding Sub-Major Group 932). It is included here.",
} satisfies TemplateSource;
