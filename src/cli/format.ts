// Text output: the verdict symbols, colour, and the explained rule tree.
//
// The symbols ✔ ✘ ? are part of the text and are always printed, so output piped to a file or a
// screen reader keeps the verdicts. Colour (ANSI escapes) is added only when stdout is a terminal,
// NO_COLOR is not set (https://no-color.org) and TERM is not "dumb"; FORCE_COLOR=1 forces it
// (NO_COLOR wins over FORCE_COLOR).

import type { Citation, RenderedResult, Verdict } from "../index.js";
import type { Output } from "./io.js";
import type { CliLang } from "./lang.js";

/** Whether to colour the text written to `out`. */
export function useColor(out: Output, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  if (env.TERM === "dumb") return false;
  return out.isTTY === true;
}

const CODES = { red: 31, green: 32, yellow: 33, bold: 1, dim: 2 } as const;

/** Wraps text in ANSI styles, or returns it unchanged when colour is off. */
export interface Style {
  readonly color: boolean;
  paint(text: string, ...styles: (keyof typeof CODES)[]): string;
}

export function makeStyle(color: boolean): Style {
  return {
    color,
    paint(text, ...styles) {
      if (!color || styles.length === 0) return text;
      return `\u001b[${styles.map((s) => CODES[s]).join(";")}m${text}\u001b[0m`;
    },
  };
}

/** The symbol of a verdict: ✔ pass, ✘ fail, ? unknown. */
export const SYMBOL: Readonly<Record<Verdict, string>> = { pass: "✔", fail: "✘", unknown: "?" };

const VERDICT_COLOR = { pass: "green", fail: "red", unknown: "yellow" } as const;

/** A verdict's symbol, coloured when colour is on. */
export function symbol(verdict: Verdict, style: Style): string {
  return style.paint(SYMBOL[verdict], VERDICT_COLOR[verdict], "bold");
}

/**
 * A citation on one line: `title, section <url> (secondary source)`. The title and section are the
 * source's own (an official page's), in its language.
 */
export function formatCitation(source: Citation, lang: CliLang): string {
  const section = source.section !== undefined ? `, ${source.section}` : "";
  const secondary = source.secondary === true ? ` ${lang.say("cli.secondary-source", {})}` : "";
  return `${source.title}${section} <${source.url}>${secondary}`;
}

/** `source: <citation>`, in the language. */
export function sourceLine(source: Citation, lang: CliLang): string {
  return lang.colon(lang.say("cli.source", {}), formatCitation(source, lang));
}

export interface TreeOptions {
  readonly sources: boolean;
  readonly style: Style;
  readonly lang: CliLang;
}

/**
 * The result tree (rendered in the language: `renderResult`), one line per rule: indentation for
 * depth, the verdict symbol, the title and the reason; with `sources`, the rule's source on the next line.
 */
export function formatTree(result: RenderedResult, options: TreeOptions): string[] {
  const lines: string[] = [];
  const visit = (node: RenderedResult, depth: number): void => {
    const indent = "  ".repeat(depth);
    const title = depth === 0 ? options.style.paint(node.title, "bold") : node.title;
    lines.push(`${indent}${symbol(node.verdict, options.style)} ${options.lang.colon(title, node.reason)}`);
    if (options.sources && node.source !== undefined) {
      lines.push(options.style.paint(`${indent}    ${sourceLine(node.source, options.lang)}`, "dim"));
    }
    for (const child of node.children ?? []) visit(child, depth + 1);
  };
  visit(result, 0);
  return lines;
}

/** Pads `label` with dots so that the numbers line up: `Age ........ 110`. */
export function dotted(label: string, value: string, width = 52): string {
  const dots = Math.max(2, width - label.length - value.length - 2);
  return `${label} ${".".repeat(dots)} ${value}`;
}
