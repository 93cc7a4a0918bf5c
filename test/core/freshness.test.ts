// Freshness: every assessment and CRS breakdown says through which day its rules and data were
// verified, and warns when asked about a later day.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import ruleSets from "../../data/rule-sets.json" with { type: "json" };
import { earliestDay, freshnessCaveat } from "../../src/core/freshness.js";
import { text } from "../../src/core/message.js";
import { renderMessage } from "../../src/core/render.js";
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  aaipEmployerRequirements,
  assessAcceleratedTechPathway,
  assessAlbertaExpressEntry,
  assessExpressEntry,
  assessFederalSkilledWorker,
  type Candidate,
  calculateCrs,
  EXPRESS_ENTRY_RULES,
  extendRuleSet,
  FEDERAL_SKILLED_WORKER_RULES,
  isoDate,
  scoreAlbertaWorkerEoi,
} from "../../src/index.js";
import { en } from "../../src/locales/en/index.js";
import { exampleCandidate, parse } from "../fixtures/alberta/builders.js";

const candidate: Candidate = parse(exampleCandidate());

/** Every data file's `verified` day, and the rule sets'. */
function verifiedDays(files: readonly string[]): string[] {
  return files.map((f) => {
    const json = JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), "utf8")) as { verified?: string };
    if (json.verified === undefined) throw new Error(`${f} has no verified day`);
    return json.verified;
  });
}

const FEDERAL = [
  "ircc/fsw-selection-grid.json",
  "ircc/settlement-funds.json",
  "ircc/fst-trade-groups.json",
  "ircc/language-equivalency.json",
  "noc/noc.codes.json",
  "noc/noc2016.json",
  "noc/noc2021.json",
  "noc/crosswalk-2016-2021.json",
];
const ALBERTA = [
  ...FEDERAL,
  "ircc/crs-points.json",
  "alberta/atp-occupations.json",
  "alberta/atp-pathway-history.json",
  "alberta/aaip-worker-eoi-terms.json",
];
const min = (days: readonly string[]) => [...days].sort()[0];

describe("verifiedThrough", () => {
  it("is the earliest verified day of the rule set and the tables each program reads", () => {
    const federal = min([...verifiedDays(FEDERAL), ruleSets.federal.verified]);
    const alberta = min([...verifiedDays(ALBERTA), ruleSets.alberta.verified]);
    const asOf = isoDate("2026-01-15");
    expect(assessExpressEntry(candidate, { asOf }).verifiedThrough).toBe(federal);
    expect(assessAcceleratedTechPathway(candidate, { asOf }).verifiedThrough).toBe(alberta);
    expect(assessAlbertaExpressEntry(candidate, { asOf }).verifiedThrough).toBe(alberta);
    const crs = calculateCrs(candidate, { asOf });
    expect(crs.ok && crs.verifiedThrough).toBe(verifiedDays(["ircc/crs-points.json"])[0]);
  });

  it("a composed rule set keeps its base's day; an earlier day on a rule set of one's own lowers it", () => {
    const asOf = isoDate("2026-01-15");
    const same = extendRuleSet(FEDERAL_SKILLED_WORKER_RULES, { remove: [] });
    expect(same.verified).toBe(FEDERAL_SKILLED_WORKER_RULES.verified);
    const old = { ...FEDERAL_SKILLED_WORKER_RULES, verified: isoDate("2020-01-01") };
    expect(assessFederalSkilledWorker(candidate, { asOf, ruleSet: old }).verifiedThrough).toBe("2020-01-01");
  });

  it("a federalRuleSet's day counts in the Alberta assessments whose tree holds it", () => {
    const asOf = isoDate("2026-01-15");
    const federalOld = { ...EXPRESS_ENTRY_RULES, verified: isoDate("2020-01-01") };
    for (const assess of [assessAcceleratedTechPathway, assessAlbertaExpressEntry]) {
      const a = assess(candidate, { asOf, federalRuleSet: federalOld });
      expect([a.verifiedThrough, a.caveats.map((c) => c.id)]).toEqual(["2020-01-01", ["assessment.stale"]]);
    }
  });

  it("a rule added with data of its own brings that data's day (the employer minimums)", () => {
    const table = verifiedDays(["alberta/aaip-employer-requirements.json"])[0] as string;
    expect(aaipEmployerRequirements.verified).toBe(table);
    expect(
      extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { addTo: { "atp.job": [aaipEmployerRequirements] } }).verified,
    ).toBe(min([ruleSets.alberta.verified, table]));
    // The same rule with its data verified earlier than the rest's (as the table once was).
    const employer = "2026-08-21";
    expect(employer < ruleSets.alberta.verified).toBe(true);
    const older = { ...aaipEmployerRequirements, verified: isoDate(employer) };
    const strict = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { addTo: { "atp.job": [older] } });
    expect(strict.verified).toBe(employer);
    // Between the employer table's day and the rest's, only the extended set is stale.
    const between = isoDate("2026-09-01");
    expect(employer < between && between <= ruleSets.alberta.verified).toBe(true);
    const a = assessAcceleratedTechPathway(candidate, { asOf: between, ruleSet: strict });
    expect(a.verifiedThrough).toBe(employer);
    expect(a.caveats.map((c) => c.id)).toContain("assessment.stale");
    expect(assessAcceleratedTechPathway(candidate, { asOf: between }).caveats.map((c) => c.id)).not.toContain(
      "assessment.stale",
    );
    // A custom rule that says nothing of its data leaves the day as it was.
    const quiet = extendRuleSet(ACCELERATED_TECH_PATHWAY_RULES, { remove: ["alberta-ee.crs-minimum"] });
    expect(quiet.verified).toBe(ACCELERATED_TECH_PATHWAY_RULES.verified);
    // A rule set written by hand around the same tree, without extendRuleSet and without a day of
    // its own, still reports the employer table's day: the assessment reads the rules' days too.
    const byHand = { id: "by-hand", from: strict.from, rule: strict.rule };
    const handAssessed = assessAcceleratedTechPathway(candidate, { asOf: between, ruleSet: byHand });
    expect([handAssessed.verifiedThrough, handAssessed.caveats.map((c) => c.id)]).toEqual([
      employer,
      ["assessment.stale"],
    ]);
  });
});

