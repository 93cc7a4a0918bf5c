// French messages: the Federal Skilled Trades Program and its trades.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageFormat, Templates } from "../../../core/message.js";
import { HOURS_PER_YEAR } from "../../../experience/constants.js";
import { FST_EXPERIENCE_WINDOW_YEARS, FST_EXPERIENCE_YEARS } from "../../../programs/federal/requirements.js";
import type { fst as english } from "../../en/federal/fst.js";
import type { FederalTradeGroupRef, FederalTradeGroupsText } from "../../en/federal/types.js";
import { nomProvince } from "../provinces.js";
import { comptent, heures, notes } from "./words.js";

const exigenceExperiencePtmsf = (asOf: IsoDate, f: MessageFormat): string =>
  `Le PTMSF exige ${heures(FST_EXPERIENCE_YEARS * HOURS_PER_YEAR, f)} (deux ans à temps plein, ou l’équivalent à temps partiel) dans un même métier spécialisé au cours des ${FST_EXPERIENCE_WINDOW_YEARS} ans précédant le ${f.date(asOf)}`;

const offreOuCertificat = (trade: string): string =>
  `Le PTMSF exige une offre d’emploi à temps plein d’au moins un an, ou un certificat de compétence canadien, dans le métier de l’expérience (CNP ${trade}).`;

/** The levels of the classification, singular and plural, by NOC version (StatCan's French terms). */
const NIVEAUX_2016 = {
  major: ["grand groupe", "grands groupes"],
  "sub-major": ["sous-grand groupe", "sous-grands groupes"],
  minor: ["groupe intermédiaire", "groupes intermédiaires"],
  unit: ["groupe de base", "groupes de base"],
} as const;
const NIVEAUX: Readonly<Record<number, Record<FederalTradeGroupRef["level"], readonly [string, string]>>> = {
  2016: NIVEAUX_2016,
  2021: { ...NIVEAUX_2016, minor: ["sous-groupe", "sous-groupes"] },
};

/** A level of the NOC in StatCan's French words, by version (`sous-groupe` in 2021, `groupe intermédiaire` in 2016). */
export const niveauCnp = (level: FederalTradeGroupRef["level"], noc: number, plural: boolean): string =>
  (NIVEAUX[noc] ?? NIVEAUX_2016)[level][plural ? 1 : 0];

/** A group of the classification, after an article: every level's name is masculine (`du`, `le`). */
const groupe = (g: FederalTradeGroupRef): string =>
  `${niveauCnp(g.level, g.noc, false)} ${g.code} de la CNP ${g.noc} (${g.title})`;

function groupes(versions: readonly FederalTradeGroupsText[], f: MessageFormat): string {
  return versions
    .map((v) => {
      const levels = v.levels.map(
        (l) =>
          `${niveauCnp(l.level, v.noc, l.codes.length > 1)} ${l.codes
            .map((c) => (c.except.length === 0 ? c.code : `${c.code} sauf ${c.except.join(", ")}`))
            .join(", ")}`,
      );
      return `CNP ${v.noc} : ${levels.join(", ")}${v.to === null ? "" : ` avant le ${f.date(v.to)}`}`;
    })
    .join(" ; ");
}

const code = (p: { code: string; title: string | null }): string =>
  p.title === null ? p.code : `${p.code} (${p.title})`;

/** « à la CNP 2016 1111 » ou « aux codes 1111 et 1114 de la CNP 2016 ». */
const equivalents = (p: { noc: number; codes: readonly string[] }, f: MessageFormat): string =>
  p.codes.length === 1 ? `à la CNP ${p.noc} ${p.codes[0]}` : `aux codes ${f.list(p.codes)} de la CNP ${p.noc}`;

