// Composing the Accelerated Tech Pathway's rule set with extendRuleSet: removing the CRS minimum,
// replacing it with a stricter one, adding the opt-in AAIP employer requirements to each job, and
// replacing a job rule by id. The shipped rule set never changes.

import { describe, expect, it } from "vitest";
import { text } from "../../../src/core/message.js";
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  ALBERTA_EXPRESS_ENTRY_RULES,
  aaipEmployerRequirements,
  assessAlbertaExpressEntry,
  assessExpressEntry,
  CANADIAN_EXPERIENCE_CLASS_RULES,
  defineRule,
  EXPRESS_ENTRY_RULES,
  extendRuleSet,
  FEDERAL_SKILLED_TRADES_RULES,
  FEDERAL_SKILLED_WORKER_RULES,
  type FederalFacts,
  type Rule,
  type RuleSet,
  RuleSetError,
  walkResult,
} from "../../../src/index.js";
import type { AlbertaFacts } from "../../../src/programs/alberta/index.js";
import {
  ASOF,
  assessAtp,
  crs299,
  d,
  eligibleOn,
  exampleCandidate,
  failedIds,
  type JsonObject,
  node,
  nodes,
  offerOnly,
  parse,
  without,
  withValue,
} from "../../fixtures/alberta/builders.js";
import { englishOf } from "../../fixtures/messages.js";

const source = {
  title: "Our firm's own policy (example)",
  url: "https://example.com/policy",
  retrieved: ASOF,
};

function crsAtLeast(minimum: number): Rule<AlbertaFacts> {
  return defineRule<AlbertaFacts>({
    id: "alberta-ee.crs-minimum",
    title: `A CRS score of at least ${minimum}`,
    source,
    check: ({ crs }) => {
      if (!crs.ok) return { verdict: "unknown", message: text("The CRS score cannot be computed.") };
      if (crs.total >= minimum)
        return { verdict: "pass", message: text(`CRS ${crs.total}.`), expected: `>= ${minimum}`, actual: crs.total };
      return crs.missing.length > 0
        ? { verdict: "unknown", message: text(`CRS ${crs.total} so far.`), missing: crs.missing }
        : {
            verdict: "fail",
            message: text(`CRS ${crs.total}; we need ${minimum}.`),
            expected: `>= ${minimum}`,
            actual: crs.total,
          };
    },
  });
}

const fullTime35: Rule<AlbertaFacts> = defineRule<AlbertaFacts>({
  id: "atp.job.full-time",
  title: "Full-time (at least 35 hours a week)",
  source,
  check: ({ job }) => {
    if (job?.hoursPerWeek === undefined) {
      return {
        verdict: "unknown",
        message: text("Hours not answered."),
        missing: [`${job?.path ?? "jobOffer"}.hoursPerWeek`],
      };
    }
    return job.hoursPerWeek >= 35
      ? { verdict: "pass", message: text(`${job.hoursPerWeek} hours a week.`) }
      : {
          verdict: "fail",
          message: text(`${job.hoursPerWeek} hours a week; 35 needed.`),
          expected: ">= 35",
          actual: job.hoursPerWeek,
        };
  },
});

const ids = (rule: Rule<AlbertaFacts>): string[] => {
  const out: string[] = [];
  const visit = (r: Rule<AlbertaFacts>) => {
    out.push(r.id);
    for (const c of r.children ?? []) visit(c);
  };
  visit(rule);
  return out;
};

/** The offer's employer with the facts the AAIP employer requirements read. */
function withEmployerFacts(candidate: JsonObject, facts: JsonObject, path = "jobOffer.employer"): JsonObject {
  let c = candidate;
  for (const [key, value] of Object.entries(facts)) c = withValue(c, `${path}.${key}`, value);
  return c;
}

const ESTABLISHED = {
  albertaFiscalYears: 4,
  grossAnnualRevenueCad: 2_500_000,
  fullTimeEmployeesInAlberta: 25,
  publicSectorOrIndigenous: false,
};

