// The age line of the Worker EOI grid: the candidate's age on the day scored.

import { ageOn } from "../../../core/calendar.js";
import type { IsoDate } from "../../../core/iso-date.js";
import type { Candidate } from "../../../models/candidate.js";
import type { GridVersion } from "./data.js";
import { bandOptionOf, certain, maximumOf, type Part, pointsOf } from "./part.js";

export function age(grid: GridVersion, c: Candidate, asOf: IsoDate): Part {
  if (c.dateOfBirth === undefined) {
    return { points: 0, maximumReachable: maximumOf(grid, "age"), missing: ["dateOfBirth"] };
  }
  const years = ageOn(c.dateOfBirth, asOf);
  const id = bandOptionOf(grid, "age", years);
  return certain(id === undefined ? 0 : pointsOf(grid, "age", id), id);
}
