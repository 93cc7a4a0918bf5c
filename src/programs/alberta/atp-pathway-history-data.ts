// How the Accelerated Tech Pathway ran on a given day, as loaded from
// data/alberta/atp-pathway-history.json (three dated tables under `series`, read by the one
// loader): which jobs count, from when the Express Entry profile must hold a NOC 2021 code, and
// the intake calendar. Internal: the public API is atp-intake.ts and the job rules. Nothing runs
// at import time: the file is read on first use.

import historyJson from "../../../data/alberta/atp-pathway-history.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type DatedVersion, loadDated, type UncertainPeriod } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import { nocCodeFacts } from "../../noc/codes.js";

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

/** One announced monthly acceptance date of 2024, and the day it was cancelled, if it was. */
export interface AcceptanceDate {
  readonly date: IsoDate;
  readonly held: boolean;
  readonly cancelledOn?: IsoDate;
}

/** An intake version's `value`: its period, and for the monthly intake the announced dates. */
interface IntakeValue {
  readonly id: AtpIntakePeriodId;
  /** The day of the AAIP update that announced the period (the Worker EOI: 2024-09-23). */
  readonly announcedOn?: IsoDate;
  readonly acceptanceDates?: readonly AcceptanceDate[];
}

/** The loaded file. */
export interface PathwayHistory {
  readonly qualifyingJob: {
    /** The last day the launch-era wording (current employment or an offer) is known to hold. */
    readonly launchKnownThrough: IsoDate;
    readonly launchSource: Citation;
    /** The first day the offer-only wording is known. */
    readonly offerFrom: IsoDate;
    readonly offerSource: Citation;
    /** The days in between (`to` excluded), and why they are uncertain. */
    readonly uncertain: UncertainPeriod;
  };
  readonly profileNoc2021: { readonly from: IsoDate; readonly source: Citation };
  readonly intake: {
    /** The periods of the intake calendar, oldest first (`to` excluded). */
    readonly periods: readonly DatedVersion<IntakeValue>[];
    readonly acceptanceDates: readonly AcceptanceDate[];
  };
}

let loaded: PathwayHistory | undefined;

/** The pathway's dated history, read on first use. */
export function pathwayHistory(): PathwayHistory {
  if (loaded !== undefined) return loaded;
  const { qualifyingJob, profileNoc2021, intake } = historyJson.series;
  // The file's shape is checked by the test suite (checkDated), not here.
  const [launch, offer] = loadDated(qualifyingJob, (value) => value as { readonly knownThrough: IsoDate }).versions as [
    DatedVersion<{ readonly knownThrough: IsoDate }>,
    DatedVersion<unknown>,
  ];
  const periods = loadDated(intake, (value) => value as IntakeValue).versions;
  loaded = {
    qualifyingJob: {
      launchKnownThrough: launch.value.knownThrough,
      launchSource: launch.source,
      offerFrom: offer.from,
      offerSource: offer.source,
      uncertain: (launch.uncertain as readonly UncertainPeriod[])[0] as UncertainPeriod,
    },
    profileNoc2021: loadDated(profileNoc2021, () => 0).versions[0] as DatedVersion<number>,
    intake: { periods, acceptanceDates: periods.flatMap((p) => p.value.acceptanceDates ?? []) },
  };
  return loaded;
}

/**
 * Whether an Express Entry profile holding `code` on `day` must be updated: a NOC 2016 code on or
 * after the day profiles had to hold NOC 2021 codes (AAIP update of 2022-11-16). Internal.
 */
export function profileNeedsNoc2021(code: string | undefined, day: IsoDate): boolean {
  return code !== undefined && day >= pathwayHistory().profileNoc2021.from && nocCodeFacts(code)?.version === 2016;
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
