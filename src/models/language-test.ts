import * as z from "zod/mini";
import { IsoDateSchema } from "./iso-date-schema.js";

/**
 * The language tests IRCC accepts for Express Entry: IELTS General Training, CELPIP-General,
 * PTE Core (English); TEF Canada and TCF Canada (French).
 *
 * @example
 * ```ts
 * LANGUAGE_TEST_KINDS.includes("celpip-general"); // true
 * ```
 */
export const LANGUAGE_TEST_KINDS = ["ielts-general", "celpip-general", "pte-core", "tef-canada", "tcf-canada"] as const;

const score = /* @__PURE__ */ (() =>
  z
    .number()
    .check(z.minimum(0), z.meta({ description: "The score as printed on the result, on the test's own scale." })))();

/**
 * Zod schema of a {@link LanguageTest}. Scores are numbers on the test's own scale; whether a
 * score exists on that scale (IELTS 6.25 does not) is checked when it is converted to a CLB level.
 *
 * @example
 * ```ts
 * LanguageTestSchema.parse({ test: "ielts-general", testedOn: "2025-05-10",
 *   scores: { reading: 7, writing: 6.5, listening: 8, speaking: 7 } });
 * ```
 */
export const LanguageTestSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    test: z.enum(LANGUAGE_TEST_KINDS),
    testedOn: IsoDateSchema,
    scores: z.strictObject({ reading: score, writing: score, listening: score, speaking: score }),
  }))();

/**
 * One language test result: which test, when, and the four scores.
 *
 * @example
 * ```ts
 * const celpip: LanguageTest = { test: "celpip-general", testedOn: isoDate("2025-05-10"),
 *   scores: { reading: 9, writing: 8, listening: 10, speaking: 9 } };
 * ```
 */
export type LanguageTest = z.infer<typeof LanguageTestSchema>;

/**
 * Which language test (`"ielts-general"`, `"tef-canada"`, ...).
 *
 * @example
 * ```ts
 * const kind: LanguageTestKind = "pte-core";
 * ```
 */
export type LanguageTestKind = LanguageTest["test"];
