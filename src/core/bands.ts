// Bands: the rows of a points grid keyed by a whole number (an age, a CLB level, years or months of
// work), written one way in every table of data/ (the CRS, the FSW grid, the Worker EOI grid), and
// the one lookup that reads them. The types are public (the CRS tables' rows are bands); the lookups are
// internal.

/**
 * A row of a grid keyed by a number: it covers `min` to `max`, both included; `max` is `null` for
 * "or more". Rows of one grid do not overlap.
 *
 * @example
 * ```ts
 * const band: Band = { min: 20, max: 29 };
 * ```
 */
export interface Band {
  /** The lowest value the row covers. */
  readonly min: number;
  /** The highest value the row covers; `null` for "or more". */
  readonly max: number | null;
}

/**
 * A band with the points it gives.
 *
 * @example
 * ```ts
 * const row: PointsBand = { min: 18, max: 35, points: 12 };
 * ```
 */
export interface PointsBand extends Band {
  readonly points: number;
}

/**
 * The rows of a banded grid, in the order the source lists them.
 *
 * @example
 * ```ts
 * const experience: Bands = [{ min: 1, max: 1, points: 9 }, { min: 2, max: 3, points: 11 }];
 * ```
 */
export type Bands<R extends Band = PointsBand> = readonly R[];

/**
 * The row of `bands` that covers `value`, or `undefined` when none does.
 *
 * @example
 * ```ts
 * bandOf([{ min: 2, max: 3, points: 11 }, { min: 4, max: null, points: 13 }], 5); // { min: 4, max: null, points: 13 }
 * bandOf([{ min: 2, max: 3, points: 11 }], 1); // undefined
 * ```
 */
export function bandOf<R extends Band>(bands: Bands<R>, value: number): R | undefined {
  for (let i = 0; i < bands.length; i++) {
    const r = bands[i] as R;
    if (r.min <= value && (r.max === null || value <= r.max)) return r;
  }
  return undefined;
}

/**
 * The points of the row of `bands` that covers `value`; 0 when no row does (a value below the
 * grid's first row earns nothing).
 *
 * @example
 * ```ts
 * bandPoints([{ min: 18, max: 35, points: 12 }, { min: 36, max: 36, points: 11 }], 36); // 11
 * bandPoints([{ min: 18, max: 35, points: 12 }], 17); // 0
 * ```
 */
export function bandPoints(bands: Bands, value: number): number {
  return bandOf(bands, value)?.points ?? 0;
}
