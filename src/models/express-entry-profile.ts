import { z } from "zod";
import { IsoDateSchema } from "../core/iso-date.js";
import { NocCodeSchema } from "./noc-code.js";

/**
 * Zod schema of an {@link ExpressEntryProfile}.
 *
 * @example
 * ```ts
 * ExpressEntryProfileSchema.parse({ submittedOn: "2025-11-01", primaryOccupation: "21231", crsScore: 452 });
 * ```
 */
export const ExpressEntryProfileSchema = z.strictObject({
  submittedOn: IsoDateSchema,
  primaryOccupation: NocCodeSchema.optional(),
  crsScore: z.number().int().min(0).max(1200).optional().meta({ description: "The CRS score the profile shows." }),
});

/**
 * A federal Express Entry profile: when it was submitted, its primary occupation and the score it shows.
 *
 * @example
 * ```ts
 * const profile: ExpressEntryProfile = { submittedOn: isoDate("2025-11-01"), primaryOccupation: "21231", crsScore: 452 };
 * ```
 */
export type ExpressEntryProfile = z.infer<typeof ExpressEntryProfileSchema>;
