import * as z from "zod/mini";
import { isIsoDate } from "../core/iso-date.js";
import { message } from "../core/message.js";
import { EmployerSchema } from "./employer.js";
import { IsoDateSchema } from "./iso-date-schema.js";
import { NocCodeSchema } from "./noc-code.js";
import { optionalBoolean } from "./optional-boolean.js";
import { ProvinceSchema } from "./province.js";

/**
 * How the person was engaged: as an employee, self-employed, an independent contractor, or
 * through a temporary agency.
 *
 * @example
 * ```ts
 * ENGAGEMENTS.includes("independent-contractor"); // true
 * ```
 */
export const ENGAGEMENTS = ["employee", "self-employed", "independent-contractor", "temporary-agency"] as const;

/**
 * Zod schema of a {@link WorkExperience}. `to` left out means the job is still going on; a `to`
 * before `from` is an issue on `to`.
 *
 * @example
 * ```ts
 * WorkExperienceSchema.parse({ noc: "21231", country: "CA", province: "AB", from: "2023-01-09", hoursPerWeek: 40 });
 * ```
 */
export const WorkExperienceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      noc: NocCodeSchema,
      title: z.optional(z.string()),
      country: z
        .string()
        .check(
          z.regex(/^[A-Z]{2}$/, "Expected an ISO 3166 two-letter country code in capitals, such as CA or IN."),
          z.meta({ description: "ISO 3166-1 alpha-2 country code (CA for Canada)." }),
        ),
      province: z.optional(ProvinceSchema),
      from: IsoDateSchema,
      to: z.optional(IsoDateSchema).check(z.meta({ description: "Last day of work; left out while the job goes on." })),
      hoursPerWeek: z.number().check(z.positive(), z.maximum(168)),
      engagement: z.optional(z.enum(ENGAGEMENTS)),
      fullTimeStudent: optionalBoolean("Worked while a full-time student."),
      authorized: optionalBoolean("Authorised to work in Canada for this job."),
      paid: optionalBoolean(
        "The work was paid. AAIP Worker EOI: only paid, full-time work counts; left out, the job's months are undecided.",
      ),
      employer: z.optional(EmployerSchema),
    })
    .check(
      z.superRefine((job, ctx) => {
        if (job.to !== undefined && isIsoDate(job.from) && isIsoDate(job.to) && job.to < job.from) {
          ctx.addIssue({
            code: "custom",
            path: ["to"],
            message: `The job ends (${job.to}) before it starts (${job.from}).`,
            params: {
              code: "date_order",
              message: message("input.job-ends-before-start", { from: job.from, to: job.to }),
            },
          });
        }
      }),
    ))();

/**
 * One job in the work history.
 *
 * @example
 * ```ts
 * const job: WorkExperience = { noc: "21231", country: "CA", province: "AB",
 *   from: isoDate("2023-01-09"), hoursPerWeek: 40, engagement: "employee", authorized: true };
 * ```
 */
export type WorkExperience = z.infer<typeof WorkExperienceSchema>;

/**
 * How a person was engaged in a job.
 *
 * @example
 * ```ts
 * const e: Engagement = "employee";
 * ```
 */
export type Engagement = (typeof ENGAGEMENTS)[number];
