import type { RuleCases } from "../../core/any-case.js";
import { objectArgument } from "../../core/argument.js";
import { readAsOf } from "../../core/as-of.js";
import type { Assessment } from "../../core/assessment.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import type { Mutable } from "../../core/mutable.js";
import { checkRuleSet } from "../../core/rule-checks.js";
import type { RuleSet } from "../../core/rule-set.js";
import { calculateCrsWithoutNomination } from "../../crs/calculate.js";
import type { CrsResult } from "../../crs/index.js";
import type { Candidate } from "../../models/candidate.js";
import type { Employer } from "../../models/employer.js";
import { offerMadeAfter } from "../../models/job-offer-made.js";
import type { Province } from "../../models/province.js";
import { checkedCandidate } from "../../models/read-candidate.js";
import type { Engagement } from "../../models/work-experience.js";
import { nocCodeFacts } from "../../noc/codes.js";
import { type CandidateReadings, readCandidate } from "../../readings/candidate-readings.js";
import { EXPRESS_ENTRY_PROGRAM, EXPRESS_ENTRY_RULES, type FederalFacts } from "../federal/index.js";
import { runAssessment } from "../federal/options.js";
import { checkAtpOccupation } from "./atp-occupations.js";
import { pathwayHistory, profileNeedsNoc2021, qualifyingJobRuleOn } from "./atp-pathway-history-data.js";

/**
 * A job that could qualify a candidate for the Accelerated Tech Pathway: the job offer, or a
 * current job (a `workHistory` entry in Canada that runs on `asOf`, in Alberta or with its
 * province not answered). `path` is where it sits in the input.
 *
 * @example
 * ```ts
 * const job: AlbertaJob = { kind: "job-offer", path: "jobOffer", noc: "21231", province: "AB", hoursPerWeek: 40 };
 * ```
 */
export interface AlbertaJob {
  readonly kind: "job-offer" | "current-employment";
  /** Where the job sits in the input: `jobOffer` or `workHistory[2]`. */
  readonly path: string;
  readonly noc: string;
  readonly province?: Province;
  readonly employer?: Employer;
  readonly hoursPerWeek?: number;
  readonly engagement?: Engagement;
  /** Offers only. */
  readonly permanent?: boolean;
  /** Offers only. */
  readonly durationMonths?: number;
}

/**
 * What the Alberta rules are evaluated on: the candidate, the date, the CRS computed without
 * provincial-nomination points (the stream's CRS minimum is compared with that score: a candidate
 * applying for a nomination has none yet; docs/decisions/0006-alberta-crs-minimum-without-nomination.md
 * in the repository), the federal Express Entry
 * assessment, and — inside the qualifying-job rule — the job being checked.
 *
 * @example
 * ```ts
 * const facts: AlbertaFacts = deriveAlbertaFacts(candidate, isoDate("2026-11-25"));
 * facts.crs.ok && facts.crs.total;
 * ```
 */
export interface AlbertaFacts {
  readonly candidate: Candidate;
  readonly asOf: IsoDate;
  /** The CRS score without provincial-nomination points. */
  readonly crs: CrsResult;
  /** Eligibility for the federal programs (FSW, CEC, FST). */
  readonly federal: Assessment;
  /** The job being checked by the job rules; set by the qualifying-job rule for each case. */
  readonly job?: AlbertaJob;
}

/**
 * Options of the Alberta assessments: the date the rules apply on (required: the library never
 * reads the clock) and, optionally, your own rule set.
 *
 * @example
 * ```ts
 * const options: AlbertaOptions = { asOf: isoDate("2026-11-25") };
 * ```
 */
export interface AlbertaOptions<Facts = AlbertaFacts> {
  readonly asOf: IsoDate | Date;
  readonly ruleSet?: RuleSet<Facts>;
  /**
   * The federal rules nested under `alberta-ee.federal-program` (default `EXPRESS_ENTRY_RULES`):
   * change FSW, CEC or FST rules with `extendRuleSet(EXPRESS_ENTRY_RULES, ...)` and pass them here.
   */
  readonly federalRuleSet?: RuleSet<FederalFacts>;
}

/**
 * Derives the facts the Alberta rules read, once: the CRS without nomination points and the
 * federal assessment on `asOf` (with `options.federalRuleSet` when given). Pure; the candidate is
 * not modified.
 *
 * @example
 * ```ts
 * const facts = deriveAlbertaFacts(candidate, isoDate("2026-11-25"));
 * facts.federal.status; // "eligible" | "ineligible" | "incomplete"
 * ```
 */
