// Fuzzing parseCandidate: on arbitrary values and on mutated valid candidates it
// never throws, returns { ok: true, value } or { ok: false, issues } with every issue naming a code,
// a message and a path that leads into the input, re-parses its own output to the same value, does
// not modify its input and leaves the built-in prototypes alone. Also checks that the schema-valid
// candidate arbitrary the other fuzz files use really is schema-valid.
//
// FUZZ_RUNS=5 npm test runs five times as many cases (see test/fixtures/arbitraries/candidate.ts).

import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isIsoDate, message, parseCandidate } from "../../src/index.js";
import {
  assessmentCaseArb,
  candidateArb,
  FIRST_DAY,
  LAST_DAY,
  scaled,
  timeoutFor,
} from "../fixtures/arbitraries/candidate.js";
import { check, checkIssue, prototypeSnapshot, resolvePath } from "../fixtures/arbitraries/checks.js";
import {
  arbitraryInputArb,
  arbitraryJsonArb,
  cloneJson,
  FIXTURE_CANDIDATES,
  type Json,
  type JsonObject,
  mutatedCandidateArb,
} from "../fixtures/arbitraries/inputs.js";
import { inEnglish } from "../fixtures/messages.js";

/**
 * Runs per property, before FUZZ_RUNS scaling: 20,000 arbitrary values (10,000 JSON, 10,000 of
 * any JavaScript value mixed with JSON), 20,000 mutated valid candidates, and 4,000 values of the
 * candidate arbitraries. parseCandidate takes 0.05 to 0.2 ms a call (more on a big input with many
 * issues): the file takes about 8 s of CPU, most of it the mutated candidates (generation, a copy
 * to compare the input with, the parse and its checks).
 */
const RUNS = {
  json: 10_000,
  anything: 10_000,
  mutated: 20_000,
  arbitraryIsValid: 4_000,
} as const;

/** Milliseconds per run allowed for the timeouts (generation, two parses, the checks). */
const MS_PER_RUN = 1;

let prototypesBefore = "";
beforeAll(() => {
  prototypesBefore = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(prototypesBefore);
});

/**
 * The properties every call must have. `json` says the input is plain JSON, so it can also be
 * compared with a copy taken before (it must not be modified) and an accepted input must come back
 * equal to itself (the schema has no transforms and rejects unknown keys).
 */
function checkParse(input: unknown, json: boolean): void {
  const before = json ? cloneJson(input as Json) : undefined;
  let result: ReturnType<typeof parseCandidate>;
  try {
    result = parseCandidate(input);
  } catch (error) {
    throw new Error(`parseCandidate threw: ${String(error)}`);
  }
  check(typeof result === "object" && result !== null, "the result is not an object");
  if (result.ok) {
    check(!("issues" in result), "ok: true with issues");
    const value = result.value;
    check(typeof value === "object" && value !== null && !Array.isArray(value), "ok: true without an object value");
    check(value !== input, "the value returned is the input itself, not a new object");
    const again = parseCandidate(value);
    check(again.ok, () => `the value returned does not parse again: ${JSON.stringify(again)}`);
    check(isDeepStrictEqual(again.value, value), "parsing the value returned gives another value");
    if (json) check(isDeepStrictEqual(value, input), "an accepted JSON input comes back changed");
  } else {
    check(result.ok === false, "ok is neither true nor false");
    check(Array.isArray(result.issues) && result.issues.length > 0, "ok: false without issues");
    for (const issue of result.issues) checkIssue(input, issue);
    if (json) {
      check(
        result.issues.every((issue) => issue.code !== "unreadable"),
        () => `a JSON input was reported unreadable (an internal error): ${JSON.stringify(result.issues)}`,
      );
    }
  }
  if (json) check(isDeepStrictEqual(input, before), "parseCandidate modified its input");
  check(
    Object.keys(Object.prototype).length === 0 && Object.keys(Array.prototype).length === 0,
    () =>
      `a built-in prototype gained a property: ${Object.keys(Object.prototype).concat(Object.keys(Array.prototype))}`,
  );
}

