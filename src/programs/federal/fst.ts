// Federal Skilled Trades Program (Express Entry).

import requirementsJson from "../../../data/ircc/federal-requirements.json" with { type: "json" };
import { anyCase } from "../../core/any-case.js";
import type { Assessment } from "../../core/assessment.js";
import { allOf, anyOf } from "../../core/combinators.js";
import { currentNumber } from "../../core/current-number.js";
import { defineRule, notAnswered } from "../../core/define-rule.js";
import { isoDate } from "../../core/iso-date.js";
import { type MessageLike, message } from "../../core/message.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import type { RuleSet } from "../../core/rule-set.js";
import { HOURS_PER_YEAR } from "../../experience/constants.js";
import type { ClbLevels } from "../../language/clb.js";
import type { Candidate } from "../../models/candidate.js";
import { hoursVerdict } from "./experience.js";
import type { FederalFacts, FederalTradeHours } from "./facts.js";
import { type FederalFinding, jobOfferFinding, passFinding } from "./findings.js";
import { fstTradeFinding, fstTradeGroupsText, sameOccupation } from "./fst-trades.js";
import { languageOutcome } from "./language.js";
import { type FederalAssessmentOptions, runAssessment } from "./options.js";
import { FST_EXPERIENCE_YEARS } from "./requirements.js";
import { settlementFundsRule } from "./settlement-funds.js";
import { fstProgramSource, fstTradeGroupsSource, languageTestsSource } from "./sources.js";
import { FEDERAL_RULES_VERIFIED } from "./verified.js";

/**
 * The program id of the Federal Skilled Trades assessment.
 *
 * @example
 * ```ts
 * assessFederalSkilledTrades(candidate, { asOf }).program; // "federal.skilled-trades"
 * ```
 */
export const FEDERAL_SKILLED_TRADES_PROGRAM = "federal.skilled-trades";

/**
 * The FST language minimum: CLB/NCLC 5 in speaking and listening, 4 in reading and writing
 * (`fstLanguageMinimum` of data/ircc/federal-requirements.json).
 *
 * @example
 * ```ts
 * import { FST_LANGUAGE_MINIMUM, meetsClb } from "alberta-atp";
 * meetsClb({ reading: 4, writing: 4, listening: 5, speaking: 5 }, FST_LANGUAGE_MINIMUM); // true
 * ```
 */
export const FST_LANGUAGE_MINIMUM: Readonly<ClbLevels> = /* @__PURE__ */ Object.freeze({
  reading: /* @__PURE__ */ currentNumber(requirementsJson, "fstLanguageMinimum", "reading"),
  writing: /* @__PURE__ */ currentNumber(requirementsJson, "fstLanguageMinimum", "writing"),
  listening: /* @__PURE__ */ currentNumber(requirementsJson, "fstLanguageMinimum", "listening"),
  speaking: /* @__PURE__ */ currentNumber(requirementsJson, "fstLanguageMinimum", "speaking"),
});

/** Hours of two years of full-time work: 3,120. */
const twoYears = (): number => FST_EXPERIENCE_YEARS * HOURS_PER_YEAR;

function tradeOf(facts: FederalFacts): FederalTradeHours | undefined {
  return facts.experience.fstTrades.find((t) => t.noc === facts.fstTrade);
}

const languageRule = defineRule<FederalFacts>({
  id: "fst.language.minimum",
  title: "CLB/NCLC 5 in speaking and listening, 4 in reading and writing",
  source: languageTestsSource,
  check: (facts) => languageOutcome(facts.language, { program: "fst", minimum: FST_LANGUAGE_MINIMUM, which: "either" }),
});

const noTrade: RuleOutcome = { verdict: "unknown", message: /* @__PURE__ */ message("fst.no-trade", {}) };

const experienceRule = defineRule<FederalFacts>({
  id: "fst.experience.two-years",
  title: "Two years of work in the trade in the last 5 years",
  source: fstProgramSource,
  check: (facts) => {
    const trade = tradeOf(facts);
    if (!trade) return noTrade;
    const verdict = hoursVerdict(trade, twoYears());
    const join: MessageLike[] = trade.joinMessage === undefined ? [] : [trade.joinMessage];
    const common = { expected: `>= ${twoYears()} hours`, actual: trade.hours };
    const asOf = facts.asOf;
    if (verdict === "unknown") {
      return {
        verdict,
        message: message("fst.experience.undecided", {
          hours: trade.hours,
          noc: trade.noc,
          possibleHours: trade.possibleHours,
          missing: trade.missing,
          notes: trade.trade === "unknown" ? [trade.tradeMessage, ...join] : join,
          asOf,
        }),
        missing: trade.missing,
        ...common,
      };
    }
    return {
      verdict,
      message: message(verdict === "pass" ? "fst.experience.met" : "fst.experience.not-met", {
        hours: trade.hours,
        noc: trade.noc,
        asOf,
        notes: join,
      }),
      ...common,
    };
  },
});

