// The NOC layer: the NOC 2016 V1.3 and NOC 2021 V1.0 catalogues, search, the 2016 -> 2021
// concordance and TEER. Named exports only.

export {
  getNoc,
  NOC_2016_SOURCE,
  NOC_2021_SOURCE,
  type NocCatalogueCounts,
  type NocEntry,
  type NocSkillLevel,
  type NocVersion,
  nocCatalogueCounts,
  type Teer,
} from "./catalogue.js";
export {
  NOC_CONCORDANCE_SOURCE,
  type NocConcordancePair,
  type NocConcordanceRelationship,
  nocConcordance,
  nocPredecessors,
  nocSuccessors,
} from "./concordance.js";
export { type NocSearchOptions, searchNoc } from "./search.js";
export { isSkilledForExpressEntry, NOC_2021_EFFECTIVE_FOR_EXPRESS_ENTRY, teerOf } from "./teer.js";
