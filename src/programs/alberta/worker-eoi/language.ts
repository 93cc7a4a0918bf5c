// The language lines of the Worker EOI grid: the higher of the English and French columns, and the
// bilingual bonus.

import { minimumClb } from "../../../language/clb.js";
import type { officialLanguageLevels } from "../../../language/official-language-levels.js";
import type { GridVersion } from "./data.js";
import { bandOptionOf, certain, inBand, maximumOf, type Part, pointsOf } from "./part.js";

function columnPoints(grid: GridVersion, level: number, french: boolean): [number, string] | undefined {
  const id = bandOptionOf(grid, "language", level, french);
  return id === undefined ? undefined : [pointsOf(grid, "language", id), id];
}

export type LanguageLevels = ReturnType<typeof officialLanguageLevels>;

export function language(grid: GridVersion, levels: LanguageLevels): [Part, Part] {
  // The results with problems that matter were reported as issues; the others (dated after asOf
  // or expired) are not held, and could not raise the score on asOf.
  const missing = levels.missing;
  const en = levels.english === undefined ? undefined : columnPoints(grid, minimumClb(levels.english), false);
  const fr = levels.french === undefined ? undefined : columnPoints(grid, minimumClb(levels.french), true);
  let main: Part;
  if (fr !== undefined && (en === undefined || fr[0] > en[0])) {
    main = { points: fr[0], maximumReachable: fr[0], option: fr[1], missing: [], source: grid.frenchSource };
  } else {
    main = certain(en?.[0] ?? 0, en?.[1]);
  }
  // The bonus's band is the lower of the two levels: CLB 4 or higher in English and NCLC 4 or higher in French.
  const both =
    levels.english !== undefined &&
    levels.french !== undefined &&
    inBand(grid, "language-bilingual", "both-4", Math.min(minimumClb(levels.english), minimumClb(levels.french)));
  let bonus = certain(both ? pointsOf(grid, "language-bilingual", "both-4") : 0, both ? "both-4" : undefined);
  if (missing.length > 0) {
    main = { ...main, maximumReachable: maximumOf(grid, "language"), missing };
    if (!both) bonus = { ...bonus, maximumReachable: maximumOf(grid, "language-bilingual"), missing };
  }
  return [main, bonus];
}
