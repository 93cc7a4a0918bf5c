import * as z from "zod/mini";
import { EmployerSchema } from "./employer.js";
import { IsoDateSchema } from "./iso-date-schema.js";
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
export const JobOfferSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    noc: NocCodeSchema,
    employer: z.optional(EmployerSchema),
    province: z.optional(ProvinceSchema),
    hoursPerWeek: z.optional(z.number().check(z.positive(), z.maximum(168))),
    permanent: z.optional(z.boolean()).check(z.meta({ description: "The offer has no end date." })),
    durationMonths: z
      .optional(z.number().check(z.positive()))
      .check(z.meta({ description: "Length of a non-permanent offer, in months." })),
    offeredOn: z.optional(IsoDateSchema),
    engagement: z.optional(z.enum(["employee", "independent-contractor", "temporary-agency"])),
    lmia: z.optional(z.enum(["approved", "exempt-work-permit", "none"])).check(
      z.meta({
        description:
          "What supports the offer for CRS arranged employment: a positive Labour Market Impact Assessment ('approved'), an LMIA-exempt employer-specific work permit with this employer held for a year ('exempt-work-permit'), or neither ('none').",
      }),
    ),
  }))();

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
