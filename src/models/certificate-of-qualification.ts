import * as z from "zod/mini";
import { IsoDateSchema } from "./iso-date-schema.js";
import { NocCodeSchema } from "./noc-code.js";
import { ProvinceSchema } from "./province.js";

/**
 * Zod schema of a {@link CertificateOfQualification}.
 *
 * @example
 * ```ts
 * CertificateOfQualificationSchema.parse({ trade: "72200", province: "AB", issuedOn: "2021-06-30" });
 * ```
 */
export const CertificateOfQualificationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    trade: NocCodeSchema,
    province: ProvinceSchema,
    issuedOn: IsoDateSchema,
  }))();

/**
 * A Canadian certificate of qualification in a trade, issued by a province or territory.
 *
 * @example
 * ```ts
 * const coq: CertificateOfQualification = { trade: "72200", province: "AB", issuedOn: isoDate("2021-06-30") };
 * ```
 */
export type CertificateOfQualification = z.infer<typeof CertificateOfQualificationSchema>;
