// Checks of the arguments of exported helpers: a value of the wrong kind is a TypeError naming the
// argument, in the words the other helpers use ("levels: expected ..., got null."), never a
// "Cannot read properties of null" from inside. Internal.

/**
 * A value as an argument's error names it: nothing, null, a list, "text", 5, an object. (Shorter
 * than the words of the input issues, which would weigh on every bundle that checks an argument.)
 */
function shown(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/** The TypeError for an argument `name` that is not what was `expected`. */
export function argumentError(name: string, expected: string, value: unknown): TypeError {
  return new TypeError(`${name}: expected ${expected}, got ${shown(value)}.`);
}

/** Throws a TypeError naming `name` unless `value` is an object (not null; a list is an object too). */
export function objectArgument(value: unknown, name: string, expected: string): asserts value is object {
  if (typeof value !== "object" || value === null) {
    throw argumentError(name, expected, value);
  }
}

/** Throws a TypeError naming `name` unless `value` is a list. */
export function listArgument(value: unknown, name: string, expected: string): asserts value is readonly unknown[] {
  if (!Array.isArray(value)) throw argumentError(name, expected, value);
}

/** Whether `value` is a number and not NaN. */
const isLevel = (value: unknown): boolean => typeof value === "number" && !Number.isNaN(value);

/** Throws a TypeError naming `name` unless `value` is a level: a number, not NaN. */
export function clbLevelArgument(value: unknown, name: string): void {
  if (!isLevel(value)) throw argumentError(name, "a CLB level (a number)", value);
}

/** Throws a TypeError naming `name` unless `value` holds a number (not NaN) for each of the four abilities. */
export function clbLevelsArgument(value: unknown, name: string): void {
  const levels = value as Record<string, unknown> | null;
  if (
    typeof value !== "object" ||
    levels === null ||
    !isLevel(levels.reading) ||
    !isLevel(levels.writing) ||
    !isLevel(levels.listening) ||
    !isLevel(levels.speaking)
  ) {
    throw argumentError(name, "{ reading, writing, listening, speaking } as numbers", value);
  }
}

/** Throws a TypeError naming `name` unless `value` looks like a rule result (an `id` and a `verdict`). */
export function resultArgument(value: unknown, name: string): void {
  const result = value as { id?: unknown; verdict?: unknown; children?: unknown } | null;
  if (
    typeof value !== "object" ||
    result === null ||
    typeof result.id !== "string" ||
    (result.verdict !== "pass" && result.verdict !== "fail" && result.verdict !== "unknown")
  ) {
    throw argumentError(name, "a rule result ({ id, verdict: pass, fail or unknown, ... })", value);
  }
  if (result.children !== undefined && !Array.isArray(result.children)) {
    throw argumentError(`${name}.children`, "a list of rule results", result.children);
  }
}

/**
 * Throws a TypeError naming the first node of the tree under `value` that is not a rule result
 * (`result.children[1]`); returns whether the tree contains itself (a node among its own
 * descendants), which each caller reports in its own words.
 */
export function resultTreeArgument(value: unknown, name: string): boolean {
  const within = new Set<unknown>();
  const visit = (node: unknown, path: string): boolean => {
    resultArgument(node, path);
    if (within.has(node)) return true;
    const children = (node as { readonly children?: readonly unknown[] }).children ?? [];
    within.add(node);
    for (let i = 0; i < children.length; i++) {
      if (visit(children[i], `${path}.children[${i}]`)) return true;
    }
    within.delete(node);
    return false;
  };
  return visit(value, name);
}

/** The TypeError of a result tree that contains itself. */
export function resultCycleError(name: string): TypeError {
  return new TypeError(`${name}: expected a tree of rule results, got one that contains itself.`);
}
