import { readAsOf } from "../../core/as-of.js";
import type { IsoDate } from "../../core/iso-date.js";

/** The `asOf` of some options, read by the library's one reader ({@link readAsOf}). Internal. */
export function requireAsOf(options: { readonly asOf?: IsoDate | Date } | undefined): IsoDate {
  return readAsOf(options?.asOf);
}
