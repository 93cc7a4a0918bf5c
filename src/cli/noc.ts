// `alberta-atp noc <code>` and `alberta-atp noc search <words...>`: NOC look-ups with the TEER
// (or NOC 2016 skill level), the 2016 <-> 2021 concordance and the Accelerated Tech Pathway list.

import {
  type AtpOccupationCheck,
  checkAtpOccupation,
  getNoc,
  type IsoDate,
  message,
  type NocEntry,
  nocConcordance,
  renderAssessment,
  searchNoc,
} from "../index.js";
import type { CliNocLevel } from "../locales/en/cli.js";
import { asOfFlag, booleanFlag, choiceFlag, expectPositionals, parseCommandArgs, stringFlag } from "./args.js";
import { CliError, ExitCode, usageError } from "./exit-codes.js";
import { makeStyle, type Style, sourceLine, symbol, useColor } from "./format.js";
import { type CliContext, writeLines } from "./io.js";
import { type CliLang, LANG_OPTION, langFlag } from "./lang.js";

const OPTIONS = {
  "as-of": { type: "string" },
  json: { type: "boolean" },
  sources: { type: "boolean" },
  "noc-version": { type: "string" },
  limit: { type: "string" },
  ...LANG_OPTION,
} as const;

/** A unit group's level, as the messages name it: its TEER (NOC 2021) or skill level (NOC 2016). */
function levelOf(entry: NocEntry): CliNocLevel {
  if (entry.teer !== undefined) return { teer: entry.teer };
  if (entry.skillLevel !== undefined) return { skillLevel: entry.skillLevel };
  return {};
}

export async function nocCommand(args: readonly string[], ctx: CliContext, asked: CliLang): Promise<number> {
  if (args[0] === "search") return nocSearch(args.slice(1), ctx, asked);
  const parsed = parseCommandArgs("noc", args, OPTIONS, asked);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [asked.usage.help.noc]);
    return ExitCode.ok;
  }
  for (const flag of ["noc-version", "limit"]) {
    if (stringFlag(parsed, flag) !== undefined) {
      throw usageError(asked.usage.searchOnly(`--${flag}`), "noc", asked.usage);
    }
  }
  const lang = langFlag(parsed, "noc", asked);
  const asOf = asOfFlag(parsed, "noc", ctx.today, lang);
  const [code = ""] = expectPositionals(parsed, "noc", ["code"], lang);
  const entry = getNoc(code);
  if (entry === undefined) {
    throw new CliError(ExitCode.data, lang.say("cli.noc.unknown-code", { code, digits: /^\d*$/.test(code.trim()) }), {
      json: {
        status: "invalid",
        issues: [
          { path: "code", code: "unknown_noc", message: lang.render(message("input.cli.unknown-noc", { code })) },
        ],
      },
    });
  }
  const pairs = nocConcordance(code);
  const related = pairs.flatMap((p) => {
    const other = getNoc(entry.version === 2016 ? p.noc2021 : p.noc2016);
    return other === undefined ? [] : [{ entry: other, relationship: p.relationship, realChange: p.realChange }];
  });
  const atp = checkAtpOccupation(code, asOf);

  if (booleanFlag(parsed, "json")) {
    const json = {
      entry,
      [entry.version === 2016 ? "successors" : "predecessors"]: related.map((r) => r.entry),
      concordance: pairs,
      atp: { asOf, ...atp },
    };
    // The data (message ids and params included) with the ATP answer's text in the language.
    writeLines(ctx.stdout, [JSON.stringify(renderAssessment(json, lang.locale), null, 2)]);
    return ExitCode.ok;
  }
  const style = makeStyle(useColor(ctx.stdout, ctx.env));
  const lines = [
    `${style.paint(entry.code, "bold")}  ${style.paint(entry.title, "bold")}`,
    `  ${lang.say("cli.noc.classification", { version: entry.version, level: levelOf(entry) })}`,
    `  ${
      entry.version === 2021
        ? lang.say("cli.noc.groups-2021", {
            broadCategory: entry.broadCategory ?? "?",
            majorGroup: entry.majorGroup,
            subMajorGroup: entry.subMajorGroup ?? "?",
            minorGroup: entry.minorGroup,
          })
        : lang.say("cli.noc.groups-2016", {
            skillType: entry.skillType ?? "?",
            majorGroup: entry.majorGroup,
            minorGroup: entry.minorGroup,
          })
    }`,
    "",
    lang.say("cli.noc.related-heading", { version: entry.version }),
  ];
  if (related.length === 0) lines.push(`  ${lang.say("cli.noc.none", {})}`);
  for (const r of related) {
    const about = lang.say("cli.noc.related", {
      level: levelOf(r.entry),
      relationship: r.relationship,
      realChange: r.realChange,
    });
    lines.push(`  ${r.entry.code.padEnd(5)}  ${r.entry.title} (${about})`);
  }
  lines.push("", ...formatAtp(atp, asOf, style, booleanFlag(parsed, "sources"), lang));
  writeLines(ctx.stdout, lines);
  return ExitCode.ok;
}

