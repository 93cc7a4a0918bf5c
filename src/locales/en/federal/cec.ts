// English messages: the Canadian Experience Class.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, TemplateSource } from "../../../core/message.js";
import { HOURS_PER_YEAR } from "../../../experience/constants.js";
import * as requirements from "../../../programs/federal/requirements.js";
import type { CecWork } from "./types.js";
import { hours, TIERS } from "./words.js";

function cecWhat(work: CecWork, noc: 2016 | 2021, asOf: IsoDate, f: MessageFormat): string {
  return work === "skilled"
    ? `skilled (${noc === 2016 ? "NOC 2016 0, A or B" : "TEER 0, 1, 2 or 3"}) work in Canada, authorised, as an employee and not while a full-time student, in the ${requirements.CEC_EXPERIENCE_WINDOW_YEARS} years before ${f.date(asOf)}`
    : `${TIERS[noc].low} work in Canada in the ${requirements.CEC_EXPERIENCE_WINDOW_YEARS} years before ${f.date(asOf)}`;
}

function cecNeeds(work: CecWork, noc: 2016 | 2021, f: MessageFormat): string {
  return work === "skilled"
    ? `CEC needs ${hours(HOURS_PER_YEAR, f)} hours (12 months full-time or the equivalent part-time)`
    : `CLB/NCLC ${requirements.CEC_LANGUAGE_MINIMUM_LOW} is enough only when the year of qualifying work is ${TIERS[noc].low} work (${TIERS[noc].high} work needs CLB/NCLC ${requirements.CEC_LANGUAGE_MINIMUM_HIGH})`;
}

export const cec = {
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
    `${hours(p.hours, f)} hours of ${cecWhat(p.work, p.noc, p.asOf, f)} certainly count, up to ${hours(p.possibleHours, f)} hours depending on the answers to ${p.missing.join(", ")}; ${cecNeeds(p.work, p.noc, f)}.`,
  "cec.experience.met": (p: { work: CecWork; noc: 2016 | 2021; asOf: IsoDate; hours: number }, f) =>
    `${hours(p.hours, f)} hours of ${cecWhat(p.work, p.noc, p.asOf, f)}; ${cecNeeds(p.work, p.noc, f)}.`,
  "cec.experience.not-met": (
    p: { work: CecWork; noc: 2016 | 2021; asOf: IsoDate; hours: number; possibleHours: number | null },
    f,
  ) =>
    `${hours(p.hours, f)} hours of ${cecWhat(p.work, p.noc, p.asOf, f)}${
      p.possibleHours === null
        ? ""
        : ` (at most ${hours(p.possibleHours, f)} hours even if every open question about the jobs were answered favourably)`
    }; ${cecNeeds(p.work, p.noc, f)}.`,
} satisfies TemplateSource;
