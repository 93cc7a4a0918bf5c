import { z } from "zod";
import { EducationCredentialSchema } from "./education.js";
import { LanguageTestSchema } from "./language-test.js";
import { WorkExperienceSchema } from "./work-experience.js";

/**
 * Zod schema of a {@link Spouse}.
 *
 * @example
 * ```ts
 * SpouseSchema.parse({ accompanying: true, canadianCitizenOrPermanentResident: false, education: [], languageTests: [] });
 * ```
 */
export const SpouseSchema = z.strictObject({
  accompanying: z.boolean().meta({ description: "The spouse or partner will come to Canada with the candidate." }),
  canadianCitizenOrPermanentResident: z.boolean(),
  education: z.array(EducationCredentialSchema).optional(),
  languageTests: z.array(LanguageTestSchema).optional(),
  workHistory: z.array(WorkExperienceSchema).optional(),
});

/**
 * The candidate's spouse or common-law partner.
 *
 * @example
 * ```ts
 * const spouse: Spouse = { accompanying: true, canadianCitizenOrPermanentResident: false };
 * ```
 */
export type Spouse = z.infer<typeof SpouseSchema>;
