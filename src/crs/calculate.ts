import type { Result } from "../core/input-issue.js";
import type { Candidate } from "../models/candidate.js";
import type { CandidateReadings } from "../readings/candidate-readings.js";
import type { CrsBreakdown } from "./breakdown.js";
import { deriveCrs } from "./derive.js";
import { type CrsOptions, scoreCrs } from "./score.js";

/**
 * What {@link calculateCrs} returns: the breakdown (with `ok: true`), or the problems with the
 * input that kept it from scoring.
 *
 * @example
 * ```ts
 * const r: CrsResult = calculateCrs(candidate, { asOf: isoDate("2026-01-15") });
 * if (r.ok) console.log(r.total, r.missing);
 * ```
 */
export type CrsResult = Result<CrsBreakdown>;

/**
 * The CRS score of a candidate on `asOf`: `scoreCrs(crsFactors(candidate))`, line by line.
 *
 * A candidate with only some fields gets the points the input proves, and `missing` lists the
 * input paths whose answers could add more (`dateOfBirth`, `languageTests`,
 * `workHistory[0].authorized`, `education[1].ecaIssuedOn`, ...): nothing is guessed. Problems with
 * the input (a date of birth after `asOf`, a test score off its scale, an `asOf` before the CRS
 * began on 2015-01-01) give `{ ok: false, issues }`; it never throws for candidate data (a value of
 * the `Candidate` type: parse data of unknown shape with `parseCandidate` first).
 *
 * @example
 * ```ts
 * const r = calculateCrs(
 *   {
 *     dateOfBirth: isoDate("1996-05-01"), maritalStatus: "single",
 *     education: [{ level: "masters", inCanada: false, ecaIssuedOn: isoDate("2024-01-10") }],
 *     languageTests: [{ test: "celpip-general", testedOn: isoDate("2025-06-01"), scores: { reading: 9, writing: 9, listening: 9, speaking: 9 } }],
 *     workHistory: [{ noc: "21231", country: "IN", from: isoDate("2021-01-01"), to: isoDate("2024-12-31"), hoursPerWeek: 40 }],
 *     certificateOfQualification: null, jobOffer: null, provincialNomination: null, siblingInCanada: false,
 *   },
 *   { asOf: isoDate("2026-01-15") },
 * );
 * if (r.ok) r.total; // 469: age 110 + master's 135 + CLB 9 124 + transferability 100
 * ```
 */
export function calculateCrs(candidate: Candidate, options: CrsOptions): CrsResult {
  return crsOf(candidate, options, false);
}

/**
 * {@link calculateCrs} as if `provincialNomination` were answered `null`, without copying the
 * candidate to say so (a copy made by spreading it cost about a microsecond). Internal: the Alberta
 * Express Entry Stream checks its CRS minimum without nomination points.
 */
export function calculateCrsWithoutNomination(
  candidate: Candidate,
  options: CrsOptions,
  readings?: CandidateReadings,
): CrsResult {
  return crsOf(candidate, options, true, readings);
}

function crsOf(
  candidate: Candidate,
  options: CrsOptions,
  withoutNomination: boolean,
  readings?: CandidateReadings,
): CrsResult {
  const derived = deriveCrs(candidate, options, withoutNomination, readings);
  if (!derived.ok) return derived;
  // The bound comes from the factors and their missing paths alone, so that calculateCrs stays
  // exactly scoreCrs(crsFactors(candidate)).
  const { factors, asOf } = derived.derivation;
  // Object.assign rather than `{ ok: true, ...breakdown }` (the same keys in the same order): a
  // literal with a spread is slow to build in V8, and every assessment scores the CRS.
  return Object.assign({ ok: true as const }, scoreCrs(factors, { asOf }));
}
