// The FSW selection grid of data/ircc/fsw-selection-grid.json, typed: the points every factor
// reads. Internal.

import gridJson from "../../../../data/ircc/fsw-selection-grid.json" with { type: "json" };
import type { FswEducationLevel } from "../education.js";
import type { FswAdaptabilityElementId } from "./adaptability-element.js";

interface AgeRow {
  readonly minAge?: number;
  readonly maxAge?: number;
  readonly age?: number;
  readonly points: number;
}

export const grid = gridJson as unknown as {
  readonly language: {
    readonly maximum: number;
    readonly firstOfficialLanguagePerAbility: readonly { readonly minClb: number; readonly points: number }[];
    readonly firstOfficialLanguageMinimumClb: number;
    readonly secondOfficialLanguage: { readonly minClbInEveryAbility: number; readonly points: number };
  };
  readonly education: { readonly maximum: number; readonly points: Readonly<Record<FswEducationLevel, number>> };
  readonly experience: {
    readonly maximum: number;
    readonly byYears: readonly { readonly minYears: number; readonly points: number }[];
  };
  readonly age: { readonly maximum: number; readonly byAge: readonly AgeRow[] };
  readonly arrangedEmployment: { readonly maximum: number; readonly points: number };
  readonly adaptability: {
    readonly maximum: number;
    readonly elements: readonly {
      readonly id: FswAdaptabilityElementId;
      readonly points: number;
      readonly requirement: string;
    }[];
  };
};
