// Every built-in rule has a French title, and every French title belongs to a built-in rule.

import { describe, expect, it } from "vitest";
import type { Rule } from "../../src/core/rule.js";
import * as lib from "../../src/index.js";
import { fr } from "../../src/locales/fr/index.js";

function ids(rule: Rule<never>, into: Set<string>): Set<string> {
  into.add(rule.id);
  for (const child of rule.children ?? []) ids(child, into);
  return into;
}

const RULE_SETS = [
  lib.ACCELERATED_TECH_PATHWAY_RULES,
  lib.ALBERTA_EXPRESS_ENTRY_RULES,
  lib.EXPRESS_ENTRY_RULES,
  lib.FEDERAL_SKILLED_WORKER_RULES,
  lib.CANADIAN_EXPERIENCE_CLASS_RULES,
  lib.FEDERAL_SKILLED_TRADES_RULES,
] as ReadonlyArray<{ readonly rule: Rule<never> }>;

const builtIn = new Set<string>();
for (const set of RULE_SETS) ids(set.rule, builtIn);

describe("French rule titles", () => {
  it("every built-in rule has one", () => {
    expect([...builtIn].filter((id) => fr.titles[id] === undefined).sort()).toEqual([]);
  });

  it("each names a built-in rule", () => {
    expect(Object.keys(fr.titles).filter((id) => !builtIn.has(id))).toEqual([]);
  });
});
