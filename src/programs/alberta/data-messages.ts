// The sentences the Alberta data files give as reasons (why a date or a listing is uncertain), as
// messages: the English catalogue holds each word for word, and the French one its translation
// (test/programs/alberta/messages.test.ts checks that the English text is the data's). Internal.

import { type Message, message, text } from "../../core/message.js";
import type { AtpUncertainty } from "./atp-occupations-data.js";

/** Why the pathway's first days are uncertain (atp-occupations.json, `launch.reason`). */
export function launchWindowReason(): Message {
  return message("atp.launch.window", {});
}

/** Why a current job without an offer is uncertain (atp-pathway-history.json, `qualifyingJob`). */
export function qualifyingJobUncertainty(): Message {
  return message("atp.history.qualifying-job-uncertain", {});
}

/**
 * Why the listing of a group of codes is uncertain (atp-occupations.json, `uncertain[].reason`),
 * by the group's id; a group the catalogue does not know yet keeps the data's English sentence.
 */
export function uncertaintyReason(u: AtpUncertainty): Message {
  switch (u.id) {
    case "noc2016-beyond-launch-list":
      return message("atp.uncertainty.noc2016-beyond-launch-list", {});
    case "noc2021-data-centre-additions":
      return message("atp.uncertainty.noc2021-data-centre-additions", {});
    default:
      return text(u.reason);
  }
}

/**
 * Why the Worker EOI grid is unknown over a period (worker-eoi-grid.json, `uncertain[].reason`), by
 * the period's start day, for `dataDoubts`; a period missing here keeps the data's English sentence.
 */
export const WORKER_EOI_GRID_DOUBTS: Readonly<Record<string, Message>> = {
  "2024-09-30": /* @__PURE__ */ message("worker-eoi.grid.first-version-unknown", {}),
};
