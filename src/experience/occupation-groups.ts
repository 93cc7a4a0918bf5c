// Which jobs of a work history are in one occupation when they are coded in different NOC
// versions. A candidate writes each past job in the NOC version of its time (NOC 2016 until
// 2022-11-15, NOC 2021 from 2022-11-16), so the same job may appear as 2147 and then 21311.
// Statistics Canada's concordance NOC 2016 V1.3 -> NOC 2021 V1.0
// (https://www.statcan.gc.ca/en/statistical-programs/document/noc2016v1_3-noc2021v1_0) decides:
// - a pair the concordance makes one-to-one (the 2016 code has only that successor and the 2021
//   code only that predecessor) is one occupation: its jobs are counted together for certain;
// - a pair of a split or a merge (several successors or several predecessors) may or may not be
//   one occupation, which the codes do not tell: its jobs are counted together only in the
//   possible (upper) bound, and their NOC codes are the open question.
// Internal.

import type { DateInterval } from "../core/calendar.js";
import { compareDays } from "../core/calendar.js";
import { type Message, message } from "../core/message.js";
import type { UncertainNocPair } from "../locales/en/factors.js";
import type { WorkExperience } from "../models/work-experience.js";
import { nocCodePairs, nocPredecessorCodes, nocSuccessorCodes } from "../noc/codes.js";
import type { JobEligibility } from "./job-eligibility.js";

/**
 * The one-to-one pairs of the concordance, both ways (2016 -> 2021 and 2021 -> 2016). Built on the
 * first look-up (under 800 entries) and kept: the concordance is fixed data.
 */
let oneToOne: ReadonlyMap<string, string> | undefined;

function oneToOneMap(): ReadonlyMap<string, string> {
  if (oneToOne === undefined) {
    const map = new Map<string, string>();
    for (const [from, to] of nocCodePairs()) {
      if (nocSuccessorCodes(from).length === 1 && nocPredecessorCodes(to).length === 1) {
        map.set(from, to);
        map.set(to, from);
      }
    }
    oneToOne = map;
  }
  return oneToOne;
}

/**
 * The code the StatCan concordance pairs one-to-one with `code` in the other NOC version, or
 * `undefined` when there is none (a split, a merge, an unknown code). Internal.
 */
export function oneToOneCounterpart(code: string): string | undefined {
  return oneToOneMap().get(code);
}

/** The codes of the other NOC version the concordance links `code` to (successors or predecessors). Internal. */
export function nocCounterparts(code: string): readonly string[] {
  return code.length === 4 ? nocSuccessorCodes(code) : nocPredecessorCodes(code);
}

/**
 * One occupation of a work history, across NOC versions. Internal.
 */
export interface OccupationGroup {
  /**
   * The code that names the occupation: the code as written, or for a one-to-one pair whose both
   * codes appear in the history, the NOC 2021 code.
   */
  readonly noc: string;
  /** The codes counted as this occupation for certain: `[noc]`, or `[noc2016, noc2021]` of a one-to-one pair. */
  readonly codes: readonly string[];
  /** The NOC 2016 code of a one-to-one pair joined into `noc`, when there is one in the history. */
  readonly joined?: string;
  /**
   * Codes of the history of the other NOC version that the concordance links to `noc` through a
   * split or a merge: maybe the same occupation. Empty when there are none.
   */
  readonly possible: readonly string[];
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The occupations of a work history, in the order their first job appears: each code as written,
 * except that a NOC 2016 code and a NOC 2021 code the concordance pairs one-to-one are one
 * occupation (named by the NOC 2021 code), and each code lists the codes a split or a merge links
 * it to. A history written in one NOC version gives one group per code, with nothing possible.
 * Internal.
 */
export function occupationGroups(workHistory: readonly WorkExperience[]): readonly OccupationGroup[] {
  const written = new Set<string>();
  for (const job of workHistory) written.add(job.noc);
  const groups: OccupationGroup[] = [];
  const done = new Set<string>();
  for (const code of written) {
    if (done.has(code)) continue;
    done.add(code);
    const partner = oneToOneCounterpart(code);
    if (partner !== undefined && written.has(partner)) {
      done.add(partner);
      const [old, current] = code.length === 4 ? [code, partner] : [partner, code];
      groups.push({ noc: current, codes: [old, current], joined: old, possible: NONE });
      continue;
    }
    // A one-to-one code has no other counterpart; any other code may have several.
    let possible: readonly string[] = NONE;
    if (partner === undefined) {
      for (const other of nocCounterparts(code)) {
        if (written.has(other)) possible = possible === NONE ? [other] : [...possible, other];
      }
    }
    groups.push({ noc: code, codes: [code], possible });
  }
  return groups;
}

/** `experience.noc.joined`: a one-to-one pair counted as one occupation. Internal. */
export function joinedMessage(noc2016: string, noc2021: string): Message {
  return message("experience.noc.joined", { noc2016, noc2021 });
}

/**
 * `experience.noc.maybe-joined`: why the jobs of `code` and of the linked codes `possible` may or
 * may not be one occupation (one pair each, NOC 2016 code first, with the split or merge that
 * links them). Internal.
 */
export function uncertainJoinMessage(code: string, possible: readonly string[]): Message {
  const pairs: UncertainNocPair[] = possible.map((other) => {
    const [noc2016, noc2021] = code.length === 4 ? [code, other] : [other, code];
    const successors = nocSuccessorCodes(noc2016);
    const predecessors = nocPredecessorCodes(noc2021);
    return {
      noc2016,
      noc2021,
      splitInto: successors.length > 1 ? [...successors] : [],
      mergedFrom: predecessors.length > 1 ? [...predecessors] : [],
    };
  });
  return message("experience.noc.maybe-joined", { pairs });
}

/**
 * The `noc` paths of the jobs of `codes` that may count (within `period` when one is given): the
 * answers that could decide whether jobs coded in two NOC versions are one occupation, in job
 * order. Internal.
 */
export function linkedNocPaths(
  jobs: readonly JobEligibility[],
  workHistory: readonly WorkExperience[],
  codes: readonly string[],
  period?: DateInterval,
): string[] {
  const paths: string[] = [];
  for (const job of jobs) {
    const code = workHistory[job.index]?.noc;
    if (job.counts === "fail" || job.counted === undefined || code === undefined || !codes.includes(code)) continue;
    if (period && (compareDays(job.counted.start, period.start) < 0 || compareDays(job.counted.end, period.end) > 0))
      continue;
    paths.push(`${job.path}.noc`);
  }
  return paths;
}

/** The paths of `a`, then those of `b` not in `a`. Internal. */
export function unionOfPaths(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const path of b) if (!out.includes(path)) out.push(path);
  return out;
}
