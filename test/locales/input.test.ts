// Input issues carry their message as data: an `input.*` id and the values of the problem (the
// type expected, the value received, the bound, the dates). Pinned here with their English (the
// words issues always had) and their French.

import { describe, expect, it } from "vitest";
import {
  type Candidate,
  calculateCrs,
  checkAtpOccupation,
  type InputIssue,
  isoDate,
  parseCandidate,
  scoreAlbertaWorkerEoi,
  toClb,
} from "../../src/index.js";
import { exampleCandidate, parse } from "../fixtures/alberta/builders.js";
import { frenchOf, reasonOf } from "../fixtures/messages.js";

const candidate: Candidate = parse(exampleCandidate());

function issuesOf(input: unknown): readonly InputIssue[] {
  const parsed = parseCandidate(input);
  if (parsed.ok) throw new Error("expected issues");
  return parsed.issues;
}

function only(issues: readonly InputIssue[]): InputIssue {
  expect(issues).toHaveLength(1);
  const [issue] = issues;
  if (issue === undefined) throw new Error("no issue");
  return issue;
}

describe("parseCandidate: each zod issue as a message", () => {
  it("invalid type: the type expected and the value received", () => {
    const issue = only(issuesOf({ dateOfBirth: 19940501 }));
    expect(issue).toStrictEqual({
      path: "dateOfBirth",
      code: "invalid_type",
      message: {
        id: "input.invalid-type",
        params: { expected: "string", received: { type: "number", value: 19940501 } },
      },
    });
    expect(reasonOf(issue)).toBe("Expected text, got 19940501.");
    expect(frenchOf(issue)).toBe("Valeur attendue : du texte ; valeur reçue : 19940501.");
  });

  it("a whole number expected, a list received", () => {
    const issue = only(issuesOf({ familySize: [2] }));
    expect(issue.message).toStrictEqual({
      id: "input.invalid-type",
      params: { expected: "number", received: { type: "array" } },
    });
    expect(reasonOf(issue)).toBe("Expected a number, got a list.");
    expect(frenchOf(issue)).toBe("Valeur attendue : un nombre ; valeur reçue : une liste.");
    const fraction = only(issuesOf({ familySize: 1.5 }));
    expect(reasonOf(fraction)).toBe("Expected a whole number, got 1.5.");
    expect(frenchOf(fraction)).toBe("Valeur attendue : un nombre entier ; valeur reçue : 1.5.");
  });

  it("too small: the bound, whether it is included, and the value", () => {
    const issue = only(
      issuesOf({
        workHistory: [{ noc: "21231", country: "CA", from: "2020-01-01", hoursPerWeek: 0 }],
      }),
    );
    expect(issue).toStrictEqual({
      path: "workHistory[0].hoursPerWeek",
      code: "too_small",
      message: {
        id: "input.too-small",
        params: { minimum: 0, inclusive: false, origin: "number", received: { type: "number", value: 0 } },
      },
    });
    expect(reasonOf(issue)).toBe("Expected more than 0; got 0.");
    expect(frenchOf(issue)).toBe("Valeur attendue : plus de 0 ; valeur reçue : 0.");
    const name = only(issuesOf({ jobOffer: { noc: "21231", employer: { name: "" } } }));
    expect(reasonOf(name)).toBe('Expected at least 1 characters; got "".');
    expect(frenchOf(name)).toBe("Valeur attendue : au moins 1 caractère ; valeur reçue : «  ».");
  });

  it("too big: a number of hours over 168", () => {
    const issue = only(
      issuesOf({ workHistory: [{ noc: "21231", country: "CA", from: "2020-01-01", hoursPerWeek: 1500 }] }),
    );
    expect(issue.message).toStrictEqual({
      id: "input.too-big",
      params: { maximum: 168, inclusive: true, origin: "number", received: { type: "number", value: 1500 } },
    });
    expect(reasonOf(issue)).toBe("Expected at most 168; got 1500.");
    expect(frenchOf(issue)).toBe("Valeur attendue : au plus 168 ; valeur reçue : 1500.");
  });

  it("an option not in the list: the options, as data", () => {
    const issue = only(issuesOf({ firstOfficialLanguage: "spanish" }));
    expect(issue.message).toStrictEqual({
      id: "input.invalid-option",
      params: { options: ["english", "french"], received: { type: "string", value: "spanish" } },
    });
    expect(reasonOf(issue)).toBe('Expected one of "english", "french"; got "spanish".');
    expect(frenchOf(issue)).toBe(
      "Valeur attendue : l’une des valeurs « english », « french » ; valeur reçue : « spanish ».",
    );
  });

  it("a date that is not a day of the calendar", () => {
    const issue = only(issuesOf({ dateOfBirth: "2023-02-29" }));
    expect(issue).toStrictEqual({
      path: "dateOfBirth",
      code: "invalid_date",
      message: { id: "input.date.no-such-day", params: { value: "2023-02-29" } },
    });
    expect(reasonOf(issue)).toBe("2023-02-29 is not a day of the calendar: that month has no day 29.");
    expect(frenchOf(issue)).toBe("2023-02-29 n’est pas un jour du calendrier : ce mois-là n’a pas de jour 29.");
    const written = only(issuesOf({ dateOfBirth: "01/05/1994" }));
    expect(written.message).toStrictEqual({ id: "input.date.not-yyyy-mm-dd", params: { value: "01/05/1994" } });
    expect(frenchOf(written)).toBe(
      "Une date au format AAAA-MM-JJ est attendue (par exemple 2024-02-29) ; valeur reçue : « 01/05/1994 ».",
    );
  });

  it("an unknown field, a NOC code of the wrong form, a job that ends before it starts", () => {
    const key = only(issuesOf({ salary: 1 }));
    expect(key).toStrictEqual({
      path: "salary",
      code: "unrecognized_key",
      message: { id: "input.unrecognized-key", params: { key: "salary", parent: "" } },
    });
    expect(frenchOf(key)).toBe(
      "Champ inconnu « salary » : vérifiez son orthographe ; il ne fait pas partie du modèle.",
    );
    const noc = only(issuesOf({ jobOffer: { noc: "21-231" } }));
    expect(noc.message).toStrictEqual({ id: "input.noc-code", params: { value: "21-231" } });
    expect(frenchOf(noc)).toBe(
      "Un code de la CNP est attendu : 4 chiffres (CNP 2016, p. ex. 2173) ou 5 chiffres (CNP 2021, p. ex. 21231) ; valeur reçue : « 21-231 ».",
    );
    const order = only(
      issuesOf({
        workHistory: [{ noc: "21231", country: "CA", from: "2020-01-01", to: "2019-12-31", hoursPerWeek: 40 }],
      }),
    );
    expect(order.message).toStrictEqual({
      id: "input.job-ends-before-start",
      params: { from: "2020-01-01", to: "2019-12-31" },
    });
    expect(reasonOf(order)).toBe("The job ends (2019-12-31) before it starts (2020-01-01).");
    expect(frenchOf(order)).toBe("L’emploi se termine (2019-12-31) avant d’avoir commencé (2020-01-01).");
  });

  it("the regex checks of the model have their own messages", () => {
    const country = only(
      issuesOf({ workHistory: [{ noc: "21231", country: "ca", from: "2020-01-01", hoursPerWeek: 40 }] }),
    );
    expect(country.message).toStrictEqual({ id: "input.country-code", params: {} });
    expect(reasonOf(country)).toBe("Expected an ISO 3166 two-letter country code in capitals, such as CA or IN.");
    const naics = only(issuesOf({ jobOffer: { noc: "21231", employer: { naics: "x" } } }));
    expect(naics.message).toStrictEqual({ id: "input.naics-code", params: {} });
    expect(frenchOf(naics)).toBe("Un code SCIAN (NAICS) de 2 à 6 chiffres est attendu.");
  });

  it("a candidate that is not an object, a required field", () => {
    const none = only(issuesOf(null));
    expect(none.message).toStrictEqual({ id: "input.not-a-candidate", params: { received: { type: "null" } } });
    expect(reasonOf(none)).toBe("Expected a candidate object, got null.");
    expect(frenchOf(none)).toBe("Un objet décrivant le candidat est attendu ; valeur reçue : null.");
    // A class instance is named by its class, not as "an object of type Object".
    class Person {
      readonly dateOfBirth = "1990-01-01";
    }
    expect(reasonOf(only(issuesOf(new Person())))).toBe("Expected a candidate object, got an object of type Person.");
    const required = only(issuesOf({ languageTests: [{ test: "ielts-general", testedOn: "2025-01-01" }] }));
    expect(required.message).toStrictEqual({ id: "input.required", params: { path: "languageTests[0].scores" } });
    expect(frenchOf(required)).toBe("Le champ languageTests[0].scores est obligatoire ici.");
  });
});

