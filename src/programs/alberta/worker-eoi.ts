// The AAIP Worker Expression of Interest score (the 100-point grid), line by line, with the points
// that are certain, the points still reachable and the answers that could raise them.

import { asOfOrIssue } from "../../core/as-of.js";
import { addDays, ageOn } from "../../core/calendar.js";
import type { Citation } from "../../core/citation.js";
import type { InputIssue } from "../../core/input-issue.js";
import type { IsoDate } from "../../core/iso-date.js";
import { dateOfBirthIssue, relevantIssues } from "../../crs/derive.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../experience/constants.js";
import { fullTimeEquivalentHours, type WorkPeriod } from "../../experience/full-time-equivalent.js";
import { minimumClb } from "../../language/clb.js";
import { officialLanguageLevels } from "../../language/official-language-levels.js";
import type { Candidate } from "../../models/candidate.js";
import type { EducationCredential, EducationCredentialLevel } from "../../models/education.js";
import type { WorkExperience } from "../../models/work-experience.js";
import { type GridVersion, type WorkerEoiReadings, workerEoiData } from "./worker-eoi-data.js";

/**
 * The id of a line of the Worker EOI breakdown: one per factor of the grid (the language factor
 * split into the higher column and the bilingual bonus).
 *
 * @example
 * ```ts
 * const id: WorkerEoiLineId = "offer-location";
 * ```
 */
export type WorkerEoiLineId =
  | "education"
  | "education-location"
  | "language"
  | "language-bilingual"
  | "work-experience"
  | "work-experience-location"
  | "age"
  | "family-in-alberta"
  | "job-offer"
  | "sector-endorsement"
  | "offer-location"
  | "regulated-occupation";

/**
 * One factor of the Worker EOI grid, as scored for a candidate.
 *
 * @example
 * ```ts
 * const line: WorkerEoiLine = { id: "age", group: "I", label: "Age", points: 5, maximumReachable: 5,
 *   maximum: 5, option: "21-34", optionLabel: "21 to 34", source: grid, missing: [] };
 * ```
 */
export interface WorkerEoiLine {
  readonly id: WorkerEoiLineId;
  /** Group I: human capital (max 69); Group II: economic factors (max 31). */
  readonly group: "I" | "II";
  readonly label: string;
  /** Points that are certain from the answers given. */
  readonly points: number;
  /** Points this line could reach if every unanswered question in `missing` were answered favourably; `>= points`. */
  readonly maximumReachable: number;
  /** The most the grid gives for this factor. */
  readonly maximum: number;
  /** The id of the grid option that gives `points`, when one does (`"bachelors"`, `"english-clb-6"`): stable, to switch on. */
  readonly option?: string;
  /**
   * The grid's wording of `option`, to show to a person (`"Bachelor's degree"`, `"English CLB 6 or
   * higher"`); present exactly when `option` is.
   */
  readonly optionLabel?: string;
  /** The grid (or, for a score taken from the French column, its secondary transcription). */
  readonly source: Citation;
  /**
   * The AAIP's answer to a common question that says how this factor is read (which work counts,
   * which education, which family members, which offer), when there is one.
   */
  readonly clarifiedBy?: Citation;
  /** Input paths whose answers could raise this line. */
  readonly missing: readonly string[];
}

/**
 * Something the Worker EOI asks that gives no points: `wage_and_hours_asked` (an EOI submitted on
 * or after 2026-02-25, or on a day not given, must state the Alberta job offer's wage and hours of
 * work, and one of them is not answered) or `wage_and_hours_not_collected` (an EOI submitted before
 * 2026-02-25 holds neither; draws that consider them leave it out).
 *
 * @example
 * ```ts
 * const note: WorkerEoiNote = { code: "wage_and_hours_asked", message: "...", source: updates };
 * ```
 */
export interface WorkerEoiNote {
  readonly code: "wage_and_hours_asked" | "wage_and_hours_not_collected";
  readonly message: string;
  readonly source: Citation;
}

/**
 * A Worker EOI score: the breakdown, the certain totals and the maximum still reachable.
 *
 * @example
 * ```ts
 * const r = scoreAlbertaWorkerEoi(candidate, { asOf: isoDate("2026-06-01") });
 * if (r.ok) console.log(`${r.total} certain, up to ${r.maximumReachable}; answer: ${r.missing.join(", ")}`);
 * ```
 */
export interface WorkerEoiScore {
  readonly ok: true;
  readonly asOf: IsoDate;
  readonly lines: readonly WorkerEoiLine[];
  /** Certain points of Group I (human capital, at most 69). */
  readonly groupI: number;
  /** Certain points of Group II (economic factors, at most 31). */
  readonly groupII: number;
  /** Certain points: the sum of the lines, `groupI + groupII`, at most 100. */
  readonly total: number;
  /** The sum of the lines' `maximumReachable`. */
  readonly maximumReachable: number;
  /** Every input path whose answer could raise the score, in line order. */
  readonly missing: readonly string[];
  /** What the EOI asks that gives no points (the offer's wage and hours of work), with its source. */
  readonly notes: readonly WorkerEoiNote[];
  /** The grid version used. */
  readonly source: Citation;
}

