// The FSW adaptability factor (max 10): the elements earned, each counted once, capped at 10.

import type { IsoDate } from "../../../core/iso-date.js";
import { type Message, message } from "../../../core/message.js";
import type { Verdict } from "../../../core/verdict.js";
import type { Candidate } from "../../../models/candidate.js";
import { fullTimeOnlyHours } from "../experience.js";
import { type FederalFinding, notAnswered } from "../findings.js";
import { couldMeetOnceCorrected, meetsMinimum, openAnswerPaths, readLanguageTests, testRef } from "../language.js";
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
    own: () => { verdict: Verdict; message: Message; missing: readonly string[] },
  ): FswAdaptabilityElement => {
    if (spouse.verdict === "fail") return element(id, "fail", spouse.message);
    if (spouseData === undefined) return element(id, "unknown", spouse.message, spouse.missing);
    const result = own();
    // A spouse whose part is open (the marital status not answered): what the spouse brings counts
    // only if the status allows, so it can pass no more than that answer can.
    if (spouse.verdict === "unknown" && result.verdict !== "fail") {
      return element(id, "unknown", spouse.message, [...spouse.missing, ...result.missing]);
    }
    return element(id, result.verdict, result.message, result.missing);
  };

  const spouseLanguage = spouseGated("spouse-language", () => {
    const tests = readLanguageTests(spouseData?.languageTests, asOf, "spouse.languageTests");
    if (!tests.given) {
      return notAnswered(message("fsw.adaptability.spouse-language.not-answered", {}), ["spouse.languageTests"]);
    }
    const met = tests.results.find((r) => meetsMinimum(r, 4));
    if (met) {
      return {
        verdict: "pass",
        message: message("fsw.adaptability.spouse-language.met", { test: testRef(met) }),
        missing: [],
      };
    }
    // A test to correct that no correction lifts to CLB 4 in every ability counts as below it.
    const correctable = tests.results.filter((r) => couldMeetOnceCorrected(r, 4));
    if (correctable.length > 0) {
      return {
        verdict: "unknown",
        message: message("fsw.adaptability.spouse-language.unreadable", { tests: correctable.map(testRef) }),
        // A test before the first known chart leaves nothing to answer: the bound stays open.
        missing: correctable.flatMap(openAnswerPaths),
      };
    }
    return {
      verdict: "fail",
      message: message("fsw.adaptability.spouse-language.not-met", {}),
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
    return element("your-study-in-canada", r.verdict, r.message, r.missing);
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
    "you",
  );

  const spouseWork = spouseGated("spouse-work-in-canada", () => {
    const history = spouseData?.workHistory;
    if (history === undefined) {
      return notAnswered(message("fsw.adaptability.spouse-work.not-answered", {}), ["spouse.workHistory"]);
    }
    const e = hoursElement("spouse-work-in-canada", spouseWorkHours(history, asOf), "spouse");
    return { verdict: e.verdict, message: e.message, missing: e.missing };
  });

  const arrangedElement = element(
    "arranged-employment",
    arranged.verdict,
    arranged.verdict === "pass" ? message("fsw.adaptability.arranged-employment.met", {}) : arranged.message,
    arranged.missing,
  );

  const relatives = relativesInCanada(candidate.siblingInCanada, candidate.relativeInCanada);

  const elements = [spouseLanguage, yourStudy, spouseStudy, yourWork, spouseWork, arrangedElement, relatives];
  const uncapped = elements.filter((e) => e.verdict === "pass").reduce((sum, e) => sum + e.points, 0);
  const possibleUncapped = elements.filter((e) => e.verdict !== "fail").reduce((sum, e) => sum + e.points, 0);
  const points = Math.min(max, uncapped);
  const maximumReachable = Math.min(max, possibleUncapped);
  const earned = elements.filter((e) => e.verdict === "pass").map((e) => ({ id: e.id, points: e.points }));
  const explanation = message("fsw.points.adaptability", { earned, uncapped, points, maximum: max });
  return Object.assign(
    factor(
      points,
      maximumReachable,
      max,
      explanation,
      elements.filter((e) => e.verdict === "unknown").flatMap((e) => e.missing),
    ),
    { elements, uncapped },
  );
}
