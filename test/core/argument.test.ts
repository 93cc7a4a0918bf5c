// Exported helpers given an argument of the wrong kind: a TypeError naming the argument, in the
// words the other helpers use ("levels: expected ..., got null."), never an error from inside
// ("Cannot read properties of null", "is not iterable") nor a silent answer.
import { describe, expect, it } from "vitest";
import * as api from "../../src/index.js";
import { en } from "../../src/locales/en/index.js";
import { exampleCandidate, parse } from "../fixtures/alberta/builders.js";

const candidate = parse(exampleCandidate());
const day = api.isoDate("2026-11-25");
const chart = api.languageEquivalencyCharts("celpip-general")[0]?.value as api.EquivalencyChart;
const a = <T>(value: unknown) => value as T;

const CASES: ReadonlyArray<[string, () => unknown, RegExp]> = [
  [
    "allVerdicts(undefined)",
    () => api.allVerdicts(a(undefined)),
    /^verdicts: expected a list of verdicts, got nothing\.$/,
  ],
  [
    "allVerdicts with a hole",
    () => api.allVerdicts(a(["pass", undefined])),
    /^verdicts\[1\]: expected "pass", "fail" or "unknown", got nothing\.$/,
  ],
  ["allVerdicts(['x'])", () => api.allVerdicts(a(["x"])), /^verdicts\[0\]: expected "pass"/],
  ["anyVerdict(null)", () => api.anyVerdict(a(null)), /^verdicts: expected a list of verdicts, got null\.$/],
  ["anyVerdict(['no'])", () => api.anyVerdict(a(["no"])), /^verdicts\[0\]: expected "pass"/],
  ["negateVerdict('yes')", () => api.negateVerdict(a("yes")), /^verdict: expected "pass"/],
  [
    "verdictOf(null)",
    () => api.verdictOf(a(null)),
    /^condition: expected true, false or undefined \(not answered\), got null\.$/,
  ],
  ["verdictOf('no')", () => api.verdictOf(a("no")), /^condition: expected true, false or undefined/],
  ["formatPath(undefined)", () => api.formatPath(a(undefined)), /^path: expected a list of keys, got nothing\.$/],
  ["intervalDays(null)", () => api.intervalDays(a(null)), /^interval: expected \{ start, end \}, got null\.$/],
  ["overlapDays(null, null)", () => api.overlapDays(a(null), a(null)), /^a: expected \{ start, end \}/],
  [
    "minimumClb(null)",
    () => api.minimumClb(a(null)),
    /^levels: expected \{ reading, writing, listening, speaking \} as numbers, got null\.$/,
  ],
  ["minimumClb({})", () => api.minimumClb(a({})), /^levels: expected/],
  ["meetsClb(undefined, 7)", () => api.meetsClb(a(undefined), 7), /^levels: expected/],
  [
    "meetsClb(levels, {})",
    () => api.meetsClb({ reading: 7, writing: 7, listening: 7, speaking: 7 }, a({})),
    /^required: expected/,
  ],
  ["rankByClbSum(null)", () => api.rankByClbSum(a(null)), /^levels: expected/],
  [
    "minimumClb with NaN",
    () => api.minimumClb({ reading: Number.NaN, writing: 7, listening: 7, speaking: 7 }),
    /^levels: expected \{ reading, writing, listening, speaking \} as numbers, got an object\.$/,
  ],
  [
    "rankByClbSum with NaN",
    () => api.rankByClbSum({ reading: 7, writing: 7, listening: 7, speaking: Number.NaN }),
    /^levels: expected/,
  ],
  [
    "meetsClb(levels, NaN)",
    () => api.meetsClb({ reading: 7, writing: 7, listening: 7, speaking: 7 }, Number.NaN),
    /^required: expected a CLB level \(a number\), got NaN\.$/,
  ],
  [
    "educationRank('phd')",
    () => api.educationRank(a("phd")),
    /^level: expected one of less-than-secondary, secondary, .*, doctoral, got "phd"\.$/,
  ],
  [
    "clbOnChart(undefined, ...)",
    () => api.clbOnChart(a(undefined), "reading", 7),
    /^chart: expected an equivalency chart, got nothing\.$/,
  ],
  [
    "clbOnChart(chart, 'nope', 7)",
    () => api.clbOnChart(chart, a("nope"), 7),
    /^ability: expected reading, writing, listening or speaking, got "nope"\.$/,
  ],
  ["summarizeResult(null)", () => api.summarizeResult(a(null)), /^result: expected a rule result/],
  // Checked when called, before anything is iterated.
  ["walkResult(null)", () => api.walkResult(a(null)), /^result: expected a rule result/],
  [
    "clbOnChart({}, ...)",
    () => api.clbOnChart(a({}), "reading", 7),
    /^chart\.bands: expected the chart's bands by ability, got nothing\.$/,
  ],
  [
    "clbOnChart(chart, 'reading', NaN)",
    () => api.clbOnChart(chart, "reading", Number.NaN),
    /^score: expected a number, got NaN\.$/,
  ],
  ["renderResult(null, en)", () => api.renderResult(a(null), en), /^result: expected a rule result/],
  [
    "valueAsOf(null, day)",
    () => api.valueAsOf(a(null), day),
    /^versions: expected a list of \{ from, to\?, value \}, got null\.$/,
  ],
  ["valueAsOf([null], day)", () => api.valueAsOf(a([null]), day), /^versions\[0\]: expected/],
  [
    "withProvincialNomination(undefined)",
    () => api.withProvincialNomination(a(undefined)),
    /^breakdown: expected a CrsBreakdown/,
  ],
  [
    "withProvincialNomination({ asOf })",
    () => api.withProvincialNomination(a({ asOf: "2026-01-01" })),
    /^breakdown\.core: expected/,
  ],
  [
    "nextStepsFor with a status that is none of the three",
    () => api.nextStepsFor(candidate, day, a({ status: "maybe", missing: [] })),
    /^context\.status: expected "eligible", "ineligible" or "incomplete", got "maybe"\.$/,
  ],
  [
    "nextStepsFor with missing answers that are not a list",
    () => api.nextStepsFor(candidate, day, a({ status: "incomplete", missing: "jobOffer" })),
    /^context\.missing: expected a list of input paths, got "jobOffer"\.$/,
  ],
  [
    "notAnswered(5, 'x')",
    () => api.notAnswered(a(5), a("x")),
    /^reason: expected a message \(built with message\(\) or text\(\)\) or a string, got 5\.$/,
  ],
  [
    "notAnswered with missing not a list",
    () => api.notAnswered("Why", a("x")),
    /^missing: expected a list of input paths, got "x"\.$/,
  ],
  [
    "nextStepsFor(candidate, day, null)",
    () => api.nextStepsFor(candidate, day, a(null)),
    /^context: expected \{ status, missing/,
  ],
  [
    "qualifyingJobCases(undefined)",
    () => api.qualifyingJobCases(a(undefined)),
    /^facts: expected the facts deriveAlbertaFacts gives/,
  ],
  [
    "skilledWorkExperience({}, ...)",
    () => api.skilledWorkExperience(a({}), { asOf: day }),
    /^workHistory: expected a list of jobs/,
  ],
  [
    "continuousExperience(null, ...)",
    () => api.continuousExperience(a(null), { asOf: day }),
    /^workHistory: expected a list of jobs/,
  ],
  [
    "experienceByOccupation('x', ...)",
    () => api.experienceByOccupation(a("x"), { asOf: day }),
    /^workHistory: expected a list of jobs/,
  ],
];

describe("exported helpers refuse arguments of the wrong kind, naming the argument", () => {
  it.each(CASES)("%s", (_label, call, words) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(words);
  });

  it("crsTableHistory names a symbol it does not know as a CRS input error", () => {
    expect(() => api.crsTableHistory(a<"age">(Symbol("x")))).toThrow(
      new api.CrsInputError("invalid_factor", "name", 'No CRS table is named "Symbol(x)".'),
    );
  });

  it("renderAssessment refuses a value that contains itself with a RenderError", () => {
    const cyclic: Record<string, unknown> = { note: "x" };
    cyclic.self = cyclic;
    expect(() => api.renderAssessment(cyclic, en)).toThrow(api.RenderError);
    // A result whose children hold itself, in an assessment or on its own.
    const node = { id: "loop", title: "Loop", verdict: "pass", message: api.text("ok"), children: [] as unknown[] };
    node.children.push(node);
    expect(() => api.renderAssessment({ result: node }, en)).toThrow(api.RenderError);
    expect(() => api.renderResult(a(node), en)).toThrow(api.RenderError);
    // The same object twice, not within itself, renders.
    const shared = { message: api.text("shared") };
    expect(api.renderAssessment({ first: shared, second: shared }, en)).toMatchObject({
      first: { text: "shared" },
      second: { text: "shared" },
    });
  });

  it("the verdict helpers still answer for verdicts", () => {
    expect([api.allVerdicts([]), api.anyVerdict([]), api.verdictOf(undefined), api.negateVerdict("unknown")]).toEqual([
      "pass",
      "fail",
      "unknown",
      "unknown",
    ]);
  });
});
