// `alberta-atp assess <file.json|->`: one candidate, one program, the explained verdict.
// `alberta-atp assess --jsonl <file|->` hands over to batch.ts.

import { renderMessage, withProvincialNomination } from "../index.js";
import { en } from "../locales/en/index.js";
import { asOfFlag, booleanFlag, choiceFlag, expectPositionals, parseCommandArgs, stringFlag } from "./args.js";
import { runBatch } from "./batch.js";
import { ExitCode, usageError } from "./exit-codes.js";
import { formatCitation, formatTree, makeStyle, type Style, symbol, useColor } from "./format.js";
import { type CliContext, inputName, readCandidate, writeLines } from "./io.js";
import { type CliAssessment, PROGRAM_NAMES, PROGRAMS } from "./programs.js";

export const ASSESS_HELP = `Usage:
  alberta-atp assess <file.json|-> [options]     assess one candidate (- reads standard input)
  alberta-atp assess --jsonl <file|-> [options]  assess one candidate per line, streaming

Prints the verdict tree (one line per rule: ✔ met, ✘ not met, ? undecided, with the reason), the
facts still missing and, for the Accelerated Tech Pathway, the next steps.

Options:
  --program <name>    atp (default), alberta-ee, express-entry, fsw, cec or fst
  --as-of <date>      the day to assess on, YYYY-MM-DD (default: today)
  --json              print the assessment as JSON instead of text
  --sources           print the source of every rule (text output)
  --jsonl <file|->    batch: read JSON Lines, write one JSON result per line to stdout
  --full              batch: include the whole assessment in each result line
  --stats             batch: also print peak memory and throughput on stderr
  --workers <n|auto>  batch: assess in n worker threads (default 0: in the main thread, least
                      memory); auto: one per core once a batch passes 1,000 lines. Faster on
                      several cores, about 50 MB more memory per thread; same output, same order
  -h, --help          show this help

A line of a batch is a candidate, or {"id": ..., "candidate": {...}} to carry your own id.

Exit codes: 0 eligible (batch: the batch ran), 1 ineligible, 2 incomplete, 64 usage error,
65 invalid input (not JSON, not a valid candidate), 66 cannot open the input.`;

const OPTIONS = {
  program: { type: "string" },
  "as-of": { type: "string" },
  json: { type: "boolean" },
  sources: { type: "boolean" },
  jsonl: { type: "string" },
  full: { type: "boolean" },
  stats: { type: "boolean" },
  workers: { type: "string" },
} as const;

/** Most worker threads `--workers` accepts. */
const MAX_WORKERS = 64;

/** `--workers`: 0 (the default), "auto" or a whole number of threads up to 64. */
function workersFlag(value: string | undefined): number | "auto" {
  if (value === undefined) return 0;
  if (value === "auto") return "auto";
  const n = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n <= MAX_WORKERS)) {
    throw usageError(
      `--workers: expected "auto" or a whole number from 0 to ${MAX_WORKERS}; got ${JSON.stringify(value)}.`,
      "assess",
    );
  }
  return n;
}

const STATUS_EXIT = { eligible: ExitCode.ok, ineligible: ExitCode.no, incomplete: ExitCode.undecided } as const;

