export * from "./any-case.js";
export { type AsOfProblemCode, InvalidAsOfError, readAsOf } from "./as-of.js";
export {
  type Assessment,
  type AssessmentStatus,
  type ResultSummary,
  summarizeResult,
  type UncertainRule,
  walkResult,
} from "./assessment.js";
export type { Band, Bands, PointsBand } from "./bands.js";
export * from "./calendar-public.js";
export type * from "./citation.js";
export * from "./combinators.js";
export * from "./define-rule.js";
export * from "./input-issue.js";
export * from "./iso-date.js";
export * from "./message.js";
export {
  RenderError,
  type Rendered,
  type RenderedResult,
  renderAssessment,
  renderMessage,
  renderResult,
} from "./render.js";
export * from "./rule.js";
export * from "./rule-set.js";
export * from "./rule-set-error.js";
export type { ScoreBounds } from "./score-bounds.js";
export * from "./verdict.js";
export * from "./versioned.js";
