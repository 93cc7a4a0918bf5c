// `alberta-atp eoi <file.json|->`: the AAIP Worker Expression of Interest score line by line, the
// certain and the maximum reachable totals, and how they compare with the recent ATP draws.

import { formatEnCa } from "../core/format-number.js";
import {
  type AtpComparedDraw,
  type AtpDrawComparison,
  atpDrawComparison,
  type Candidate,
  type Citation,
  type InputIssue,
  type IsoDate,
  scoreAlbertaWorkerEoi,
  type WorkerEoiLine,
  type WorkerEoiScore,
} from "../index.js";
import { asOfFlag, booleanFlag, expectPositionals, parseCommandArgs } from "./args.js";
import { CliError, ExitCode, usageError } from "./exit-codes.js";
import { formatCitation, makeStyle, type Style, useColor } from "./format.js";
import { type CliContext, formatIssue, inputName, issuesJson, issueText, readCandidate, writeLines } from "./io.js";

export const EOI_HELP = `Usage:
  alberta-atp eoi <file.json|-> [options]

Prints the Alberta Advantage Immigration Program (AAIP) Worker Expression of Interest score: every
factor of the 100-point grid (Group I human capital, at most 69; Group II economic factors, at most
31), the points that are certain, the most the score could reach once the unanswered questions are
answered, and how both compare with the Accelerated Tech Pathway draws of the 12 months before
--as-of, with the candidate checked against each draw's published selection parameters (✔ met,
✘ not met, ? undecided). The draws are history, not a promise: each draw sets its own minimum score.

Options:
  --as-of <date>     the day to score on, YYYY-MM-DD (default: today)
  --json             print JSON: { score, draws, drawsAtMaximum? }
  --sources          print the source of each line
  -h, --help         show this help

Exit codes: 0 scored, 2 the grid in force on --as-of is not known to us (2024-09-30 to 2025-08-06),
64 usage error (including an --as-of before the Worker EOI began on 2024-09-30), 65 invalid input
(including a candidate the grid cannot score: a date of birth after --as-of, a test score off its
scale), 66 cannot open the input.`;

const OPTIONS = {
  "as-of": { type: "string" },
  json: { type: "boolean" },
  sources: { type: "boolean" },
} as const;

export async function eoiCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs("eoi", args, OPTIONS);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [EOI_HELP]);
    return ExitCode.ok;
  }
  const asOf = asOfFlag(parsed, "eoi", ctx.today);
  const [file = "-"] = expectPositionals(parsed, "eoi", ["file.json|-"]);
  const candidate = await readCandidate(file, ctx);
  const json = booleanFlag(parsed, "json");
  const result = scoreAlbertaWorkerEoi(candidate, { asOf });
  if (!result.ok) {
    if (!result.unknown) throw eoiIssuesError(file, result.issues);
    if (json) {
      writeLines(ctx.stdout, [JSON.stringify({ status: "unknown", asOf, issues: issuesJson(result.issues) }, null, 2)]);
    }
    writeLines(ctx.stderr, [`alberta-atp: no Worker EOI score on ${asOf}:`, ...result.issues.map(formatIssue)]);
    return ExitCode.undecided;
  }
  const draws = compareWithDraws(result.total, asOf, candidate);
  const drawsAtMaximum =
    result.maximumReachable > result.total ? compareWithDraws(result.maximumReachable, asOf) : undefined;
  if (json) {
    const out = { score: result, draws, ...(drawsAtMaximum !== undefined ? { drawsAtMaximum } : {}) };
    writeLines(ctx.stdout, [JSON.stringify(out, null, 2)]);
    return ExitCode.ok;
  }
  const style = makeStyle(useColor(ctx.stdout, ctx.env));
  writeLines(
    ctx.stdout,
    formatEoi(result, draws, drawsAtMaximum, { file: inputName(file), style, sources: booleanFlag(parsed, "sources") }),
  );
  return ExitCode.ok;
}

function messages(issues: readonly InputIssue[]): string {
  return issues.map(issueText).join(" ");
}

