import { describedValue } from "../core/input-value.js";
import type { NocEntry, NocVersion } from "./catalogue.js";
import { loadNocCatalogue } from "./catalogue-data.js";

/**
 * Options of {@link searchNoc}.
 *
 * @example
 * ```ts
 * import { searchNoc, type NocSearchOptions } from "alberta-atp";
 * const options: NocSearchOptions = { version: 2021, limit: 5 };
 * searchNoc("engineer", options);
 * ```
 */
export interface NocSearchOptions {
  /** Search only this NOC version; both when left out. */
  readonly version?: NocVersion;
  /** At most this many results (the first ones in result order); all when left out. */
  readonly limit?: number;
}

interface SearchRow {
  readonly entry: NocEntry;
  readonly words: readonly string[];
}

let searchRows: readonly SearchRow[] | undefined;

/** Lower case, compatibility-decomposed (NFKD), combining marks (accents) removed. */
function fold(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

function wordsOf(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Every entry with its title's words, NOC 2021 first, each version by code. */
function loadSearchRows(): readonly SearchRow[] {
  if (!searchRows) {
    const catalogue = loadNocCatalogue();
    searchRows = [...catalogue.noc2021.values(), ...catalogue.noc2016.values()].map((entry) => ({
      entry,
      words: wordsOf(entry.title),
    }));
  }
  return searchRows;
}

/**
 * Finds NOC unit groups whose title contains every word of `text`, each as the start of a title
 * word ("software eng" finds "Software engineers and designers"). Case and accents do not matter:
 * both sides are Unicode-decomposed and stripped of combining marks, so "Éngineers" matches
 * "engineers". A word that is exactly a unit group's code matches that unit group, so a code can be
 * searched for too.
 *
 * Results come NOC 2021 first, then NOC 2016, each by code. A blank `text` gives `[]`. A `text`
 * that is not a string is a TypeError; a `version` other than 2016 or 2021, or a `limit` that is
 * not a whole number of at least 0, a RangeError naming the option.
 *
 * @example
 * ```ts
 * import { searchNoc } from "alberta-atp";
 * searchNoc("software developers").map((e) => e.code); // ["21232"]
 * searchNoc("software eng", { version: 2021 }).map((e) => e.code); // ["21231", "21311"]
 * searchNoc("21231")[0]?.title; // "Software engineers and designers"
 * ```
 */
export function searchNoc(text: string, options?: NocSearchOptions): NocEntry[] {
  if (typeof text !== "string")
    throw new TypeError(`text: expected a string to search for, got ${describedValue(text)}.`);
  const version = options?.version;
  if (version !== undefined && version !== 2016 && version !== 2021) {
    throw new RangeError(`options.version: expected 2016 or 2021, got ${describedValue(version)}.`);
  }
  const limit = options?.limit;
  if (limit !== undefined && !(typeof limit === "number" && Number.isInteger(limit) && limit >= 0)) {
    throw new RangeError(`options.limit: expected a whole number of at least 0, got ${describedValue(limit)}.`);
  }
  const query = wordsOf(text);
  if (query.length === 0) return [];
  const max = limit ?? Number.POSITIVE_INFINITY;

  const found: NocEntry[] = [];
  for (const { entry, words } of loadSearchRows()) {
    if (found.length >= max) break;
    if (version !== undefined && entry.version !== version) continue;
    const matches = query.every((q) => q === entry.code || words.some((word) => word.startsWith(q)));
    if (matches) found.push(entry);
  }
  return found;
}
