import * as z from "zod/mini";
import { IsoDateSchema } from "./iso-date-schema.js";
import { ProvinceSchema } from "./province.js";

/**
 * Zod schema of a {@link ProvincialNomination}.
 *
 * @example
 * ```ts
 * ProvincialNominationSchema.parse({ province: "AB", nominatedOn: "2026-02-01" });
 * ```
 */
export const ProvincialNominationSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    province: ProvinceSchema,
    nominatedOn: IsoDateSchema,
  }))();

/**
 * A provincial nomination received.
 *
 * @example
 * ```ts
 * const pn: ProvincialNomination = { province: "AB", nominatedOn: isoDate("2026-02-01") };
 * ```
 */
export type ProvincialNomination = z.infer<typeof ProvincialNominationSchema>;
