import * as z from "zod/mini";

/**
 * The 13 provinces and territories of Canada by their two-letter postal codes.
 *
 * @example
 * ```ts
 * PROVINCES.includes("AB"); // true
 * ```
 */
export const PROVINCES = ["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"] as const;

/**
 * Zod schema of a {@link Province}: one of the 13 two-letter codes, upper case.
 *
 * @example
 * ```ts
 * ProvinceSchema.parse("AB"); // "AB"
 * ProvinceSchema.safeParse("Alberta").success; // false
 * ```
 */
export const ProvinceSchema = /* @__PURE__ */ (() =>
  z
    .enum(PROVINCES)
    .check(z.meta({ description: "A Canadian province or territory, by its two-letter code (AB = Alberta)." })))();

/**
 * A Canadian province or territory (`"AB"` is Alberta).
 *
 * @example
 * ```ts
 * const alberta: Province = "AB";
 * ```
 */
export type Province = z.infer<typeof ProvinceSchema>;
