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
import { type GridVersion, workerEoiData } from "./worker-eoi-data.js";

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
  /** Input paths whose answers could raise this line. */
  readonly missing: readonly string[];
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

function education(grid: GridVersion, c: Candidate, asOf: IsoDate): Part {
  const coq = heldCertificate(c, asOf);
  const trades = pointsOf(grid, "education", "trades");
  let best = 0;
  let option: string | undefined;
  for (const credential of c.education ?? []) {
    if (!completedBy(credential, asOf)) continue;
    const id = EDUCATION_OPTION[credential.level];
    const p = pointsOf(grid, "education", id);
    if (option === undefined || p > best) {
      best = p;
      option = id;
    }
  }
  if (coq != null && trades > best) {
    best = trades;
    option = "trades";
  }
  const missing: string[] = [];
  let reachable = best;
  if (c.education === undefined) {
    missing.push("education");
    reachable = maximumOf(grid, "education");
  }
  if (coq === undefined && trades > reachable) {
    missing.push("certificateOfQualification");
    reachable = trades;
  }
  return {
    points: best,
    maximumReachable: reachable,
    option: c.education === undefined && coq == null ? undefined : option,
    missing,
  };
}

/** The certificate of qualification held on `asOf`: `undefined` when not answered, `null` when none is held. */
function heldCertificate(c: Candidate, asOf: IsoDate): Candidate["certificateOfQualification"] {
  const coq = c.certificateOfQualification;
  // Issued after asOf: not held yet.
  return coq != null && coq.issuedOn > asOf ? null : coq;
}

