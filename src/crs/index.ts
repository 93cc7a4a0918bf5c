// The CRS layer: derive factors from a candidate, score them from the dated tables of
// data/ircc/crs-points.json, the nomination helpers and the improvements. Named exports only.

export { CRS_STARTED_ON } from "./as-of.js";
export type {
  CrsAdditionalBreakdown,
  CrsBreakdown,
  CrsCoreBreakdown,
  CrsSpouseBreakdown,
  CrsTransferabilityBreakdown,
} from "./breakdown.js";
export { type CrsResult, calculateCrs } from "./calculate.js";
export { type CrsFactorsResult, crsFactors } from "./derive.js";
export { EDUCATION_LEVELS, type EducationLevel, educationRank, isEducationLevel } from "./education-level.js";
export { CrsInputError, type CrsInputErrorCode } from "./errors.js";
export type {
  ArrangedEmployment,
  CanadianEducation,
  CrsFactors,
  CrsLanguageChoice,
  CrsSpouseFactors,
} from "./factors.js";
export {
  type CrsAgePointsChange,
  type CrsImprovement,
  type CrsImprovementKind,
  type CrsImprovementsResult,
  crsImprovements,
} from "./improvements.js";
export {
  ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS,
  CRS_MAXIMUM,
  expressEntryProfileExpiry,
  itaApplicationDeadline,
  misrepresentationBanEnds,
  nominationAcceptanceDeadline,
  PROVINCIAL_NOMINATION_POINTS,
  withProvincialNomination,
} from "./nomination.js";
export { type CrsOptions, scoreCrs } from "./score.js";
// Every row type of the tables is public (the tables' types name them).
export type * from "./tables/rows.js";
export type {
  CrsArrangedEmploymentTable,
  CrsCanadianEducationTable,
  CrsCertificateTable,
  CrsFrenchTable,
  CrsMaximums,
  CrsTable,
  CrsTableName,
  CrsTables,
  CrsTableValues,
  CrsTransferabilityCaps,
  CrsTransferabilityTable,
  CrsWorkTable,
} from "./tables/table-values.js";
export { crsTablesAsOf } from "./tables/tables-as-of.js";
export { type CrsUncertainty, crsUncertainties } from "./tables/uncertainties.js";
export { CRS_POINTS_VERIFIED, crsTableHistory } from "./tables/versions.js";
