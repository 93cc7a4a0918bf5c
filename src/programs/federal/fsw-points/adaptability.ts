// The FSW adaptability factor (max 10): the elements earned, each counted once, capped at 10.

import { notAnswered } from "../../../core/define-rule.js";
import type { IsoDate } from "../../../core/iso-date.js";
import type { Verdict } from "../../../core/verdict.js";
import type { Candidate } from "../../../models/candidate.js";
import { fullTimeOnlyHours } from "../experience.js";
import type { FederalFinding } from "../findings.js";
import { describeTest, meetsMinimum, readLanguageTests } from "../language.js";
import { accompanyingSpouse } from "./accompanying-spouse.js";
import { element, type FswAdaptabilityElement, type FswAdaptabilityElementId } from "./adaptability-element.js";
import { type FswFactorPoints, factor } from "./factor.js";
import { grid } from "./grid.js";
import { relativesInCanada } from "./relatives-in-canada.js";
import { studyInCanada } from "./study-in-canada.js";
import { hoursElement, spouseWorkHours } from "./work-in-canada.js";

/**
 * The adaptability factor: the earned elements added up (`uncapped`) and capped at 10.
 *
 * @example
 * ```ts
 * const { elements, uncapped, points } = fswSelectionPoints(candidate, { asOf }).adaptability;
 * ```
 */
export interface FswAdaptabilityPoints extends FswFactorPoints {
  readonly elements: readonly FswAdaptabilityElement[];
  /** The earned elements' points before the cap of 10. */
  readonly uncapped: number;
}

/** The adaptability factor, element by element. Internal. */
export function adaptabilityFactor(
  candidate: Candidate,
  asOf: IsoDate,
  arranged: FederalFinding,
): FswAdaptabilityPoints {
  const max = grid.adaptability.maximum;
  const spouse = accompanyingSpouse(candidate);
  const spouseData = candidate.spouse ?? undefined;

  const spouseGated = (
    id: FswAdaptabilityElementId,
    own: () => { verdict: Verdict; reason: string; missing: readonly string[] },
  ): FswAdaptabilityElement => {
    if (spouse.verdict === "fail") return element(id, "fail", spouse.reason);
    if (spouseData === undefined) return element(id, "unknown", spouse.reason, spouse.missing);
    const result = own();
    return element(id, result.verdict, result.reason, result.missing);
  };

  const spouseLanguage = spouseGated("spouse-language", () => {
    const tests = readLanguageTests(spouseData?.languageTests, asOf, "spouse.languageTests");
    if (!tests.given) {
      return notAnswered("Your spouse's language tests are not given (spouse.languageTests).", [
        "spouse.languageTests",
      ]);
    }
    const met = tests.results.find((r) => meetsMinimum(r, 4));
    if (met)
      return { verdict: "pass", reason: `${describeTest(met)}: CLB/NCLC 4 or more in every ability.`, missing: [] };
    const unreadable = tests.results.filter((r) => r.status === "unreadable");
    if (unreadable.length > 0) {
      return {
        verdict: "unknown",
        reason: `${unreadable.map(describeTest).join(", ")} could not be read.`,
        missing: unreadable.map((r) => r.path),
      };
    }
    return {
      verdict: "fail",
      reason: "Your spouse has no valid test result with CLB/NCLC 4 or more in every ability.",
      missing: [],
    };
  });

  const yourStudy = (() => {
    const r = studyInCanada(
      candidate.education,
      candidate.studiedInCanadaTwoYearsFullTime,
      asOf,
      "education",
      "studiedInCanadaTwoYearsFullTime",
      "Your",
    );
    return element("your-study-in-canada", r.verdict, r.reason, r.missing);
  })();

  const spouseStudy = spouseGated("spouse-study-in-canada", () =>
    studyInCanada(
      spouseData?.education,
      spouseData?.studiedInCanadaTwoYearsFullTime,
      asOf,
      "spouse.education",
      "spouse.studiedInCanadaTwoYearsFullTime",
      "Your spouse's",
    ),
  );

  const yourWork = hoursElement(
    "your-work-in-canada",
    fullTimeOnlyHours(candidate.workHistory, { asOf, where: "canadian" }),
    "full-time (30+ hours a week) skilled, authorised work in Canada",
  );

  const spouseWork = spouseGated("spouse-work-in-canada", () => {
    const history = spouseData?.workHistory;
    if (history === undefined) {
      return notAnswered("Your spouse's work history is not given (spouse.workHistory).", ["spouse.workHistory"]);
    }
    const e = hoursElement(
      "spouse-work-in-canada",
      spouseWorkHours(history, asOf),
      "your spouse's full-time (30+ hours a week) authorised work in Canada",
    );
    return { verdict: e.verdict, reason: e.reason, missing: e.missing };
  });

  const arrangedElement = element(
    "arranged-employment",
    arranged.verdict,
    arranged.verdict === "pass" ? "Your job offer earns arranged-employment points." : arranged.reason,
    arranged.missing,
  );

  const relatives = relativesInCanada(candidate.siblingInCanada, candidate.relativeInCanada);

  const elements = [spouseLanguage, yourStudy, spouseStudy, yourWork, spouseWork, arrangedElement, relatives];
  const uncapped = elements.filter((e) => e.verdict === "pass").reduce((sum, e) => sum + e.points, 0);
  const possibleUncapped = elements.filter((e) => e.verdict !== "fail").reduce((sum, e) => sum + e.points, 0);
  const points = Math.min(max, uncapped);
  const maximumReachable = Math.min(max, possibleUncapped);
  const earned = elements.filter((e) => e.verdict === "pass").map((e) => `${e.id} ${e.points}`);
  const reason = `${earned.length > 0 ? `Earned: ${earned.join(", ")}` : "No element earned"}${
    uncapped > max ? ` (${uncapped}, capped at ${max})` : ""
  } → ${points} of ${max}.`;
  return Object.assign(
    factor(
      points,
      maximumReachable,
      max,
      reason,
      elements.filter((e) => e.verdict === "unknown").flatMap((e) => e.missing),
    ),
    { elements, uncapped },
  );
}
