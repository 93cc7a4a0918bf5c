// The ATP occupation lists as loaded from data/alberta/atp-occupations.json, and the derivation of
// its uncertain codes from the StatCan concordance. Internal: the public API is atp-occupations.ts.
//
// Nothing runs at import time: the lists are read into sets on the first look-up and kept.

import atpJson from "../../../data/alberta/atp-occupations.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type CitationJson, citationFromJson } from "../../core/citation-json.js";
import { loadDated } from "../../core/dated.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";
import type { Versioned } from "../../core/versioned.js";
import type { NocVersion } from "../../noc/catalogue.js";
import { nocCodeFacts, nocPredecessorCodes } from "../../noc/codes.js";

/** A list's `value` as written in the data file. */
interface ListJson {
  readonly nocVersion: NocVersion;
  readonly codes: readonly string[];
  readonly note: string;
}

interface VersionJson {
  readonly from: string;
  readonly to?: string;
  readonly source: CitationJson;
  readonly value: ListJson;
}

interface UncertainJson {
  readonly id: string;
  readonly nocVersion: NocVersion;
  readonly from: string;
  readonly to: string;
  readonly codes: readonly string[];
  readonly derivation: string;
  readonly reason: string;
  readonly source: CitationJson;
}

/** The shape of data/alberta/atp-occupations.json. */
interface AtpOccupationsJson {
  readonly verified: string;
  readonly source: CitationJson;
  readonly launch: {
    readonly from: string;
    readonly certainFrom: string;
    readonly announced: string;
    readonly source: CitationJson;
    readonly reason: string;
    readonly note: string;
  };
  readonly versions: readonly VersionJson[];
  readonly uncertain: readonly UncertainJson[];
}

// JSON is typed loosely by TypeScript (numbers, not 2016 | 2021); the test suite checks the file.
/** The raw data file. */
const atpOccupationsJson = atpJson as unknown as AtpOccupationsJson;

/**
 * One published list: which NOC version, which codes.
 *
 * @example
 * ```ts
 * const launch: AtpList | undefined = loadAtpOccupations().lists[0]?.value; // NOC 2016, 23 codes
 * ```
 */
export interface AtpList {
  readonly nocVersion: NocVersion;
  readonly codes: readonly string[];
  readonly codeSet: ReadonlySet<string>;
  readonly note: string;
}

/**
 * A period in which some codes' listing is not known.
 *
 * @example
 * ```ts
 * const dataCentre: AtpUncertainty | undefined = loadAtpOccupations().uncertain.find((u) => u.nocVersion === 2021);
 * dataCentre?.codes; // ["72200", "72201", "72205"]
 * ```
 */
export interface AtpUncertainty {
  readonly id: string;
  readonly nocVersion: NocVersion;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly codes: readonly string[];
  readonly codeSet: ReadonlySet<string>;
  /** Why these codes' listing is unknown in the period: full sentences about the whole group. */
  readonly reason: string;
  readonly source: Citation;
}

/**
 * The loaded data: the launch dates, the dated lists and the uncertain periods.
 *
 * @example
 * ```ts
 * const data: AtpOccupationData = loadAtpOccupations();
 * data.launch.from; // "2021-12-01"
 * ```
 */
export interface AtpOccupationData {
  readonly launch: {
    readonly from: IsoDate;
    readonly certainFrom: IsoDate;
    readonly announced: IsoDate;
    readonly source: Citation;
    readonly reason: string;
  };
  readonly lists: Versioned<AtpList>;
  readonly uncertain: readonly AtpUncertainty[];
}

/** The `versions` entry for a NOC version, as written in the data file. */
function listJson(nocVersion: NocVersion): VersionJson {
  const version = atpOccupationsJson.versions.find((v) => v.value.nocVersion === nocVersion);
  if (version === undefined) throw new Error(`atp-occupations.json has no NOC ${nocVersion} list`);
  return version;
}

let loaded: AtpOccupationData | undefined;

/**
 * The data, read on the first call and kept.
 *
 * @example
 * ```ts
 * loadAtpOccupations().lists.map((v) => v.from); // ["2021-12-01", "2022-11-16"]
 * ```
 */
export function loadAtpOccupations(): AtpOccupationData {
  loaded ??= build();
  return loaded;
}

