import * as z from "zod/mini";
import { message } from "../core/message.js";
import { CertificateOfQualificationSchema } from "./certificate-of-qualification.js";
import { EducationCredentialSchema } from "./education.js";
import { ExpressEntryProfileSchema } from "./express-entry-profile.js";
import { IsoDateSchema } from "./iso-date-schema.js";
import { JobOfferSchema } from "./job-offer.js";
import { LanguageTestSchema } from "./language-test.js";
import { MAX_FAMILY_SIZE } from "./limits.js";
import { optionalBoolean } from "./optional-boolean.js";
import { ProvincialNominationSchema } from "./provincial-nomination.js";
import { SpouseSchema } from "./spouse.js";
import { WorkExperienceSchema } from "./work-experience.js";

/**
 * Marital statuses as IRCC's forms list them.
 *
 * @example
 * ```ts
 * MARITAL_STATUSES.includes("common-law"); // true
 * ```
 */
export const MARITAL_STATUSES = [
  "single",
  "married",
  "common-law",
  "separated",
  "divorced",
  "widowed",
  "annulled",
] as const;

/**
 * Zod schema of a candidate's {@link CandidateStatus}: facts that can make a person ineligible.
 *
 * @example
 * ```ts
 * CandidateStatusSchema.parse({ refugeeClaimant: false, misrepresentationBanUntil: null });
 * ```
 */
export const CandidateStatusSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    refugeeClaimant: z.optional(z.boolean()),
    removalOrder: optionalBoolean("Subject to an unresolved removal order."),
    misrepresentationBanUntil: z
      .optional(z.nullable(IsoDateSchema))
      .check(z.meta({ description: "Last day of a misrepresentation ban; null when there is none." })),
    activeAaipApplication: z
      .optional(z.boolean())
      .check(z.meta({ description: "Has another AAIP application in progress." })),
    workPermitValidUntil: z
      .optional(z.nullable(IsoDateSchema))
      .check(z.meta({ description: "Last day of a Canadian work permit; null when there is none." })),
  }))();

/**
 * Facts about a candidate's immigration status that can make them ineligible.
 *
 * @example
 * ```ts
 * const status: CandidateStatus = { refugeeClaimant: false, removalOrder: false, misrepresentationBanUntil: null };
 * ```
 */
export type CandidateStatus = z.infer<typeof CandidateStatusSchema>;

/**
 * Zod schema of a {@link Candidate}. Every field is optional: a field left out means "not
 * answered" (the rules that need it say `unknown`), while `null` or `[]` means "answered: none".
 * Unknown keys are rejected, so a typo is reported instead of silently ignored.
 *
 * @example
 * ```ts
 * const result = CandidateSchema.safeParse({ dateOfBirth: "1994-05-01", jobOffer: null });
 * result.success; // true
 * ```
 */
export const CandidateSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      dateOfBirth: z.optional(IsoDateSchema),
      maritalStatus: z.optional(z.enum(MARITAL_STATUSES)),
      spouse: z.optional(z.nullable(SpouseSchema)),
      education: z.optional(z.array(EducationCredentialSchema).check(z.meta({ maxItems: 100 }))),
      languageTests: z.optional(z.array(LanguageTestSchema).check(z.meta({ maxItems: 100 }))),
      firstOfficialLanguage: z.optional(z.enum(["english", "french"])).check(
        z.meta({
          description:
            "The official language the candidate declares as first in Express Entry; left out, the one worth more points is used.",
        }),
      ),
      workHistory: z.optional(z.array(WorkExperienceSchema).check(z.meta({ maxItems: 100 }))),
      certificateOfQualification: z.optional(z.nullable(CertificateOfQualificationSchema)),
      siblingInCanada: optionalBoolean(
        "A brother or sister who is a Canadian citizen or permanent resident living in Canada.",
      ),
      relativeInCanada: optionalBoolean(
        "FSW adaptability: you, or your spouse or partner coming with you, have a relative aged 18 or over who is a Canadian citizen or permanent resident living in Canada: a parent, grandparent, child, grandchild, brother or sister, aunt or uncle, niece or nephew. A brother or sister counts, so siblingInCanada: true already earns the points.",
      ),
      studiedInCanadaTwoYearsFullTime: optionalBoolean(
        "FSW adaptability: completed at least two academic years of full-time study (15 hours of classes a week or more, in good standing) in a program of at least two years at a secondary or post-secondary school in Canada; no credential needed. A Canadian credential of a program of two years or more in education counts without this answer.",
      ),
      familyInAlberta: optionalBoolean(
        "AAIP Worker EOI: a parent, child or sibling (by birth or adoption, not an in-law) living in Alberta who is a Canadian citizen or permanent resident over 18.",
      ),
      extendedFamilyInAlberta: optionalBoolean(
        "AAIP Worker EOI: a grandparent, grandchild, aunt, uncle, niece or nephew (by birth or adoption, not an in-law) living in Alberta who is a Canadian citizen or permanent resident over 18. Counts only for a Worker EOI submitted on or before 2025-01-29.",
      ),
      workerEoiSubmittedOn: z.optional(IsoDateSchema).check(
        z.meta({
          description:
            "The day the AAIP Worker Expression of Interest was (or will be) submitted: it picks the family members that count (wider through 2025-01-29) and whether the offer's wage and hours are asked (from 2026-02-25); submitted by asOf, the next steps are those of a Worker EOI in the pool (until it is a year old, from 2026-05-26) rather than submitting one.",
        }),
      ),
      expressEntryProfile: z.optional(z.nullable(ExpressEntryProfileSchema)),
      jobOffer: z.optional(z.nullable(JobOfferSchema)),
      provincialNomination: z.optional(z.nullable(ProvincialNominationSchema)),
      settlementFundsCad: z
        .optional(z.number().check(z.minimum(0)))
        .check(z.meta({ description: "Funds available to settle, in Canadian dollars." })),
      familySize: z
        .optional(z.number().check(z.int(), z.minimum(1), z.maximum(MAX_FAMILY_SIZE)))
        .check(z.meta({ description: "Family members, the candidate included." })),
      status: z.optional(CandidateStatusSchema),
    })
    .check(
      // FSW's relatives include brothers and sisters: "no relative" with "a sibling" is two answers
      // that cannot both hold, and which one is meant decides the adaptability element.
      z.superRefine((candidate, ctx) => {
        if (candidate.relativeInCanada === false && candidate.siblingInCanada === true) {
          ctx.addIssue({
            code: "custom",
            path: ["relativeInCanada"],
            message: "relativeInCanada is false, but siblingInCanada is true.",
            params: { code: "conflicting_answers", message: message("input.relative-contradicts-sibling", {}) },
          });
        }
      }),
      z.meta({
        title: "Candidate",
        description:
          "A candidate for Canadian economic immigration, as the alberta-atp library reads it. A field left out means 'not answered'; null or [] means 'answered: none'.",
      }),
    ))();

/**
 * A candidate, validated. Build one from untrusted input with `parseCandidate`.
 *
 * @example
 * ```ts
 * const parsed = parseCandidate(JSON.parse(text));
 * if (parsed.ok) { const candidate: Candidate = parsed.value; }
 * ```
 */
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * The shape `parseCandidate` accepts: a {@link Candidate} with dates as plain strings.
 *
 * @example
 * ```ts
 * const input: CandidateInput = { dateOfBirth: "1994-05-01", languageTests: [] };
 * ```
 */
export type CandidateInput = z.input<typeof CandidateSchema>;
