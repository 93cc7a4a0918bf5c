import termsJson from "../../../data/alberta/aaip-worker-eoi-terms.json" with { type: "json" };
import historyJson from "../../../data/alberta/atp-pathway-history.json" with { type: "json" };
import ruleSetsJson from "../../../data/rule-sets.json" with { type: "json" };
import { earliestDay } from "../../core/freshness.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";
import { scoringTablesVerified } from "../../crs/scoring-tables.js";
import { federalDataVerified } from "../federal/verified.js";
import { ATP_OCCUPATIONS_VERIFIED } from "./atp-list-dates.js";

/** The day the Alberta rule sets were last verified against their sources (data/rule-sets.json). Internal. */
export const ALBERTA_RULES_VERIFIED: IsoDate = /* @__PURE__ */ isoDate(ruleSetsJson.alberta.verified);

let albertaVerified: IsoDate | undefined;

/**
 * The earliest last-verified day of the tables the Alberta assessments read: the federal tables,
 * the CRS points, the ATP occupation lists, the pathway's dated history (which jobs count, the
 * intakes) and the AAIP terms of the next steps. Internal.
 */
export function albertaDataVerified(): IsoDate {
  // The tables are fixed for the life of the module: computed on the first call, then reused.
  albertaVerified ??= earliestDay(
    federalDataVerified(),
    scoringTablesVerified(),
    ATP_OCCUPATIONS_VERIFIED,
    isoDate(historyJson.verified),
    isoDate(termsJson.verified),
  );
  return albertaVerified;
}
