// The official sources the federal program rules cite. The IRCC pages could not be read directly:
// their content was read from secondary copies that agree with each other (each data file's note
// names them), so every citation here is marked `secondary`
// (docs/decisions/0008-secondary-sources.md).

import tradesJson from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import gridJson from "../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import fundsJson from "../../../data/ircc/settlement-funds.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";

const RETRIEVED: IsoDate = /* @__PURE__ */ isoDate("2026-11-25");

/* @__NO_SIDE_EFFECTS__ */
function cite(title: string, url: string, section: string, effective?: string): Citation {
  return Object.freeze({
    title,
    url,
    section,
    retrieved: RETRIEVED,
    ...(effective === undefined ? {} : { effective: isoDate(effective) }),
    secondary: true,
  });
}

/** A citation of the official page a data file names in its `source` block. */
/* @__NO_SIDE_EFFECTS__ */
function citeData(
  json: { readonly source: { readonly title: string; readonly url: string } },
  section: string,
): Citation {
  return cite(json.source.title, json.source.url, section);
}

// One constant per source, each a call with literal arguments only, so that a bundler can drop
// the ones a bundle does not use (a template literal or a property read would keep them).

/** `FEDERAL_PROGRAM_SOURCES.fswProgram`. Internal. */
export const fswProgramSource: Citation = /* @__PURE__ */ cite(
  "Federal Skilled Worker Program (Express Entry)",
  "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/federal-skilled-workers.html",
  "Minimum requirements: skilled work experience, language ability, education, proof of funds",
);
/** `FEDERAL_PROGRAM_SOURCES.fswSelectionFactors`. Internal. */
export const fswSelectionFactorsSource: Citation = /* @__PURE__ */ citeData(
  gridJson,
  "Six selection factors; pass mark 67",
);
/** `FEDERAL_PROGRAM_SOURCES.cecProgram`. Internal. */
export const cecProgramSource: Citation = /* @__PURE__ */ cite(
  "Canadian Experience Class (Express Entry)",
  "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html",
  "Minimum requirements: skilled work experience, language ability (CLB 7 for TEER 0 or 1, CLB 5 for TEER 2 or 3)",
);
/** `FEDERAL_PROGRAM_SOURCES.fstProgram`. Internal. */
export const fstProgramSource: Citation = /* @__PURE__ */ cite(
  "Federal Skilled Trades Program (Express Entry)",
  "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/federal-skilled-trades.html",
  "Minimum requirements: language, skilled trade work experience, job offer or certificate of qualification, proof of funds",
);
/** `FEDERAL_PROGRAM_SOURCES.fstTradeGroups`. Internal. */
export const fstTradeGroupsSource: Citation = /* @__PURE__ */ citeData(
  tradesJson,
  "Eligible skilled trades by NOC group (IRPR s.87.2(1))",
);
/** `FEDERAL_PROGRAM_SOURCES.languageTests`. Internal. */
export const languageTestsSource: Citation = /* @__PURE__ */ cite(
  "Language test results – Express Entry",
  "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/language-test.html",
  "Minimum language levels per program; results valid for 2 years",
);
/** `FEDERAL_PROGRAM_SOURCES.educationAssessment`. Internal. */
export const educationAssessmentSource: Citation = /* @__PURE__ */ cite(
  "Educational credential assessment (ECA) – Express Entry",
  "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/documents/education-assessment.html",
  "Foreign education needs an ECA for immigration purposes, less than 5 years old",
);
/** `FEDERAL_PROGRAM_SOURCES.proofOfFunds`. Internal. */
export const proofOfFundsSource: Citation = /* @__PURE__ */ citeData(
  fundsJson,
  "How much money you need; who does not need it",
);

/**
 * The sources the federal Express Entry program rules cite, by name. Each is the official IRCC
 * page (or the Regulations) that states the rule; all are marked `secondary` because the pages
 * were read through secondary copies (the live site was not reachable when the rules were
 * written), so the wording should be checked against them at the next review.
 *
 * - `fswProgram`: FSW minimum requirements (experience, language, education, funds).
 * - `fswSelectionFactors`: the six FSW selection factors and the 67-point pass mark.
 * - `cecProgram`: CEC requirements (Canadian experience, language by TEER).
 * - `fstProgram`: FST requirements (language, trade experience, offer or certificate, funds).
 * - `fstTradeGroups`: the NOC groups that are skilled trades (IRPR s.87.2(1)).
 * - `languageTests`: accepted tests, the minimum levels per program, 2-year validity.
 * - `educationAssessment`: the ECA for a foreign credential, valid 5 years.
 * - `proofOfFunds`: the settlement-funds table and the exemption.
 *
 * @example
 * ```ts
 * import { FEDERAL_PROGRAM_SOURCES } from "alberta-atp";
 * const { title, url } = FEDERAL_PROGRAM_SOURCES.fswSelectionFactors;
 * console.log(`${title} <${url}>`);
 * ```
 */
export const FEDERAL_PROGRAM_SOURCES: {
  readonly fswProgram: Citation;
  readonly fswSelectionFactors: Citation;
  readonly cecProgram: Citation;
  readonly fstProgram: Citation;
  readonly fstTradeGroups: Citation;
  readonly languageTests: Citation;
  readonly educationAssessment: Citation;
  readonly proofOfFunds: Citation;
} = /* @__PURE__ */ Object.freeze({
  fswProgram: fswProgramSource,
  fswSelectionFactors: fswSelectionFactorsSource,
  cecProgram: cecProgramSource,
  fstProgram: fstProgramSource,
  fstTradeGroups: fstTradeGroupsSource,
  languageTests: languageTestsSource,
  educationAssessment: educationAssessmentSource,
  proofOfFunds: proofOfFundsSource,
});