describe("fuzz: parseCandidate on arbitrary values", () => {
  it(
    "on arbitrary JSON (fc.jsonValue, and candidate-shaped JSON with the model's keys)",
    () => {
      fc.assert(
        fc.property(arbitraryJsonArb, (input) => checkParse(input, true)),
        { numRuns: scaled(RUNS.json) },
      );
      expect(prototypeSnapshot()).toBe(prototypesBefore);
    },
    timeoutFor(RUNS.json, MS_PER_RUN),
  );

  it(
    "on arbitrary JavaScript values (fc.anything: Maps, Dates, boxed values, sparse arrays, null prototypes, bigints)",
    () => {
      fc.assert(
        fc.property(arbitraryInputArb, (input) => checkParse(input, false)),
        { numRuns: scaled(RUNS.anything) },
      );
      expect(prototypeSnapshot()).toBe(prototypesBefore);
    },
    timeoutFor(RUNS.anything, MS_PER_RUN),
  );
});

describe("fuzz: parseCandidate on mutated valid candidates", () => {
  it("starts from valid fixtures", () => {
    expect(FIXTURE_CANDIDATES.size).toBeGreaterThanOrEqual(9);
    for (const [path, candidate] of FIXTURE_CANDIDATES) {
      const parsed = parseCandidate(candidate);
      expect(parsed.ok ? "valid" : JSON.stringify(parsed.issues), path).toBe("valid");
    }
  });

  it(
    "deleted keys, random values, unknown keys (__proto__, constructor), other types, invalid dates, deeper nesting",
    () => {
      fc.assert(
        fc.property(mutatedCandidateArb, (input) => checkParse(input, true)),
        { numRuns: scaled(RUNS.mutated) },
      );
      expect(prototypeSnapshot()).toBe(prototypesBefore);
    },
    timeoutFor(RUNS.mutated, MS_PER_RUN),
  );

  it("an own __proto__ key is reported as an unknown field, not followed (JSON.parse input)", () => {
    const input = JSON.parse('{"__proto__": {"dateOfBirth": "1990-01-01", "polluted": true}, "dateOfBirth": 5}');
    const result = parseCandidate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      for (const issue of result.issues) checkIssue(input, issue);
      expect(result.issues.map((i) => i.path).sort()).toEqual(["__proto__", "dateOfBirth"]);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("the path checker itself", () => {
  it("follows keys, indices and keys holding dots", () => {
    const input = { workHistory: [{ from: "x" }], "a.b": { c: 1 }, sparse: new Array<number>(2) };
    expect([...resolvePath(input, "workHistory[0].from")]).toEqual(["present"]);
    expect([...resolvePath(input, "workHistory[0].to")]).toEqual(["absent"]);
    expect([...resolvePath(input, "workHistory[1]")]).toEqual(["absent"]);
    expect([...resolvePath(input, "a.b.c")]).toEqual(["present"]);
    input.sparse[1] = 1;
    expect([...resolvePath(input, "sparse[0]")]).toEqual(["absent"]);
    expect([...resolvePath(input, "nowhere.deep")]).toEqual([]);
    expect([...resolvePath(input, "workHistory.from")]).toEqual([]);
  });
});

describe("the schema-valid candidate arbitraries (test/fixtures/arbitraries/candidate.ts)", () => {
  /** Every YYYY-MM-DD string in a value. */
  const datesIn = (value: unknown): string[] => {
    if (typeof value === "string") return /^\d{4}-\d{2}-\d{2}$/.test(value) ? [value] : [];
    if (typeof value !== "object" || value === null) return [];
    return Object.values(value).flatMap(datesIn);
  };

  it(
    "generate only candidates parseCandidate accepts unchanged, with every date in 1950–2035 and asOf in 2015–2035",
    () => {
      fc.assert(
        fc.property(fc.oneof(candidateArb, assessmentCaseArb), (generated) => {
          const isCase = "candidate" in generated && "asOf" in generated;
          const candidate = isCase ? generated.candidate : generated;
          const parsed = parseCandidate(candidate);
          check(parsed.ok, () => `not schema-valid: ${JSON.stringify(!parsed.ok && parsed.issues)}`);
          check(isDeepStrictEqual(parsed.value, candidate), "parseCandidate changed a generated candidate");
          for (const day of datesIn(candidate)) {
            check(day >= FIRST_DAY && day <= LAST_DAY, () => `date ${day} outside ${FIRST_DAY}..${LAST_DAY}`);
          }
          if (isCase) {
            check(
              isIsoDate(generated.asOf) && generated.asOf >= "2015-01-01" && generated.asOf <= LAST_DAY,
              () => `asOf ${generated.asOf}`,
            );
          }
        }),
        { numRuns: scaled(RUNS.arbitraryIsValid) },
      );
    },
    timeoutFor(RUNS.arbitraryIsValid, MS_PER_RUN),
  );
});

// Was a bug, fixed (src/models/parse-candidate.ts, formatPath in src/core/input-issue.ts): an unknown key that is
// the empty string, at the top level, is reported with the path "" — the path reserved for "the
// input as a whole" (a top-level non-object) — so the issue cannot be told from one about the whole
// input. Found by the arbitrary-JSON property above (minimal counterexample: {"":null}). Expected a
// path that names the key (any non-empty spelling, e.g. `[""]`); actual "".
it('names an unknown key "" with a non-empty path ([""]), not the path of the whole input', () => {
  const input: JsonObject = { "": null };
  const result = parseCandidate(input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe("unrecognized_key");
    expect(result.issues[0]?.path).not.toBe("");
  }
});

// Was a bug, fixed (src/models/parse-candidate.ts, toInputIssues, case "invalid_value"): a required field whose
// type is an enum, when missing, is reported with the code `invalid_option` and the message
// "Expected one of ...; got nothing." instead of `required` ("... is required here."), unlike every
// other missing required field (noc, from, inCanada, scores, ...: `required`). Found by the
// arbitrary-JSON property (minimal counterexamples: {"provincialNomination":{}} and
// {"education":[{}]}). A form that switches on `required` misses these.
it.each([
  ["education[0].level", { education: [{ inCanada: true }] }],
  [
    "languageTests[0].test",
    { languageTests: [{ testedOn: "2025-01-01", scores: { reading: 9, writing: 9, listening: 9, speaking: 9 } }] },
  ],
  ["provincialNomination.province", { provincialNomination: { nominatedOn: "2025-01-01" } }],
  ["certificateOfQualification.province", { certificateOfQualification: { trade: "72200", issuedOn: "2021-06-30" } }],
])("reports a missing required enum field (%s) as required, not invalid_option 'got nothing'", (path, input) => {
  const result = parseCandidate(input);
  expect(result.ok).toBe(false);
  if (!result.ok)
    expect(result.issues.map((i) => ({ path: i.path, code: i.code }))).toEqual([{ path, code: "required" }]);
});

// Was a bug, fixed by a list-length limit checked before the schema (src/models/parse-candidate.ts, through zod 4's object parser): a JSON list with more than
// about 123,000 invalid items (61,500 with two issues each) overflows the call stack inside zod
// (`issues.push(...prefixIssues(...))` in zod/v4/core/schemas.js handlePropertyResult spreads every
// issue of the list as arguments); parseCandidate catches the RangeError and reports
// `{ path: "", code: "unreadable", message: "The input could not be read: RangeError: Maximum call
// stack size exceeded" }` — the empty path and "unreadable" for a readable JSON object, and none of
// the real issues. Found by a targeted probe after the fuzz runs (the arbitraries keep lists short);
// the threshold, by bisection: 123,043 `null` items in `education`. Expected: the issues (or one
// `too_big` issue if lists get a maximum length); actual: one `unreadable` issue.
it("reports a list of 130,000 items as too long (at most 100), not 'unreadable' (a zod stack overflow)", () => {
  const input = { education: new Array<null>(130_000).fill(null) };
  const result = parseCandidate(input);
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.issues.filter((issue) => issue.code === "unreadable")).toEqual([]);
    expect(result.issues).toEqual([
      { path: "education", code: "too_big", message: message("input.list-too-long", { maximum: 100, count: 130_000 }) },
    ]);
    expect(inEnglish(result.issues)[0]?.message).toBe("Expected at most 100 items; got 130000.");
  }
}, 30_000);

// Found by fc.anything in the America/Edmonton CI run: a list field given as an object whose
// `length` cannot be converted to a number made a zod length check throw ("unreadable").
it("reports a list field given as an object with an odd length property as invalid_type", () => {
  const result = parseCandidate({ languageTests: { length: { toString: "0011" } } });
  expect(result.ok ? [] : inEnglish(result.issues)).toEqual([
    { path: "languageTests", code: "invalid_type", message: "Expected a list, got an object of type Object." },
  ]);
});