/**
 * The result of {@link scoreAlbertaWorkerEoi}: a score, or the reason there is none. `unknown` is
 * true when the date is inside the Worker EOI era but the grid then in force is not known to us
 * (issue code `worker_eoi_grid_unknown`); false for an `asOf` before the EOI system
 * (`before_worker_eoi`), an invalid date (`invalid_date`, path `asOf`) and for input the grid
 * cannot score, as `calculateCrs` reports it (a date of birth after `asOf`, `born_after_as_of`; a
 * language score off its test's scale, `off_scale`; each with the field's path).
 *
 * @example
 * ```ts
 * const r: WorkerEoiResult = scoreAlbertaWorkerEoi({}, { asOf: isoDate("2025-01-15") });
 * if (!r.ok) console.log(r.unknown, r.issues[0]?.code); // true "worker_eoi_grid_unknown"
 * ```
 */
export type WorkerEoiResult =
  | WorkerEoiScore
  | { readonly ok: false; readonly unknown: boolean; readonly issues: readonly InputIssue[] };

/**
 * Options of {@link scoreAlbertaWorkerEoi} and {@link atpDrawComparison}.
 *
 * @example
 * ```ts
 * const options: WorkerEoiOptions = { asOf: isoDate("2026-06-01") };
 * ```
 */
export interface WorkerEoiOptions {
  /** The day to score on: it picks the grid, the candidate's age and the work counted. Never read from the clock. */
  readonly asOf: IsoDate | Date;
}

interface Part {
  readonly points: number;
  readonly maximumReachable: number;
  readonly option?: string | undefined;
  readonly missing: readonly string[];
  readonly source?: Citation;
}

const certain = (points: number, option?: string): Part => ({ points, maximumReachable: points, option, missing: [] });

const EDUCATION_OPTION: Record<EducationCredentialLevel, string> = {
  doctoral: "doctorate",
  "professional-degree": "masters",
  masters: "masters",
  bachelors: "bachelors",
  "three-year-or-longer": "diploma",
  "two-year": "diploma",
  "one-year": "diploma",
  secondary: "secondary-or-lower",
};

function pointsOf(grid: GridVersion, factor: string, option: string): number {
  return grid.factors.get(factor)?.points.get(option) ?? 0;
}

function maximumOf(grid: GridVersion, factor: string): number {
  return grid.factors.get(factor)?.maximum ?? 0;
}

/**
 * Whether a credential is held on `asOf`: one completed after `asOf` is not (as for the CRS and
 * FSW); one with no completion date is taken as completed.
 */
function completedBy(credential: EducationCredential, asOf: IsoDate): boolean {
  return credential.completedOn === undefined || credential.completedOn <= asOf;
}

/** The certificate of qualification held on `asOf`: `undefined` when not answered, `null` when none is held. */
function heldCertificate(c: Candidate, asOf: IsoDate): Candidate["certificateOfQualification"] {
  const coq = c.certificateOfQualification;
  // Issued after asOf: not held yet.
  return coq != null && coq.issuedOn > asOf ? null : coq;
}

/** The degrees a Canadian program can require (FAQ: a bachelor's, master's or doctorate), as grid options. */
const DEGREE_OPTIONS = new Set(["bachelors", "masters", "doctorate"]);

/** One unanswered fact of the education lines, with its possible answers (the least favourable first). */
interface EducationFact {
  readonly path: string;
  readonly answers: number;
}

/** A held credential as the education lines read it, in one assignment of the open facts. */
interface Placed {
  readonly points: number;
  readonly option: string;
  /** Location points, and the grid's option for them (none for a Canadian credential without them). */
  readonly location: number;
  readonly locationOption: string | undefined;
}

/**
 * The most assignments of the unanswered education facts that are tried; beyond it the lines are
 * left open (0 certain, their maximum reachable), which is never more than is certain.
 */
const MAX_EDUCATION_WORLDS = 4096;

/**
 * The education and education-location lines. Each unanswered fact that could change them (a
 * Canadian credential's province, Designated Learning Institution and admission requirement, an
 * unanswered certificate of qualification) is tried with each of its answers: a line's certain
 * points are the fewest any assignment gives, its reachable points the most, and a fact is asked
 * when its answer changes either.
 */
