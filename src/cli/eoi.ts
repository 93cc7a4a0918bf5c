// `alberta-atp eoi <file.json|->`: the AAIP Worker Expression of Interest score line by line, the
// certain and the maximum reachable totals, and how they compare with the recent ATP draws.

import {
  type AtpComparedDraw,
  type AtpDrawComparison,
  atpDrawComparison,
  type Candidate,
  type Citation,
  type InputIssue,
  type IsoDate,
  renderAssessment,
  renderMessage,
  scoreAlbertaWorkerEoi,
  type WorkerEoiLine,
  type WorkerEoiScore,
} from "../index.js";
import { asOfFlag, booleanFlag, expectPositionals, parseCommandArgs } from "./args.js";
import { CliError, ExitCode, usageError } from "./exit-codes.js";
import { formatCitation, makeStyle, type Style, sourceLine, useColor } from "./format.js";
import { type CliContext, formatIssue, inputMessage, issuesJson, issuesText, readCandidate, writeLines } from "./io.js";
import { type CliLang, LANG_OPTION, langFlag } from "./lang.js";

const OPTIONS = {
  "as-of": { type: "string" },
  json: { type: "boolean" },
  sources: { type: "boolean" },
  ...LANG_OPTION,
} as const;

export async function eoiCommand(args: readonly string[], ctx: CliContext, asked: CliLang): Promise<number> {
  const parsed = parseCommandArgs("eoi", args, OPTIONS, asked);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [asked.usage.help.eoi]);
    return ExitCode.ok;
  }
  const lang = langFlag(parsed, "eoi", asked);
  const asOf = asOfFlag(parsed, "eoi", ctx.today, lang);
  const [file = "-"] = expectPositionals(parsed, "eoi", ["file.json|-"], lang);
  const candidate = await readCandidate(file, ctx, lang);
  const json = booleanFlag(parsed, "json");
  const result = scoreAlbertaWorkerEoi(candidate, { asOf });
  if (!result.ok) {
    if (!result.unknown) throw eoiIssuesError(file, result.issues, lang);
    if (json) {
      // Issues in the shape every command's JSON gives them: path, code, message in the language.
      const unknown = { status: "unknown", asOf, issues: issuesJson(result.issues, lang) };
      writeLines(ctx.stdout, [JSON.stringify(unknown, null, 2)]);
    }
    writeLines(ctx.stderr, [
      `alberta-atp: ${lang.say("cli.eoi.no-score", { asOf })}`,
      ...result.issues.map((issue) => formatIssue(issue, lang)),
    ]);
    return ExitCode.undecided;
  }
  const draws = compareWithDraws(result.total, asOf, lang, candidate);
  const drawsAtMaximum =
    result.maximumReachable > result.total ? compareWithDraws(result.maximumReachable, asOf, lang) : undefined;
  if (json) {
    const out = { score: result, draws, ...(drawsAtMaximum !== undefined ? { drawsAtMaximum } : {}) };
    // The data (message ids and params included) with every explanation's text in the language.
    writeLines(ctx.stdout, [JSON.stringify(renderAssessment(out, lang.locale), null, 2)]);
    return ExitCode.ok;
  }
  const style = makeStyle(useColor(ctx.stdout, ctx.env));
  writeLines(
    ctx.stdout,
    formatEoi(result, draws, drawsAtMaximum, {
      file,
      style,
      sources: booleanFlag(parsed, "sources"),
      lang,
    }),
  );
  return ExitCode.ok;
}

/** Issues with --as-of alone are a usage error (64); any other is the input's (65), by path, as for `crs`. */
function eoiIssuesError(file: string, issues: readonly InputIssue[], lang: CliLang): CliError {
  if (issues.length > 0 && issues.every((i) => i.path === "asOf")) {
    return usageError(lang.colon("--as-of", issuesText(issues, lang)), "eoi", lang.usage);
  }
  return new CliError(ExitCode.data, lang.say("cli.eoi.cannot-score", { input: inputMessage(file) }), {
    details: issues.map((issue) => formatIssue(issue, lang)),
    json: { status: "invalid", file, issues: issuesJson(issues, lang) },
  });
}

/**
 * The draws comparison of a score (with the candidate: each draw's parameters checked); its only
 * issues would be --as-of's (already checked by the score).
 */
