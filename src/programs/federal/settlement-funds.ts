// Proof of settlement funds for FSW and FST: the table in force on `asOf`, by family size
// (data/ircc/settlement-funds.json), and the rules that check it or the exemption.

import fundsJson from "../../../data/ircc/settlement-funds.json" with { type: "json" };
import { readAsOf } from "../../core/as-of.js";
import type { Citation } from "../../core/citation.js";
import { anyOf } from "../../core/combinators.js";
import { type DatedVersion, datedVersions } from "../../core/dated.js";
import { defineRule, notAnswered } from "../../core/define-rule.js";
import { inputValue } from "../../core/input-value.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import type { Rule, RuleOutcome } from "../../core/rule.js";
import { allVerdicts } from "../../core/verdict.js";
import { type Versioned, valueAsOf } from "../../core/versioned.js";
import type { Candidate } from "../../models/candidate.js";
import { MAX_FAMILY_SIZE } from "../../models/limits.js";
import { dataDoubts } from "./data-doubts.js";
import type { FederalFacts } from "./facts.js";
import type { FederalFinding } from "./findings.js";
import { proofOfFundsSource } from "./sources.js";

/**
 * One settlement-funds table: the amount for families of 1 to 7 people (`amounts[0]` is one
 * person) and the amount added for each member beyond seven. When `amountsAreUpperBound` is true
 * the table in force is not known, only that it was no higher than these amounts (`uncertain` says
 * why, as data): funds at or above them pass and funds below them are undecided.
 *
 * @example
 * ```ts
 * const table: SettlementFundsTable = { amounts: [15263, 19001, 23360, 28362, 32168, 36280, 40392], eachAdditional: 4112, amountsAreUpperBound: false };
 * ```
 */
export interface SettlementFundsTable {
  readonly amounts: readonly number[];
  readonly eachAdditional: number;
  readonly amountsAreUpperBound: boolean;
  readonly uncertain?: Message;
}

interface RawTable {
  readonly amounts: readonly number[];
  readonly eachAdditional: number;
  readonly amountsAreUpperBound?: boolean;
}

/**
 * The catalogue messages of the data's uncertain periods, by the day they start
 * (test/programs/federal/settlement-funds.test.ts checks that every period has one). Another
 * period keeps the data's text.
 */
const DOUBTS: Readonly<Record<string, Message>> = {
  "2015-01-01": /* @__PURE__ */ message("federal.funds.uncertain.before-2022-06-09", {}),
  "2022-06-09": /* @__PURE__ */ message("federal.funds.uncertain.start-2022-06-09", {}),
  "2024-05-28": /* @__PURE__ */ message("federal.funds.uncertain.start-2024-05-28", {}),
};

function readTable(value: unknown, version: Omit<DatedVersion<unknown>, "value">): SettlementFundsTable {
  const raw = value as RawTable;
  const uncertain = dataDoubts(version.uncertain, DOUBTS);
  return Object.freeze({
    amounts: Object.freeze([...raw.amounts]),
    eachAdditional: raw.eachAdditional,
    amountsAreUpperBound: raw.amountsAreUpperBound === true,
    ...(uncertain === undefined ? {} : { uncertain }),
  });
}

/**
 * The settlement-funds tables by date (IRCC "Proof of funds", updated yearly at 50% of the low
 * income cut-off): from 2025-07-07 (15,263 for one person), 2024-05-28 (14,690), 2023-04-25
 * (13,757) and 2022-06-09 (13,310); before 2022-06-09 only an upper bound is known (the 2022
 * amounts). All from secondary copies of the IRCC page; see data/ircc/settlement-funds.json.
 *
 * @example
 * ```ts
 * import { isoDate, SETTLEMENT_FUNDS_TABLES, valueAsOf } from "alberta-atp";
 * const found = valueAsOf(SETTLEMENT_FUNDS_TABLES, isoDate("2025-07-07"));
 * if (found.ok) found.value.amounts[0]; // 15263
 * ```
 */
export const SETTLEMENT_FUNDS_TABLES: Versioned<SettlementFundsTable> = /* @__PURE__ */ datedVersions(
  fundsJson,
  readTable,
);

/**
 * What {@link settlementFundsRequired} found: the amount for a family size on a date (an upper
 * bound when `upperBound` is true), or why there is none.
 *
 * @example
 * ```ts
 * const r: SettlementFundsRequirement = settlementFundsRequired(3, isoDate("2026-01-15"));
 * if (r.ok) console.log(r.amount); // 23360
 * ```
 */
