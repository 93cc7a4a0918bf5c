import * as z from "zod/mini";
import { message } from "../core/message.js";

/**
 * Zod schema of a {@link NocCode}: a NOC 2016 unit group (4 digits, e.g. `2173`) or a NOC 2021
 * unit group (5 digits, e.g. `21231`), digits only. It checks the form, not that the code exists;
 * the NOC catalogue (`getNoc`) says that.
 *
 * @example
 * ```ts
 * NocCodeSchema.parse("21231"); // "21231"
 * NocCodeSchema.safeParse("2123").success; // true (a NOC 2016 form)
 * NocCodeSchema.safeParse("21-231").success; // false
 * ```
 */
export const NocCodeSchema = /* @__PURE__ */ (() =>
  z.string().check(
    z.superRefine((value, ctx) => {
      if (!/^\d{4,5}$/.test(value)) {
        ctx.addIssue({
          code: "custom",
          message: `Expected a NOC code: 4 digits (NOC 2016, e.g. 2173) or 5 digits (NOC 2021, e.g. 21231), got ${JSON.stringify(value)}.`,
          params: { code: "invalid_noc", message: message("input.noc-code", { value }) },
        });
      }
    }),
    z.meta({
      pattern: "^[0-9]{4,5}$",
      description: "A NOC unit group: 4 digits for NOC 2016, 5 digits for NOC 2021.",
    }),
  ))();

/**
 * A National Occupational Classification unit-group code: 4 digits (NOC 2016) or 5 (NOC 2021).
 *
 * @example
 * ```ts
 * const softwareEngineers: NocCode = "21231";
 * ```
 */
export type NocCode = z.infer<typeof NocCodeSchema>;