function educationLines(grid: GridVersion, c: Candidate, asOf: IsoDate): [Part, Part] {
  if (c.education === undefined) {
    const missing = ["education"];
    // A certificate of qualification held is a trades certificate whatever the list holds.
    const trades = heldCertificate(c, asOf) == null ? 0 : pointsOf(grid, "education", "trades");
    return [
      {
        points: trades,
        maximumReachable: maximumOf(grid, "education"),
        option: trades > 0 ? "trades" : undefined,
        missing,
      },
      { points: 0, maximumReachable: maximumOf(grid, "education-location"), missing },
    ];
  }
  const alberta = pointsOf(grid, "education-location", "alberta");
  const elsewhere = pointsOf(grid, "education-location", "other-province");
  const trades = pointsOf(grid, "education", "trades");
  const held = c.education.flatMap((credential, i) => (completedBy(credential, asOf) ? [{ credential, i }] : []));
  const optionPoints = (id: string) => pointsOf(grid, "education", id);
  const ownOption = (e: EducationCredential) => EDUCATION_OPTION[e.level];
  // Certain level of the education list, whatever the open facts: no credential is ever below it.
  const floor = Math.max(-1, ...held.map(({ credential }) => optionPoints(ownOption(credential))));
  const degreeHeld = (except: number): string | undefined => {
    let best: string | undefined;
    for (const { credential, i } of held) {
      const id = ownOption(credential);
      if (i !== except && DEGREE_OPTIONS.has(id) && (best === undefined || optionPoints(id) > optionPoints(best)))
        best = id;
    }
    return best;
  };
  const facts: EducationFact[] = [];
  const fact = (path: string, answers: number): number => facts.push({ path, answers }) - 1;
  // Each held credential: a function of the assignment giving how it reads.
  const readers = held.map(({ credential, i }): ((world: readonly number[]) => Placed) => {
    const own = ownOption(credential);
    if (!credential.inCanada) {
      const points = optionPoints(own);
      return () => ({ points, option: own, location: 0, locationOption: "none" });
    }
    const at = `education[${i}]`;
    // A Canadian program that required a degree the candidate completed is claimed at that
    // degree's level (FAQ); the degree must be in the list (held on asOf, at that level or above).
    // Left out, the program could have required the best degree held besides it, nothing higher.
    const required = credential.admissionRequirement;
    const requiredOption = required === "doctoral" ? "doctorate" : (required ?? undefined);
    const otherDegree = degreeHeld(i);
    const completed = (id: string) => otherDegree !== undefined && optionPoints(otherDegree) >= optionPoints(id);
    const level =
      requiredOption !== undefined && completed(requiredOption) && optionPoints(requiredOption) > optionPoints(own)
        ? requiredOption
        : own;
    let levelFact = -1;
    let possible: string | undefined;
    if (required === undefined) {
      possible = otherDegree;
      if (possible !== undefined && optionPoints(possible) > optionPoints(own) && optionPoints(possible) >= floor) {
        levelFact = fact(`${at}.admissionRequirement`, 2);
      }
    }
    const relevant = Math.max(
      optionPoints(level),
      levelFact >= 0 && possible !== undefined ? optionPoints(possible) : 0,
    );
    // A credential never at the top level cannot change the lines: its other facts are not asked.
    const matters = relevant >= floor;
    const dli = credential.designatedLearningInstitution;
    const dliFact = dli === undefined && matters ? fact(`${at}.designatedLearningInstitution`, 2) : -1;
    const provinceFact = credential.province === undefined && matters ? fact(`${at}.province`, 2) : -1;
    return (world) => {
      const claimed = levelFact >= 0 && world[levelFact] === 1 && possible !== undefined ? possible : level;
      const recognised = dliFact >= 0 ? world[dliFact] === 1 : dli !== false;
      const inAlberta = provinceFact >= 0 ? world[provinceFact] === 1 : credential.province === "AB";
      return {
        points: optionPoints(claimed),
        option: claimed,
        // Not from a Designated Learning Institution: no location points (and no grid option says so).
        location: recognised ? (inAlberta ? alberta : elsewhere) : 0,
        locationOption: recognised ? (inAlberta ? "alberta" : "other-province") : undefined,
      };
    };
  });
  const coq = heldCertificate(c, asOf);
  // An unanswered certificate matters only when trades could be above every credential.
  const coqFact = coq === undefined && trades > floor ? fact("certificateOfQualification", 3) : -1;
  const certificate = (world: readonly number[]): "AB" | "other" | undefined => {
    if (coqFact >= 0) return world[coqFact] === 0 ? undefined : world[coqFact] === 1 ? "other" : "AB";
    return coq == null ? undefined : coq.province === "AB" ? "AB" : "other";
  };
  type Reading = readonly [number, string | undefined, number, string | undefined];
  const read = (world: readonly number[]): Reading => {
    const placed = readers.map((r) => r(world));
    const top = Math.max(-1, ...placed.map((p) => p.points));
    const coqProvince = certificate(world);
    // The certificate of qualification earns the points only above every credential (on a tie the
    // credential in education is the one scored); its location is the province that issued it.
    if (coqProvince !== undefined && trades > top) {
      return coqProvince === "AB"
        ? [trades, "trades", alberta, "alberta"]
        : [trades, "trades", elsewhere, "other-province"];
    }
    if (placed.length === 0) return [0, undefined, 0, undefined];
    const highest = placed.filter((p) => p.points === top);
    const first = highest[0] as Placed;
    // No points for secondary school or lower (FAQ), and so none for where it was completed.
    if (top <= 0) return [0, first.option, 0, undefined];
    const best = highest.reduce((a, b) => (b.location > a.location ? b : a));
    return [top, first.option, best.location, best.locationOption];
  };
  const worlds = facts.reduce((n, f) => n * f.answers, 1);
  if (worlds > MAX_EDUCATION_WORLDS) {
    const missing = facts.map((f) => f.path);
    return [
      { points: 0, maximumReachable: maximumOf(grid, "education"), missing },
      { points: 0, maximumReachable: maximumOf(grid, "education-location"), missing },
    ];
  }
  // Per line: the fewest and most points, overall and with each fact fixed to each answer.
  const lines = [0, 2].map(() => ({
    min: Number.POSITIVE_INFINITY,
    max: 0,
    option: undefined as string | undefined,
    byFact: facts.map((f) => Array.from({ length: f.answers }, () => [Number.POSITIVE_INFINITY, 0])),
  }));
  const world = facts.map(() => 0);
  for (let n = 0; n < worlds; n++) {
    let rest = n;
    for (let f = 0; f < facts.length; f++) {
      const answers = (facts[f] as EducationFact).answers;
      world[f] = rest % answers;
      rest = Math.floor(rest / answers);
    }
    const reading = read(world);
    lines.forEach((line, k) => {
      const points = reading[k * 2] as number;
      if (points < line.min) {
        line.min = points;
        line.option = reading[k * 2 + 1] as string | undefined;
      }
      line.max = Math.max(line.max, points);
      line.byFact.forEach((answers, f) => {
        const range = answers[world[f] as number] as number[];
        range[0] = Math.min(range[0] as number, points);
        range[1] = Math.max(range[1] as number, points);
      });
    });
  }
  const parts = lines.map((line): Part => {
    const asked = facts.filter((_, f) => {
      const ranges = line.byFact[f] as number[][];
      return ranges.some((r) => r[0] !== ranges[0]?.[0] || r[1] !== ranges[0]?.[1]);
    });
    return { points: line.min, maximumReachable: line.max, option: line.option, missing: asked.map((f) => f.path) };
  });
  return [parts[0] as Part, parts[1] as Part];
}

