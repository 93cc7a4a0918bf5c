import * as z from "zod/mini";
import { CandidateSchema } from "./candidate.js";

/**
 * Builds the JSON Schema (draft 2020-12) of the Candidate input from {@link CandidateSchema}.
 * The published copy is `candidateJsonSchema` and the file `alberta-atp/candidate.schema.json`;
 * a test keeps the three identical.
 *
 * @example
 * ```ts
 * const schema = buildCandidateJsonSchema();
 * schema.additionalProperties; // false
 * ```
 */
export function buildCandidateJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(CandidateSchema, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://unpkg.com/alberta-atp/data/schema/candidate.schema.json",
  };
}
