import { describe, expect, it } from "vitest";
import tradeData from "../../../data/ircc/fst-trade-groups.json" with { type: "json" };
import { addDays, addMonths, addYears } from "../../../src/core/calendar.js";
import { defineRule } from "../../../src/core/define-rule.js";
import type { IsoDate } from "../../../src/core/iso-date.js";
import { text } from "../../../src/core/message.js";
import { renderResult } from "../../../src/core/render.js";
import type { Rule, RuleResult } from "../../../src/core/rule.js";
import { extendRuleSet } from "../../../src/core/rule-set.js";
import { valueAsOf } from "../../../src/core/versioned.js";
import { en } from "../../../src/locales/en/index.js";
import type { Candidate } from "../../../src/models/candidate.js";
import type { JobOffer } from "../../../src/models/job-offer.js";
import { getNoc } from "../../../src/noc/catalogue.js";
import { deriveFederalFacts, type FederalFacts } from "../../../src/programs/federal/facts.js";
import {
  assessFederalSkilledTrades,
  FEDERAL_SKILLED_TRADES_PROGRAM,
  FEDERAL_SKILLED_TRADES_RULES,
  FST_LANGUAGE_MINIMUM,
  federalSkilledTradesRule,
} from "../../../src/programs/federal/fst.js";
import { FST_TRADE_GROUPS, fstTradeOccupations, isFstTradeOn } from "../../../src/programs/federal/index.js";
import { fstProgramSource, fstTradeGroupsSource, languageTestsSource } from "../../../src/programs/federal/sources.js";
import {
  ASOF,
  celpip,
  d,
  findRule as find,
  fstCandidate,
  job,
  jobEndingBefore,
  without,
} from "../../fixtures/federal/builders.js";
import { englishOf, reasonOf, withReasons } from "../../fixtures/messages.js";

const assess = (candidate: Candidate, asOf: IsoDate = ASOF) => assessFederalSkilledTrades(candidate, { asOf });

/** An FST candidate whose only work is `months` in `noc`, with a certificate in that trade. */
function inTrade(noc: string, asOf: IsoDate = ASOF, months = 36): Candidate {
  return fstCandidate(asOf, {
    workHistory: [jobEndingBefore(noc, "PH", asOf, months)],
    certificateOfQualification: { trade: noc, province: "AB", issuedOn: addMonths(asOf, -2) },
  });
}

describe("assessFederalSkilledTrades", () => {
  it("three years as an electrician with a certificate of qualification: eligible", () => {
    const a = assess(fstCandidate());
    expect(a).toMatchObject({ program: "federal.skilled-trades", status: "eligible", failed: [], missing: [] });
    expect(a.ruleSet.id).toBe(FEDERAL_SKILLED_TRADES_RULES.id);
    expect(find(a.result, "fst.trade#72200")?.verdict).toBe("pass");
  });

  it("requires options.asOf", () => {
    expect(() => assessFederalSkilledTrades(fstCandidate(), {} as never)).toThrow(TypeError);
  });
});

