// The Accelerated Tech Pathway as it ran on a given day (data/alberta/atp-pathway-history.json):
// which jobs count (a current job or an offer until 2024-08-12, uncertain until 2024-12-10, only an
// offer from 2024-12-11), the intake calendar (web form, the 2024 monthly acceptance dates, none
// from 2024-08-13, the Worker EOI from 2024-09-30), and the occupation list's count on the day.

import { describe, expect, it } from "vitest";
import historyJson from "../../../data/alberta/atp-pathway-history.json" with { type: "json" };
import { addDays, atpIntakeOn, checkAtpOccupation, InvalidAsOfError, type IsoDate } from "../../../src/index.js";
import {
  assessAtp,
  d,
  eligibleOn,
  failedIds,
  type JsonObject,
  nodes,
  without,
  withValue,
} from "../../fixtures/alberta/builders.js";
import { englishOf, stepText } from "../../fixtures/messages.js";

/** {@link eligibleOn} `asOf` without a job offer: the Alberta job (`workHistory[1]`) is the only case. */
function currentJobOnly(asOf: IsoDate): JsonObject {
  const c = eligibleOn(asOf);
  c.jobOffer = null;
  return c;
}

/** The written permanent full-time offer the step asks for, from the current employer. */
const WRITTEN_OFFER = {
  noc: "21231",
  employer: { name: "Chinook Cloud Ltd.", albertaBased: true, techIndustry: true, naics: "541511" },
  province: "AB",
  hoursPerWeek: 40,
  permanent: true,
  engagement: "employee",
};

