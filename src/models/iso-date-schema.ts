import * as z from "zod/mini";
import { isoDateProblemMessage } from "../core/input-value.js";
import { describeIsoDateProblem, type IsoDate } from "../core/iso-date.js";

/**
 * Zod schema of an {@link IsoDate}: a real calendar date written `YYYY-MM-DD`.
 * Its issues carry the code `invalid_date`.
 *
 * @example
 * ```ts
 * IsoDateSchema.safeParse("2024-13-01").success; // false
 * ```
 */
export const IsoDateSchema: z.ZodMiniType<IsoDate, string> = /* @__PURE__ */ (() =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const message = describeIsoDateProblem(value);
      if (message !== undefined) {
        // zod's message in English; `params.message` is the same as data, for parseCandidate.
        ctx.addIssue({
          code: "custom",
          message,
          params: { code: "invalid_date", message: isoDateProblemMessage(value) },
        });
      }
    }),
    z.meta({
      format: "date",
      description: "A calendar date written YYYY-MM-DD (a real day: 2023-02-29 is rejected).",
    }),
  ))() as unknown as z.ZodMiniType<IsoDate, string>;
