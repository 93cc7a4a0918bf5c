// Where a code of the list's own NOC version stands on a date: on the list, off it, or unknown (an
// uncertain listing, or the launch window). Internal: atp-occupations.ts answers with it.

import type { IsoDate } from "../../core/iso-date.js";
import type { AtpList, AtpOccupationData, AtpUncertainty } from "./atp-occupations-data.js";

/** Where a code of the list's own NOC version stands on a date. */
export type Listing =
  | { readonly verdict: "pass"; readonly uncertainty?: undefined }
  | { readonly verdict: "fail"; readonly uncertainty?: undefined }
  | { readonly verdict: "unknown"; readonly uncertainty: AtpUncertainty }
  | { readonly verdict: "unknown"; readonly uncertainty?: undefined; readonly launchWindow: true };

/** Each (frozen) uncertainty list by NOC version, in its order, built on first use. */
const uncertaintiesByVersion = new WeakMap<readonly AtpUncertainty[], Map<AtpList["nocVersion"], AtpUncertainty[]>>();

function uncertaintiesOf(data: AtpOccupationData, list: AtpList): readonly AtpUncertainty[] {
  let index = uncertaintiesByVersion.get(data.uncertain);
  if (index === undefined) {
    index = new Map();
    for (const u of data.uncertain) {
      const forVersion = index.get(u.nocVersion);
      if (forVersion === undefined) index.set(u.nocVersion, [u]);
      else forVersion.push(u);
    }
    uncertaintiesByVersion.set(data.uncertain, index);
  }
  return index.get(list.nocVersion) ?? [];
}

export function activeUncertainties(data: AtpOccupationData, list: AtpList, asOf: IsoDate): AtpUncertainty[] {
  return uncertaintiesOf(data, list).filter((u) => u.from <= asOf && asOf < u.to);
}

export function listingOf(code: string, asOf: IsoDate, list: AtpList, data: AtpOccupationData): Listing {
  let uncertainty: AtpUncertainty | undefined;
  for (const u of uncertaintiesOf(data, list)) {
    if (u.from <= asOf && asOf < u.to && u.codeSet.has(code)) {
      uncertainty = u;
      break;
    }
  }
  if (uncertainty !== undefined) return { verdict: "unknown", uncertainty };
  if (!list.codeSet.has(code)) return { verdict: "fail" };
  if (asOf < data.launch.certainFrom) return { verdict: "unknown", launchWindow: true };
  return { verdict: "pass" };
}
