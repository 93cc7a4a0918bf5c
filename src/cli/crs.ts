// `alberta-atp crs <file.json|-> [--improvements]`: the CRS score by section and line, the total,
// the total with a provincial nomination and, on request, the single changes that add points.

import {
  type CrsBreakdown,
  type CrsImprovementsResult,
  calculateCrs,
  crsImprovements,
  crsTablesAsOf,
  type InputIssue,
  renderMessage,
  withProvincialNomination,
} from "../index.js";
import { en } from "../locales/en/index.js";
import { asOfFlag, booleanFlag, expectPositionals, parseCommandArgs } from "./args.js";
import { CliError, ExitCode, usageError } from "./exit-codes.js";
import { dotted, formatCitation, makeStyle, type Style, useColor } from "./format.js";
import { type CliContext, formatIssue, inputName, issuesJson, issueText, readCandidate, writeLines } from "./io.js";

export const CRS_HELP = `Usage:
  alberta-atp crs <file.json|-> [options]

Prints the Comprehensive Ranking System score by section (A core, B spouse, C skill transferability,
D additional) and line, the total, the total with a provincial nomination (+600), the input that
could still add points, and with --improvements the single changes that would add the most.

Options:
  --as-of <date>     the day to score on, YYYY-MM-DD (default: today)
  --improvements     also list the changes that add points, and the birthdays that change them
  --json             print JSON: { breakdown, withNomination, improvements?, agePoints? }
  --sources          print the sources of the CRS tables used
  -h, --help         show this help

Exit codes: 0 scored, 64 usage error, 65 invalid input (not JSON, not a valid candidate, or a
candidate the CRS cannot score, such as a date of birth after --as-of), 66 cannot open the input.`;

const OPTIONS = {
  "as-of": { type: "string" },
  improvements: { type: "boolean" },
  json: { type: "boolean" },
  sources: { type: "boolean" },
} as const;

/** The breakdown of a CRS result, without its `ok`. */
function breakdownOf(result: { readonly ok: true } & CrsBreakdown): CrsBreakdown {
  const { ok: _ok, ...breakdown } = result;
  return breakdown;
}

/** Issues of the CRS: about `asOf` they are a usage error (the flag), else a data error. */
function crsIssuesError(file: string, issues: readonly InputIssue[]): CliError {
  if (issues.length > 0 && issues.every((i) => i.path === "asOf")) {
    return usageError(`--as-of: ${issues.map(issueText).join(" ")}`, "crs");
  }
  return new CliError(ExitCode.data, `${inputName(file)}: the CRS cannot be computed for this candidate:`, {
    details: issues.map(formatIssue),
    json: { status: "invalid", file, issues: issuesJson(issues) },
  });
}

export async function crsCommand(args: readonly string[], ctx: CliContext): Promise<number> {
  const parsed = parseCommandArgs("crs", args, OPTIONS);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [CRS_HELP]);
    return ExitCode.ok;
  }
  const asOf = asOfFlag(parsed, "crs", ctx.today);
  const [file = "-"] = expectPositionals(parsed, "crs", ["file.json|-"]);
  const candidate = await readCandidate(file, ctx);
  const result = calculateCrs(candidate, { asOf });
  if (!result.ok) throw crsIssuesError(file, result.issues);
  const breakdown = breakdownOf(result);
  const withNomination = withProvincialNomination(breakdown);
  let improvements: CrsImprovementsResult | undefined;
  if (booleanFlag(parsed, "improvements")) {
    improvements = crsImprovements(candidate, { asOf });
    if (!improvements.ok) throw crsIssuesError(file, improvements.issues);
  }

  if (booleanFlag(parsed, "json")) {
    const json = {
      breakdown,
      withNomination,
      ...(improvements?.ok === true
        ? { improvements: improvements.improvements, agePoints: improvements.agePoints }
        : {}),
    };
    writeLines(ctx.stdout, [JSON.stringify(json, null, 2)]);
    return ExitCode.ok;
  }
  const style = makeStyle(useColor(ctx.stdout, ctx.env));
  const lines = formatCrs(breakdown, withNomination, {
    file: inputName(file),
    style,
    sources: booleanFlag(parsed, "sources"),
  });
  if (improvements?.ok === true) lines.push("", ...formatImprovements(improvements));
  writeLines(ctx.stdout, lines);
  return ExitCode.ok;
}

const points = (n: number): string => String(n);

/** A section of the text breakdown: its heading, its lines and its subtotal, each a label and points. */
interface CrsSection {
  readonly heading: string;
  readonly lines: readonly (readonly [string, number])[];
  readonly subtotal: readonly [string, number];
}

