// `alberta-atp crs <file.json|-> [--improvements]`: the CRS score by section and line, the total,
// the total with a provincial nomination and, on request, the single changes that add points.

import {
  type CrsBreakdown,
  type CrsImprovementsResult,
  calculateCrs,
  crsImprovements,
  crsTablesAsOf,
  type InputIssue,
  renderAssessment,
  withProvincialNomination,
} from "../index.js";
import { asOfFlag, booleanFlag, expectPositionals, parseCommandArgs } from "./args.js";
import { CliError, ExitCode, usageError } from "./exit-codes.js";
import { dotted, formatCitation, makeStyle, type Style, useColor } from "./format.js";
import { type CliContext, formatIssue, inputMessage, issuesJson, issuesText, readCandidate, writeLines } from "./io.js";
import { type CliLang, LANG_OPTION, langFlag } from "./lang.js";

const OPTIONS = {
  "as-of": { type: "string" },
  improvements: { type: "boolean" },
  json: { type: "boolean" },
  sources: { type: "boolean" },
  ...LANG_OPTION,
} as const;

/** The breakdown of a CRS result, without its `ok`. */
function breakdownOf(result: { readonly ok: true } & CrsBreakdown): CrsBreakdown {
  const { ok: _ok, ...breakdown } = result;
  return breakdown;
}

/** Issues of the CRS: about `asOf` they are a usage error (the flag), else a data error. */
function crsIssuesError(file: string, issues: readonly InputIssue[], lang: CliLang): CliError {
  if (issues.length > 0 && issues.every((i) => i.path === "asOf")) {
    return usageError(lang.colon("--as-of", issuesText(issues, lang)), "crs", lang.usage);
  }
  return new CliError(ExitCode.data, lang.say("cli.crs.cannot-score", { input: inputMessage(file) }), {
    details: issues.map((issue) => formatIssue(issue, lang)),
    json: { status: "invalid", file, issues: issuesJson(issues, lang) },
  });
}

export async function crsCommand(args: readonly string[], ctx: CliContext, asked: CliLang): Promise<number> {
  const parsed = parseCommandArgs("crs", args, OPTIONS, asked);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [asked.usage.help.crs]);
    return ExitCode.ok;
  }
  const lang = langFlag(parsed, "crs", asked);
  const asOf = asOfFlag(parsed, "crs", ctx.today, lang);
  const [file = "-"] = expectPositionals(parsed, "crs", ["file.json|-"], lang);
  const candidate = await readCandidate(file, ctx, lang);
  const result = calculateCrs(candidate, { asOf });
  if (!result.ok) throw crsIssuesError(file, result.issues, lang);
  const breakdown = breakdownOf(result);
  const withNomination = withProvincialNomination(breakdown);
  let improvements: CrsImprovementsResult | undefined;
  if (booleanFlag(parsed, "improvements")) {
    improvements = crsImprovements(candidate, { asOf });
    if (!improvements.ok) throw crsIssuesError(file, improvements.issues, lang);
  }

  if (booleanFlag(parsed, "json")) {
    const json = {
      breakdown,
      withNomination,
      ...(improvements?.ok === true
        ? { improvements: improvements.improvements, agePoints: improvements.agePoints }
        : {}),
    };
    // The data (message ids and params included) with the caveats' text in the language.
    writeLines(ctx.stdout, [JSON.stringify(renderAssessment(json, lang.locale), null, 2)]);
    return ExitCode.ok;
  }
  const style = makeStyle(useColor(ctx.stdout, ctx.env));
  const lines = formatCrs(breakdown, withNomination, {
    file,
    style,
    sources: booleanFlag(parsed, "sources"),
    lang,
  });
  if (improvements?.ok === true) lines.push("", ...formatImprovements(improvements, lang));
  writeLines(ctx.stdout, lines);
  return ExitCode.ok;
}

/** A section of the text breakdown: its heading, its lines and its subtotal, each a label and points. */
interface CrsSection {
  readonly heading: string;
  readonly lines: readonly (readonly [string, number])[];
  readonly subtotal: readonly [string, number];
}

/** Each section's part of the breakdown and its lines there, in the order of IRCC's CRS criteria (A to D). */
const CRS_SECTIONS = [
  ["A", "core", ["age", "education", "firstLanguage", "secondLanguage", "canadianWork"]],
  ["B", "spouse", ["education", "firstLanguage", "canadianWork"]],
  [
    "C",
    "transferability",
    [
      "educationLanguage",
      "educationCanadianWork",
      "educationSubtotal",
      "foreignWorkLanguage",
      "foreignWorkCanadianWork",
      "foreignWorkSubtotal",
      "certificate",
    ],
  ],
  ["D", "additional", ["provincialNomination", "arrangedEmployment", "french", "canadianEducation", "sibling"]],
] as const;

