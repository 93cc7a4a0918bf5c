// The sentences that explain an Accelerated Tech Pathway occupation check: on the list, off it,
// unknown, the pathway not yet open, or a code of the other NOC version to restate.

import type { Citation } from "../../core/citation.js";
import type { InputIssue } from "../../core/input-issue.js";
import type { IsoDate } from "../../core/iso-date.js";
import { message } from "../../core/message.js";
import { valueAsOf } from "../../core/versioned.js";
import { type NocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../noc/codes.js";
import { nocLabel, nocLabelTitle } from "../../noc/labels.js";
import { ATP_NOC_2021_LIST_DATE } from "./atp-list-dates.js";
import { activeUncertainties, type Listing, listingOf } from "./atp-listing.js";
import type { AtpOccupationCheck } from "./atp-occupations.js";
import type { AtpList, AtpOccupationData, AtpUncertainty } from "./atp-occupations-data.js";

const named = (entry: NocCodeFacts): string => nocLabel(entry.code);

export function joinAnd(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;
}

/**
 * The list in force on `asOf` with its real count that day: the codes known to be on it, and how
 * many more are uncertain (the data-centre codes before 2026-06-20 are on the published list but
 * not known to be on it then; the NOC 2016 codes beyond the launch list are not on it but may have
 * been).
 */
// The name depends only on the list and the day: memoised per list (a small cache of days), since
// every occupation check of every assessment names it.
const listNames = new WeakMap<AtpList, Map<IsoDate, string>>();

function listName(list: AtpList, asOf: IsoDate, data: AtpOccupationData): string {
  let byDay = listNames.get(list);
  if (byDay === undefined) {
    byDay = new Map();
    listNames.set(list, byDay);
  }
  let name = byDay.get(asOf);
  if (name === undefined) {
    name = computeListName(list, asOf, data);
    if (byDay.size >= 64) byDay.delete(byDay.keys().next().value as IsoDate);
    byDay.set(asOf, name);
  }
  return name;
}

function computeListName(list: AtpList, asOf: IsoDate, data: AtpOccupationData): string {
  const uncertain = new Set(activeUncertainties(data, list, asOf).flatMap((u) => u.codes));
  const known = list.codes.filter((code) => !uncertain.has(code)).length;
  const more = uncertain.size === 0 ? "" : `, and ${uncertain.size} more whose listing on that date is unknown`;
  return list.nocVersion === 2016
    ? `the launch list of ${known} NOC 2016 codes${more}`
    : uncertain.size === 0
      ? `the official list of ${known} NOC 2021 codes, effective ${ATP_NOC_2021_LIST_DATE}`
      : `the official list of NOC 2021 codes effective ${ATP_NOC_2021_LIST_DATE}: ${known} codes known to be on it on ${asOf}${more}`;
}

export function notYetReason(asOf: IsoDate, data: AtpOccupationData): string {
  return (
    `The Accelerated Tech Pathway did not exist yet on ${asOf}: Alberta first accepted applications in December ` +
    `2021 (no earlier than ${data.launch.from}) and announced the pathway on ${data.launch.announced}, so no ` +
    "occupation qualified for it on that date, and no further information can change that."
  );
}

export function describeInput(code: unknown): string {
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

export function listingReason(
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

export function mismatch(
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
    message: message("input.noc.version-mismatch", {
      code: entry.code,
      version: entry.version,
      asOf,
      listVersion: list.nocVersion,
      forward,
      codes,
    }),
  };
  return forward
    ? { verdict: "unknown", reason, source, issue, successors: codes }
    : { verdict: "unknown", reason, source, issue, predecessors: codes };
}
