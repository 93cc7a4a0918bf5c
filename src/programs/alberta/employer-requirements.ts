import requirementsJson from "../../../data/alberta/aaip-employer-requirements.json" with { type: "json" };
import { type DatedVersion, loadDated, uncertainOn, verifiedDay } from "../../core/dated.js";
import { defineRule } from "../../core/define-rule.js";
import { message } from "../../core/message.js";
import type { Rule } from "../../core/rule.js";
import { outsideAJob } from "./atp-job-rules/job-rule.js";
import type { AlbertaFacts } from "./facts.js";
import { AAIP_EMPLOYER_REQUIREMENTS_SOURCE } from "./sources.js";

interface EmployerMinimums {
  /** Complete fiscal years of continuous operation in Alberta (2). */
  readonly minimumFiscalYears: number;
  /** Gross annual revenue in CAD (400,000). */
  readonly minimumRevenueCad: number;
  /** Full-time (or equivalent) employees in Alberta (3). */
  readonly minimumEmployees: number;
}

/** The minimums of data/alberta/aaip-employer-requirements.json: one version, its start unknown. Internal. */
export const AAIP_EMPLOYER_MINIMUMS = /* @__PURE__ */ loadDated(requirementsJson, (value) =>
  Object.freeze({ ...(value as EmployerMinimums) }),
);

/**
 * The AAIP employer requirements for all worker streams (alberta.ca, "Job offer and employer
 * requirements"): at least 2 complete fiscal years of continuous operation in Alberta, CAD 400,000
 * gross annual revenue and 3 full-time employees in Alberta. Indigenous, municipal, provincial,
 * Government of Canada and Government of Alberta employers (`publicSectorOrIndigenous`) are exempt
 * from the revenue and staff minimums only: the 2 fiscal years apply to them too. An employer short
 * of the revenue or staff minimums may still support a capped number of nominees, which this
 * library does not model, so that case is `unknown`, not `fail`. The day the minimums took effect
 * is not known (third parties say 2024-03-18): before it, an employer short of the fiscal years is
 * `unknown`, the rule uncertain, not `fail`.
 *
 * **Opt-in**: whether the Accelerated Tech Pathway applies these requirements is not stated, so
 * they are not in the default rule set. Add them to the job requirements:
 *
 * @example
 * ```ts
 * const strict = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { addTo: { "atp.job": [aaipEmployerRequirements] } });
 * assessAcceleratedTechPathway(candidate, { asOf: isoDate("2026-11-25"), ruleSet: strict });
 * ```
 */
export const aaipEmployerRequirements: Rule<AlbertaFacts> = defineRule({
  id: "aaip.employer-requirements",
  title: "The employer meets the AAIP employer requirements (2 fiscal years, revenue, employees)",
  source: AAIP_EMPLOYER_REQUIREMENTS_SOURCE,
  verified: /* @__PURE__ */ verifiedDay(requirementsJson),
  check: ({ job }, { asOf }) => {
    if (job === undefined) throw outsideAJob("aaip.employer-requirements");
    const minimums = (AAIP_EMPLOYER_MINIMUMS.versions[0] as DatedVersion<EmployerMinimums>).value;
    const MINIMUM_FISCAL_YEARS = minimums.minimumFiscalYears;
    const MINIMUM_REVENUE_CAD = minimums.minimumRevenueCad;
    const MINIMUM_EMPLOYEES = minimums.minimumEmployees;
    const employer = job.employer;
    const at = `${job.path}.employer`;
    const years = employer?.albertaFiscalYears;
    const exempt = employer?.publicSectorOrIndigenous;
    if (years !== undefined && years < MINIMUM_FISCAL_YEARS) {
      const short = message("aaip.employer.fiscal-years-short", { years, minimum: MINIMUM_FISCAL_YEARS });
      // Before the day the minimums are known to apply, falling short of them is not a fail.
      if (uncertainOn(AAIP_EMPLOYER_MINIMUMS.versions, asOf).length > 0) {
        return {
          verdict: "unknown",
          message: message("aaip.employer.minimums-not-dated", {
            asOf,
            finding: short,
            why: message("aaip.employer.minimums-start-unknown", {}),
          }),
          uncertain: true,
        };
      }
      // Final: the exemption covers the revenue and staff minimums, not the fiscal years.
      return { verdict: "fail", message: short, expected: `>= ${MINIMUM_FISCAL_YEARS}`, actual: years };
    }
    if (exempt === true) {
      return years !== undefined
        ? { verdict: "pass", message: message("aaip.employer.exempt", { years }) }
        : {
            verdict: "unknown",
            message: message("aaip.employer.exempt-years-not-answered", { minimum: MINIMUM_FISCAL_YEARS }),
            missing: [`${at}.albertaFiscalYears`],
          };
    }
    const revenue = employer?.grossAnnualRevenueCad;
    const staff = employer?.fullTimeEmployeesInAlberta;
    const missing = [
      ...(years === undefined ? [`${at}.albertaFiscalYears`] : []),
      ...(revenue === undefined ? [`${at}.grossAnnualRevenueCad`] : []),
      ...(staff === undefined ? [`${at}.fullTimeEmployeesInAlberta`] : []),
    ];
    const short =
      (revenue !== undefined && revenue < MINIMUM_REVENUE_CAD) || (staff !== undefined && staff < MINIMUM_EMPLOYEES);
    if (short) {
      return {
        verdict: "unknown",
        message: message("aaip.employer.below-minimum", {
          revenueMinimum: MINIMUM_REVENUE_CAD,
          staffMinimum: MINIMUM_EMPLOYEES,
          exemptionUnanswered: exempt === undefined,
        }),
        missing: exempt === undefined ? [`${at}.publicSectorOrIndigenous`, ...missing] : missing,
        // Not exempt: whether the employer's capped support covers this nominee is a fact no answer
        // of the candidate's settles.
        ...(exempt === false ? { uncertain: true } : {}),
      };
    }
    if (years !== undefined && revenue !== undefined && staff !== undefined) {
      return { verdict: "pass", message: message("aaip.employer.pass", { years, revenue, staff }) };
    }
    return {
      verdict: "unknown",
      message: message("aaip.employer.not-answered", {}),
      missing,
    };
  },
});
