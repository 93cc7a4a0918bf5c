// Tests that pin src/programs/federal/sources.ts: the IRCC pages (and the data files' sources) the
// federal rules cite, each with its section, the retrieval date 2026-11-25 and the mark `secondary`
// (the pages were read through secondary copies), frozen, and the table of them that the package
// exports.
import { describe, expect, it } from "vitest";
import tradesJson from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import gridJson from "../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import fundsJson from "../../../data/ircc/settlement-funds.json" with { type: "json" };
import {
  cecProgramSource,
  educationAssessmentSource,
  FEDERAL_PROGRAM_SOURCES,
  fstProgramSource,
  fstTradeGroupsSource,
  fswProgramSource,
  fswSelectionFactorsSource,
  languageTestsSource,
  proofOfFundsSource,
} from "../../../src/programs/federal/sources.js";

const IRCC = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry";
const cited = (title: string, url: string, section: string) => ({
  title,
  url,
  section,
  retrieved: "2026-11-25",
  secondary: true,
});

describe("the federal citations", () => {
  it("each page, word for word", () => {
    expect(fswProgramSource).toStrictEqual(
      cited(
        "Federal Skilled Worker Program (Express Entry)",
        `${IRCC}/who-can-apply/federal-skilled-workers.html`,
        "Minimum requirements: skilled work experience, language ability, education, proof of funds",
      ),
    );
    expect(cecProgramSource).toStrictEqual(
      cited(
        "Canadian Experience Class (Express Entry)",
        `${IRCC}/who-can-apply/canadian-experience-class.html`,
        "Minimum requirements: skilled work experience, language ability (CLB 7 for TEER 0 or 1, CLB 5 for TEER 2 or 3)",
      ),
    );
    expect(fstProgramSource).toStrictEqual(
      cited(
        "Federal Skilled Trades Program (Express Entry)",
        `${IRCC}/who-can-apply/federal-skilled-trades.html`,
        "Minimum requirements: language, skilled trade work experience, job offer or certificate of qualification, proof of funds",
      ),
    );
    expect(languageTestsSource).toStrictEqual(
      cited(
        "Language test results – Express Entry",
        `${IRCC}/documents/language-test.html`,
        "Minimum language levels per program; results valid for 2 years",
      ),
    );
    expect(educationAssessmentSource).toStrictEqual(
      cited(
        "Educational credential assessment (ECA) – Express Entry",
        `${IRCC}/documents/education-assessment.html`,
        "Foreign education needs an ECA for immigration purposes, less than 5 years old",
      ),
    );
  });

  it("the data files' sources, with their own sections", () => {
    expect(fswSelectionFactorsSource).toStrictEqual(
      cited(gridJson.source.title, gridJson.source.url, "Six selection factors; pass mark 67"),
    );
    expect(fstTradeGroupsSource).toStrictEqual(
      cited(tradesJson.source.title, tradesJson.source.url, "Eligible skilled trades by NOC group (IRPR s.87.2(1))"),
    );
    expect(proofOfFundsSource).toStrictEqual(
      cited(fundsJson.source.title, fundsJson.source.url, "How much money you need; who does not need it"),
    );
  });

  it("frozen, and all in FEDERAL_PROGRAM_SOURCES", () => {
    expect(FEDERAL_PROGRAM_SOURCES).toStrictEqual({
      fswProgram: fswProgramSource,
      fswSelectionFactors: fswSelectionFactorsSource,
      cecProgram: cecProgramSource,
      fstProgram: fstProgramSource,
      fstTradeGroups: fstTradeGroupsSource,
      languageTests: languageTestsSource,
      educationAssessment: educationAssessmentSource,
      proofOfFunds: proofOfFundsSource,
    });
    expect(Object.isFrozen(FEDERAL_PROGRAM_SOURCES)).toBe(true);
    for (const c of Object.values(FEDERAL_PROGRAM_SOURCES)) expect(Object.isFrozen(c)).toBe(true);
  });
});
