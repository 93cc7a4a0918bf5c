import * as z from "zod/mini";
import { EmployerSchema } from "./employer.js";
import { IsoDateSchema } from "./iso-date-schema.js";
import { NocCodeSchema } from "./noc-code.js";
import { optionalBoolean } from "./optional-boolean.js";
import { ProvinceSchema } from "./province.js";

/**
 * Where in Alberta a job offer is, as the AAIP Worker Expression of Interest asks it.
 *
 * @example
 * ```ts
 * JOB_OFFER_COMMUNITIES.includes("calgary-cma"); // true
 * ```
 */
export const JOB_OFFER_COMMUNITIES = ["calgary-cma", "edmonton-cma", "rural-renewal-designated", "other"] as const;

/**
 * The AAIP sector supports a job offer can have (each worth the same in the Worker EOI grid).
 *
 * @example
 * ```ts
 * SECTOR_ENDORSEMENTS.includes("law-enforcement"); // true
 * ```
 */
export const SECTOR_ENDORSEMENTS = ["rural-renewal", "tourism-hospitality", "law-enforcement"] as const;

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
    permanent: optionalBoolean("The offer has no end date."),
    durationMonths: z
      .optional(z.number().check(z.positive()))
      .check(z.meta({ description: "Length of a non-permanent offer, in months." })),
    offeredOn: z.optional(IsoDateSchema),
    seasonal: optionalBoolean(
      "The job is seasonal or casual work. AAIP Worker EOI: the job-offer points need permanent, non-seasonal, full-time employment; left out, they are undecided.",
    ),
    combinationOfOccupations: optionalBoolean(
      "The job combines the duties of more than one occupation. AAIP Worker EOI: such an offer earns no job-offer points; left out, they are undecided.",
    ),
    hourlyWageCad: z.optional(z.number().check(z.positive())).check(
      z.meta({
        description:
          "The offer's wage, in Canadian dollars an hour. The AAIP Worker EOI asks for it (with the hours of work) in EOIs submitted on or after 2026-02-25; it gives no points.",
      }),
    ),
    engagement: z.optional(z.enum(["employee", "independent-contractor", "temporary-agency"])),
    lmia: z.optional(z.enum(["approved", "exempt-work-permit", "none"])).check(
      z.meta({
        description:
          "What supports the offer, for CRS arranged employment and for the FSW and FST job-offer rules (arranged-employment points, FST's job offer, the proof-of-funds exemption): a positive Labour Market Impact Assessment ('approved'), an LMIA-exempt employer-specific work permit with this employer held for a year ('exempt-work-permit'), or neither ('none'). Left out, those rules are unknown; 'none' means the offer does not count for them.",
      }),
    ),
    community: z.optional(z.enum(JOB_OFFER_COMMUNITIES)).check(
      z.meta({
        description:
          "Where in Alberta the job is: the Calgary or Edmonton census metropolitan area, a community designated under the Rural Renewal Stream, or another community.",
      }),
    ),
    regulatedOccupationAlbertaLicence: optionalBoolean(
      "The offer is in a regulated occupation and the candidate holds the Alberta certification or licence it requires (AAIP Worker EOI): a professional occupation whose regulator or ministry is listed in Step 2 of Alberta's Foreign Qualification Recognition, with a provisional or full licence from it; or a designated trade, with a valid Alberta Qualification Certificate or a trade certificate recognised by Alberta Apprenticeship and Industry Training. False in an occupation where certification is not compulsory and no trade certificate is held.",
    ),
    sectorEndorsement: z.optional(z.nullable(z.enum(SECTOR_ENDORSEMENTS))).check(
      z.meta({
        description:
          "The AAIP sector support the offer has: a Rural Renewal community endorsement, an offer from a member of a required tourism and hospitality sector association, or a law-enforcement offer from a member of the Alberta Association of Chiefs of Police; null for none.",
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
