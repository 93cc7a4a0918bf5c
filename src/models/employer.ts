import { z } from "zod";

/**
 * Zod schema of an {@link Employer}. `naics` is kept for when the AAIP tech-industry NAICS list
 * can be encoded; today the rules read `techIndustry`.
 *
 * @example
 * ```ts
 * EmployerSchema.parse({ name: "Prairie Software Ltd.", albertaBased: true, techIndustry: true, naics: "541511" });
 * ```
 */
export const EmployerSchema = z.strictObject({
  name: z.string().min(1).optional(),
  albertaBased: z.boolean().optional().meta({ description: "The employer has an Alberta operation." }),
  techIndustry: z
    .boolean()
    .optional()
    .meta({ description: "The employer is in a tech industry on the AAIP's Accelerated Tech Pathway NAICS list." }),
  naics: z
    .string()
    .regex(/^\d{2,6}$/, "Expected a NAICS code of 2 to 6 digits.")
    .optional()
    .meta({ description: "The employer's NAICS industry code (2 to 6 digits)." }),
});

/**
 * An employer, as far as the rules need to know it.
 *
 * @example
 * ```ts
 * const employer: Employer = { name: "Prairie Software Ltd.", albertaBased: true, techIndustry: true };
 * ```
 */
export type Employer = z.infer<typeof EmployerSchema>;
