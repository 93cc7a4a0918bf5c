// The check of the one shape of dated data in data/ (see dated.ts): every date a real day, every
// version with its source and value, versions in order without overlap, uncertain periods within
// their version. Internal: run by the test suite on every dated file, not by the library.

import type { CitationJson } from "./citation-json.js";
import { describeIsoDateProblem, type IsoDate } from "./iso-date.js";

/** A version as written in a data file. */
interface DatedVersionJson {
  readonly from?: unknown;
  readonly to?: unknown;
  readonly source?: Partial<CitationJson>;
  readonly verified?: unknown;
  readonly uncertain?: readonly { readonly from?: unknown; readonly to?: unknown; readonly reason?: unknown }[];
  readonly value?: unknown;
}

/**
 * Checks a dated data file (`{ verified, versions: [{ from, to?, source, verified?, uncertain?,
 * value }] }`, or `{ verified, series: { name: { versions } } }` for several tables in one file): every date a real `YYYY-MM-DD` day, every version with a source (title, url,
 * retrieved) and a value, versions ordered by `from` and not overlapping, uncertain periods (when
 * given) a non-empty list of periods with a reason within their version. Throws an `Error` naming the file and the
 * field otherwise ("data/x.json: versions[1].from overlaps the version before."). The test suite
 * runs it on every dated file under data/ (test/data/data-shape.test.ts), so a file in the wrong
 * shape fails before release; the loader the library runs ({@link loadDated}) does not repeat it,
 * to keep the bundles small.
 *
 * @example
 * ```ts
 * checkDated(fundsJson, "data/ircc/settlement-funds.json"); // throws if the file is not in the one shape
 * ```
 */
export function checkDated(json: unknown, file: string): void {
  // A file of several dated tables holds each, in the one shape, under `series` by name.
  const series = (json as { series?: Readonly<Record<string, { versions?: unknown }>> }).series;
  if (series !== undefined) {
    const verified = (json as { verified?: unknown }).verified;
    for (const [name, table] of Object.entries(series)) {
      checkDated({ verified, versions: table.versions }, `${file}: series.${name}`);
    }
    return;
  }
  const raw = (json as { versions?: unknown }).versions;
  const check = (ok: unknown, field: string, problem: string): void => {
    if (!ok) throw new Error(`${file}: ${field} ${problem}.`);
  };
  const day = (field: string, value: unknown, optional?: boolean): IsoDate => {
    if (!optional || value !== undefined) {
      const problem = describeIsoDateProblem(value);
      check(problem === undefined, field, `is not a date (${problem})`);
    }
    return value as IsoDate;
  };
  day("verified", (json as { verified?: unknown }).verified);
  check(Array.isArray(raw) && raw.length, "versions", "is not a list of versions");
  let end: IsoDate | undefined | null = null;
  (raw as readonly DatedVersionJson[]).forEach((json, i) => {
    const at = `versions[${i}].`;
    const from = day(`${at}from`, json.from);
    const to = day(`${at}to`, json.to, true);
    check(to === undefined || to > from, `${at}to`, "is not after from");
    check(end === null || (end !== undefined && end <= from), `${at}from`, "overlaps the version before");
    end = to;
    const source = json.source;
    check(typeof source?.title === "string" && typeof source.url === "string", `${at}source`, "has no title or url");
    day(`${at}source.retrieved`, source?.retrieved);
    day(`${at}source.effective`, source?.effective, true);
    check("value" in json, `${at}value`, "is missing");
    const periods = json.uncertain;
    check(periods === undefined || (Array.isArray(periods) && periods.length), `${at}uncertain`, "is empty");
    for (const [j, p] of (periods ?? []).entries()) {
      const start = day(`${at}uncertain[${j}].from`, p.from);
      const stop = day(`${at}uncertain[${j}].to`, p.to, true);
      check(
        start >= from && (stop === undefined || (stop > start && (to === undefined || stop <= to))),
        `${at}uncertain[${j}]`,
        "is not within its version",
      );
      check(typeof p.reason === "string" && p.reason, `${at}uncertain[${j}].reason`, "is empty");
    }
  });
}
