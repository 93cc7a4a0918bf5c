import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCandidateJsonSchema, CandidateSchema, candidateJsonSchema } from "../../src/index.js";

const schemaFile = new URL("../../data/schema/candidate.schema.json", import.meta.url);
const fileSchema = JSON.parse(readFileSync(schemaFile, "utf8")) as Record<string, unknown>;

type JsonSchema = {
  $schema?: string;
  $id?: string;
  type?: string | string[];
  format?: string;
  pattern?: string;
  enum?: unknown[];
  additionalProperties?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
};

const built = buildCandidateJsonSchema() as JsonSchema;
const published = candidateJsonSchema as unknown as JsonSchema;

/** The object branch of a property that may also be null. */
function objectBranch(schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema?.type === "object") return schema;
  return schema?.anyOf?.find((s) => s.type === "object");
}

/** Every object schema in the document, with where it is. */
function objectSchemas(schema: JsonSchema, at = "#"): [string, JsonSchema][] {
  const out: [string, JsonSchema][] = [];
  if (schema.type === "object") out.push([at, schema]);
  for (const [key, sub] of Object.entries(schema.properties ?? {})) out.push(...objectSchemas(sub, `${at}.${key}`));
  if (schema.items) out.push(...objectSchemas(schema.items, `${at}[]`));
  schema.anyOf?.forEach((sub, i) => {
    out.push(...objectSchemas(sub, `${at}|${i}`));
  });
  return out;
}

describe("the Candidate JSON Schema", () => {
  it("is the same document in code, built fresh, and in data/schema/candidate.schema.json", () => {
    expect(candidateJsonSchema).toStrictEqual(buildCandidateJsonSchema());
    expect(buildCandidateJsonSchema()).toStrictEqual(fileSchema);
    expect(candidateJsonSchema).toStrictEqual(fileSchema);
  });

  it("is a draft 2020-12 object schema with the published $id", () => {
    expect(built.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(built.$id).toBe("https://unpkg.com/alberta-atp/data/schema/candidate.schema.json");
    expect(built.type).toBe("object");
  });

  it("forbids unknown keys at the top level", () => {
    expect(built.additionalProperties).toBe(false);
    expect(published.additionalProperties).toBe(false);
  });

  it("forbids unknown keys in every nested object, like parseCandidate does", () => {
    const objects = objectSchemas(built);
    expect(objects.length).toBeGreaterThan(10);
    for (const [where, schema] of objects) {
      expect({ where, additionalProperties: schema.additionalProperties }).toEqual({
        where,
        additionalProperties: false,
      });
    }
  });

  it("writes dates as strings in the date format", () => {
    expect(built.properties?.dateOfBirth).toMatchObject({ type: "string", format: "date" });
    const job = built.properties?.workHistory?.items;
    expect(job?.properties?.from).toMatchObject({ type: "string", format: "date" });
    expect(job?.properties?.to).toMatchObject({ type: "string", format: "date" });
    expect(objectBranch(built.properties?.provincialNomination)?.properties?.nominatedOn).toMatchObject({
      type: "string",
      format: "date",
    });
  });

  it("lists every field of the model and requires none at the top level", () => {
    expect(Object.keys(built.properties ?? {}).sort()).toEqual(Object.keys(CandidateSchema.shape).sort());
    expect(built.required ?? []).toEqual([]);
  });

  it("requires what parseCandidate requires in a job", () => {
    const job = built.properties?.workHistory?.items;
    expect(job?.required).toEqual(expect.arrayContaining(["noc", "country", "from", "hoursPerWeek"]));
    expect(job?.required).not.toContain("to");
  });

  it("states the enums and the NOC pattern", () => {
    expect(built.properties?.maritalStatus?.enum).toEqual([
      "single",
      "married",
      "common-law",
      "separated",
      "divorced",
      "widowed",
      "annulled",
    ]);
    const offer = objectBranch(built.properties?.jobOffer);
    expect(offer?.properties?.province?.enum).toEqual([
      "AB",
      "BC",
      "MB",
      "NB",
      "NL",
      "NS",
      "NT",
      "NU",
      "ON",
      "PE",
      "QC",
      "SK",
      "YT",
    ]);
    expect(offer?.properties?.noc).toMatchObject({ type: "string", pattern: "^[0-9]{4,5}$" });
  });

  it("allows null where the model means 'answered: none'", () => {
    for (const key of [
      "jobOffer",
      "provincialNomination",
      "expressEntryProfile",
      "spouse",
      "certificateOfQualification",
    ]) {
      const branches = built.properties?.[key]?.anyOf ?? [];
      expect({ key, hasNull: branches.some((b) => b.type === "null") }).toEqual({ key, hasNull: true });
    }
  });

  it("is built anew on each call, so a caller's change cannot leak", () => {
    const first = buildCandidateJsonSchema();
    first.additionalProperties = true;
    expect(buildCandidateJsonSchema().additionalProperties).toBe(false);
  });
});
