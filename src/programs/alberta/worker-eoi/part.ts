// A factor's points before they become a line of the breakdown: certain, reachable and the answers
// that could raise them, read from the grid version in force.

import { bandOf } from "../../../core/bands.js";
import type { Citation } from "../../../core/citation.js";
import { message } from "../../../core/message.js";
import type { GridVersion } from "./data.js";
import type { WorkerEoiLine, WorkerEoiLineId } from "./types.js";

export interface Part {
  readonly points: number;
  readonly maximumReachable: number;
  readonly option?: string | undefined;
  readonly missing: readonly string[];
  readonly source?: Citation;
}

export const certain = (points: number, option?: string): Part => ({
  points,
  maximumReachable: points,
  option,
  missing: [],
});

export function pointsOf(grid: GridVersion, factor: string, option: string | undefined): number {
  return option === undefined ? 0 : (grid.factors.get(factor)?.points.get(option) ?? 0);
}

/**
 * The option of `factor` whose band covers `value` (in the French column when `french`), or
 * `undefined` when none does.
 */
export function bandOptionOf(grid: GridVersion, factor: string, value: number, french = false): string | undefined {
  return bandOf(
    (grid.factors.get(factor)?.bands ?? []).filter((b) => b.french === french),
    value,
  )?.id;
}

/** Whether the band of `option` of `factor` covers `value`. */
export function inBand(grid: GridVersion, factor: string, option: string, value: number): boolean {
  return bandOf(grid.factors.get(factor)?.bands.filter((b) => b.id === option) ?? [], value) !== undefined;
}

export function maximumOf(grid: GridVersion, factor: string): number {
  return grid.factors.get(factor)?.maximum ?? 0;
}

export function lineOf(grid: GridVersion, id: WorkerEoiLineId, part: Part, clarifiedBy?: Citation): WorkerEoiLine {
  const factor = grid.factors.get(id);
  return {
    id,
    group: factor?.group ?? "I",
    label: factor?.label ?? id,
    message: message(`worker-eoi.line.${id}`, {}),
    points: part.points,
    maximumReachable: part.maximumReachable,
    maximum: factor?.maximum ?? 0,
    ...(part.option === undefined
      ? {}
      : {
          option: part.option,
          optionLabel: factor?.optionLabels.get(part.option) ?? part.option,
          optionMessage: message("worker-eoi.option", { line: id, option: part.option }),
        }),
    source: part.source ?? grid.source,
    ...(clarifiedBy === undefined ? {} : { clarifiedBy }),
    // A line already at its best has nothing left to ask.
    missing: part.maximumReachable > part.points ? part.missing : [],
  };
}
