// Fuzzing the assessments: every assess* function on generated schema-valid
// candidates (test/fixtures/arbitraries/candidate.ts), with asOf from 2015-01-01 to 2035-12-31,
// never throws, returns a well-formed assessment, does not mutate its deep-frozen input and gives
// the same result twice. The programs also agree with each other on the same candidate.
//
// FUZZ_RUNS=5 npm test runs five times as many cases (see test/fixtures/arbitraries/candidate.ts).

import fc from "fast-check";
import { describe, it } from "vitest";
import {
  type Assessment,
  type AtpAssessment,
  assessAcceleratedTechPathway,
  assessAlbertaExpressEntry,
  assessCanadianExperienceClass,
  assessExpressEntry,
  assessFederalSkilledTrades,
  assessFederalSkilledWorker,
  type Candidate,
  type CandidateInput,
  calculateCrs,
  type IsoDate,
} from "../../src/index.js";
import { assessmentCaseArb, deepFreeze, scaled, timeoutFor } from "../fixtures/arbitraries/candidate.js";
import { check, checkAssessment, checkBreakdown, checkSame } from "../fixtures/arbitraries/checks.js";
import { cloneJson, type Json } from "../fixtures/arbitraries/inputs.js";
import { reasonOf } from "../fixtures/messages.js";

/**
 * Runs per assess function, before FUZZ_RUNS scaling: 20,000 in all, each assessing twice. The
 * Alberta assessments cost most (they run the CRS and the whole federal Express Entry assessment
 * inside, the ATP its next steps too, and return a result tree of some 25 kB: about 0.5 to 1.5 ms
 * a call, against 0.1 to 0.2 ms for a federal program), so they get fewer runs and the federal
 * programs more. The cross-program property adds 500 runs of all six (3,000 assessments).
 */
const RUNS = {
  acceleratedTechPathway: 1_500,
  albertaExpressEntry: 1_500,
  expressEntry: 4_000,
  federalSkilledWorker: 4_500,
  canadianExperienceClass: 4_500,
  federalSkilledTrades: 4_000,
  crossProgram: 500,
} as const;

/** Milliseconds per run budgeted for the timeouts (two calls, the checks, generation). */
const MS_PER_RUN = { alberta: 4, federal: 1.5, crossProgram: 10 } as const;

type AssessOptions = { readonly asOf: IsoDate | Date };
type Assess = (candidate: Candidate, options: AssessOptions) => Assessment;

/**
 * A case to assess: the candidate deep-frozen (and a copy to compare it with afterwards), and the
 * day, passed as an IsoDate or, one time in eight, as a local Date of the same day.
 */
const caseArb = fc.tuple(assessmentCaseArb, fc.integer({ min: 0, max: 7 })).map(([{ candidate, asOf }, asDate]) => {
  const [y, m, d] = asOf.split("-").map(Number) as [number, number, number];
  return {
    input: candidate,
    asOf,
    option: asDate === 0 ? new Date(y, m - 1, d) : asOf,
  };
});