function compareWithDraws(score: number, asOf: IsoDate, lang: CliLang, candidate?: Candidate): AtpDrawComparison {
  const c = atpDrawComparison(score, candidate === undefined ? { asOf } : { asOf, candidate });
  if (!c.ok) throw usageError(lang.colon("--as-of", issuesText(c.issues, lang)), "eoi", lang.usage);
  return c;
}

/** `  7 / 12`: the points first, so that long factor names do not push the numbers apart. */
function pointsText(points: number, maximum: number): string {
  return `${String(points).padStart(3)} / ${String(maximum).padStart(3)}`;
}

/**
 * The grid's wording of the option that gave the points, in the language ("Bachelor's degree"); ""
 * when there is none, or when it only repeats the factor's name ("Permanent full-time job offer in
 * Alberta").
 */
function optionText(line: WorkerEoiLine, lang: CliLang): string {
  if (line.optionMessage === undefined) return "";
  const option = lang.render(line.optionMessage);
  return option === lang.render(line.message) ? "" : option;
}

function formatLine(
  line: WorkerEoiLine,
  options: { readonly style: Style; readonly sources: boolean; readonly lang: CliLang },
): string[] {
  const { lang } = options;
  const option = optionText(line, lang);
  const label = lang.render(line.message);
  const out = [`  ${pointsText(line.points, line.maximum)}  ${option === "" ? label : lang.colon(label, option)}`];
  if (line.maximumReachable > line.points) {
    const upTo = lang.say("cli.eoi.up-to", { points: line.maximumReachable, answer: line.missing });
    out.push(options.style.paint(`             ${upTo}`, "yellow"));
  }
  if (options.sources) {
    out.push(options.style.paint(`             ${sourceLine(line.source, options.lang)}`, "dim"));
    if (line.clarifiedBy !== undefined) {
      out.push(
        options.style.paint(
          `             ${lang.colon(lang.say("cli.eoi.read-as", {}), formatCitation(line.clarifiedBy, lang))}`,
          "dim",
        ),
      );
    }
  }
  return out;
}

/** The most a set of lines can give: the sum of their factors' maxima (69, 31 and 100 in the 2025 grid). */
const maximumOf = (lines: readonly WorkerEoiLine[]): number => lines.reduce((s, l) => s + l.maximum, 0);

/** The text report: the lines by group, the totals, the unanswered questions and the draws. */
export function formatEoi(
  score: WorkerEoiScore,
  draws: AtpDrawComparison,
  drawsAtMaximum: AtpDrawComparison | undefined,
  options: { readonly file: string; readonly style: Style; readonly sources: boolean; readonly lang: CliLang },
): string[] {
  const { style, lang } = options;
  const heading = lang.say("cli.eoi.heading", { input: inputMessage(options.file), asOf: score.asOf });
  const lines = [
    style.paint(heading, "bold"),
    lang.say("cli.eoi.grid", { title: score.source.title, effective: score.source.effective ?? null }),
  ];
  for (const group of ["I", "II"] as const) {
    const members = score.lines.filter((l) => l.group === group);
    const certainPoints = group === "I" ? score.groupI : score.groupII;
    const reachable = members.reduce((s, l) => s + l.maximumReachable, 0);
    lines.push("", lang.say("cli.eoi.group", { group, maximum: maximumOf(members) }));
    for (const line of members) lines.push(...formatLine(line, options));
    const subtotal = lang.say("cli.eoi.subtotal", { group, reachable: reachable > certainPoints ? reachable : null });
    lines.push(style.paint(`  ${pointsText(certainPoints, maximumOf(members))}  ${subtotal}`, "bold"));
  }
  lines.push(
    "",
    style.paint(`  ${pointsText(score.total, maximumOf(score.lines))}  ${lang.say("cli.eoi.total", {})}`, "bold"),
    `  ${pointsText(score.maximumReachable, maximumOf(score.lines))}  ${lang.say("cli.eoi.maximum", {})}`,
  );
  if (score.missing.length > 0) {
    lines.push("", lang.say("cli.not-counted", {}));
    for (const path of score.missing) lines.push(`  ? ${path}`);
  }
  if (score.notes.length > 0) {
    lines.push("", lang.say("cli.eoi.notes", {}));
    for (const note of score.notes) {
      lines.push(`  ${renderMessage(note.message, lang.locale)}`);
      if (options.sources) lines.push(style.paint(`  ${sourceLine(note.source, lang)}`, "dim"));
    }
  }
  if (score.caveats.length > 0) {
    lines.push("", lang.say("cli.crs.caveats", {}));
    for (const caveat of score.caveats) lines.push(`  - ${lang.render(caveat)}`);
  }
  lines.push("", style.paint(lang.say("cli.crs.verified", { date: score.verifiedThrough }), "dim"));
  lines.push("", ...formatDraws(draws, drawsAtMaximum, style, lang));
  if (options.sources) {
    lines.push("", lang.say("cli.eoi.grid-source", {}), style.paint(`  ${formatCitation(score.source, lang)}`, "dim"));
  }
  lines.push("", lang.say("cli.eoi.not-advice", {}));
  return lines;
}

