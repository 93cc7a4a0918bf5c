import * as z from "zod/mini";
import { EducationCredentialSchema } from "./education.js";
import { LanguageTestSchema } from "./language-test.js";
import { optionalBoolean } from "./optional-boolean.js";
import { WorkExperienceSchema } from "./work-experience.js";

/**
 * Zod schema of a {@link Spouse}.
 *
 * @example
 * ```ts
 * SpouseSchema.parse({ accompanying: true, canadianCitizenOrPermanentResident: false, education: [], languageTests: [] });
 * ```
 */
export const SpouseSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    accompanying: z
      .boolean()
      .check(z.meta({ description: "The spouse or partner will come to Canada with the candidate." })),
    canadianCitizenOrPermanentResident: z.boolean(),
    education: z.optional(z.array(EducationCredentialSchema).check(z.meta({ maxItems: 100 }))),
    languageTests: z.optional(z.array(LanguageTestSchema).check(z.meta({ maxItems: 100 }))),
    workHistory: z.optional(z.array(WorkExperienceSchema).check(z.meta({ maxItems: 100 }))),
    studiedInCanadaTwoYearsFullTime: optionalBoolean(
      "FSW adaptability: the spouse or partner completed at least two academic years of full-time study (15 hours of classes a week or more, in good standing) in a program of at least two years at a secondary or post-secondary school in Canada; no credential needed. A Canadian credential of a program of two years or more in education counts without this answer.",
    ),
  }))();

/**
 * The candidate's spouse or common-law partner.
 *
 * @example
 * ```ts
 * const spouse: Spouse = { accompanying: true, canadianCitizenOrPermanentResident: false };
 * ```
 */
export type Spouse = z.infer<typeof SpouseSchema>;
