// The CRS layer: derive factors from a candidate, score them from the dated tables of
// data/ircc/crs-points.json, the nomination helpers and the improvements. Named exports only.

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
export type { ArrangedEmployment, CanadianEducation, CrsFactors, CrsSpouseFactors } from "./factors.js";
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
export {
  CRS_POINTS_VERIFIED,
  CRS_STARTED_ON,
  type CrsAdditionalItem,
  type CrsArrangedEmploymentTable,
  type CrsBand,
  type CrsCanadianEducationTable,
  type CrsCanadianWorkColumns,
  type CrsCertificateColumns,
  type CrsCertificateTable,
  type CrsEducationRow,
  type CrsEducationTier,
  type CrsFrenchTable,
  type CrsLanguageColumns,
  type CrsMaximums,
  type CrsPairBand,
  type CrsPairPoints,
  type CrsPointsBand,
  type CrsSpouseEducationRow,
  type CrsTable,
  type CrsTableName,
  type CrsTables,
  type CrsTableValues,
  type CrsTransferabilityCaps,
  type CrsTransferabilityTable,
  type CrsUncertainty,
  type CrsWorkTable,
  crsTableHistory,
  crsTablesAsOf,
  crsUncertainties,
} from "./tables.js";