export function deriveAlbertaFacts(
  candidate: Candidate,
  asOf: IsoDate | Date,
  options?: { readonly federalRuleSet?: RuleSet<FederalFacts> },
): AlbertaFacts {
  const day = readAsOf(asOf);
  checkedCandidate(candidate);
  return albertaFactsOf(candidate, day, options, readCandidate(candidate, day));
}

/**
 * {@link deriveAlbertaFacts} on a day already read, with the candidate's language tests and
 * credentials read once for the CRS and the federal facts (`readings`; those of another candidate
 * are used only for the lists it shares with this one). Internal.
 */
export function albertaFactsOf(
  candidate: Candidate,
  day: IsoDate,
  options: { readonly federalRuleSet?: RuleSet<FederalFacts> } | undefined,
  readings: CandidateReadings,
): AlbertaFacts {
  // Checked here, under its own name, before runAssessment reads it as its ruleSet.
  if (options?.federalRuleSet !== undefined) checkRuleSet("options.federalRuleSet", options.federalRuleSet);
  // The stream's CRS minimum is checked without nomination points: answer "none" for the score.
  const crs = calculateCrsWithoutNomination(candidate, { asOf: day }, readings);
  // assessExpressEntry, with the readings.
  const federal = runAssessment(
    EXPRESS_ENTRY_PROGRAM,
    EXPRESS_ENTRY_RULES,
    candidate,
    {
      asOf: day,
      ...(options?.federalRuleSet !== undefined ? { ruleSet: options.federalRuleSet } : {}),
    },
    readings,
  );
  return { candidate, asOf: day, crs, federal };
}

/**
 * Which of the built-in job requirements the rule tried on each job holds (as composed with
 * `extendRuleSet`): the cases leave out a job no job could pass only by a requirement it holds.
 * Internal.
 */
export interface JobRequirementsHeld {
  /** The ATP occupation list and the match with the profile's occupation (`atp.job.occupation`, `atp.job.matches-profile`). */
  readonly occupationMatchingProfile: boolean;
  /** A job offer or current employment, by date (`atp.job.offer-or-employment`: only an offer from 2024-12-11). */
  readonly offerOrEmployment: boolean;
}

const EVERY_REQUIREMENT: JobRequirementsHeld = { occupationMatchingProfile: true, offerOrEmployment: true };

/**
 * The jobs that could qualify a candidate on `asOf`, as cases for the qualifying-job rule: the
 * job offer (unless it is dated after `asOf`) and every current job in Canada that is in Alberta
 * or whose province is not answered.
 * An unanswered `jobOffer` or `workHistory` keeps the question open, unless the built-in job
 * requirements mean no offer, or no current job, could qualify.
 *
 * @example
 * ```ts
 * const { cases } = qualifyingJobCases(facts);
 * cases.map((c) => c.id); // ["jobOffer", "workHistory[1]"]
 * ```
 */
export function qualifyingJobCases(facts: AlbertaFacts): RuleCases<AlbertaFacts> {
  return jobCases(facts, EVERY_REQUIREMENT);
}

