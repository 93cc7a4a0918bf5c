import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CandidateSchema, type InputIssue, parseCandidate } from "../../src/index.js";
import full from "../fixtures/candidates/full.json" with { type: "json" };
import { deepFreeze } from "../fixtures/freeze.js";
import { frenchOf, inEnglish, reasonOf } from "../fixtures/messages.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = ReadonlyArray<string | number>;

const [job0, job1] = full.workHistory as unknown as [{ [key: string]: Json }, { [key: string]: Json }];

const fullInput = (): { [key: string]: Json } => structuredClone(full) as { [key: string]: Json };

/** A copy of the full candidate with the value at `path` set, or removed when `value` is undefined. */
function withValue(path: Path, value: unknown): { [key: string]: Json } {
  const copy = fullInput();
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    node = node[key] as Record<string | number, unknown>;
    if (node === undefined || node === null) throw new Error(`fixture has no ${path.join(".")}`);
  }
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

function issuesOf(input: unknown): readonly InputIssue[] {
  const result = parseCandidate(input);
  if (result.ok) throw new Error(`expected issues, got a candidate: ${JSON.stringify(result.value)}`);
  return result.issues;
}

function expectWellFormed(issues: readonly InputIssue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    expect(Object.keys(issue).sort()).toEqual(["code", "message", "path"]);
    expect(typeof issue.path).toBe("string");
    expect(issue.code).toMatch(/^[a-z_]+$/);
    expect(issue.message.id).toMatch(/^input\./);
    expect(reasonOf(issue).trim().length).toBeGreaterThan(0);
    expect(frenchOf(issue).trim().length).toBeGreaterThan(0);
  }
}