describe("extendRuleSet on the Accelerated Tech Pathway", () => {
  it("removing alberta-ee.crs-minimum makes the CRS-299 candidate eligible; the shipped set still fails it", () => {
    const lenient = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["alberta-ee.crs-minimum"] });
    expect(lenient.id).toBe("alberta.accelerated-tech-pathway+custom");
    expect(lenient.from).toBe(ACCELERATED_TECH_PATHWAY_RULES.from);
    expect(ids(lenient.rule)).not.toContain("alberta-ee.crs-minimum");
    expect(ids(ACCELERATED_TECH_PATHWAY_RULES.rule)).toContain("alberta-ee.crs-minimum");
    expect(assessAtp(crs299()).status).toBe("ineligible");
    const a = assessAtp(crs299(), ASOF, lenient);
    expect(a.status).toBe("eligible");
    expect(a.ruleSet.id).toBe("alberta.accelerated-tech-pathway+custom");
    expect([...walkResult(a.result)].map((r) => r.id)).not.toContain("alberta-ee.crs-minimum");
  });

  it("replacing the CRS minimum by a stricter one (500) makes the otherwise eligible 485 candidate ineligible", () => {
    const strict = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, {
      id: "our-firm.atp-500",
      replace: { "alberta-ee.crs-minimum": crsAtLeast(500) },
    });
    expect(assessAtp(exampleCandidate()).status).toBe("eligible");
    const a = assessAtp(exampleCandidate(), ASOF, strict);
    expect(a.ruleSet.id).toBe("our-firm.atp-500");
    expect(a.status).toBe("ineligible");
    expect(failedIds(a)).toEqual(["alberta-ee.crs-minimum"]);
    expect(a.failed[0]).toMatchObject({ actual: 485, expected: ">= 500", title: "A CRS score of at least 500" });
    expect(a.failed[0]?.source).toEqual(source);
  });

  it("the stream's rule set composes the same way for assessAlbertaExpressEntry", () => {
    const lenient = extendRuleSet(ALBERTA_EXPRESS_ENTRY_RULES, { remove: ["alberta-ee.crs-minimum"] });
    const a = assessAlbertaExpressEntry(parse(crs299()), { asOf: ASOF, ruleSet: lenient });
    expect(a.status).toBe("eligible");
    expect(a.ruleSet.id).toBe("alberta.express-entry-stream+custom");
  });

  describe("the opt-in AAIP employer requirements added to each job (addTo atp.job)", () => {
    const withEmployerRules = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, {
      addTo: { "atp.job": [aaipEmployerRequirements] },
    });

    it("is not in the shipped rule set", () => {
      expect(ids(ACCELERATED_TECH_PATHWAY_RULES.rule)).not.toContain("aaip.employer-requirements");
      expect(ids(withEmployerRules.rule)).toContain("aaip.employer-requirements");
    });

    it("an employer with 2+ fiscal years, enough revenue and staff: eligible", () => {
      const a = assessAtp(withEmployerFacts(offerOnly(), ESTABLISHED), ASOF, withEmployerRules);
      expect(a.status).toBe("eligible");
      const rule = node(a.result, "aaip.employer-requirements");
      expect(rule.verdict).toBe("pass");
      expect(englishOf(rule.message)).toMatch(/4 fiscal years/);
      // Exactly the minimums pass too.
      const minimums = { albertaFiscalYears: 2, grossAnnualRevenueCad: 400_000, fullTimeEmployeesInAlberta: 3 };
      expect(assessAtp(withEmployerFacts(offerOnly(), minimums), ASOF, withEmployerRules).status).toBe("eligible");
    });

    it("an employer with 1 fiscal year in Alberta: ineligible, failing that rule alone", () => {
      const a = assessAtp(
        withEmployerFacts(offerOnly(), { ...ESTABLISHED, albertaFiscalYears: 1 }),
        ASOF,
        withEmployerRules,
      );
      expect(a.status).toBe("ineligible");
      expect(failedIds(a)).toEqual(["aaip.employer-requirements"]);
      expect(a.failed[0]?.actual).toBe(1);
    });

    it("before 2024-03-18, the day the minimums are known from, 1 fiscal year is uncertain, not a fail", () => {
      // Third parties date the minimums "as of March 18, 2024"; the official page gives no date.
      // Eligible on the day through the offer and the current job, both with this employer.
      const onDay = (day: string, facts: JsonObject) =>
        assessAtp(
          withEmployerFacts(withEmployerFacts(eligibleOn(d(day)), facts), facts, "workHistory[1].employer"),
          d(day),
          withEmployerRules,
        );
      const short = (day: string) => onDay(day, { ...ESTABLISHED, albertaFiscalYears: 1 });
      const before = short("2024-03-17");
      expect([before.status, before.failed, before.missing]).toEqual(["incomplete", [], []]);
      expect(before.uncertain.map((u) => u.id)).toEqual(["aaip.employer-requirements"]);
      const [offerRule, jobRule] = nodes(before.result, "aaip.employer-requirements");
      expect([offerRule?.verdict, offerRule?.uncertain, jobRule?.verdict]).toEqual(["unknown", true, "unknown"]);
      expect(englishOf(offerRule?.message)).toBe(
        "The employer has operated 1 complete fiscal year in Alberta; the AAIP needs at least 2, from every employer (Indigenous, municipal, provincial, Government of Canada and Government of Alberta employers are exempt only from the revenue and staff minimums). But whether the AAIP applied these minimums on 2024-03-17 is not known: The day these minimums took effect is not known: the official page gives no date. Pages of third parties say the AAIP introduced them in March 2024, 'as of March 18, 2024' (Town of Westlock, 'Employer eligibility', https://www.westlock.ca/p/employer-eligibility; The Way Immigration, 'Alberta PNP job offer and employment requirements', 2024-04-08, https://thewayimmigration.ca/immigration-tips/alberta-pnp-job-offer-and-employment-requirements; both retrieved 2026-12-07). Before that day an employer short of them is not known to fail.",
      );
      const from = short("2024-03-18");
      // Both jobs fail it: the offer's employer and the current job's, the same employer.
      expect([from.status, failedIds(from)]).toEqual([
        "ineligible",
        ["aaip.employer-requirements", "aaip.employer-requirements"],
      ]);
      // Meeting the minimums passes on either side of the day.
      expect(onDay("2024-03-17", ESTABLISHED).status).toBe("eligible");
      expect(onDay("2024-03-18", ESTABLISHED).status).toBe("eligible");
    });

    it("1 fiscal year fails whatever the public-sector answer: the exemption covers revenue and staff only", () => {
      const { publicSectorOrIndigenous: _exempt, ...facts } = ESTABLISHED;
      for (const exempt of [undefined, true, false]) {
        const employer = exempt === undefined ? facts : { ...facts, publicSectorOrIndigenous: exempt };
        const a = assessAtp(
          withEmployerFacts(offerOnly(), { ...employer, albertaFiscalYears: 1 }),
          ASOF,
          withEmployerRules,
        );
        expect(a.status, String(exempt)).toBe("ineligible");
        expect(failedIds(a)).toEqual(["aaip.employer-requirements"]);
        expect(englishOf(a.failed[0]?.message)).toMatch(/exempt only from the revenue and staff minimums/);
      }
    });

    it("revenue and staff below the minimums with the public-sector question unanswered: that answer is asked for", () => {
      const { publicSectorOrIndigenous: _exempt, ...facts } = ESTABLISHED;
      const short = { ...facts, grossAnnualRevenueCad: 150_000, fullTimeEmployeesInAlberta: 1 };
      const a = assessAtp(withEmployerFacts(offerOnly(), short), ASOF, withEmployerRules);
      expect(a.status).toBe("incomplete");
      expect(a.missing).toEqual(["jobOffer.employer.publicSectorOrIndigenous"]);
      // An exempt employer with the same figures and 2 fiscal years passes.
      const exempt = { ...short, albertaFiscalYears: 2, publicSectorOrIndigenous: true };
      expect(assessAtp(withEmployerFacts(offerOnly(), exempt), ASOF, withEmployerRules).status).toBe("eligible");
    });

    it("revenue below CAD 400,000: incomplete (a capped number of nominees may still be allowed)", () => {
      const a = assessAtp(
        withEmployerFacts(offerOnly(), { ...ESTABLISHED, grossAnnualRevenueCad: 150_000 }),
        ASOF,
        withEmployerRules,
      );
      expect(a.status).toBe("incomplete");
      expect(englishOf(node(a.result, "aaip.employer-requirements").message)).toMatch(/capped number of nominees/);
      // Every answer given: the rule is uncertain (the cap is the employer's), not waiting for one.
      expect(a.missing).toEqual([]);
      expect(a.uncertain.map((u) => u.id)).toEqual(["aaip.employer-requirements"]);
    });

    it("employer facts not given: incomplete, asking for them by path", () => {
      const a = assessAtp(offerOnly(), ASOF, withEmployerRules);
      expect(a.status).toBe("incomplete");
      expect(a.missing).toEqual([
        "jobOffer.employer.albertaFiscalYears",
        "jobOffer.employer.grossAnnualRevenueCad",
        "jobOffer.employer.fullTimeEmployeesInAlberta",
      ]);
    });

    it("a public-sector or Indigenous employer is exempt from the revenue and staff minimums, not the fiscal years", () => {
      const unknownYears = assessAtp(
        withEmployerFacts(offerOnly(), { publicSectorOrIndigenous: true }),
        ASOF,
        withEmployerRules,
      );
      expect(unknownYears.status).toBe("incomplete");
      expect(unknownYears.missing).toEqual(["jobOffer.employer.albertaFiscalYears"]);
      const twoYears = { publicSectorOrIndigenous: true, albertaFiscalYears: 2 };
      const a = assessAtp(withEmployerFacts(offerOnly(), twoYears), ASOF, withEmployerRules);
      expect(a.status).toBe("eligible");
      expect(englishOf(node(a.result, "aaip.employer-requirements").message)).toMatch(
        /exempt from the revenue and staff minimums/,
      );
    });

    it("applies to each job: the current job's employer is checked on its own path", () => {
      let c = withEmployerFacts(exampleCandidate(), { ...ESTABLISHED, albertaFiscalYears: 1 });
      c = withEmployerFacts(c, ESTABLISHED, "workHistory[1].employer");
      const a = assessAtp(c, ASOF, withEmployerRules);
      // The offer fails on the employer; the current job meets the employer rule (but on 2026-11-25 a
      // current job without an offer no longer counts, so the pathway fails).
      expect(a.status).toBe("ineligible");
      const [offerRule, jobRule] = nodes(a.result, "aaip.employer-requirements");
      expect(offerRule?.verdict).toBe("fail");
      expect(jobRule?.verdict).toBe("pass");
    });
  });

  it("replacing a job rule by id (atp.job.full-time) with a 35-hour rule", () => {
    const stricter = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { replace: { "atp.job.full-time": fullTime35 } });
    const thirtyTwo = withValue(offerOnly(), "jobOffer.hoursPerWeek", 32);
    expect(assessAtp(thirtyTwo).status).toBe("eligible");
    const a = assessAtp(thirtyTwo, ASOF, stricter);
    expect(a.status).toBe("ineligible");
    expect(failedIds(a)).toEqual(["atp.job.full-time"]);
    expect(a.failed[0]?.title).toBe("Full-time (at least 35 hours a week)");
    expect(assessAtp(withValue(offerOnly(), "jobOffer.hoursPerWeek", 35), ASOF, stricter).status).toBe("eligible");
  });

  it("changes to ids that are not in the tree, or to a leaf, are programming errors", () => {
    expect(() => extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["alberta-ee.no-such-rule"] })).toThrow(
      RuleSetError,
    );
    expect(() =>
      extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { addTo: { "atp.job.full-time": [aaipEmployerRequirements] } }),
    ).toThrow(RuleSetError);
    expect(() => extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { add: [crsAtLeast(500)] })).toThrow(RuleSetError);
  });
});

