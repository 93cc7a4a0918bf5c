// The study-in-Canada adaptability elements (yours and your spouse's).

import type { IsoDate } from "../../../core/iso-date.js";
import type { Verdict } from "../../../core/verdict.js";
import type { EducationCredential } from "../../../models/education.js";

/**
 * Study in Canada: at least two academic years of full-time study in Canada, read from a completed
 * Canadian credential of a program of two years or more, or from the direct answer
 * (`studiedInCanadaTwoYearsFullTime`). A credential that qualifies counts whatever the answer; the
 * element fails only when the answer is `false` and the credentials are known and none qualifies.
 */
export function studyInCanada(
  education: readonly EducationCredential[] | undefined,
  studied: boolean | undefined,
  asOf: IsoDate,
  path: string,
  answerPath: string,
  who: "Your" | "Your spouse's",
): { verdict: Verdict; reason: string; missing: string[] } {
  const subject = who === "Your" ? "you" : "your spouse";
  const impliedTwoYears = new Set(["two-year", "bachelors", "three-year-or-longer", "doctoral"]);
  const open: string[] = [];
  for (const [index, c] of (education ?? []).entries()) {
    if (!c.inCanada || (c.completedOn !== undefined && c.completedOn > asOf)) continue;
    const at = `${path}[${index}]`;
    if (c.years !== undefined ? c.years >= 2 : impliedTwoYears.has(c.level)) {
      return {
        verdict: "pass",
        reason: `${at} is a Canadian ${c.level} credential of a program of ${c.years ?? "two or more"} years: taken as two or more academic years of full-time study in Canada.`,
        missing: [],
      };
    }
    if (c.years === undefined) open.push(`${at}.years`);
  }
  if (studied === true) {
    return {
      verdict: "pass",
      reason: `${subject === "you" ? "You" : "Your spouse"} completed at least two academic years of full-time study in a program of two years or more at a school in Canada (${answerPath}).`,
      missing: [],
    };
  }
  const missing = [...(education === undefined ? [path] : open), ...(studied === undefined ? [answerPath] : [])];
  if (missing.length > 0) {
    const parts = [
      ...(education === undefined ? [`${who.toLowerCase()} education is not given (${path})`] : []),
      ...(open.length > 0
        ? [
            `the length of ${who.toLowerCase()} Canadian program${open.length === 1 ? "" : "s"} is not given (${open.join(", ")})`,
          ]
        : []),
      ...(studied === undefined
        ? [
            `whether ${subject} completed at least two academic years of full-time study in Canada is not answered (${answerPath})`,
          ]
        : []),
    ];
    const sentence = parts.join("; ");
    return {
      verdict: "unknown",
      reason: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}. A Canadian credential of a program of two years or more, or two academic years of full-time study in Canada, earns this element.`,
      missing,
    };
  }
  return {
    verdict: "fail",
    reason: `${who} credentials include no Canadian credential of a program of two years or more, and ${subject} did not complete two academic years of full-time study in Canada (${answerPath}: false).`,
    missing: [],
  };
}
