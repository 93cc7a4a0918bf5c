// The facts the federal rules read, derived once from a candidate on `asOf`.

import { readAsOf } from "../../core/as-of.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { Message } from "../../core/message.js";
import type { Mutable } from "../../core/mutable.js";
import type { Verdict } from "../../core/verdict.js";
import { joinedMessage, occupationGroups, uncertainJoinMessage } from "../../experience/occupation-groups.js";
import type { Candidate } from "../../models/candidate.js";
import { checkedCandidate } from "../../models/read-candidate.js";
import { type CandidateReadings, convertedTests, credentialReading } from "../../readings/candidate-readings.js";
import { type FswEducationFacts, readEducation } from "./education.js";
import {
  classifiedHours,
  type FederalHours,
  type FederalOccupationHours,
  linkedNocMissing,
  type NocVersionJoin,
  occupationHours,
} from "./experience.js";
import { type FederalFinding, fswArrangedEmploymentFinding, workAuthorizationFinding } from "./findings.js";
import { fstTradeFinding } from "./fst-trades.js";
import { computeFswSelectionPoints, type FswSelectionPoints } from "./fsw-points/fsw-selection-points.js";
import { type FederalLanguageFacts, readLanguageTests } from "./language.js";
import {
  CEC_EXPERIENCE_WINDOW_YEARS,
  FST_EXPERIENCE_WINDOW_YEARS,
  FSW_EXPERIENCE_WINDOW_YEARS,
} from "./requirements.js";
import { teer2Or3On } from "./teer.js";

/**
 * Skilled experience in one occupation that may be an FST skilled trade: the hours in the 5 years
 * before `asOf` and whether the occupation is a trade on that day (`trade`, with why in `tradeMessage`).
 * When `trade` is `unknown`, the hours count only as possible. Work across NOC versions is
 * gathered as {@link NocVersionJoin} says.
 *
 * @example
 * ```ts
 * for (const t of deriveFederalFacts(candidate, asOf).experience.fstTrades) console.log(t.noc, t.trade, t.hours);
 * ```
 */
export interface FederalTradeHours extends FederalHours, NocVersionJoin {
  readonly noc: string;
  readonly trade: Verdict;
  readonly tradeMessage: Message;
}

/**
 * The experience counts the federal rules use, each three-valued (see {@link FederalHours}).
 *
 * @example
 * ```ts
 * const { fswOccupations, cecCanadian, fstTrades } = deriveFederalFacts(candidate, asOf).experience;
 * ```
 */
export interface FederalExperienceFacts {
  /** FSW: the best continuous skilled experience per occupation in the 10 years before `asOf`, most first. */
  readonly fswOccupations: readonly FederalOccupationHours[];
  /** CEC: skilled (TEER 0–3) Canadian experience in the 3 years before `asOf`. */
  readonly cecCanadian: FederalHours;
  /** CEC: the part of it in TEER 2 or 3 occupations (NOC 2016 skill level B before 2022-11-16). */
  readonly cecCanadianTeer2Or3: FederalHours;
  /** FST: experience per possible skilled trade in the 5 years before `asOf`. */
  readonly fstTrades: readonly FederalTradeHours[];
}

/**
 * Everything the federal program rules read, derived once from a candidate on `asOf` so that the
 * rules stay simple. Pass it to a rule set's `rule.evaluate(facts, { asOf })` to evaluate the
 * federal rules inside another program (the Alberta streams do). `fstTrade` is set by the FST rule
 * for each trade it tries; leave it out.
 *
 * @example
 * ```ts
 * const facts: FederalFacts = deriveFederalFacts(candidate, isoDate("2026-01-15"));
 * EXPRESS_ENTRY_RULES.rule.evaluate(facts, { asOf: facts.asOf }).verdict;
 * ```
 */
export interface FederalFacts {
  readonly asOf: IsoDate;
  readonly candidate: Candidate;
  /** Every language test judged on `asOf`. */
  readonly language: FederalLanguageFacts;
  /** FSW's reading of the credentials. */
  readonly education: FswEducationFacts;
  readonly experience: FederalExperienceFacts;
  /** Whether the job offer is FSW arranged employment (full-time, 1 year or more, TEER 0–3, LMIA or work-permit support). */
  readonly arrangedEmployment: FederalFinding;
  /** Whether the candidate is authorised to work in Canada on `asOf`. */
  readonly workAuthorization: FederalFinding;
  readonly fswSelectionPoints: FswSelectionPoints;
  /** The trade the FST rule is evaluating (set per case by the FST rule). */
  readonly fstTrade?: string;
}

