import * as z from "zod/mini";
import { IsoDateSchema } from "./iso-date-schema.js";
import { optionalBoolean } from "./optional-boolean.js";
import { ProvinceSchema } from "./province.js";

/**
 * Credential levels a candidate can enter. CRS's "two or more credentials" is derived from the
 * list, never entered; `professional-degree` is an entry-to-practice degree (medicine, law, ...).
 *
 * @example
 * ```ts
 * EDUCATION_CREDENTIAL_LEVELS.includes("masters"); // true
 * ```
 */
export const EDUCATION_CREDENTIAL_LEVELS = [
  "secondary",
  "one-year",
  "two-year",
  "bachelors",
  "three-year-or-longer",
  "masters",
  "professional-degree",
  "doctoral",
] as const;

/**
 * Zod schema of an {@link EducationCredential}.
 *
 * @example
 * ```ts
 * EducationCredentialSchema.parse({ level: "bachelors", years: 4, inCanada: false, ecaIssuedOn: "2024-03-01" });
 * ```
 */
export const EducationCredentialSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    level: z.enum(EDUCATION_CREDENTIAL_LEVELS),
    /** Length of the program in years. */
    years: z
      .optional(z.number().check(z.positive(), z.maximum(15)))
      .check(z.meta({ description: "Length of the program in years." })),
    completedOn: z.optional(IsoDateSchema),
    /** Earned at a Canadian institution. */
    inCanada: z.boolean().check(z.meta({ description: "Earned at a Canadian institution." })),
    province: z.optional(ProvinceSchema).check(
      z.meta({
        description:
          "For a Canadian credential, the province or territory where it was completed (AAIP Worker EOI: Alberta or elsewhere in Canada).",
      }),
    ),
    designatedLearningInstitution: optionalBoolean(
      "For a Canadian credential: the institution that granted it is on Canada's Designated Learning Institutions list. AAIP Worker EOI: the points for completing the highest education in Alberta or elsewhere in Canada need it; left out, those points are undecided.",
    ),
    admissionRequirement: z.optional(z.nullable(z.enum(["bachelors", "masters", "doctoral"]))).check(
      z.meta({
        description:
          "For a Canadian program that required a completed degree to enrol (a post-graduate certificate or diploma, say): that degree, bachelors, masters or doctoral; null when it required none. AAIP Worker EOI: such a program is claimed at the required degree's level, with the location points. Left out, that claim is undecided.",
      }),
    ),
    trades: optionalBoolean(
      "AAIP Worker EOI: the credential is a trades certificate or diploma, which the grid scores as 'Trades certificate or diploma' rather than 'Diploma or certificate' (more points: see the grid in force). Read only for a post-secondary credential below a bachelor's (one-year, two-year or three-year-or-longer); left out, the difference is undecided.",
    ),
    /** Date of the Educational Credential Assessment, for a foreign credential. */
    ecaIssuedOn: z.optional(IsoDateSchema).check(
      z.meta({
        description: "Issue date of the Educational Credential Assessment (ECA) of a foreign credential.",
      }),
    ),
  }))();

/**
 * One completed education credential.
 *
 * @example
 * ```ts
 * const degree: EducationCredential = { level: "bachelors", years: 4, inCanada: true, completedOn: isoDate("2019-05-01") };
 * ```
 */
export type EducationCredential = z.infer<typeof EducationCredentialSchema>;

/**
 * The level of an {@link EducationCredential}.
 *
 * @example
 * ```ts
 * const level: EducationCredentialLevel = "doctoral";
 * ```
 */
export type EducationCredentialLevel = EducationCredential["level"];