describe("skilled trades by NOC group, from the catalogue", () => {
  const groups2021 = valueAsOf(FST_TRADE_GROUPS, ASOF);
  const groups2016 = valueAsOf(FST_TRADE_GROUPS, d("2022-11-15"));

  it("the data file and the versions agree", () => {
    expect(FST_TRADE_GROUPS.map((v) => [v.from, v.to, v.value.noc])).toEqual(
      tradeData.versions.map((v) => [v.from, "to" in v ? v.to : undefined, v.value.noc]),
    );
    expect(groups2021.ok && groups2021.value.noc).toBe(2021);
    expect(groups2016.ok && groups2016.value.noc).toBe(2016);
  });

  it("NOC 2021: every listed unit group is in an included group and in no excluded one", () => {
    const list = fstTradeOccupations(ASOF);
    if (!list.ok || !groups2021.ok) throw new Error("no list");
    expect(list.version).toBe(2021);
    expect(list.occupations.length).toBe(96);
    for (const entry of list.occupations) {
      expect(groups2021.value.include.some((g) => entry.code.startsWith(g.code))).toBe(true);
      expect(groups2021.value.exclude.some((g) => entry.code.startsWith(g.code))).toBe(false);
    }
    const codes = list.occupations.map((e) => e.code);
    expect(codes).not.toContain("72600");
    expect(codes).not.toContain("93200");
    expect(codes).toEqual(expect.arrayContaining(["62200", "63200", "63201", "63202", "93100", "83100"]));
  });

  it("NOC 2016: Major Groups 72, 73, 82, 92 and Minor Groups 632, 633", () => {
    const list = fstTradeOccupations(d("2022-11-15"));
    if (!list.ok) throw new Error("no list");
    expect(list.version).toBe(2016);
    const prefixes = new Set(
      list.occupations.map((e) => (e.code.startsWith("63") ? e.code.slice(0, 3) : e.code.slice(0, 2))),
    );
    expect([...prefixes].sort()).toEqual(["632", "633", "72", "73", "82", "92"]);
    expect(list.occupations.length).toBe(90);
  });

  if (groups2021.ok) {
    for (const g of groups2021.value.include) {
      const sample = fstTradeOccupations(ASOF);
      const code = sample.ok ? sample.occupations.find((e) => e.code.startsWith(g.code))?.code : undefined;
      it(`NOC 2021 ${g.level} group ${g.code} (${g.title}): ${code} is a trade`, () => {
        expect(code).toBeDefined();
        expect(isFstTradeOn(code as string, ASOF)).toBe("pass");
        expect(assess(inTrade(code as string)).status).toBe("eligible");
      });
    }
  }

  if (groups2016.ok) {
    const asOf = d("2022-11-15");
    for (const g of groups2016.value.include) {
      const sample = fstTradeOccupations(asOf);
      const code = sample.ok ? sample.occupations.find((e) => e.code.startsWith(g.code))?.code : undefined;
      it(`NOC 2016 ${g.level} group ${g.code} (${g.title}): ${code} is a trade on 2022-11-15`, () => {
        expect(code).toBeDefined();
        expect(assess(inTrade(code as string, asOf), asOf).status).toBe("eligible");
      });
    }
  }

  it.each([
    ["72600", "Sub-Major Group 726"],
    ["72604", "Sub-Major Group 726"],
    ["93200", "Sub-Major Group 932"],
  ])("%s is excluded (%s)", (code, group) => {
    expect(getNoc(code)).toBeDefined();
    expect(isFstTradeOn(code, ASOF)).toBe("fail");
    const a = assess(inTrade(code));
    expect(a.status).toBe("ineligible");
    expect(a.failed.map((f) => f.id)).toEqual(["fst.trade"]);
    expect(englishOf(a.failed[0]?.message)).toContain("No job in the work history is in a skilled trade");
    expect(group).toMatch(/Sub-Major Group/);
  });

  it("occupations outside the groups are not trades", () => {
    expect(isFstTradeOn("21231", ASOF)).toBe("fail");
    expect(isFstTradeOn("7511", d("2022-11-15"))).toBe("fail"); // NOC 2016 Major Group 75
    expect(isFstTradeOn("6311", d("2022-11-15"))).toBe("fail"); // NOC 2016 Minor Group 631
  });

  it("Major Group 93 is included, with its uncertainty stated", () => {
    const groups = groups2021.ok ? groups2021.value : undefined;
    const doubt = groups?.include.find((g) => g.code === "93")?.uncertain;
    expect(doubt).toEqual({ id: "fst.trades.uncertain.major-group-93", params: {} });
    expect(doubt && reasonOf({ message: doubt })).toContain("UNSURE");
    expect(isFstTradeOn("93100", ASOF)).toBe("pass");
  });

  it("a code of the other NOC version is judged by its counterparts", () => {
    expect(isFstTradeOn("7241", ASOF)).toBe("pass"); // → 72200
    expect(isFstTradeOn("72200", d("2022-11-15"))).toBe("pass"); // ← 7241
    expect(isFstTradeOn("6331", ASOF)).toBe("unknown"); // → 63201 (a trade) and 65202 (not)
    expect(isFstTradeOn("99999", ASOF)).toBe("unknown");
    expect(isFstTradeOn("72200", d("2014-12-31"))).toBe("unknown");
  });

  it("NOC 2016 codes on 2022-11-15, NOC 2021 codes on 2022-11-16", () => {
    const before = d("2022-11-15");
    const after = d("2022-11-16");
    expect(assess(inTrade("7241", before), before).status).toBe("eligible");
    expect(assess(inTrade("72200", after), after).status).toBe("eligible");
    // A 2016 code whose successors are not all trades is undecided after the change.
    const split = assess(inTrade("6331", after), after);
    expect(split.status).toBe("incomplete");
    expect(split.missing).toContain("workHistory[0].noc");
  });
});