describe("the issues of the functions that score or check", () => {
  it("a date of birth after the day scored (CRS and Worker EOI alike)", () => {
    const born = { ...candidate, dateOfBirth: isoDate("2026-12-01") };
    const crs = calculateCrs(born, { asOf: isoDate("2026-11-25") });
    const eoi = scoreAlbertaWorkerEoi(born, { asOf: isoDate("2026-11-25") });
    for (const result of [crs, eoi]) {
      if (result.ok) throw new Error("expected issues");
      const issue = result.issues.find((i) => i.code === "born_after_as_of");
      expect(issue).toStrictEqual({
        path: "dateOfBirth",
        code: "born_after_as_of",
        message: { id: "input.born-after-as-of", params: { dateOfBirth: "2026-12-01", asOf: "2026-11-25" } },
      });
      if (issue === undefined) return;
      expect(reasonOf(issue)).toBe(
        "The date of birth 2026-12-01 is after the day scored, 2026-11-25: there is no age on that day.",
      );
      expect(frenchOf(issue)).toBe(
        "La date de naissance 2026-12-01 est postérieure au jour évalué, le 2026-11-25 : il n’y a pas d’âge à cette date.",
      );
    }
  });

  it("a NOC code that is no unit group", () => {
    const check = checkAtpOccupation("2173x", isoDate("2026-11-25"), { path: "jobOffer.noc" });
    expect(check.issue).toStrictEqual({
      path: "jobOffer.noc",
      code: "unknown_noc",
      message: { id: "input.noc.unknown", params: { code: { type: "string", value: "2173x" } } },
    });
    if (check.issue === undefined) return;
    expect(reasonOf(check.issue)).toBe('"2173x" is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.');
    expect(frenchOf(check.issue)).toBe(
      "« 2173x » n’est pas un code de groupe de base de la CNP 2016 (4 chiffres) ni de la CNP 2021 (5 chiffres).",
    );
  });

  it("a language test score off its scale: the scale as data, the ability in IRCC's French", () => {
    const result = toClb(
      {
        test: "celpip-general",
        testedOn: isoDate("2025-03-01"),
        scores: { reading: 13, writing: 9, listening: 9, speaking: 9 },
      },
      { path: "languageTests[0]" },
    );
    if (result.ok) throw new Error("expected issues");
    const issue = only(result.issues);
    expect(issue.message).toMatchObject({
      id: "input.language.off-scale",
      params: { testName: "CELPIP-General", ability: "reading", min: 0, max: 12, step: 1, score: 13 },
    });
    expect(reasonOf(issue)).toMatch(
      /^CELPIP-General reading scores run from 0 to 12 in whole numbers; 13 is not on that scale\. /,
    );
    expect(frenchOf(issue)).toMatch(
      /^Les résultats CELPIP-General en compréhension de l’écrit vont de 0 à 12 en nombres entiers ; 13 n’est pas sur cette échelle\. /,
    );
  });
});
