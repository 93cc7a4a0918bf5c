// Reading a data file's `source` block into a Citation. Internal (not exported from the package):
// the data modules under src/programs share it.

import type { Citation } from "./citation.js";
import { isoDate } from "./iso-date.js";

/** A `source` block as written in the JSON files of data/. */
export interface CitationJson {
  readonly title: string;
  readonly url: string;
  readonly section?: string;
  readonly retrieved: string;
  readonly effective?: string;
  readonly secondary?: boolean;
}

/** A data file `source` block as a frozen {@link Citation} (optional fields only when present). */
export function citationFromJson(source: CitationJson): Citation {
  return Object.freeze({
    title: source.title,
    url: source.url,
    ...(source.section === undefined ? {} : { section: source.section }),
    retrieved: isoDate(source.retrieved),
    ...(source.effective === undefined ? {} : { effective: isoDate(source.effective) }),
    ...(source.secondary === undefined ? {} : { secondary: source.secondary }),
  });
}
