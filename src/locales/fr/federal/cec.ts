// French messages: the Canadian Experience Class.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, Templates } from "../../../core/message.js";
import { HOURS_PER_YEAR } from "../../../experience/constants.js";
import * as requirements from "../../../programs/federal/requirements.js";
import type { cec as english } from "../../en/federal/cec.js";
import type { CecWork } from "../../en/federal/types.js";
import { comptent, heures, TIERS } from "./words.js";

function travailCec(work: CecWork, noc: 2016 | 2021, asOf: IsoDate, f: MessageFormat): string {
  return work === "skilled"
    ? `travail qualifié (${noc === 2016 ? "CNP 2016 0, A ou B" : "FÉER 0, 1, 2 ou 3"}) au Canada, autorisé, comme salarié et non pendant des études à temps plein, au cours des ${requirements.CEC_EXPERIENCE_WINDOW_YEARS} ans précédant le ${f.date(asOf)}`
    : `travail ${TIERS[noc].low} au Canada au cours des ${requirements.CEC_EXPERIENCE_WINDOW_YEARS} ans précédant le ${f.date(asOf)}`;
}

function exigenceCec(work: CecWork, noc: 2016 | 2021, f: MessageFormat): string {
  return work === "skilled"
    ? `la CEC exige ${heures(HOURS_PER_YEAR, f)} (12 mois à temps plein ou l’équivalent à temps partiel)`
    : `le NCLC ${requirements.CEC_LANGUAGE_MINIMUM_LOW} suffit seulement si l’année de travail admissible est du travail ${TIERS[noc].low} (le travail ${TIERS[noc].high} exige le NCLC ${requirements.CEC_LANGUAGE_MINIMUM_HIGH})`;
}

export const cec: Templates<typeof english> = {
  "cec.pass": () => "Toutes les exigences de la Catégorie de l’expérience canadienne sont remplies.",
  "cec.experience.not-answered": (p, f) =>
    `Les antécédents de travail ne sont pas indiqués ; ${exigenceCec(p.work, p.noc, f)}.`,
  "cec.experience.undecided": (p, f) =>
    `${heures(p.hours, f)} de ${travailCec(p.work, p.noc, p.asOf, f)} ${comptent(p.hours)} assurément, jusqu’à ${heures(p.possibleHours, f)} selon les réponses à ${p.missing.join(", ")} ; ${exigenceCec(p.work, p.noc, f)}.`,
  "cec.experience.met": (p, f) =>
    `${heures(p.hours, f)} de ${travailCec(p.work, p.noc, p.asOf, f)} ; ${exigenceCec(p.work, p.noc, f)}.`,
  "cec.experience.not-met": (p, f) =>
    `${heures(p.hours, f)} de ${travailCec(p.work, p.noc, p.asOf, f)}${
      p.possibleHours === null
        ? ""
        : ` (au plus ${heures(p.possibleHours, f)} même si toutes les questions en suspens sur les emplois recevaient une réponse favorable)`
    } ; ${exigenceCec(p.work, p.noc, f)}.`,
};
