import { type IsoDate, toIsoDate } from "../../core/iso-date.js";

/** The `asOf` of some options, or a TypeError naming the function that needs it. Internal. */
export function requireAsOf(options: { readonly asOf?: IsoDate | Date } | undefined, caller: string): IsoDate {
  const asOf = options?.asOf;
  if (asOf === undefined || asOf === null) {
    throw new TypeError(
      `${caller} needs options.asOf, the day to assess on (for example { asOf: isoDate("2026-01-15") }): the library never reads the clock.`,
    );
  }
  return toIsoDate(asOf);
}
