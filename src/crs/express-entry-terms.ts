// The Express Entry terms of data/ircc/express-entry-terms.json: the days to accept a nomination,
// the months a profile stays in the pool, the days to apply after an invitation by the day of the
// invitation, and the years of a misrepresentation ban. Internal: the nomination helpers and the
// next steps count with them. Read on first use.

import termsJson from "../../data/ircc/express-entry-terms.json" with { type: "json" };
import { type DatedVersion, loadDated } from "../core/dated.js";
import type { IsoDate } from "../core/iso-date.js";
import { valueAsOf } from "../core/versioned.js";

type TermName = keyof typeof termsJson.series;

/** The field of each term's value that holds its number. */
const UNIT: Readonly<Record<TermName, string>> = {
  nominationAcceptanceDays: "days",
  profileValidityMonths: "months",
  itaApplicationDays: "days",
  misrepresentationBanYears: "years",
};

const loaded = new Map<TermName, readonly DatedVersion<number>[]>();

/** The versions of one term, each value the term's one number (days, months or years). */
function versionsOf(name: TermName): readonly DatedVersion<number>[] {
  let versions = loaded.get(name);
  if (versions === undefined) {
    versions = loadDated(
      termsJson.series[name],
      (value) => (value as Record<string, number>)[UNIT[name]] as number,
    ).versions;
    loaded.set(name, versions);
  }
  return versions;
}

/**
 * The number of a term in force on `day`; a day before the data (2015-01-01) reads the first
 * version. Inside a version's uncertain period (an invitation of March 2020, whose period was 60
 * or 90 days) it is the version's own number, the smaller one. Internal.
 */
export function expressEntryTerm(name: TermName, day?: IsoDate): number {
  const versions = versionsOf(name);
  if (day === undefined) return (versions[versions.length - 1] as DatedVersion<number>).value;
  const found = valueAsOf(versions, day);
  return found.ok ? found.value : (versions[0] as DatedVersion<number>).value;
}