export type SettlementFundsRequirement =
  | {
      readonly ok: true;
      readonly amount: number;
      readonly familySize: number;
      /** True when the table in force is unknown and `amount` only bounds it from above. */
      readonly upperBound: boolean;
      readonly from: IsoDate;
      readonly to?: IsoDate;
      readonly source: Citation;
      /** Why the table in force is uncertain, when it is. */
      readonly uncertain?: Message;
    }
  | {
      readonly ok: false;
      /** `family-size`: not a whole number from 1 to 50; `no-table`: no table is known on the day. */
      readonly problem: "family-size" | "no-table";
      /** Why there is no amount, as data. */
      readonly message: Message;
    };

function amountFor(table: SettlementFundsTable, familySize: number): number {
  const listed = table.amounts[familySize - 1];
  if (listed !== undefined) return listed;
  const last = table.amounts[table.amounts.length - 1] ?? 0;
  return last + (familySize - table.amounts.length) * table.eachAdditional;
}

/**
 * The settlement funds (CAD) FSW and FST require of a family of `familySize` people (the
 * candidate, spouse or partner and dependent children, even those not coming) on `asOf`, from the
 * table in force that day. Never throws: a family size that is not a whole number from 1 to 50
 * (the largest the candidate model takes), or a date before 2015-01-01, gives `ok: false` with why
 * (`message`).
 *
 * @example
 * ```ts
 * import { isoDate, settlementFundsRequired } from "alberta-atp";
 * settlementFundsRequired(1, isoDate("2025-07-06")); // { ok: true, amount: 14690, ... }
 * settlementFundsRequired(1, isoDate("2025-07-07")); // { ok: true, amount: 15263, ... }
 * settlementFundsRequired(9, isoDate("2025-07-07")); // amount 40392 + 2 × 4112 = 48616
 * ```
 */
export function settlementFundsRequired(familySize: number, asOfGiven: IsoDate | Date): SettlementFundsRequirement {
  const asOf = readAsOf(asOfGiven);
  if (!Number.isInteger(familySize) || familySize < 1 || familySize > MAX_FAMILY_SIZE) {
    return {
      ok: false,
      problem: "family-size",
      message: message("federal.funds.family-size-invalid", {
        given: inputValue(familySize),
        maximum: MAX_FAMILY_SIZE,
      }),
    };
  }
  const found = valueAsOf(SETTLEMENT_FUNDS_TABLES, asOf);
  if (!found.ok) {
    return {
      ok: false,
      problem: "no-table",
      message: message("federal.funds.no-table", { asOf, reason: found.message }),
    };
  }
  const table = found.value;
  return {
    ok: true,
    amount: amountFor(table, familySize),
    familySize,
    upperBound: table.amountsAreUpperBound,
    from: found.version.from,
    ...(found.version.to === undefined ? {} : { to: found.version.to }),
    source: found.version.source,
    ...(table.uncertain === undefined ? {} : { uncertain: table.uncertain }),
  };
}

/**
 * The least family size the answers allow: 2 when married or common-law (the spouse or partner
 * counts even when not coming), else 1. A spouse described under a marital status without one
 * (divorced, single, ...) is not family, as the CRS and the FSW grid read it; with the marital
 * status left out, a described spouse may still be one the status leaves out, so the status is
 * what is open (the funds check asks for it when it decides). Internal.
 */
export function leastFamilySize(candidate: Candidate): number {
  const status = candidate.maritalStatus;
  return status === "married" || status === "common-law" ? 2 : 1;
}