/** Issues with --as-of alone are a usage error (64); any other is the input's (65), by path, as for `crs`. */
function eoiIssuesError(file: string, issues: readonly InputIssue[]): CliError {
  if (issues.length > 0 && issues.every((i) => i.path === "asOf")) {
    return usageError(`--as-of: ${messages(issues)}`, "eoi");
  }
  return new CliError(ExitCode.data, `${inputName(file)}: the Worker EOI cannot be scored for this candidate:`, {
    details: issues.map(formatIssue),
    json: { status: "invalid", file, issues: issuesJson(issues) },
  });
}

/**
 * The draws comparison of a score (with the candidate: each draw's parameters checked); its only
 * issues would be --as-of's (already checked by the score).
 */
function compareWithDraws(score: number, asOf: IsoDate, candidate?: Candidate): AtpDrawComparison {
  const c = atpDrawComparison(score, candidate === undefined ? { asOf } : { asOf, candidate });
  if (!c.ok) throw usageError(`--as-of: ${messages(c.issues)}`, "eoi");
  return c;
}

/** `  7 / 12`: the points first, so that long factor names do not push the numbers apart. */
function pointsText(points: number, maximum: number): string {
  return `${String(points).padStart(3)} / ${String(maximum).padStart(3)}`;
}

/**
 * `: Bachelor's degree`: the grid's wording of the option that gave the points; nothing when there
 * is none, or when it only repeats the factor's name ("Permanent full-time job offer in Alberta").
 */
function optionText(line: WorkerEoiLine): string {
  const label = line.optionLabel ?? line.option;
  return label === undefined || label === line.label ? "" : `: ${label}`;
}

function formatLine(line: WorkerEoiLine, options: { readonly style: Style; readonly sources: boolean }): string[] {
  const option = optionText(line);
  const out = [`  ${pointsText(line.points, line.maximum)}  ${line.label}${option}`];
  if (line.maximumReachable > line.points) {
    const answer = line.missing.length > 0 ? `: answer ${line.missing.join(", ")}` : "";
    out.push(options.style.paint(`             ? up to ${line.maximumReachable}${answer}`, "yellow"));
  }
  if (options.sources) {
    out.push(options.style.paint(`             source: ${formatCitation(line.source)}`, "dim"));
    if (line.clarifiedBy !== undefined) {
      out.push(options.style.paint(`             read as: ${formatCitation(line.clarifiedBy)}`, "dim"));
    }
  }
  return out;
}

const GROUP_TITLE = { I: "Group I. Human capital", II: "Group II. Economic factors" } as const;

/** The most a set of lines can give: the sum of their factors' maxima (69, 31 and 100 in the 2025 grid). */
const maximumOf = (lines: readonly WorkerEoiLine[]): number => lines.reduce((s, l) => s + l.maximum, 0);

/** The text report: the lines by group, the totals, the unanswered questions and the draws. */
export function formatEoi(
  score: WorkerEoiScore,
  draws: AtpDrawComparison,
  drawsAtMaximum: AtpDrawComparison | undefined,
  options: { readonly file: string; readonly style: Style; readonly sources: boolean },
): string[] {
  const { style } = options;
  const effective = score.source.effective !== undefined ? `, in force from ${score.source.effective}` : "";
  const lines = [
    style.paint(`AAIP Worker Expression of Interest score: ${options.file}, as of ${score.asOf}`, "bold"),
    `Grid: ${score.source.title}${effective}`,
  ];
  for (const group of ["I", "II"] as const) {
    const members = score.lines.filter((l) => l.group === group);
    const certainPoints = group === "I" ? score.groupI : score.groupII;
    const reachable = members.reduce((s, l) => s + l.maximumReachable, 0);
    lines.push("", `${GROUP_TITLE[group]} (at most ${maximumOf(members)})`);
    for (const line of members) lines.push(...formatLine(line, options));
    const upTo = reachable > certainPoints ? ` (up to ${reachable})` : "";
    lines.push(
      style.paint(`  ${pointsText(certainPoints, maximumOf(members))}  Subtotal Group ${group}${upTo}`, "bold"),
    );
  }
  lines.push(
    "",
    style.paint(
      `  ${pointsText(score.total, maximumOf(score.lines))}  Total: the points certain from the answers given`,
      "bold",
    ),
    `  ${pointsText(score.maximumReachable, maximumOf(score.lines))}  Maximum reachable, if every unanswered question is answered favourably`,
  );
  if (score.missing.length > 0) {
    lines.push("", "Not counted until answered (these could add points):");
    for (const path of score.missing) lines.push(`  ? ${path}`);
  }
  if (score.notes.length > 0) {
    lines.push("", "Asked by the Worker EOI, for no points:");
    for (const note of score.notes) {
      lines.push(`  ${note.message}`);
      if (options.sources) lines.push(style.paint(`  source: ${formatCitation(note.source)}`, "dim"));
    }
  }
  lines.push("", ...formatDraws(draws, drawsAtMaximum, style));
  if (options.sources) lines.push("", "Grid source:", style.paint(`  ${formatCitation(score.source)}`, "dim"));
  lines.push("", "Not legal advice: the grid is encoded from the AAIP's published points grid, with its source.");
  return lines;
}

