// How the Accelerated Tech Pathway ran on a given day, as loaded from
// data/alberta/atp-pathway-history.json: which jobs count, from when the Express Entry profile must
// hold a NOC 2021 code, and the intake calendar. Internal: the public API is atp-intake.ts and the
// job rules. Nothing runs at import time: the file is read on first use.

import historyJson from "../../../data/alberta/atp-pathway-history.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type CitationJson, citationFromJson } from "../../core/citation-json.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";

interface HistoryJson {
  readonly qualifyingJob: {
    readonly launchEra: {
      readonly from: string;
      readonly knownThrough: string;
      readonly source: CitationJson;
      readonly lastKnownSource: CitationJson;
    };
    readonly offerEra: { readonly from: string; readonly source: CitationJson; readonly laterSource: CitationJson };
    readonly uncertain: { readonly from: string; readonly to: string; readonly reason: string };
  };
  readonly profileNoc2021: { readonly from: string; readonly source: CitationJson };
  readonly intake: {
    readonly periods: readonly {
      readonly id: AtpIntakePeriodId;
      readonly from: string;
      readonly to?: string;
      readonly source: CitationJson;
    }[];
    readonly acceptanceDates: readonly {
      readonly date: string;
      readonly held: boolean;
      readonly cancelledOn?: string;
    }[];
  };
}

/**
 * The ways into the pathway, in order: the launch-era web form, the 2024 monthly acceptance dates,
 * no intake (the remaining 2024 dates cancelled), the Worker Expression of Interest.
 *
 * @example
 * ```ts
 * const id: AtpIntakePeriodId = "worker-eoi";
 * ```
 */
export type AtpIntakePeriodId = "web-form" | "monthly-intake" | "no-intake" | "worker-eoi";

/** One period of the intake calendar (`to` excluded). */
export interface IntakePeriod {
  readonly id: AtpIntakePeriodId;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly source: Citation;
}

/** One announced monthly acceptance date of 2024, and the day it was cancelled, if it was. */
export interface AcceptanceDate {
  readonly date: IsoDate;
  readonly held: boolean;
  readonly cancelledOn?: IsoDate;
}

/** The loaded file. */
export interface PathwayHistory {
  readonly qualifyingJob: {
    readonly launchFrom: IsoDate;
    /** The last day the launch-era wording (current employment or an offer) is known to hold. */
    readonly launchKnownThrough: IsoDate;
    readonly launchSource: Citation;
    readonly lastKnownSource: Citation;
    /** The first day the offer-only wording is known. */
    readonly offerFrom: IsoDate;
    readonly offerSource: Citation;
    readonly laterSource: Citation;
    /** The days in between (`to` excluded), and why they are uncertain. */
    readonly uncertain: { readonly from: IsoDate; readonly to: IsoDate; readonly reason: string };
  };
  readonly profileNoc2021: { readonly from: IsoDate; readonly source: Citation };
  readonly intake: {
    readonly periods: readonly IntakePeriod[];
    readonly acceptanceDates: readonly AcceptanceDate[];
  };
}

let loaded: PathwayHistory | undefined;

/** The pathway's dated history, read on first use. */
export function pathwayHistory(): PathwayHistory {
  if (loaded !== undefined) return loaded;
  const json = historyJson as unknown as HistoryJson;
  const job = json.qualifyingJob;
  loaded = {
    qualifyingJob: {
      launchFrom: isoDate(job.launchEra.from),
      launchKnownThrough: isoDate(job.launchEra.knownThrough),
      launchSource: citationFromJson(job.launchEra.source),
      lastKnownSource: citationFromJson(job.launchEra.lastKnownSource),
      offerFrom: isoDate(job.offerEra.from),
      offerSource: citationFromJson(job.offerEra.source),
      laterSource: citationFromJson(job.offerEra.laterSource),
      uncertain: {
        from: isoDate(job.uncertain.from),
        to: isoDate(job.uncertain.to),
        reason: job.uncertain.reason,
      },
    },
    profileNoc2021: {
      from: isoDate(json.profileNoc2021.from),
      source: citationFromJson(json.profileNoc2021.source),
    },
    intake: {
      periods: json.intake.periods.map((p) => ({
        id: p.id,
        from: isoDate(p.from),
        ...(p.to === undefined ? {} : { to: isoDate(p.to) }),
        source: citationFromJson(p.source),
      })),
      acceptanceDates: json.intake.acceptanceDates.map((a) => ({
        date: isoDate(a.date),
        held: a.held,
        ...(a.cancelledOn === undefined ? {} : { cancelledOn: isoDate(a.cancelledOn) }),
      })),
    },
  };
  return loaded;
}

/**
 * Which jobs count on `asOf`: a current job or an offer (launch era), only an offer (from the first
 * dated offer-only wording), or not known (the days between).
 */
export function qualifyingJobRuleOn(asOf: IsoDate): "employment-or-offer" | "uncertain" | "offer-only" {
  const { uncertain, offerFrom } = pathwayHistory().qualifyingJob;
  if (asOf >= offerFrom) return "offer-only";
  if (asOf >= uncertain.from) return "uncertain";
  return "employment-or-offer";
}
