// The next steps that fix a job case of the Accelerated Tech Pathway: a written job offer for a
// current job that no longer counts without one, and a NOC 2021 code in an Express Entry profile
// that still holds a NOC 2016 code. Internal: assessAcceleratedTechPathway passes them to
// nextStepsFor. Read off the result tree (case ids `atp.qualifying-job#<path>`).

import type { IsoDate } from "../../core/iso-date.js";
import { message } from "../../core/message.js";
import type { Mutable } from "../../core/mutable.js";
import type { RuleResult } from "../../core/rule.js";
import { FULL_TIME_HOURS_PER_WEEK } from "../../experience/constants.js";
import type { Candidate } from "../../models/candidate.js";
import type { JobOffer } from "../../models/job-offer.js";
import { offerMadeAfter } from "../../models/job-offer-made.js";
import type { WorkExperience } from "../../models/work-experience.js";
import { nocSuccessorCodes } from "../../noc/codes.js";
import { checkAtpOccupation } from "./atp-occupations.js";
import { pathwayHistory, profileNeedsNoc2021, qualifyingJobRuleOn } from "./atp-pathway-history-data.js";
import type { NextStep } from "./next-steps.js";

const CASE_PREFIX = "atp.qualifying-job#";
const WORK_HISTORY_PATH = /^workHistory\[(\d+)\]$/;

/**
 * The first node, depth first, that `test` accepts. A plain recursion rather than walkResult's
 * generator: it runs on every ineligible or undecided assessment, over the whole tree.
 */
