import type { IsoDate } from "./iso-date.js";

/**
 * Where a rule or a number comes from: an official page or document, by title and address.
 * `effective` is the date the rule took effect, when known; `retrieved` is the date we read the
 * source. `secondary` marks a source that is not the authority itself (a law firm's summary, say),
 * so users can weigh it.
 *
 * @example
 * ```ts
 * const source: Citation = {
 *   title: "Comprehensive Ranking System (CRS) criteria – Express Entry",
 *   url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/check-score/crs-criteria.html",
 *   retrieved: isoDate("2026-11-25"),
 * };
 * ```
 */
export interface Citation {
  /** The document's title as its publisher gives it. */
  readonly title: string;
  /** Where to read it. */
  readonly url: string;
  /** The part of the document that says it (a section, a table, a paragraph). */
  readonly section?: string;
  /** The date we read it. */
  readonly retrieved: IsoDate;
  /** The date the rule it states took effect, when known. */
  readonly effective?: IsoDate;
  /** True when this is not the official source but a secondary one. */
  readonly secondary?: boolean;
}
