import { argumentError } from "../core/argument.js";
import type { LanguageTest, LanguageTestKind } from "../models/language-test.js";

/**
 * One of Canada's two official languages.
 *
 * @example
 * ```ts
 * const first: OfficialLanguage = "french";
 * ```
 */
export type OfficialLanguage = "english" | "french";

const LANGUAGE_OF_TEST: Readonly<Record<LanguageTestKind, OfficialLanguage>> = /* @__PURE__ */ Object.freeze({
  "celpip-general": "english",
  "ielts-general": "english",
  "pte-core": "english",
  "tef-canada": "french",
  "tcf-canada": "french",
});

/**
 * The official language a test assesses: CELPIP-General, IELTS General Training and PTE Core
 * test English; TEF Canada and TCF Canada test French. Any other test is a TypeError naming it.
 *
 * @example
 * ```ts
 * languageOf({ test: "tcf-canada", testedOn: isoDate("2025-05-10"),
 *   scores: { reading: 500, writing: 12, listening: 510, speaking: 12 } }); // "french"
 * languageOf("pte-core"); // "english"
 * ```
 */
export function languageOf(test: LanguageTest | LanguageTestKind): OfficialLanguage {
  const kind: unknown = typeof test === "string" ? test : test?.test;
  if (!isLanguageTestKind(kind)) {
    // Named by core/argument (no imports of its own), not core/input-value's describedValue: the
    // locales import this module, and importing that one here moved it into their shared chunk,
    // which kept every rule in every entry point's bundle (npm run size).
    const kinds = Object.keys(LANGUAGE_OF_TEST).join(", ");
    // A test object names its kind in `test`; anything else was meant as the kind itself.
    if (typeof test === "string") throw argumentError("test", `one of ${kinds}`, test);
    throw typeof test === "object" && test !== null
      ? argumentError("test.test", `one of ${kinds}`, kind)
      : argumentError("test", `a language test or one of ${kinds}`, test);
  }
  return LANGUAGE_OF_TEST[kind];
}

/** Each test's name as IRCC writes it, the same in every language: for explanations and the locales. Internal. */
export const LANGUAGE_TEST_NAMES: Readonly<Record<LanguageTestKind, string>> = /* @__PURE__ */ Object.freeze({
  "celpip-general": "CELPIP-General",
  "ielts-general": "IELTS General Training",
  "pte-core": "PTE Core",
  "tef-canada": "TEF Canada",
  "tcf-canada": "TCF Canada",
});

/** Whether a value is one of the test kinds the library knows. Internal. */
export function isLanguageTestKind(value: unknown): value is LanguageTestKind {
  return typeof value === "string" && Object.hasOwn(LANGUAGE_OF_TEST, value);
}