function englishPoints(grid: GridVersion, clb: number): [number, string] {
  const id = clb >= 6 ? "english-clb-6" : clb === 5 ? "english-clb-5" : clb === 4 ? "english-clb-4" : "english-clb-3";
  return [pointsOf(grid, "language", id), id];
}

function frenchPoints(grid: GridVersion, nclc: number): [number, string] {
  const id =
    nclc >= 6 ? "french-nclc-6" : nclc === 5 ? "french-nclc-5" : nclc === 4 ? "french-nclc-4" : "french-nclc-3";
  return [pointsOf(grid, "language", id), id];
}

type LanguageLevels = ReturnType<typeof officialLanguageLevels>;

function language(grid: GridVersion, levels: LanguageLevels): [Part, Part] {
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

/** Months of full-time-equivalent work: 130 hours a month (1,560 a year). */
function monthsOf(jobs: readonly WorkExperience[], asOf: IsoDate): number {
  const lastDay = addDays(asOf, -1);
  const periods: WorkPeriod[] = [];
  for (const job of jobs) {
    const end = job.to === undefined || job.to > lastDay ? lastDay : job.to;
    if (job.from <= end) periods.push({ start: job.from, end, hoursPerWeek: job.hoursPerWeek });
  }
  return Math.floor(fullTimeEquivalentHours(periods) / 130 + 1e-9);
}

/**
 * The most Canadian jobs with no province whose placements (Alberta or elsewhere) are all tried;
 * beyond it the certain points count only the jobs whose province is given (never more than is certain).
 */
const MAX_PLACED_JOBS = 10;

/**
 * Whether a job's work counts (FAQ: only full-time, paid work; in Canada only work IRCC
 * authorised): `yes`, `no`, or `maybe` with the unanswered paths that decide it.
 */
function jobCounts(
  job: WorkExperience,
  i: number,
): { readonly counts: "yes" | "no" | "maybe"; readonly open: string[] } {
  const inCanada = job.country === "CA";
  if (job.hoursPerWeek < FULL_TIME_HOURS_PER_WEEK || job.paid === false || (inCanada && job.authorized === false)) {
    return { counts: "no", open: [] };
  }
  const open = [
    ...(job.paid === undefined ? [`workHistory[${i}].paid`] : []),
    ...(inCanada && job.authorized === undefined ? [`workHistory[${i}].authorized`] : []),
  ];
  return { counts: open.length === 0 ? "yes" : "maybe", open };
}

function workExperience(grid: GridVersion, c: Candidate, asOf: IsoDate): [Part, Part] {
  if (c.workHistory === undefined) {
    const missing = ["workHistory"];
    return [
      { points: 0, maximumReachable: maximumOf(grid, "work-experience"), missing },
      { points: 0, maximumReachable: maximumOf(grid, "work-experience-location"), missing },
    ];
  }
  const judged = c.workHistory.map((job, i) => ({ job, i, ...jobCounts(job, i) }));
  // Adding a job's months never lowers either line: the certain points count the jobs that
  // certainly count, the reachable points every job that could.
  const sure = judged.filter((j) => j.counts === "yes");
  const possible = judged.filter((j) => j.counts !== "no");
  const tier = (months: number) => (months >= 12 ? "12-months" : months >= 6 ? "6-months" : "under-6-months");
  // The grid's lowest option is "Less than 6 months" (3), read as written: it includes no work at all.
  const totalId = tier(
    monthsOf(
      sure.map((j) => j.job),
      asOf,
    ),
  );
  const reachableId = tier(
    monthsOf(
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
  const choose = (ab: number, other: number): [number, string | undefined] =>
    ab >= 6
      ? [pointsOf(grid, "work-experience-location", "alberta"), "alberta"]
      : other >= 6
        ? [pointsOf(grid, "work-experience-location", "other-province"), "other-province"]
        : [0, undefined];
  // A Canadian job with no province was in Alberta or in another province: the certain points are
  // the fewest any placement of those jobs gives, the reachable points the most.
  let [points, option] = choose(monthsOf(alberta, asOf), monthsOf(elsewhere, asOf));
  if (open.length > 0 && open.length <= MAX_PLACED_JOBS) {
    for (let mask = 0; mask < 2 ** open.length; mask++) {
      const toAlberta = open.filter((_, i) => (mask >> i) & 1);
      const toElsewhere = open.filter((_, i) => !((mask >> i) & 1));
      const placed = choose(monthsOf([...alberta, ...toAlberta], asOf), monthsOf([...elsewhere, ...toElsewhere], asOf));
      if (mask === 0 || placed[0] < points) [points, option] = placed;
    }
  }
  const maybeCanadian = canadian(possible).map((j) => j.job);
  const [reachable] = choose(
    monthsOf(
      maybeCanadian.filter((job) => job.province === "AB" || job.province === undefined),
      asOf,
    ),
    monthsOf(
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

function age(grid: GridVersion, c: Candidate, asOf: IsoDate): Part {
  if (c.dateOfBirth === undefined) {
    return { points: 0, maximumReachable: maximumOf(grid, "age"), missing: ["dateOfBirth"] };
  }
  const years = ageOn(c.dateOfBirth, asOf);
  const id = years < 18 ? undefined : years <= 20 ? "18-20" : years <= 34 ? "21-34" : years <= 49 ? "35-49" : "50-plus";
  return certain(id === undefined ? 0 : pointsOf(grid, "age", id), id);
}

/**
 * Family in Alberta (FAQ): a parent, child or sibling counts whatever the EOI's submission date; a
 * grandparent, grandchild, aunt, uncle, niece or nephew only for an EOI submitted on or before the
 * data's `widerFamilyThrough` (2025-01-29).
 */
function family(grid: GridVersion, readings: WorkerEoiReadings, c: Candidate): Part {
  const full = pointsOf(grid, "family-in-alberta", "yes");
  if (c.familyInAlberta === true) return certain(full, "yes");
  const submitted = c.workerEoiSubmittedOn;
  const widerListApplies = submitted === undefined ? undefined : submitted <= readings.widerFamilyThrough;
  const wider =
    widerListApplies === false || c.extendedFamilyInAlberta === false
      ? false
      : widerListApplies === true && c.extendedFamilyInAlberta === true
        ? true
        : undefined;
  if (wider === true) return certain(full, "yes");
  if (c.familyInAlberta === false && wider === false) return certain(0);
  const missing = [
    ...(c.familyInAlberta === undefined ? ["familyInAlberta"] : []),
    ...(wider === undefined && c.extendedFamilyInAlberta === undefined ? ["extendedFamilyInAlberta"] : []),
    ...(wider === undefined && widerListApplies === undefined ? ["workerEoiSubmittedOn"] : []),
  ];
  return { points: 0, maximumReachable: maximumOf(grid, "family-in-alberta"), missing };
}

function yesNo(grid: GridVersion, factor: string, value: boolean | undefined, path: string): Part {
  if (value === undefined) return { points: 0, maximumReachable: maximumOf(grid, factor), missing: [path] };
  return value ? certain(pointsOf(grid, factor, "yes"), "yes") : certain(0);
}

/** The Group II lines: job offer, sector endorsement, offer location, regulated occupation. */
function economic(grid: GridVersion, c: Candidate): [Part, Part, Part, Part] {
  const offer = c.jobOffer;
  const ids = ["job-offer", "sector-endorsement", "offer-location", "regulated-occupation"] as const;
  if (offer === null) return [certain(0), certain(0), certain(0), certain(0)];
  if (offer === undefined) {
    const [a, b, d, e] = ids.map((id) => ({ points: 0, maximumReachable: maximumOf(grid, id), missing: ["jobOffer"] }));
    return [a as Part, b as Part, d as Part, e as Part];
  }
  // In Alberta: only the province says so (a community answered beside another province would
  // contradict it, so the community is not read as implying Alberta).
  const inAlberta = offer.province === undefined ? undefined : offer.province === "AB";
  const fullTime = offer.hoursPerWeek === undefined ? undefined : offer.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK;
  const not = (value: boolean | undefined) => (value === undefined ? undefined : !value);
  // FAQ: permanent, non-seasonal, full-time employment, not a combination of occupations.
  const conditions: [boolean | undefined, string][] = [
    [inAlberta, "jobOffer.province"],
    [offer.permanent, "jobOffer.permanent"],
    [fullTime, "jobOffer.hoursPerWeek"],
    [not(offer.seasonal), "jobOffer.seasonal"],
    [not(offer.combinationOfOccupations), "jobOffer.combinationOfOccupations"],
  ];
  const offerMax = maximumOf(grid, "job-offer");
  const jobOffer: Part = conditions.some(([value]) => value === false)
    ? certain(0)
    : conditions.every(([value]) => value === true)
      ? certain(offerMax, "yes")
      : {
          points: 0,
          maximumReachable: offerMax,
          missing: conditions.filter(([value]) => value === undefined).map(([, path]) => path),
        };

  // The other lines are about an offer in Alberta: none outside it; unsure while the province is open.
  const inAlbertaOnly = (part: Part): Part => {
    if (inAlberta === true) return part;
    if (inAlberta === false) return certain(0);
    return part.maximumReachable === 0
      ? certain(0)
      : { points: 0, maximumReachable: part.maximumReachable, missing: [...part.missing, "jobOffer.province"] };
  };
  const sector =
    offer.sectorEndorsement === undefined
      ? { points: 0, maximumReachable: maximumOf(grid, "sector-endorsement"), missing: ["jobOffer.sectorEndorsement"] }
      : offer.sectorEndorsement === null
        ? certain(0)
        : certain(pointsOf(grid, "sector-endorsement", offer.sectorEndorsement), offer.sectorEndorsement);
  const location =
    offer.community === undefined
      ? { points: 0, maximumReachable: maximumOf(grid, "offer-location"), missing: ["jobOffer.community"] }
      : certain(pointsOf(grid, "offer-location", offer.community), offer.community);
  const regulated = yesNo(
    grid,
    "regulated-occupation",
    offer.regulatedOccupationAlbertaLicence,
    "jobOffer.regulatedOccupationAlbertaLicence",
  );
  return [jobOffer, inAlbertaOnly(sector), inAlbertaOnly(location), inAlbertaOnly(regulated)];
}

/**
 * The problems with the input that keep the grid from scoring it, as `calculateCrs` reports them:
 * a date of birth that is not a date or is after `asOf` (`born_after_as_of`: there is no age), and
 * the problems of the language results held on `asOf` (a score off its test's scale, `off_scale`;
 * a test not accepted on its date; ...), by path.
 */
function inputIssues(c: Candidate, asOf: IsoDate, levels: LanguageLevels): InputIssue[] {
  const issues: InputIssue[] = [];
  const birth = c.dateOfBirth === undefined ? undefined : dateOfBirthIssue(c.dateOfBirth, asOf);
  if (birth !== undefined) issues.push(birth);
  issues.push(...relevantIssues(levels.issues, c.languageTests, "languageTests", asOf));
  return issues;
}

/**
 * The wage and hours of work of an Alberta job offer: asked in EOIs submitted from the data's
 * `wageAndHoursFrom` (2026-02-25), not held by earlier ones. No points either way.
 */
function wageAndHoursNotes(readings: WorkerEoiReadings, c: Candidate): WorkerEoiNote[] {
  const offer = c.jobOffer;
  if (offer == null || (offer.province !== undefined && offer.province !== "AB")) return [];
  const from = readings.wageAndHoursFrom;
  const source = readings.wageAndHoursSource;
  const submitted = c.workerEoiSubmittedOn;
  if (submitted !== undefined && submitted < from) {
    return [
      {
        code: "wage_and_hours_not_collected",
        message: `A Worker EOI submitted before ${from} (this one on ${submitted}) holds no wage or hours of work for the Alberta job offer; draws that consider them do not consider it.`,
        source,
      },
    ];
  }
  const open = [
    ...(offer.hourlyWageCad === undefined ? ["jobOffer.hourlyWageCad"] : []),
    ...(offer.hoursPerWeek === undefined ? ["jobOffer.hoursPerWeek"] : []),
  ];
  if (open.length === 0) return [];
  const when =
    submitted === undefined ? `A Worker EOI submitted on or after ${from}` : `This Worker EOI (submitted ${submitted})`;
  return [
    {
      code: "wage_and_hours_asked",
      message: `${when} must state the Alberta job offer's wage and hours of work (answer ${open.join(", ")}): they give no points, but draws that consider them leave out EOIs without them.`,
      source,
    },
  ];
}

function lineOf(grid: GridVersion, id: WorkerEoiLineId, part: Part, clarifiedBy?: Citation): WorkerEoiLine {
  const factor = grid.factors.get(id);
  return {
    id,
    group: factor?.group ?? "I",
    label: factor?.label ?? id,
    points: part.points,
    maximumReachable: part.maximumReachable,
    maximum: factor?.maximum ?? 0,
    ...(part.option === undefined
      ? {}
      : { option: part.option, optionLabel: factor?.optionLabels.get(part.option) ?? part.option }),
    source: part.source ?? grid.source,
    ...(clarifiedBy === undefined ? {} : { clarifiedBy }),
    // A line already at its best has nothing left to ask.
    missing: part.maximumReachable > part.points ? part.missing : [],
  };
}

/**
 * The day of a Worker EOI function's `asOf` (an {@link IsoDate}, or a `Date` read as its local
 * calendar day), or the `invalid_date` issue that says why there is none. Internal: the score and
 * the draw comparison read it alike.
 */
export function workerEoiAsOf(options: WorkerEoiOptions): { readonly asOf: IsoDate } | { readonly issue: InputIssue } {
  return asOfOrIssue((options as Partial<WorkerEoiOptions> | undefined)?.asOf);
}

/**
 * Scores a candidate on the AAIP Worker Expression of Interest grid (100 points: Group I, human
 * capital, 69; Group II, economic factors, 31) in force on `asOf`, line by line with sources.
 *
 * Dates: an `asOf` before 2024-09-30 (when the Worker EOI began) is an issue `before_worker_eoi`;
 * from 2024-09-30 to 2025-08-06 the grid in force is not known to us, so the result is
 * `{ ok: false, unknown: true }` with `worker_eoi_grid_unknown` (the later grid is never reused);
 * from 2025-08-07 the grid effective that day is used.
 *
 * Input: problems the grid cannot score are `{ ok: false, unknown: false, issues }`, by path, as
 * `calculateCrs` gives them: a date of birth after `asOf` (`born_after_as_of`) and problems with a
 * language result held on `asOf` (a score off the test's scale, `off_scale`; results dated after
 * `asOf` or expired are not held, and their problems do not matter). They are checked after
 * `invalid_date` and `before_worker_eoi` but before `worker_eoi_grid_unknown`, so wrong input is
 * reported even on a day whose grid is not known.
 *
 * How each factor is read: the AAIP's answers to common questions (alberta.ca, retrieved
 * 2026-06-20; each line that follows one cites it in `clarifiedBy`), and choices where both are
 * silent, stated:
 * - Education: the highest credential only (a professional degree counts as a master's; one-, two-
 *   and three-year credentials as "diploma or certificate"; a foreign credential's `level` is read
 *   as the level its ECA gives); a Canadian certificate of qualification counts as a trades
 *   certificate. A Canadian program that required a completed degree (`admissionRequirement`) is
 *   claimed at that degree's level when the list holds the degree; left out, it could be claimed at
 *   the best degree held besides it. Location ("of highest education"): that of the credential that
 *   earned the education points; none for secondary school or lower, none when the highest is
 *   foreign (a lower Canadian one does not count), and none from a Canadian institution that is
 *   not a Designated Learning Institution (`designatedLearningInstitution`). When the certificate
 *   of qualification earned the points (its trades points are above every credential in
 *   `education`), its `province` (a reading: the FAQ's institution rule names no issuer of
 *   certificates). On a tie between a credential in `education` and the certificate, the
 *   credential in `education` is the one scored. Each unanswered fact is tried with each answer.
 * - Language: the best valid result per language, read with `officialLanguageLevels`/`toClb`; the
 *   CLB/NCLC the grid uses is the lowest of the four abilities. The higher of the English and
 *   French columns counts (the French column's source is a secondary transcription), plus the
 *   bilingual bonus for CLB 4+ in English and NCLC 4+ in French. Expired tests do not count.
 * - Work experience: full-time (30 hours a week or more), paid work in `workHistory`, in any
 *   occupation and country, at any time before `asOf`, in months (130 hours a month); in Canada only
 *   work IRCC authorised (`authorized`). A part-time job counts nothing; a job whose `paid` (or, in
 *   Canada, `authorized`) is left out may count. "Less than 6 months" (3) is read as written: it
 *   includes no work at all, so an answered empty history scores 3 (an unanswered one 0, up to 11).
 *   In Canada: months with `country: "CA"` and `province: "AB"` (Alberta) or another province; the
 *   single best row counts.
 * - Age on `asOf` (under 18: 0). Family in Alberta: `familyInAlberta` (a parent, child or sibling)
 *   counts for any EOI; `extendedFamilyInAlberta` (a grandparent, grandchild, aunt, uncle, niece or
 *   nephew) only for an EOI submitted on or before 2025-01-29 (`workerEoiSubmittedOn`).
 * - Job offer: 10 for an offer in Alberta that is permanent, at least 30 hours a week, not seasonal
 *   and not a combination of occupations. Sector endorsement and offer location are "one of"
 *   factors: the single best option counts. They and the regulated-occupation line need the offer
 *   to be in Alberta, not to be permanent or full time.
 * - `notes`: the wage and hours of work of an Alberta job offer, asked in EOIs submitted on or after
 *   2026-02-25 and held by no earlier EOI; no points.
 *
 * Unanswered facts (left out) count 0 in `points` and their best in `maximumReachable`, with their
 * paths in `missing`; `null` answers "none". Pure: reads no clock, never mutates its input, never
 * throws for candidate data.
 *
 * @example
 * ```ts
 * import { isoDate, scoreAlbertaWorkerEoi } from "alberta-atp";
 * const r = scoreAlbertaWorkerEoi(
 *   { dateOfBirth: isoDate("1995-01-01"), familyInAlberta: false, extendedFamilyInAlberta: false, jobOffer: null,
 *     education: [], workHistory: [] },
 *   { asOf: isoDate("2026-06-01") },
 * );
 * if (r.ok) r.total; // 8: age 31 (5) and no work, "less than 6 months" (3); r.maximumReachable is 38: a certificate of qualification (7, and its location in Alberta 10) and language tests (13) are not answered
 * ```
 */
export function scoreAlbertaWorkerEoi(candidate: Candidate, options: WorkerEoiOptions): WorkerEoiResult {
  const day = workerEoiAsOf(options);
  if ("issue" in day) return { ok: false, unknown: false, issues: [day.issue] };
  const asOf = day.asOf;
  const data = workerEoiData();
  if (asOf < data.systemFrom) {
    return {
      ok: false,
      unknown: false,
      issues: [
        {
          path: "asOf",
          code: "before_worker_eoi",
          message: `There was no AAIP Worker Expression of Interest score on ${asOf}: the Worker EOI began on ${data.systemFrom}, before which AAIP worker streams took applications without an EOI draw.`,
        },
      ],
    };
  }
  if (typeof candidate !== "object" || candidate === null) {
    return {
      ok: false,
      unknown: false,
      issues: [{ path: "", code: "invalid_type", message: "Expected a candidate object." }],
    };
  }
  const levels = officialLanguageLevels(candidate.languageTests, { asOf, rank: minimumClb });
  const issues = inputIssues(candidate, asOf, levels);
  if (issues.length > 0) return { ok: false, unknown: false, issues };
  const gap = data.unknownPeriods.find((p) => asOf >= p.from && asOf < p.to);
  const grid = [...data.versions].reverse().find((v) => asOf >= v.from);
  if (gap !== undefined || grid === undefined) {
    return {
      ok: false,
      unknown: true,
      issues: [
        {
          path: "asOf",
          code: "worker_eoi_grid_unknown",
          message: `The Worker EOI points grid in force on ${asOf} is not known: ${gap?.reason ?? "no grid version covers the date."}`,
        },
      ],
    };
  }
  const [educationPart, locationPart] = educationLines(grid, candidate, asOf);
  const [languageMain, bilingual] = language(grid, levels);
  const [totalWork, workInCanada] = workExperience(grid, candidate, asOf);
  const [offer, sector, location, regulated] = economic(grid, candidate);
  const readings = data.readings;
  const line = (id: WorkerEoiLineId, part: Part) => lineOf(grid, id, part, readings.clarifiedBy.get(id));
  const lines: WorkerEoiLine[] = [
    line("education", educationPart),
    line("education-location", locationPart),
    line("language", languageMain),
    line("language-bilingual", bilingual),
    line("work-experience", totalWork),
    line("work-experience-location", workInCanada),
    line("age", age(grid, candidate, asOf)),
    line("family-in-alberta", family(grid, readings, candidate)),
    line("job-offer", offer),
    line("sector-endorsement", sector),
    line("offer-location", location),
    line("regulated-occupation", regulated),
  ];
  const sum = (group?: "I" | "II") =>
    lines.filter((l) => group === undefined || l.group === group).reduce((s, l) => s + l.points, 0);
  const missing = [...new Set(lines.flatMap((l) => l.missing))];
  return {
    ok: true,
    asOf,
    lines,
    groupI: sum("I"),
    groupII: sum("II"),
    total: sum(),
    maximumReachable: lines.reduce((s, l) => s + l.maximumReachable, 0),
    missing,
    notes: wageAndHoursNotes(readings, candidate),
    source: grid.source,
  };
}
