// The ATP draws, their coverage and the yearly allocation as loaded from data/alberta/atp-draws.json.
// Internal: the public API is atp-draws.ts. Nothing runs at import time: the file is read on first use.

import drawsJson from "../../../data/alberta/atp-draws.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type CitationJson, citationFromJson } from "../../core/citation-json.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";

/**
 * One selection parameter of a draw, as the AAIP published it (`text`), with the value the library
 * checks. `kind` names the check.
 *
 * @example
 * ```ts
 * const p: AtpDrawParameter = { kind: "crs", minimum: 300, text: "CRS Score of 300 or higher" };
 * ```
 */
export type AtpDrawParameter =
  | { readonly kind: "work-permit-expiry"; readonly onOrAfter: IsoDate; readonly text: string }
  | { readonly kind: "language"; readonly minimumClb: number; readonly text: string }
  | { readonly kind: "express-entry-profile"; readonly text: string }
  | { readonly kind: "crs"; readonly minimum: number; readonly text: string }
  | { readonly kind: "profile-expiry"; readonly onOrAfter: IsoDate; readonly text: string }
  | { readonly kind: "work-experience"; readonly minimumMonths: number; readonly text: string }
  | { readonly kind: "full-time-offer"; readonly text: string }
  | { readonly kind: "atp-occupation"; readonly text: string }
  | { readonly kind: "atp-employer"; readonly text: string };

type ParameterJson =
  | { readonly kind: "work-permit-expiry" | "profile-expiry"; readonly onOrAfter: string; readonly text: string }
  | { readonly kind: "language"; readonly minimumClb: number; readonly text: string }
  | { readonly kind: "crs"; readonly minimum: number; readonly text: string }
  | { readonly kind: "work-experience"; readonly minimumMonths: number; readonly text: string }
  | {
      readonly kind: "express-entry-profile" | "full-time-offer" | "atp-occupation" | "atp-employer";
      readonly text: string;
    };

interface DrawsJson {
  readonly knownFrom: string;
  readonly knownThrough: string;
  readonly verified: string;
  readonly sources: Readonly<Record<string, CitationJson>>;
  readonly coverage: readonly { readonly from: string; readonly to: string; readonly source: string }[];
  readonly draws: readonly {
    readonly date: string;
    readonly minimumScore: number;
    readonly invitations: number;
    readonly source: string;
    readonly parameters: readonly ParameterJson[] | null;
  }[];
  readonly parametersNotPublished: string;
  readonly allocations: readonly {
    readonly year: number;
    readonly updated: string;
    readonly allocation: number;
    readonly issued: number;
    readonly remaining: number;
    readonly applicationsToProcess: number;
    readonly assessingReceivedOnOrBefore: string;
    readonly eoiPool: number;
    readonly source: string;
  }[];
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

/** A period whose ATP draws are all in the data, with the source that lists them. */
export interface CoveragePeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
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
  readonly draws: readonly DrawRecord[];
  /** Why a draw has no parameters. */
  readonly parametersNotPublished: string;
  readonly allocations: readonly AtpAllocation[];
  /** The official page's citation (the 2026 table). */
  readonly source: Citation;
}

let data: AtpDrawsData | undefined;

function parameterOf(p: ParameterJson): AtpDrawParameter {
  if (p.kind === "work-permit-expiry" || p.kind === "profile-expiry") {
    return Object.freeze({ kind: p.kind, onOrAfter: isoDate(p.onOrAfter), text: p.text }) as AtpDrawParameter;
  }
  return Object.freeze({ ...p }) as AtpDrawParameter;
}

const byDate = <T extends { readonly date: IsoDate }>(a: T, b: T): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : 0;

/** The ATP draws data, read on first use: draws oldest first, coverage oldest first. */
export function atpDrawsData(): AtpDrawsData {
  if (data !== undefined) return data;
  const json = drawsJson as unknown as DrawsJson;
  const sources = new Map(Object.entries(json.sources).map(([key, value]) => [key, citationFromJson(value)]));
  const source = (key: string): Citation => {
    const citation = sources.get(key);
    if (citation === undefined) throw new Error(`data/alberta/atp-draws.json: unknown source "${key}".`);
    return citation;
  };
  data = {
    knownFrom: isoDate(json.knownFrom),
    knownThrough: isoDate(json.knownThrough),
    verified: isoDate(json.verified),
    coverage: json.coverage
      .map((c) => ({ from: isoDate(c.from), to: isoDate(c.to), source: source(c.source) }))
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0)),
    draws: json.draws
      .map((d) => ({
        date: isoDate(d.date),
        minimumScore: d.minimumScore,
        invitations: d.invitations,
        parameters: d.parameters === null ? null : Object.freeze(d.parameters.map(parameterOf)),
        source: source(d.source),
      }))
      .sort(byDate),
    parametersNotPublished: json.parametersNotPublished,
    allocations: json.allocations.map((a) => ({
      year: a.year,
      updated: isoDate(a.updated),
      allocation: a.allocation,
      issued: a.issued,
      remaining: a.remaining,
      applicationsToProcess: a.applicationsToProcess,
      assessingReceivedOnOrBefore: isoDate(a.assessingReceivedOnOrBefore),
      eoiPool: a.eoiPool,
      source: source(a.source),
    })),
    source: source("official-2026"),
  };
  return data;
}
