import type { Citation } from "../core/citation.js";
import { loadNocCatalogue, nocSourceCitation } from "./catalogue-data.js";

/**
 * A version of the National Occupational Classification (NOC): `2016` is NOC 2016 Version 1.3
 * (4-digit codes, skill types and skill levels 0/A/B/C/D), `2021` is NOC 2021 Version 1.0
 * (5-digit codes, TEER categories 0–5).
 *
 * @example
 * ```ts
 * import { getNoc, type NocVersion } from "alberta-atp";
 * const version: NocVersion | undefined = getNoc("21231")?.version; // 2021
 * ```
 */
export type NocVersion = 2016 | 2021;

/**
 * A NOC 2021 TEER category (Training, Education, Experience and Responsibilities): 0 is
 * management, 1 usually a university degree, 2 a college diploma or apprenticeship of two years or
 * more, 3 less than two years of college or apprenticeship, 4 high school, 5 short work
 * demonstration. It is the second digit of a NOC 2021 code.
 *
 * @example
 * ```ts
 * import { teerOf, type Teer } from "alberta-atp";
 * const teer: Teer | undefined = teerOf("21231"); // 1
 * ```
 */
export type Teer = 0 | 1 | 2 | 3 | 4 | 5;

/**
 * A NOC 2016 skill level: `"0"` for management occupations (skill type 0), then `"A"` (usually
 * university), `"B"` (college or apprenticeship), `"C"` (secondary school or occupation-specific
 * training) and `"D"` (on-the-job training). NOC 2021 replaced them with {@link Teer} categories.
 *
 * @example
 * ```ts
 * import { getNoc, type NocSkillLevel } from "alberta-atp";
 * const level: NocSkillLevel | undefined = getNoc("2174")?.skillLevel; // "A"
 * ```
 */
export type NocSkillLevel = "0" | "A" | "B" | "C" | "D";

/**
 * One unit group (occupation) of NOC 2016 V1.3 or NOC 2021 V1.0, with its official English title
 * and where it sits in its classification.
 *
 * A NOC 2021 entry has `teer`, `broadCategory` and `subMajorGroup`; a NOC 2016 entry has
 * `skillType` and `skillLevel`. Both have `majorGroup` and `minorGroup`.
 *
 * @example
 * ```ts
 * import { getNoc, type NocEntry } from "alberta-atp";
 * const entry: NocEntry | undefined = getNoc("21231");
 * // { code: "21231", version: 2021, title: "Software engineers and designers", teer: 1,
 * //   broadCategory: "2", majorGroup: "21", subMajorGroup: "212", minorGroup: "2123" }
 * ```
 */
export interface NocEntry {
  /** The unit group code: 4 digits in NOC 2016, 5 digits in NOC 2021 (leading zeros kept). */
  readonly code: string;
  /** The NOC version the code belongs to. */
  readonly version: NocVersion;
  /** The official English title of the unit group, as Statistics Canada publishes it. */
  readonly title: string;
  /** NOC 2021 only: the TEER category, the code's second digit. */
  readonly teer?: Teer;
  /** NOC 2016 only: the skill type (broad occupational category), the code's first digit; `"0"` is management. */
  readonly skillType?: string;
  /** NOC 2016 only: the skill level, by the NOC 2016 rule (management `"0"`; else second digit 0–1 A, 2–3 B, 4–5 C, 6–7 D). */
  readonly skillLevel?: NocSkillLevel;
  /**
   * The major group: in NOC 2021 the first 2 digits; in NOC 2016 as StatCan codes it, the first
   * 2 digits except the management ranges `"01-05"` and `"07-09"`.
   */
  readonly majorGroup: string;
  /** The minor group: the first 4 digits in NOC 2021, the first 3 in NOC 2016. */
  readonly minorGroup: string;
  /** NOC 2021 only: the sub-major group, the first 3 digits. */
  readonly subMajorGroup?: string;
  /** NOC 2021 only: the broad occupational category, the first digit. */
  readonly broadCategory?: string;
}

/**
 * How many entries the bundled catalogue holds; see {@link nocCatalogueCounts}.
 *
 * @example
 * ```ts
 * import { nocCatalogueCounts, type NocCatalogueCounts } from "alberta-atp";
 * const counts: NocCatalogueCounts = nocCatalogueCounts();
 * ```
 */
export interface NocCatalogueCounts {
  /** NOC 2016 V1.3 unit groups (500). */
  readonly noc2016: number;
  /** NOC 2021 V1.0 unit groups (516). */
  readonly noc2021: number;
  /** Pairs of the StatCan NOC 2016 V1.3 → NOC 2021 V1.0 concordance (585). */
  readonly concordancePairs: number;
}

const NOC_2016_CODE = /^\d{4}$/;
const NOC_2021_CODE = /^\d{5}$/;

/**
 * Looks up a NOC unit group by its code: 4 digits are read as NOC 2016 V1.3, 5 digits as NOC 2021
 * V1.0. Anything else (spaces, other lengths, letters, a number instead of a string) gives
 * `undefined`; it never throws.
 *
 * @example
 * ```ts
 * import { getNoc } from "alberta-atp";
 * getNoc("21231")?.title; // "Software engineers and designers" (NOC 2021, TEER 1)
 * getNoc("2173")?.title; // "Software engineers and designers" (NOC 2016, skill level A)
 * getNoc(" 21231"); // undefined: codes are matched exactly
 * ```
 */
export function getNoc(code: string): NocEntry | undefined {
  if (typeof code !== "string") return undefined;
  if (NOC_2021_CODE.test(code)) return loadNocCatalogue().noc2021.get(code);
  if (NOC_2016_CODE.test(code)) return loadNocCatalogue().noc2016.get(code);
  return undefined;
}

/**
 * The number of NOC 2016 and NOC 2021 unit groups and concordance pairs the library carries.
 *
 * @example
 * ```ts
 * import { nocCatalogueCounts } from "alberta-atp";
 * nocCatalogueCounts(); // { noc2016: 500, noc2021: 516, concordancePairs: 585 }
 * ```
 */
export function nocCatalogueCounts(): NocCatalogueCounts {
  const catalogue = loadNocCatalogue();
  return {
    noc2016: catalogue.noc2016.size,
    noc2021: catalogue.noc2021.size,
    concordancePairs: catalogue.pairs.length,
  };
}

/**
 * Where the NOC 2016 V1.3 codes and titles come from: Statistics Canada, as listed on the source
 * side of its NOC 2016 V1.3 → NOC 2021 V1.0 concordance (all 500 titles cross-checked against the
 * StatCan NOC 2016 structure file).
 *
 * @example
 * ```ts
 * import { NOC_2016_SOURCE } from "alberta-atp";
 * console.log(`${NOC_2016_SOURCE.title} <${NOC_2016_SOURCE.url}>`);
 * ```
 */
export const NOC_2016_SOURCE: Citation = /* @__PURE__ */ nocSourceCitation("noc2016");

/**
 * Where the NOC 2021 V1.0 codes and titles come from: Statistics Canada, as listed on the target
 * side of its NOC 2016 V1.3 → NOC 2021 V1.0 concordance (all 516 titles cross-checked against two
 * other copies of StatCan's NOC 2021 V1.0).
 *
 * @example
 * ```ts
 * import { NOC_2021_SOURCE } from "alberta-atp";
 * console.log(`${NOC_2021_SOURCE.title}, retrieved ${NOC_2021_SOURCE.retrieved}`);
 * ```
 */
export const NOC_2021_SOURCE: Citation = /* @__PURE__ */ nocSourceCitation("noc2021");
