// The draw checks of the job offer and the occupations: a full-time Alberta offer, the occupations
// on the draw's list, an Alberta-based tech employer.

import { notAnswered } from "../../../core/define-rule.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { message } from "../../../core/message.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../../experience/constants.js";
import type { Candidate } from "../../../models/candidate.js";
import { offerMadeAfter } from "../../../models/job-offer-made.js";
import { nocSuccessorCodes } from "../../../noc/codes.js";
import { checkAtpOccupation } from "../atp-occupations.js";
import { pathwayHistory, profileNeedsNoc2021 } from "../atp-pathway-history-data.js";
import { profileOnDay } from "./candidate.js";
import type { CandidateOnDay } from "./candidate-on-day.js";
import { allOf, fail, type Outcome, pass, unanswered } from "./outcome.js";

/** The offer, or the outcome when there is none to check. */
function withOffer(day: CandidateOnDay, check: (offer: NonNullable<Candidate["jobOffer"]>) => Outcome): Outcome {
  const offer = day.candidate.jobOffer;
  if (offer === undefined) return unanswered("job-offer", ["jobOffer"]);
  if (offer === null) return fail(message("draw.check.offer.none", {}));
  // An offer dated after asOf did not exist on asOf, as the ATP and the CRS read it.
  if (offerMadeAfter(offer, day.asOf)) {
    return fail(message("draw.check.offer.after-as-of", { offeredOn: offer.offeredOn, asOf: day.asOf }));
  }
  return check(offer);
}

/**
 * A full-time Alberta offer of employment: in Alberta, 30 hours a week or more, and for an
 * employee (the ATP's eligibility page: independent contractors and temporary-agency workers are
 * not eligible).
 */
export function fullTimeOffer(day: CandidateOnDay): Outcome {
  return withOffer(day, (offer) =>
    allOf([
      offer.engagement === undefined
        ? unanswered("offer-engagement", ["jobOffer.engagement"])
        : offer.engagement === "employee"
          ? pass(message("atp.job.employee.pass", {}))
          : fail(message("atp.job.employee.fail", { engagement: offer.engagement })),
      offer.province === undefined
        ? unanswered("offer-province", ["jobOffer.province"])
        : offer.province === "AB"
          ? pass(message("draw.check.offer.alberta", {}))
          : fail(message("draw.check.offer.not-alberta", { province: offer.province })),
      offer.hoursPerWeek === undefined
        ? unanswered("offer-hours", ["jobOffer.hoursPerWeek"])
        : offer.hoursPerWeek >= FULL_TIME_HOURS_PER_WEEK
          ? pass(message("draw.check.offer.full-time", { hours: offer.hoursPerWeek }))
          : fail(
              message("draw.check.offer.not-full-time", {
                hours: offer.hoursPerWeek,
                minimum: FULL_TIME_HOURS_PER_WEEK,
              }),
            ),
    ]),
  );
}

export function occupations(day: CandidateOnDay, drawDate: IsoDate): Outcome {
  const profile = profileOnDay(day);
  const profileCode =
    profile === undefined
      ? unanswered("express-entry-profile", ["expressEntryProfile"])
      : profile === null
        ? fail(message("draw.check.occupation.no-profile", {}))
        : profile.primaryOccupation === undefined
          ? unanswered("profile-occupation", ["expressEntryProfile.primaryOccupation"])
          : profileListed(profile.primaryOccupation, drawDate);
  return allOf([profileCode, withOffer(day, (offer) => listed(offer.noc, drawDate, "jobOffer.noc", "offer"))]);
}

/**
 * The profile's occupation on the draw's list. A NOC 2016 code in the profile on or after the day
 * profiles had to hold NOC 2021 codes fails, as `atp.job.matches-profile` says: the profile must be
 * updated, which no answer here can do.
 */
function profileListed(code: string, drawDate: IsoDate): Outcome {
  if (profileNeedsNoc2021(code, drawDate)) {
    return fail(
      message("draw.check.occupation.noc-2016-profile", {
        code,
        from: pathwayHistory().profileNoc2021.from,
        successors: nocSuccessorCodes(code),
      }),
    );
  }
  return listed(code, drawDate, "expressEntryProfile.primaryOccupation", "profile");
}

function listed(code: string, drawDate: IsoDate, path: string, whose: "profile" | "offer"): Outcome {
  const check = checkAtpOccupation(code, drawDate, { path });
  // The occupation check's own explanation, nested (a `text` message until it carries a message).
  const said = message("draw.check.occupation", { whose, check: check.message });
  if (check.verdict !== "unknown") return { verdict: check.verdict, message: said };
  // Without an input issue (a code to restate, or not a NOC code), the list's own history on the
  // draw's date is uncertain: no answer settles it, so nothing is asked.
  return check.issue === undefined ? { verdict: "unknown", message: said, uncertain: true } : notAnswered(said, [path]);
}

export function employer(day: CandidateOnDay): Outcome {
  return withOffer(day, (offer) => {
    const e = offer.employer;
    return allOf([
      e?.albertaBased === undefined
        ? unanswered("employer-alberta-based", ["jobOffer.employer.albertaBased"])
        : e.albertaBased
          ? pass(message("draw.check.employer.alberta-based", {}))
          : fail(message("draw.check.employer.not-alberta-based", {})),
      e?.techIndustry === undefined
        ? unanswered("employer-tech-industry", ["jobOffer.employer.techIndustry"])
        : e.techIndustry
          ? pass(message("draw.check.employer.tech", {}))
          : fail(message("draw.check.employer.not-tech", {})),
    ]);
  });
}