type CrsSectionLine = (typeof CRS_SECTIONS)[number][2][number];

/** The spouse's lines by their key in the breakdown. */
const SPOUSE_LINES = {
  education: "spouseEducation",
  firstLanguage: "spouseFirstLanguage",
  canadianWork: "spouseCanadianWork",
} as const;

/** The sections of the breakdown as a table, in the order of IRCC's CRS criteria (A to D). */
function crsSections(b: CrsBreakdown, lang: CliLang): readonly CrsSection[] {
  // The caps the CLI names come from the CRS tables in force that day.
  const tables = crsTablesAsOf(b.asOf);
  const caps = tables.transferabilityCaps.value;
  const maximum = { A: null, B: null, C: caps.total, D: tables.maximums.value.additional };
  const label = (part: string, line: CrsSectionLine): string => {
    if (line === "educationSubtotal") return `  ${lang.say("cli.crs.education-cap", { maximum: caps.education })}`;
    if (line === "foreignWorkSubtotal")
      return `  ${lang.say("cli.crs.foreign-work-cap", { maximum: caps.foreignWork })}`;
    return lang.say("cli.crs.line", {
      line: part === "spouse" ? SPOUSE_LINES[line as keyof typeof SPOUSE_LINES] : line,
    });
  };
  return CRS_SECTIONS.map(([section, part, names]) => {
    const points = b[part] as unknown as Readonly<Record<CrsSectionLine | "subtotal", number>>;
    return {
      heading: lang.say("cli.crs.section", { section }),
      lines: names.map((line): readonly [string, number] => [label(part, line), points[line]]),
      subtotal: [lang.say("cli.crs.subtotal", { section, maximum: maximum[section] }), points.subtotal],
    };
  });
}

/** The text breakdown: one block per section, one line per factor, then the totals. */
export function formatCrs(
  b: CrsBreakdown,
  nominated: CrsBreakdown,
  options: { readonly file: string; readonly style: Style; readonly sources: boolean; readonly lang: CliLang },
): string[] {
  const { style, lang } = options;
  const heading = lang.say("cli.crs.heading", { input: inputMessage(options.file), asOf: b.asOf });
  const lines = [style.paint(heading, "bold"), ""];
  for (const section of crsSections(b, lang)) {
    lines.push(section.heading);
    for (const [label, value] of section.lines) lines.push(`  ${dotted(label, lang.number(value), 56)}`);
    const [label, value] = section.subtotal;
    lines.push(style.paint(`  ${dotted(label, lang.number(value), 56)}`, "bold"), "");
  }
  lines.push(
    style.paint(dotted(lang.say("cli.crs.total", {}), lang.number(b.total), 58), "bold"),
    dotted(lang.say("cli.crs.total-nominated", {}), lang.number(nominated.total), 58),
  );
  if (b.missing.length > 0) {
    lines.push(dotted(lang.say("cli.crs.maximum-reachable", {}), lang.number(b.maximumReachable), 58));
    lines.push("", lang.say("cli.not-counted", {}));
    for (const path of b.missing) lines.push(`  ? ${path}`);
  }
  if (b.caveats.length > 0) {
    lines.push("", lang.say("cli.crs.caveats", {}));
    for (const caveat of renderAssessment(b.caveats, lang.locale)) lines.push(`  - ${caveat.text}`);
  }
  lines.push("", style.paint(lang.say("cli.crs.verified", { date: b.verifiedThrough }), "dim"));
  if (options.sources) {
    lines.push("", lang.say("cli.sources", {}));
    for (const source of b.sources) lines.push(style.paint(`  ${formatCitation(source, lang)}`, "dim"));
  }
  return lines;
}

/** The improvements, most points first, and the birthdays that change the age points. */
export function formatImprovements(r: Extract<CrsImprovementsResult, { ok: true }>, lang: CliLang): string[] {
  const lines = [lang.say("cli.crs.improvements", {})];
  if (r.improvements.length === 0) lines.push(`  ${lang.say("cli.crs.no-improvement", {})}`);
  for (const i of r.improvements) {
    lines.push(`  ${`+${i.points}`.padStart(4)} -> ${lang.number(i.total).padStart(5)}  ${lang.render(i.message)}`);
  }
  if (r.agePoints.length > 0) {
    lines.push("", lang.say("cli.crs.age-points", {}));
    for (const a of r.agePoints) {
      const sign = a.change > 0 ? "+" : "";
      lines.push(
        `  ${lang.colon(lang.say("cli.crs.birthday", { on: a.on, age: a.age }), `${sign}${a.change} -> ${lang.number(a.total)}`)}`,
      );
    }
  }
  return lines;
}
