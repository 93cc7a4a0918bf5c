// `alberta-atp assess <file.json|->`: one candidate, one program, the explained verdict.
// `alberta-atp assess --jsonl <file|->` hands over to batch.ts.

import { message, renderAssessment, renderMessage, withProvincialNomination } from "../index.js";
import { asOfFlag, booleanFlag, choiceFlag, expectPositionals, parseCommandArgs, stringFlag } from "./args.js";
import { runBatch } from "./batch.js";
import { ExitCode, usageError } from "./exit-codes.js";
import { formatTree, makeStyle, type Style, sourceLine, symbol, useColor } from "./format.js";
import { type CliContext, inputMessage, readCandidate, writeLines } from "./io.js";
import { type CliLang, LANG_OPTION, langFlag } from "./lang.js";
import { type CliAssessment, PROGRAM_NAMES, PROGRAMS, type ProgramName } from "./programs.js";

const OPTIONS = {
  program: { type: "string" },
  "as-of": { type: "string" },
  json: { type: "boolean" },
  sources: { type: "boolean" },
  jsonl: { type: "string" },
  full: { type: "boolean" },
  stats: { type: "boolean" },
  workers: { type: "string" },
  ...LANG_OPTION,
} as const;

/** Most worker threads `--workers` accepts. */
const MAX_WORKERS = 64;

/** `--workers`: 0 (the default), "auto" or a whole number of threads up to 64. */
function workersFlag(value: string | undefined, lang: CliLang): number | "auto" {
  if (value === undefined) return 0;
  if (value === "auto") return "auto";
  const n = /^\d{1,2}$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 0 && n <= MAX_WORKERS)) {
    throw usageError(lang.usage.workers(MAX_WORKERS, value), "assess", lang.usage);
  }
  return n;
}

const STATUS_EXIT = { eligible: ExitCode.ok, ineligible: ExitCode.no, incomplete: ExitCode.undecided } as const;

export async function assessCommand(args: readonly string[], ctx: CliContext, asked: CliLang): Promise<number> {
  const parsed = parseCommandArgs("assess", args, OPTIONS, asked);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [asked.usage.help.assess]);
    return ExitCode.ok;
  }
  const program = choiceFlag(parsed, "assess", "program", PROGRAM_NAMES, "atp", asked);
  const lang = langFlag(parsed, "assess", asked);
  const asOf = asOfFlag(parsed, "assess", ctx.today, lang);
  const jsonl = stringFlag(parsed, "jsonl");
  if (jsonl !== undefined) {
    expectPositionals(parsed, "assess", [], lang);
    for (const flag of ["json", "sources"]) {
      if (booleanFlag(parsed, flag)) throw usageError(lang.usage.notForBatch(`--${flag}`), "assess", lang.usage);
    }
    const workers = workersFlag(stringFlag(parsed, "workers"), lang);
    return runBatch(
      jsonl,
      {
        program,
        asOf,
        lang: lang.name,
        full: booleanFlag(parsed, "full"),
        stats: booleanFlag(parsed, "stats"),
        workers,
      },
      ctx,
    );
  }
  for (const flag of ["full", "stats"]) {
    if (booleanFlag(parsed, flag)) throw usageError(lang.usage.batchOnly(`--${flag}`), "assess", lang.usage);
  }
  if (stringFlag(parsed, "workers") !== undefined) {
    throw usageError(lang.usage.batchOnly("--workers"), "assess", lang.usage);
  }
  const [file = "-"] = expectPositionals(parsed, "assess", ["file.json|-"], lang);
  const candidate = await readCandidate(file, ctx, lang);
  const assessment = PROGRAMS[program].assess(candidate, { asOf });

  if (booleanFlag(parsed, "json")) {
    // The data (message ids and params included) with every explanation's text in the language.
    writeLines(ctx.stdout, [JSON.stringify(renderAssessment(assessment, lang.locale), null, 2)]);
  } else {
    const style = makeStyle(useColor(ctx.stdout, ctx.env));
    writeLines(
      ctx.stdout,
      formatAssessment(assessment, {
        program,
        file,
        sources: booleanFlag(parsed, "sources"),
        style,
        lang,
      }),
    );
  }
  return STATUS_EXIT[assessment.status];
}

interface AssessmentTextOptions {
  readonly program: ProgramName;
  /** The file argument: a path, or `-` for standard input. */
  readonly file: string;
  readonly sources: boolean;
  readonly style: Style;
  readonly lang: CliLang;
}

const STATUS_VERDICT = { eligible: "pass", ineligible: "fail", incomplete: "unknown" } as const;

/**
 * The text report of an assessment rendered in the language: header, tree, result, what failed,
 * what is missing, next steps, the CRS score, caveats.
 */
export function formatAssessment(a: CliAssessment, options: AssessmentTextOptions): string[] {
  const { style, lang } = options;
  // The explanations in the language (the data is read from `a`).
  const rendered = renderAssessment(a, lang.locale);
  const heading = lang.say("cli.assess.heading", {
    program: message("cli.program", { program: options.program }),
    input: inputMessage(options.file),
    asOf: a.asOf,
  });
  const ruleSet = lang.say("cli.assess.rule-set", { id: a.ruleSet.id, from: a.ruleSet.from, to: a.ruleSet.to ?? null });
  const lines = [
    style.paint(heading, "bold"),
    style.paint(ruleSet, "dim"),
    "",
    ...formatTree(rendered.result, { sources: options.sources, style, lang }),
    "",
    `${lang.say("cli.assess.result", {})} ${symbol(STATUS_VERDICT[a.status], style)} ${style.paint(lang.say("cli.assess.status", { status: a.status }), "bold")}`,
  ];
  // The same rule can fail in several cases (the job offer and the current job): list it once.
  const failed = [...new Map(rendered.failed.map((r) => [`${r.id}\n${r.reason}`, r])).values()];
  if (failed.length > 0) {
    lines.push("", lang.say(a.status === "ineligible" ? "cli.assess.why-not" : "cli.assess.not-met-so-far", {}));
    for (const r of failed) lines.push(`  ${symbol("fail", style)} ${lang.colon(r.title, r.reason)}`);
  }
  if (a.missing.length > 0) {
    lines.push("", lang.say("cli.assess.missing", {}));
    for (const path of a.missing) lines.push(`  ? ${path}`);
  }
  if (a.uncertain.length > 0) {
    lines.push("", lang.say("cli.assess.uncertain", {}));
    for (const u of rendered.uncertain) lines.push(`  ? ${lang.colon(u.id, u.text)}`);
  }
  if (a.nextSteps !== undefined && a.nextSteps.length > 0) {
    lines.push("", lang.say("cli.assess.next-steps", {}));
    a.nextSteps.forEach((step, i) => {
      const due = step.due !== undefined ? ` ${lang.say("cli.assess.due", { due: step.due })}` : "";
      lines.push(`  ${i + 1}. ${renderMessage(step.message, lang.locale)}${due}`);
      if (options.sources) lines.push(style.paint(`       ${sourceLine(step.source, lang)}`, "dim"));
    });
  }
  if (a.crs !== undefined) {
    const nominated = withProvincialNomination(a.crs).total;
    lines.push("", lang.say("cli.assess.crs", { total: a.crs.total, nominated }));
  }
  lines.push("", style.paint(lang.say("cli.assess.verified", { date: a.verifiedThrough }), "dim"));
  for (const caveat of a.caveats) lines.push(lang.say("cli.caveat", { caveat }));
  return lines;
}