function tradeHours(candidate: Candidate, asOf: IsoDate): FederalTradeHours[] {
  const history = candidate.workHistory;
  if (history === undefined) return [];
  const options = { asOf, withinYears: FST_EXPERIENCE_WINDOW_YEARS } as const;
  return occupationGroups(history).flatMap((group): FederalTradeHours[] => {
    const noc = group.noc;
    const finding = fstTradeFinding(noc, asOf);
    if (finding.verdict === "fail") return [];
    const codes = group.codes;
    const hours = classifiedHours(history, options, (code) => (codes.includes(code) ? finding.verdict : "fail"));
    const trade: Mutable<FederalTradeHours> = { noc, trade: finding.verdict, tradeMessage: finding.message, ...hours };
    if (group.joined !== undefined) {
      trade.joinedNoc = group.joined;
      trade.joinMessage = joinedMessage(group.joined, noc);
      return [trade];
    }
    // Codes a split or a merge links to this one count only as possible, and only if they may be trades.
    const possible = group.possible.filter((code) => fstTradeFinding(code, asOf).verdict !== "fail");
    if (possible.length === 0) return [trade];
    const joined = classifiedHours(history, options, (code) =>
      code === noc ? finding.verdict : possible.includes(code) ? "unknown" : "fail",
    );
    if (joined.possibleHours > hours.possibleHours) {
      trade.possibleHours = joined.possibleHours;
      trade.missing = linkedNocMissing(joined.missing, history, options, [noc, ...possible]);
      trade.possibleNocs = possible;
      trade.joinMessage = uncertainJoinMessage(noc, possible);
    }
    return [trade];
  });
}

/**
 * Derives the {@link FederalFacts} of a candidate on `asOf`: language tests judged (validity 2
 * years), credentials judged (ECA 5 years), experience counted for each program's window, the job
 * offer and work authorisation judged, and the FSW selection points. Pure; never throws on a
 * valid candidate.
 *
 * @example
 * ```ts
 * import { deriveFederalFacts, isoDate } from "alberta-atp";
 * const facts = deriveFederalFacts(candidate, isoDate("2026-01-15"));
 * facts.fswSelectionPoints.total;
 * facts.experience.cecCanadian.hours;
 * ```
 */
export function deriveFederalFacts(candidate: Candidate, asOfGiven: IsoDate | Date): FederalFacts {
  const asOf = readAsOf(asOfGiven);
  return federalFactsOf(checkedCandidate(candidate), asOf, undefined);
}

/**
 * {@link deriveFederalFacts} on a day already read, with the candidate's tests and credentials
 * already read when `readings` hold them (the Alberta assessments read them once for the CRS and
 * the federal facts). Internal.
 */
export function federalFactsOf(
  candidate: Candidate,
  asOf: IsoDate,
  readings: CandidateReadings | undefined,
): FederalFacts {
  const language = readLanguageTests(
    candidate.languageTests,
    asOf,
    "languageTests",
    candidate.firstOfficialLanguage,
    convertedTests(readings, candidate.languageTests, asOf),
  );
  const education = readEducation(
    candidate.education,
    asOf,
    "education",
    credentialReading(readings, candidate.education, asOf),
  );
  const arrangedEmployment = fswArrangedEmploymentFinding(candidate.jobOffer, asOf);
  const history = candidate.workHistory;
  const cecOptions = { asOf, withinYears: CEC_EXPERIENCE_WINDOW_YEARS, where: "canadian" } as const;
  return {
    asOf,
    candidate,
    language,
    education,
    experience: {
      fswOccupations: occupationHours(history, asOf, FSW_EXPERIENCE_WINDOW_YEARS),
      cecCanadian: classifiedHours(history, cecOptions, () => "pass"),
      cecCanadianTeer2Or3: classifiedHours(history, cecOptions, (code) => teer2Or3On(code, asOf)),
      fstTrades: tradeHours(candidate, asOf),
    },
    arrangedEmployment,
    workAuthorization: workAuthorizationFinding(candidate, asOf),
    fswSelectionPoints: computeFswSelectionPoints(candidate, asOf, { language, education, arrangedEmployment }),
  };
}