describe("fst.experience.two-years", () => {
  it("24 months ending the day before asOf pass (3,120 hours)", () => {
    const a = assess(inTrade("72200", ASOF, 24));
    expect(find(a.result, "fst.experience.two-years")).toMatchObject({ verdict: "pass", actual: 3120 });
  });

  it("24 months ending two days before asOf are a day short", () => {
    const c = fstCandidate(ASOF, { workHistory: [job("72200", "PH", addMonths(ASOF, -24), addDays(ASOF, -2))] });
    const r = find(assess(c).result, "fst.experience.two-years");
    expect(r?.verdict).toBe("fail");
    expect(englishOf(r?.message)).toContain("FST needs 3,120 hours");
  });

  it("only the 5 years before asOf count", () => {
    const end = addDays(addYears(ASOF, -5), 364);
    const c = fstCandidate(ASOF, { workHistory: [job("72200", "PH", addYears(end, -3), end)] });
    expect(assess(c).status).toBe("ineligible");
  });

  it("two years must be in one trade", () => {
    const c = fstCandidate(ASOF, {
      workHistory: [
        job("72200", "PH", addMonths(ASOF, -24), addDays(addMonths(ASOF, -12), -1)),
        jobEndingBefore("72400", "PH", ASOF, 12),
      ],
    });
    expect(assess(c).status).toBe("ineligible");
  });
});

describe("fst.offer-or-certificate", () => {
  const offer = { noc: "72200", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" } as const;

  it("a full-time job offer of a year or more in the trade is enough", () => {
    expect(assess(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: offer })).status).toBe("eligible");
  });

  it.each([
    ["approved", "supported by a positive Labour Market Impact Assessment"],
    ["exempt-work-permit", "made by the employer of your LMIA-exempt employer-specific work permit"],
  ] as const)("an offer with lmia %s passes fst.job-offer, naming its support", (lmia, support) => {
    const a = assess(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: { ...offer, lmia } }));
    expect(a.status).toBe("eligible");
    const r = find(a.result, "fst.job-offer");
    expect(r?.verdict).toBe("pass");
    expect(englishOf(r?.message)).toContain(support);
    expect(englishOf(r?.message)).toContain("Taken to be non-seasonal");
  });

  it("an offer with no LMIA or work-permit support fails, and without a certificate FST is ineligible", () => {
    const a = assess(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: { ...offer, lmia: "none" } }));
    expect(a.status).toBe("ineligible");
    expect(a.missing).toEqual([]);
    expect(englishOf(find(a.result, "fst.job-offer")?.message)).toBe(
      "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer. FST needs a full-time job offer of at least one year, or a Canadian certificate of qualification, in the trade of the experience (NOC 72200).",
    );
  });

  it("an offer whose lmia is left out: fst.job-offer unknown, FST incomplete with jobOffer.lmia", () => {
    const { lmia: _, ...unanswered } = offer;
    const a = assess(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: unanswered }));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["jobOffer.lmia"]);
    expect(find(a.result, "fst.job-offer")).toMatchObject({ verdict: "unknown", missing: ["jobOffer.lmia"] });
  });

  it("a certificate of qualification still passes when the offer has no LMIA support", () => {
    const a = assess(fstCandidate(ASOF, { jobOffer: { ...offer, lmia: "none" } }));
    expect(a.status).toBe("eligible");
  });

  it("an offer in another trade fails, saying which trade it must be in", () => {
    const a = assess(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: { ...offer, noc: "72201" } }));
    expect(a.status).toBe("ineligible");
    expect(englishOf(find(a.result, "fst.job-offer")?.message)).toContain("NOC 72200");
  });

  it.each([
    ["part-time", { ...offer, hoursPerWeek: 29 }],
    ["too short", { ...offer, permanent: false, durationMonths: 6 }],
  ])("an offer that is %s fails", (_, o) => {
    expect(assess(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: o })).status).toBe("ineligible");
  });

  it("a certificate in another trade fails", () => {
    const c = fstCandidate(ASOF, {
      certificateOfQualification: { trade: "72400", province: "AB", issuedOn: d("2025-01-01") },
    });
    expect(assess(c).status).toBe("ineligible");
  });

  it("a certificate in the NOC 2016 code of the trade counts", () => {
    const c = fstCandidate(ASOF, {
      certificateOfQualification: { trade: "7241", province: "AB", issuedOn: d("2020-01-01") },
    });
    expect(assess(c).status).toBe("eligible");
  });

  it("neither answered: incomplete with both paths", () => {
    const a = assess(without(without(fstCandidate(), "certificateOfQualification"), "jobOffer"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["jobOffer", "certificateOfQualification"]);
  });

  it("no offer, certificate not answered: incomplete with its path", () => {
    const a = assess(without(fstCandidate(), "certificateOfQualification"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["certificateOfQualification"]);
  });
});

