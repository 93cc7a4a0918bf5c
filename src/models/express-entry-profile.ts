import * as z from "zod/mini";
import { IsoDateSchema } from "./iso-date-schema.js";
import { NocCodeSchema } from "./noc-code.js";

/**
 * Zod schema of an {@link ExpressEntryProfile}.
 *
 * @example
 * ```ts
 * ExpressEntryProfileSchema.parse({ submittedOn: "2025-11-01", primaryOccupation: "21231", crsScore: 452 });
 * ```
 */
export const ExpressEntryProfileSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    submittedOn: IsoDateSchema,
    primaryOccupation: z.optional(NocCodeSchema),
    crsScore: z
      .optional(z.number().check(z.int(), z.minimum(0), z.maximum(1200)))
      .check(z.meta({ description: "The CRS score the profile shows." })),
  }))();

/**
 * A federal Express Entry profile: when it was submitted, its primary occupation and the score it shows.
 *
 * @example
 * ```ts
 * const profile: ExpressEntryProfile = { submittedOn: isoDate("2025-11-01"), primaryOccupation: "21231", crsScore: 452 };
 * ```
 */
export type ExpressEntryProfile = z.infer<typeof ExpressEntryProfileSchema>;
