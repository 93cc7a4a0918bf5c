// The messages that explain an Accelerated Tech Pathway occupation check: on the list, off it,
// unknown, the pathway not yet open, or a code of the other NOC version to restate.

import type { Citation } from "../../core/citation.js";
import type { InputIssue } from "../../core/input-issue.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import { valueAsOf } from "../../core/versioned.js";
import type { NocName } from "../../locales/en/alberta.js";
import { type NocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../noc/codes.js";
import { nocLabelTitle } from "../../noc/labels.js";
import { ATP_NOC_2021_LIST_DATE } from "./atp-list-dates.js";
import { activeUncertainties, type Listing, listingOf } from "./atp-listing.js";
import type { AtpOccupationCheck } from "./atp-occupations.js";
import type { AtpList, AtpOccupationData, AtpUncertainty } from "./atp-occupations-data.js";
import { launchWindowReason, uncertaintyReason } from "./data-messages.js";

/** A NOC unit group as the messages name it: its code and, when the library has it, its title. */
export function nocName(code: string): NocName {
  const title = nocLabelTitle(code);
  return title === undefined ? { code } : { code, title };
}

const named = (entry: NocCodeFacts): NocName => nocName(entry.code);

export function joinAnd(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1] ?? ""}`;
}

/**
 * The list in force on `asOf` with its real count that day: the codes known to be on it, and how
 * many more are uncertain (the data-centre codes before 2026-06-16 are on the published list but
 * not known to be on it then; the NOC 2016 codes beyond the launch list are not on it but may have
 * been).
 */
// The name depends only on the list and the day: memoised per list (a small cache of days), since
// every occupation check of every assessment names it.
const listNames = new WeakMap<AtpList, Map<IsoDate, Message>>();

function listName(list: AtpList, asOf: IsoDate, data: AtpOccupationData): Message {
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

function computeListName(list: AtpList, asOf: IsoDate, data: AtpOccupationData): Message {
  const uncertain = new Set(activeUncertainties(data, list, asOf).flatMap((u) => u.codes));
  const known = list.codes.filter((code) => !uncertain.has(code)).length;
  return message("atp.list.name", {
    nocVersion: list.nocVersion,
    known,
    uncertain: uncertain.size,
    effective: ATP_NOC_2021_LIST_DATE,
    asOf,
  });
}

export function notYetReason(asOf: IsoDate, data: AtpOccupationData): Message {
  return message("atp.occupation.before-launch", { asOf, from: data.launch.from, announced: data.launch.announced });
}

/** "It is on the list from ..." for an uncertainty that ends while the pathway goes on. */
function afterUncertainty(code: string, u: AtpUncertainty, data: AtpOccupationData): Message | undefined {
  const next = valueAsOf(data.lists, u.to);
  if (!next.ok) return undefined;
  if (next.value.codeSet.has(code)) return message("atp.occupation.after-uncertainty.on", { to: u.to });
  if (next.value.nocVersion === u.nocVersion) return message("atp.occupation.after-uncertainty.off", { to: u.to });
  const listed = nocSuccessorCodes(code).filter((s) => next.value.codeSet.has(s));
  if (listed.length === 0) return undefined;
  return message("atp.occupation.after-uncertainty.became", {
    to: u.to,
    nocVersion: next.value.nocVersion,
    code,
    listed: listed.map(nocName),
  });
}

export function listingReason(
  entry: NocCodeFacts,
  asOf: IsoDate,
  list: AtpList,
  listing: Listing,
  data: AtpOccupationData,
): Message {
  switch (listing.verdict) {
    case "pass":
      return message("atp.occupation.on-list", { noc: named(entry), asOf, list: listName(list, asOf, data) });
    case "fail":
      return message("atp.occupation.not-on-list", {
        noc: named(entry),
        asOf,
        list: listName(list, asOf, data),
        nocVersion: list.nocVersion,
      });
    case "unknown": {
      if (listing.uncertainty !== undefined) {
        const after = afterUncertainty(entry.code, listing.uncertainty, data);
        const why = uncertaintyReason(listing.uncertainty);
        return message(
          "atp.occupation.uncertain",
          after === undefined ? { noc: named(entry), asOf, why } : { noc: named(entry), asOf, why, after },
        );
      }
      return message("atp.occupation.launch-window", {
        noc: named(entry),
        asOf,
        why: launchWindowReason(),
        certainFrom: data.launch.certainFrom,
      });
    }
  }
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
  const related = codes.map((r) => ({ ...nocName(r), listing: listingOf(r, asOf, list, data).verdict }));
  // Restated, the code becomes one of these; when none is on the list, no restatement can pass.
  if (related.length > 0 && related.every((r) => r.listing === "fail")) {
    const none = message("atp.occupation.version-mismatch-none-listed", {
      noc: named(entry),
      codeVersion: entry.version,
      asOf,
      nocVersion: list.nocVersion,
      related,
    });
    return forward
      ? { verdict: "fail", message: none, source, successors: codes }
      : { verdict: "fail", message: none, source, predecessors: codes };
  }
  const explained = message("atp.occupation.version-mismatch", {
    noc: named(entry),
    codeVersion: entry.version,
    asOf,
    nocVersion: list.nocVersion,
    listDate: ATP_NOC_2021_LIST_DATE,
    related,
  });
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
    ? { verdict: "unknown", message: explained, source, issue, successors: codes }
    : { verdict: "unknown", message: explained, source, issue, predecessors: codes };
}
