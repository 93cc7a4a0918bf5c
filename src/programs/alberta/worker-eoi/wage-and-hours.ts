// The Worker EOI's note on the Alberta job offer's wage and hours of work: asked, or not held.

import { message } from "../../../core/message.js";
import type { Candidate } from "../../../models/candidate.js";
import type { WorkerEoiReadings } from "./data.js";
import type { WorkerEoiNote } from "./types.js";

/**
 * The wage and hours of work of an Alberta job offer: asked in EOIs submitted from the data's
 * `wageAndHoursFrom` (2026-02-25), not held by earlier ones. No points either way.
 */
export function wageAndHoursNotes(readings: WorkerEoiReadings, c: Candidate): WorkerEoiNote[] {
  const offer = c.jobOffer;
  if (offer == null || (offer.province !== undefined && offer.province !== "AB")) return [];
  const from = readings.wageAndHoursFrom;
  const source = readings.wageAndHoursSource;
  const submitted = c.workerEoiSubmittedOn;
  if (submitted !== undefined && submitted < from) {
    return [
      {
        code: "wage_and_hours_not_collected",
        message: message("worker-eoi.note.wage-and-hours-not-collected", { from, submitted }),
        source,
      },
    ];
  }
  const open = [
    ...(offer.hourlyWageCad === undefined ? ["jobOffer.hourlyWageCad"] : []),
    ...(offer.hoursPerWeek === undefined ? ["jobOffer.hoursPerWeek"] : []),
  ];
  if (open.length === 0) return [];
  return [
    {
      code: "wage_and_hours_asked",
      message: message("worker-eoi.note.wage-and-hours-asked", {
        from,
        ...(submitted === undefined ? {} : { submitted }),
        answer: open,
      }),
      source,
    },
  ];
}
