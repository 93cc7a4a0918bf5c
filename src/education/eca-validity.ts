// How long an Educational Credential Assessment counts. A module of its own: the catalogues read
// the number without the credential code around it.

import requirementsJson from "../../data/ircc/federal-requirements.json" with { type: "json" };
import { currentNumber } from "../core/current-number.js";

/**
 * Years an Educational Credential Assessment (ECA) stays valid: results five or more years old no
 * longer count (Ministerial Instructions 2017-1, s. 3(4), in force 2017-06-06; IRPR s. 73(1)
 * before that).
 *
 * @example
 * ```ts
 * addYears(isoDate("2021-03-01"), ECA_VALIDITY_YEARS); // "2026-03-01", the first day it no longer counts
 * ```
 */
export const ECA_VALIDITY_YEARS: number = /* @__PURE__ */ currentNumber(requirementsJson, "ecaValidityYears", "years");
