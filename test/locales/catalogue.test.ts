// Every message id renders in English and in French with every placeholder filled: the messages
// the example candidates produce on dates across the pathway's history, and a sample of each id
// those do not reach.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isMessage, type Message } from "../../src/core/message.js";
import { renderMessage } from "../../src/core/render.js";
import * as lib from "../../src/index.js";
import { en } from "../../src/locales/en/index.js";
import { fr } from "../../src/locales/fr/index.js";
import { samples as alberta } from "../fixtures/message-samples/alberta.js";
import { samples as cli } from "../fixtures/message-samples/cli.js";
import { samples as core } from "../fixtures/message-samples/core.js";
import { samples as factors } from "../fixtures/message-samples/factors.js";
import { samples as federal } from "../fixtures/message-samples/federal.js";
import { samples as input } from "../fixtures/message-samples/input.js";
import { samples as steps } from "../fixtures/message-samples/steps.js";

const DATES = [
  "2021-06-01",
  "2022-06-01",
  "2023-01-15",
  "2024-07-01",
  "2024-10-15",
  "2025-06-01",
  "2026-06-01",
  "2030-01-01",
];
const dir = join(import.meta.dirname, "../../examples/candidates");

function collect(value: unknown, into: Message[], seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (isMessage(value)) {
    into.push(value);
    for (const param of Object.values(value.params)) collect(param, into, seen);
    return;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) collect(item, into, seen);
}

function corpus(): Message[] {
  const messages: Message[] = [];
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  for (const file of files) {
    const parsed = lib.parseCandidate(JSON.parse(readFileSync(join(dir, file), "utf8")));
    collect(parsed, messages);
    if (!parsed.ok) continue;
    const candidate = parsed.value;
    for (const day of DATES) {
      const asOf = lib.isoDate(day);
      const calls: Array<() => unknown> = [
        () => lib.assessAcceleratedTechPathway(candidate, { asOf }),
        () => lib.assessAlbertaExpressEntry(candidate, { asOf }),
        () => lib.assessExpressEntry(candidate, { asOf }),
        () => lib.calculateCrs(candidate, { asOf }),
        () => lib.scoreAlbertaWorkerEoi(candidate, { asOf }),
        () => lib.atpDrawComparison(400, { asOf, candidate }),
        () => lib.atpDrawComparison(60, { asOf }),
      ];
      for (const call of calls) {
        try {
          collect(call(), messages);
        } catch {
          // A date a function does not cover is its own test's business.
        }
      }
    }
  }
  return messages;
}

const all = [...corpus(), ...core, ...input, ...factors, ...federal, ...alberta, ...steps, ...cli];
const UNFILLED = /undefined|NaN|\[object |\{|\}/;
/** Braces a message writes on purpose (the shape of an answer), not a placeholder left unfilled. */
const LITERAL_BRACES = "{ reading, writing, listening, speaking }";

describe("message catalogues", () => {
  it("every id has a sample or is reached by the example assessments", () => {
    const reached = new Set(all.map((m) => m.id));
    expect(Object.keys(en.messages).filter((id) => !reached.has(id as Message["id"]))).toEqual([]);
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
});
