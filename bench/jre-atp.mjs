// The Accelerated Tech Pathway's top-level rule tree in json-rules-engine, over flat facts derived
// from the same AlbertaFacts that our rule tree evaluates.
//
// What json-rules-engine gets is the easy half: every leaf's input is computed here, once, outside
// the timed loop (is the profile active? is the NOC on the ATP list on asOf? does the profile's
// occupation match the job through the NOC concordance? ...), so its conditions are plain
// comparisons of ready values. Our tree computes those inside `evaluate` and writes a reason per
// rule. json-rules-engine is two-valued: a fact that is not answered (undefined, with
// `allowUndefinedFacts`) fails its condition, where our tree says `unknown`. Its `eligible` event
// fires exactly when our root verdict is `pass` (run.mjs checks it on every fixture).

import { Engine } from "json-rules-engine";

/** Full-time hours and the minimum offer length, as in src/programs/alberta/atp-job-rules/terms.ts. */
const FULL_TIME_HOURS = 30;
const MINIMUM_OFFER_MONTHS = 12;

const is = (fact, value) => ({ fact, operator: "equal", value });
const atLeast = (fact, value) => ({ fact, operator: "greaterThanInclusive", value });

/** atp.job: the eight requirements one job meets together (offer term for offers only). */
function jobConditions(slot, isOffer) {
  return {
    all: [
      is(`${slot}Province`, "AB"), // atp.job.in-alberta
      is(`${slot}OnAtpList`, true), // atp.job.occupation
      is(`${slot}AlbertaBased`, true), // atp.job.employer-alberta-based
      is(`${slot}TechIndustry`, true), // atp.job.employer-tech-industry
      atLeast(`${slot}HoursPerWeek`, FULL_TIME_HOURS), // atp.job.full-time
      is(`${slot}Engagement`, "employee"), // atp.job.employee
      ...(isOffer
        ? [{ any: [is(`${slot}Permanent`, true), atLeast(`${slot}DurationMonths`, MINIMUM_OFFER_MONTHS)] }] // atp.job.offer-term
        : []),
      is(`${slot}NocMatches`, true), // atp.job.matches-profile
    ],
  };
}

/** The rule "atp": pathway open, the Alberta Express Entry Stream, and a qualifying job. */
export const ATP_JRE_RULE = {
  name: "atp",
  conditions: {
    all: [
      is("pathwayOpen", true), // atp.pathway-open
      {
        // alberta-ee
        all: [
          is("profileActive", true), // alberta-ee.profile-active
          is("federalEligible", true), // alberta-ee.federal-program
          atLeast("crs", 300), // alberta-ee.crs-minimum
          {
            // alberta-ee.not-ineligible
            all: [
              is("refugeeClaimant", false),
              is("removalOrder", false),
              is("misrepresentationBanInForce", false),
              is("activeAaipApplication", false),
              is("albertaNominationHeld", false),
            ],
          },
        ],
      },
      // atp.qualifying-job: the job offer, or the current job in Alberta
      { any: [jobConditions("offer", true), jobConditions("current", false)] },
    ],
  },
  event: { type: "eligible" },
};

/** The engine, built once: the rule is parsed and kept, as an application would. */
export function makeAtpEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule(ATP_JRE_RULE);
  return engine;
}

/** Number of conditions (leaves) in the rule, for the report. */
export function countConditions(node = ATP_JRE_RULE.conditions) {
  const parts = node.all ?? node.any;
  return parts === undefined ? 1 : parts.reduce((n, part) => n + countConditions(part), 0);
}

/**
 * Flattens the facts our tree evaluates (deriveAlbertaFacts) into the plain values json-rules-engine
 * compares: each leaf's input, computed with the library's own helpers. Unanswered stays undefined.
 */
