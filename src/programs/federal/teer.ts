// Which CEC language threshold an occupation's work calls for: CLB 7 for TEER 0 or 1 (NOC 2016
// skill type 0 or skill level A before 2022-11-16), CLB 5 for TEER 2 or 3 (skill level B).

import type { IsoDate } from "../../core/iso-date.js";
import type { Verdict } from "../../core/verdict.js";
import { type NocCodeFacts, nocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../../noc/codes.js";
import { NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY } from "../../noc/teer.js";

function isTeer2Or3(entry: NocCodeFacts): boolean {
  return entry.version === 2021 ? entry.teer === 2 || entry.teer === 3 : entry.skillLevel === "B";
}

/**
 * Whether work in occupation `code` is TEER 2 or 3 work on `asOf` (NOC 2016 skill level B before
 * 2022-11-16), the work for which CEC asks only CLB 5: `pass`, `fail` (TEER 0, 1 or 4–5; skill
 * type 0, level A, C or D), or `unknown` for an unknown code or one of the other NOC version whose
 * counterparts disagree. Internal.
 */
export function teer2Or3On(code: string, asOf: IsoDate): Verdict {
  const entry = nocCodeFacts(code);
  if (!entry) return "unknown";
  const inForce = asOf < NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY ? 2016 : 2021;
  if (entry.version === inForce) return isTeer2Or3(entry) ? "pass" : "fail";
  const counterparts = (inForce === 2021 ? nocSuccessorCodes(code) : nocPredecessorCodes(code)).flatMap(
    (c) => nocCodeFacts(c) ?? [],
  );
  if (counterparts.length === 0) return "unknown";
  const verdicts = new Set(counterparts.map(isTeer2Or3));
  if (verdicts.size === 2) return "unknown";
  return verdicts.has(true) ? "pass" : "fail";
}