function inTrade(
  noc: string,
  trade: string,
  asOf: FederalFacts["asOf"],
  what: "job-offer" | "certificate",
): FederalFinding {
  if (sameOccupation(noc, trade)) {
    const finding = fstTradeFinding(noc, asOf);
    return finding.verdict === "fail"
      ? { verdict: "fail", message: finding.message, missing: [] }
      : passFinding(message("fst.in-trade", { what, trade }));
  }
  return { verdict: "fail", message: message("fst.not-in-trade", { what, noc, trade }), missing: [] };
}

const jobOfferRule = defineRule<FederalFacts>({
  id: "fst.job-offer",
  title: "A full-time job offer of at least one year in the trade",
  source: fstProgramSource,
  check: (facts) => {
    const trade = facts.fstTrade;
    if (trade === undefined) return noTrade;
    const finding = jobOfferFinding(
      facts.candidate.jobOffer,
      facts.asOf,
      (noc) => inTrade(noc, trade, facts.asOf, "job-offer"),
      "trade",
    );
    return {
      verdict: finding.verdict,
      message:
        finding.verdict === "fail"
          ? message("fst.offer-or-certificate.needed", { reason: finding.message, trade })
          : finding.message,
      missing: finding.missing,
    };
  },
});

const certificateRule = defineRule<FederalFacts>({
  id: "fst.certificate-of-qualification",
  title: "A Canadian certificate of qualification in the trade",
  source: fstProgramSource,
  check: (facts) => {
    const trade = facts.fstTrade;
    if (trade === undefined) return noTrade;
    const coq = facts.candidate.certificateOfQualification;
    if (coq === undefined) {
      return notAnswered(message("fst.certificate.not-answered", {}), ["certificateOfQualification"]);
    }
    if (coq === null) {
      return { verdict: "fail", message: message("fst.certificate.none", { trade }) };
    }
    if (coq.issuedOn > facts.asOf) {
      return {
        verdict: "fail",
        message: message("fst.certificate.after-as-of", { issuedOn: coq.issuedOn, asOf: facts.asOf, trade }),
      };
    }
    const finding = inTrade(coq.trade, trade, facts.asOf, "certificate");
    return finding.verdict === "pass"
      ? {
          verdict: "pass",
          message: message("fst.certificate.met", {
            noc: coq.trade,
            province: coq.province,
            issuedOn: coq.issuedOn,
            inTrade: finding.message,
          }),
        }
      : {
          verdict: finding.verdict,
          message: message("fst.offer-or-certificate.needed", { reason: finding.message, trade }),
          missing: finding.missing,
        };
  },
});

const perTrade = allOf<FederalFacts>(
  "fst.trade.requirements",
  "Two years in the trade, and a job offer or certificate in it",
  [
    experienceRule,
    anyOf<FederalFacts>(
      "fst.offer-or-certificate",
      "A job offer or a certificate of qualification in the trade",
      [jobOfferRule, certificateRule],
      { source: fstProgramSource },
    ),
  ],
  { source: fstProgramSource },
);

/**
 * Whether the job offer or the certificate of qualification, as answered, could be in some
 * skilled trade: each left out, or given with a code that is (or may be) a skilled trade on
 * `asOf` and, for the certificate, issued by then.
 */
function offerOrCertificateCouldBeInATrade(facts: FederalFacts): boolean {
  const { jobOffer, certificateOfQualification: coq } = facts.candidate;
  const couldBeATrade = (noc: string): boolean => fstTradeFinding(noc, facts.asOf).verdict !== "fail";
  if (coq === undefined || (coq !== null && coq.issuedOn <= facts.asOf && couldBeATrade(coq.trade))) return true;
  return jobOffer === undefined || (jobOffer !== null && couldBeATrade(jobOffer.noc));
}

const tradeRule = anyCase<FederalFacts>(
  "fst.trade",
  "Two years in a skilled trade, with a job offer or a certificate of qualification in it",
  (facts, _ctx, rule) => {
    const history = facts.candidate.workHistory;
    // The work history left out could only help when an offer or a certificate could be in a
    // trade; with the built-in requirements and neither, no answer to it could meet the rule.
    const historyCanHelp = history === undefined && (rule !== perTrade || offerOrCertificateCouldBeInATrade(facts));
    return {
      cases: facts.experience.fstTrades.map((trade) => ({
        id: trade.noc,
        label: message("fst.trade.case", { noc: trade.noc }),
        facts: Object.assign({}, facts, { fstTrade: trade.noc }),
      })),
      ...(historyCanHelp
        ? {
            unanswered: {
              reason: message("fst.trade.work-history-not-answered", {}),
              missing: ["workHistory"],
            },
          }
        : {}),
      none:
        history === undefined && !historyCanHelp
          ? message("fst.trade.no-offer-or-certificate", {})
          : message("fst.trade.none", { groups: fstTradeGroupsText() }),
    };
  },
  perTrade,
  { source: fstTradeGroupsSource },
);