describe("which jobs count: the dates in the data", () => {
  const [launch, offer] = historyJson.series.qualifyingJob.versions;

  it("the uncertain period runs from the day after the launch wording's last known day to the first offer-only day", () => {
    expect(launch?.value.knownThrough).toBe("2024-08-12");
    // One uncertain period, at the end of the launch era, which ends where the offer-only era begins.
    expect(launch?.uncertain).toHaveLength(1);
    const uncertain = launch?.uncertain?.[0];
    expect(uncertain?.from).toBe(addDays(d(launch?.value.knownThrough ?? ""), 1));
    expect(uncertain?.to).toBe(offer?.from);
    expect(launch?.to).toBe(offer?.from);
    expect(offer?.from).toBe("2024-12-11");
    expect([launch?.value.rule, offer?.value.rule]).toEqual(["current-employment-or-offer", "offer-only"]);
    // Each era cites an alberta.ca page, with the day it was read.
    for (const source of [launch?.source, launch?.value.lastKnownSource, offer?.source, offer?.value.laterSource]) {
      expect(source?.url).toMatch(/^https:\/\/www\.alberta\.ca\//);
      expect(source?.retrieved).toMatch(/^2026-\d\d-\d\d$/);
    }
  });
});

describe("a current job without an offer, on both sides of each date", () => {
  it.each([
    ["2024-06-11", "eligible", "pass"],
    ["2024-06-12", "eligible", "pass"],
    ["2024-08-12", "eligible", "pass"],
    ["2024-08-13", "incomplete", "unknown"],
    ["2024-09-30", "incomplete", "unknown"],
    ["2024-12-10", "incomplete", "unknown"],
    ["2024-12-11", "ineligible", "fail"],
    ["2026-11-25", "ineligible", "fail"],
  ])("on %s: %s (the job rule: %s)", (day, status, verdict) => {
    const a = assessAtp(currentJobOnly(d(day)), d(day));
    expect(a.status).toBe(status);
    const [rule] = nodes(a.result, "atp.job.offer-or-employment");
    expect(rule?.verdict).toBe(verdict);
    expect(nodes(a.result, "atp.qualifying-job#workHistory[1]")).toHaveLength(1);
  });

  it("over the uncertain period: unknown with nothing missing, the reason saying the law is uncertain", () => {
    for (const day of ["2024-08-13", "2024-12-10"]) {
      const a = assessAtp(currentJobOnly(d(day)), d(day));
      expect(a.missing).toEqual([]);
      expect(a.failed).toEqual([]);
      const [rule] = nodes(a.result, "atp.job.offer-or-employment");
      expect(rule?.missing).toBeUndefined();
      expect(englishOf(rule?.message)).toMatch(new RegExp(`^The law on ${day} is uncertain: `));
      expect(englishOf(rule?.message)).toContain(
        "known to hold while the 2024 monthly acceptance dates ran, until 2024-08-12",
      );
      expect(englishOf(rule?.message)).toContain("first dated on 2024-12-11");
      // The next step: a written offer from the current employer counts whatever the law was.
      const step = a.nextSteps.find((s) => s.id === "written-job-offer");
      expect(stepText(step)).toMatch(
        /^Ask Chinook Cloud Ltd\. for a written permanent full-time job offer for your current job \(workHistory\[1\], NOC 21231\)/,
      );
      expect(stepText(step)).toMatch(
        new RegExp(`whether a current job without an offer counts on ${day} is uncertain`),
      );
    }
  });

  it("from 2024-12-11: fails, saying a written permanent full-time offer from the employer is what counts", () => {
    const a = assessAtp(currentJobOnly(d("2024-12-11")), d("2024-12-11"));
    expect(failedIds(a)).toEqual(["atp.job.offer-or-employment"]);
    expect(englishOf(a.failed[0]?.message)).toBe(
      "From 2024-12-11 the pathway asks for a job offer for full-time employment in Alberta: a current job without an offer does not count. A written permanent full-time job offer from the employer counts on every date.",
    );
    expect(a.failed[0]?.source?.url).toBe("https://www.alberta.ca/aaip-processing-information");
    // Ineligible, yet one step is given: with that offer the candidate would be eligible.
    expect(a.nextSteps.map((s) => s.id)).toEqual(["written-job-offer"]);
    expect(stepText(a.nextSteps[0])).toMatch(
      /from 2024-12-11 the pathway asks for a job offer for full-time employment in Alberta/,
    );
    // Done: the offer it names makes the candidate eligible.
    const offered = withValue(currentJobOnly(d("2024-12-11")), "jobOffer", WRITTEN_OFFER);
    expect(assessAtp(offered, d("2024-12-11")).status).toBe("eligible");
  });

  it("until 2024-06-11 the current job counts alone, and no offer step is given", () => {
    const a = assessAtp(currentJobOnly(d("2024-06-11")), d("2024-06-11"));
    expect(a.status).toBe("eligible");
    expect(englishOf(nodes(a.result, "atp.job.offer-or-employment")[0]?.message)).toMatch(
      /counts as well as a job offer/,
    );
    expect(a.nextSteps.map((s) => s.id)).not.toContain("written-job-offer");
  });

  it("an unanswered offer keeps the outcome open after 2024-12-11 (an offer may exist)", () => {
    const a = assessAtp(without(currentJobOnly(d("2026-11-25")), "jobOffer"), d("2026-11-25"));
    expect(a.status).toBe("incomplete");
    expect(a.missing).toEqual(["jobOffer"]);
  });

  it("a part-time current job gets the step too: the full-time offer it asks for would qualify", () => {
    const partTime = withValue(currentJobOnly(d("2026-11-25")), "workHistory[1].hoursPerWeek", 20);
    const a = assessAtp(partTime, d("2026-11-25"));
    expect(a.status).toBe("ineligible");
    expect(a.nextSteps.map((s) => s.id)).toEqual(["written-job-offer"]);
    expect(stepText(a.nextSteps[0])).toMatch(/^Ask .* for a written permanent full-time job offer/);
    // Done as the step says (40 hours a week, permanent, in Alberta): eligible.
    const offered = withValue(partTime, "jobOffer", WRITTEN_OFFER);
    expect(assessAtp(offered, d("2026-11-25")).status).toBe("eligible");
  });

  it("no offer step when that offer is already held, or the job fails otherwise, though the answer is open", () => {
    // The example holds the written offer from its current employer, Chinook Cloud; with the
    // offer's tech-industry answer open it is incomplete, and is not told to ask for it again.
    const held = without(eligibleOn(d("2026-11-25")), "jobOffer.employer.techIndustry");
    const a = assessAtp(held, d("2026-11-25"));
    expect(a.status).toBe("incomplete");
    expect(a.nextSteps.map((s) => s.id)).not.toContain("written-job-offer");
    // The held offer is for six months only: the permanent full-time offer the step asks for is not
    // held, and would make the candidate eligible.
    const shortOffer = withValue(
      withValue(eligibleOn(d("2026-11-25")), "jobOffer.permanent", false),
      "jobOffer.durationMonths",
      6,
    );
    const short = assessAtp(shortOffer, d("2026-11-25"));
    expect(short.status).toBe("ineligible");
    expect(short.nextSteps.map((s) => s.id)).toContain("written-job-offer");
    // No offer answered and the current job's employer not in tech: an offer for it cannot help.
    const notTech = withValue(
      without(currentJobOnly(d("2026-11-25")), "jobOffer"),
      "workHistory[1].employer.techIndustry",
      false,
    );
    expect(assessAtp(notTech, d("2026-11-25")).nextSteps.map((s) => s.id)).not.toContain("written-job-offer");
    // The same job with the employer in tech: the step is given.
    expect(
      assessAtp(without(currentJobOnly(d("2026-11-25")), "jobOffer"), d("2026-11-25")).nextSteps.map((s) => s.id),
    ).toContain("written-job-offer");
  });

  it("no offer step when the current job fails for another reason too (the offer would not help)", () => {
    const selfEmployed = withValue(currentJobOnly(d("2026-11-25")), "workHistory[1].engagement", "self-employed");
    expect(assessAtp(selfEmployed, d("2026-11-25")).nextSteps).toEqual([]);
  });

  it("no offer and no current job in Alberta: the reason follows the date", () => {
    const bc = (day: string) => withValue(currentJobOnly(d(day)), "workHistory[1].province", "BC");
    expect(englishOf(assessAtp(bc("2024-12-10"), d("2024-12-10")).failed[0]?.message)).toMatch(
      /^There is no job offer and no current job in Alberta/,
    );
    expect(englishOf(assessAtp(bc("2024-12-11"), d("2024-12-11")).failed[0]?.message)).toBe(
      "There is no job offer: from 2024-12-11 the pathway needs a job offer for full-time employment with an Alberta tech employer.",
    );
  });
});

describe("atpIntakeOn: the intake calendar", () => {
  it.each([
    ["2021-11-30", "before-launch", "closed", "2021-12-01"],
    ["2021-12-01", "web-form", "unknown", "2021-12-31"],
    ["2021-12-30", "web-form", "unknown", "2021-12-31"],
    ["2021-12-31", "web-form", "open", undefined],
    ["2024-06-10", "web-form", "open", undefined],
    ["2024-06-11", "monthly-intake", "open", "2024-07-09"],
    ["2024-06-12", "monthly-intake", "unknown", "2024-07-09"],
    ["2024-07-08", "monthly-intake", "unknown", "2024-07-09"],
    ["2024-07-09", "monthly-intake", "open", undefined],
    ["2024-07-10", "monthly-intake", "unknown", undefined],
    ["2024-08-06", "monthly-intake", "unknown", undefined],
    // Cancelled on 2024-08-07 from 2024-08-13 on: the update does not close the July intake.
    ["2024-08-07", "monthly-intake", "unknown", undefined],
    ["2024-08-12", "monthly-intake", "unknown", undefined],
    ["2024-08-13", "no-intake", "closed", "2024-09-30"],
    ["2024-08-20", "no-intake", "closed", "2024-09-30"],
    ["2024-09-10", "no-intake", "closed", "2024-09-30"],
    ["2024-09-29", "no-intake", "closed", "2024-09-30"],
    ["2024-09-30", "worker-eoi", "open", undefined],
    ["2024-10-08", "worker-eoi", "open", undefined],
    ["2026-11-25", "worker-eoi", "open", undefined],
  ])("%s: %s, %s (next %s)", (day, period, status, next) => {
    const intake = atpIntakeOn(d(day));
    expect([intake.period, intake.status, intake.next]).toEqual([period, status, next]);
    expect(intake.source.url).toMatch(/^https:\/\//);
  });

  it("in December 2021 the form may not be open yet: check first; from 2021-12-31 send it", () => {
    const early = englishOf(atpIntakeOn(d("2021-12-30")).actionMessage);
    expect(early).toMatch(
      /^Check the AAIP's Accelerated Tech Pathway page first: the web form may not be open yet \(it was open by 2021-12-31 at the latest\)\. Once it is, send the Accelerated Tech Pathway web form/,
    );
    expect(englishOf(atpIntakeOn(d("2021-12-31")).actionMessage)).toMatch(
      /^Send the Accelerated Tech Pathway web form/,
    );
  });

  it("on 2024-08-20 no intake is open: it says the Worker EOI opens on 2024-09-30, and names no acceptance date", () => {
    const intake = atpIntakeOn(d("2024-08-20"));
    expect(englishOf(intake.actionMessage)).toBe(
      "No intake is open on 2024-08-20: the Worker Expression of Interest opens on 2024-09-30.",
    );
    expect(englishOf(intake.descriptionMessage)).toMatch(
      /on 2024-08-07 the AAIP cancelled its remaining 2024 monthly acceptance dates/,
    );
    expect(intake.source.section).toMatch(/^August 7, 2024/);
  });

  it("between July 9 and August 12 the next announced date (August 13) is named as cancelled, never as open", () => {
    const intake = atpIntakeOn(d("2024-07-20"));
    expect(englishOf(intake.descriptionMessage)).toContain(
      "The next acceptance date announced was 2024-08-13 (cancelled on 2024-08-07, never held).",
    );
    expect(intake.next).toBeUndefined();
    // After the cancellation, until the cancelled date: the July intake is still not known closed.
    const after = atpIntakeOn(d("2024-08-12"));
    expect(englishOf(after.descriptionMessage)).toBe(
      "From 2024-06-11 the AAIP accepted Accelerated Tech Pathway applications monthly, from each acceptance date until the month's target was reached; whether the target of the intake that opened on 2024-07-09 had been reached by 2024-08-12 is not known. The next acceptance date announced was 2024-08-13 (cancelled on 2024-08-07, never held).",
    );
  });

  it("the acceptance dates are the seven of the 2024-06-03 update; those after 2024-08-07 were cancelled that day", () => {
    const intake = historyJson.series.intake.versions;
    // The acceptance dates are those announced for the monthly intake, the one version that has them.
    expect(intake.filter((v) => "acceptanceDates" in v.value).map((v) => v.value.id)).toEqual(["monthly-intake"]);
    const dates = intake.flatMap((v) => ("acceptanceDates" in v.value ? v.value.acceptanceDates : []));
    expect(dates.map((a) => a.date)).toEqual([
      "2024-06-11",
      "2024-07-09",
      "2024-08-13",
      "2024-09-10",
      "2024-10-08",
      "2024-11-05",
      "2024-12-10",
    ]);
    for (const a of dates) {
      expect(a.held, a.date).toBe(a.date < "2024-08-07");
      if (!a.held) expect(a.cancelledOn).toBe("2024-08-07");
    }
    // The periods tile the days from the launch: each ends where the next begins.
    const periods = intake;
    expect(periods.map((p) => p.value.id)).toEqual(["web-form", "monthly-intake", "no-intake", "worker-eoi"]);
    for (let i = 1; i < periods.length; i++) expect(periods[i]?.from).toBe(periods[i - 1]?.to);
  });

  it("an invalid date is the programmer's InvalidAsOfError, as everywhere", () => {
    expect(() => atpIntakeOn("2024-02-30" as IsoDate)).toThrow(InvalidAsOfError);
  });
});

describe("the occupation rule names the list as it stood on asOf, with its real count", () => {
  it.each([
    ["2022-03-01", "2173", "the launch list of 23 NOC 2016 codes, and 13 more whose listing on that date is unknown"],
    [
      "2022-11-16",
      "21231",
      "the official list of NOC 2021 codes effective 2022-11-16: 41 codes known to be on it on 2022-11-16, and 3 more whose listing on that date is unknown",
    ],
    [
      "2026-06-15",
      "21231",
      "the official list of NOC 2021 codes effective 2022-11-16: 41 codes known to be on it on 2026-06-15, and 3 more whose listing on that date is unknown",
    ],
    ["2026-06-16", "21231", "the official list of 44 NOC 2021 codes, effective 2022-11-16"],
  ])("%s: %s", (day, code, list) => {
    expect(englishOf(checkAtpOccupation(code, d(day)).message)).toContain(`in force on ${day} (${list})`);
  });
});
