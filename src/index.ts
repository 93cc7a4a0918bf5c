// alberta-atp: the public barrel. Named exports only; every module is free of side effects.

// core: the domain-free engine
export * from "./core/index.js";
// crs: the Comprehensive Ranking System by date, the nomination helpers and the improvements
export * from "./crs/index.js";
// experience: work history -> skilled full-time-equivalent hours and years, with certain and possible bounds
export * from "./experience/index.js";
// language: test scores -> CLB/NCLC levels, validity, first and second official language
export * from "./language/index.js";
export { candidateJsonSchema } from "./models/candidate-json-schema.js";
// models: the input schemas, their types and the parser
export * from "./models/index.js";
export { buildCandidateJsonSchema } from "./models/json-schema.js";
// noc: the NOC 2016 and 2021 catalogues and the official concordance (loaded on first use)
export * from "./noc/index.js";
// programs/alberta: the Alberta Express Entry Stream and the Accelerated Tech Pathway
export type { AtpDrawComparisonResult } from "./programs/alberta/atp-draws.js";
export * from "./programs/alberta/index.js";
// programs/federal: Federal Skilled Worker (with the 67-point grid), Canadian Experience Class, Federal Skilled Trades
export * from "./programs/federal/index.js";
