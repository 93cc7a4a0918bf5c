import { allOf, anyOf, not } from "./combinators.js";
import { earliestDay, treeVerified } from "./freshness.js";
import { describedValue } from "./input-value.js";
import type { IsoDate } from "./iso-date.js";
import type { CombinatorOptions, Rule } from "./rule.js";
import { checkRule, checkRuleSet, checkRules } from "./rule-checks.js";
import { RuleSetError } from "./rule-set-error.js";

/** The same combinator with other parts; used when a rule set is recomposed. */
function withChildren<Facts>(rule: Rule<Facts>, children: ReadonlyArray<Rule<Facts>>): Rule<Facts> {
  const options: CombinatorOptions = {
    ...opt("source", rule.source),
    ...opt("reasons", rule.reasons),
  };
  if (rule.withChildren !== undefined) return rule.withChildren(children);
  switch (rule.kind) {
    case "all":
      return allOf(rule.id, rule.title, children, options);
    case "any":
      return anyOf(rule.id, rule.title, children, options);
    case "not": {
      const [only] = children;
      if (only === undefined || children.length !== 1) {
        throw new RuleSetError(rule.id, `Rule "${rule.id}" is a "not" and needs exactly one part.`);
      }
      return not(rule.id, rule.title, only, options);
    }
    case "check":
    case "cases":
      return rule;
  }
}

/**
 * A program's rules as a value: a root rule, in force from `from` until `to` (excluded).
 * Pass your own (built with {@link extendRuleSet}) in an assessment's `ruleSet` option.
 *
 * @example
 * ```ts
 * const mine: RuleSet<Facts> = { id: "my-rules", from: isoDate("2022-11-16"), rule: allOf("root", "My rules", [a, b]) };
 * ```
 */
export interface RuleSet<Facts> {
  readonly id: string;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  /**
   * The day the rules were last verified against their official sources. An assessment's
   * `verifiedThrough` is never later than it; a composed rule set keeps its base's day.
   */
  readonly verified?: IsoDate;
  readonly rule: Rule<Facts>;
}

/**
 * Changes to make to a rule set with {@link extendRuleSet}. Ids may name any rule in the tree.
 *
 * @example
 * ```ts
 * const changes: RuleSetChanges<Facts> = { remove: ["alberta-ee.crs-minimum"], add: [myExtraRule] };
 * ```
 */
export interface RuleSetChanges<Facts> {
  /** Rules appended to the root (which must be an `allOf` / `anyOf`). */
  readonly add?: ReadonlyArray<Rule<Facts>>;
  /** Rules appended to the `allOf` / `anyOf` with that id, wherever it is in the tree. */
  readonly addTo?: Readonly<Record<string, ReadonlyArray<Rule<Facts>>>>;
  /** Rules to put in place of the rule with that id, wherever it is in the tree. */
  readonly replace?: Readonly<Record<string, Rule<Facts>>>;
  /** Ids of rules to take out, wherever they are in the tree. */
  readonly remove?: ReadonlyArray<string>;
  /** Id of the new rule set; defaults to `<base id>+custom`. */
  readonly id?: string;
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

const CHANGE_KEYS: ReadonlySet<string> = new Set(["add", "addTo", "replace", "remove", "id"]);

/** The changes as extendRuleSet reads them: known keys, lists that are lists, rules that are rules. */
function checkChanges(baseId: string, changes: unknown): void {
  if (typeof changes !== "object" || changes === null || Array.isArray(changes)) {
    throw new RuleSetError(baseId, `extendRuleSet's changes must be an object; got ${describedValue(changes)}.`);
  }
  const given = changes as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!CHANGE_KEYS.has(key)) {
      throw new RuleSetError(
        baseId,
        `extendRuleSet's changes have an unknown key ${describedValue(key)}; the keys are add, addTo, replace, remove and id.`,
      );
    }
  }
  if (given.add !== undefined) checkRules(baseId, given.add, "changes.add");
  for (const key of ["addTo", "replace"] as const) {
    const byId = given[key];
    if (byId === undefined) continue;
    if (typeof byId !== "object" || byId === null || Array.isArray(byId)) {
      throw new RuleSetError(baseId, `changes.${key} must be an object keyed by rule id; got ${describedValue(byId)}.`);
    }
    for (const [id, value] of Object.entries(byId)) {
      if (key === "addTo") checkRules(id, value, `changes.addTo[${JSON.stringify(id)}]`);
      else checkRule(id, value, `changes.replace[${JSON.stringify(id)}]`);
    }
  }
  const remove = given.remove;
  if (remove !== undefined && (!Array.isArray(remove) || remove.some((id) => typeof id !== "string"))) {
    throw new RuleSetError(baseId, `changes.remove must be a list of rule ids; got ${describedValue(remove)}.`);
  }
  if (given.id !== undefined && (typeof given.id !== "string" || given.id === "")) {
    throw new RuleSetError(baseId, `changes.id must be a non-empty string; got ${describedValue(given.id)}.`);
  }
}