export async function assessCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs("assess", args, OPTIONS);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [ASSESS_HELP]);
    return ExitCode.ok;
  }
  const program = choiceFlag(parsed, "assess", "program", PROGRAM_NAMES, "atp");
  const asOf = asOfFlag(parsed, "assess", ctx.today);
  const jsonl = stringFlag(parsed, "jsonl");
  if (jsonl !== undefined) {
    expectPositionals(parsed, "assess", []);
    for (const flag of ["json", "sources"]) {
      if (booleanFlag(parsed, flag))
        throw usageError(`--${flag} does not apply to --jsonl (its output is JSON).`, "assess");
    }
    const workers = workersFlag(stringFlag(parsed, "workers"));
    return runBatch(
      jsonl,
      { program, asOf, full: booleanFlag(parsed, "full"), stats: booleanFlag(parsed, "stats"), workers },
      ctx,
    );
  }
  for (const flag of ["full", "stats"]) {
    if (booleanFlag(parsed, flag)) throw usageError(`--${flag} applies only to a batch (--jsonl).`, "assess");
  }
  if (stringFlag(parsed, "workers") !== undefined) {
    throw usageError("--workers applies only to a batch (--jsonl).", "assess");
  }
  const [file = "-"] = expectPositionals(parsed, "assess", ["file.json|-"]);
  const candidate = await readCandidate(file, ctx);
  const assessment = PROGRAMS[program].assess(candidate, { asOf });

  if (booleanFlag(parsed, "json")) {
    writeLines(ctx.stdout, [JSON.stringify(assessment, null, 2)]);
  } else {
    const style = makeStyle(useColor(ctx.stdout, ctx.env));
    writeLines(
      ctx.stdout,
      formatAssessment(assessment, {
        programName: PROGRAMS[program].name,
        file: inputName(file),
        sources: booleanFlag(parsed, "sources"),
        style,
      }),
    );
  }
  return STATUS_EXIT[assessment.status];
}

interface AssessmentTextOptions {
  readonly programName: string;
  readonly file: string;
  readonly sources: boolean;
  readonly style: Style;
}

const STATUS_WORDS = {
  eligible: "ELIGIBLE",
  ineligible: "NOT ELIGIBLE",
  incomplete: "UNDECIDED",
} as const;

const STATUS_VERDICT = { eligible: "pass", ineligible: "fail", incomplete: "unknown" } as const;

/** The text report of an assessment: header, tree, result, what failed, what is missing, next steps. */
export function formatAssessment(a: CliAssessment, options: AssessmentTextOptions): string[] {
  const { style } = options;
  const ruleSetDates = `${a.ruleSet.from}${a.ruleSet.to !== undefined ? ` to ${a.ruleSet.to}` : " onwards"}`;
  const lines = [
    style.paint(`${options.programName}: ${options.file}, as of ${a.asOf}`, "bold"),
    style.paint(`Rule set ${a.ruleSet.id} (in force ${ruleSetDates})`, "dim"),
    "",
    ...formatTree(a.result, { sources: options.sources, style }),
    "",
    `Result: ${symbol(STATUS_VERDICT[a.status], style)} ${style.paint(STATUS_WORDS[a.status], "bold")}`,
  ];
  // The same rule can fail in several cases (the job offer and the current job): list it once.
  const failed = [...new Map(a.failed.map((r) => [`${r.id}\n${r.reason}`, r])).values()];
  if (failed.length > 0) {
    lines.push("", a.status === "ineligible" ? "Why not:" : "Not met so far:");
    for (const r of failed) lines.push(`  ${symbol("fail", style)} ${r.title}: ${r.reason}`);
  }
  if (a.missing.length > 0) {
    lines.push("", "Missing facts (answer these to decide):");
    for (const path of a.missing) lines.push(`  ? ${path}`);
  }
  if (a.uncertain.length > 0) {
    lines.push("", "The rules on this date are uncertain (no answer can settle these):");
    for (const u of a.uncertain) lines.push(`  ? ${u.id}: ${u.reason}`);
  }
  if (a.nextSteps !== undefined && a.nextSteps.length > 0) {
    lines.push("", "Next steps:");
    a.nextSteps.forEach((step, i) => {
      const due = step.due !== undefined ? ` (by ${step.due})` : "";
      lines.push(`  ${i + 1}. ${renderMessage(step.message, en)}${due}`);
      if (options.sources) lines.push(style.paint(`       source: ${formatCitation(step.source)}`, "dim"));
    });
  }
  if (a.crs !== undefined) {
    const nominated = withProvincialNomination(a.crs).total;
    lines.push(
      "",
      `CRS score ${a.crs.total} (with a provincial nomination: ${nominated}). Run 'alberta-atp crs' for the breakdown.`,
    );
  }
  lines.push("", style.paint(`Rules and data verified against their sources through ${a.verifiedThrough}.`, "dim"));
  for (const caveat of a.caveats) lines.push(`Caveat: ${renderMessage(caveat, en)}`);
  return lines;
}
