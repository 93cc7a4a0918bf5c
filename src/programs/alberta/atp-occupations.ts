// The Accelerated Tech Pathway (ATP) eligible-occupation lists, by date: the 23 NOC 2016 codes of
// the launch (December 2021), the official NOC 2021 list from 2022-11-16, and, where the history is
// not known, `unknown` with the reason. Data: data/alberta/atp-occupations.json.

import { readAsOf } from "../../core/as-of.js";
import type { Citation } from "../../core/citation.js";
import type { InputIssue } from "../../core/input-issue.js";
import { describeIsoDateProblem, type IsoDate, isIsoDate, isoDate } from "../../core/iso-date.js";
import type { Verdict } from "../../core/verdict.js";
import { valueAsOf } from "../../core/versioned.js";
import type { NocVersion } from "../../noc/catalogue.js";
import { type NocCodeFacts, nocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../noc/codes.js";
import { nocLabel, nocLabelTitle } from "../../noc/labels.js";
import {
  type AtpList,
  type AtpOccupationData,
  type AtpUncertainty,
  listSourceCitation,
  loadAtpOccupations,
} from "./atp-occupations-data.js";

/**
 * The earliest day the Accelerated Tech Pathway can have existed: 1 December 2021. The January 2022
 * announcement says Alberta "had already began accepting applications to the new program in
 * December" without naming the day, so the first of the month is the earliest day; before it the
 * pathway did not exist and every occupation is answered `fail`. From this day to the day before
 * {@link ATP_LATEST_LAUNCH_DATE} a listed occupation is `unknown` (the pathway may not have been
 * open yet).
 *
 * @example
 * ```ts
 * import { ATP_LAUNCH_DATE, isAtpOccupation, isoDate } from "alberta-atp";
 * ATP_LAUNCH_DATE; // "2021-12-01"
 * isAtpOccupation("2173", isoDate("2021-11-30")); // "fail": the pathway did not exist yet
 * ```
 */
export const ATP_LAUNCH_DATE: IsoDate = /* @__PURE__ */ isoDate("2021-12-01");

/**
 * The latest day the Accelerated Tech Pathway can have opened: 31 December 2021 (applications were
 * first accepted "in December"). From this day a code on the launch list is answered `pass`.
 *
 * @example
 * ```ts
 * import { ATP_LATEST_LAUNCH_DATE, isAtpOccupation, isoDate } from "alberta-atp";
 * isAtpOccupation("2173", isoDate("2021-12-30")); // "unknown": the pathway may not have opened yet
 * isAtpOccupation("2173", ATP_LATEST_LAUNCH_DATE); // "pass"
 * ```
 */
export const ATP_LATEST_LAUNCH_DATE: IsoDate = /* @__PURE__ */ isoDate("2021-12-31");

/**
 * The day Alberta's minister announced the Accelerated Tech Pathway: 13 January 2022.
 *
 * @example
 * ```ts
 * import { ATP_ANNOUNCEMENT_DATE } from "alberta-atp";
 * console.log(`Announced on ${ATP_ANNOUNCEMENT_DATE}`); // "Announced on 2022-01-13"
 * ```
 */
export const ATP_ANNOUNCEMENT_DATE: IsoDate = /* @__PURE__ */ isoDate("2022-01-13");

/**
 * The day the ATP list moved from NOC 2016 to NOC 2021 codes: 16 November 2022, when the AAIP
 * adopted NOC 2021 for every application submitted on or after that day (the list PDF is headed
 * "effective Nov 16, 2022"). Before it a NOC 2021 code, and from it a NOC 2016 code, must be
 * restated (`noc_version_mismatch`).
 *
 * @example
 * ```ts
 * import { ATP_NOC_2021_LIST_DATE, isoDate } from "alberta-atp";
 * const asOf = isoDate("2023-06-01");
 * const nocVersion = asOf < ATP_NOC_2021_LIST_DATE ? 2016 : 2021; // 2021
 * ```
 */
export const ATP_NOC_2021_LIST_DATE: IsoDate = /* @__PURE__ */ isoDate("2022-11-16");

/**
 * The date the ATP occupation data was last checked against its sources.
 *
 * @example
 * ```ts
 * import { ATP_OCCUPATIONS_VERIFIED } from "alberta-atp";
 * console.log(`ATP lists checked on ${ATP_OCCUPATIONS_VERIFIED}`);
 * ```
 */
export const ATP_OCCUPATIONS_VERIFIED: IsoDate = /* @__PURE__ */ isoDate("2026-11-25");

/**
 * Where the launch list (23 NOC 2016 codes) comes from: the January 2022 announcement as a news
 * article reported it (a secondary source: no official copy of the launch list was found).
 *
 * @example
 * ```ts
 * import { ATP_LAUNCH_LIST_SOURCE } from "alberta-atp";
 * ATP_LAUNCH_LIST_SOURCE.secondary; // true
 * ```
 */
export const ATP_LAUNCH_LIST_SOURCE: Citation = /* @__PURE__ */ listSourceCitation(2016);

/**
 * Where the NOC 2021 list comes from: the AAIP PDF "Eligible National Occupational Classification
 * (NOC 2021) codes (effective Nov 16, 2022)" on alberta.ca, read from copies fetched 2026-06-20 and
 * 2026-08-14 (44 codes in both).
 *
 * @example
 * ```ts
 * import { ATP_NOC_2021_LIST_SOURCE } from "alberta-atp";
 * console.log(`${ATP_NOC_2021_LIST_SOURCE.title} <${ATP_NOC_2021_LIST_SOURCE.url}>`);
 * ```
 */
export const ATP_NOC_2021_LIST_SOURCE: Citation = /* @__PURE__ */ listSourceCitation(2021);

/**
 * The ATP eligible-occupation list in force on a date ({@link atpOccupations}), or why there is
 * none. `codes` are the codes that are eligible on that date (`pass`), `uncertain` those whose
 * listing on that date is not known (`unknown`), both in the NOC `version` the list uses; `from`
 * and `to` bound the list version; `caveats` say why the uncertain codes are uncertain.
 *
 * @example
 * ```ts
 * import { atpOccupations, isoDate, type AtpOccupationList } from "alberta-atp";
 * const list: AtpOccupationList = atpOccupations(isoDate("2026-11-25"));
 * if (list.ok) console.log(list.version, list.codes.length); // 2021 44
 * ```
 */
export type AtpOccupationList =
  | {
      readonly ok: true;
      /** The NOC version of the codes: 2016 before 2022-11-16, 2021 from then. */
      readonly version: NocVersion;
      /** Codes eligible on the date, sorted. */
      readonly codes: string[];
      /** Codes whose listing on the date is not known, sorted. */
      readonly uncertain: string[];
      /** The list's source. */
      readonly source: Citation;
      /** First day of this list version. */
      readonly from: IsoDate;
      /** First day it is no longer in force; absent while it still is. */
      readonly to?: IsoDate;
      /** One sentence per reason for uncertainty on the date (empty when nothing is uncertain). */
      readonly caveats: string[];
    }
  | {
      readonly ok: false;
      /** Why there is no list on the date: the pathway did not exist yet, or the date is invalid. */
      readonly reason: string;
    };

/**
 * What {@link checkAtpOccupation} says about one occupation on one date: the verdict, a reason a
 * candidate can act on, the source, and, when the code itself is the problem, an input issue:
 * `unknown_noc` (not a NOC unit group code), `noc_version_mismatch` (a NOC 2016 code on or after
 * 2022-11-16, or a NOC 2021 code before it; `successors` or `predecessors` then lists the codes to
 * choose from) or `invalid_date` (for `asOf`).
 *
 * @example
 * ```ts
 * import { checkAtpOccupation, isoDate, type AtpOccupationCheck } from "alberta-atp";
 * const check: AtpOccupationCheck = checkAtpOccupation("2173", isoDate("2026-11-25"));
 * check.verdict; // "unknown"
 * check.issue?.code; // "noc_version_mismatch"
 * check.successors; // ["21211", "21231"]
 * ```
 */
export interface AtpOccupationCheck {
  /** `pass`: on the list; `fail`: not on it (or no pathway yet); `unknown`: not known, or the code must be restated. */
  readonly verdict: Verdict;
  /** A plain sentence saying why, and what to do when the answer is unknown. */
  readonly reason: string;
  /** The source the answer rests on. */
  readonly source: Citation;
  /** The problem with the input, when there is one. */
  readonly issue?: InputIssue;
  /** For a NOC 2016 code on or after 2022-11-16: its NOC 2021 successors (StatCan concordance). */
  readonly successors?: string[];
  /** For a NOC 2021 code before 2022-11-16: its NOC 2016 predecessors (StatCan concordance). */
  readonly predecessors?: string[];
}

/**
 * Options of {@link checkAtpOccupation}.
 *
 * @example
 * ```ts
 * import { checkAtpOccupation, isoDate, type AtpOccupationCheckOptions } from "alberta-atp";
 * const options: AtpOccupationCheckOptions = { path: "jobOffer.noc" };
 * checkAtpOccupation("2173", isoDate("2026-11-25"), options).issue?.path; // "jobOffer.noc"
 * ```
 */
export interface AtpOccupationCheckOptions {
  /** The input path to name in an issue about the code (default `""`, the code as a whole). */
  readonly path?: string;
}

/** Where a code of the list's own NOC version stands on a date. */
type Listing =
  | { readonly verdict: "pass"; readonly uncertainty?: undefined }
  | { readonly verdict: "fail"; readonly uncertainty?: undefined }
  | { readonly verdict: "unknown"; readonly uncertainty: AtpUncertainty }
  | { readonly verdict: "unknown"; readonly uncertainty?: undefined; readonly launchWindow: true };

/** Each (frozen) uncertainty list by NOC version, in its order, built on first use. */
const uncertaintiesByVersion = new WeakMap<readonly AtpUncertainty[], Map<AtpList["nocVersion"], AtpUncertainty[]>>();

function uncertaintiesOf(data: AtpOccupationData, list: AtpList): readonly AtpUncertainty[] {
  let index = uncertaintiesByVersion.get(data.uncertain);
  if (index === undefined) {
    index = new Map();
    for (const u of data.uncertain) {
      const forVersion = index.get(u.nocVersion);
      if (forVersion === undefined) index.set(u.nocVersion, [u]);
      else forVersion.push(u);
    }
    uncertaintiesByVersion.set(data.uncertain, index);
  }
  return index.get(list.nocVersion) ?? [];
}

function activeUncertainties(data: AtpOccupationData, list: AtpList, asOf: IsoDate): AtpUncertainty[] {
  return uncertaintiesOf(data, list).filter((u) => u.from <= asOf && asOf < u.to);
}

function listingOf(code: string, asOf: IsoDate, list: AtpList, data: AtpOccupationData): Listing {
  let uncertainty: AtpUncertainty | undefined;
  for (const u of uncertaintiesOf(data, list)) {
    if (u.from <= asOf && asOf < u.to && u.codeSet.has(code)) {
      uncertainty = u;
      break;
    }
  }
  if (uncertainty !== undefined) return { verdict: "unknown", uncertainty };
  if (!list.codeSet.has(code)) return { verdict: "fail" };
  if (asOf < data.launch.certainFrom) return { verdict: "unknown", launchWindow: true };
  return { verdict: "pass" };
}

const named = (entry: NocCodeFacts): string => nocLabel(entry.code);

function joinAnd(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;
}

/**
 * The list in force on `asOf` with its real count that day: the codes known to be on it, and how
 * many more are uncertain (the data-centre codes before 2026-06-20 are on the published list but
 * not known to be on it then; the NOC 2016 codes beyond the launch list are not on it but may have
 * been).
 */
function listName(list: AtpList, asOf: IsoDate, data: AtpOccupationData): string {
  const uncertain = new Set(activeUncertainties(data, list, asOf).flatMap((u) => u.codes));
  const known = list.codes.filter((code) => !uncertain.has(code)).length;
  const more = uncertain.size === 0 ? "" : `, and ${uncertain.size} more whose listing on that date is unknown`;
  return list.nocVersion === 2016
    ? `the launch list of ${known} NOC 2016 codes${more}`
    : uncertain.size === 0
      ? `the official list of ${known} NOC 2021 codes, effective ${ATP_NOC_2021_LIST_DATE}`
      : `the official list of NOC 2021 codes effective ${ATP_NOC_2021_LIST_DATE}: ${known} codes known to be on it on ${asOf}${more}`;
}

function notYetReason(asOf: IsoDate, data: AtpOccupationData): string {
  return (
    `The Accelerated Tech Pathway did not exist yet on ${asOf}: Alberta first accepted applications in December ` +
    `2021 (no earlier than ${data.launch.from}) and announced the pathway on ${data.launch.announced}, so no ` +
    "occupation qualified for it on that date, and no further information can change that."
  );
}

function describeInput(code: unknown): string {
  return typeof code === "string" ? JSON.stringify(code) : String(code);
}

/** "It is on the list from ..." for an uncertainty that ends while the pathway goes on. */
function afterUncertainty(code: string, u: AtpUncertainty, data: AtpOccupationData): string {
  const next = valueAsOf(data.lists, u.to);
  if (!next.ok) return "";
  if (next.value.codeSet.has(code)) return ` It is on the list from ${u.to}.`;
  if (next.value.nocVersion === u.nocVersion) return ` It is not on the list from ${u.to}.`;
  const listed = nocSuccessorCodes(code).filter((s) => next.value.codeSet.has(s));
  if (listed.length === 0) return "";
  return ` From ${u.to} the list uses NOC ${next.value.nocVersion} codes, and ${code} became ${joinAnd(listed.map(nocLabel))}, on that list.`;
}

function listingReason(
  entry: NocCodeFacts,
  asOf: IsoDate,
  list: AtpList,
  listing: Listing,
  data: AtpOccupationData,
): string {
  switch (listing.verdict) {
    case "pass":
      return `${named(entry)} is on the Accelerated Tech Pathway list of eligible occupations in force on ${asOf} (${listName(list, asOf, data)}).`;
    case "fail":
      return (
        `${named(entry)} is not on the Accelerated Tech Pathway list of eligible occupations in force on ${asOf} ` +
        `(${listName(list, asOf, data)}), so a job in this occupation does not qualify for the pathway. If another NOC ` +
        `${list.nocVersion} code describes the job better, check that code.`
      );
    case "unknown":
      if (listing.uncertainty !== undefined) {
        return (
          `Whether ${named(entry)} was on the Accelerated Tech Pathway list on ${asOf} is unknown. ` +
          `${listing.uncertainty.reason}${afterUncertainty(entry.code, listing.uncertainty, data)}`
        );
      }
      return (
        `${named(entry)} is on the pathway's launch list, but whether the pathway was open yet on ${asOf} is ` +
        `unknown: ${data.launch.reason} From ${data.launch.certainFrom} the answer is pass.`
      );
  }
}

function statusLabel(listing: Listing): string {
  return listing.verdict === "pass"
    ? "on the list on that date"
    : listing.verdict === "fail"
      ? "not on the list on that date"
      : "its listing on that date is unknown";
}

function mismatch(
  entry: NocCodeFacts,
  asOf: IsoDate,
  list: AtpList,
  source: Citation,
  path: string,
  data: AtpOccupationData,
): AtpOccupationCheck {
  const forward = list.nocVersion === 2021;
  const codes = [...(forward ? nocSuccessorCodes(entry.code) : nocPredecessorCodes(entry.code))];
  const verb = forward ? "became" : "came from";
  const when = forward
    ? `NOC 2021 replaced NOC 2016 on ${ATP_NOC_2021_LIST_DATE}`
    : `NOC 2021 codes apply only from ${ATP_NOC_2021_LIST_DATE}`;
  const described = codes.map((r) => {
    const title = nocLabelTitle(r);
    return `${r}${title === undefined ? "" : `, ${title}`} (${statusLabel(listingOf(r, asOf, list, data))})`;
  });
  const choice =
    described.length === 1
      ? `${entry.code} ${verb} ${described.join("")}. Give that code if it describes the job.`
      : `${entry.code} ${verb} one of: ${described.join("; ")}. Give the one that describes the job.`;
  const reason =
    `On ${asOf} the Accelerated Tech Pathway list uses NOC ${list.nocVersion} codes (${when}), but ${named(entry)} ` +
    `is a NOC ${entry.version} code, so the answer is unknown until the occupation is restated as a NOC ` +
    `${list.nocVersion} code. By the Statistics Canada concordance, ${choice}`;
  const issue: InputIssue = {
    path,
    code: "noc_version_mismatch",
    message:
      `${entry.code} is a NOC ${entry.version} code, but on ${asOf} the Accelerated Tech Pathway list uses NOC ` +
      `${list.nocVersion} codes; give the NOC ${list.nocVersion} code instead (${entry.code} ${verb} ` +
      `${joinAnd(codes, "or")}).`,
  };
  return forward
    ? { verdict: "unknown", reason, source, issue, successors: codes }
    : { verdict: "unknown", reason, source, issue, predecessors: codes };
}

/**
 * Checks whether an occupation was on the Accelerated Tech Pathway list of eligible occupations on
 * `asOf`, and explains the answer. It never throws.
 *
 * - Before {@link ATP_LAUNCH_DATE} (1 December 2021) the pathway did not exist: `fail`, whatever the
 *   code, and final.
 * - Until 2022-11-15 the list holds NOC 2016 codes (the 23 launch codes `pass`); from 2022-11-16 it
 *   holds NOC 2021 codes (the official list of 44). A code of the other NOC version is `unknown`
 *   with the issue `noc_version_mismatch`, which lists its successors (or predecessors) by the
 *   StatCan concordance and whether each is on the list: the person must restate the code.
 * - Where the history is not known the answer is `unknown`, with the reason: a listed code in
 *   December 2021 (the opening day is not known); before 2022-11-16, the NOC 2016 codes that later
 *   sources list but the launch announcement does not (e.g. 2281); from 2022-11-16 until 2026-06-20
 *   (the first copy of the list that shows them), the data-centre occupations 72200, 72201 and
 *   72205.
 * - A code that is not a NOC 2016 or NOC 2021 unit group is `unknown` with the issue `unknown_noc`.
 *
 * @example
 * ```ts
 * import { checkAtpOccupation, isoDate } from "alberta-atp";
 * checkAtpOccupation("2173", isoDate("2022-03-01")).verdict; // "pass" (launch list, NOC 2016)
 * checkAtpOccupation("21231", isoDate("2026-11-25")).verdict; // "pass" (NOC 2021 list)
 * const electrician = checkAtpOccupation("72200", isoDate("2023-06-01"));
 * electrician.verdict; // "unknown": added for data-centre needs on a date no source gives
 * console.log(electrician.reason);
 * ```
 */
export function checkAtpOccupation(
  code: string,
  asOfGiven: IsoDate | Date,
  options?: AtpOccupationCheckOptions,
): AtpOccupationCheck {
  const asOf = readAsOf(asOfGiven);
  const path = options?.path ?? "";
  const data = loadAtpOccupations();
  const entry = nocCodeFacts(code);
  // Built only for a code that is not a unit group (most calls have one that is).
  const unknownNoc = (): InputIssue => ({
    path,
    code: "unknown_noc",
    message: `${describeInput(code)} is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.`,
  });
  if (asOf < data.launch.from) {
    return {
      verdict: "fail",
      reason: notYetReason(asOf, data),
      source: data.launch.source,
      ...(entry === undefined ? { issue: unknownNoc() } : {}),
    };
  }
  const found = valueAsOf(data.lists, asOf);
  if (!found.ok) {
    return { verdict: "unknown", reason: found.reason, source: data.launch.source };
  }
  const list = found.value;
  const source = found.version.source;
  if (entry === undefined) {
    const example = list.nocVersion === 2016 ? "2173" : "21231";
    return {
      verdict: "unknown",
      reason:
        `${describeInput(code)} is not a NOC unit group code, so whether it is on the Accelerated Tech Pathway list ` +
        `is unknown. On ${asOf} the list uses NOC ${list.nocVersion} codes (${list.nocVersion === 2016 ? 4 : 5} ` +
        `digits, for example ${example}); give the occupation's NOC ${list.nocVersion} code.`,
      source,
      issue: unknownNoc(),
    };
  }
  if (entry.version !== list.nocVersion) return mismatch(entry, asOf, list, source, path, data);
  const listing = listingOf(entry.code, asOf, list, data);
  return {
    verdict: listing.verdict,
    reason: listingReason(entry, asOf, list, listing, data),
    source: listing.uncertainty?.source ?? source,
  };
}

/**
 * Whether an occupation was on the Accelerated Tech Pathway list on `asOf`: `pass`, `fail`, or
 * `unknown` where the list's history is uncertain or the code must be restated in the NOC version
 * of that date. The verdict of {@link checkAtpOccupation}, which also says why. It never throws.
 *
 * @example
 * ```ts
 * import { isAtpOccupation, isoDate } from "alberta-atp";
 * isAtpOccupation("2173", isoDate("2022-03-01")); // "pass"
 * isAtpOccupation("4112", isoDate("2022-03-01")); // "fail" (lawyers)
 * isAtpOccupation("72200", isoDate("2023-06-01")); // "unknown"
 * isAtpOccupation("72200", isoDate("2026-11-25")); // "pass"
 * ```
 */
export function isAtpOccupation(code: string, asOfGiven: IsoDate | Date): Verdict {
  const asOf = readAsOf(asOfGiven);
  return checkAtpOccupation(code, asOf).verdict;
}

/**
 * The Accelerated Tech Pathway list of eligible occupations in force on `asOf`: its NOC version,
 * the codes eligible on that date, the codes whose listing on that date is not known, its source
 * and its dates. Before {@link ATP_LAUNCH_DATE} (or for an invalid date) it is `{ ok: false }`
 * with the reason: the pathway did not exist yet. It never throws.
 *
 * @example
 * ```ts
 * import { atpOccupations, isoDate } from "alberta-atp";
 * const launch = atpOccupations(isoDate("2022-03-01"));
 * // { ok: true, version: 2016, codes: ["0013", ... 23 codes], uncertain: ["0124", ..., "5241"], ... }
 * const now = atpOccupations(isoDate("2026-11-25"));
 * // { ok: true, version: 2021, codes: ["00012", ... 44 codes], uncertain: [], from: "2022-11-16", ... }
 * atpOccupations(isoDate("2021-06-01")).ok; // false: the pathway did not exist yet
 * ```
 */
export function atpOccupations(asOfGiven: IsoDate | Date): AtpOccupationList {
  const asOf = readAsOf(asOfGiven);
  if (!isIsoDate(asOf)) {
    return { ok: false, reason: `asOf: ${describeIsoDateProblem(asOf) ?? "Expected a date written YYYY-MM-DD."}` };
  }
  const data = loadAtpOccupations();
  if (asOf < data.launch.from) return { ok: false, reason: notYetReason(asOf, data) };
  const found = valueAsOf(data.lists, asOf);
  if (!found.ok) return { ok: false, reason: found.reason };
  const list = found.value;
  const active = activeUncertainties(data, list, asOf);
  const candidates = [...new Set([...list.codes, ...active.flatMap((u) => u.codes)])].sort();
  const codes: string[] = [];
  const uncertain: string[] = [];
  let launchWindow = false;
  for (const code of candidates) {
    const listing = listingOf(code, asOf, list, data);
    if (listing.verdict === "pass") codes.push(code);
    else if (listing.verdict === "unknown") {
      uncertain.push(code);
      if (listing.uncertainty === undefined) launchWindow = true;
    }
  }
  const caveats = [
    ...(launchWindow ? [`Whether the pathway was open yet on ${asOf} is unknown: ${data.launch.reason}`] : []),
    ...active.map(
      (u) =>
        `Whether ${joinAnd([...u.codes])} ${u.codes.length === 1 ? "was" : "were"} on the list on ${asOf} is unknown. ${u.reason}`,
    ),
  ];
  return {
    ok: true,
    version: list.nocVersion,
    codes,
    uncertain,
    source: found.version.source,
    from: found.version.from,
    ...(found.version.to === undefined ? {} : { to: found.version.to }),
    caveats,
  };
}