export function flattenAtpFacts(lib, facts) {
  const { candidate, asOf, crs, federal } = facts;
  const profile = candidate.expressEntryProfile;
  const status = candidate.status;
  const ban = status?.misrepresentationBanUntil;
  const nomination = candidate.provincialNomination;
  const flat = {
    pathwayOpen: asOf >= lib.ATP_LATEST_LAUNCH_DATE,
    profileActive:
      profile === undefined
        ? undefined
        : profile !== null && profile.submittedOn <= asOf && asOf < lib.expressEntryProfileExpiry(profile.submittedOn),
    federalEligible: federal.status === "incomplete" ? undefined : federal.status === "eligible",
    crs: crs.ok ? crs.total : undefined,
    refugeeClaimant: status?.refugeeClaimant,
    removalOrder: status?.removalOrder,
    misrepresentationBanInForce: ban === undefined ? undefined : ban !== null && ban >= asOf,
    activeAaipApplication: status?.activeAaipApplication,
    albertaNominationHeld:
      nomination === undefined
        ? undefined
        : nomination !== null && nomination.province === "AB" && nomination.nominatedOn <= asOf,
  };
  const { cases } = lib.qualifyingJobCases(facts);
  const offers = cases.filter((c) => c.facts.job.kind === "job-offer");
  const current = cases.filter((c) => c.facts.job.kind === "current-employment");
  if (offers.length > 1 || current.length > 1) {
    throw new Error("jre-atp: the json-rules-engine tree has one job-offer slot and one current-job slot");
  }
  const primary = profile?.primaryOccupation;
  for (const [slot, found] of [
    ["offer", offers[0]],
    ["current", current[0]],
  ]) {
    if (found === undefined) continue;
    const job = found.facts.job;
    const occupation = lib.checkAtpOccupation(job.noc, asOf).verdict;
    Object.assign(flat, {
      [`${slot}Province`]: job.province,
      [`${slot}OnAtpList`]: occupation === "unknown" ? undefined : occupation === "pass",
      [`${slot}AlbertaBased`]: job.employer?.albertaBased,
      [`${slot}TechIndustry`]: job.employer?.techIndustry,
      [`${slot}HoursPerWeek`]: job.hoursPerWeek,
      [`${slot}Engagement`]: job.engagement,
      [`${slot}Permanent`]: job.permanent,
      [`${slot}DurationMonths`]: job.durationMonths,
      [`${slot}NocMatches`]:
        profile === null ? false : primary === undefined ? undefined : sameOccupation(lib, primary, job.noc),
    });
  }
  // json-rules-engine registers every key as a fact; leave the unanswered ones out, as a form would.
  for (const key of Object.keys(flat)) if (flat[key] === undefined) delete flat[key];
  return flat;
}

function sameOccupation(lib, a, b) {
  if (a === b) return true;
  const related = a.length === 4 ? lib.nocSuccessors(a) : lib.nocPredecessors(a);
  return related.some((entry) => entry.code === b);
}

/**
 * The top-level ATP rule as an application would write it in json-rules-engine: nine conditions
 * on facts computed in advance — the pathway is open, the profile is active, a federal program is
 * met, CRS >= 300, no refugee claim, no removal order, no misrepresentation ban, no AAIP
 * conflict (an active AAIP application or an Alberta nomination, one fact) and a qualifying job
 * (one fact: our `atp.qualifying-job` verdict, computed before the timed loop). The issue's
 * target compares the full assessment with this.
 */
export const ATP_TOP_JRE_RULE = {
  name: "atp-top",
  conditions: {
    all: [
      is("pathwayOpen", true),
      is("profileActive", true),
      is("federalEligible", true),
      atLeast("crs", 300),
      is("refugeeClaimant", false),
      is("removalOrder", false),
      is("misrepresentationBanInForce", false),
      is("aaipConflict", false),
      is("qualifyingJob", true),
    ],
  },
  event: { type: "eligible" },
};

/** The nine-condition engine, built once. */
export function makeAtpTopEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule(ATP_TOP_JRE_RULE);
  return engine;
}

/** The nine facts of {@link ATP_TOP_JRE_RULE}, from the flat facts and the qualifying-job verdict. */
export function topAtpFacts(lib, facts, flat) {
  const job = lib.qualifyingAlbertaJob.evaluate(facts, { asOf: facts.asOf }).verdict;
  const conflict =
    flat.activeAaipApplication === true || flat.albertaNominationHeld === true
      ? true
      : flat.activeAaipApplication === false && flat.albertaNominationHeld === false
        ? false
        : undefined;
  const top = {
    pathwayOpen: flat.pathwayOpen,
    profileActive: flat.profileActive,
    federalEligible: flat.federalEligible,
    crs: flat.crs,
    refugeeClaimant: flat.refugeeClaimant,
    removalOrder: flat.removalOrder,
    misrepresentationBanInForce: flat.misrepresentationBanInForce,
    aaipConflict: conflict,
    qualifyingJob: job === "unknown" ? undefined : job === "pass",
  };
  for (const key of Object.keys(top)) if (top[key] === undefined) delete top[key];
  return top;
}