describe("the qualifying job's cases follow the job rule as composed", () => {
  // The example candidate on 2026-11-25, its profile occupation 11100 (financial auditors, not on
  // the ATP list): no job offer could match it, so an unanswered offer is not asked.
  const unlistedProfile = withValue(
    without(exampleCandidate(), "jobOffer"),
    "expressEntryProfile.primaryOccupation",
    "11100",
  );

  it("with atp.job.matches-profile removed, an unanswered offer is asked: one on the list could pass", () => {
    const shipped = assessAtp(unlistedProfile);
    expect([shipped.status, shipped.missing]).toEqual(["ineligible", []]);
    const loose = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["atp.job.matches-profile"] });
    const composed = assessAtp(unlistedProfile, ASOF, loose);
    expect(composed.status).toBe("incomplete");
    expect(composed.missing).toContain("jobOffer");
    // And the answer decides it: a listed offer passes without the match.
    const offered = withValue(unlistedProfile, "jobOffer", exampleCandidate().jobOffer as JsonObject);
    expect(assessAtp(offered, ASOF, loose).status).toBe("eligible");
  });

  it("a replacement that keeps the built-in id is not taken for the built-in rule", () => {
    const anyOccupation = defineRule<AlbertaFacts>({
      id: "atp.job.occupation",
      title: "Any occupation (a screening of our own)",
      source,
      check: () => ({ verdict: "pass", message: text("Any occupation counts here.") }),
    });
    // Any occupation counts: an offer in 11100 would match the profile and pass, so it is asked for.
    const composed = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, {
      replace: { "atp.job.occupation": anyOccupation },
    });
    const assessed = assessAtp(unlistedProfile, ASOF, composed);
    expect([assessed.status, assessed.missing.includes("jobOffer")]).toEqual(["incomplete", true]);
    const offered = withValue(unlistedProfile, "jobOffer", {
      ...(exampleCandidate().jobOffer as JsonObject),
      noc: "11100",
    });
    expect(assessAtp(offered, ASOF, composed).status).toBe("eligible");
  });

  it("with atp.job.offer-or-employment removed, an unanswered work history is asked after 2024-12-11", () => {
    const noOffer = withValue(without(exampleCandidate(), "workHistory"), "jobOffer", null);
    const shipped = assessAtp(noOffer);
    expect([shipped.status, shipped.missing]).toEqual(["ineligible", []]);
    const anyJob = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["atp.job.offer-or-employment"] });
    const composed = assessAtp(noOffer, ASOF, anyJob);
    expect(composed.status).toBe("incomplete");
    expect(composed.missing).toContain("workHistory");
  });
});

