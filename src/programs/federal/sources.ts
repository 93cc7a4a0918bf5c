// The official sources the federal program rules cite. The IRCC pages were not reachable from this
// project: their content was read through the project's domain reference (express-entry-crs.md §3),
// which transcribes secondary copies, so every citation here is marked `secondary`.

import tradesJson from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import gridJson from "../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import fundsJson from "../../../data/ircc/settlement-funds.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";

const RETRIEVED: IsoDate = /* @__PURE__ */ isoDate("2026-11-25");
const IRCC = "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry";

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
  fswProgram: cite(
    "Federal Skilled Worker Program (Express Entry)",
    `${IRCC}/who-can-apply/federal-skilled-workers.html`,
    "Minimum requirements: skilled work experience, language ability, education, proof of funds",
  ),
  fswSelectionFactors: cite(gridJson.source.title, gridJson.source.url, "Six selection factors; pass mark 67"),
  cecProgram: cite(
    "Canadian Experience Class (Express Entry)",
    `${IRCC}/who-can-apply/canadian-experience-class.html`,
    "Minimum requirements: skilled work experience, language ability (CLB 7 for TEER 0 or 1, CLB 5 for TEER 2 or 3)",
  ),
  fstProgram: cite(
    "Federal Skilled Trades Program (Express Entry)",
    `${IRCC}/who-can-apply/federal-skilled-trades.html`,
    "Minimum requirements: language, skilled trade work experience, job offer or certificate of qualification, proof of funds",
  ),
  fstTradeGroups: cite(
    tradesJson.source.title,
    tradesJson.source.url,
    "Eligible skilled trades by NOC group (IRPR s.87.2(1))",
  ),
  languageTests: cite(
    "Language test results – Express Entry",
    `${IRCC}/documents/language-test.html`,
    "Minimum language levels per program; results valid for 2 years",
  ),
  educationAssessment: cite(
    "Educational credential assessment (ECA) – Express Entry",
    `${IRCC}/documents/education-assessment.html`,
    "Foreign education needs an ECA for immigration purposes, less than 5 years old",
  ),
  proofOfFunds: cite(fundsJson.source.title, fundsJson.source.url, "How much money you need; who does not need it"),
});
