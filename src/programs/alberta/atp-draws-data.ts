// The ATP draws, the periods they cover and the yearly allocation as loaded from
// data/alberta/atp-draws.json. Internal: the public API is atp-draws.ts. Nothing runs at import
// time: the file is read on first use.

import drawsJson from "../../../data/alberta/atp-draws.json" with { type: "json" };
import { addDays } from "../../core/calendar.js";
import type { Citation } from "../../core/citation.js";
import { type DatedVersion, loadDated } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";

/** A selection parameter as written in the data file: the AAIP's words (`text`) and the value checked. */
type ParameterJson =
  | { readonly kind: "work-permit-expiry"; readonly onOrAfter: IsoDate; readonly text: string }
  | { readonly kind: "language"; readonly minimumClb: number; readonly text: string }
  | { readonly kind: "express-entry-profile"; readonly text: string }
  | { readonly kind: "crs"; readonly minimum: number; readonly text: string }
  | { readonly kind: "profile-expiry"; readonly onOrAfter: IsoDate; readonly text: string }
  | { readonly kind: "work-experience"; readonly minimumMonths: number; readonly text: string }
  | { readonly kind: "full-time-offer"; readonly text: string }
  | { readonly kind: "atp-occupation"; readonly text: string }
  | { readonly kind: "atp-employer"; readonly text: string };

/**
 * One selection parameter of a draw, as the AAIP published it (`text`, in English: the AAIP's
 * words), with the value the library checks and the parameter as a message (`message`, id
 * `draw.parameter.<kind>`, its value as parameter) to show it in a locale. `kind` names the check.
 *
 * @example
 * ```ts
 * const p: AtpDrawParameter = {
 *   kind: "crs", minimum: 300, text: "CRS Score of 300 or higher",
 *   message: message("draw.parameter.crs", { minimum: 300 }),
 * };
 * ```
 */
export type AtpDrawParameter = ParameterJson & { readonly message: Message };

/** The message of a parameter: its kind and its value. */
function parameterMessage(p: ParameterJson): Message {
  switch (p.kind) {
    case "work-permit-expiry":
      return message("draw.parameter.work-permit-expiry", { onOrAfter: p.onOrAfter });
    case "language":
      return message("draw.parameter.language", { minimumClb: p.minimumClb });
    case "express-entry-profile":
      return message("draw.parameter.express-entry-profile", {});
    case "crs":
      return message("draw.parameter.crs", { minimum: p.minimum });
    case "profile-expiry":
      return message("draw.parameter.profile-expiry", { onOrAfter: p.onOrAfter });
    case "work-experience":
      return message("draw.parameter.work-experience", { minimumMonths: p.minimumMonths });
    case "full-time-offer":
      return message("draw.parameter.full-time-offer", {});
    case "atp-occupation":
      return message("draw.parameter.atp-occupation", {});
    case "atp-employer":
      return message("draw.parameter.atp-employer", {});
  }
}

/** A version's `value` as written in the data file: the period's draws and allocation figures. */
interface PeriodJson {
  readonly draws: readonly {
    readonly date: IsoDate;
    readonly minimumScore: number;
    readonly invitations: number;
    readonly parameters: readonly ParameterJson[] | null;
  }[];
  readonly allocation?: Omit<AtpAllocation, "source">;
}

/** An ATP draw as stored. */
export interface DrawRecord {
  readonly date: IsoDate;
  readonly minimumScore: number;
  readonly invitations: number;
  /** The published selection parameters; `null` when the AAIP did not publish them. */
  readonly parameters: readonly AtpDrawParameter[] | null;
  readonly source: Citation;
}

/**
 * A period whose ATP draws are all in the data (`to` excluded; every period of the file has one),
 * with the source that lists them.
 */
export interface CoveragePeriod {
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly source: Citation;
}

/**
 * The AAIP's Accelerated Tech Pathway figures for a year, as its processing-information page gave
 * them on the day it was last updated (`updated`): the nomination allocation, the nominations
 * issued and left, the applications to process, and the ATP expressions of interest in the pool.
 *
 * @example
 * ```ts
 * const a: AtpAllocation = atpAllocations()[0]!;
 * // { year: 2026, updated: "2026-06-16", allocation: 600, issued: 292, remaining: 308, eoiPool: 2245, ... }
 * ```
 */
export interface AtpAllocation {
  readonly year: number;
  /** The day the page was last updated. */
  readonly updated: IsoDate;
  /** Nominations allocated to the pathway for the year. */
  readonly allocation: number;
  readonly issued: number;
  readonly remaining: number;
  /** Applications waiting to be processed. */
  readonly applicationsToProcess: number;
  /** The AAIP was assessing applications received on or before this day. */
  readonly assessingReceivedOnOrBefore: IsoDate;
  /** Worker expressions of interest for the pathway in the selection pool. */
  readonly eoiPool: number;
  readonly source: Citation;
}

/** The draws data. */
export interface AtpDrawsData {
  readonly knownFrom: IsoDate;
  readonly knownThrough: IsoDate;
  readonly verified: IsoDate;
  /** The periods whose draws are all in the data, oldest first. */
  readonly coverage: readonly CoveragePeriod[];
  /**
   * The days within `coverage` whose draws are in the data from a source that may not list them
   * all (a version's uncertain periods; `to` excluded), oldest first.
   */
  readonly incomplete: readonly { readonly from: IsoDate; readonly to: IsoDate }[];
  readonly draws: readonly DrawRecord[];
  readonly allocations: readonly AtpAllocation[];
  /** The official page's citation (the 2026 table). */
  readonly source: Citation;
}

let data: AtpDrawsData | undefined;

/**
 * The ATP draws data, read on first use: the versions of the file are the periods whose draws are
 * all in the data (checked in order by the test suite), each holding its draws, oldest first, and
 * the allocation figures of its last day.
 */
export function atpDrawsData(): AtpDrawsData {
  if (data !== undefined) return data;
  const { verified, versions } = loadDated(drawsJson, (value) => value as PeriodJson);
  const last = versions[versions.length - 1] as DatedVersion<PeriodJson>;
  data = {
    knownFrom: (versions[0] as DatedVersion<PeriodJson>).from,
    knownThrough: addDays(last.to as IsoDate, -1),
    verified,
    coverage: versions,
    incomplete: versions.flatMap((v) =>
      // An open-ended period ends with the data (`knownThrough`, the last version's `to` less a day).
      (v.uncertain ?? []).map((u) => ({ from: u.from, to: u.to ?? v.to ?? (last.to as IsoDate) })),
    ),
    draws: versions.flatMap(({ value, source }) =>
      value.draws.map((d) => ({
        ...d,
        parameters:
          d.parameters && Object.freeze(d.parameters.map((p) => Object.freeze({ ...p, message: parameterMessage(p) }))),
        source,
      })),
    ),
    allocations: versions.flatMap(({ value, source }) =>
      value.allocation === undefined ? [] : [{ ...value.allocation, source }],
    ),
    // The official page (the 2026 table): the one source not read from a third-party copy.
    source: (versions.find((v) => v.source.secondary !== true) as DatedVersion<PeriodJson>).source,
  };
  return data;
}