/** Three-valued check of the funds against the table in force on `asOf`. Internal. */
export function fundsOutcome(candidate: Candidate, asOf: IsoDate, program: "fsw" | "fst"): RuleOutcome {
  const funds = candidate.settlementFundsCad;
  // Family size counts the spouse or partner even when not coming: an answer below the least the
  // other answers allow is read as that least, and said to be so.
  const smallest = leastFamilySize(candidate);
  const size = candidate.familySize;
  // An invalid size (not a whole number from 1 to 50) stays as given, to be reported below.
  const least = size === undefined ? smallest : Number.isInteger(size) && size >= 1 ? Math.max(size, smallest) : size;
  const sizeGiven = size !== undefined && size >= smallest;
  const required = settlementFundsRequired(least, asOf);
  if (!required.ok) {
    // A family size off the table is an answer to restate; no table on asOf is the data's doubt.
    return required.problem === "no-table"
      ? { verdict: "unknown", message: required.message, uncertain: true }
      : notAnswered(required.message, ["familySize"]);
  }
  const table = { from: required.from, upperBound: required.upperBound };
  const amount = required.amount;
  const source = { source: required.source };
  if (funds === undefined) {
    return {
      verdict: "unknown",
      message: message("federal.funds.not-answered", {
        program,
        amount,
        familySize: least,
        familySizeGiven: sizeGiven,
        ...table,
      }),
      expected: `>= ${amount}`,
      missing: size === undefined ? ["settlementFundsCad", "familySize"] : ["settlementFundsCad"],
      ...source,
    };
  }
  // The funds against the amount, as the pass and the fail say it.
  const judged = { program, funds, amount, familySize: least, familySizeGiven: sizeGiven, ...table };
  if (funds >= amount) {
    // Enough for the largest family the model takes: no family size can ask for more.
    const largest = size === undefined ? settlementFundsRequired(MAX_FAMILY_SIZE, asOf) : undefined;
    if (largest?.ok === true && funds >= largest.amount) {
      return {
        verdict: "pass",
        message: message("federal.funds.met-any-family-size", {
          program,
          funds,
          amount: largest.amount,
          familySize: MAX_FAMILY_SIZE,
          ...table,
        }),
        expected: `>= ${largest.amount}`,
        actual: funds,
        ...source,
      };
    }
    if (size === undefined) {
      return {
        verdict: "unknown",
        message: message("federal.funds.family-size-not-answered", { funds, amount, familySize: least, ...table }),
        expected: `>= ${amount}`,
        actual: funds,
        missing: ["familySize"],
        ...source,
      };
    }
    // A family of one while the marital status is open: a spouse or partner would make it two.
    // Below the least with a partner only while no partner is given: then the status is what is open.
    const partnered = leastFamilySize({ ...candidate, maritalStatus: "married" });
    const withPartner =
      least < partnered && candidate.maritalStatus === undefined ? settlementFundsRequired(partnered, asOf) : undefined;
    if (withPartner?.ok === true && funds < withPartner.amount) {
      return {
        verdict: "unknown",
        message: message("federal.funds.marital-status-not-answered", {
          funds,
          amount,
          familySize: least,
          amountWithPartner: withPartner.amount,
          ...table,
        }),
        expected: `>= ${withPartner.amount}`,
        actual: funds,
        missing: ["maritalStatus"],
        ...source,
      };
    }
    return {
      verdict: "pass",
      message: message("federal.funds.met", judged),
      expected: `>= ${amount}`,
      actual: funds,
      ...source,
    };
  }
  if (required.upperBound) {
    return {
      verdict: "unknown",
      message: message("federal.funds.below-upper-bound", {
        funds,
        amount,
        to: required.to ?? null,
        familySize: least,
        asOf,
        uncertain: required.uncertain ?? null,
      }),
      expected: `>= ${amount}`,
      actual: funds,
      uncertain: true,
      ...source,
    };
  }
  return {
    verdict: "fail",
    message: message("federal.funds.not-met", judged),
    expected: `>= ${amount}`,
    actual: funds,
    ...source,
  };
}

/**
 * The settlement-funds rule of a program: `<prefix>.settlement-funds`, met by the exemption
 * (authorised to work in Canada and a valid job offer, by the program's own offer test) or by
 * enough funds. Internal.
 */
/* @__NO_SIDE_EFFECTS__ */
export function settlementFundsRule(
  prefix: "fsw" | "fst",
  offer: (facts: FederalFacts) => FederalFinding,
): Rule<FederalFacts> {
  const source: Citation = proofOfFundsSource;
  const exempt = defineRule<FederalFacts>({
    id: `${prefix}.settlement-funds.exempt`,
    title: "Exempt from proof of funds: authorised to work in Canada with a valid job offer",
    source,
    check: (facts) => {
      const authorised = facts.workAuthorization;
      const offered = offer(facts);
      const verdict = allVerdicts([authorised.verdict, offered.verdict]);
      const parts =
        verdict === "fail"
          ? [authorised, offered].filter((f) => f.verdict === "fail")
          : verdict === "unknown"
            ? [authorised, offered].filter((f) => f.verdict !== "pass")
            : [authorised, offered];
      const missing = verdict === "unknown" ? parts.flatMap((f) => f.missing) : [];
      const explanations = parts.map((f) => f.message);
      return {
        verdict,
        message: message(verdict === "pass" ? "federal.funds.exempt.met" : "federal.funds.exempt.not-met", {
          parts: explanations,
        }),
        missing,
      };
    },
  });
  const amount = defineRule<FederalFacts>({
    id: `${prefix}.settlement-funds.amount`,
    title: "Settlement funds for the family size, by the table in force",
    source,
    check: (facts) => fundsOutcome(facts.candidate, facts.asOf, prefix),
  });
  return anyOf(`${prefix}.settlement-funds`, "Proof of settlement funds, unless exempt", [exempt, amount], { source });
}
