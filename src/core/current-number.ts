// One number of the version in force today of a dated data file's series: how a constant that
// names the law reads it from data/ instead of writing it again. Internal.

/**
 * `json.series[series]`'s last version's `value[key]` (the version in force from its `from` on):
 * for constants of law unchanged across the library's dates. Called with the data file's root and
 * literal names, so that a bundler can drop the call when the constant is not used.
 */
/* @__NO_SIDE_EFFECTS__ */
export function currentNumber(json: unknown, series: string, key: string): number {
  const table = (json as { series: Record<string, { versions: readonly { value: Record<string, number> }[] }> }).series[
    series
  ];
  const versions = table?.versions ?? [];
  const value = versions[versions.length - 1]?.value[key];
  if (typeof value !== "number") throw new Error(`data: ${series}.${key} is not a number.`);
  return value;
}
