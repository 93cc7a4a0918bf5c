// Types of the parameters of the federal messages, shared by both locales and the rules.

import type { IsoDate } from "../../../core/iso-date.js";

/** A federal program, by its short code. */
export type FederalProgramCode = "fsw" | "cec" | "fst";

/** An official language. */
export type FederalLanguageCode = "english" | "french";

/** A language test as the messages name it: its input path, the test's name and its date. */
export interface FederalTestRef {
  readonly path: string;
  /** The test's name (CELPIP-General, TEF Canada…), or the value given when it is not a known test. */
  readonly name: string;
  readonly testedOn: string;
}

/** A test and the abilities in which it falls short of a minimum, with the level it has in each. */
export interface FederalTestShortfalls {
  readonly test: FederalTestRef;
  readonly shortfalls: readonly {
    readonly language: FederalLanguageCode | null;
    readonly ability: "reading" | "writing" | "listening" | "speaking";
    readonly level: number;
  }[];
}

/** CLB/NCLC levels per ability. */
export interface FederalLevels {
  readonly reading: number;
  readonly writing: number;
  readonly listening: number;
  readonly speaking: number;
}

/**
 * What a language rule asks: the program, the minimum (one level in every ability, or per
 * ability), and the words that follow it (`first-language`: of the first official language;
 * `cec-high` / `cec-low`: when the qualifying work is of the tier, named by NOC version).
 */
export interface FederalLanguageRequirement {
  readonly program: FederalProgramCode;
  readonly minimum: number | FederalLevels;
  readonly context: "first-language" | "cec-high" | "cec-low" | null;
  /** The NOC version in force (names the CEC tiers). */
  readonly noc: 2016 | 2021;
}

/** One FST trade-group version in words: its NOC version, the groups by level, and its end. */
export interface FederalTradeGroupsText {
  readonly noc: number;
  readonly levels: readonly {
    readonly level: "major" | "sub-major" | "minor" | "unit";
    readonly codes: readonly { readonly code: string; readonly except: readonly string[] }[];
  }[];
  readonly to: string | null;
}

/** An FST trade group as the messages name it. */
export interface FederalTradeGroupRef {
  readonly noc: number;
  readonly level: "major" | "sub-major" | "minor" | "unit";
  readonly code: string;
  /** StatCan's title of the group (English). */
  readonly title: string;
}

/** The FSW selection points of each factor. */
export interface FswPointsBreakdown {
  readonly language: number;
  readonly education: number;
  readonly experience: number;
  readonly age: number;
  readonly arrangedEmployment: number;
  readonly adaptability: number;
}

/** The CEC work a count is of. */
export type CecWork = "skilled" | "teer-2-3";

/** Whose adaptability element. */
export type Who = "you" | "spouse";

/** What a federal program asks in settlement funds, as the messages name it. */
export interface FederalFundsRequirement {
  readonly program: FederalProgramCode;
  /** The amount the table asks of the family. */
  readonly amount: number;
  readonly familySize: number;
  /** Whether the family size was answered (else the smallest family the answers allow). */
  readonly familySizeGiven: boolean;
  /** The day the table took effect. */
  readonly from: IsoDate;
  /** The amount is an upper bound: the table in force on `asOf` is not known. */
  readonly upperBound: boolean;
}
