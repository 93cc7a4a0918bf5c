// Tests that pin src/programs/federal/express-entry.ts, options.ts and as-of.ts: Express Entry as
// eligibility for at least one of its three programs (IRCC "Express Entry: who can apply" — the
// Federal Skilled Worker Program, the Canadian Experience Class, the Federal Skilled Trades
// Program; ../shared/domain/express-entry-crs.md §3), the dates a rule set applies on (from its
// `from` to the day before its `to`, with the reason word for word outside them), and the
// TypeError when `asOf` is left out (the library never reads the clock).
import { describe, expect, it } from "vitest";
import { isoDate } from "../src/core/iso-date.js";
import type { RuleSet } from "../src/core/rule-set.js";
import {
  assessExpressEntry,
  EXPRESS_ENTRY_PROGRAM,
  EXPRESS_ENTRY_RULES,
} from "../src/programs/federal/express-entry.js";
import type { FederalFacts } from "../src/programs/federal/facts.js";
import { assessFederalSkilledWorker, FEDERAL_SKILLED_WORKER_RULES } from "../src/programs/federal/fsw.js";
import { fswProgramSource } from "../src/programs/federal/sources.js";
import { ASOF, fswCandidate } from "./fixtures/federal/builders.js";

describe("assessExpressEntry", () => {
  it("any of FSW, CEC and FST: the rule set, its children, the pass", () => {
    expect(EXPRESS_ENTRY_PROGRAM).toBe("federal.express-entry");
    expect(EXPRESS_ENTRY_RULES.id).toBe("federal.express-entry/2015-01-01");
    expect(EXPRESS_ENTRY_RULES.from).toBe("2015-01-01");
    expect(EXPRESS_ENTRY_RULES).not.toHaveProperty("to");
    const a = assessExpressEntry(fswCandidate(), { asOf: ASOF });
    expect(a).toMatchObject({
      program: "federal.express-entry",
      asOf: "2026-01-15",
      ruleSet: { id: "federal.express-entry/2015-01-01", from: "2015-01-01" },
      status: "eligible",
      result: {
        id: "federal.express-entry",
        title: "Eligible for an Express Entry program (FSW, CEC or FST)",
        verdict: "pass",
        combinator: "any",
      },
    });
    expect(a.result.children?.map((c) => [c.id, c.verdict])).toEqual([
      ["federal.skilled-worker", "pass"],
      ["federal.canadian-experience-class", "fail"],
      ["federal.skilled-trades", "fail"],
    ]);
  });

  it("eligible for none: the fail reason names the three programs", () => {
    const a = assessExpressEntry(fswCandidate({ languageTests: [] }), { asOf: ASOF });
    expect(a.status).toBe("ineligible");
    expect(a.result.reason).toBe(
      "Not eligible for any Express Entry program: the Federal Skilled Worker Program, the Canadian Experience Class and the Federal Skilled Trades Program each have an unmet requirement.",
    );
  });

  it("before 2015-01-01: incomplete, the rule set's dates, no source on a root without one", () => {
    expect(assessExpressEntry(fswCandidate(), { asOf: isoDate("2014-12-31") })).toStrictEqual({
      program: "federal.express-entry",
      asOf: "2014-12-31",
      ruleSet: { id: "federal.express-entry/2015-01-01", from: "2015-01-01" },
      result: {
        id: "federal.express-entry",
        title: "Eligible for an Express Entry program (FSW, CEC or FST)",
        verdict: "unknown",
        reason:
          "The rule set federal.express-entry/2015-01-01 applies from 2015-01-01; the library knows no rules for 2014-12-31.",
        uncertain: true,
      },
      status: "incomplete",
      eligible: false,
      failed: [],
      missing: [],
      uncertain: [
        {
          id: "federal.express-entry",
          reason:
            "The rule set federal.express-entry/2015-01-01 applies from 2015-01-01; the library knows no rules for 2014-12-31.",
        },
      ],
      verifiedThrough: "2026-11-25",
      caveats: [],
    });
    expect(assessExpressEntry(fswCandidate(), { asOf: isoDate("2015-01-01") }).result.reason).not.toMatch(
      /applies from/,
    );
  });
});

describe("runAssessment: a rule set that ends", () => {
  const ending: RuleSet<FederalFacts> = { ...FEDERAL_SKILLED_WORKER_RULES, id: "fsw-test", to: isoDate("2020-01-01") };

  it("applies up to the day before its end, not on it; the reason gives both dates and the root's source", () => {
    const inside = assessFederalSkilledWorker(fswCandidate(), { asOf: isoDate("2019-12-31"), ruleSet: ending });
    expect(inside.result.reason).not.toMatch(/applies from/);
    expect(inside.ruleSet).toStrictEqual({ id: "fsw-test", from: "2015-01-01", to: "2020-01-01" });
    const after = assessFederalSkilledWorker(fswCandidate(), { asOf: isoDate("2020-01-01"), ruleSet: ending });
    expect(after.result).toStrictEqual({
      id: "federal.skilled-worker",
      title: "Federal Skilled Worker Program",
      verdict: "unknown",
      reason:
        "The rule set fsw-test applies from 2015-01-01 until 2020-01-01 (exclusive); the library knows no rules for 2020-01-01.",
      uncertain: true,
      source: fswProgramSource,
    });
    expect(after.status).toBe("incomplete");
    expect(after.uncertain).toStrictEqual([{ id: "federal.skilled-worker", reason: after.result.reason }]);
  });

  it("an undefined ruleSet is the default one", () => {
    expect(assessFederalSkilledWorker(fswCandidate(), { asOf: ASOF, ruleSet: undefined }).ruleSet.id).toBe(
      "federal.skilled-worker/2015-01-01",
    );
  });
});

describe("assessExpressEntry without asOf", () => {
  it("InvalidAsOfError (a TypeError), whether options or asOf is left out or null", () => {
    for (const options of [undefined, {}, { asOf: null }, { asOf: undefined }]) {
      expect(() => assessExpressEntry(fswCandidate(), options as never)).toThrow(TypeError);
      expect(() => assessExpressEntry(fswCandidate(), options as never)).toThrow(/^asOf is required: /);
    }
  });
});
