// The AAIP Worker Expression of Interest score (the 100-point grid), line by line, with the points
// that are certain, the points still reachable and the answers that could raise them.

import { asOfOrIssue } from "../../../core/as-of.js";
import { earliestDay, freshnessCaveat } from "../../../core/freshness.js";
import type { InputIssue } from "../../../core/input-issue.js";
import { describeIsoDateProblem, type IsoDate } from "../../../core/iso-date.js";
import { message } from "../../../core/message.js";
import { dateOfBirthIssue, relevantIssues } from "../../../crs/input-issues.js";
import { minimumClb } from "../../../language/clb.js";
import { LANGUAGE_EQUIVALENCY_VERIFIED } from "../../../language/equivalency.js";
import { officialLanguageLevels } from "../../../language/official-language-levels.js";
import type { Candidate } from "../../../models/candidate.js";
import { offerMadeAfter } from "../../../models/job-offer-made.js";
import { candidateArgumentIssue } from "../../../models/read-candidate.js";
import { dataDoubts } from "../../federal/data-doubts.js";
import { WORKER_EOI_GRID_DOUBTS } from "../data-messages.js";
import { age } from "./age.js";
import { workerEoiData } from "./data.js";
import { educationLines } from "./education.js";
import { family } from "./family.js";
import { economic } from "./job-offer.js";
import { type LanguageLevels, language } from "./language.js";
import { lineOf, type Part } from "./part.js";
import type { WorkerEoiLine, WorkerEoiLineId, WorkerEoiOptions, WorkerEoiResult } from "./types.js";
import { wageAndHoursNotes } from "./wage-and-hours.js";
import { workExperience } from "./work-experience.js";

/**
 * The problems with the input that keep the grid from scoring it, as `calculateCrs` reports them:
 * a date of birth that is not a date or is after `asOf` (`born_after_as_of`: there is no age), and
 * the problems of the language results held on `asOf` (a score off its test's scale, `off_scale`;
 * a test not accepted on its date; ...), and a Worker EOI submitted before the Worker EOI began
 * (`before_worker_eoi`), by path.
 */
function inputIssues(c: Candidate, asOf: IsoDate, levels: LanguageLevels, startedOn: IsoDate): InputIssue[] {
  const issues: InputIssue[] = [];
  const birth = c.dateOfBirth === undefined ? undefined : dateOfBirthIssue(c.dateOfBirth, asOf);
  if (birth !== undefined) issues.push(birth);
  const submittedOn = c.workerEoiSubmittedOn;
  if (typeof submittedOn === "string" && describeIsoDateProblem(submittedOn) === undefined && submittedOn < startedOn) {
    issues.push({
      path: "workerEoiSubmittedOn",
      code: "before_worker_eoi",
      message: message("input.worker-eoi.submitted-before-start", { submittedOn, startedOn }),
    });
  }
  issues.push(...relevantIssues(levels.issues, c.languageTests, "languageTests", asOf));
  return issues;
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
 * `asOf` or expired are not held, and their problems do not matter), and a `workerEoiSubmittedOn`
 * before 2024-09-30 (`before_worker_eoi`, no Worker EOI could be submitted then). They are checked
 * after `invalid_date` and `before_worker_eoi` but before `worker_eoi_grid_unknown`, so wrong input
 * is reported even on a day whose grid is not known.
 *
 * How each factor is read: the AAIP's answers to common questions (alberta.ca, retrieved
 * 2026-06-20; each line that follows one cites it in `clarifiedBy`), and choices where both are
 * silent, stated:
 * - Education: the highest credential only (a professional degree counts as a master's; one-, two-
 *   and three-year credentials as "diploma or certificate", or as "trades certificate or diploma"
 *   when `trades` is `true` (left out, undecided); a foreign credential's `level` is read as the
 *   level its ECA gives); a Canadian certificate of qualification counts as a trades certificate.
 *   A Canadian program that required a completed degree (`admissionRequirement`) is claimed at that
 *   degree's level when the list holds the degree; left out, it could be claimed at any degree
 *   level held besides it or below it. Location ("of highest education"): that of the credential that
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
 *   factors: the single best option counts. They and the regulated-occupation line are points of
 *   that offer and need it to qualify as well (the AAIP's answers: "To claim points, the Alberta
 *   job offer must be permanent and non-seasonal full-time employment").
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
  const day = asOfOrIssue((options as Partial<WorkerEoiOptions> | undefined)?.asOf);
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
          message: message("input.as-of.before-worker-eoi", { startedOn: data.systemFrom, asOf }),
        },
      ],
    };
  }
  const notObject = candidateArgumentIssue(candidate);
  if (notObject !== undefined) return { ok: false, unknown: false, issues: [notObject] };
  const levels = officialLanguageLevels(candidate.languageTests, { asOf, rank: minimumClb });
  const issues = inputIssues(candidate, asOf, levels, data.systemFrom);
  if (issues.length > 0) return { ok: false, unknown: false, issues };
  const gap = data.unknownPeriods.find((p) => asOf >= p.from && asOf < p.to);
  const grid = [...data.versions].reverse().find((v) => asOf >= v.from);
  if (gap !== undefined || grid === undefined) {
    const note = gap === undefined ? undefined : dataDoubts([gap], WORKER_EOI_GRID_DOUBTS);
    return {
      ok: false,
      unknown: true,
      issues: [
        {
          path: "asOf",
          code: "worker_eoi_grid_unknown",
          message: message("input.as-of.worker-eoi-grid-unknown", note === undefined ? { asOf } : { asOf, note }),
        },
      ],
    };
  }
  const [educationPart, locationPart] = educationLines(grid, candidate, asOf);
  const [languageMain, bilingual] = language(grid, levels);
  const [totalWork, workInCanada] = workExperience(grid, candidate, asOf);
  // An offer dated after asOf did not exist yet that day: it scores nothing, as in every program.
  const laterOffer = candidate.jobOffer != null && offerMadeAfter(candidate.jobOffer, asOf) ? candidate.jobOffer : null;
  const held: Candidate = laterOffer === null ? candidate : { ...candidate, jobOffer: null };
  const [offer, sector, location, regulated] = economic(grid, held);
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
    line("family-in-alberta", family(grid, candidate)),
    line("job-offer", offer),
    line("sector-endorsement", sector),
    line("offer-location", location),
    line("regulated-occupation", regulated),
  ];
  const sum = (group?: "I" | "II") =>
    lines.filter((l) => group === undefined || l.group === group).reduce((s, l) => s + l.points, 0);
  const missing = [...new Set(lines.flatMap((l) => l.missing))];
  const verifiedThrough = earliestDay(data.verified, LANGUAGE_EQUIVALENCY_VERIFIED);
  const stale = freshnessCaveat(verifiedThrough, asOf);
  return {
    ok: true,
    asOf,
    lines,
    groupI: sum("I"),
    groupII: sum("II"),
    total: sum(),
    maximumReachable: lines.reduce((s, l) => s + l.maximumReachable, 0),
    missing,
    notes: [
      ...(laterOffer?.offeredOn === undefined
        ? []
        : [
            {
              code: "offer_after_as_of" as const,
              message: message("worker-eoi.note.offer-after-as-of", { offeredOn: laterOffer.offeredOn, asOf }),
              source: grid.source,
            },
          ]),
      ...wageAndHoursNotes(readings, held),
    ],
    source: grid.source,
    verifiedThrough,
    caveats: stale === undefined ? [] : [stale],
  };
}