describe("fst.language.minimum", () => {
  it("CLB 4 in listening fails", () => {
    const c = fstCandidate(ASOF, {
      languageTests: [celpip("2025-06-01", { reading: 4, writing: 4, listening: 4, speaking: 5 })],
    });
    const a = assess(c);
    expect(a.failed.map((f) => f.id)).toEqual(["fst.language.minimum"]);
    expect(englishOf(a.failed[0]?.message)).toContain("CLB 4 in listening");
    expect(englishOf(a.failed[0]?.message)).toContain("CLB/NCLC 5 in listening and speaking");
  });

  it("below CLB 4 in reading fails", () => {
    const c = fstCandidate(ASOF, {
      languageTests: [celpip("2025-06-01", { reading: 3, writing: 4, listening: 5, speaking: 5 })],
    });
    expect(assess(c).status).toBe("ineligible");
  });
});

describe("fst.settlement-funds", () => {
  it("funds below the table fail", () => {
    expect(assess(fstCandidate(ASOF, { settlementFundsCad: 15_000 })).status).toBe("ineligible");
  });

  it("exempt when working in Canada with authorisation and a trade job offer", () => {
    const c = fstCandidate(ASOF, {
      settlementFundsCad: 0,
      jobOffer: { noc: "72200", hoursPerWeek: 40, permanent: true, lmia: "approved", engagement: "employee" },
      workHistory: [jobEndingBefore("72200", "CA", ASOF, 36), job("72200", "CA", ASOF, undefined)],
      status: {},
    });
    expect(assess(c).status).toBe("eligible");
  });

  it.each([
    ["exempt-work-permit", "pass", "eligible", []],
    ["none", "fail", "ineligible", []],
    [undefined, "unknown", "incomplete", ["jobOffer.lmia"]],
  ] as const)("the exemption with lmia %s: %s, FST %s without funds", (lmia, verdict, status, missing) => {
    const c = fstCandidate(ASOF, {
      settlementFundsCad: 0,
      jobOffer: {
        noc: "72200",
        hoursPerWeek: 40,
        permanent: true,
        engagement: "employee",
        ...(lmia === undefined ? {} : { lmia }),
      },
      workHistory: [jobEndingBefore("72200", "CA", ASOF, 36), job("72200", "CA", ASOF, undefined)],
      status: {},
    });
    const a = assess(c);
    expect(find(a.result, "fst.settlement-funds.exempt")?.verdict).toBe(verdict);
    expect(a.status).toBe(status);
    expect(a.missing).toEqual(missing);
  });

  it.each(["settlementFundsCad", "familySize"])("%s not answered: incomplete", (path) => {
    const a = assess(without(fstCandidate(ASOF, { settlementFundsCad: 16_000 }), path));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toContain(path);
  });

  it("work history not answered: incomplete", () => {
    const a = assess(without(fstCandidate(), "workHistory"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["workHistory"]);
  });
});

// Tests that pin, word for word, the outcomes of the Federal Skilled Trades rules in
// src/programs/federal/fst.ts (IRCC, "Federal Skilled Trades Program (Express Entry)": two years —
// 3,120 hours — of full-time work or the equivalent in one skilled trade in the 5 years before
// applying; CLB/NCLC 5 in speaking and listening and 4 in reading and writing; a full-time job
// offer of at least one year, or a Canadian certificate of qualification, in that trade; settlement
// funds unless authorised to work in Canada with a valid offer): each verdict's reason, expected,
// actual and missing, the trade cases, the leaves evaluated without a trade, and the exemption's
// offer test.
const result = (over: Partial<Candidate> = {}, asOf: IsoDate = ASOF) =>
  assessFederalSkilledTrades(fstCandidate(asOf, over), { asOf }).result;
const leaf = (id: string, over: Partial<Candidate> = {}) => {
  const r = find(result(over), id);
  if (r === undefined) throw new Error(`no rule ${id}`);
  const { id: _id, title: _title, source: _source, message: _message, ...outcome } = r;
  return { ...outcome, reason: reasonOf(r) };
};
const NEEDS_HOURS =
  "FST needs 3,120 hours (two years full-time, or the equivalent part-time) in one skilled trade in the 5 years before 2026-01-15";
const OFFER_OR_COQ =
  "FST needs a full-time job offer of at least one year, or a Canadian certificate of qualification, in the trade of the experience (NOC 72200).";
const TAKEN = "(Taken to be non-seasonal: whether it is seasonal is not answered, jobOffer.seasonal.)";
const LMIA = "supported by a positive Labour Market Impact Assessment";
const NO_SUPPORT =
  "The offer is not supported by a Labour Market Impact Assessment or an employer-specific work permit, so it is not a valid job offer.";
const LMIA_OPEN =
  "Whether the offer is supported by a positive Labour Market Impact Assessment or made by the employer of an employer-specific work permit you work under is not given (jobOffer.lmia).";
const offer = (over: Partial<JobOffer> = {}): JobOffer => ({
  noc: "72200",
  hoursPerWeek: 40,
  permanent: true,
  lmia: "approved",
  engagement: "employee",
  ...over,
});
const open = { authorized: undefined } as never;

describe("the rule tree", () => {
  it("ids, titles, sources, the trade case and the root's pass reason", () => {
    const r = result();
    expect(FEDERAL_SKILLED_TRADES_PROGRAM).toBe("federal.skilled-trades");
    expect(FEDERAL_SKILLED_TRADES_RULES.id).toBe("federal.skilled-trades/2015-01-01");
    expect(FEDERAL_SKILLED_TRADES_RULES.from).toBe("2015-01-01");
    expect(FST_LANGUAGE_MINIMUM).toStrictEqual({ reading: 4, writing: 4, listening: 5, speaking: 5 });
    expect(Object.isFrozen(FST_LANGUAGE_MINIMUM)).toBe(true);
    const shape = (x: RuleResult): unknown => [x.id, x.title, x.source, x.combinator, x.children?.map(shape)];
    expect(shape(renderResult(r, en) as unknown as RuleResult)).toEqual([
      "federal.skilled-trades",
      "Federal Skilled Trades Program",
      fstProgramSource,
      "all",
      [
        [
          "fst.language.minimum",
          "CLB/NCLC 5 in speaking and listening, 4 in reading and writing",
          languageTestsSource,
          undefined,
          undefined,
        ],
        [
          "fst.trade",
          "Two years in a skilled trade, with a job offer or a certificate of qualification in it",
          fstTradeGroupsSource,
          "cases",
          [
            [
              "fst.trade#72200",
              "Trade NOC 72200",
              undefined,
              "all",
              [
                [
                  "fst.trade.requirements",
                  "Two years in the trade, and a job offer or certificate in it",
                  fstProgramSource,
                  "all",
                  [
                    [
                      "fst.experience.two-years",
                      "Two years of work in the trade in the last 5 years",
                      fstProgramSource,
                      undefined,
                      undefined,
                    ],
                    [
                      "fst.offer-or-certificate",
                      "A job offer or a certificate of qualification in the trade",
                      fstProgramSource,
                      "any",
                      [
                        [
                          "fst.job-offer",
                          "A full-time job offer of at least one year in the trade",
                          fstProgramSource,
                          undefined,
                          undefined,
                        ],
                        [
                          "fst.certificate-of-qualification",
                          "A Canadian certificate of qualification in the trade",
                          fstProgramSource,
                          undefined,
                          undefined,
                        ],
                      ],
                    ],
                  ],
                ],
              ],
            ],
          ],
        ],
        [
          "fst.settlement-funds",
          "Proof of settlement funds, unless exempt",
          expect.anything(),
          "any",
          expect.anything(),
        ],
      ],
    ]);
    expect(withReasons(r)).toMatchObject({
      verdict: "pass",
      reason: "Meets every Federal Skilled Trades requirement.",
    });
  });

  it("the language minimum, per ability", () => {
    expect(leaf("fst.language.minimum")).toStrictEqual({
      verdict: "pass",
      reason:
        "languageTests[0] (CELPIP-General, 2025-07-15): CLB reading 4, writing 4, listening 5, speaking 5, valid until the day before 2027-07-15; FST needs CLB/NCLC 5 in listening and speaking and CLB/NCLC 4 in reading and writing.",
      expected: "CLB/NCLC 5 in listening and speaking and CLB/NCLC 4 in reading and writing",
      actual: "reading 4, writing 4, listening 5, speaking 5",
    });
  });
});

describe("fst.trade: the cases", () => {
  it("work history not given: unknown", () => {
    expect(leaf("fst.trade", { workHistory: undefined })).toMatchObject({
      verdict: "unknown",
      reason: "The work history is not given (workHistory).",
      missing: ["workHistory"],
    });
  });

  // FST needs the offer or the certificate in the trade of the two years: answered with neither,
  // or with codes that are no skilled trade, no work history could meet fst.trade.
  it("work history not given, but neither an offer nor a certificate that could be in a trade: fail", () => {
    const NO_OFFER_OR_COQ =
      "The work history is not given, but with neither a job offer nor a certificate of qualification in a skilled trade no work history could meet this requirement.";
    const cannotHelp: Partial<Candidate>[] = [
      { jobOffer: null, certificateOfQualification: null },
      // NOC 21231 (software engineers) is no skilled trade.
      { jobOffer: offer({ noc: "21231" }), certificateOfQualification: null },
      { jobOffer: null, certificateOfQualification: { trade: "21231", province: "AB", issuedOn: d("2025-01-01") } },
      // A certificate issued after asOf (2026-01-15) is not held.
      { jobOffer: null, certificateOfQualification: { trade: "72200", province: "AB", issuedOn: d("2026-02-01") } },
    ];
    for (const over of cannotHelp) {
      const r = leaf("fst.trade", { ...over, workHistory: undefined });
      expect(r, JSON.stringify(over)).toMatchObject({ verdict: "fail", reason: NO_OFFER_OR_COQ });
      expect(r.missing, JSON.stringify(over)).toBeUndefined();
    }
    const a = assess(fstCandidate(ASOF, { jobOffer: null, certificateOfQualification: null, workHistory: undefined }));
    expect([a.status, a.missing]).toEqual(["ineligible", []]);
  });

  it("work history not given, with an offer or a certificate that could be in a trade: unknown", () => {
    const canHelp: Partial<Candidate>[] = [
      { jobOffer: offer(), certificateOfQualification: null },
      { jobOffer: null },
      { jobOffer: null, certificateOfQualification: undefined },
      { jobOffer: undefined, certificateOfQualification: null },
    ];
    for (const over of canHelp) {
      expect(leaf("fst.trade", { ...over, workHistory: undefined }), JSON.stringify(over)).toMatchObject({
        verdict: "unknown",
        missing: ["workHistory"],
      });
    }
  });

  it("work history not given, with the certificate rule replaced: unknown, whatever the answers", () => {
    // The library cannot tell what a rule of your own would accept: the work history may help.
    const lenient = extendRuleSet(FEDERAL_SKILLED_TRADES_RULES, {
      replace: {
        "fst.certificate-of-qualification": defineRule<FederalFacts>({
          id: "fst.certificate-of-qualification",
          title: "Any certificate",
          source: fstProgramSource,
          check: () => ({ verdict: "pass", message: text("Accepted.") }),
        }),
      },
    });
    const candidate = fstCandidate(ASOF, { jobOffer: null, certificateOfQualification: null, workHistory: undefined });
    const r = find(assessFederalSkilledTrades(candidate, { asOf: ASOF, ruleSet: lenient }).result, "fst.trade");
    expect([r?.verdict, r?.missing]).toEqual(["unknown", ["workHistory"]]);
  });

  it("no job in a trade: fail, listing the trade groups", () => {
    expect(leaf("fst.trade", { workHistory: [job("21231", "PH", "2021-01-01", "2025-12-31")] })).toMatchObject({
      verdict: "fail",
      reason:
        "No job in the work history is in a skilled trade (NOC 2021 Major Groups 72 except 726, 73, 82, 83, 92, 93 except 932, Minor Group 6320, Unit Group 62200; NOC 2016 Major Groups 72, 73, 82, 92, Minor Groups 632, 633 before 2022-11-16); FST needs two years in one.",
    });
  });
});

describe("fst.experience.two-years: each verdict", () => {
  it("pass: three years, and exactly two", () => {
    expect(leaf("fst.experience.two-years")).toStrictEqual({
      verdict: "pass",
      reason: `4,680 hours in NOC 72200; ${NEEDS_HOURS}.`,
      expected: ">= 3120 hours",
      actual: 4680,
    });
    expect(
      leaf("fst.experience.two-years", { workHistory: [job("72200", "PH", "2024-01-01", "2025-12-31")] }),
    ).toMatchObject({
      verdict: "pass",
      actual: 3120,
    });
  });

  it("fail: 23 months", () => {
    // 2024-02-01 to 2025-12-31: 23 × 130 = 2,990 hours.
    expect(
      leaf("fst.experience.two-years", { workHistory: [job("72200", "PH", "2024-02-01", "2025-12-31")] }),
    ).toStrictEqual({
      verdict: "fail",
      reason: `2,990 hours in NOC 72200; ${NEEDS_HOURS}.`,
      expected: ">= 3120 hours",
      actual: 2990,
    });
  });

  it("unknown: authorisation not answered, in a trade", () => {
    expect(
      leaf("fst.experience.two-years", { workHistory: [job("72200", "CA", "2023-01-01", "2025-12-31", 40, open)] }),
    ).toStrictEqual({
      verdict: "unknown",
      reason: `0 hours in NOC 72200 certainly count, up to 4,680 hours depending on the answers to workHistory[0].authorized. ${NEEDS_HOURS}.`,
      expected: ">= 3120 hours",
      actual: 0,
      missing: ["workHistory[0].authorized"],
    });
  });

  it("unknown: two undecided jobs, both paths in order", () => {
    expect(
      leaf("fst.experience.two-years", {
        workHistory: [
          job("72200", "CA", "2024-01-01", "2025-12-31", 40, open),
          job("72200", "CA", "2023-01-01", "2023-12-31", 40, open),
        ],
      }),
    ).toMatchObject({
      verdict: "unknown",
      reason: `0 hours in NOC 72200 certainly count, up to 4,680 hours depending on the answers to workHistory[0].authorized, workHistory[1].authorized. ${NEEDS_HOURS}.`,
      missing: ["workHistory[0].authorized", "workHistory[1].authorized"],
    });
  });

  it("unknown: a code not known to be a trade, with the trade's reason", () => {
    expect(
      leaf("fst.experience.two-years", { workHistory: [job("99999", "PH", "2023-01-01", "2025-12-31")] }),
    ).toStrictEqual({
      verdict: "unknown",
      reason: `0 hours in NOC 99999 certainly count, up to 4,680 hours depending on the answers to workHistory[0].noc. NOC 99999 is not a NOC 2016 or NOC 2021 unit group the library knows. ${NEEDS_HOURS}.`,
      expected: ">= 3120 hours",
      actual: 0,
      missing: ["workHistory[0].noc"],
    });
  });
});

describe("fst.job-offer: each verdict", () => {
  it("an offer in the trade: pass, the offer's terms", () => {
    expect(leaf("fst.job-offer", { jobOffer: offer() })).toMatchObject({
      verdict: "pass",
      reason: `A full-time job offer of at least one year in the trade: NOC 72200, 40 hours a week, permanent, ${LMIA}. ${TAKEN}`,
    });
    // The NOC 2016 code of the same occupation is the same trade.
    expect(leaf("fst.job-offer", { jobOffer: offer({ noc: "7241" }) }).verdict).toBe("pass");
  });

  it("the offer's support: an exempt work permit passes; none fails with the requirement; left out is unknown", () => {
    expect(leaf("fst.job-offer", { jobOffer: offer({ lmia: "exempt-work-permit" }) })).toMatchObject({
      verdict: "pass",
      reason: `A full-time job offer of at least one year in the trade: NOC 72200, 40 hours a week, permanent, made by the employer of your LMIA-exempt employer-specific work permit. ${TAKEN}`,
    });
    expect(leaf("fst.job-offer", { jobOffer: offer({ lmia: "none" }) })).toMatchObject({
      verdict: "fail",
      reason: `${NO_SUPPORT} ${OFFER_OR_COQ}`,
    });
    const { lmia: _, ...unanswered } = offer();
    expect(leaf("fst.job-offer", { jobOffer: unanswered })).toMatchObject({
      verdict: "unknown",
      reason: LMIA_OPEN,
      missing: ["jobOffer.lmia"],
    });
  });

  it("an offer in another occupation: fail, naming both and what FST needs", () => {
    expect(leaf("fst.job-offer", { jobOffer: offer({ noc: "72201" }) })).toMatchObject({
      verdict: "fail",
      reason: `The job offer is for NOC 72201; FST needs it in the trade of the two years of experience, NOC 72200. ${OFFER_OR_COQ}`,
    });
  });

  it("a part-time offer: fail; no offer: fail; not answered: unknown, without the requirement appended", () => {
    expect(leaf("fst.job-offer", { jobOffer: offer({ hoursPerWeek: 29 }) }).reason).toBe(
      `The offer is for 29 hours a week; it must be full-time, 30 hours a week or more. ${OFFER_OR_COQ}`,
    );
    expect(leaf("fst.job-offer").reason).toBe(`You have no job offer. ${OFFER_OR_COQ}`);
    expect(leaf("fst.job-offer", { jobOffer: undefined })).toMatchObject({
      verdict: "unknown",
      reason: "Whether you have a job offer is not answered (jobOffer).",
      missing: ["jobOffer"],
    });
  });
});

describe("fst.certificate-of-qualification: each verdict", () => {
  const coq = (over: Partial<NonNullable<Candidate["certificateOfQualification"]>> = {}) => ({
    trade: "72200",
    province: "AB" as const,
    issuedOn: d("2025-11-15"),
    ...over,
  });

  it("in the trade, issued on or before asOf: pass, saying by whom and when", () => {
    expect(leaf("fst.certificate-of-qualification")).toMatchObject({
      verdict: "pass",
      reason:
        "Certificate of qualification in NOC 72200 issued by AB on 2025-11-15. The certificate of qualification is in the trade of the work experience (NOC 72200).",
    });
    expect(
      leaf("fst.certificate-of-qualification", { certificateOfQualification: coq({ issuedOn: ASOF }) }).verdict,
    ).toBe("pass");
    expect(
      leaf("fst.certificate-of-qualification", { certificateOfQualification: coq({ trade: "7241" }) }).reason,
    ).toBe(
      "Certificate of qualification in NOC 7241 issued by AB on 2025-11-15. The certificate of qualification is in the trade of the work experience (NOC 72200).",
    );
  });

  it("issued after asOf: fail", () => {
    expect(
      leaf("fst.certificate-of-qualification", { certificateOfQualification: coq({ issuedOn: d("2026-01-16") }) }),
    ).toMatchObject({
      verdict: "fail",
      reason: `The certificate of qualification is issued on 2026-01-16, after 2026-01-15. ${OFFER_OR_COQ}`,
    });
  });

  it("in another trade: fail; none: fail; not answered: unknown", () => {
    expect(
      leaf("fst.certificate-of-qualification", { certificateOfQualification: coq({ trade: "72201" }) }),
    ).toMatchObject({
      verdict: "fail",
      reason: `The certificate of qualification is for NOC 72201; FST needs it in the trade of the two years of experience, NOC 72200. ${OFFER_OR_COQ}`,
    });
    expect(leaf("fst.certificate-of-qualification", { certificateOfQualification: null })).toMatchObject({
      verdict: "fail",
      reason: `You hold no Canadian certificate of qualification. ${OFFER_OR_COQ}`,
    });
    expect(leaf("fst.certificate-of-qualification", { certificateOfQualification: undefined })).toMatchObject({
      verdict: "unknown",
      reason: "Whether you hold a Canadian certificate of qualification is not answered (certificateOfQualification).",
      missing: ["certificateOfQualification"],
    });
  });
});

describe("the trade leaves evaluated without a trade", () => {
  const rules = new Map<string, Rule<FederalFacts>>();
  const walk = (r: Rule<FederalFacts>) => {
    rules.set(r.id, r);
    for (const c of r.children ?? []) walk(c);
  };
  walk(federalSkilledTradesRule);

  it("are unknown, saying fst.trade evaluates them for each trade", () => {
    const facts = deriveFederalFacts(fstCandidate(), ASOF);
    for (const id of ["fst.experience.two-years", "fst.job-offer", "fst.certificate-of-qualification"]) {
      expect(withReasons(rules.get(id)?.evaluate(facts, { asOf: ASOF })), id).toMatchObject({
        verdict: "unknown",
        reason: "No trade is selected: this rule is evaluated for each trade of the work history by fst.trade.",
      });
    }
  });
});

describe("fst.settlement-funds.exempt: the offer must be in a skilled trade", () => {
  const authorised = { status: { workPermitValidUntil: addYears(ASOF, 1) }, settlementFundsCad: 0 };
  const exempt = (jobOffer: JobOffer) => leaf("fst.settlement-funds.exempt", { ...authorised, jobOffer });

  it("an offer in a trade: exempt", () => {
    expect(exempt(offer())).toMatchObject({
      verdict: "pass",
      reason: `Your work permit is valid until 2027-01-15. A full-time job offer of at least one year in a skilled trade: NOC 72200, 40 hours a week, permanent, ${LMIA}. ${TAKEN} So no proof of funds is needed.`,
    });
  });

  it("an offer in a trade without LMIA or work-permit support: not exempt; its support not given: undecided", () => {
    expect(exempt(offer({ lmia: "none" }))).toMatchObject({
      verdict: "fail",
      reason: `${NO_SUPPORT} The exemption needs both authorisation to work in Canada now and a valid job offer.`,
    });
    const { lmia: _, ...unanswered } = offer();
    expect(exempt(unanswered)).toMatchObject({
      verdict: "unknown",
      reason: `${LMIA_OPEN} The exemption needs both authorisation to work in Canada now and a valid job offer.`,
      missing: ["jobOffer.lmia"],
    });
  });

  it("an offer outside the trades: not exempt, the trade finding's reason", () => {
    expect(exempt(offer({ noc: "21231" }))).toMatchObject({
      verdict: "fail",
      reason:
        "NOC 2021 21231 (Software engineers and designers) is in none of the FST trade groups. The exemption needs both authorisation to work in Canada now and a valid job offer.",
    });
  });

  it("an offer whose code is not known: undecided, the offer's NOC missing", () => {
    expect(exempt(offer({ noc: "99999" }))).toMatchObject({
      verdict: "unknown",
      reason:
        "NOC 99999 is not a NOC 2016 or NOC 2021 unit group the library knows. The exemption needs both authorisation to work in Canada now and a valid job offer.",
      missing: ["jobOffer.noc"],
    });
  });
});

describe("fst.settlement-funds.amount and asOf", () => {
  it("the funds reason names FST", () => {
    expect(leaf("fst.settlement-funds.amount").reason).toBe(
      "You have $50,000; FST needs $15,263 for a family of 1 person (the table in force from 2025-07-07).",
    );
  });

  it("InvalidAsOfError from assessFederalSkilledTrades without asOf", () => {
    expect(() => assessFederalSkilledTrades(fstCandidate(), {} as never)).toThrow(
      /^asOf is required: the day the rules apply on/,
    );
  });
});
