// The Accelerated Tech Pathway (ATP) eligible-occupation lists, by date: the 23 NOC 2016 codes of
// the launch (December 2021), the official NOC 2021 list from 2022-11-16, and, where the history is
// not known, `unknown` with the reason. Data: data/alberta/atp-occupations.json.

import { readAsOf } from "../../core/as-of.js";
import type { Citation } from "../../core/citation.js";
import type { InputIssue } from "../../core/input-issue.js";
import { describedValue, inputValue } from "../../core/input-value.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message, text } from "../../core/message.js";
import type { Verdict } from "../../core/verdict.js";
import { valueAsOf } from "../../core/versioned.js";
import type { NocVersion } from "../../noc/catalogue.js";
import { nocCodeFacts } from "../../noc/codes.js";
import { activeUncertainties, listingOf } from "./atp-listing.js";
import { listingReason, mismatch, notYetReason } from "./atp-occupation-reasons.js";
import { loadAtpOccupations } from "./atp-occupations-data.js";
import { launchWindowReason, uncertaintyReason } from "./data-messages.js";

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
      /** One message per reason for uncertainty on the date (empty when nothing is uncertain). */
      readonly caveats: Message[];
    }
  | {
      readonly ok: false;
      /** Why there is no list on the date: the pathway did not exist yet, or the date is invalid. */
      readonly message: Message;
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
  /** Why, and what to do when the answer is unknown, as data: render it with a locale. */
  readonly message: Message;
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

/**
 * Checks whether an occupation was on the Accelerated Tech Pathway list of eligible occupations on
 * `asOf`, and explains the answer. It never throws.
 *
 * - Before {@link ATP_LAUNCH_DATE} (1 December 2021) the pathway did not exist: `fail`, whatever the
 *   code, and final.
 * - Until 2022-11-15 the list holds NOC 2016 codes (the 23 launch codes `pass`); from 2022-11-16 it
 *   holds NOC 2021 codes (the official list of 44, 3 of them added on a day no source gives). A code of the other NOC version is `unknown`
 *   with the issue `noc_version_mismatch`, which lists its successors (or predecessors) by the
 *   StatCan concordance and whether each is on the list: the person must restate the code; when
 *   none of them is on the list, no restatement can pass, and the code fails.
 * - Where the history is not known the answer is `unknown`, with the reason: a listed code in
 *   December 2021 (the opening day is not known); before 2022-11-16, the NOC 2016 codes that later
 *   sources list but the launch announcement does not (e.g. 2281); from 2022-11-16 until 2026-06-16
 *   (the first official page that mentions them), the data-centre occupations 72200, 72201 and
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
 * console.log(renderMessage(electrician.message, en)); // en from "alberta-atp/locales/en"
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
    message: message("input.noc.unknown", { code: inputValue(code, Number.POSITIVE_INFINITY) }),
  });
  if (asOf < data.launch.from) {
    const notYet = notYetReason(asOf, data);
    return {
      verdict: "fail",
      message: notYet,
      source: data.launch.source,
      ...(entry === undefined ? { issue: unknownNoc() } : {}),
    };
  }
  const found = valueAsOf(data.lists, asOf);
  if (!found.ok) {
    // The wording of the versioned data (no list version covers the day); not reached with the data shipped.
    return { verdict: "unknown", message: text(found.reason), source: data.launch.source };
  }
  const list = found.value;
  const source = found.version.source;
  if (entry === undefined) {
    const notNoc = message("atp.occupation.not-a-noc", {
      input: describedValue(code),
      asOf,
      nocVersion: list.nocVersion,
    });
    return {
      verdict: "unknown",
      message: notNoc,
      source,
      issue: unknownNoc(),
    };
  }
  if (entry.version !== list.nocVersion) return mismatch(entry, asOf, list, source, path, data);
  const listing = listingOf(entry.code, asOf, list, data);
  const explained = listingReason(entry, asOf, list, listing, data);
  return {
    verdict: listing.verdict,
    message: explained,
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
  const data = loadAtpOccupations();
  if (asOf < data.launch.from) {
    const notYet = notYetReason(asOf, data);
    return { ok: false, message: notYet };
  }
  const found = valueAsOf(data.lists, asOf);
  if (!found.ok) return { ok: false, message: text(found.reason) };
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
  const caveatMessages = [
    ...(launchWindow ? [message("atp.occupations.caveat.launch-window", { asOf, why: launchWindowReason() })] : []),
    ...active.map((u) =>
      message("atp.occupations.caveat.uncertain", { codes: [...u.codes], asOf, why: uncertaintyReason(u) }),
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
    caveats: caveatMessages,
  };
}