describe("parseCandidate on good input", () => {
  it("accepts the full realistic candidate and returns an equal, new value", () => {
    const input = fullInput();
    const result = parseCandidate(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toStrictEqual(full);
    expect(result.value).not.toBe(input);
    expect(result.value.workHistory).not.toBe(input.workHistory);
  });

  it("the fixture answers every field of the model, so the test above exercises them all", () => {
    expect(Object.keys(full).sort()).toEqual(Object.keys(CandidateSchema.shape).sort());
  });

  it("accepts the empty candidate (nothing answered yet)", () => {
    expect(parseCandidate({})).toEqual({ ok: true, value: {} });
  });

  it("keeps 'answered: none' (null and []) apart from 'not answered' (absent)", () => {
    const input = {
      spouse: null,
      education: [],
      languageTests: [],
      workHistory: [],
      certificateOfQualification: null,
      expressEntryProfile: null,
      jobOffer: null,
      provincialNomination: null,
      status: { misrepresentationBanUntil: null },
    };
    const result = parseCandidate(input);
    expect(result).toEqual({ ok: true, value: input });
    if (result.ok) {
      expect(result.value).not.toHaveProperty("dateOfBirth");
      expect(result.value.jobOffer).toBeNull();
    }
  });

  it("does not add keys for fields left out", () => {
    const result = parseCandidate({ dateOfBirth: "1990-01-01", workHistory: [job0] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value)).toEqual(["dateOfBirth", "workHistory"]);
    expect(Object.keys(result.value.workHistory?.[0] ?? {}).sort()).toEqual(Object.keys(job0).sort());
  });

  it.each([
    ["a NOC 2016 code", ["workHistory", 0, "noc"], "2173"],
    ["a NOC 2021 code", ["workHistory", 0, "noc"], "21231"],
    ["a NOC code starting with 0", ["jobOffer", "noc"], "00012"],
    ["a job that ends the day it starts", ["workHistory", 0, "to"], "2013-08-01"],
    ["a leap day", ["dateOfBirth"], "2000-02-29"],
    [
      "a certificate of qualification",
      ["certificateOfQualification"],
      { trade: "72410", province: "AB", issuedOn: "2020-01-15" },
    ],
    ["a provincial nomination", ["provincialNomination"], { province: "AB", nominatedOn: "2025-06-02" }],
    ["no spouse", ["spouse"], null],
    ["a misrepresentation ban date", ["status", "misrepresentationBanUntil"], "2027-01-31"],
    ["a CRS score of 0", ["expressEntryProfile", "crsScore"], 0],
    ["a CRS score of 1200", ["expressEntryProfile", "crsScore"], 1200],
    ["168 hours a week", ["workHistory", 0, "hoursPerWeek"], 168],
    ["every province code", ["jobOffer", "province"], "NU"],
  ])("accepts %s", (_label, path, value) => {
    const input = withValue(path, value);
    expect(parseCandidate(input)).toEqual({ ok: true, value: input });
  });
});

type BadCase = readonly [label: string, path: Path, value: unknown, issuePath: string, code: string];

const BAD_FIELDS: readonly BadCase[] = [
  // wrong type
  ["a number for a date", ["dateOfBirth"], 19920229, "dateOfBirth", "invalid_type"],
  ["text for a yes/no", ["siblingInCanada"], "no", "siblingInCanada", "invalid_type"],
  [
    "text for a score",
    ["languageTests", 0, "scores", "reading"],
    "7.5",
    "languageTests[0].scores.reading",
    "invalid_type",
  ],
  ["text for a list", ["workHistory"], "none", "workHistory", "invalid_type"],
  ["an object for a list", ["education"], {}, "education", "invalid_type"],
  ["text for a nested yes/no", ["spouse", "accompanying"], "yes", "spouse.accompanying", "invalid_type"],
  ["a fraction for a family size", ["familySize"], 2.5, "familySize", "invalid_type"],
  ["NaN for an amount", ["settlementFundsCad"], Number.NaN, "settlementFundsCad", "invalid_type"],
  ["a number for a NOC code", ["jobOffer", "noc"], 21231, "jobOffer.noc", "invalid_type"],
  ["text for an object", ["jobOffer"], "yes", "jobOffer", "invalid_type"],
  ["null where null is not an answer", ["status"], null, "status", "invalid_type"],
  ["null for a required nested field", ["workHistory", 1, "from"], null, "workHistory[1].from", "invalid_type"],
  // bad format
  [
    "a country name instead of its code",
    ["workHistory", 0, "country"],
    "Canada",
    "workHistory[0].country",
    "invalid_format",
  ],
  ["a lower-case country code", ["workHistory", 0, "country"], "ca", "workHistory[0].country", "invalid_format"],
  ["letters in a NAICS code", ["jobOffer", "employer", "naics"], "54151x", "jobOffer.employer.naics", "invalid_format"],
  ["a 7-digit NAICS code", ["jobOffer", "employer", "naics"], "5415111", "jobOffer.employer.naics", "invalid_format"],
  // bad enum
  ["an unknown marital status", ["maritalStatus"], "engaged", "maritalStatus", "invalid_option"],
  ["an unknown language test", ["languageTests", 0, "test"], "toefl", "languageTests[0].test", "invalid_option"],
  ["an unknown province", ["jobOffer", "province"], "XX", "jobOffer.province", "invalid_option"],
  ["a province in lower case", ["workHistory", 1, "province"], "ab", "workHistory[1].province", "invalid_option"],
  ["an unknown engagement", ["workHistory", 0, "engagement"], "intern", "workHistory[0].engagement", "invalid_option"],
  [
    "self-employment in a job offer",
    ["jobOffer", "engagement"],
    "self-employed",
    "jobOffer.engagement",
    "invalid_option",
  ],
  ["an unknown education level", ["education", 1, "level"], "phd", "education[1].level", "invalid_option"],
  [
    "an unknown first official language",
    ["firstOfficialLanguage"],
    "spanish",
    "firstOfficialLanguage",
    "invalid_option",
  ],
  // bad date
  ["29 February of a common year", ["dateOfBirth"], "2023-02-29", "dateOfBirth", "invalid_date"],
  ["month 13", ["workHistory", 1, "from"], "2024-13-01", "workHistory[1].from", "invalid_date"],
  [
    "a date with a leading space",
    ["languageTests", 1, "testedOn"],
    " 2024-05-04",
    "languageTests[1].testedOn",
    "invalid_date",
  ],
  [
    "a one-digit month",
    ["status", "misrepresentationBanUntil"],
    "2024-1-01",
    "status.misrepresentationBanUntil",
    "invalid_date",
  ],
  ["31 April", ["expressEntryProfile", "submittedOn"], "2024-04-31", "expressEntryProfile.submittedOn", "invalid_date"],
  [
    "month 00",
    ["spouse", "education", 0, "ecaIssuedOn"],
    "2023-00-14",
    "spouse.education[0].ecaIssuedOn",
    "invalid_date",
  ],
  ["a date-time", ["jobOffer", "offeredOn"], "2025-01-20T09:00:00Z", "jobOffer.offeredOn", "invalid_date"],
  // bad NOC
  ["a six-digit NOC", ["jobOffer", "noc"], "212310", "jobOffer.noc", "invalid_noc"],
  ["a three-digit NOC", ["jobOffer", "noc"], "212", "jobOffer.noc", "invalid_noc"],
  ["a NOC with a dash", ["workHistory", 0, "noc"], "21-231", "workHistory[0].noc", "invalid_noc"],
  ["a NOC with a trailing space", ["workHistory", 1, "noc"], "21231 ", "workHistory[1].noc", "invalid_noc"],
  [
    "a NOC with letters",
    ["expressEntryProfile", "primaryOccupation"],
    "ABCDE",
    "expressEntryProfile.primaryOccupation",
    "invalid_noc",
  ],
  ["an empty NOC", ["spouse", "workHistory", 0, "noc"], "", "spouse.workHistory[0].noc", "invalid_noc"],
  [
    "a bad trade code",
    ["certificateOfQualification"],
    { trade: "7241x", province: "AB", issuedOn: "2020-01-15" },
    "certificateOfQualification.trade",
    "invalid_noc",
  ],
  // out of range
  ["negative hours", ["workHistory", 0, "hoursPerWeek"], -1, "workHistory[0].hoursPerWeek", "too_small"],
  ["zero hours", ["workHistory", 0, "hoursPerWeek"], 0, "workHistory[0].hoursPerWeek", "too_small"],
  ["negative offered hours", ["jobOffer", "hoursPerWeek"], -40, "jobOffer.hoursPerWeek", "too_small"],
  ["more hours than a week has", ["workHistory", 1, "hoursPerWeek"], 169, "workHistory[1].hoursPerWeek", "too_big"],
  ["negative funds", ["settlementFundsCad"], -1, "settlementFundsCad", "too_small"],
  [
    "a negative score",
    ["languageTests", 0, "scores", "speaking"],
    -0.5,
    "languageTests[0].scores.speaking",
    "too_small",
  ],
  ["a CRS score over 1200", ["expressEntryProfile", "crsScore"], 1201, "expressEntryProfile.crsScore", "too_big"],
  ["a family of zero", ["familySize"], 0, "familySize", "too_small"],
  // dates in the wrong order
  ["a job that ends before it starts", ["workHistory", 0, "to"], "2013-07-31", "workHistory[0].to", "date_order"],
  [
    "a spouse's job that ends before it starts",
    ["spouse", "workHistory", 0, "to"],
    "2023-05-31",
    "spouse.workHistory[0].to",
    "date_order",
  ],
  // unknown keys
  ["an unknown top-level key", ["fullName"], "Priya Sharma", "fullName", "unrecognized_key"],
  ["an unknown key in a job", ["workHistory", 0, "foo"], 1, "workHistory[0].foo", "unrecognized_key"],
  [
    "an unknown key in the offer's employer",
    ["jobOffer", "employer", "ceo"],
    "x",
    "jobOffer.employer.ceo",
    "unrecognized_key",
  ],
  [
    "an unknown key in scores",
    ["languageTests", 0, "scores", "overall"],
    7.5,
    "languageTests[0].scores.overall",
    "unrecognized_key",
  ],
  [
    "an unknown key in a spouse's credential",
    ["spouse", "education", 0, "gpa"],
    3.9,
    "spouse.education[0].gpa",
    "unrecognized_key",
  ],
  ["an unknown key in status", ["status", "criminalRecord"], false, "status.criminalRecord", "unrecognized_key"],
  ["a misspelt key", ["dateofBirth"], "1992-02-29", "dateofBirth", "unrecognized_key"],
  // missing required nested fields
  ["a job without its NOC", ["workHistory", 0, "noc"], undefined, "workHistory[0].noc", "required"],
  ["a job without its start", ["workHistory", 1, "from"], undefined, "workHistory[1].from", "required"],
  ["a job without its hours", ["workHistory", 0, "hoursPerWeek"], undefined, "workHistory[0].hoursPerWeek", "required"],
  ["a job without its country", ["workHistory", 0, "country"], undefined, "workHistory[0].country", "required"],
  ["a spouse without accompanying", ["spouse", "accompanying"], undefined, "spouse.accompanying", "required"],
  [
    "scores without speaking",
    ["languageTests", 0, "scores", "speaking"],
    undefined,
    "languageTests[0].scores.speaking",
    "required",
  ],
  ["a test without its scores", ["languageTests", 1, "scores"], undefined, "languageTests[1].scores", "required"],
  ["a credential without inCanada", ["education", 0, "inCanada"], undefined, "education[0].inCanada", "required"],
  ["an offer without its NOC", ["jobOffer", "noc"], undefined, "jobOffer.noc", "required"],
  [
    "a profile without its date",
    ["expressEntryProfile", "submittedOn"],
    undefined,
    "expressEntryProfile.submittedOn",
    "required",
  ],
];

describe("parseCandidate on each kind of bad field", () => {
  it.each(BAD_FIELDS)("%s: %j = %j → %s %s", (_label, path, value, issuePath, code) => {
    const issues = issuesOf(withValue(path, value));
    expectWellFormed(issues);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: issuePath, code }]);
  });

  it("rejects relativeInCanada: false beside siblingInCanada: true (a sibling is a relative)", () => {
    const both = parseCandidate({ relativeInCanada: false, siblingInCanada: true });
    expect(both.ok ? [] : both.issues).toEqual([
      {
        path: "relativeInCanada",
        code: "conflicting_answers",
        message: { id: "input.relative-contradicts-sibling", params: {} },
      },
    ]);
    // Either answer alone, or both the same way round, is consistent.
    for (const input of [
      { relativeInCanada: false },
      { siblingInCanada: true },
      { relativeInCanada: true, siblingInCanada: true },
      { relativeInCanada: false, siblingInCanada: false },
      { relativeInCanada: true, siblingInCanada: false },
    ]) {
      expect(parseCandidate(input).ok).toBe(true);
    }
  });

  it("checks the order of a job's dates only when both are real dates", () => {
    // `from` is not a date: the only issue is that, not a date_order against a non-date
    const badFrom = issuesOf(withValue(["workHistory", 0, "from"], "2024-13-01"));
    expect(badFrom.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "workHistory[0].from", code: "invalid_date" },
    ]);
    // `to` is not a date: one invalid_date issue on it, no date_order on the same field
    const badTo = issuesOf(withValue(["workHistory", 0, "to"], "2012-02-30"));
    expect(badTo.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "workHistory[0].to", code: "invalid_date" },
    ]);
  });

  it("still checks the order of valid dates when another field of the job is bad", () => {
    const input = withValue(["workHistory", 0, "to"], "2013-07-31");
    (input.workHistory as { [key: string]: Json }[]).splice(0, 1, { ...job0, to: "2013-07-31", noc: "2173x" });
    const issues = issuesOf(input);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(
      expect.arrayContaining([
        { path: "workHistory[0].noc", code: "invalid_noc" },
        { path: "workHistory[0].to", code: "date_order" },
      ]),
    );
    expect(issues).toHaveLength(2);
  });

  it("reports a required field given as undefined like a missing one", () => {
    const issues = issuesOf(withValue(["workHistory", 0, "noc"], undefined));
    const explicit = fullInput();
    (explicit.workHistory as { [key: string]: Json | undefined }[])[0] = {
      ...(explicit.workHistory as { [key: string]: Json }[])[0],
      noc: undefined,
    };
    expect(issuesOf(explicit)).toEqual(issues);
  });

  it("says what was wrong in its messages", () => {
    const [date] = inEnglish(issuesOf({ dateOfBirth: "2023-02-29" }));
    expect(date?.message).toContain("2023-02-29");
    const [key] = inEnglish(issuesOf({ workHistory: [{ ...job0, employerName: "x" }] }));
    expect(key?.message).toContain("employerName");
    const [option] = inEnglish(issuesOf({ maritalStatus: "engaged" }));
    expect(option?.message).toContain("engaged");
    expect(option?.message).toContain("common-law");
    const [noc] = inEnglish(issuesOf({ jobOffer: { noc: "21-231" } }));
    expect(noc?.message).toContain("21-231");
    const [order] = inEnglish(issuesOf({ workHistory: [{ ...job0, to: "2013-07-31" }] }));
    expect(order?.message).toContain("2013-07-31");
    expect(order?.message).toContain("2013-08-01");
  });

  it("reports every issue at once, not only the first", () => {
    const input = withValue(["dateOfBirth"], "2023-02-29");
    (input.workHistory as { [key: string]: Json }[])[2] = { ...job0, hoursPerWeek: -3, extra: true };
    (input.jobOffer as { [key: string]: Json }).province = "XX";
    input.typo = 1;
    const issues = issuesOf(input);
    expectWellFormed(issues);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(
      expect.arrayContaining([
        { path: "dateOfBirth", code: "invalid_date" },
        { path: "workHistory[2].hoursPerWeek", code: "too_small" },
        { path: "workHistory[2].extra", code: "unrecognized_key" },
        { path: "jobOffer.province", code: "invalid_option" },
        { path: "typo", code: "unrecognized_key" },
      ]),
    );
    expect(issues).toHaveLength(5);
  });

  it("reports each unknown key of one object separately", () => {
    const issues = issuesOf({ first: 1, second: 2 });
    expect(issues.map((i) => i.path).sort()).toEqual(["first", "second"]);
    expect(issues.every((i) => i.code === "unrecognized_key")).toBe(true);
  });

  it("names any unknown top-level key by its own path (property)", () => {
    const known = new Set(Object.keys(CandidateSchema.shape));
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.has(k) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)),
        fc.anything(),
        (key, value) => {
          const issues = issuesOf({ [key]: value });
          expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: key, code: "unrecognized_key" }]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("parseCandidate on non-objects", () => {
  it.each([
    ["null", null],
    ["undefined", undefined],
    ["42", 42],
    ["a string", "x"],
    ["an empty list", []],
    ["a list of candidates", [{}]],
    ["true", true],
    ["false", false],
    ["0", 0],
    ["NaN", Number.NaN],
    ["a bigint", 10n],
    ["a symbol", Symbol("candidate")],
    ["a function", () => ({})],
    ["a JSON string of a candidate", JSON.stringify(full)],
  ])("rejects %s with one issue on the whole input", (_label, input) => {
    const issues = issuesOf(input);
    expectWellFormed(issues);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("");
    expect(issues[0]?.code).toBe("invalid_type");
  });
});

