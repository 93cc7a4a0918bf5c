export * from "./assessment.js";
export * from "./calendar.js";
export type * from "./citation.js";
export * from "./input-issue.js";
export * from "./iso-date.js";
export * from "./rule.js";
export * from "./rule-set.js";
export * from "./verdict.js";
export * from "./versioned.js";
