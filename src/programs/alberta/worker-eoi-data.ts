// The AAIP Worker EOI grid and the ATP draws as loaded from data/alberta/. Internal: the public API
// is worker-eoi.ts and atp-draws.ts. Nothing runs at import time: the files are read on first use.

import drawsJson from "../../../data/alberta/atp-draws.json" with { type: "json" };
import gridJson from "../../../data/alberta/worker-eoi-grid.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type CitationJson, citationFromJson } from "../../core/citation-json.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";

interface OptionJson {
  readonly id: string;
  readonly label: string;
  readonly points: number;
  readonly french?: boolean;
}

interface FactorJson {
  readonly id: string;
  readonly group: "I" | "II";
  readonly label: string;
  readonly maximum: number;
  readonly oneOf?: boolean;
  readonly options: readonly OptionJson[];
}

interface GridJson {
  readonly systemFrom: string;
  readonly systemSource: CitationJson;
  readonly unknownPeriods: readonly { readonly from: string; readonly to: string; readonly reason: string }[];
  readonly versions: readonly {
    readonly from: string;
    readonly maximum: number;
    readonly source: CitationJson;
    readonly frenchSource: CitationJson;
    readonly factors: readonly FactorJson[];
  }[];
}

interface DrawsJson {
  readonly knownFrom: string;
  readonly knownThrough: string;
  readonly source: CitationJson;
  readonly draws: readonly { readonly date: string; readonly minimumScore: number; readonly invitations: number }[];
}

/** One factor of the grid, with its points by option id. */
export interface GridFactor {
  readonly id: string;
  readonly group: "I" | "II";
  readonly label: string;
  readonly maximum: number;
  readonly points: ReadonlyMap<string, number>;
  /** The grid's wording of each option, by option id ("Bachelor's degree" for `bachelors`). */
  readonly optionLabels: ReadonlyMap<string, string>;
}

/** The grid in force from `from`. */
export interface GridVersion {
  readonly from: IsoDate;
  readonly maximum: number;
  readonly source: Citation;
  readonly frenchSource: Citation;
  readonly factors: ReadonlyMap<string, GridFactor>;
}

/** The Worker EOI facts: when the system began, the periods whose grid is unknown, the known grids. */
export interface WorkerEoiData {
  readonly systemFrom: IsoDate;
  readonly systemSource: Citation;
  readonly unknownPeriods: readonly { readonly from: IsoDate; readonly to: IsoDate; readonly reason: string }[];
  readonly versions: readonly GridVersion[];
}

let grid: WorkerEoiData | undefined;

/** The grid data, read on first use. */
export function workerEoiData(): WorkerEoiData {
  if (grid !== undefined) return grid;
  const json = gridJson as unknown as GridJson;
  grid = {
    systemFrom: isoDate(json.systemFrom),
    systemSource: citationFromJson(json.systemSource),
    unknownPeriods: json.unknownPeriods.map((p) => ({ from: isoDate(p.from), to: isoDate(p.to), reason: p.reason })),
    versions: json.versions.map((v) => ({
      from: isoDate(v.from),
      maximum: v.maximum,
      source: citationFromJson(v.source),
      frenchSource: citationFromJson(v.frenchSource),
      factors: new Map(
        v.factors.map((f) => [
          f.id,
          {
            id: f.id,
            group: f.group,
            label: f.label,
            maximum: f.maximum,
            points: new Map(f.options.map((o) => [o.id, o.points])),
            optionLabels: new Map(f.options.map((o) => [o.id, o.label])),
          },
        ]),
      ),
    })),
  };
  return grid;
}

/** An ATP draw as stored. */
export interface DrawRecord {
  readonly date: IsoDate;
  readonly minimumScore: number;
  readonly invitations: number;
}

/** The draws data. */
export interface DrawsData {
  /** The first day our draw data covers: draws before it are not in the file. */
  readonly knownFrom: IsoDate;
  readonly knownThrough: IsoDate;
  readonly source: Citation;
  readonly draws: readonly DrawRecord[];
}

let draws: DrawsData | undefined;

/** The ATP draws, read on first use, oldest first. */
export function drawsData(): DrawsData {
  if (draws !== undefined) return draws;
  const json = drawsJson as unknown as DrawsJson;
  draws = {
    knownFrom: isoDate(json.knownFrom),
    knownThrough: isoDate(json.knownThrough),
    source: citationFromJson(json.source),
    draws: json.draws
      .map((d) => ({ date: isoDate(d.date), minimumScore: d.minimumScore, invitations: d.invitations }))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
  };
  return draws;
}
