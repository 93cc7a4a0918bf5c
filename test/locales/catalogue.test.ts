// Every message id renders in English and in French with every placeholder filled: the messages
// the example candidates produce on dates across the pathway's history, and a sample of each id
// those do not reach (scripts/message-corpus.ts).

import { describe, expect, it } from "vitest";
import { messageCorpus } from "../../scripts/message-corpus.js";
import type { Message } from "../../src/core/message.js";
import { renderMessage } from "../../src/core/render.js";
import { type LanguageTestKind, languageEquivalencyCharts } from "../../src/index.js";
import { LANGUAGE_TEST_NAMES } from "../../src/language/official-language.js";
import { en } from "../../src/locales/en/index.js";
import { fr } from "../../src/locales/fr/index.js";

const all = messageCorpus();
const UNFILLED = /undefined|NaN|\[object |\{|\}/;
/** Braces a message writes on purpose (the shape of an answer), not a placeholder left unfilled. */
const LITERAL_BRACES = "{ reading, writing, listening, speaking }";

describe("message catalogues", () => {
  it("every id has a sample or is reached by the example assessments", () => {
    const reached = new Set<string>(all.map((m) => m.id));
    expect(Object.keys(en.messages).filter((id) => !reached.has(id))).toEqual([]);
  });

  it.each([en, fr])("every message renders in $tag with every placeholder filled", (locale) => {
    const bad: string[] = [];
    for (const m of all) {
      const text = renderMessage(m, locale).replace(LITERAL_BRACES, "");
      if (text.trim() === "" || UNFILLED.test(text)) bad.push(`${m.id}: ${text}`);
    }
    expect(bad).toEqual([]);
  });

  it("the French catalogue has the same ids as the English one", () => {
    expect(Object.keys(fr.messages).sort()).toEqual(Object.keys(en.messages).sort());
  });

  it("renders French, not a copy of the English, except where the words are the same in both", () => {
    // `text` is given as is; a source line and the CRS total line are a URL and a number.
    const same = new Set<string>();
    for (const m of all) if (renderMessage(m, en) === renderMessage(m, fr)) same.add(m.id);
    expect([...same].sort()).toEqual(["cli.crs.total", "cli.source", "text"]);
  });

  it("says how a test's scores are entered in the words of the chart's scoreNote", () => {
    const tests = Object.keys(LANGUAGE_TEST_NAMES) as LanguageTestKind[];
    expect(tests).toHaveLength(5);
    for (const test of tests) {
      const english = renderMessage({ id: "language.score-note", params: { test } }, en);
      for (const chart of languageEquivalencyCharts(test)) expect(english).toBe(chart.value.scoreNote);
    }
  });

  it("renders the French of a message that has one, not the English", () => {
    const sample: Message = { id: "rule.all.pass", params: { count: 9 } };
    expect(renderMessage(sample, en)).toBe("All 9 requirements are met.");
    expect(renderMessage(sample, fr)).toBe("Les 9 exigences sont remplies.");
  });
});
