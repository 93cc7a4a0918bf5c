// The relatives-in-Canada adaptability element.

import { element, type FswAdaptabilityElement } from "./adaptability-element.js";

/**
 * Relatives in Canada: FSW's question is `relativeInCanada`; a brother or sister is one of its
 * relatives, so `siblingInCanada: true` earns the element too. `true` in either passes; the element
 * fails only when `relativeInCanada` is `false` (which answers for siblings as well); otherwise it
 * is `unknown` on `relativeInCanada` (a sibling answered `false` leaves the other relatives open).
 */
export function relativesInCanada(sibling: boolean | undefined, relative: boolean | undefined): FswAdaptabilityElement {
  if (relative === true) {
    return element(
      "relatives-in-canada",
      "pass",
      "You or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (relativeInCanada).",
    );
  }
  if (sibling === true) {
    return element(
      "relatives-in-canada",
      "pass",
      "You have a brother or sister in Canada who is a citizen or permanent resident (siblingInCanada); a sibling is one of the relatives that count.",
    );
  }
  if (relative === false) {
    return element(
      "relatives-in-canada",
      "fail",
      "No relative aged 18 or over who is a Canadian citizen or permanent resident lives in Canada (relativeInCanada: false).",
    );
  }
  return element(
    "relatives-in-canada",
    "unknown",
    `Whether you or your spouse have a relative aged 18 or over in Canada who is a citizen or permanent resident (a parent, grandparent, child, grandchild, brother or sister, aunt or uncle, niece or nephew) is not answered (relativeInCanada)${sibling === false ? "; no brother or sister, but the other relatives count too" : ""}.`,
    ["relativeInCanada"],
  );
}
