// The skilled trades of the Federal Skilled Trades Program, by date: NOC groups from
// data/ircc/fst-trade-groups.json, matched against the NOC catalogue by code prefix.

import tradesJson from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import { readAsOf } from "../../core/as-of.js";
import type { Citation } from "../../core/citation.js";
import { type DatedVersion, datedVersions } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message, text } from "../../core/message.js";
import type { Verdict } from "../../core/verdict.js";
import { type Versioned, valueAsOf } from "../../core/versioned.js";
import type { FederalTradeGroupRef, FederalTradeGroupsText } from "../../locales/en/federal/types.js";
import type { NocEntry, NocVersion } from "../../noc/catalogue.js";
import { loadNocCatalogue } from "../../noc/catalogue-data.js";
import { type NocCodeFacts, nocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../noc/codes.js";
import { nocLabelTitle } from "../../noc/labels.js";
import { dataDoubts } from "./data-doubts.js";

/**
 * One NOC group of the FST skilled-trade definition: a major group (2 digits), a NOC 2021
 * sub-major group (3 digits), a minor group (4 digits in NOC 2021, 3 in NOC 2016) or a unit group.
 * `uncertain` says why its inclusion is not certain, when it is not (as data).
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
  readonly uncertain?: Message;
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
  /** Why this version is not certain, when it is not (as data). */
  readonly uncertain?: Message;
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

/**
 * The catalogue messages of the data's doubts: a version's uncertain periods by the day they
 * start, a group's doubt by its code (test/programs/federal/fst-trades.test.ts checks that every
 * doubt in the data has one). Another doubt keeps the data's text.
 */
const PERIOD_DOUBTS: Readonly<Record<string, Message>> = {
  "2015-01-01": /* @__PURE__ */ message("fst.trades.uncertain.noc-2016-groups", {}),
};
const GROUP_DOUBTS: Readonly<Record<string, Message>> = {
  "93": /* @__PURE__ */ message("fst.trades.uncertain.major-group-93", {}),
};

function group(raw: RawGroup): FstTradeGroup {
  return Object.freeze({
    level: raw.level as FstTradeGroup["level"],
    code: raw.code,
    title: raw.title,
    ...(raw.uncertain === undefined ? {} : { uncertain: GROUP_DOUBTS[raw.code] ?? text(raw.uncertain) }),
  });
}

function readGroups(value: unknown, version: Omit<DatedVersion<unknown>, "value">): FstTradeGroups {
  const raw = value as RawGroups;
  const uncertain = dataDoubts(version.uncertain, PERIOD_DOUBTS);
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

/**
 * Every version's trade groups, newest first, each code with the groups excluded from it, as the
 * message that names the definition gives them. Internal.
 */
export function fstTradeGroupsText(): readonly FederalTradeGroupsText[] {
  // Built once: the reason names it on every assessment whose work history has no trade.
  described ??= [...FST_TRADE_GROUPS].reverse().map(({ value, to }) => ({
    noc: value.noc,
    levels: (["major", "sub-major", "minor", "unit"] as const).flatMap((level) => {
      const codes = value.include
        .filter((g) => g.level === level)
        .map((g) => ({
          code: g.code,
          except: value.exclude.filter((x) => x.code.startsWith(g.code)).map((x) => x.code),
        }));
      return codes.length === 0 ? [] : [{ level, codes }];
    }),
    to: to ?? null,
  }));
  return described;
}

let described: readonly FederalTradeGroupsText[] | undefined;

function matches(entry: NocCodeFacts, g: FstTradeGroup): boolean {
  return entry.code.startsWith(g.code);
}

function groupRef(g: FstTradeGroup, version: NocVersion): FederalTradeGroupRef {
  return { noc: version, level: g.level, code: g.code, title: g.title };
}

/** Whether an entry of the version in force is a trade under `groups`, and why. Internal. */
function judgeEntry(entry: NocCodeFacts, groups: FstTradeGroups): { trade: boolean; message: Message } {
  const named = { noc: entry.version, code: entry.code, title: nocLabelTitle(entry.code) ?? null };
  const included = groups.include.find((g) => matches(entry, g));
  if (!included) return { trade: false, message: message("fst.trades.not-a-trade", named) };
  const excluded = groups.exclude.find((g) => matches(entry, g));
  if (excluded) {
    return {
      trade: false,
      message: message("fst.trades.excluded", { ...named, group: groupRef(excluded, groups.noc) }),
    };
  }
  return {
    trade: true,
    message: message("fst.trades.trade", {
      ...named,
      group: groupRef(included, groups.noc),
      uncertain: included.uncertain ?? null,
    }),
  };
}

/**
 * Whether a NOC code is an FST skilled trade on `asOf`, with why. Internal; see
 * {@link isFstTradeOn}.
 */
export function fstTradeFinding(code: string, asOf: IsoDate): { verdict: Verdict; message: Message } {
  const found = valueAsOf(FST_TRADE_GROUPS, asOf);
  if (!found.ok) {
    return {
      verdict: "unknown",
      message: message("fst.trades.no-list", { asOf, reason: found.message }),
    };
  }
  const groups = found.value;
  const entry = nocCodeFacts(code);
  if (!entry) return { verdict: "unknown", message: message("fst.trades.unknown-code", { noc: code }) };
  if (entry.version === groups.noc) {
    const judged = judgeEntry(entry, groups);
    return { verdict: judged.trade ? "pass" : "fail", message: judged.message };
  }
  const counterparts = (groups.noc === 2021 ? nocSuccessorCodes(code) : nocPredecessorCodes(code)).flatMap(
    (c) => nocCodeFacts(c) ?? [],
  );
  if (counterparts.length === 0) {
    return { verdict: "unknown", message: message("fst.trades.no-counterpart", { code, noc: groups.noc, asOf }) };
  }
  const judged = counterparts.map((c) => judgeEntry(c, groups));
  const linked = { from: entry.version, code, noc: groups.noc, codes: counterparts.map((c) => c.code) };
  if (judged.every((j) => j.trade)) {
    return { verdict: "pass", message: message("fst.trades.counterparts-all", { ...linked, asOf }) };
  }
  if (judged.every((j) => !j.trade)) {
    return { verdict: "fail", message: message("fst.trades.counterparts-none", { ...linked, asOf }) };
  }
  return { verdict: "unknown", message: message("fst.trades.counterparts-some", linked) };
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
  | {
      readonly ok: false;
      /** Why no list is known on `asOf`, as a message (id `versioned.<problem>`). */
      readonly message: Message;
      /** The same, in English. */
      readonly reason: string;
    } {
  const asOf = readAsOf(asOfGiven);
  const found = valueAsOf(FST_TRADE_GROUPS, asOf);
  if (!found.ok) return { ok: false, message: found.message, reason: found.reason };
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
