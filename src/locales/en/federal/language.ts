// English messages: language tests as the federal programs read them.

import type { IsoDate } from "../../../core/iso-date.js";
import type { MessageLike, TemplateSource } from "../../../core/message.js";
import type {
  FederalLanguageCode,
  FederalLanguageRequirement,
  FederalLevels,
  FederalTestRef,
  FederalTestShortfalls,
} from "./types.js";
import { declared, languageName, languageNeeds, level, scale, sentences, test } from "./words.js";

/** "CLB 6 in writing, CLB below 4 in reading". */
const shortfallsText = (p: FederalTestShortfalls): string =>
  p.shortfalls.map((s) => `${scale(s.language)} ${level(s.level)} in ${s.ability}`).join(", ");

export const language = {
  // Language tests (language.ts).
  "federal.language.test-expired": (p: { test: FederalTestRef; expiresOn: IsoDate | null; validityYears: number }, f) =>
    `${test(p.test)} expired on ${p.expiresOn === null ? "its second anniversary" : f.date(p.expiresOn)} (results count for ${p.validityYears} years)`,
  "federal.language.test-not-yet-taken": (p: { test: FederalTestRef }) =>
    `${test(p.test)} is dated after the assessment date`,
  "federal.language.test-not-accepted": (p: { test: FederalTestRef }) =>
    `${test(p.test)} was not an accepted test on that date (PTE Core counts from 2024-01-30)`,
  "federal.language.test-unreadable": (p: { test: FederalTestRef; issues: readonly MessageLike[] }, f) =>
    `${test(p.test)} could not be read: ${sentences(p.issues, f)}`,
  "federal.language.test-valid": (p: { test: FederalTestRef }) => `${test(p.test)} is valid`,
  "federal.language.shortfall": (p: FederalTestShortfalls) => `${test(p.test)}: ${shortfallsText(p)}`,
  "federal.language.shortfall-whatever-correction": (p: FederalTestShortfalls) =>
    `${test(p.test)}, whatever its scores to correct turn out to be: ${shortfallsText(p)}`,
  "federal.language.no-result": () => "No language test result is given",
  "federal.language.no-valid-in": (p: { languages: readonly FederalLanguageCode[] }) =>
    `No valid ${p.languages.map(languageName).join(" or ")} result`,
  "federal.language.no-valid": () => "No valid language test result on the assessment date",
  "federal.language.other-language": (p: { tests: readonly FederalTestRef[] }) =>
    `${p.tests.map(test).join(", ")} ${p.tests.length === 1 ? "tests" : "test"} the other official language`,
  "federal.language.not-answered": (p: { requirement: FederalLanguageRequirement; validityYears: number }) =>
    `Language test results are not given; ${languageNeeds(p.requirement)}, from a test less than ${p.validityYears} years old.`,
  "federal.language.met": (
    p: {
      requirement: FederalLanguageRequirement;
      test: FederalTestRef;
      language: FederalLanguageCode | null;
      levels: FederalLevels;
      expiresOn: IsoDate;
      declaredFirst: FederalLanguageCode | null;
    },
    f,
  ) =>
    `${test(p.test)}: ${scale(p.language)} reading ${p.levels.reading}, writing ${p.levels.writing}, listening ${p.levels.listening}, speaking ${p.levels.speaking}, valid until the day before ${f.date(p.expiresOn)}; ${languageNeeds(p.requirement)}${declared(p.declaredFirst)}.`,
  "federal.language.unreadable": (
    p: {
      requirement: FederalLanguageRequirement;
      tests: readonly MessageLike[];
      declaredFirst: FederalLanguageCode | null;
    },
    f,
  ) =>
    // The issue messages end with a full stop: no second one.
    `No readable test meets the minimum, and ${p.tests
      .map((m) => f.message(m))
      .join("; ")
      .replace(/\.$/, "")}. ${languageNeeds(p.requirement)}${declared(p.declaredFirst)}.`,
  "federal.language.not-met": (
    p: {
      requirement: FederalLanguageRequirement;
      parts: readonly MessageLike[];
      declaredFirst: FederalLanguageCode | null;
    },
    f,
  ) => `${p.parts.map((m) => f.message(m)).join("; ")}; ${languageNeeds(p.requirement)}${declared(p.declaredFirst)}.`,
} satisfies TemplateSource;
