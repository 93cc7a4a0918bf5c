// The AAIP Worker EOI grid and the ATP draws as loaded from data/alberta/. Internal: the public API
// is score.ts and ../atp-draws.ts. Nothing runs at import time: the files are read on first use.

import gridJson from "../../../../data/alberta/worker-eoi-grid.json" with { type: "json" };
import type { Band, Bands } from "../../../core/bands.js";
import type { Citation } from "../../../core/citation.js";
import { type CitationJson, citationFromJson } from "../../../core/citation-json.js";
import { loadDated } from "../../../core/dated.js";
import { earliestDay } from "../../../core/freshness.js";
import { type IsoDate, isoDate } from "../../../core/iso-date.js";
import { workerEoiFamily } from "./family-data.js";

interface OptionJson {
  readonly id: string;
  readonly min?: number;
  readonly max?: number | null;
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

interface ReadingsJson {
  /** The day the readings were last checked against the FAQ (older than the grid's own day). */
  readonly verified?: IsoDate;
  readonly clarifications: readonly {
    readonly id: string;
    readonly lines: readonly string[];
    readonly source: CitationJson;
  }[];
  readonly wageAndHours: { readonly submittedFrom: string; readonly source: CitationJson };
}

/** The value of a version of the grid: `null` while the grid in force is not known. */
interface GridValueJson {
  readonly maximum: number;
  readonly frenchSource: CitationJson;
  readonly factors: readonly FactorJson[];
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
  /** The options chosen by a value (an age, a CLB level, months of work), in the grid's order. */
  readonly bands: Bands<GridBand>;
}

/** An option of the grid that covers a band of values; `french` for the French (NCLC) column. */
export interface GridBand extends Band {
  readonly id: string;
  readonly french: boolean;
}

/** The grid in force from `from`. */
export interface GridVersion {
  readonly from: IsoDate;
  readonly maximum: number;
  readonly source: Citation;
  readonly frenchSource: Citation;
  readonly factors: ReadonlyMap<string, GridFactor>;
}

/**
 * How the AAIP's answers to common questions read the grid: the answer each line follows, the
 * family definition by submission date, the wage and hours asked from a date.
 */
export interface WorkerEoiReadings {
  /** The answer a line follows, by line id (education, work experience, family, job offer, regulated occupation). */
  readonly clarifiedBy: ReadonlyMap<string, Citation>;
  /** The first submission day whose EOI gives the offer's wage and hours (2026-02-25). */
  readonly wageAndHoursFrom: IsoDate;
  readonly wageAndHoursSource: Citation;
}

/** The Worker EOI facts: when the system began, the periods whose grid is unknown, the known grids. */
export interface WorkerEoiData {
  readonly systemFrom: IsoDate;
  readonly systemSource: Citation;
  readonly unknownPeriods: readonly { readonly from: IsoDate; readonly to: IsoDate; readonly reason: string }[];
  readonly readings: WorkerEoiReadings;
  readonly versions: readonly GridVersion[];
  /** The day the grid and its readings were last verified against their sources. */
  readonly verified: IsoDate;
}

let grid: WorkerEoiData | undefined;

function readingsOf(json: ReadingsJson): WorkerEoiReadings {
  const clarifiedBy = new Map<string, Citation>();
  for (const c of json.clarifications) for (const line of c.lines) clarifiedBy.set(line, citationFromJson(c.source));
  return {
    clarifiedBy,
    wageAndHoursFrom: isoDate(json.wageAndHours.submittedFrom),
    wageAndHoursSource: citationFromJson(json.wageAndHours.source),
  };
}

/** The grid data, read on first use. */
export function workerEoiData(): WorkerEoiData {
  if (grid !== undefined) return grid;
  const dated = loadDated(gridJson, (value) => value as GridValueJson | null);
  const [first] = dated.versions;
  if (first === undefined) throw new Error("worker-eoi-grid.json has no version.");
  const readingsJson = (gridJson as unknown as { readonly readings: ReadingsJson }).readings;
  grid = {
    verified: earliestDay(dated.verified, readingsJson.verified, workerEoiFamily().verified),
    systemFrom: first.from,
    systemSource: first.source,
    // A version whose grid is not known holds null: its uncertain periods are the unknown periods.
    unknownPeriods: dated.versions.flatMap((v) =>
      v.value === null
        ? (v.uncertain ?? []).map((p) => ({ from: p.from, to: (p.to ?? v.to) as IsoDate, reason: p.reason }))
        : [],
    ),
    readings: readingsOf(readingsJson),
    versions: dated.versions.flatMap(({ from, source, value }) =>
      value === null
        ? []
        : [
            {
              from,
              maximum: value.maximum,
              source,
              frenchSource: citationFromJson(value.frenchSource),
              factors: new Map(
                value.factors.map((f) => [
                  f.id,
                  {
                    id: f.id,
                    group: f.group,
                    label: f.label,
                    maximum: f.maximum,
                    points: new Map(f.options.map((o) => [o.id, o.points])),
                    optionLabels: new Map(f.options.map((o) => [o.id, o.label])),
                    bands: f.options.flatMap((o) =>
                      o.min === undefined
                        ? []
                        : [{ id: o.id, min: o.min, max: o.max ?? null, french: o.french === true }],
                    ),
                  },
                ]),
              ),
            },
          ],
    ),
  };
  return grid;
}
