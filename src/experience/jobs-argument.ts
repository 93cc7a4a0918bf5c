// The check of a work history given to an exported experience helper. Internal.

import { argumentError, listArgument, objectArgument } from "../core/argument.js";

/**
 * Throws a TypeError naming the entry unless `workHistory` is a list of jobs, each an object with
 * a finite number of hours a week: a string for the hours would otherwise read as no hours, and an
 * entry that is no object would fail from inside. The other fields are the types' business
 * (`parseCandidate` checks them).
 */
export function jobsArgument(workHistory: unknown, path: string): void {
  listArgument(workHistory, path, "a list of jobs (undefined: not answered)");
  for (let i = 0; i < workHistory.length; i++) {
    const job: unknown = workHistory[i];
    objectArgument(job, `${path}[${i}]`, "a job (an object)");
    const hours = (job as { readonly hoursPerWeek?: unknown }).hoursPerWeek;
    if (typeof hours !== "number" || !Number.isFinite(hours)) {
      throw argumentError(`${path}[${i}].hoursPerWeek`, "a finite number of hours a week", hours);
    }
  }
}

/** Throws a TypeError naming `options.noc` unless it is a NOC code, a list of codes or left out. */
export function nocOptionArgument(noc: unknown): void {
  if (noc === undefined || typeof noc === "string") return;
  if (Array.isArray(noc) && noc.every((code) => typeof code === "string")) return;
  throw argumentError("options.noc", "a NOC code or a list of codes", noc);
}