/** {@link qualifyingJobCases} for a job rule holding the requirements `held`. Internal. */
export function jobCases(facts: AlbertaFacts, held: JobRequirementsHeld): RuleCases<AlbertaFacts> {
  objectArgument(facts, "facts", "the facts deriveAlbertaFacts gives");
  objectArgument(facts.candidate, "facts.candidate", "a candidate");
  const { candidate, asOf } = facts;
  const cases: Array<{ id: string; label: Message; facts: AlbertaFacts }> = [];
  const missing: string[] = [];
  const offer = candidate.jobOffer;
  // An offer dated after asOf did not exist on asOf (as the federal rules read it); left out, the
  // date is taken to be no later than asOf.
  const offerLater = offer != null && offerMadeAfter(offer, asOf) ? offer.offeredOn : undefined;
  // An unanswered offer keeps the question open only if some offer could qualify: its occupation
  // must match the profile's and be on the list in force.
  if (offer === undefined) {
    if (!held.occupationMatchingProfile || anOfferCouldQualify(candidate, asOf)) {
      missing.push("jobOffer");
      // The offer would have to match the profile's occupation: that answer decides it too.
      const profile = candidate.expressEntryProfile;
      if (profile === undefined) missing.push("expressEntryProfile");
      else if (profile !== null && profile.primaryOccupation === undefined) {
        missing.push("expressEntryProfile.primaryOccupation");
      }
    }
  } else if (offer !== null && offerLater === undefined) {
    // Built by assignment (the keys in the same order as before), not by conditional spreads:
    // this runs for every assessment.
    const job: Mutable<AlbertaJob> = { kind: "job-offer", path: "jobOffer", noc: offer.noc };
    if (offer.province !== undefined) job.province = offer.province;
    if (offer.employer !== undefined) job.employer = offer.employer;
    if (offer.hoursPerWeek !== undefined) job.hoursPerWeek = offer.hoursPerWeek;
    if (offer.engagement !== undefined) job.engagement = offer.engagement;
    if (offer.permanent !== undefined) job.permanent = offer.permanent;
    if (offer.durationMonths !== undefined) job.durationMonths = offer.durationMonths;
    cases.push({
      id: "jobOffer",
      label: message("atp.case.job-offer", { noc: offer.noc }),
      facts: Object.assign({}, facts, { job }),
    });
  }
  const history = candidate.workHistory;
  // Once only a job offer counts, no current job can qualify: an unanswered history asks nothing.
  if (history === undefined) {
    if (!held.offerOrEmployment || qualifyingJobRuleOn(asOf) !== "offer-only") missing.push("workHistory");
  } else {
    history.forEach((entry, index) => {
      const current = entry.from <= asOf && (entry.to === undefined || entry.to >= asOf);
      const inAlbertaOrUnknown = entry.province === "AB" || entry.province === undefined;
      if (!current || entry.country !== "CA" || !inAlbertaOrUnknown) return;
      const path = `workHistory[${index}]`;
      const job: Mutable<AlbertaJob> = { kind: "current-employment", path, noc: entry.noc };
      if (entry.province !== undefined) job.province = entry.province;
      if (entry.employer !== undefined) job.employer = entry.employer;
      job.hoursPerWeek = entry.hoursPerWeek;
      if (entry.engagement !== undefined) job.engagement = entry.engagement;
      cases.push({
        id: path,
        label: message(
          "atp.case.current-job",
          entry.title === undefined ? { noc: entry.noc, path } : { noc: entry.noc, path, title: entry.title },
        ),
        facts: Object.assign({}, facts, { job }),
      });
    });
  }
  // offerFrom is given when only a job offer counts on asOf.
  const offerOnly =
    qualifyingJobRuleOn(asOf) === "offer-only" ? { offerFrom: pathwayHistory().qualifyingJob.offerFrom } : {};
  const none =
    offerLater === undefined
      ? message("atp.cases.none", offerOnly)
      : message("atp.cases.offer-later", { offeredOn: offerLater, asOf, ...offerOnly });
  // Two literals rather than one with a conditional spread (same keys, same order).
  if (missing.length === 0) return { cases, none };
  const reason = message("atp.cases.unanswered", { missing });
  return { cases, unanswered: { reason, missing }, none };
}

/**
 * Whether some job offer could qualify the candidate on `asOf`, as far as the Express Entry
 * profile decides it: an offer's occupation must be the profile's primary occupation (an offer in
 * the other NOC version is restated to it) and on the ATP list in force. No profile, a NOC 2016 profile code once profiles hold
 * NOC 2021 codes, or a profile occupation not on the list: no offer can.
 */
function anOfferCouldQualify(candidate: Candidate, asOf: IsoDate): boolean {
  const profile = candidate.expressEntryProfile;
  if (profile === null) return false;
  const primary = profile?.primaryOccupation;
  if (primary === undefined) return true;
  const version = nocCodeFacts(primary)?.version;
  if (version === undefined) return true;
  if (profileNeedsNoc2021(primary, asOf)) return false;
  const noc2021From = pathwayHistory().profileNoc2021.from;
  // A NOC 2021 profile code before 2022-11-16 says nothing certain of the NOC 2016 code the profile
  // held then (atp.job.matches-profile asks for it): any listed offer could match it.
  if (version === 2021 && asOf < noc2021From) return true;
  // In the version in force, an offer matches the profile only by the profile's own code.
  return checkAtpOccupation(primary, asOf).verdict !== "fail";
}
