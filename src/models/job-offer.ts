import { z } from "zod";
import { IsoDateSchema } from "../core/iso-date.js";
import { EmployerSchema } from "./employer.js";
import { NocCodeSchema } from "./noc-code.js";
import { ProvinceSchema } from "./province.js";

/**
 * Zod schema of a {@link JobOffer}. Only the occupation is required; every other field left out
 * is "not answered", so the rules that need it answer `unknown`.
 *
 * @example
 * ```ts
 * JobOfferSchema.parse({ noc: "21231", employer: { albertaBased: true, techIndustry: true },
 *   province: "AB", hoursPerWeek: 37.5, permanent: true, offeredOn: "2026-01-05" });
 * ```
 */
export const JobOfferSchema = z.strictObject({
  noc: NocCodeSchema,
  employer: EmployerSchema.optional(),
  province: ProvinceSchema.optional(),
  hoursPerWeek: z.number().positive().max(168).optional(),
  permanent: z.boolean().optional().meta({ description: "The offer has no end date." }),
  durationMonths: z.number().positive().optional().meta({ description: "Length of a non-permanent offer, in months." }),
  offeredOn: IsoDateSchema.optional(),
  engagement: z.enum(["employee", "independent-contractor", "temporary-agency"]).optional(),
  lmia: z
    .enum(["approved", "exempt-work-permit", "none"])
    .optional()
    .meta({
      description:
        "What supports the offer for CRS arranged employment: a positive Labour Market Impact Assessment ('approved'), an LMIA-exempt employer-specific work permit with this employer held for a year ('exempt-work-permit'), or neither ('none').",
    }),
});

/**
 * A job offer.
 *
 * @example
 * ```ts
 * const offer: JobOffer = { noc: "21231", employer: { name: "Prairie Software", albertaBased: true, techIndustry: true },
 *   province: "AB", hoursPerWeek: 37.5, permanent: true, offeredOn: isoDate("2026-01-05"), engagement: "employee" };
 * ```
 */
export type JobOffer = z.infer<typeof JobOfferSchema>;