function educationLocation(grid: GridVersion, c: Candidate, asOf: IsoDate): Part {
  if (c.education === undefined) {
    return { points: 0, maximumReachable: maximumOf(grid, "education-location"), missing: ["education"] };
  }
  const alberta = pointsOf(grid, "education-location", "alberta");
  const elsewhere = pointsOf(grid, "education-location", "other-province");
  // A credential completed after asOf is not held yet: it is neither the highest nor located.
  const levels = c.education.map((e) =>
    completedBy(e, asOf) ? pointsOf(grid, "education", EDUCATION_OPTION[e.level]) : -1,
  );
  const highest = Math.max(-1, ...levels);
  const coq = heldCertificate(c, asOf);
  const trades = pointsOf(grid, "education", "trades");
  // The certificate of qualification earned the education points (as in education()): the
  // location is the province that issued it, always in Canada.
  if (coq != null && trades > highest) {
    return coq.province === "AB" ? certain(alberta, "alberta") : certain(elsewhere, "other-province");
  }
  let points = 0;
  let reachable = 0;
  let option: string | undefined = c.education.length === 0 ? undefined : "none";
  const missing: string[] = [];
  c.education.forEach((credential, i) => {
    if (levels[i] !== highest || highest < 0 || !credential.inCanada) return;
    if (credential.province === undefined) {
      if (elsewhere > points) {
        points = elsewhere;
        option = "other-province";
      }
      reachable = Math.max(reachable, alberta);
      missing.push(`education[${i}].province`);
      return;
    }
    const [p, id] = credential.province === "AB" ? [alberta, "alberta"] : [elsewhere, "other-province"];
    if (p > points) {
      points = p;
      option = id;
    }
    reachable = Math.max(reachable, p);
  });
  reachable = Math.max(reachable, points);
  // Not answered, a certificate of qualification could be the highest credential: then the
  // location is its province, Alberta (10) or another (6), whatever `education` says.
  if (coq === undefined && trades > highest) {
    if (points > elsewhere) {
      points = elsewhere;
      option = "other-province";
    }
    reachable = Math.max(reachable, alberta);
    missing.push("certificateOfQualification");
  }
  return { points, maximumReachable: reachable, option, missing: reachable > points ? missing : [] };
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

function workExperience(grid: GridVersion, c: Candidate, asOf: IsoDate): [Part, Part] {
  if (c.workHistory === undefined) {
    const missing = ["workHistory"];
    return [
      { points: 0, maximumReachable: maximumOf(grid, "work-experience"), missing },
      { points: 0, maximumReachable: maximumOf(grid, "work-experience-location"), missing },
    ];
  }
  const history = c.workHistory;
  const total = monthsOf(history, asOf);
  // The grid's lowest option is "Less than 6 months" (3), read as written: it includes no work at all.
  const totalId = total >= 12 ? "12-months" : total >= 6 ? "6-months" : "under-6-months";
  const totalPart = certain(pointsOf(grid, "work-experience", totalId), totalId);

  const inCanada = history.filter((job) => job.country === "CA");
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
  const [reachable] = choose(monthsOf([...alberta, ...open], asOf), monthsOf([...elsewhere, ...open], asOf));
  const missing =
    reachable > points
      ? history.flatMap((job, i) =>
          job.country === "CA" && job.province === undefined ? [`workHistory[${i}].province`] : [],
        )
      : [];
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
  const conditions: [boolean | undefined, string][] = [
    [inAlberta, "jobOffer.province"],
    [offer.permanent, "jobOffer.permanent"],
    [fullTime, "jobOffer.hoursPerWeek"],
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

function lineOf(grid: GridVersion, id: WorkerEoiLineId, part: Part): WorkerEoiLine {
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
 * How each factor is read (choices where the grid is silent are stated):
 * - Education: the highest credential in `education` (a professional degree counts as a master's;
 *   one-, two- and three-year credentials as "diploma or certificate"); a Canadian certificate of
 *   qualification counts as a trades certificate. Location ("of highest education"): that of the
 *   credential that earned the education points. When that is the certificate of qualification
 *   (its trades points are above every credential in `education`), its `province`; otherwise the
 *   highest credentials in `education` completed in Canada, by their `province` (a credential in
 *   Canada with no province is certainly "elsewhere in Canada" and possibly Alberta). On a tie
 *   between a credential in `education` and the certificate, the credential in `education` is the
 *   one scored (the education line's `option` says which). An unanswered certificate that would be
 *   the highest could only be Alberta's (10) or another province's (6).
 * - Language: the best valid result per language, read with `officialLanguageLevels`/`toClb`; the
 *   CLB/NCLC the grid uses is the lowest of the four abilities. The higher of the English and
 *   French columns counts (the French column's source is a secondary transcription), plus the
 *   bilingual bonus for CLB 4+ in English and NCLC 4+ in French. Expired tests do not count.
 * - Work experience: all paid work in `workHistory`, any occupation or country, before `asOf`, in
 *   full-time-equivalent months (30 hours a week; 130 hours a month; part time earns its share).
 *   "Less than 6 months" (3) is read as written: it includes no work at all, so an answered empty
 *   history scores 3 (an unanswered one 0, up to 11). In Canada: months with
 *   `country: "CA"` and `province: "AB"` (Alberta) or another province; the single best row counts.
 * - Age on `asOf` (under 18: 0). Family in Alberta: `familyInAlberta`.
 * - Job offer: 10 for an offer in Alberta that is permanent and at least 30 hours a week. Sector
 *   endorsement and offer location are "one of" factors: the single best option counts. They and the
 *   regulated-occupation line need the offer to be in Alberta, not to be permanent or full time.
 *
 * Unanswered facts (left out) count 0 in `points` and their best in `maximumReachable`, with their
 * paths in `missing`; `null` answers "none". Pure: reads no clock, never mutates its input, never
 * throws for candidate data.
 *
 * @example
 * ```ts
 * import { isoDate, scoreAlbertaWorkerEoi } from "alberta-atp";
 * const r = scoreAlbertaWorkerEoi(
 *   { dateOfBirth: isoDate("1995-01-01"), familyInAlberta: false, jobOffer: null, education: [], workHistory: [] },
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
  const [languageMain, bilingual] = language(grid, levels);
  const [totalWork, workInCanada] = workExperience(grid, candidate, asOf);
  const [offer, sector, location, regulated] = economic(grid, candidate);
  const lines: WorkerEoiLine[] = [
    lineOf(grid, "education", education(grid, candidate, asOf)),
    lineOf(grid, "education-location", educationLocation(grid, candidate, asOf)),
    lineOf(grid, "language", languageMain),
    lineOf(grid, "language-bilingual", bilingual),
    lineOf(grid, "work-experience", totalWork),
    lineOf(grid, "work-experience-location", workInCanada),
    lineOf(grid, "age", age(grid, candidate, asOf)),
    lineOf(grid, "family-in-alberta", yesNo(grid, "family-in-alberta", candidate.familyInAlberta, "familyInAlberta")),
    lineOf(grid, "job-offer", offer),
    lineOf(grid, "sector-endorsement", sector),
    lineOf(grid, "offer-location", location),
    lineOf(grid, "regulated-occupation", regulated),
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
    source: grid.source,
  };
}
