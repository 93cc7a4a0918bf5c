// The language layer: test scores -> CLB/NCLC levels per ability on the day of the test, with
// IRCC's dated equivalency charts (data/ircc/language-equivalency.json). Named exports only.

export { type ClbLevels, LANGUAGE_ABILITIES, type LanguageAbility, meetsClb, minimumClb } from "./clb.js";
export {
  type ChartLookup,
  type ClbBand,
  clbOnChart,
  type EquivalencyChart,
  equivalencyChartFor,
  LANGUAGE_EQUIVALENCY_SOURCE,
  LANGUAGE_EQUIVALENCY_VERIFIED,
  languageEquivalencyCharts,
  type ScoreScale,
} from "./equivalency.js";
export { languageOf, type OfficialLanguage } from "./official-language.js";
export {
  type ExpiredLanguageTest,
  type LanguageTestLevels,
  type OfficialLanguageLevels,
  type OfficialLanguageLevelsOptions,
  officialLanguageLevels,
  rankByClbSum,
} from "./official-language-levels.js";
export { type ClbResult, type ToClbOptions, type ToClbResult, toClb } from "./to-clb.js";
export { LANGUAGE_TEST_VALIDITY_SOURCE, LANGUAGE_TEST_VALIDITY_YEARS, languageTestExpiresOn } from "./validity.js";
