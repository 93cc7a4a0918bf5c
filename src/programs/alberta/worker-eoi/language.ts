// The language lines of the Worker EOI grid: the higher of the English and French columns, and the
// bilingual bonus.

import { minimumClb } from "../../../language/clb.js";
import type { officialLanguageLevels } from "../../../language/official-language-levels.js";
import type { GridVersion } from "./data.js";
import { certain, maximumOf, type Part, pointsOf } from "./part.js";

function englishPoints(grid: GridVersion, clb: number): [number, string] {
  const id = clb >= 6 ? "english-clb-6" : clb === 5 ? "english-clb-5" : clb === 4 ? "english-clb-4" : "english-clb-3";
  return [pointsOf(grid, "language", id), id];
}

function frenchPoints(grid: GridVersion, nclc: number): [number, string] {
  const id =
    nclc >= 6 ? "french-nclc-6" : nclc === 5 ? "french-nclc-5" : nclc === 4 ? "french-nclc-4" : "french-nclc-3";
  return [pointsOf(grid, "language", id), id];
}

export type LanguageLevels = ReturnType<typeof officialLanguageLevels>;

export function language(grid: GridVersion, levels: LanguageLevels): [Part, Part] {
  // The results with problems that matter were reported as issues; the others (dated after asOf
  // or expired) are not held, and could not raise the score on asOf.
  const missing = levels.missing;
  const en = levels.english === undefined ? undefined : englishPoints(grid, minimumClb(levels.english));
  const fr = levels.french === undefined ? undefined : frenchPoints(grid, minimumClb(levels.french));
  let main: Part;
  if (fr !== undefined && (en === undefined || fr[0] > en[0])) {
    main = { points: fr[0], maximumReachable: fr[0], option: fr[1], missing: [], source: grid.frenchSource };
  } else {
    main = certain(en?.[0] ?? 0, en?.[1]);
  }
  const both =
    levels.english !== undefined &&
    levels.french !== undefined &&
    minimumClb(levels.english) >= 4 &&
    minimumClb(levels.french) >= 4;
  let bonus = certain(both ? pointsOf(grid, "language-bilingual", "both-4") : 0, both ? "both-4" : undefined);
  if (missing.length > 0) {
    main = { ...main, maximumReachable: maximumOf(grid, "language"), missing };
    if (!both) bonus = { ...bonus, maximumReachable: maximumOf(grid, "language-bilingual"), missing };
  }
  return [main, bonus];
}
