import * as z from "zod/mini";
import { optionalBoolean } from "./optional-boolean.js";

/**
 * `minLength(1)` run on strings only. zod runs a length check on any value with a `length` property,
 * even after the type check failed, and a `length` that cannot be compared (an object whose
 * `toString` is not a function) made it throw instead of reporting the wrong type (found by
 * test/models/parse-candidate.fuzz.test.ts).
 */
function nonEmptyText() {
  const check = z.minLength(1);
  check._zod.def.when = (payload) => typeof payload.value === "string";
  return check;
}

/**
 * Zod schema of an {@link Employer}. `naics` is kept for when the AAIP tech-industry NAICS list
 * can be encoded; today the rules read `techIndustry`. The last four fields serve the opt-in AAIP
 * employer requirements (operating years, revenue, employees).
 *
 * @example
 * ```ts
 * EmployerSchema.parse({ name: "Prairie Software Ltd.", albertaBased: true, techIndustry: true, naics: "541511" });
 * ```
 */
export const EmployerSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    name: z.optional(z.string().check(nonEmptyText())),
    albertaBased: optionalBoolean("The employer has an Alberta operation."),
    techIndustry: optionalBoolean(
      "The employer is in a tech industry on the AAIP's Accelerated Tech Pathway NAICS list.",
    ),
    naics: z
      .optional(z.string().check(z.regex(/^\d{2,6}$/, "Expected a NAICS code of 2 to 6 digits.")))
      .check(z.meta({ description: "The employer's NAICS industry code (2 to 6 digits)." })),
    albertaFiscalYears: z
      .optional(z.number().check(z.int(), z.minimum(0)))
      .check(z.meta({ description: "Complete fiscal years the employer has operated continuously in Alberta." })),
    grossAnnualRevenueCad: z
      .optional(z.number().check(z.minimum(0)))
      .check(z.meta({ description: "The employer's gross annual revenue, in Canadian dollars." })),
    fullTimeEmployeesInAlberta: z.optional(z.number().check(z.minimum(0))).check(
      z.meta({
        description: "Full-time (or full-time-equivalent) employees in Alberta, not counting the candidate.",
      }),
    ),
    publicSectorOrIndigenous: optionalBoolean(
      "An Indigenous, municipal, provincial, Government of Canada or Government of Alberta employer (exempt from the AAIP revenue and staff minimums, not from the 2 fiscal years).",
    ),
  }))();

/**
 * An employer, as far as the rules need to know it.
 *
 * @example
 * ```ts
 * const employer: Employer = { name: "Prairie Software Ltd.", albertaBased: true, techIndustry: true };
 * ```
 */
export type Employer = z.infer<typeof EmployerSchema>;