describe("the freshness caveat", () => {
  it("is absent up to verifiedThrough and names it after (2030-01-01)", () => {
    const on = assessAcceleratedTechPathway(candidate, { asOf: isoDate("2026-11-25") });
    expect(on.caveats).toEqual([]);
    const later = assessAcceleratedTechPathway(candidate, { asOf: isoDate("2030-01-01") });
    expect(later.caveats).toEqual([
      { id: "assessment.stale", params: { verifiedThrough: later.verifiedThrough, asOf: "2030-01-01" } },
    ]);
    expect(later.caveats.map((c) => renderMessage(c, en))).toEqual([
      `The rules and data used were last verified against their official sources on ${later.verifiedThrough}; 2030-01-01 is later, and they may have changed since: check the official pages before relying on this answer.`,
    ]);
    const crs = calculateCrs(candidate, { asOf: isoDate("2030-01-01") });
    expect(
      crs.ok &&
        crs.caveats.some((c) => renderMessage(c, en).includes(`on ${crs.verifiedThrough}; 2030-01-01 is later`)),
    ).toBe(true);
  });

  it("a Worker EOI score carries it too: the grid's and the language charts' earliest day", () => {
    const [grid, language] = verifiedDays(["alberta/worker-eoi-grid.json", "ircc/language-equivalency.json"]);
    const expected = min([grid as string, language as string]);
    const on = scoreAlbertaWorkerEoi(candidate, { asOf: isoDate("2026-11-25") });
    expect(on.ok && [on.verifiedThrough, on.caveats]).toEqual([expected, []]);
    const later = scoreAlbertaWorkerEoi(candidate, { asOf: isoDate("2030-01-01") });
    expect(later.ok && later.caveats).toEqual([
      { id: "assessment.stale", params: { verifiedThrough: expected, asOf: "2030-01-01" } },
    ]);
  });

  it("starts the day after verifiedThrough", () => {
    const day = isoDate("2026-11-25");
    expect(freshnessCaveat(day, day)).toBeUndefined();
    expect(renderMessage(freshnessCaveat(day, isoDate("2026-11-26")) ?? text(""), en)).toContain(
      "on 2026-11-25; 2026-11-26 is later",
    );
    expect(earliestDay(day, isoDate("2026-12-06"), undefined, isoDate("2026-06-20"))).toBe("2026-06-20");
  });
});