function formatAtp(atp: AtpOccupationCheck, asOf: IsoDate, style: Style, sources: boolean, lang: CliLang): string[] {
  const verdict = `${symbol(atp.verdict, style)} ${lang.say("cli.noc.atp-verdict", { verdict: atp.verdict })}`;
  const lines = [lang.colon(lang.say("cli.noc.atp-list", { asOf }), verdict), `  ${lang.render(atp.message)}`];
  if (sources) lines.push(style.paint(`  ${sourceLine(atp.source, lang)}`, "dim"));
  return lines;
}

const SEARCH_OPTIONS = {
  "as-of": OPTIONS["as-of"],
  json: OPTIONS.json,
  "noc-version": OPTIONS["noc-version"],
  limit: OPTIONS.limit,
  ...LANG_OPTION,
} as const;

async function nocSearch(args: readonly string[], ctx: CliContext, asked: CliLang): Promise<number> {
  const parsed = parseCommandArgs("noc search", args, SEARCH_OPTIONS, asked);
  if (booleanFlag(parsed, "help")) {
    writeLines(ctx.stdout, [asked.usage.help.noc]);
    return ExitCode.ok;
  }
  const lang = langFlag(parsed, "noc search", asked);
  const asOf = asOfFlag(parsed, "noc search", ctx.today, lang);
  const versionName = choiceFlag(parsed, "noc search", "noc-version", ["2016", "2021", "both"], "both", lang);
  const limitText = stringFlag(parsed, "limit") ?? "20";
  if (!/^\d+$/.test(limitText)) {
    throw usageError(lang.usage.limit(limitText), "noc search", lang.usage);
  }
  const limit = Number(limitText) === 0 ? Number.POSITIVE_INFINITY : Number(limitText);
  const words = parsed.positionals.join(" ").trim();
  if (words === "") throw usageError(lang.usage.missingWords(), "noc search", lang.usage);
  const all = searchNoc(words, versionName === "both" ? {} : { version: versionName === "2016" ? 2016 : 2021 });
  const shown = all.slice(0, limit);
  const rows = shown.map((entry) => ({ entry, atp: checkAtpOccupation(entry.code, asOf).verdict }));

  if (booleanFlag(parsed, "json")) {
    const json = {
      query: words,
      asOf,
      total: all.length,
      results: rows.map((r) => ({ ...r.entry, atp: r.atp })),
    };
    writeLines(ctx.stdout, [JSON.stringify(json, null, 2)]);
    return all.length === 0 ? ExitCode.no : ExitCode.ok;
  }
  if (all.length === 0) {
    writeLines(ctx.stderr, [lang.say("cli.noc.search.none", { words })]);
    return ExitCode.no;
  }
  const style = makeStyle(useColor(ctx.stdout, ctx.env));
  const lines = rows.map((r) => {
    const level = lang.say("cli.noc.search.level", { version: r.entry.version, level: levelOf(r.entry) });
    return `${r.entry.code.padEnd(5)}  ${level}  ATP ${symbol(r.atp, style)}  ${r.entry.title}`;
  });
  if (all.length > shown.length) lines.push(lang.say("cli.noc.search.more", { more: all.length - shown.length }));
  lines.push("", lang.say("cli.noc.search.legend", { asOf }));
  writeLines(ctx.stdout, lines);
  return ExitCode.ok;
}
