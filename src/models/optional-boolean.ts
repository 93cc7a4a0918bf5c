import * as z from "zod/mini";

/**
 * A yes/no question of the candidate that may be left out (not answered), with the description
 * the JSON Schema shows for it. Internal: the schemas use it for every optional boolean they
 * describe.
 */
/* @__NO_SIDE_EFFECTS__ */
export function optionalBoolean(description: string) {
  return z.optional(z.boolean()).check(z.meta({ description }));
}
