import type { Citation } from "../core/citation.js";
import type { NocEntry } from "./catalogue.js";
import { loadNocCatalogue, nocSourceCitation } from "./catalogue-data.js";

/**
 * How a NOC 2016 unit group and a NOC 2021 unit group of a concordance pair relate, derived from
 * all the pairs:
 * - `"one-to-one"`: the 2016 code has only this successor and the 2021 code only this predecessor;
 * - `"split"`: the 2016 code has several 2021 successors (this is one of them);
 * - `"merge"`: the 2021 code has several 2016 predecessors (this is one of them);
 * - `"split-and-merge"`: both.
 *
 * @example
 * ```ts
 * import { nocConcordance, type NocConcordanceRelationship } from "alberta-atp";
 * const kinds: NocConcordanceRelationship[] = nocConcordance("2174").map((p) => p.relationship);
 * ```
 */
export type NocConcordanceRelationship = "one-to-one" | "split" | "merge" | "split-and-merge";

/**
 * One pair of Statistics Canada's concordance NOC 2016 V1.3 → NOC 2021 V1.0: a 2016 unit group,
 * a 2021 unit group that took over (part of) it, and StatCan's account of the change.
 *
 * @example
 * ```ts
 * import { nocConcordance, type NocConcordancePair } from "alberta-atp";
 * const [pair]: NocConcordancePair[] = nocConcordance("0011");
 * // { noc2016: "0011", noc2016Title: "Legislators", noc2021: "00010", noc2021Title: "Legislators",
 * //   gsimTypeOfChange: "VC1 - Code Change, VC2 - Name Change", realChange: false,
 * //   relationship: "one-to-one" }
 * ```
 */
export interface NocConcordancePair {
  /** The NOC 2016 V1.3 code (4 digits). */
  readonly noc2016: string;
  /** Its official English title. */
  readonly noc2016Title: string;
  /** The NOC 2021 V1.0 code (5 digits). */
  readonly noc2021: string;
  /** Its official English title. */
  readonly noc2021Title: string;
  /**
   * StatCan's "GSIM Type of Change", verbatim (spacing included): `VC1 - Code Change`,
   * `VC2 - Name Change` (virtual changes) and the real changes `RC3.1 - Merger`, `RC3.2 - Take-over`,
   * `RC4.1 - Breakdown`, `RC4.2 - Split off`, `RC5 - Transfer`, comma-separated.
   */
  readonly gsimTypeOfChange: string;
  /** True when the type of change includes a real change (an `RC` code, or "Transfer"): the content of the occupation changed, not only its code or name. */
  readonly realChange: boolean;
  /** How the two codes relate across all pairs. */
  readonly relationship: NocConcordanceRelationship;
  /** StatCan's note on the change, verbatim, when it gives one (e.g. "0431 continues as 40040 and part split off to emerging item 41310"). */
  readonly notes?: string;
}

const NOC_2016_CODE = /^\d{4}$/;
const NOC_2021_CODE = /^\d{5}$/;

/**
 * The concordance pairs that touch a code: for a 4-digit NOC 2016 code the pairs leading to its
 * NOC 2021 successors (by 2021 code), for a 5-digit NOC 2021 code the pairs coming from its
 * NOC 2016 predecessors (by 2016 code). An unknown or malformed code gives `[]`.
 *
 * @example
 * ```ts
 * import { nocConcordance } from "alberta-atp";
 * nocConcordance("2174").map((p) => `${p.noc2021} ${p.gsimTypeOfChange}`);
 * // 2174 (Computer programmers and interactive media developers) was split three ways
 * ```
 */
export function nocConcordance(code: string): NocConcordancePair[] {
  if (typeof code !== "string") return [];
  const catalogue = loadNocCatalogue();
  if (NOC_2016_CODE.test(code)) return [...(catalogue.pairsBy2016.get(code) ?? [])];
  if (NOC_2021_CODE.test(code)) return [...(catalogue.pairsBy2021.get(code) ?? [])];
  return [];
}

/**
 * The NOC 2021 unit groups a NOC 2016 unit group became, by the StatCan concordance, sorted by
 * code. A code that is not a known NOC 2016 code (a NOC 2021 code included) gives `[]`.
 *
 * @example
 * ```ts
 * import { nocSuccessors } from "alberta-atp";
 * nocSuccessors("2174").map((e) => e.code); // ["21230", "21232", "21234"]
 * nocSuccessors("2173").map((e) => e.code); // ["21211", "21231"]: data scientists split off
 * ```
 */
export function nocSuccessors(code2016: string): NocEntry[] {
  if (typeof code2016 !== "string" || !NOC_2016_CODE.test(code2016)) return [];
  const catalogue = loadNocCatalogue();
  const pairs = catalogue.pairsBy2016.get(code2016) ?? [];
  return pairs.flatMap((pair) => {
    const entry = catalogue.noc2021.get(pair.noc2021);
    return entry ? [entry] : [];
  });
}

/**
 * The NOC 2016 unit groups a NOC 2021 unit group came from, by the StatCan concordance, sorted by
 * code. A code that is not a known NOC 2021 code (a NOC 2016 code included) gives `[]`.
 *
 * @example
 * ```ts
 * import { nocPredecessors } from "alberta-atp";
 * nocPredecessors("21232").map((e) => e.code); // ["2174"]
 * ```
 */
export function nocPredecessors(code2021: string): NocEntry[] {
  if (typeof code2021 !== "string" || !NOC_2021_CODE.test(code2021)) return [];
  const catalogue = loadNocCatalogue();
  const pairs = catalogue.pairsBy2021.get(code2021) ?? [];
  return pairs.flatMap((pair) => {
    const entry = catalogue.noc2016.get(pair.noc2016);
    return entry ? [entry] : [];
  });
}

/**
 * Where the concordance comes from: Statistics Canada's "NOC 2016 Version 1.3 to NOC 2021
 * Version 1.0" correspondence table (`noc2016v1_3-noc2021v1_0-eng.csv`), copied verbatim.
 *
 * @example
 * ```ts
 * import { NOC_CONCORDANCE_SOURCE } from "alberta-atp";
 * console.log(NOC_CONCORDANCE_SOURCE.url);
 * ```
 */
export const NOC_CONCORDANCE_SOURCE: Citation = /* @__PURE__ */ nocSourceCitation("concordance");
