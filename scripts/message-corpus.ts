// The messages the library emits for the example candidates on dates across the pathway's
// history, plus a sample of each id those do not reach (test/fixtures/message-samples/): what
// docs/messages.generated.md shows and test/locales/catalogue.test.ts renders in both locales.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isMessage, type Message } from "../src/core/message.js";
import * as lib from "../src/index.js";
import { samples as alberta } from "../test/fixtures/message-samples/alberta.js";
import { samples as cli } from "../test/fixtures/message-samples/cli.js";
import { samples as core } from "../test/fixtures/message-samples/core.js";
import { samples as factors } from "../test/fixtures/message-samples/factors.js";
import { samples as federal } from "../test/fixtures/message-samples/federal.js";
import { samples as input } from "../test/fixtures/message-samples/input.js";
import { samples as steps } from "../test/fixtures/message-samples/steps.js";

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
const CANDIDATES = fileURLToPath(new URL("../examples/candidates/", import.meta.url));

function collect(value: unknown, into: Message[], seen: Set<unknown>): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (isMessage(value)) {
    into.push(value);
    for (const param of Object.values(value.params)) collect(param, into, seen);
    return;
  }
  for (const item of Array.isArray(value) ? value : Object.values(value)) collect(item, into, seen);
}

/** Every message of the example assessments, in the order met, then the samples. */
export function messageCorpus(): Message[] {
  const messages: Message[] = [];
  const seen = new Set<unknown>();
  const files = readdirSync(CANDIDATES)
    .filter((f) => f.endsWith(".json"))
    .sort();
  for (const file of files) {
    const parsed = lib.parseCandidate(JSON.parse(readFileSync(join(CANDIDATES, file), "utf8")));
    collect(parsed, messages, seen);
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
          collect(call(), messages, seen);
        } catch {
          // A date a function does not cover is its own tests' business.
        }
      }
    }
  }
  return [...messages, ...core, ...input, ...factors, ...federal, ...alberta, ...steps, ...cli];
}

/** The first message of each id, in catalogue order. */
export function messageExamples(catalogueIds: readonly string[]): Map<string, Message> {
  const first = new Map<string, Message>();
  for (const m of messageCorpus()) if (!first.has(m.id)) first.set(m.id, m);
  const ordered = new Map<string, Message>();
  for (const id of catalogueIds) {
    const m = first.get(id);
    if (m !== undefined) ordered.set(id, m);
  }
  return ordered;
}
