// The public shapes of a Worker EOI score: its lines, notes, result and options.

import type { Citation } from "../../../core/citation.js";
import type { Result } from "../../../core/input-issue.js";
import type { IsoDate } from "../../../core/iso-date.js";
import type { Message } from "../../../core/message.js";
import type { ScoreBounds } from "../../../core/score-bounds.js";

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
 * const line: WorkerEoiLine = { id: "age", group: "I", label: "Age", message: message("worker-eoi.line.age", {}),
 *   points: 5, maximumReachable: 5, maximum: 5, option: "21-34", optionLabel: "21 to 34",
 *   optionMessage: message("worker-eoi.option", { line: "age", option: "21-34" }), source: grid, missing: [] };
 * ```
 */
export interface WorkerEoiLine {
  readonly id: WorkerEoiLineId;
  /** Group I: human capital (max 69); Group II: economic factors (max 31). */
  readonly group: "I" | "II";
  /** The grid's name of the factor, in English (the text of `message`). */
  readonly label: string;
  /** The factor's name as a message (id `worker-eoi.line.<id>`), to show it in a locale. */
  readonly message: Message;
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
  /** `option` as a message (id `worker-eoi.option`, with the line and the option), present exactly when `option` is. */
  readonly optionMessage?: Message;
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
 * const note: WorkerEoiNote = {
 *   code: "wage_and_hours_asked",
 *   message: message("worker-eoi.note.wage-and-hours-asked", { from: isoDate("2026-02-25"), answer: ["jobOffer.hourlyWageCad"] }),
 *   source: updates,
 * };
 * renderMessage(note.message, en);
 * ```
 */
export interface WorkerEoiNote {
  /**
   * `offer_after_as_of`: the job offer is dated after `asOf` and scores nothing that day;
   * `wage_and_hours_asked` / `wage_and_hours_not_collected`: the offer's wage and hours.
   */
  readonly code: "offer_after_as_of" | "wage_and_hours_asked" | "wage_and_hours_not_collected";
  /** What the note says, as a message (id `worker-eoi.note.<...>`): `renderMessage(note.message, locale)`. */
  readonly message: Message;
  readonly source: Citation;
}

/**
 * A Worker EOI score: the breakdown, the certain totals and the maximum still reachable
 * ({@link ScoreBounds}): `total` is the sum of the lines, `groupI + groupII`, at most 100;
 * `maximumReachable` the sum of the lines' own; `missing` in line order.
 *
 * @example
 * ```ts
 * const r = scoreAlbertaWorkerEoi(candidate, { asOf: isoDate("2026-06-01") });
 * if (r.ok) console.log(`${r.total} certain, up to ${r.maximumReachable}; answer: ${r.missing.join(", ")}`);
 * ```
 */
export interface WorkerEoiScore extends ScoreBounds {
  readonly ok: true;
  readonly asOf: IsoDate;
  readonly lines: readonly WorkerEoiLine[];
  /** Certain points of Group I (human capital, at most 69). */
  readonly groupI: number;
  /** Certain points of Group II (economic factors, at most 31). */
  readonly groupII: number;
  /** What the EOI asks that gives no points (the offer's wage and hours of work), with its source. */
  readonly notes: readonly WorkerEoiNote[];
  /** The grid version used. */
  readonly source: Citation;
  /**
   * The day the grid, the AAIP's readings of it and the language charts were last verified
   * against their sources; when `asOf` is later, `caveats` says so.
   */
  readonly verifiedThrough: IsoDate;
  /** The stale caveat (`assessment.stale`) when `asOf` is after `verifiedThrough`; usually empty. */
  readonly caveats: readonly Message[];
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
export type WorkerEoiResult = Result<WorkerEoiScore, { readonly unknown: boolean }>;

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
