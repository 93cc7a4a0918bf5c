// The skilled trades of the Federal Skilled Trades Program, by date: NOC groups from
// data/ircc/fst-trade-groups.json, matched against the NOC catalogue by code prefix.

import tradesJson from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import { readAsOf } from "../../core/as-of.js";
import type { Citation } from "../../core/citation.js";
import { type DatedVersion, datedVersions } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Verdict } from "../../core/verdict.js";
import { type Versioned, valueAsOf } from "../../core/versioned.js";
import type { NocEntry, NocVersion } from "../../noc/catalogue.js";
import { loadNocCatalogue } from "../../noc/catalogue-data.js";
import { type NocCodeFacts, nocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../noc/codes.js";
import { nocLabel } from "../../noc/labels.js";

/**
 * One NOC group of the FST skilled-trade definition: a major group (2 digits), a NOC 2021
 * sub-major group (3 digits), a minor group (4 digits in NOC 2021, 3 in NOC 2016) or a unit group.
 * `uncertain` says why its inclusion is not certain, when it is not.
 *
 * @example
 * ```ts
 * const chefs: FstTradeGroup = { level: "unit", code: "62200", title: "Chefs" };
 * ```
 */
export interface FstTradeGroup {
  readonly level: "major" | "sub-major" | "minor" | "unit";
  readonly code: string;
  readonly title: string;
  readonly uncertain?: string;
}

/**
 * The FST skilled-trade definition in one NOC version: the groups included and those excluded
 * from them.
 *
 * @example
 * ```ts
 * const found = valueAsOf(FST_TRADE_GROUPS, isoDate("2026-01-15"));
 * if (found.ok) console.log(found.value.include.map((g) => g.code)); // ["72", "73", "82", "83", "92", "93", "6320", "62200"]
 * ```
 */
export interface FstTradeGroups {
  readonly noc: NocVersion;
  readonly include: readonly FstTradeGroup[];
  readonly exclude: readonly FstTradeGroup[];
  /** Why this version is not certain, when it is not. */
  readonly uncertain?: string;
}

interface RawGroup {
  readonly level: string;
  readonly code: string;
  readonly title: string;
  readonly uncertain?: string;
}

interface RawGroups {
  readonly noc: number;
  readonly include: readonly RawGroup[];
  readonly exclude: readonly RawGroup[];
}

function group(raw: RawGroup): FstTradeGroup {
  return Object.freeze({
    level: raw.level as FstTradeGroup["level"],
    code: raw.code,
    title: raw.title,
    ...(raw.uncertain === undefined ? {} : { uncertain: raw.uncertain }),
  });
}

function readGroups(value: unknown, version: Omit<DatedVersion<unknown>, "value">): FstTradeGroups {
  const raw = value as RawGroups;
  const uncertain = version.uncertain?.map((p) => p.reason).join(" ");
  return Object.freeze({
    noc: raw.noc as NocVersion,
    include: Object.freeze(raw.include.map(group)),
    exclude: Object.freeze(raw.exclude.map(group)),
    ...(uncertain === undefined ? {} : { uncertain }),
  });
}

/**
 * The FST skilled-trade definitions by date (data/ircc/fst-trade-groups.json): NOC 2016 Major
 * Groups 72, 73, 82, 92 and Minor Groups 632, 633 before 2022-11-16; from then NOC 2021 Major
 * Groups 72 (excluding Sub-Major Group 726), 73, 82, 83, 92, 93 (excluding Sub-Major Group 932),
 * Minor Group 6320 and Unit Group 62200 (IRPR s.87.2(1)). Major Group 93 is marked uncertain:
 * some secondary summaries omit it; the Regulations as quoted include it, and so does the library.
 *
 * @example
 * ```ts
 * import { FST_TRADE_GROUPS, isoDate, valueAsOf } from "alberta-atp";
 * valueAsOf(FST_TRADE_GROUPS, isoDate("2022-11-15")).ok; // true: the NOC 2016 groups
 * ```
 */
export const FST_TRADE_GROUPS: Versioned<FstTradeGroups> = /* @__PURE__ */ datedVersions(tradesJson, readGroups);

const LEVEL_NAMES = { major: "Major Group", "sub-major": "Sub-Major Group", minor: "Minor Group", unit: "Unit Group" };

/**
 * Every version's trade groups in words, newest first, each code followed by the groups excluded
 * from it ("NOC 2021 Major Groups 72 except 726, 73, ...; NOC 2016 Major Groups 72, ... before
 * 2022-11-16"), for the reasons that name the definition. Internal.
 */
export function describeFstTradeGroups(): string {
  // Built once: the reason names it on every assessment whose work history has no trade.
  described ??= tradeGroupsInWords();
  return described;
}

function tradeGroupsInWords(): string {
  return [...FST_TRADE_GROUPS]
    .reverse()
    .map(({ value, to }) => {
      const levels: string[] = [];
      for (const level of ["major", "sub-major", "minor", "unit"] as const) {
        const codes = value.include
          .filter((g) => g.level === level)
          .map((g) => {
            const except = value.exclude.filter((x) => x.code.startsWith(g.code)).map((x) => x.code);
            return except.length === 0 ? g.code : `${g.code} except ${except.join(", ")}`;
          });
        if (codes.length > 0) levels.push(`${LEVEL_NAMES[level]}${codes.length > 1 ? "s" : ""} ${codes.join(", ")}`);
      }
      return `NOC ${value.noc} ${levels.join(", ")}${to === undefined ? "" : ` before ${to}`}`;
    })
    .join("; ");
}

let described: string | undefined;

function matches(entry: NocCodeFacts, g: FstTradeGroup): boolean {
  return entry.code.startsWith(g.code);
}

function describeGroup(g: FstTradeGroup, version: NocVersion): string {
  return `NOC ${version} ${LEVEL_NAMES[g.level]} ${g.code} (${g.title})`;
}

/** Whether an entry of the version in force is a trade under `groups`, and why. Internal. */
function judgeEntry(
  entry: NocCodeFacts,
  groups: FstTradeGroups,
): { trade: boolean; reason: string; uncertain?: string } {
  const included = groups.include.find((g) => matches(entry, g));
  if (!included) {
    return {
      trade: false,
      reason: `NOC ${entry.version} ${nocLabel(entry.code)} is in none of the FST trade groups.`,
    };
  }
  const excluded = groups.exclude.find((g) => matches(entry, g));
  if (excluded) {
    return {
      trade: false,
      reason: `NOC ${entry.version} ${nocLabel(entry.code)} is in ${describeGroup(excluded, groups.noc)}, which FST excludes.`,
    };
  }
  return {
    trade: true,
    reason: `NOC ${entry.version} ${nocLabel(entry.code)} is a skilled trade: ${describeGroup(included, groups.noc)}.`,
    ...(included.uncertain === undefined ? {} : { uncertain: included.uncertain }),
  };
}

/**
 * Whether a NOC code is an FST skilled trade on `asOf`, with the reason. Internal; see
 * {@link isFstTradeOn}.
 */
export function fstTradeFinding(code: string, asOf: IsoDate): { verdict: Verdict; reason: string } {
  const found = valueAsOf(FST_TRADE_GROUPS, asOf);
  if (!found.ok) return { verdict: "unknown", reason: `No FST trade list is known on ${asOf}: ${found.reason}` };
  const groups = found.value;
  const entry = nocCodeFacts(code);
  if (!entry)
    return { verdict: "unknown", reason: `NOC ${code} is not a NOC 2016 or NOC 2021 unit group the library knows.` };
  if (entry.version === groups.noc) {
    const judged = judgeEntry(entry, groups);
    return {
      verdict: judged.trade ? "pass" : "fail",
      reason: judged.uncertain === undefined ? judged.reason : `${judged.reason} (${judged.uncertain})`,
    };
  }
  const counterparts = (groups.noc === 2021 ? nocSuccessorCodes(code) : nocPredecessorCodes(code)).flatMap(
    (c) => nocCodeFacts(c) ?? [],
  );
  if (counterparts.length === 0) {
    return {
      verdict: "unknown",
      reason: `NOC ${code} has no counterpart in NOC ${groups.noc}, the version in force on ${asOf}.`,
    };
  }
  const judged = counterparts.map((c) => judgeEntry(c, groups));
  const names = counterparts.map((c) => c.code).join(", ");
  if (judged.every((j) => j.trade)) {
    return {
      verdict: "pass",
      reason: `NOC ${entry.version} ${code} corresponds to NOC ${groups.noc} ${names}, all skilled trades on ${asOf}.`,
    };
  }
  if (judged.every((j) => !j.trade)) {
    return {
      verdict: "fail",
      reason: `NOC ${entry.version} ${code} corresponds to NOC ${groups.noc} ${names}, none of them a skilled trade on ${asOf}.`,
    };
  }
  return {
    verdict: "unknown",
    reason: `NOC ${entry.version} ${code} corresponds to NOC ${groups.noc} ${names}, only some of them skilled trades: give the NOC ${groups.noc} code of the job.`,
  };
}

/**
 * Whether occupation `code` is a skilled trade for the Federal Skilled Trades Program on `asOf`,
 * by the NOC version in force that day ({@link FST_TRADE_GROUPS}): `pass` or `fail`; a code of
 * the other NOC version is judged by its counterparts in the StatCan concordance (`unknown` when
 * they disagree), and an unknown code or a date before 2015-01-01 is `unknown`.
 *
 * @example
 * ```ts
 * import { isFstTradeOn, isoDate } from "alberta-atp";
 * isFstTradeOn("72200", isoDate("2026-01-15")); // "pass": electricians, Major Group 72
 * isFstTradeOn("72600", isoDate("2026-01-15")); // "fail": Sub-Major Group 726 is excluded
 * isFstTradeOn("7241", isoDate("2022-11-15")); // "pass": NOC 2016 Major Group 72
 * ```
 */
export function isFstTradeOn(code: string, asOfGiven: IsoDate | Date): Verdict {
  const asOf = readAsOf(asOfGiven);
  return fstTradeFinding(code, asOf).verdict;
}

/**
 * The FST skilled trades on `asOf`, as unit groups of the NOC version in force, read from the NOC
 * catalogue by the groups' code prefixes (no hand-typed list). `ok: false` before 2015-01-01.
 *
 * @example
 * ```ts
 * import { fstTradeOccupations, isoDate } from "alberta-atp";
 * const trades = fstTradeOccupations(isoDate("2026-01-15"));
 * if (trades.ok) console.log(trades.version, trades.occupations.length);
 * ```
 */
export function fstTradeOccupations(asOfGiven: IsoDate | Date):
  | {
      readonly ok: true;
      readonly version: NocVersion;
      readonly occupations: readonly NocEntry[];
      readonly groups: FstTradeGroups;
      readonly source: Citation;
    }
  | { readonly ok: false; readonly reason: string } {
  const asOf = readAsOf(asOfGiven);
  const found = valueAsOf(FST_TRADE_GROUPS, asOf);
  if (!found.ok) return { ok: false, reason: found.reason };
  const groups = found.value;
  const catalogue = loadNocCatalogue();
  const entries = groups.noc === 2021 ? catalogue.noc2021 : catalogue.noc2016;
  const occupations = [...entries.values()].filter((entry) => judgeEntry(entry, groups).trade);
  return { ok: true, version: groups.noc, occupations, groups, source: found.version.source };
}

/**
 * Whether two NOC codes name the same occupation: equal, or linked by the StatCan 2016 → 2021
 * concordance. Internal.
 */
export function sameOccupation(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length) return false;
  const [old, current] = a.length === 4 ? [a, b] : [b, a];
  return nocSuccessorCodes(old).includes(current);
}
