// The programs `assess --program` can assess, by name.

import {
  type Assessment,
  assessAcceleratedTechPathway,
  assessAlbertaExpressEntry,
  assessCanadianExperienceClass,
  assessExpressEntry,
  assessFederalSkilledTrades,
  assessFederalSkilledWorker,
  type Candidate,
  type CrsBreakdown,
  type IsoDate,
  type NextStep,
} from "../index.js";

/** An assessment as the CLI reads it: the ATP one adds next steps and the CRS it computed. */
export type CliAssessment = Assessment & { readonly nextSteps?: readonly NextStep[]; readonly crs?: CrsBreakdown };

/** A program the CLI can assess, by its `--program` name. */
export interface ProgramChoice {
  readonly name: string;
  readonly assess: (candidate: Candidate, options: { asOf: IsoDate }) => CliAssessment;
}

/** The `--program` names. */
export type ProgramName = "atp" | "alberta-ee" | "express-entry" | "fsw" | "cec" | "fst";

export const PROGRAMS: Readonly<Record<ProgramName, ProgramChoice>> = {
  atp: { name: "Alberta Accelerated Tech Pathway", assess: assessAcceleratedTechPathway },
  "alberta-ee": { name: "Alberta Express Entry Stream", assess: assessAlbertaExpressEntry },
  "express-entry": { name: "Federal Express Entry (FSW, CEC or FST)", assess: assessExpressEntry },
  fsw: { name: "Federal Skilled Worker Program", assess: assessFederalSkilledWorker },
  cec: { name: "Canadian Experience Class", assess: assessCanadianExperienceClass },
  fst: { name: "Federal Skilled Trades Program", assess: assessFederalSkilledTrades },
};

export const PROGRAM_NAMES = Object.keys(PROGRAMS) as ProgramName[];

/**
 * Through which day a program's rules and data were verified, and the stale caveat when `asOf` is
 * later: the same for every candidate, so read from the assessment of one that answers nothing.
 */
export function programFreshness(program: ProgramName, asOf: IsoDate): Pick<Assessment, "verifiedThrough" | "caveats"> {
  const { verifiedThrough, caveats } = PROGRAMS[program].assess({}, { asOf });
  return { verifiedThrough, caveats: caveats.filter((c) => c.id === "assessment.stale") };
}
