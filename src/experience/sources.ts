import type { Citation } from "../core/citation.js";
import { type IsoDate, isoDate } from "../core/iso-date.js";

const RETRIEVED: IsoDate = /* @__PURE__ */ isoDate("2026-11-25");

/**
 * The sources of the work-experience rules, by name. `retrieved` is the day this module was
 * written against them: the IRCC pages were read through stored public copies and secondary
 * summaries (the live site was not reachable), so each address is the official page and the
 * wording should be checked against it when the rules are next reviewed.
 *
 * - `crsCriteria`: what counts for CRS points (skilled, TEER 0–3; 1 year = 12 months full time or
 *   1,560 hours; Canadian work authorised, last 10 years).
 * - `ministerialInstructions`: the Ministerial Instructions behind the CRS (30 hours a week is full
 *   time; work in excess of full time does not count; a period of full-time study, of
 *   self-employment or of unauthorised work is not Canadian work experience, s.15(7)).
 * - `canadianExperienceClass`: the CEC program page (1 year in the 3 years before applying; no
 *   self-employment; no work while a full-time student).
 * - `cecQualifyingWorkExperience`: IRCC's program delivery instructions for CEC work experience
 *   (employee or self-employed is decided on the facts, as for tax purposes).
 * - `federalSkilledWorker`: the FSW program page (1 year of continuous work in one occupation in
 *   the last 10 years; IRPR s.75(2)(a)).
 *
 * @example
 * ```ts
 * import { WORK_EXPERIENCE_SOURCES } from "alberta-atp";
 * const source = WORK_EXPERIENCE_SOURCES.canadianExperienceClass;
 * console.log(`${source.title}: ${source.url}`);
 * ```
 */
export const WORK_EXPERIENCE_SOURCES: {
  /** IRCC, "Comprehensive Ranking System (CRS) criteria – Express Entry". */
  readonly crsCriteria: Citation;
  /** IRCC, "Ministerial Instructions respecting the Express Entry system". */
  readonly ministerialInstructions: Citation;
  /** IRCC, "Canadian Experience Class (Express Entry)". */
  readonly canadianExperienceClass: Citation;
  /** IRCC program delivery instructions, "Canadian experience class (CEC): Qualifying work experience". */
  readonly cecQualifyingWorkExperience: Citation;
  /** IRCC, "Federal Skilled Worker Program (Express Entry)". */
  readonly federalSkilledWorker: Citation;
} = {
  crsCriteria: {
    title: "Comprehensive Ranking System (CRS) criteria – Express Entry",
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html",
    section:
      "Core / human capital factors: Canadian work experience; Skill transferability factors: foreign work experience",
    retrieved: RETRIEVED,
  },
  ministerialInstructions: {
    title: "Ministerial Instructions respecting the Express Entry system",
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-application-management-system/current.html",
    section: "Canadian work experience: full-time work, work in excess, requirements (s.15)",
    retrieved: RETRIEVED,
  },
  canadianExperienceClass: {
    title: "Canadian Experience Class (Express Entry)",
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/canadian-experience-class.html",
    section: "Skilled work experience",
    retrieved: RETRIEVED,
  },
  cecQualifyingWorkExperience: {
    title: "Canadian experience class (CEC): Qualifying work experience",
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/permanent-residence/economic-classes/experience/qualifying-work-experience.html",
    section: "Determining an applicant's employment status; Factors to consider – Employee vs. self-employed",
    retrieved: RETRIEVED,
  },
  federalSkilledWorker: {
    title: "Federal Skilled Worker Program (Express Entry)",
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/who-can-apply/federal-skilled-workers.html",
    section: "Minimum requirements: skilled work experience",
    retrieved: RETRIEVED,
  },
};
