// English messages: settlement funds.

import { describedInEnglish as described } from "../../../core/described-in-english.js";
import type { InputValue } from "../../../core/input-issue.js";
import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, MessageLike, TemplateSource } from "../../../core/message.js";
import type { FederalFundsRequirement } from "./types.js";
import { PROGRAM, sentences } from "./words.js";

const family = (size: number): string => `${size} ${size === 1 ? "person" : "people"}`;
const fundsTable = (from: IsoDate, upperBound: boolean, f: MessageFormat): string =>
  upperBound
    ? `an upper bound for the tables in force since ${f.date(from)}, which are not known`
    : `the table in force from ${f.date(from)}`;
/** The amount, "at most" when it is an upper bound. */
const atMost = (amount: number, upperBound: boolean, f: MessageFormat): string =>
  `${upperBound ? "at most " : ""}${f.money(amount)}`;

export const funds = {
  // Settlement funds (settlement-funds.ts).
  "federal.funds.family-size-invalid": (p: { given: InputValue; maximum: number }) =>
    `A family size is a whole number from 1 to ${p.maximum}, got ${described(p.given)}.`,
  "federal.funds.no-table": (p: { asOf: IsoDate; reason: MessageLike }, f) =>
    `No settlement-funds table is known on ${f.date(p.asOf)}: ${f.message(p.reason)}`,
  "federal.funds.not-answered": (p: FederalFundsRequirement, f) =>
    `Settlement funds are not given; ${PROGRAM[p.program]} needs ${f.money(p.amount)}${p.familySizeGiven ? "" : " or more"} for a family of ${family(p.familySize)} (${fundsTable(p.from, p.upperBound, f)}), unless exempt.`,
  "federal.funds.family-size-not-answered": (
    p: { funds: number; amount: number; familySize: number; from: IsoDate; upperBound: boolean },
    f,
  ) =>
    `You have ${f.money(p.funds)}, enough for a family of ${family(p.familySize)} (${f.money(p.amount)}, ${fundsTable(p.from, p.upperBound, f)}), but your family size is not given and a larger family needs more.`,
  "federal.funds.met-any-family-size": (
    p: {
      program: FederalFundsRequirement["program"];
      funds: number;
      amount: number;
      familySize: number;
      from: IsoDate;
      upperBound: boolean;
    },
    f,
  ) =>
    `You have ${f.money(p.funds)}: enough whatever your family size, since ${PROGRAM[p.program]} asks at most ${f.money(p.amount)} (of a family of ${family(p.familySize)}, ${fundsTable(p.from, p.upperBound, f)}).`,
  "federal.funds.marital-status-not-answered": (
    p: {
      funds: number;
      amount: number;
      familySize: number;
      amountWithPartner: number;
      from: IsoDate;
      upperBound: boolean;
    },
    f,
  ) =>
    `You have ${f.money(p.funds)}, enough for a family of ${family(p.familySize)} (${f.money(p.amount)}, ${fundsTable(p.from, p.upperBound, f)}) but not for two (${f.money(p.amountWithPartner)}); your marital status is not given (maritalStatus), and a spouse or common-law partner counts in the family even when not coming.`,
  "federal.funds.met": (p: FederalFundsRequirement & { funds: number }, f) =>
    `You have ${f.money(p.funds)}; ${PROGRAM[p.program]} needs ${atMost(p.amount, p.upperBound, f)} for a family of ${family(p.familySize)}${p.familySizeGiven ? "" : " (the smallest family your answers allow)"} (${fundsTable(p.from, p.upperBound, f)}).`,
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
    `You have ${f.money(p.funds)}, less than ${f.money(p.amount)}, the amount for a family of ${family(p.familySize)} ${p.to === null ? "taken as an upper bound" : `from ${f.date(p.to)}, above what any earlier table asked`}; the table in force on ${f.date(p.asOf)} is not known, so your funds may have met it. ${p.uncertain === null ? "" : f.message(p.uncertain)}`.trim(),
  "federal.funds.not-met": (p: FederalFundsRequirement & { funds: number }, f) =>
    `You have ${f.money(p.funds)}; ${PROGRAM[p.program]} needs ${f.money(p.amount)} for a family of ${family(p.familySize)}${p.familySizeGiven ? "" : " (the smallest family your answers allow)"}, by ${fundsTable(p.from, p.upperBound, f)}.`,
  "federal.funds.exempt.met": (p: { parts: readonly MessageLike[] }, f) =>
    `${sentences(p.parts, f)} So no proof of funds is needed.`,
  "federal.funds.exempt.not-met": (p: { parts: readonly MessageLike[] }, f) =>
    `${sentences(p.parts, f)} The exemption needs both authorisation to work in Canada now and a valid job offer.`,
  "federal.funds.uncertain.before-2022-06-09": () =>
    "The tables in force before 2022-06-09 are not encoded (IRCC published a new one every year; e.g. the 2021 table began at $13,213 for one person, per maplenews.org). These are the 2022 amounts, which every earlier table stayed below: funds at or above them pass, funds below them are unknown.",
  "federal.funds.uncertain.start-2022-06-09": () =>
    "Start date from one secondary source (immigrationnewscanada.ca: 'came in effect on June 9, 2022'); others say only that profiles had to be updated by 2022-06-08 (announced 2022-05-11).",
  "federal.funds.uncertain.start-2024-05-28": () =>
    "Start date from secondary sources only (canadavisapoint.com, akcanada.com); no IRCC notice giving the day was found.",
} satisfies TemplateSource;
