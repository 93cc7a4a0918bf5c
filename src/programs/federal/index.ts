// programs/federal: the Express Entry programs (FSW with its 67-point grid, CEC, FST) as rule
// sets over facts derived once from a candidate. Named exports only.

export {
  assessCanadianExperienceClass,
  CANADIAN_EXPERIENCE_CLASS_PROGRAM,
  CANADIAN_EXPERIENCE_CLASS_RULES,
} from "./cec.js";
export {
  FSW_EDUCATION_LEVELS,
  type FswCredential,
  type FswCredentialStanding,
  type FswEducationFacts,
  type FswEducationLevel,
} from "./education.js";
export type { FederalHours, FederalOccupationHours, NocVersionJoin } from "./experience.js";
export { assessExpressEntry, EXPRESS_ENTRY_PROGRAM, EXPRESS_ENTRY_RULES } from "./express-entry.js";
export {
  deriveFederalFacts,
  type FederalExperienceFacts,
  type FederalFacts,
  type FederalTradeHours,
} from "./facts.js";
export type { FederalFinding } from "./findings.js";
export {
  assessFederalSkilledTrades,
  FEDERAL_SKILLED_TRADES_PROGRAM,
  FEDERAL_SKILLED_TRADES_RULES,
  FST_LANGUAGE_MINIMUM,
} from "./fst.js";
export {
  FST_TRADE_GROUPS,
  type FstTradeGroup,
  type FstTradeGroups,
  fstTradeOccupations,
  isFstTradeOn,
} from "./fst-trades.js";
export { assessFederalSkilledWorker, FEDERAL_SKILLED_WORKER_PROGRAM, FEDERAL_SKILLED_WORKER_RULES } from "./fsw.js";
export type { FswAdaptabilityPoints } from "./fsw-points/adaptability.js";
export type { FswAdaptabilityElement, FswAdaptabilityElementId } from "./fsw-points/adaptability-element.js";
export type { FswAgePoints } from "./fsw-points/age.js";
export type { FswEducationPoints } from "./fsw-points/education.js";
export type { FswExperiencePoints } from "./fsw-points/experience.js";
export type { FswFactorPoints } from "./fsw-points/factor.js";
export { FSW_PASS_MARK, type FswSelectionPoints, fswSelectionPoints } from "./fsw-points/fsw-selection-points.js";
export type { FswLanguagePoints } from "./fsw-points/language.js";
export type {
  FederalLanguageFacts,
  FederalLanguageResult,
  FederalLanguageTestStatus,
} from "./language.js";
export type { FederalAssessmentOptions } from "./options.js";
export {
  SETTLEMENT_FUNDS_TABLES,
  type SettlementFundsRequirement,
  type SettlementFundsTable,
  settlementFundsRequired,
} from "./settlement-funds.js";
export { FEDERAL_PROGRAM_SOURCES } from "./sources.js";