describe("parseCandidate on objects within the candidate that are not plain objects", () => {
  it("rejects a Map, a Date, a class instance or an object inheriting its keys where an object is expected", () => {
    class Status {
      refugeeClaimant = true;
    }
    const cases: [Path, unknown, string][] = [
      [["status"], new Map([["refugeeClaimant", true]]), "an object of type Map"],
      [["status"], new Status(), "an object of type Status"],
      [["status"], Object.create({ removalOrder: true }), "an object of type Object"],
      [["jobOffer", "employer"], new Date(2026, 0, 1), "a Date object"],
      [["workHistory", 1, "employer"], /tech/, "an object of type RegExp"],
    ];
    for (const [path, value, described] of cases) {
      const issues = issuesOf(withValue(path, value));
      const at = path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
      expect(issues, at).toEqual([
        {
          path: at,
          code: "invalid_type",
          message: { id: "input.invalid-type", params: { expected: "plain-object", received: expect.anything() } },
        },
      ]);
      expect(inEnglish(issues)[0]?.message, at).toBe(`Expected a plain object (as JSON gives), got ${described}.`);
    }
  });

  it("keeps the schema's own issue where a Date stands for a date written as text", () => {
    const issues = issuesOf(withValue(["dateOfBirth"], new Date(1990, 0, 1)));
    expect(issues.map((i) => [i.path, i.code])).toEqual([["dateOfBirth", "invalid_type"]]);
    expect(issues[0]?.message.params).toMatchObject({ expected: "string" });
  });

  it("accepts the plain objects of another realm (an iframe, a node:vm context) as its own", () => {
    const foreign = vm.runInNewContext(`JSON.parse(${JSON.stringify(JSON.stringify(full))})`) as unknown;
    expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
    const parsed = parseCandidate(foreign);
    expect(parsed).toEqual(parseCandidate(full));
    expect(parsed.ok).toBe(true);
    // Its Maps and class instances are no more plain than this realm's.
    const foreignMap = vm.runInNewContext('({ status: new Map([["refugeeClaimant", true]]) })') as unknown;
    expect(issuesOf(foreignMap).map((i) => [i.path, i.code])).toEqual([["status", "invalid_type"]]);
  });

  it("accepts objects without a prototype, as a JSON reviver or Object.create(null) makes them", () => {
    const status = Object.assign(Object.create(null), { refugeeClaimant: false });
    expect(parseCandidate(withValue(["status"], status)).ok).toBe(true);
  });
});

