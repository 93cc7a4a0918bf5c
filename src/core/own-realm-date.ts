// A Date made by another realm read as one of this realm. Internal (not exported from the package).

/**
 * `value` as a `Date` of this realm when it is a `Date` of another (an iframe's, a `vm` context's:
 * `instanceof Date` is false for them), with the same time; any other value unchanged. Internal.
 */
export function ownRealmDate(value: unknown): unknown {
  if (value instanceof Date || typeof value !== "object" || value === null) return value;
  try {
    // Reads the time only from a real Date (its internal slot); anything else throws.
    return new Date(Date.prototype.getTime.call(value));
  } catch {
    return value;
  }
}
