// The study-in-Canada adaptability elements (yours and your spouse's).

import type { IsoDate } from "../../../core/iso-date.js";
import { type Message, message } from "../../../core/message.js";
import type { Verdict } from "../../../core/verdict.js";
import type { EducationCredential } from "../../../models/education.js";

/**
 * Study in Canada: at least two academic years of full-time study in Canada, read from a completed
 * Canadian credential of a program of two years or more (a two-year or longer diploma or a
 * doctorate by its level; a bachelor's, a master's or another credential when its `years` says
 * so: some are shorter), or from the direct answer
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
): { verdict: Verdict; message: Message; missing: string[] } {
  const subject = who === "Your" ? "you" : "spouse";
  // Levels whose programs are two years or longer by definition (a doctorate, as the CRS reads it
  // among programs of three years or longer); `years` does not change them.
  const twoYearsByLevel = new Set(["two-year", "three-year-or-longer", "doctoral"]);
  const open: string[] = [];
  for (const [index, c] of (education ?? []).entries()) {
    if (!c.inCanada || (c.completedOn !== undefined && c.completedOn > asOf)) continue;
    const at = `${path}[${index}]`;
    if (twoYearsByLevel.has(c.level) || (c.years !== undefined && c.years >= 2)) {
      return {
        verdict: "pass",
        message: message("fsw.adaptability.study.credential", { path: at, level: c.level, years: c.years ?? null }),
        missing: [],
      };
    }
    if (c.years === undefined) open.push(`${at}.years`);
  }
  if (studied === true) {
    return {
      verdict: "pass",
      message: message("fsw.adaptability.study.answered", { who: subject, answerPath }),
      missing: [],
    };
  }
  const missing = [...(education === undefined ? [path] : open), ...(studied === undefined ? [answerPath] : [])];
  if (missing.length > 0) {
    return {
      verdict: "unknown",
      message: message("fsw.adaptability.study.undecided", {
        who: subject,
        educationPath: education === undefined ? path : null,
        open,
        answerPath: studied === undefined ? answerPath : null,
      }),
      missing,
    };
  }
  return {
    verdict: "fail",
    message: message("fsw.adaptability.study.not-met", { who: subject, answerPath }),
    missing: [],
  };
}
