import schema from "../../data/schema/candidate.schema.json";

/**
 * The JSON Schema (draft 2020-12) of the Candidate input, for form builders and validators in
 * other languages. The same document ships as `alberta-atp/candidate.schema.json`.
 *
 * @example
 * ```ts
 * import { candidateJsonSchema } from "alberta-atp";
 * candidateJsonSchema.type; // "object"
 * ```
 */
export const candidateJsonSchema: Readonly<Record<string, unknown>> = schema;
