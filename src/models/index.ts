// The input models: zod/mini schemas, their types and the parser. Named exports only.
//
// Each schema is built in an immediately called arrow marked `/* @__PURE__ */`: zod's builders
// live in another module, where a bundler cannot see that calling them has no side effect, so
// without the mark every schema (and zod) would stay in bundles that never validate anything, such
// as one of assessAcceleratedTechPathway, which takes an already typed Candidate.
export * from "./candidate.js";
export * from "./certificate-of-qualification.js";
export * from "./education.js";
export * from "./employer.js";
export * from "./express-entry-profile.js";
export * from "./iso-date-schema.js";
export * from "./job-offer.js";
export * from "./language-test.js";
export * from "./noc-code.js";
export { type ParseResult, parseCandidate } from "./parse-candidate.js";
export * from "./province.js";
export * from "./provincial-nomination.js";
export { InvalidCandidateError } from "./read-candidate.js";
export * from "./spouse.js";
export * from "./work-experience.js";