/** Assesses a frozen candidate twice and runs every check; returns the first result. */
function assessChecked<A extends Assessment>(
  assess: (candidate: Candidate, options: AssessOptions) => A,
  name: string,
  input: CandidateInput,
  asOf: IsoDate,
  option: IsoDate | Date,
): A {
  const before = cloneJson(input as Json);
  const candidate = deepFreeze(input) as unknown as Candidate;
  let first: A;
  let second: A;
  try {
    first = assess(candidate, { asOf: option });
    second = assess(candidate, { asOf: option });
  } catch (error) {
    throw new Error(`${name} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  checkAssessment(first, asOf);
  checkSame(first, second, name);
  checkSame(input, before, `${name} changed its input`);
  return first;
}

const PROGRAMS: ReadonlyArray<readonly [keyof typeof RUNS, string, Assess, number]> = [
  ["acceleratedTechPathway", "assessAcceleratedTechPathway", assessAcceleratedTechPathway, MS_PER_RUN.alberta],
  ["albertaExpressEntry", "assessAlbertaExpressEntry", assessAlbertaExpressEntry, MS_PER_RUN.alberta],
  ["expressEntry", "assessExpressEntry", assessExpressEntry, MS_PER_RUN.federal],
  ["federalSkilledWorker", "assessFederalSkilledWorker", assessFederalSkilledWorker, MS_PER_RUN.federal],
  ["canadianExperienceClass", "assessCanadianExperienceClass", assessCanadianExperienceClass, MS_PER_RUN.federal],
  ["federalSkilledTrades", "assessFederalSkilledTrades", assessFederalSkilledTrades, MS_PER_RUN.federal],
];

describe("fuzz: every assess* function on schema-valid candidates", () => {
  for (const [key, name, assess, msPerRun] of PROGRAMS) {
    it(
      `${name}: never throws, well-formed, input untouched, same result twice (${scaled(RUNS[key])} runs)`,
      () => {
        fc.assert(
          fc.property(caseArb, ({ input, asOf, option }) => {
            const a = assessChecked(assess, name, input, asOf, option);
            if (name === "assessAcceleratedTechPathway") {
              const atp = a as AtpAssessment;
              check(Array.isArray(atp.nextSteps), "nextSteps is not a list");
              for (const step of atp.nextSteps) {
                check(
                  typeof step.id === "string" && reasonOf(step).length > 0,
                  () => `malformed next step ${JSON.stringify(step)}`,
                );
              }
              if (atp.status === "ineligible") {
                check(
                  atp.nextSteps.every((s) =>
                    ["written-job-offer", "update-profile-noc", "accept-nomination"].includes(s.id),
                  ),
                  "ineligible, yet next steps other than the remedies and a nominee's acceptance",
                );
              }
              if (atp.crs !== undefined) checkBreakdown(atp.crs, undefined);
            }
          }),
          { numRuns: scaled(RUNS[key]) },
        );
      },
      timeoutFor(RUNS[key], msPerRun),
    );
  }
});

const STATUS_RANK = { ineligible: 0, incomplete: 1, eligible: 2 } as const;

describe("fuzz: the programs agree on the same candidate", () => {
  it(
    "Express Entry is FSW or CEC or FST; the Alberta stream needs Express Entry; the ATP needs the Alberta stream",
    () => {
      fc.assert(
        fc.property(caseArb, ({ input, asOf, option }) => {
          const fsw = assessChecked(assessFederalSkilledWorker, "FSW", input, asOf, option);
          const cec = assessChecked(assessCanadianExperienceClass, "CEC", input, asOf, option);
          const fst = assessChecked(assessFederalSkilledTrades, "FST", input, asOf, option);
          const ee = assessChecked(assessExpressEntry, "EE", input, asOf, option);
          const aee = assessChecked(assessAlbertaExpressEntry, "AEE", input, asOf, option);
          const atp = assessChecked(assessAcceleratedTechPathway, "ATP", input, asOf, option);
          // Three-valued "or": the best of the three.
          const best = Math.max(...[fsw, cec, fst].map((a) => STATUS_RANK[a.status]));
          check(
            STATUS_RANK[ee.status] === best,
            () => `Express Entry is ${ee.status}, FSW ${fsw.status}, CEC ${cec.status}, FST ${fst.status}`,
          );
          // Three-valued "and": never better than a part.
          check(
            STATUS_RANK[aee.status] <= STATUS_RANK[ee.status],
            () => `Alberta stream ${aee.status}, Express Entry ${ee.status}`,
          );
          check(
            STATUS_RANK[atp.status] <= STATUS_RANK[aee.status],
            () => `ATP ${atp.status}, Alberta stream ${aee.status}`,
          );
          // The ATP's CRS is the score without nomination points.
          const crs = calculateCrs(
            { ...(input as unknown as Candidate), provincialNomination: null },
            { asOf: option },
          );
          if (crs.ok) {
            const { ok: _ok, ...breakdown } = crs;
            checkSame(atp.crs, breakdown, "the ATP's CRS and calculateCrs without nomination");
          } else {
            check(atp.crs === undefined, "the ATP shows a CRS calculateCrs cannot compute");
          }
        }),
        { numRuns: scaled(RUNS.crossProgram) },
      );
    },
    timeoutFor(RUNS.crossProgram, MS_PER_RUN.crossProgram),
  );
});
