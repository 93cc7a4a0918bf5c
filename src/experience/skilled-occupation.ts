import { readAsOf } from "../core/as-of.js";
import { compareDays } from "../core/calendar.js";
import type { IsoDate } from "../core/iso-date.js";
import { type Message, message } from "../core/message.js";
import type { NocUnitRef } from "../locales/en/factors.js";
import { type NocCodeFacts, nocCodeFacts, nocPredecessorCodes, nocSuccessorCodes } from "../noc/codes.js";
import { isSkilledForExpressEntry, NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY } from "../noc/teer.js";

/**
 * Whether an occupation is skilled on a date, and why: `message` (an `experience.skilled.*` id)
 * and its English, `reason`, which the federal findings still read. Internal.
 */
export interface SkillFinding {
  readonly skilled: boolean | undefined;
  readonly message: Message;
}

/** The unit group as the messages name it: version, code, and TEER or skill level. */
function unitOf(entry: NocCodeFacts): NocUnitRef {
  return entry.version === 2021
    ? { version: 2021, code: entry.code, ...(entry.teer === undefined ? {} : { teer: entry.teer }) }
    : { version: 2016, code: entry.code, ...(entry.skillLevel === undefined ? {} : { skillLevel: entry.skillLevel }) };
}

function finding(skilled: boolean | undefined, message: Message): SkillFinding {
  return { skilled, message };
}

/**
 * Decides whether occupation `code` is skilled for Express Entry under the classification in force
 * on `asOf`, with the reason. Internal; {@link isSkilledOccupationOn} is the public face.
 */
export function skillFinding(code: string, asOf: IsoDate): SkillFinding {
  const versionInForce = compareDays(asOf, NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY) < 0 ? 2016 : 2021;
  // The finding depends on the code and on which classification is in force only (the catalogue is
  // fixed data), and every job of every count asks for it again: keep the ones found.
  const cache = versionInForce === 2021 ? findings2021 : findings2016;
  const known = cache.get(code);
  if (known !== undefined) return known;
  const finding = Object.freeze(findSkill(code, versionInForce));
  if (cache.size >= MAX_CACHED_FINDINGS) cache.clear();
  cache.set(code, finding);
  return finding;
}

/** Findings kept per classification in force; the catalogues hold about 500 codes each. */
const MAX_CACHED_FINDINGS = 2_048;
const findings2016 = /* @__PURE__ */ new Map<string, SkillFinding>();
const findings2021 = /* @__PURE__ */ new Map<string, SkillFinding>();

function findSkill(code: string, versionInForce: 2016 | 2021): SkillFinding {
  const entry = nocCodeFacts(code);
  if (!entry) return finding(undefined, message("experience.skilled.unknown-code", { code }));
  const occupation = unitOf(entry);
  if (entry.version === versionInForce) {
    const skilled = isSkilledForExpressEntry(code);
    return skilled === undefined
      ? finding(undefined, message("experience.skilled.no-category", { occupation }))
      : finding(skilled, message("experience.skilled.judged", { occupation, skilled }));
  }
  // The code is of the other classification: judge it by its counterparts in the one in force.
  const counterparts = (versionInForce === 2021 ? nocSuccessorCodes(code) : nocPredecessorCodes(code)).flatMap(
    (c) => nocCodeFacts(c) ?? [],
  );
  const verdicts = new Set(counterparts.map((c) => isSkilledForExpressEntry(c.code)));
  const inForce = versionInForce;
  if (counterparts.length === 0) {
    const skilled = isSkilledForExpressEntry(code);
    return finding(
      skilled,
      message("experience.skilled.no-counterpart", { occupation, inForce, skilled: skilled === true }),
    );
  }
  const units = counterparts.map(unitOf);
  if (verdicts.size === 1 && !verdicts.has(undefined)) {
    const skilled = verdicts.has(true);
    return finding(
      skilled,
      message("experience.skilled.counterparts", { occupation, inForce, counterparts: units, skilled }),
    );
  }
  return finding(
    undefined,
    message("experience.skilled.counterparts-differ", { occupation, inForce, counterparts: units }),
  );
}

/**
 * Whether occupation `code` counts as skilled work for Express Entry (FSW, CEC, CRS) on `asOf`,
 * by the classification in force that day: NOC 2021 TEER 0–3 from 2022-11-16, NOC 2016 skill type 0
 * or skill level A/B before. A code of the other classification is judged by its counterparts in
 * Statistics Canada's concordance: `true` or `false` when they all agree, `undefined` when they do
 * not (the answer depends on which of them the job is) or when the code is unknown.
 *
 * So NOC 2016 7511 (transport truck drivers, skill level C) is not skilled before 2022-11-16 and is
 * skilled from then on, as NOC 2021 73300 (TEER 3), which is how IRCC applied the change.
 *
 * @example
 * ```ts
 * import { isoDate, isSkilledOccupationOn } from "alberta-atp";
 * isSkilledOccupationOn("21231", isoDate("2025-01-01")); // true (TEER 1)
 * isSkilledOccupationOn("2174", isoDate("2025-01-01")); // true (its NOC 2021 successors are TEER 1)
 * isSkilledOccupationOn("7511", isoDate("2022-01-01")); // false (skill level C)
 * isSkilledOccupationOn("7511", isoDate("2023-01-01")); // true (now 73300, TEER 3)
 * isSkilledOccupationOn("5232", isoDate("2023-01-01")); // undefined (split into TEER 3 and TEER 5)
 * isSkilledOccupationOn("99999", isoDate("2023-01-01")); // undefined (no such code)
 * ```
 */
export function isSkilledOccupationOn(code: string, asOfGiven: IsoDate | Date): boolean | undefined {
  const asOf = readAsOf(asOfGiven);
  return skillFinding(code, asOf).skilled;
}