function build(): AtpOccupationData {
  const json = atpOccupationsJson;
  const lists = loadDated(json, (value): AtpList => {
    const v = value as ListJson;
    return Object.freeze({
      nocVersion: v.nocVersion,
      codes: Object.freeze([...v.codes]),
      codeSet: new Set(v.codes),
      note: v.note,
    });
  }).versions;
  const uncertain = json.uncertain.map(
    (u): AtpUncertainty =>
      Object.freeze({
        id: u.id,
        nocVersion: u.nocVersion,
        from: isoDate(u.from),
        to: isoDate(u.to),
        codes: Object.freeze([...u.codes]),
        codeSet: new Set(u.codes),
        reason: u.reason,
        source: citationFromJson(u.source),
      }),
  );
  return {
    launch: Object.freeze({
      from: isoDate(json.launch.from),
      certainFrom: isoDate(json.launch.certainFrom),
      announced: isoDate(json.launch.announced),
      source: citationFromJson(json.launch.source),
      reason: json.launch.reason,
    }),
    lists: Object.freeze(lists),
    uncertain: Object.freeze(uncertain),
  };
}

/**
 * The NOC 2021 broad occupational category (first digit) of the occupations Alberta added to the
 * list for data-centre needs: 7, trades, transport and equipment operators. No code on any NOC 2016
 * list of the pathway, and no other code on the NOC 2021 list, is a trade.
 */
const DATA_CENTRE_BROAD_CATEGORY = "7";

/**
 * What {@link deriveAtpUncertainCodes} computes.
 *
 * @example
 * ```ts
 * const derived: AtpUncertainCodes = deriveAtpUncertainCodes(launchCodes, noc2021Codes);
 * ```
 */
export interface AtpUncertainCodes {
  /** The data-centre additions: the NOC 2021 list's codes in broad category 7. */
  readonly dataCentre: string[];
  /**
   * NOC 2016 codes probably listed before 2022-11-16 but not on the launch list: the concordance
   * predecessors of the NOC 2021 list's codes (leaving out the data-centre additions) that are
   * not launch codes.
   */
  readonly noc2016BeyondLaunchList: string[];
  /**
   * NOC 2021 codes on the list none of whose NOC 2016 predecessors is on a NOC 2016 list (the
   * launch list or `noc2016BeyondLaunchList`): listed at a later, unknown date.
   */
  readonly noc2021WithoutListedPredecessor: string[];
}

const sortedUnique = (codes: Iterable<string>): string[] => [...new Set(codes)].sort();

/**
 * Derives the uncertain codes from the two published lists and the StatCan concordance, the way
 * data/alberta/atp-occupations.mjs does (the test suite checks that the data file equals this).
 *
 * @example
 * ```ts
 * const { noc2016BeyondLaunchList, noc2021WithoutListedPredecessor } = deriveAtpUncertainCodes(launch23, noc2021List44);
 * // ["0124", "2233", ..., "5241"] and ["72200", "72201", "72205"]
 * ```
 */
export function deriveAtpUncertainCodes(
  launchCodes: readonly string[],
  noc2021Codes: readonly string[],
): AtpUncertainCodes {
  const launch = new Set(launchCodes);
  const predecessorsOf = (code: string): string[] => [...nocPredecessorCodes(code)];
  const dataCentre = sortedUnique(
    noc2021Codes.filter((code) => nocCodeFacts(code)?.broadCategory === DATA_CENTRE_BROAD_CATEGORY),
  );
  const noc2016BeyondLaunchList = sortedUnique(
    noc2021Codes
      .filter((code) => !dataCentre.includes(code))
      .flatMap(predecessorsOf)
      .filter((code) => !launch.has(code)),
  );
  const on2016List = new Set([...launch, ...noc2016BeyondLaunchList]);
  const noc2021WithoutListedPredecessor = sortedUnique(
    noc2021Codes.filter((code) => !predecessorsOf(code).some((p) => on2016List.has(p))),
  );
  return { dataCentre, noc2016BeyondLaunchList, noc2021WithoutListedPredecessor };
}

/**
 * The citation of a published list (the `source` of its `versions` entry).
 *
 * @example
 * ```ts
 * listSourceCitation(2021).url; // the AAIP PDF
 * ```
 */
export function listSourceCitation(nocVersion: NocVersion): Citation {
  return citationFromJson(listJson(nocVersion).source);
}
