// The FSW arranged-employment factor (max 10), from the job-offer finding.

import { message } from "../../../core/message.js";
import type { FederalFinding } from "../findings.js";
import { type FswFactorPoints, factor } from "./factor.js";
import { grid } from "./grid.js";

/** The arranged-employment factor from the job-offer finding. Internal. */
export function arrangedFactor(arranged: FederalFinding): FswFactorPoints {
  const max = grid.arrangedEmployment.maximum;
  const earned = grid.arrangedEmployment.points;
  const finding = arranged.message;
  if (arranged.verdict === "pass") {
    return factor(earned, earned, max, message("fsw.points.arranged-employment", { finding, points: earned }), []);
  }
  if (arranged.verdict === "unknown") {
    return factor(
      0,
      earned,
      max,
      message("fsw.points.arranged-employment", { finding, points: null }),
      arranged.missing,
    );
  }
  return factor(0, 0, max, message("fsw.points.arranged-employment", { finding, points: 0 }), []);
}
