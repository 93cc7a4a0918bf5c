// The Alberta rules: the Alberta Express Entry Stream and its Accelerated Tech Pathway. Named exports only.
export {
  ACCELERATED_TECH_PATHWAY_RULES,
  type AtpAssessment,
  acceleratedTechPathway,
  assessAcceleratedTechPathway,
  atpPathwayOpen,
  qualifyingAlbertaJob,
} from "./accelerated-tech-pathway.js";
export {
  type AtpAllocation,
  type AtpComparedDraw,
  type AtpDraw,
  type AtpDrawComparison,
  type AtpDrawComparisonOptions,
  type AtpDrawParameter,
  type AtpDrawParameterCheck,
  type AtpDrawSelection,
  atpAllocations,
  atpDrawComparison,
  atpDraws,
} from "./atp-draws.js";
export { type AtpIntake, type AtpIntakePeriodId, atpIntakeOn } from "./atp-intake.js";
export { atpOccupation, profileOccupationMatches } from "./atp-job-rules/occupation.js";
export { employerAlbertaBased, employerInTechIndustry, jobInAlberta } from "./atp-job-rules/place-and-employer.js";
export { atpJobRequirements } from "./atp-job-rules/requirements.js";
export { employeeNotContractor, fullTimeJob, jobOfferOrEmployment, offerTerm } from "./atp-job-rules/terms.js";
export * from "./atp-list-dates.js";
export * from "./atp-occupations.js";
export { aaipEmployerRequirements } from "./employer-requirements.js";
export {
  ALBERTA_EXPRESS_ENTRY_RULES,
  albertaExpressEntryStream,
  assessAlbertaExpressEntry,
  eligibleForFederalProgram,
  expressEntryProfileActive,
} from "./express-entry-stream.js";
export {
  type AlbertaFacts,
  type AlbertaJob,
  type AlbertaOptions,
  deriveAlbertaFacts,
  qualifyingJobCases,
} from "./facts.js";
export { type NextStep, nextStepsFor } from "./next-steps.js";
export * from "./sources.js";
export { crsMinimum } from "./stream-rules/crs-minimum.js";
export { noAlbertaNomination, noMisrepresentationBan, notIneligible } from "./stream-rules/exclusions.js";
export { scoreAlbertaWorkerEoi } from "./worker-eoi/score.js";
export type {
  WorkerEoiLine,
  WorkerEoiLineId,
  WorkerEoiNote,
  WorkerEoiOptions,
  WorkerEoiResult,
  WorkerEoiScore,
} from "./worker-eoi/types.js";
