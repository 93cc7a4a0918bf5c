// The relatives-in-Canada adaptability element.

import { message } from "../../../core/message.js";
import { element, type FswAdaptabilityElement } from "./adaptability-element.js";

/**
 * Relatives in Canada: FSW's question is `relativeInCanada`; a brother or sister is one of its
 * relatives, so `siblingInCanada: true` earns the element too. `true` in either passes; the element
 * fails only when `relativeInCanada` is `false` (which answers for siblings as well); otherwise it
 * is `unknown` on `relativeInCanada` (a sibling answered `false` leaves the other relatives open).
 */
export function relativesInCanada(sibling: boolean | undefined, relative: boolean | undefined): FswAdaptabilityElement {
  if (relative === true) {
    return element("relatives-in-canada", "pass", message("fsw.adaptability.relatives.relative", {}));
  }
  if (sibling === true) {
    return element("relatives-in-canada", "pass", message("fsw.adaptability.relatives.sibling", {}));
  }
  if (relative === false) {
    return element("relatives-in-canada", "fail", message("fsw.adaptability.relatives.none", {}));
  }
  return element(
    "relatives-in-canada",
    "unknown",
    message("fsw.adaptability.relatives.not-answered", { noSibling: sibling === false }),
    ["relativeInCanada"],
  );
}
