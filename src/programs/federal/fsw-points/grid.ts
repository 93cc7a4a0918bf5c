// The FSW selection grid of data/ircc/fsw-selection-grid.json, typed and dated: the points every
// factor reads. Internal.

import gridJson from "../../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import type { Bands } from "../../../core/bands.js";
import { lastValue, loadDated } from "../../../core/dated.js";
import type { FswEducationLevel } from "../education.js";
import type { FswAdaptabilityElementId } from "./adaptability-element.js";

/** One version of the FSW selection grid. Internal. */
export interface FswGrid {
  readonly passMark: number;
  readonly maximum: number;
  readonly language: {
    readonly maximum: number;
    /** Points per ability by CLB level. */
    readonly firstOfficialLanguagePerAbility: Bands;
    readonly firstOfficialLanguageMinimumClb: number;
    readonly secondOfficialLanguage: { readonly minClbInEveryAbility: number; readonly points: number };
  };
  readonly education: { readonly maximum: number; readonly points: Readonly<Record<FswEducationLevel, number>> };
  /** Points by whole years of skilled work. */
  readonly experience: { readonly maximum: number; readonly byYears: Bands };
  /** Points by whole years of age. */
  readonly age: { readonly maximum: number; readonly byAge: Bands };
  readonly arrangedEmployment: { readonly maximum: number; readonly points: number };
  readonly adaptability: {
    readonly maximum: number;
    readonly elements: readonly {
      readonly id: FswAdaptabilityElementId;
      readonly points: number;
      readonly requirement: string;
    }[];
  };
}

/** The FSW grid's versions, oldest first, and the day the file was last verified. Internal. */
export const FSW_GRID = /* @__PURE__ */ loadDated(gridJson, (value) => value as FswGrid);

/**
 * The grid the factors read: the version in force since 2015-01-01, the only one (the grid has
 * not changed since the program moved to Express Entry; a test fails if a second version is
 * added without the factors choosing one by date). Internal.
 */
export const grid: FswGrid = /* @__PURE__ */ lastValue(FSW_GRID);

/** A value of {@link grid}, read without keeping the grid in bundles that do not use it. Internal. */
/* @__NO_SIDE_EFFECTS__ */
export function gridValue<T>(read: (g: FswGrid) => T): T {
  return read(grid);
}
