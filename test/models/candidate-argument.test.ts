// A candidate that is not an object (null, a list, a number, a text): every export that takes a
// candidate reports it as a typed problem naming the candidate, never a crash on a field read.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { exampleCandidate } from "../fixtures/alberta/builders.js";
import { frenchOf, reasonOf } from "../fixtures/messages.js";

const asOf = api.isoDate("2026-01-15");
type Call = (candidate: unknown) => unknown;
const as = (c: unknown) => c as api.Candidate;

/** The exports that answer with an assessment or facts: they throw InvalidCandidateError. */
const THROWING: Readonly<Record<string, Call>> = {
  assessAcceleratedTechPathway: (c) => api.assessAcceleratedTechPathway(as(c), { asOf }),
  assessAlbertaExpressEntry: (c) => api.assessAlbertaExpressEntry(as(c), { asOf }),
  assessExpressEntry: (c) => api.assessExpressEntry(as(c), { asOf }),
  assessFederalSkilledWorker: (c) => api.assessFederalSkilledWorker(as(c), { asOf }),
  assessCanadianExperienceClass: (c) => api.assessCanadianExperienceClass(as(c), { asOf }),
  assessFederalSkilledTrades: (c) => api.assessFederalSkilledTrades(as(c), { asOf }),
  deriveFederalFacts: (c) => api.deriveFederalFacts(as(c), asOf),
  deriveAlbertaFacts: (c) => api.deriveAlbertaFacts(as(c), asOf),
  fswSelectionPoints: (c) => api.fswSelectionPoints(as(c), { asOf }),
  nextStepsFor: (c) => api.nextStepsFor(as(c), asOf, { status: "eligible", missing: [] }),
};

/** The exports that return `{ ok: false, issues }`: the issue names the candidate (path ""). */
const RETURNING: Readonly<Record<string, Call>> = {
  calculateCrs: (c) => api.calculateCrs(as(c), { asOf }),
  crsFactors: (c) => api.crsFactors(as(c), { asOf }),
  crsImprovements: (c) => api.crsImprovements(as(c), { asOf }),
  scoreAlbertaWorkerEoi: (c) => api.scoreAlbertaWorkerEoi(as(c), { asOf }),
  parseCandidate: (c) => api.parseCandidate(c),
};

const NOT_OBJECTS: ReadonlyArray<[string, unknown, string]> = [
  ["null", null, "got null"],
  ["undefined", undefined, "got nothing"],
  ["a list", [], "got a list"],
  ["a number", 42, "got 42"],
  ["a text", "candidate", 'got "candidate"'],
];

describe("a candidate that is not an object", () => {
  for (const [name, call] of Object.entries(THROWING)) {
    it(`${name}: works on a candidate`, () => {
      expect(() => call(exampleCandidate())).not.toThrow();
    });
    it.each(NOT_OBJECTS)(`${name}: throws InvalidCandidateError on %s`, (_label, value, words) => {
      let thrown: unknown;
      try {
        call(value);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(api.InvalidCandidateError);
      expect(thrown).toBeInstanceOf(TypeError);
      const error = thrown as api.InvalidCandidateError;
      expect(error.message).toBe(`Expected a candidate object, ${words}.`);
      // The same words as data: the issue renders to the message, and to French.
      expect(reasonOf(error.issue)).toBe(error.message);
      expect(frenchOf(error.issue)).not.toBe(error.message);
      expect(error.issue).toMatchObject({ path: "", code: "invalid_type", message: { id: "input.not-a-candidate" } });
    });
  }

  for (const [name, call] of Object.entries(RETURNING)) {
    it.each(NOT_OBJECTS)(`${name}: returns an issue naming the candidate on %s`, (_label, value) => {
      const result = call(value) as { ok: boolean; issues?: readonly api.InputIssue[] };
      expect(result.ok).toBe(false);
      const issue = result.issues?.[0];
      expect(issue?.path).toBe("");
      expect(issue?.message.id).toBe("input.not-a-candidate");
    });
  }
});
