// A language test taken before the first equivalency chart this library knows (IELTS and TEF
// before 2015-01-01): its date is answered, only the data is missing. The rules that need it are
// `uncertain`, never waiting for an answer, and a threshold the test cannot change is decided
// without it. Tests of src/programs/federal/language.ts (openAnswerPaths), the FSW points and the
// Alberta stream's CRS minimum.
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/iso-date.js";
import type { RuleResult } from "../../src/core/rule.js";
import { assessAlbertaExpressEntry, assessFederalSkilledWorker, parseCandidate } from "../../src/index.js";

function parsed(input: unknown) {
  const result = parseCandidate(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

function node(result: RuleResult, id: string): RuleResult | undefined {
  if (result.id === id) return result;
  for (const child of result.children ?? []) {
    const found = node(child, id);
    if (found !== undefined) return found;
  }
  return undefined;
}

const ielts = (testedOn: string) => ({
  test: "ielts-general",
  testedOn,
  scores: { reading: 8, writing: 7.5, listening: 8.5, speaking: 7.5 },
});

// An FSW candidate who meets everything else: a Canadian master's, five years of 2173 abroad.
const strong = {
  dateOfBirth: "1988-01-01",
  maritalStatus: "single",
  spouse: null,
  education: [{ level: "masters", years: 2, completedOn: "2012-06-30", inCanada: true }],
  workHistory: [
    {
      noc: "2173",
      country: "IN",
      from: "2010-01-01",
      to: "2014-12-31",
      hoursPerWeek: 40,
      engagement: "employee",
      paid: true,
    },
  ],
  certificateOfQualification: null,
  jobOffer: null,
  relativeInCanada: false,
  studiedInCanadaTwoYearsFullTime: true,
  settlementFundsCad: 50000,
  familySize: 1,
};

describe("a language test taken before the first chart known", () => {
  it("leaves FSW uncertain, naming no answer, where a test of 2015 makes it eligible", () => {
    const asOf = isoDate("2015-06-01");
    const before = assessFederalSkilledWorker(parsed({ ...strong, languageTests: [ielts("2014-11-13")] }), { asOf });
    expect([before.status, before.missing]).toEqual(["incomplete", []]);
    expect(before.uncertain.map((u) => u.id)).toEqual(["fsw.language.clb7", "fsw.selection-points.67"]);
    const after = assessFederalSkilledWorker(parsed({ ...strong, languageTests: [ielts("2015-01-02")] }), { asOf });
    expect(after.status).toBe("eligible");
  });

  it("decides the stream's CRS minimum when no level of the test could change it", () => {
    // Aged 46, no education or work: even CLB 12 in the test cannot bring the CRS to 300, as with
    // the tests left out; the minimum fails either way.
    const weak = {
      dateOfBirth: "1968-07-07",
      maritalStatus: "single",
      spouse: null,
      education: [],
      workHistory: [],
      certificateOfQualification: null,
      jobOffer: null,
      provincialNomination: null,
      siblingInCanada: false,
    };
    const asOf = isoDate("2015-01-04");
    const minimum = (languageTests: unknown) =>
      node(
        assessAlbertaExpressEntry(parsed({ ...weak, ...(languageTests === undefined ? {} : { languageTests }) }), {
          asOf,
        }).result,
        "alberta-ee.crs-minimum",
      );
    expect(minimum(undefined)?.verdict).toBe("fail");
    const chartless = minimum([ielts("2014-11-13")]);
    expect([chartless?.verdict, chartless?.missing, chartless?.message.id]).toEqual([
      "fail",
      undefined,
      "alberta-ee.crs.cannot-reach",
    ]);
    // The strong candidate reaches 300 without the test: the minimum passes whatever it gives.
    const passes = node(
      assessAlbertaExpressEntry(parsed({ ...strong, languageTests: [ielts("2014-11-13"), ielts("2015-01-02")] }), {
        asOf: isoDate("2015-06-01"),
      }).result,
      "alberta-ee.crs-minimum",
    );
    expect(passes?.verdict).toBe("pass");
  });
});
