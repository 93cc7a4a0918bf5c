// The Group II lines of the Worker EOI grid: the Alberta job offer, its sector endorsement, its
// location and the regulated occupation.

import { FULL_TIME_HOURS_PER_WEEK } from "../../../experience/constants.js";
import type { Candidate } from "../../../models/candidate.js";
import type { GridVersion } from "./data.js";
import { certain, maximumOf, type Part, pointsOf } from "./part.js";

function yesNo(grid: GridVersion, factor: string, value: boolean | undefined, path: string): Part {
  if (value === undefined) return { points: 0, maximumReachable: maximumOf(grid, factor), missing: [path] };
  return value ? certain(pointsOf(grid, factor, "yes"), "yes") : certain(0);
}

/** The Group II lines: job offer, sector endorsement, offer location, regulated occupation. */
export function economic(grid: GridVersion, c: Candidate): [Part, Part, Part, Part] {
  const offer = c.jobOffer;
  const ids = ["job-offer", "sector-endorsement", "offer-location", "regulated-occupation"] as const;
  if (offer === null) return [certain(0), certain(0), certain(0), certain(0)];
  if (offer === undefined) {
    const [a, b, d, e] = ids.map((id) => ({ points: 0, maximumReachable: maximumOf(grid, id), missing: ["jobOffer"] }));
    return [a as Part, b as Part, d as Part, e as Part];
  }
  // In Alberta: only the province says so (a community answered beside another province would
  // contradict it, so the community is not read as implying Alberta).
  const inAlberta = offer.province === undefined ? undefined : offer.province === "AB";
  const fullTime = offer.hoursPerWeek === undefined ? undefined : offer.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK;
  const not = (value: boolean | undefined) => (value === undefined ? undefined : !value);
  // FAQ: permanent, non-seasonal, full-time employment, not a combination of occupations.
  const conditions: [boolean | undefined, string][] = [
    [inAlberta, "jobOffer.province"],
    [offer.permanent, "jobOffer.permanent"],
    [fullTime, "jobOffer.hoursPerWeek"],
    [not(offer.seasonal), "jobOffer.seasonal"],
    [not(offer.combinationOfOccupations), "jobOffer.combinationOfOccupations"],
  ];
  const offerMax = maximumOf(grid, "job-offer");
  const jobOffer: Part = conditions.some(([value]) => value === false)
    ? certain(0)
    : conditions.every(([value]) => value === true)
      ? certain(offerMax, "yes")
      : {
          points: 0,
          maximumReachable: offerMax,
          missing: conditions.filter(([value]) => value === undefined).map(([, path]) => path),
        };

  // FAQ, "Definition of permanent full-time employment in Alberta": "To claim points, the Alberta
  // job offer must be permanent and non-seasonal full-time employment". The other lines are points
  // of that offer: none for an offer that is not one; unsure while a condition is open.
  const qualifyingOfferOnly = (part: Part): Part => {
    if (conditions.some(([value]) => value === false)) return certain(0);
    if (conditions.every(([value]) => value === true)) return part;
    if (part.maximumReachable === 0) return certain(0);
    const open = conditions.filter(([value]) => value === undefined).map(([, path]) => path);
    return { points: 0, maximumReachable: part.maximumReachable, missing: [...part.missing, ...open] };
  };
  const sector =
    offer.sectorEndorsement === undefined
      ? { points: 0, maximumReachable: maximumOf(grid, "sector-endorsement"), missing: ["jobOffer.sectorEndorsement"] }
      : offer.sectorEndorsement === null
        ? certain(0)
        : certain(pointsOf(grid, "sector-endorsement", offer.sectorEndorsement), offer.sectorEndorsement);
  const location =
    offer.community === undefined
      ? { points: 0, maximumReachable: maximumOf(grid, "offer-location"), missing: ["jobOffer.community"] }
      : certain(pointsOf(grid, "offer-location", offer.community), offer.community);
  const regulated = yesNo(
    grid,
    "regulated-occupation",
    offer.regulatedOccupationAlbertaLicence,
    "jobOffer.regulatedOccupationAlbertaLicence",
  );
  return [jobOffer, qualifyingOfferOnly(sector), qualifyingOfferOnly(location), qualifyingOfferOnly(regulated)];
}
