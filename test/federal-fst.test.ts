import { describe, expect, it } from "vitest";
import tradeData from "../data/ircc/fst-trade-groups.json" with { type: "json" };
import { addDays, addMonths, addYears } from "../src/core/calendar.js";
import type { IsoDate } from "../src/core/iso-date.js";
import { valueAsOf } from "../src/core/versioned.js";
import type { Candidate } from "../src/models/candidate.js";
import { getNoc } from "../src/noc/catalogue.js";
import {
  assessFederalSkilledTrades,
  FEDERAL_SKILLED_TRADES_RULES,
  FST_TRADE_GROUPS,
  fstTradeOccupations,
  isFstTradeOn,
} from "../src/programs/federal/index.js";
import {
  ASOF,
  celpip,
  d,
  findRule as find,
  fstCandidate,
  job,
  jobEndingBefore,
  without,
} from "./fixtures/federal/builders.js";

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
    expect(a.failed[0]?.reason).toContain("No job in the work history is in a skilled trade");
    expect(group).toMatch(/Sub-Major Group/);
  });

  it("occupations outside the groups are not trades", () => {
    expect(isFstTradeOn("21231", ASOF)).toBe("fail");
    expect(isFstTradeOn("7511", d("2022-11-15"))).toBe("fail"); // NOC 2016 Major Group 75
    expect(isFstTradeOn("6311", d("2022-11-15"))).toBe("fail"); // NOC 2016 Minor Group 631
  });

  it("Major Group 93 is included, with its uncertainty stated", () => {
    const groups = groups2021.ok ? groups2021.value : undefined;
    expect(groups?.include.find((g) => g.code === "93")?.uncertain).toContain("UNSURE");
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
    expect(r?.reason).toContain("FST needs 3,120 hours");
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
  const offer = { noc: "72200", hoursPerWeek: 40, permanent: true, lmia: "approved" } as const;

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
    expect(r?.reason).toContain(support);
    expect(r?.reason).toContain("Taken to be non-seasonal");
  });

  it("an offer with no LMIA or work-permit support fails, and without a certificate FST is ineligible", () => {
    const a = assess(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: { ...offer, lmia: "none" } }));
    expect(a.status).toBe("ineligible");
    expect(a.missing).toEqual([]);
    expect(find(a.result, "fst.job-offer")?.reason).toBe(
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
    expect(find(a.result, "fst.job-offer")?.reason).toContain("NOC 72200");
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
    expect(a.failed[0]?.reason).toContain("CLB 4 in listening");
    expect(a.failed[0]?.reason).toContain("CLB/NCLC 5 in listening and speaking");
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
      jobOffer: { noc: "72200", hoursPerWeek: 40, permanent: true, lmia: "approved" },
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
      jobOffer: { noc: "72200", hoursPerWeek: 40, permanent: true, ...(lmia === undefined ? {} : { lmia }) },
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