export const fst: Templates<typeof english> = {
  "fst.pass": () =>
    "Toutes les exigences du Programme des travailleurs de métiers spécialisés (fédéral) sont remplies.",
  "fst.no-trade": () =>
    "Aucun métier n’est sélectionné : cette règle est évaluée pour chaque métier des antécédents de travail par fst.trade.",
  "fst.experience.undecided": (p, f) =>
    `${heures(p.hours, f)} dans la CNP ${p.noc} ${comptent(p.hours)} assurément, jusqu’à ${heures(p.possibleHours, f)} selon les réponses à ${p.missing.join(", ")}.${notes(p.notes, f)} ${exigenceExperiencePtmsf(p.asOf, f)}.`,
  "fst.experience.met": (p, f) =>
    `${heures(p.hours, f)} dans la CNP ${p.noc} ; ${exigenceExperiencePtmsf(p.asOf, f).replace(/^L/, "l")}.${notes(p.notes, f)}`,
  "fst.experience.not-met": (p, f) =>
    `${heures(p.hours, f)} dans la CNP ${p.noc} ; ${exigenceExperiencePtmsf(p.asOf, f).replace(/^L/, "l")}.${notes(p.notes, f)}`,
  "fst.in-trade": (p) =>
    `${p.what === "job-offer" ? "L’offre d’emploi est" : "Le certificat de compétence est"} dans le métier de l’expérience de travail (CNP ${p.trade}).`,
  "fst.not-in-trade": (p) =>
    `${p.what === "job-offer" ? "L’offre d’emploi vise" : "Le certificat de compétence vise"} la CNP ${p.noc} ; le PTMSF l’exige dans le métier des deux années d’expérience, la CNP ${p.trade}.`,
  "fst.offer-or-certificate.needed": (p, f) => `${f.message(p.reason)} ${offreOuCertificat(p.trade)}`,
  "fst.certificate.not-answered": () =>
    "Vous n’avez pas indiqué si vous détenez un certificat de compétence canadien (certificateOfQualification).",
  "fst.certificate.none": (p) =>
    `Vous ne détenez aucun certificat de compétence canadien. ${offreOuCertificat(p.trade)}`,
  "fst.certificate.after-as-of": (p, f) =>
    `Le certificat de compétence est délivré le ${f.date(p.issuedOn)}, après le ${f.date(p.asOf)}. ${offreOuCertificat(p.trade)}`,
  "fst.certificate.met": (p, f) =>
    `Certificat de compétence dans la CNP ${p.noc} délivré par ${nomProvince(p.province)} le ${f.date(p.issuedOn)}. ${f.message(p.inTrade)}`,
  "fst.trade.case": (p) => `Métier CNP ${p.noc}`,
  "fst.trade.work-history-not-answered": () => "Les antécédents de travail ne sont pas indiqués (workHistory).",
  "fst.trade.no-offer-or-certificate": () =>
    "Les antécédents de travail ne sont pas indiqués, mais sans offre d’emploi ni certificat de compétence dans un métier spécialisé, aucun antécédent de travail ne pourrait satisfaire à cette exigence.",
  "fst.trade.none": (p, f) =>
    `Aucun emploi des antécédents de travail n’est dans un métier spécialisé (${groupes(p.groups, f)}) ; le PTMSF exige deux ans dans l’un d’eux.`,
  "fst.trades.no-list": (p, f) =>
    `Aucune liste de métiers du PTMSF n’est connue pour le ${f.date(p.asOf)} : ${f.message(p.reason)}`,
  "fst.trades.unknown-code": (p) =>
    `La CNP ${p.noc} n’est pas un groupe de base de la CNP 2016 ou de la CNP 2021 que la bibliothèque connaît.`,
  "fst.trades.not-a-trade": (p) => `La CNP ${p.noc} ${code(p)} ne fait partie d’aucun groupe de métiers du PTMSF.`,
  "fst.trades.excluded": (p) => `La CNP ${p.noc} ${code(p)} fait partie du ${groupe(p.group)}, que le PTMSF exclut.`,
  "fst.trades.trade": (p, f) =>
    `La CNP ${p.noc} ${code(p)} est un métier spécialisé : le ${groupe(p.group)}.${
      p.uncertain === null ? "" : ` (${f.message(p.uncertain)})`
    }`,
  "fst.trades.no-counterpart": (p, f) =>
    `La CNP ${p.code} n’a pas d’équivalent dans la CNP ${p.noc}, la version en vigueur le ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-all": (p, f) =>
    `La CNP ${p.from} ${p.code} correspond ${equivalents(p, f)}, ${p.codes.length === 1 ? "un métier spécialisé" : "tous des métiers spécialisés"} le ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-none": (p, f) =>
    `La CNP ${p.from} ${p.code} correspond ${equivalents(p, f)}, ${p.codes.length === 1 ? "qui n’est pas un métier spécialisé" : "dont aucun n’est un métier spécialisé"} le ${f.date(p.asOf)}.`,
  "fst.trades.counterparts-some": (p, f) =>
    `La CNP ${p.from} ${p.code} correspond ${equivalents(p, f)}, ${p.codes.length === 2 ? "dont un seul est un métier spécialisé" : "dont certains seulement sont des métiers spécialisés"} : indiquez le code de la CNP ${p.noc} de l’emploi.`,
  "fst.trades.uncertain.noc-2016-groups": () =>
    "Les groupes proviennent d’une copie secondaire de la page d’IRCC (pcimmigration.com) ; la date de début de cette définition des groupes n’est pas vérifiée (elle est appliquée ici depuis le début d’Entrée express, le 2015-01-01). Les titres sont ceux de la CNP 2016 V1.3.",
  "fst.trades.uncertain.major-group-93": () =>
    "INCERTAIN : plusieurs résumés secondaires de la page du PTMSF omettent le grand groupe 93 ; le texte de l’article 87.2(1) du RIPR tel que cité dans du code public et une citation extraite de la page d’IRCC l’incluent (à l’exclusion du sous-grand groupe 932). Il est inclus ici.",
};
