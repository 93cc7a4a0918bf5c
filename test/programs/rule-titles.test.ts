// Rule titles are written once, in English in the rules and in French in the catalogue, and some
// name a number of the law (30 hours, CLB 7, 67 points). The numbers live in data/: this test ties
// each such title, in both languages, to the value the rules read, so that a change of the data
// that leaves a title behind fails here.
import { describe, expect, it } from "vitest";
import streamJson from "../../data/alberta/alberta-express-entry-stream.json" with { type: "json" };
import requirementsJson from "../../data/ircc/federal-requirements.json" with { type: "json" };
import gridJson from "../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import * as api from "../../src/index.js";
import { fr } from "../../src/locales/fr/index.js";

const last = <T>(series: { versions: readonly { value: T }[] }): T =>
  series.versions[series.versions.length - 1]?.value as T;
const req = requirementsJson.series;
const grid = last(gridJson);

/** Every rule of the shipped rule sets, by id. */
function rulesById(): Map<string, api.Rule<never>> {
  const byId = new Map<string, api.Rule<never>>();
  const walk = (rule: api.Rule<never>) => {
    byId.set(rule.id, rule);
    for (const child of rule.children ?? []) walk(child as api.Rule<never>);
  };
  for (const set of [
    api.ACCELERATED_TECH_PATHWAY_RULES,
    api.FEDERAL_SKILLED_WORKER_RULES,
    api.CANADIAN_EXPERIENCE_CLASS_RULES,
    api.FEDERAL_SKILLED_TRADES_RULES,
  ]) {
    walk(set.rule as api.Rule<never>);
  }
  return byId;
}

/** The numbers a title names, leaving out the TEER categories it names (`TEER 2 or 3`, `FÉER 2 ou 3`). */
const numbersOf = (title: string): number[] =>
  (title.replace(/(?:TEER|FÉER) \d(?: (?:or|ou) \d)?/g, "").match(/\d+/g) ?? []).map(Number);

/** Rule id → the numbers its title names, as the rules read them, in the order the title names them. */
const NUMBERED: Readonly<Record<string, readonly number[]>> = {
  "alberta-ee.crs-minimum": [last(streamJson.series.minimumCrs).points],
  "atp.job.full-time": [last(req.fullTimeHoursPerWeek).hours],
  "atp.job.offer-term": [last(streamJson.series.atpOfferMinimumMonths).months],
  "cec.experience.one-year": [last(req.cecExperienceWindowYears).years],
  "cec.language.clb5": [last(req.cecLanguageMinimum).low],
  "cec.language.clb7": [last(req.cecLanguageMinimum).high],
  "cec.language.teer-2-3-route": [last(req.cecLanguageMinimum).low],
  "fst.experience.two-years": [last(req.fstExperienceWindowYears).years],
  "fst.language.minimum": [last(req.fstLanguageMinimum).speaking, last(req.fstLanguageMinimum).reading],
  "fsw.experience.one-year": [last(req.fswExperienceWindowYears).years],
  "fsw.language.clb7": [grid.language.firstOfficialLanguageMinimumClb],
  "fsw.selection-points.67": [grid.passMark, grid.maximum],
};

describe("rule titles that name a number of the law", () => {
  const rules = rulesById();
  it.each(Object.entries(NUMBERED))("%s names the numbers the rules read, in English and French", (id, numbers) => {
    const rule = rules.get(id);
    if (rule === undefined) throw new Error(`no rule ${id}`);
    const french = fr.titles[id];
    if (french === undefined) throw new Error(`no French title for ${id}`);
    for (const title of [rule.title, french]) {
      expect(numbersOf(title)).toEqual(numbers);
    }
  });

  it("lists every shipped title that has a number in it", () => {
    const numbered = [...rules.values()]
      .filter((r) => numbersOf(r.title).length > 0)
      .map((r) => r.id)
      .sort();
    expect(numbered).toEqual(Object.keys(NUMBERED).sort());
  });
});