function drawLine(draw: AtpComparedDraw, lang: CliLang): string {
  const secondary = draw.source.secondary === true ? `  ${lang.say("cli.secondary-source", {})}` : "";
  const line = lang.say("cli.eoi.draw", {
    date: draw.date,
    minimum: draw.minimumScore,
    invitations: draw.invitations,
    atOrAbove: draw.atOrAbove,
  });
  return `  ${line}${secondary}`;
}

const VERDICT_MARK = { pass: "✔", fail: "✘", unknown: "?" } as const;

/** Under a draw with published parameters: one line per parameter, checked against the candidate. */
function parameterLines(draw: AtpComparedDraw, style: Style, lang: CliLang): string[] {
  const selection = draw.selection;
  if (selection === undefined || !selection.published) return [];
  return selection.checks.map((c) => {
    const line = `      ${VERDICT_MARK[c.verdict]} ${lang.colon(lang.render(c.parameter.message), lang.render(c.message))}`;
    return c.verdict === "pass" ? line : style.paint(line, c.verdict === "fail" ? "red" : "yellow");
  });
}

/** The distinct sources of the draws listed and of the allocation shown, the official page first. */
function drawSources(draws: AtpDrawComparison): Citation[] {
  const all = [
    draws.source,
    ...draws.draws.map((d) => d.source),
    ...(draws.allocation === undefined ? [] : [draws.allocation.source]),
  ];
  return all.filter((s, i) => all.findIndex((t) => t.url === s.url) === i);
}

/** The ATP draws of the window, whether the certain score reached each, and the statements. */
export function formatDraws(
  draws: AtpDrawComparison,
  drawsAtMaximum: AtpDrawComparison | undefined,
  style: Style,
  lang: CliLang,
): string[] {
  const lines = [style.paint(lang.say("cli.eoi.draws", { from: draws.from, to: draws.to }), "bold")];
  for (const d of draws.draws) lines.push(drawLine(d, lang), ...parameterLines(d, style, lang));
  if (draws.draws.length === 0) lines.push(`  ${lang.say("cli.eoi.no-draws", {})}`);
  lines.push(`  ${lang.render(draws.message)}`);
  if (drawsAtMaximum !== undefined && drawsAtMaximum.of > 0) {
    const { score, atOrAbove, of } = drawsAtMaximum;
    lines.push(`  ${lang.say("cli.eoi.at-maximum", { score, atOrAbove, of })}`);
  }
  if (draws.selectionMessage !== undefined) {
    lines.push(`  ${lang.say("cli.eoi.selection", {})} ${lang.render(draws.selectionMessage)}`);
  }
  const a = draws.allocation;
  if (a !== undefined) {
    const { year, updated, allocation, issued, remaining, eoiPool: pool } = a;
    const secondary = a.source.secondary === true ? ` ${lang.say("cli.secondary-source", {})}` : "";
    lines.push(
      `  ${lang.say("cli.eoi.allocation", { year, updated, allocation, issued, remaining, pool })}${secondary}`,
    );
  }
  const { verified, knownFrom: from, knownThrough: through } = draws;
  lines.push(`  ${lang.say("cli.eoi.draw-data", { verified, from, through })}`);
  for (const source of drawSources(draws)) lines.push(style.paint(`  ${sourceLine(source, lang)}`, "dim"));
  return lines;
}