describe("parseCandidate and prototype pollution", () => {
  const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

  it('reports {"__proto__": ...} as an unknown key and pollutes nothing', () => {
    const namesBefore = prototypeNames();
    const input = JSON.parse('{"__proto__": {"polluted": true}}');
    const issues = issuesOf(input);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual([{ path: "__proto__", code: "unrecognized_key" }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(prototypeNames()).toEqual(namesBefore);
  });

  it("reports nested __proto__ and constructor keys and pollutes nothing", () => {
    const namesBefore = prototypeNames();
    const nested = JSON.parse(
      '{"jobOffer": {"noc": "21231", "__proto__": {"polluted": true}}, "workHistory": [{"__proto__": {"polluted": true}}]}',
    );
    const issues = issuesOf(nested);
    expect(issues.map(({ path, code }) => ({ path, code }))).toEqual(
      expect.arrayContaining([{ path: "jobOffer.__proto__", code: "unrecognized_key" }]),
    );
    expect(issues.map((i) => i.path)).toContain("workHistory[0].__proto__");
    const ctor = issuesOf(JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'));
    expect(ctor.map(({ path, code }) => ({ path, code }))).toEqual([{ path: "constructor", code: "unrecognized_key" }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(prototypeNames()).toEqual(namesBefore);
  });
});

describe("parseCandidate does not modify its input", () => {
  it("parses a deep-frozen candidate and leaves it equal to the original", () => {
    const input = deepFreeze(fullInput());
    const result = parseCandidate(input);
    expect(result.ok).toBe(true);
    expect(input).toStrictEqual(full);
  });

  it("reports on a deep-frozen bad candidate without touching it", () => {
    const bad = withValue(["workHistory", 0, "to"], "2013-07-31");
    const snapshot = structuredClone(bad);
    deepFreeze(bad);
    expect(issuesOf(bad)[0]?.code).toBe("date_order");
    expect(bad).toStrictEqual(snapshot);
  });

  it("returns a value that can be changed without changing the input", () => {
    const input = fullInput();
    const result = parseCandidate(input);
    if (!result.ok) throw new Error("expected ok");
    const value = result.value as { workHistory?: unknown[]; dateOfBirth?: string };
    value.workHistory?.splice(0, 1, { ...job1 });
    value.dateOfBirth = "2000-01-01";
    expect(input).toStrictEqual(full);
  });
});

describe("parseCandidate never throws", () => {
  const check = (input: unknown) => {
    let result: ReturnType<typeof parseCandidate> | undefined;
    expect(() => {
      result = parseCandidate(input);
    }).not.toThrow();
    expect(result).toBeDefined();
    if (result && !result.ok) expectWellFormed(result.issues);
    return result;
  };

  it("on anything fast-check can make (property)", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (input) => {
          check(input);
        },
      ),
      { numRuns: 300 }, // more in parse-candidate.fuzz.test.ts
    );
  });

  it("on objects whose keys are the model's own with random values (property)", () => {
    const keys = Object.keys(CandidateSchema.shape);
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...keys, "__proto__", "constructor", "toString"), fc.anything(), {
          maxKeys: 6,
        }),
        (input) => {
          check(input);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("on a text field given an object with a `length` that cannot be compared: the wrong type, at its path", () => {
    // Found by the mutated-candidates fuzz test: zod ran the employer name's length check on the
    // object and threw on comparing {toString: 0}, so the whole input came back "unreadable".
    const input = {
      workHistory: [
        {
          noc: "21231",
          country: "IN",
          from: "2005-01-01",
          hoursPerWeek: 40,
          employer: { name: { length: { toString: 0 } } },
        },
      ],
    };
    const r = parseCandidate(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.path, i.code])).toEqual([["workHistory[0].employer.name", "invalid_type"]]);
  });

  it("on a throwing getter at the top level and deep inside", () => {
    const top = {
      get dateOfBirth(): string {
        throw new Error("boom");
      },
    };
    const deep = {
      workHistory: [
        {
          noc: "21231",
          get from(): string {
            throw new Error("boom");
          },
        },
      ],
    };
    const r1 = check(top);
    const r2 = check(deep);
    expect(r1?.ok).toBe(false);
    expect(r2?.ok).toBe(false);
  });

  it("on proxies whose traps throw", () => {
    const boom = () => {
      throw new Error("trap");
    };
    for (const trap of ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf"] as const) {
      const result = check(new Proxy({ dateOfBirth: "1990-01-01" }, { [trap]: boom }));
      expect(result?.ok).toBe(false);
      const nested = check({ jobOffer: new Proxy({ noc: "21231" }, { [trap]: boom }) });
      expect(nested?.ok).toBe(false);
    }
  });

  it("on a transparent proxy, which reads like the object it wraps", () => {
    expect(check(new Proxy(fullInput(), {}))).toEqual({ ok: true, value: full });
  });

  it("on a revoked proxy nested inside the input", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(check({ jobOffer: proxy })?.ok).toBe(false);
    expect(check({ workHistory: proxy })?.ok).toBe(false);
  });

  it("on a revoked proxy as the input itself", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = check(proxy);
    expect(result?.ok).toBe(false);
  });
});