/** The offer the funds exemption accepts for FST: full-time, 1 year or more, in a skilled trade, LMIA- or work-permit-supported. */
function fstOfferFinding(facts: FederalFacts): FederalFinding {
  return jobOfferFinding(
    facts.candidate.jobOffer,
    facts.asOf,
    (noc) => {
      const finding = fstTradeFinding(noc, facts.asOf);
      if (finding.verdict === "pass") return passFinding(finding.message);
      return {
        verdict: finding.verdict,
        message: finding.message,
        missing: finding.verdict === "unknown" ? ["jobOffer.noc"] : [],
      };
    },
    "skilled-trade",
  );
}

/** The root rule of {@link FEDERAL_SKILLED_TRADES_RULES}. Internal. */
export const federalSkilledTradesRule: Rule<FederalFacts> = /* @__PURE__ */ allOf<FederalFacts>(
  FEDERAL_SKILLED_TRADES_PROGRAM,
  "Federal Skilled Trades Program",
  [languageRule, tradeRule, settlementFundsRule("fst", fstOfferFinding)],
  { source: fstProgramSource, reasons: { pass: message("fst.pass", {}) } },
);

/**
 * The Federal Skilled Trades rules (from 2015-01-01), as a rule set. Root `federal.skilled-trades`
 * (all of):
 * - `fst.language.minimum`: CLB/NCLC 5 in speaking and listening and 4 in reading and writing, in
 *   English or French, from a test less than 2 years old;
 * - `fst.trade` (for some trade of the work history, each a case `fst.trade#<noc>`):
 *   `fst.experience.two-years` (3,120 hours in that trade in the 5 years before `asOf`) and
 *   `fst.offer-or-certificate` — `fst.job-offer` (full-time, one year or more, in that trade,
 *   supported by a positive LMIA or an employer-specific work permit: `jobOffer.lmia`) or
 *   `fst.certificate-of-qualification` (a Canadian certificate in that trade). Trades are the NOC
 *   groups of {@link FST_TRADE_GROUPS} in force on `asOf`; a trade is a NOC code as written in the
 *   work history, or a NOC 2016 and a NOC 2021 code the StatCan concordance pairs one-to-one
 *   (named by the NOC 2021 code), with the work of codes a split or a merge links to it counted
 *   only as possible; an offer or certificate in the same code, or its concordance counterpart,
 *   is in that trade.
 * - `fst.settlement-funds` (any of): `fst.settlement-funds.exempt` (authorised to work in Canada
 *   with a full-time offer of a year or more in a skilled trade, LMIA- or work-permit-supported) or
 *   `fst.settlement-funds.amount`.
 *
 * Not checked (not in the model): that the candidate meets the trade's NOC employment
 * requirements, that the work was paid and done while qualified to practise, the second
 * employer of a two-employer offer, admissibility, Quebec.
 *
 * @example
 * ```ts
 * import { extendRuleSet, FEDERAL_SKILLED_TRADES_RULES } from "alberta-atp";
 * const offerOnly = extendRuleSet(FEDERAL_SKILLED_TRADES_RULES, { remove: ["fst.certificate-of-qualification"] });
 * ```
 */
export const FEDERAL_SKILLED_TRADES_RULES: RuleSet<FederalFacts> = {
  id: "federal.skilled-trades/2015-01-01",
  from: /* @__PURE__ */ isoDate("2015-01-01"),
  verified: FEDERAL_RULES_VERIFIED,
  rule: federalSkilledTradesRule,
};

/**
 * Assesses a candidate for the Federal Skilled Trades Program (Express Entry) on `options.asOf`
 * (see {@link FEDERAL_SKILLED_TRADES_RULES}). Missing answers give `incomplete` with their input
 * paths, never `ineligible`. `options.asOf` is required (a `TypeError` otherwise).
 *
 * @example
 * ```ts
 * import { assessFederalSkilledTrades, isoDate } from "alberta-atp";
 * const a = assessFederalSkilledTrades(candidate, { asOf: isoDate("2026-01-15") });
 * a.result.children?.map((r) => `${r.id}: ${r.verdict}`);
 * ```
 */
export function assessFederalSkilledTrades(candidate: Candidate, options: FederalAssessmentOptions): Assessment {
  return runAssessment(FEDERAL_SKILLED_TRADES_PROGRAM, FEDERAL_SKILLED_TRADES_RULES, candidate, options);
}
