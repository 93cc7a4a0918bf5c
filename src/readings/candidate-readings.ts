// What the CRS and the federal facts both read from a candidate on a day, read once and passed
// down to both: each language test converted to CLB levels (with its validity) and the standing of
// each credential. Internal.

import type { IsoDate } from "../core/iso-date.js";
import { type CredentialReading, readCredentials } from "../education/credentials.js";
import { type ToClbResult, toClb } from "../language/to-clb.js";
import type { Candidate } from "../models/candidate.js";
import type { EducationCredential } from "../models/education.js";
import type { LanguageTest } from "../models/language-test.js";

/**
 * A candidate's language tests and credentials as read on `asOf`. Each reading keeps the list it
 * was read from, so that a function given readings uses them only for that very list on that very
 * day ({@link convertedTests}, {@link credentialReading}): readings of a candidate stay right for a
 * copy of it that shares the lists (the candidate with remedies done), and are ignored otherwise.
 */
export interface CandidateReadings {
  readonly asOf: IsoDate;
  /** The list `converted` was read from. */
  readonly languageTests: readonly LanguageTest[] | null | undefined;
  /** `toClb(languageTests[i], { asOf, path: "languageTests[i]" })` for each test, when the list is one. */
  readonly converted: readonly ToClbResult[] | undefined;
  /** The list `credentials` was read from. */
  readonly education: readonly EducationCredential[] | undefined;
  /** `readCredentials(education, asOf)`, when the list is given. */
  readonly credentials: CredentialReading | undefined;
}

/** Reads a candidate's language tests and credentials on `asOf`, once. Pure. */
export function readCandidate(candidate: Candidate, asOf: IsoDate): CandidateReadings {
  // Not a candidate: nothing to read (the derivations report or meet the problem themselves).
  if (typeof candidate !== "object" || candidate === null) return NOTHING_READ(asOf);
  const tests = candidate.languageTests;
  const education = candidate.education;
  return {
    asOf,
    languageTests: tests,
    converted: Array.isArray(tests) ? convertTests(tests, asOf) : undefined,
    education,
    credentials: education === undefined ? undefined : readCredentials(education, asOf),
  };
}

/** Each of a candidate's language tests converted on `asOf`, with its path in `languageTests`. Internal. */
export function convertTests(tests: readonly LanguageTest[], asOf: IsoDate): ToClbResult[] {
  return tests.map((test, index) => toClb(test, { asOf, path: `languageTests[${index}]` }));
}

const NOTHING_READ = (asOf: IsoDate): CandidateReadings => ({
  asOf,
  languageTests: undefined,
  converted: undefined,
  education: undefined,
  credentials: undefined,
});

/** The conversions of `tests` (the candidate's `languageTests`) on `asOf`, when `readings` hold them. */
export function convertedTests(
  readings: CandidateReadings | undefined,
  tests: readonly LanguageTest[] | null | undefined,
  asOf: IsoDate,
): readonly ToClbResult[] | undefined {
  return readings !== undefined && readings.asOf === asOf && readings.languageTests === tests
    ? readings.converted
    : undefined;
}

/** The reading of `education` (the candidate's credentials) on `asOf`, when `readings` hold it. */
export function credentialReading(
  readings: CandidateReadings | undefined,
  education: readonly EducationCredential[] | undefined,
  asOf: IsoDate,
): CredentialReading | undefined {
  return readings !== undefined && readings.asOf === asOf && readings.education === education
    ? readings.credentials
    : undefined;
}