function collectIds<Facts>(rule: Rule<Facts>, into: Map<string, number>): void {
  into.set(rule.id, (into.get(rule.id) ?? 0) + 1);
  for (const child of rule.children ?? []) collectIds(child, into);
}

/**
 * A new rule set made from `base` with rules added (to the root with `add`, to any `allOf` /
 * `anyOf` by id with `addTo`), replaced or removed, without touching `base`. Throws {@link RuleSetError} if an id to replace or remove is not in the tree, if the
 * root itself is removed, or if the result would hold two rules with the same id.
 *
 * @example
 * ```ts
 * const lenient = extendRuleSet(base, {
 *   replace: { "atp.job.full-time": defineRule({ id: "our.full-time-25-hours", title: "25 hours or more", source, check }) },
 *   remove: ["alberta-ee.crs-minimum"],
 * });
 * ```
 */
export function extendRuleSet<Facts>(base: RuleSet<Facts>, changes: RuleSetChanges<Facts>): RuleSet<Facts> {
  checkRuleSet("extendRuleSet's base", base);
  checkChanges(base.id, changes);
  const present = new Map<string, number>();
  collectIds(base.rule, present);
  const replace = changes.replace ?? {};
  const remove = new Set(changes.remove ?? []);
  const addTo = changes.addTo ?? {};
  for (const id of [...Object.keys(replace), ...remove, ...Object.keys(addTo)]) {
    if (!present.has(id)) {
      throw new RuleSetError(id, `Rule set "${base.id}" has no rule with id "${id}".`);
    }
  }
  if (remove.has(base.rule.id)) {
    throw new RuleSetError(base.rule.id, `The root rule "${base.rule.id}" cannot be removed; replace it instead.`);
  }
  // Two changes to one rule in one call: which was meant is not for the library to guess.
  for (const id of Object.keys(replace)) {
    if (remove.has(id)) {
      throw new RuleSetError(id, `Rule "${id}" is both replaced and removed in the same change; make one of the two.`);
    }
  }

  const applied = new Set<string>();
  const rebuild = (rule: Rule<Facts>): Rule<Facts> => {
    const replacement = Object.hasOwn(replace, rule.id) ? replace[rule.id] : undefined;
    if (replacement !== undefined) {
      applied.add(rule.id);
      return replacement;
    }
    if (rule.children === undefined || rule.kind === "check") {
      if (Object.hasOwn(addTo, rule.id)) {
        throw new RuleSetError(rule.id, `Rules can only be added to an allOf/anyOf; "${rule.id}" is a ${rule.kind}.`);
      }
      return rule;
    }
    const extra = Object.hasOwn(addTo, rule.id) ? (addTo[rule.id] ?? []) : [];
    if (extra.length > 0 && rule.kind !== "all" && rule.kind !== "any") {
      throw new RuleSetError(rule.id, `Rules can only be added to an allOf/anyOf; "${rule.id}" is a ${rule.kind}.`);
    }
    if (Object.hasOwn(addTo, rule.id)) applied.add(rule.id);
    const kept = rule.children
      .filter((child) => {
        if (!remove.has(child.id)) return true;
        applied.add(child.id);
        return false;
      })
      .map(rebuild);
    const children = [...kept, ...extra];
    const unchanged = children.length === rule.children.length && children.every((c, i) => c === rule.children?.[i]);
    return unchanged ? rule : withChildren(rule, children);
  };

  let root = rebuild(base.rule);
  for (const id of [...Object.keys(replace), ...remove, ...Object.keys(addTo)]) {
    if (!applied.has(id)) {
      throw new RuleSetError(
        id,
        `Rule "${id}" lies inside a rule that is replaced or removed in the same change, so the change to it would be lost; make the two changes separately.`,
      );
    }
  }
  const add = changes.add ?? [];
  if (add.length > 0) {
    if (root.kind !== "all" && root.kind !== "any") {
      throw new RuleSetError(
        root.id,
        `Rules can only be added to an allOf/anyOf root; "${root.id}" is a ${root.kind}.`,
      );
    }
    root = withChildren(root, [...(root.children ?? []), ...add]);
  }

  const after = new Map<string, number>();
  collectIds(root, after);
  for (const [id, count] of after) {
    if (count > 1 && (present.get(id) ?? 0) < count) {
      throw new RuleSetError(id, `The rule set would hold ${count} rules with id "${id}"; ids must be unique.`);
    }
  }
  // A rule that says when its own data was verified makes the set no fresher than that day.
  const rulesVerified = treeVerified(root);
  const verified = base.verified === undefined ? rulesVerified : earliestDay(base.verified, rulesVerified);
  return {
    id: changes.id ?? `${base.id}+custom`,
    from: base.from,
    ...(base.to !== undefined ? { to: base.to } : {}),
    ...(verified !== undefined ? { verified } : {}),
    rule: root,
  };
}
