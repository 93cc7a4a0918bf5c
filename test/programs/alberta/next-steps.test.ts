// Next steps: the AAIP Worker EOI terms (data/alberta/aaip-worker-eoi-terms.json), each shown only
// on the days it applies (both sides of each date), with its source; and an Alberta nominee's
// 30-day acceptance step.

import { describe, expect, it } from "vitest";
import termsJson from "../../../data/alberta/aaip-worker-eoi-terms.json" with { type: "json" };
import { type Candidate, isoDate, nextStepsFor } from "../../../src/index.js";

const eligible = { status: "eligible", missing: [] } as const;
const ids = (asOf: string, candidate: Candidate = {}) =>
  nextStepsFor(candidate, isoDate(asOf), eligible).map((s) => s.id);
const step = (asOf: string, id: string) => nextStepsFor({}, isoDate(asOf), eligible).find((s) => s.id === id);
const TERMS = ["worker-eoi-fee", "one-worker-eoi", "worker-eoi-validity", "invitation-period", "application-fee"];
const terms = (asOf: string) => ids(asOf).filter((id) => TERMS.includes(id));

describe("Worker EOI terms in next steps, by date", () => {
  it("before the Worker EOI (2024-09-29): none; from 2024-09-30: no fee, one Worker EOI at a time", () => {
    expect(terms("2024-09-29")).toEqual([]);
    expect(terms("2024-09-30")).toEqual(["worker-eoi-fee", "one-worker-eoi"]);
    expect(step("2024-09-30", "worker-eoi-fee")?.action).toBe(
      "There is no fee to submit a Worker Expression of Interest.",
    );
    expect(step("2024-09-30", "one-worker-eoi")?.action).toBe(
      "You can have only one Worker Expression of Interest, and cannot create one while you have another Worker or Entrepreneur EOI or a draft or active AAIP application: withdraw those first.",
    );
  });

  it("the $1,500 worker-stream application fee from 2025-04-01, not on 2025-03-31", () => {
    expect(terms("2025-03-31")).not.toContain("application-fee");
    expect(step("2025-04-01", "application-fee")?.action).toBe(
      "The application to an AAIP worker stream (the Alberta Express Entry Stream is one) costs a $1,500 fee (since 2025-04-01).",
    );
  });

  it("the Worker EOI fee: free until 2026-04-06, $135 from 2026-04-07", () => {
    expect(step("2026-04-06", "worker-eoi-fee")?.action).toBe(
      "There is no fee to submit a Worker Expression of Interest.",
    );
    expect(step("2026-04-07", "worker-eoi-fee")?.action).toBe(
      "Submitting a Worker Expression of Interest costs a $135 fee (since 2026-04-07).",
    );
  });

  it("the one-year validity and the 15-day invitation period from 2026-05-26, not on 2026-05-25", () => {
    expect(terms("2026-05-25")).toEqual(["worker-eoi-fee", "one-worker-eoi", "application-fee"]);
    expect(terms("2026-05-26")).toEqual(TERMS);
    expect(step("2026-05-26", "worker-eoi-validity")?.action).toBe(
      "A Worker Expression of Interest is valid for one year after you submit it; editing it does not extend it.",
    );
    expect(step("2026-05-26", "invitation-period")?.action).toBe(
      "If the AAIP invites you, act within the 15-day invitation period: apply, or reject the invitation to return to the Worker EOI pool.",
    );
  });

  it("each term cites the AAIP updates entry it comes from, with the day it took effect", () => {
    const steps = nextStepsFor({}, isoDate("2026-11-25"), eligible).filter((s) => TERMS.includes(s.id));
    expect(steps.map((s) => [s.id, s.source.url, s.source.effective, s.source.retrieved])).toEqual([
      ["worker-eoi-fee", "https://www.alberta.ca/aaip-updates", "2026-04-07", "2026-06-20"],
      ["one-worker-eoi", "https://www.alberta.ca/aaip-updates", "2024-09-30", "2026-06-20"],
      ["worker-eoi-validity", "https://www.alberta.ca/aaip-updates", "2026-05-26", "2026-06-20"],
      ["invitation-period", "https://www.alberta.ca/aaip-updates", "2026-05-26", "2026-06-20"],
      ["application-fee", "https://www.alberta.ca/aaip-updates", "2025-04-01", "2026-06-20"],
    ]);
    expect(steps[0]?.source.section).toContain("$135");
    expect(termsJson.verified).toBe("2026-12-06");
  });

  it("a nominee is not told about the Worker EOI", () => {
    const bc: Candidate = { provincialNomination: { province: "BC", nominatedOn: isoDate("2026-11-20") } };
    expect(ids("2026-11-25", bc).filter((id) => TERMS.includes(id))).toEqual([]);
  });
});

describe("an Alberta nominee (ineligible: the stream does not nominate twice)", () => {
  const ab = (nominatedOn: string): Candidate => ({
    provincialNomination: { province: "AB", nominatedOn: isoDate(nominatedOn) },
  });
  const ineligible = { status: "ineligible", missing: [] } as const;

  it("is told to accept the nomination within 30 days, the last day included", () => {
    // Nominated 2026-10-26: 30 days later is 2026-11-25, asOf itself.
    expect(nextStepsFor(ab("2026-10-26"), isoDate("2026-11-25"), ineligible)).toStrictEqual([
      {
        id: "accept-nomination",
        action:
          "Accept the AB nomination in your Express Entry profile by 2026-11-25 (30 days from 2026-10-26); it adds 600 CRS points.",
        due: "2026-11-25",
        source: {
          title: "Get or confirm a nomination – Provincial Nominee Program (Express Entry), IRCC",
          url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html",
          retrieved: "2026-11-25",
        },
      },
    ]);
    // A day later the 30 days are over: nothing.
    expect(nextStepsFor(ab("2026-10-25"), isoDate("2026-11-25"), ineligible)).toEqual([]);
  });

  it("a nomination dated after asOf, or from another province, gives an ineligible candidate nothing", () => {
    expect(nextStepsFor(ab("2026-11-26"), isoDate("2026-11-25"), ineligible)).toEqual([]);
    const bc: Candidate = { provincialNomination: { province: "BC", nominatedOn: isoDate("2026-11-20") } };
    expect(nextStepsFor(bc, isoDate("2026-11-25"), ineligible)).toEqual([]);
  });
});