function findNode(node: RuleResult, test: (r: RuleResult) => boolean): RuleResult | undefined {
  if (test(node)) return node;
  const children = node.children;
  if (children === undefined) return undefined;
  for (let i = 0; i < children.length; i++) {
    const found = findNode(children[i] as RuleResult, test);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Every node, depth first, that `test` accepts, in tree order. */
function collectNodes(node: RuleResult, test: (r: RuleResult) => boolean, into: RuleResult[]): RuleResult[] {
  if (test(node)) into.push(node);
  const children = node.children;
  if (children !== undefined)
    for (let i = 0; i < children.length; i++) collectNodes(children[i] as RuleResult, test, into);
  return into;
}

function leaf(node: RuleResult, id: string): RuleResult | undefined {
  return findNode(node, (r) => r.id === id);
}

/** The job's leaves an offer for it changes: that it is an offer, its term, and full-time hours (the step asks for them). */
const CHANGED_BY_AN_OFFER = new Set(["atp.job.offer-or-employment", "atp.job.offer-term", "atp.job.full-time"]);

/**
 * Whether a current job's case fails on something an offer for the same job would not change (its
 * occupation, employer, place): then the offer step could not help. Full-time hours are not one:
 * the step asks for a full-time offer. A profile still in NOC 2016 is not one either: its own step
 * updates it.
 */
function failsOtherwise(node: RuleResult, candidate: Candidate, asOf: IsoDate): boolean {
  const profileStep = profileNeedsNoc2021(candidate.expressEntryProfile?.primaryOccupation, asOf);
  return (
    findNode(
      node,
      (r) =>
        r.verdict === "fail" &&
        r.id.startsWith("atp.job.") &&
        !CHANGED_BY_AN_OFFER.has(r.id) &&
        !(profileStep && r.id === "atp.job.matches-profile"),
    ) !== undefined
  );
}

/**
 * Whether the candidate already holds the offer the step asks for: made by `asOf`, from this job's
 * employer, for its occupation, permanent and full-time.
 */
function offerFromEmployerHeld(candidate: Candidate, entry: WorkExperience, asOf: IsoDate): boolean {
  const offer = candidate.jobOffer;
  if (offer == null || offerMadeAfter(offer, asOf)) return false;
  const name = entry.employer?.name;
  return (
    name !== undefined &&
    offer.employer?.name === name &&
    offer.noc === entry.noc &&
    offer.permanent === true &&
    (offer.hoursPerWeek ?? 0) >= FULL_TIME_HOURS_PER_WEEK
  );
}

/** The steps, and the candidate as it would be once they are done (to check they could help). */
export interface Remedies {
  readonly steps: readonly NextStep[];
  readonly fixed: Candidate;
}

/**
 * For a profile that holds a NOC 2016 code on or after 2022-11-16, while some job fails to match
 * it: the NOC 2021 codes to update it to, only those on the list on `asOf` (an update to any
 * other leaves every job off the list), the offered job's or a failing job's code first when it
 * is one of them. `undefined` when no update can help.
 */
function profileRemedy(
  candidate: Candidate,
  asOf: IsoDate,
  failing: readonly RuleResult[],
  offeredNoc: string | undefined,
): { step: NextStep; code: string } | undefined {
  const history = pathwayHistory();
  const primary = candidate.expressEntryProfile?.primaryOccupation;
  if (primary === undefined || !profileNeedsNoc2021(primary, asOf)) return undefined;
  if (!failing.some((node) => leaf(node, "atp.job.matches-profile")?.verdict === "fail")) return undefined;
  const listed = nocSuccessorCodes(primary).filter((code) => checkAtpOccupation(code, asOf).verdict !== "fail");
  // Each case's job code, as its occupation rule read it.
  const jobCodes = [offeredNoc, ...failing.map((node) => leaf(node, "atp.job.occupation")?.actual)];
  const preferred = jobCodes.find((code): code is string => typeof code === "string" && listed.includes(code));
  // One code, or several for a job given by the NOC 2016 code itself (every successor then matches
  // it through the concordance): the first stands for the profile as updated.
  const target = preferred !== undefined ? [preferred] : listed;
  const code = target[0];
  if (code === undefined) return undefined;
  return {
    step: {
      id: "update-profile-noc",
      message: message("step.update-profile-noc", {
        code: primary,
        successors: target,
        from: history.profileNoc2021.from,
      }),
      source: history.profileNoc2021.source,
    },
    code,
  };
}

/**
 * The remedies the result calls for on `asOf`, or `undefined` when there is none: for the first
 * current job whose only problem may be that it is not an offer, a written permanent full-time
 * offer from its employer; for a profile that holds a NOC 2016 code on or after 2022-11-16, its
 * NOC 2021 code (the job's, when the job's code is a NOC 2021 successor of it).
 */
export function atpRemedies(candidate: Candidate, asOf: IsoDate, result: RuleResult): Remedies | undefined {
  if (findNode(result, (r) => r.id === "atp.qualifying-job" && r.verdict === "pass") !== undefined) return undefined;
  const steps: NextStep[] = [];
  const fixed: Mutable<Candidate> = { ...candidate };
  const history = pathwayHistory();
  let offered = false;
  const failing = collectNodes(result, (r) => r.id.startsWith(CASE_PREFIX), []).filter((r) => r.verdict !== "pass");
  for (const node of failing) {
    const path = node.id.slice(CASE_PREFIX.length);
    const kind = leaf(node, "atp.job.offer-or-employment");
    const index = WORK_HISTORY_PATH.exec(path)?.[1];
    const entry = index === undefined ? undefined : candidate.workHistory?.[Number(index)];
    if (
      !offered &&
      entry !== undefined &&
      entry.engagement !== "self-employed" &&
      kind !== undefined &&
      kind.verdict !== "pass" &&
      !failsOtherwise(node, candidate, asOf) &&
      !offerFromEmployerHeld(candidate, entry, asOf)
    ) {
      offered = true;
      const certain = qualifyingJobRuleOn(asOf) === "offer-only";
      const job = {
        ...(entry.employer?.name === undefined ? {} : { employer: entry.employer.name }),
        path,
        noc: entry.noc,
      };
      steps.push({
        id: "written-job-offer",
        message: certain
          ? message("step.written-job-offer", { ...job, offerFrom: history.qualifyingJob.offerFrom })
          : message("step.written-job-offer.uncertain", { ...job, asOf }),
        source: history.qualifyingJob.offerSource,
      });
      const offer: Mutable<JobOffer> = { noc: entry.noc, permanent: true, offeredOn: asOf };
      if (entry.province !== undefined) offer.province = entry.province;
      if (entry.employer !== undefined) offer.employer = entry.employer;
      // The step asks for a full-time offer: the offer holds full-time hours whatever the job's now.
      offer.hoursPerWeek = Math.max(entry.hoursPerWeek, FULL_TIME_HOURS_PER_WEEK);
      if (entry.engagement !== undefined) offer.engagement = entry.engagement;
      // What the step asks for: an offer, not the LMIA behind one (the federal programs' valid offer).
      offer.lmia = "none";
      fixed.jobOffer = offer;
    }
  }
  const profileStep = profileRemedy(
    candidate,
    asOf,
    failing,
    fixed.jobOffer === candidate.jobOffer ? undefined : fixed.jobOffer?.noc,
  );
  if (profileStep !== undefined) {
    steps.push(profileStep.step);
    const profile = candidate.expressEntryProfile;
    if (profile) fixed.expressEntryProfile = { ...profile, primaryOccupation: profileStep.code };
  }
  return steps.length === 0 ? undefined : { steps, fixed };
}
