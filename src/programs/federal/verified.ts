import tradesJson from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import gridJson from "../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import fundsJson from "../../../data/ircc/settlement-funds.json" with { type: "json" };
import ruleSetsJson from "../../../data/rule-sets.json" with { type: "json" };
import { earliestDay } from "../../core/freshness.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";
import { LANGUAGE_EQUIVALENCY_VERIFIED } from "../../language/equivalency.js";
import { nocCodesVerified } from "../../noc/codes.js";

/** The day the federal rule sets were last verified against their sources (data/rule-sets.json). Internal. */
export const FEDERAL_RULES_VERIFIED: IsoDate = /* @__PURE__ */ isoDate(ruleSetsJson.federal.verified);

let federalVerified: IsoDate | undefined;

/**
 * The earliest last-verified day of the tables the federal programs read: the FSW grid, the
 * settlement funds, the FST trade groups, the language equivalency charts and the NOC catalogues.
 * Internal.
 */
export function federalDataVerified(): IsoDate {
  // The tables are fixed for the life of the module: computed on the first call, then reused.
  federalVerified ??= earliestDay(
    isoDate(gridJson.verified),
    isoDate(fundsJson.verified),
    isoDate(tradesJson.verified),
    LANGUAGE_EQUIVALENCY_VERIFIED,
    nocCodesVerified(),
  );
  return federalVerified;
}
