// English messages: the Express Entry programs together, job offers and work authorisation as the federal programs read them.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageLike, TemplateSource } from "../../../core/message.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../../experience/constants.js";
import { plural } from "../plural.js";
import { sentences } from "./words.js";

export const general = {
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
    `The offer's hours a week are not given (jobOffer.hoursPerWeek); it must be full-time, ${FULL_TIME_HOURS_PER_WEEK} hours a week or more.`,
  "federal.job-offer.part-time": (p: { hoursPerWeek: number }) =>
    `The offer is for ${plural(p.hoursPerWeek, "hour")} a week; it must be full-time, ${FULL_TIME_HOURS_PER_WEEK} hours a week or more.`,
  "federal.job-offer.too-short": (p: { months: number }) =>
    `The offer is for ${plural(p.months, "month")}; it must be for at least one year.`,
  "federal.job-offer.too-short-unless-permanent": (p: { months: number }) =>
    `The offer is for ${p.months} months, under the year it must run, unless it is permanent, which is not given (jobOffer.permanent).`,
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
    seasonalAnswered: boolean;
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
    }.${p.seasonalAnswered ? "" : " (Taken to be non-seasonal: whether it is seasonal is not answered, jobOffer.seasonal.)"}`,
  "federal.job-offer.seasonal": () => "The offer is for seasonal work; arranged employment must be non-seasonal.",
  "federal.job-offer.engagement-not-answered": () =>
    "Whether the offer is to work as an employee or as an independent contractor is not given (jobOffer.engagement); an independent contractor's offer is not arranged employment.",
  "federal.job-offer.independent-contractor": () =>
    "The offer is to work as an independent contractor, which is self-employment for IRCC, not arranged employment.",
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
  "federal.work-authorization.no-permit-job-not-answered": () =>
    "You hold no work permit; whether a current job in Canada is authorised is not answered.",
  "federal.work-authorization.no-permit": () => "You hold no work permit, and no current job in Canada is authorised.",
  "federal.work-authorization.not-answered": () =>
    "Whether you are authorised to work in Canada is not answered (status.workPermitValidUntil).",
} satisfies TemplateSource;