function drawLine(draw: AtpComparedDraw): string {
  const mark = draw.atOrAbove ? "at or above" : "below";
  const secondary = draw.source.secondary === true ? "  (secondary source)" : "";
  return `  ${draw.date}  minimum ${String(draw.minimumScore).padStart(3)}  ${String(draw.invitations).padStart(5)} invitations  ${mark}${secondary}`;
}

const VERDICT_MARK = { pass: "✔", fail: "✘", unknown: "?" } as const;

/** Under a draw with published parameters: one line per parameter, checked against the candidate. */
function parameterLines(draw: AtpComparedDraw, style: Style): string[] {
  const selection = draw.selection;
  if (selection === undefined || !selection.published) return [];
  return selection.checks.map((c) => {
    const line = `      ${VERDICT_MARK[c.verdict]} ${c.parameter.text}: ${c.reason}`;
    return c.verdict === "pass" ? line : style.paint(line, c.verdict === "fail" ? "red" : "yellow");
  });
}

/** The distinct sources of the draws listed, the official page first. */
function drawSources(draws: AtpDrawComparison): Citation[] {
  const all = [draws.source, ...draws.draws.map((d) => d.source)];
  return all.filter((s, i) => all.findIndex((t) => t.url === s.url) === i);
}

/** The ATP draws of the window, whether the certain score reached each, and the statements. */
export function formatDraws(
  draws: AtpDrawComparison,
  drawsAtMaximum: AtpDrawComparison | undefined,
  style: Style,
): string[] {
  const lines = [style.paint(`Accelerated Tech Pathway draws from ${draws.from} to ${draws.to}:`, "bold")];
  for (const d of draws.draws) lines.push(drawLine(d), ...parameterLines(d, style));
  if (draws.draws.length === 0) lines.push("  none in our data");
  lines.push(`  ${draws.statement}`);
  if (drawsAtMaximum !== undefined && drawsAtMaximum.of > 0) {
    lines.push(
      `  At the maximum reachable score of ${drawsAtMaximum.score}: at or above the minimum of ${drawsAtMaximum.atOrAbove} of ${drawsAtMaximum.of}.`,
    );
  }
  if (draws.selectionStatement !== undefined) lines.push(`  Selection parameters: ${draws.selectionStatement}`);
  const a = draws.allocation;
  if (a !== undefined) {
    lines.push(
      `  ${a.year} Accelerated Tech Pathway nominations (page last updated ${a.updated}): ${formatEnCa(a.allocation)} allocated, ${formatEnCa(a.issued)} issued, ${formatEnCa(a.remaining)} remaining; ${formatEnCa(a.eoiPool)} ATP expressions of interest in the pool.${a.source.secondary === true ? " (secondary source)" : ""}`,
    );
  }
  lines.push(
    `  Draw data last checked ${draws.verified}; it covers ${draws.knownFrom} to ${draws.knownThrough}, except the days named above.`,
  );
  for (const source of drawSources(draws)) lines.push(style.paint(`  source: ${formatCitation(source)}`, "dim"));
  return lines;
}