describe("parseCandidate accepts every well-formed candidate (property)", () => {
  const DAY_MS = 86_400_000;
  const date = fc
    .integer({ min: Date.UTC(1950, 0, 1) / DAY_MS, max: Date.UTC(2035, 11, 31) / DAY_MS })
    .map((n) => new Date(n * DAY_MS).toISOString().slice(0, 10));
  const noc = fc.stringMatching(/^\d{4,5}$/);
  const province = fc.constantFrom("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
  const hours = fc.double({ min: 0.5, max: 168, noNaN: true });
  const job = fc
    .record(
      {
        noc,
        title: fc.string(),
        country: fc.stringMatching(/^[A-Z]{2}$/),
        province,
        from: date,
        to: date,
        hoursPerWeek: hours,
        engagement: fc.constantFrom("employee", "self-employed", "independent-contractor", "temporary-agency"),
        fullTimeStudent: fc.boolean(),
        authorized: fc.boolean(),
      },
      { requiredKeys: ["noc", "country", "from", "hoursPerWeek"] },
    )
    .map((j) => (j.to !== undefined && j.to < j.from ? { ...j, from: j.to, to: j.from } : j));
  const test = fc.record({
    test: fc.constantFrom("ielts-general", "celpip-general", "pte-core", "tef-canada", "tcf-canada"),
    testedOn: date,
    scores: fc.record({
      reading: fc.nat(999),
      writing: fc.nat(999),
      listening: fc.nat(999),
      speaking: fc.nat(999),
    }),
  });
  const candidate = fc.record(
    {
      dateOfBirth: date,
      maritalStatus: fc.constantFrom("single", "married", "common-law", "separated", "divorced", "widowed", "annulled"),
      languageTests: fc.array(test, { maxLength: 3 }),
      workHistory: fc.array(job, { maxLength: 4 }),
      siblingInCanada: fc.boolean(),
      jobOffer: fc.option(
        fc.record({ noc, province, hoursPerWeek: hours, offeredOn: date }, { requiredKeys: ["noc"] }),
        { nil: null },
      ),
      provincialNomination: fc.option(fc.record({ province, nominatedOn: date }), { nil: null }),
      settlementFundsCad: fc.double({ min: 0, max: 1e7, noNaN: true }),
      familySize: fc.integer({ min: 1, max: 50 }),
    },
    { requiredKeys: [] },
  );

  it("parses them and returns them unchanged", () => {
    fc.assert(
      fc.property(candidate, (input) => {
        expect(parseCandidate(input)).toEqual({ ok: true, value: input });
      }),
      { numRuns: 300 },
    );
  });
});
