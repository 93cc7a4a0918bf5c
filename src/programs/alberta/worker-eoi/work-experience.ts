// The work experience lines of the Worker EOI grid: months of full-time, paid work anywhere, and
// months in Canada (in Alberta or another province).

import type { IsoDate } from "../../../core/iso-date.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../../experience/constants.js";
import { fullTimeMonthsBefore } from "../../../experience/full-time-equivalent.js";
import type { Candidate } from "../../../models/candidate.js";
import type { WorkExperience } from "../../../models/work-experience.js";
import type { GridVersion } from "./data.js";
import { bandOptionOf, inBand, maximumOf, type Part, pointsOf } from "./part.js";

/**
 * The most Canadian jobs with no province whose placements (Alberta or elsewhere) are all tried;
 * beyond it the certain points count only the jobs whose province is given (never more than is certain).
 */
const MAX_PLACED_JOBS = 10;

/**
 * Whether a job's work counts (FAQ: only full-time, paid work; in Canada only work IRCC
 * authorised): `yes`, `no`, or `maybe` with the unanswered paths that decide it. A job that starts
 * on or after `asOf` has no day counted (work is counted to the day before), so nothing about it is
 * asked; a shorter one before it may still complete a band with others. Internal: the draws' months
 * of work count the same way.
 */
export function workerEoiJobCounts(
  job: WorkExperience,
  i: number,
  asOf: IsoDate,
): { readonly counts: "yes" | "no" | "maybe"; readonly open: string[] } {
  const inCanada = job.country === "CA";
  if (
    job.hoursPerWeek < FULL_TIME_HOURS_PER_WEEK ||
    job.paid === false ||
    (inCanada && job.authorized === false) ||
    job.from >= asOf
  ) {
    return { counts: "no", open: [] };
  }
  const open = [
    ...(job.paid === undefined ? [`workHistory[${i}].paid`] : []),
    ...(inCanada && job.authorized === undefined ? [`workHistory[${i}].authorized`] : []),
  ];
  return { counts: open.length === 0 ? "yes" : "maybe", open };
}

export function workExperience(grid: GridVersion, c: Candidate, asOf: IsoDate): [Part, Part] {
  if (c.workHistory === undefined) {
    const missing = ["workHistory"];
    return [
      { points: 0, maximumReachable: maximumOf(grid, "work-experience"), missing },
      { points: 0, maximumReachable: maximumOf(grid, "work-experience-location"), missing },
    ];
  }
  const judged = c.workHistory.map((job, i) => ({ job, i, ...workerEoiJobCounts(job, i, asOf) }));
  // Adding a job's months never lowers either line: the certain points count the jobs that
  // certainly count, the reachable points every job that could.
  const sure = judged.filter((j) => j.counts === "yes");
  const possible = judged.filter((j) => j.counts !== "no");
  const tier = (months: number) => bandOptionOf(grid, "work-experience", months);
  // The grid's lowest option is "Less than 6 months" (3), read as written: it includes no work at all.
  const totalId = tier(
    fullTimeMonthsBefore(
      sure.map((j) => j.job),
      asOf,
    ),
  );
  const reachableId = tier(
    fullTimeMonthsBefore(
      possible.map((j) => j.job),
      asOf,
    ),
  );
  const totalPart: Part = {
    points: pointsOf(grid, "work-experience", totalId),
    maximumReachable: pointsOf(grid, "work-experience", reachableId),
    option: totalId,
    missing: possible.flatMap((j) => j.open),
  };

  const canadian = (jobs: typeof judged) => jobs.filter((j) => j.job.country === "CA");
  const inCanada = canadian(sure).map((j) => j.job);
  const alberta = inCanada.filter((job) => job.province === "AB");
  const elsewhere = inCanada.filter((job) => job.province !== undefined && job.province !== "AB");
  const open = inCanada.filter((job) => job.province === undefined);
  const where = (months: number, id: "alberta" | "other-province") =>
    inBand(grid, "work-experience-location", id, months);
  const choose = (ab: number, other: number): [number, string | undefined] =>
    where(ab, "alberta")
      ? [pointsOf(grid, "work-experience-location", "alberta"), "alberta"]
      : where(other, "other-province")
        ? [pointsOf(grid, "work-experience-location", "other-province"), "other-province"]
        : [0, undefined];
  // A Canadian job with no province was in Alberta or in another province: the certain points are
  // the fewest any placement of those jobs gives, the reachable points the most.
  let [points, option] = choose(fullTimeMonthsBefore(alberta, asOf), fullTimeMonthsBefore(elsewhere, asOf));
  if (open.length > 0 && open.length <= MAX_PLACED_JOBS) {
    for (let mask = 0; mask < 2 ** open.length; mask++) {
      const toAlberta = open.filter((_, i) => (mask >> i) & 1);
      const toElsewhere = open.filter((_, i) => !((mask >> i) & 1));
      const placed = choose(
        fullTimeMonthsBefore([...alberta, ...toAlberta], asOf),
        fullTimeMonthsBefore([...elsewhere, ...toElsewhere], asOf),
      );
      if (mask === 0 || placed[0] < points) [points, option] = placed;
    }
  }
  const maybeCanadian = canadian(possible).map((j) => j.job);
  const [reachable] = choose(
    fullTimeMonthsBefore(
      maybeCanadian.filter((job) => job.province === "AB" || job.province === undefined),
      asOf,
    ),
    fullTimeMonthsBefore(
      maybeCanadian.filter((job) => job.province !== "AB"),
      asOf,
    ),
  );
  const missing = canadian(possible).flatMap((j) => [
    ...(j.job.province === undefined ? [`workHistory[${j.i}].province`] : []),
    ...j.open,
  ]);
  return [totalPart, { points, maximumReachable: Math.max(points, reachable), option, missing }];
}