describe("a rule set of another program's facts", () => {
  // A JavaScript caller (or a cast) can pass a federal rule set to an Alberta assessment, or the
  // reverse: the first rule that reads a fact the other program does not have names itself.
  const wrongRuleSet = (call: () => unknown): string => {
    try {
      call();
      return "no error";
    } catch (error) {
      return error instanceof RuleSetError
        ? `RuleSetError ${error.ruleId} (cause: ${(error.cause as Error).name})`
        : `another error: ${String(error)}`;
    }
  };
  const federalSets = [
    EXPRESS_ENTRY_RULES,
    FEDERAL_SKILLED_WORKER_RULES,
    CANADIAN_EXPERIENCE_CLASS_RULES,
    FEDERAL_SKILLED_TRADES_RULES,
  ];

  it("a federal rule set in assessAcceleratedTechPathway is a RuleSetError naming the rule", () => {
    for (const federal of federalSets) {
      const ruleSet = federal as never as RuleSet<AlbertaFacts>;
      expect(
        wrongRuleSet(() => assessAtp(exampleCandidate(), ASOF, ruleSet)),
        federal.id,
      ).toMatch(/^RuleSetError (fsw|cec|fst)\.[a-z.-]+ \(cause: TypeError\)$/);
    }
  });

  it("an Alberta rule set in assessExpressEntry is a RuleSetError naming the rule", () => {
    const ruleSet = ALBERTA_EXPRESS_ENTRY_RULES as never as RuleSet<FederalFacts>;
    expect(wrongRuleSet(() => assessExpressEntry(parse(exampleCandidate()), { asOf: ASOF, ruleSet }))).toBe(
      "RuleSetError alberta-ee.federal-program (cause: TypeError)",
    );
  });
});
