// The language tests the AAIP did not accept on a day although IRCC did (PTE Core before
// 2025-04-01), as loaded from data/alberta/aaip-language-tests.json. Internal: the draws' language
// check reads it. Read on first use.

import testsJson from "../../../data/alberta/aaip-language-tests.json" with { type: "json" };
import { type DatedVersion, loadDated } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { LanguageTestKind } from "../../models/language-test.js";
import { termOn } from "./aaip-terms-data.js";

interface NotAccepted {
  readonly notAccepted: readonly LanguageTestKind[];
}

let versions: readonly DatedVersion<NotAccepted>[] | undefined;

/**
 * The test kinds the AAIP did not accept for an application received on `day`, and the day it
 * began accepting them; `undefined` before the data's first day.
 */
export function aaipTestsNotAcceptedOn(
  day: IsoDate,
): { readonly kinds: readonly LanguageTestKind[]; readonly acceptedFrom: IsoDate | null } | undefined {
  versions ??= loadDated(testsJson, (value) => value as NotAccepted).versions;
  const version = termOn(versions, day);
  if (version === undefined) return undefined;
  return { kinds: version.value.notAccepted, acceptedFrom: version.to ?? null };
}