/** The sections of the breakdown as a table, in the order of IRCC's CRS criteria (A to D). */
function crsSections(b: CrsBreakdown): readonly CrsSection[] {
  const { core, spouse, transferability: t, additional: d } = b;
  // The caps the CLI names come from the CRS tables in force that day.
  const tables = crsTablesAsOf(b.asOf);
  const caps = tables.transferabilityCaps.value;
  return [
    {
      heading: "A. Core / human capital factors",
      lines: [
        ["Age", core.age],
        ["Level of education", core.education],
        ["First official language", core.firstLanguage],
        ["Second official language", core.secondLanguage],
        ["Canadian work experience", core.canadianWork],
      ],
      subtotal: ["Subtotal A", core.subtotal],
    },
    {
      heading: "B. Spouse or common-law partner factors",
      lines: [
        ["Spouse's level of education", spouse.education],
        ["Spouse's first official language", spouse.firstLanguage],
        ["Spouse's Canadian work experience", spouse.canadianWork],
      ],
      subtotal: ["Subtotal B", spouse.subtotal],
    },
    {
      heading: "C. Skill transferability factors",
      lines: [
        ["Education + official language", t.educationLanguage],
        ["Education + Canadian work experience", t.educationCanadianWork],
        [`  Education (at most ${caps.education})`, t.educationSubtotal],
        ["Foreign work + official language", t.foreignWorkLanguage],
        ["Foreign work + Canadian work experience", t.foreignWorkCanadianWork],
        [`  Foreign work experience (at most ${caps.foreignWork})`, t.foreignWorkSubtotal],
        ["Certificate of qualification + language", t.certificate],
      ],
      subtotal: [`Subtotal C (at most ${caps.total})`, t.subtotal],
    },
    {
      heading: "D. Additional points",
      lines: [
        ["Provincial or territorial nomination", d.provincialNomination],
        ["Arranged employment", d.arrangedEmployment],
        ["French-language skills", d.french],
        ["Post-secondary education in Canada", d.canadianEducation],
        ["Brother or sister in Canada", d.sibling],
      ],
      subtotal: [`Subtotal D (at most ${tables.maximums.value.additional})`, d.subtotal],
    },
  ];
}

/** The text breakdown: one block per section, one line per factor, then the totals. */
export function formatCrs(
  b: CrsBreakdown,
  nominated: CrsBreakdown,
  options: { readonly file: string; readonly style: Style; readonly sources: boolean },
): string[] {
  const { style } = options;
  const lines = [style.paint(`CRS score: ${options.file}, as of ${b.asOf}`, "bold"), ""];
  for (const section of crsSections(b)) {
    lines.push(section.heading);
    for (const [label, value] of section.lines) lines.push(`  ${dotted(label, points(value), 56)}`);
    const [label, value] = section.subtotal;
    lines.push(style.paint(`  ${dotted(label, points(value), 56)}`, "bold"), "");
  }
  lines.push(
    style.paint(dotted("Total", points(b.total), 58), "bold"),
    dotted("Total with a provincial nomination", points(nominated.total), 58),
  );
  if (b.missing.length > 0) {
    lines.push(dotted("At most, with every open answer in your favour", points(b.maximumReachable), 58));
    lines.push("", "Not counted until answered (these could add points):");
    for (const path of b.missing) lines.push(`  ? ${path}`);
  }
  if (b.caveats.length > 0) {
    lines.push("", "Caveats:");
    for (const caveat of b.caveats) lines.push(`  - ${renderMessage(caveat, en)}`);
  }
  lines.push("", style.paint(`Tables verified against their sources through ${b.verifiedThrough}.`, "dim"));
  if (options.sources) {
    lines.push("", "Sources:");
    for (const source of b.sources) lines.push(style.paint(`  ${formatCitation(source)}`, "dim"));
  }
  return lines;
}

/** The improvements, most points first, and the birthdays that change the age points. */
export function formatImprovements(r: Extract<CrsImprovementsResult, { ok: true }>): string[] {
  const lines = ["Improvements (one change at a time, most points first):"];
  if (r.improvements.length === 0) lines.push("  None found: no single change adds points.");
  for (const i of r.improvements) {
    lines.push(`  ${`+${i.points}`.padStart(4)} -> ${String(i.total).padStart(4)}  ${i.change}`);
  }
  if (r.agePoints.length > 0) {
    lines.push("", "Age points change on these birthdays (all else equal):");
    for (const a of r.agePoints) {
      const sign = a.change > 0 ? "+" : "";
      lines.push(`  ${a.on} (age ${a.age}): ${sign}${a.change} -> ${a.total}`);
    }
  }
  return lines;
}
