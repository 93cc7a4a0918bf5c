// Next steps: the AAIP Worker EOI terms (data/alberta/aaip-worker-eoi-terms.json), each shown only
// on the days it applies (both sides of each date), with its source; and an Alberta nominee's
// 30-day acceptance step.

import { describe, expect, it } from "vitest";
import termsJson from "../../../data/alberta/aaip-worker-eoi-terms.json" with { type: "json" };
import { type Candidate, isoDate, nextStepsFor } from "../../../src/index.js";
import {
  AAIP_UPDATES_SOURCE,
  ALBERTA_STREAM_SECONDARY_SOURCE,
  deriveAlbertaFacts,
  MISREPRESENTATION_SOURCE,
} from "../../../src/programs/alberta/index.js";
import { ASOF, exampleCandidate, parse } from "../../fixtures/alberta/builders.js";
import { frenchOf, reasonOf } from "../../fixtures/messages.js";

const eligible = { status: "eligible", missing: [] } as const;
const ids = (asOf: string, candidate: Candidate = {}) =>
  nextStepsFor(candidate, isoDate(asOf), eligible).map((s) => s.id);
const step = (asOf: string, id: string) => nextStepsFor({}, isoDate(asOf), eligible).find((s) => s.id === id);
/** The English text of a step's message. */
const text = (asOf: string, id: string) => {
  const found = step(asOf, id);
  return found === undefined ? undefined : reasonOf(found);
};
const TERMS = ["worker-eoi-fee", "one-worker-eoi", "worker-eoi-validity", "invitation-period", "application-fee"];
const terms = (asOf: string) => ids(asOf).filter((id) => TERMS.includes(id));

describe("Worker EOI terms in next steps, by date", () => {
  it("before the Worker EOI (2024-09-29): none; from 2024-09-30: no fee, one Worker EOI at a time", () => {
    expect(terms("2024-09-29")).toEqual([]);
    expect(terms("2024-09-30")).toEqual(["worker-eoi-fee", "one-worker-eoi"]);
    expect(text("2024-09-30", "worker-eoi-fee")).toBe("There is no fee to submit a Worker Expression of Interest.");
    expect(text("2024-09-30", "one-worker-eoi")).toBe(
      "You can have only one Worker Expression of Interest, and cannot create one while you have another Worker or Entrepreneur EOI or a draft or active AAIP application: withdraw those first.",
    );
  });

  it("the $500 application fee of the online portal through 2024-03-31; none said while its raise is unknown", () => {
    // The ATP's launch (the web form) and the last day before the 2024-04-01 raise: $500 since 2020-10-01.
    for (const day of ["2021-12-01", "2024-03-31"]) {
      expect(text(day, "application-fee"), day).toBe(
        "The application to an AAIP worker stream (the Alberta Express Entry Stream is one) costs a $500 fee (since 2020-10-01).",
      );
    }
    // Not before the pathway opened (the fee was in force, but there was no ATP application to pay).
    expect(ids("2021-11-30")).not.toContain("application-fee");
    // Raised on 2024-04-01 by an amount the source does not give: no amount is said until 2025-04-01.
    for (const day of ["2024-04-01", "2024-09-30", "2025-03-31"]) {
      expect(ids(day), day).not.toContain("application-fee");
    }
  });

  it("the $1,500 worker-stream application fee from 2025-04-01, not on 2025-03-31", () => {
    expect(terms("2025-03-31")).not.toContain("application-fee");
    expect(text("2025-04-01", "application-fee")).toBe(
      "The application to an AAIP worker stream (the Alberta Express Entry Stream is one) costs a $1,500 fee (since 2025-04-01).",
    );
  });

  it("the Worker EOI fee: free until 2026-04-06, $135 from 2026-04-07", () => {
    expect(text("2026-04-06", "worker-eoi-fee")).toBe("There is no fee to submit a Worker Expression of Interest.");
    expect(text("2026-04-07", "worker-eoi-fee")).toBe(
      "Submitting a Worker Expression of Interest costs a $135 fee (since 2026-04-07).",
    );
  });

  it("the one-year validity and the 15-day invitation period from 2026-05-26, not on 2026-05-25", () => {
    expect(terms("2026-05-25")).toEqual(["worker-eoi-fee", "one-worker-eoi", "application-fee"]);
    expect(terms("2026-05-26")).toEqual(TERMS);
    expect(text("2026-05-26", "worker-eoi-validity")).toBe(
      "A Worker Expression of Interest is valid for one year after you submit it; editing it does not extend it.",
    );
    expect(text("2026-05-26", "invitation-period")).toBe(
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
    expect(termsJson.verified).toBe("2026-12-07");
  });

  it("an Alberta nominee is not told about the Worker EOI; another province's nominee is, beside its acceptance", () => {
    const ab: Candidate = { provincialNomination: { province: "AB", nominatedOn: isoDate("2026-11-20") } };
    expect(ids("2026-11-25", ab).filter((id) => TERMS.includes(id) || id === "worker-eoi")).toEqual([]);
    // A British Columbia nomination does not keep the candidate out of the Alberta stream: the way
    // in stays, with the step to accept the BC nomination while it can be accepted.
    const bc: Candidate = { provincialNomination: { province: "BC", nominatedOn: isoDate("2026-11-20") } };
    const steps = ids("2026-11-25", bc);
    expect(steps).toContain("accept-nomination");
    expect(steps).toContain("worker-eoi");
    // Lapsed (nominated 2026-10-20, to accept by 2026-11-19): the way in, and no acceptance step.
    const lapsed = ids("2026-11-25", { provincialNomination: { province: "ON", nominatedOn: isoDate("2026-10-20") } });
    expect(lapsed).not.toContain("accept-nomination");
    expect(lapsed).toContain("worker-eoi");
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
        message: {
          id: "step.accept-nomination",
          params: { province: "AB", due: "2026-11-25", days: 30, nominatedOn: "2026-10-26", points: 600 },
        },
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

// Which steps nextStepsFor gives, in which order, with their deadlines and sources, word for word.
describe("next-steps: which steps, in which order, with their deadlines and sources", () => {
  // The IRCC and alberta.ca pages the steps cite (src/programs/alberta/next-steps.ts).
  const NOMINATION = {
    title: "Get or confirm a nomination – Provincial Nominee Program (Express Entry), IRCC",
    url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/provincial-nominees/express-entry/get-confirm-nomination.html",
    retrieved: "2026-11-25",
  };
  const ITA = {
    id: "ita-deadline",
    message: { id: "step.ita-deadline", params: { days: 60 } },
    source: {
      title: "Express Entry: after you're invited to apply (60 days to submit) – IRCC",
      url: "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/express-entry/apply-permanent-residence.html",
      retrieved: "2026-11-25",
    },
  };
  const TRUTHFUL = {
    id: "truthful-answers",
    message: { id: "step.truthful-answers", params: { years: 5 } },
    source: MISREPRESENTATION_SOURCE,
  };
  const WORKER_EOI = {
    id: "worker-eoi",
    message: { id: "atp.intake.worker-eoi.action", params: { from: "2024-09-30", announcedOn: "2024-09-23" } },
    // data/alberta/atp-pathway-history.json, series.intake, the "worker-eoi" version.
    source: {
      title: "Alberta Advantage Immigration Program – Updates (alberta.ca; read from a stored copy)",
      url: AAIP_UPDATES_SOURCE.url,
      section:
        "September 23, 2024: Details on new worker streams expression of interest – \"As of September 30, 2024, candidates must submit a Worker Expression of Interest (EOI) if they are interested in receiving an invitation to apply to one of the Alberta Advantage Immigration Program's (AAIP's) worker streams.\"",
      retrieved: "2026-06-20",
      effective: "2024-09-30",
    },
  };
  const nominationPoints = (score?: number) => ({
    id: "nomination-points",
    message: {
      id: "step.nomination-points",
      params: { days: 30, points: 600, ...(score === undefined ? {} : { withNomination: score }) },
    },
    source: NOMINATION,
  });
  const eligible = { status: "eligible", missing: [] } as const;
  /** The Worker EOI terms shown on 2026-11-25 (data/alberta/aaip-worker-eoi-terms.json; tested in alberta-next-steps). */
  const TERMS = ["worker-eoi-fee", "one-worker-eoi", "worker-eoi-validity", "invitation-period", "application-fee"];
  const byId = (steps: readonly { id: string }[], id: string) => steps.find((s) => s.id === id);

  it("ineligible: nothing to do", () => {
    expect(nextStepsFor({ provincialNomination: null }, ASOF, { status: "ineligible", missing: ["x"] })).toEqual([]);
  });

  it("eligible with no nomination, from 2024-09-30: a Worker EOI, +600 points, 60 days, the truth", () => {
    const steps = nextStepsFor({}, ASOF, eligible);
    expect(steps.map((s) => s.id)).toEqual([
      "worker-eoi",
      ...TERMS,
      "nomination-points",
      "ita-deadline",
      "truthful-answers",
    ]);
    expect([steps[0], ...steps.slice(-3)]).toStrictEqual([WORKER_EOI, nominationPoints(), ITA, TRUTHFUL]);
    // The first day of the Worker EOI (AAIP updates, 2024-09-23: from 2024-09-30).
    expect(nextStepsFor({}, isoDate("2024-09-30"), eligible).map((s) => s.id)[0]).toBe("worker-eoi");
  });

  it("before 2024-09-30: no intake from 2024-08-13, monthly acceptance dates from 2024-06-11, the web form before", () => {
    // AAIP updates (alberta.ca), the entries of 2024-08-07 and 2024-06-03, as the data cites them.
    const updates = {
      title: "Alberta Advantage Immigration Program – Updates (alberta.ca; read from a stored copy)",
      url: "https://www.alberta.ca/aaip-updates",
      retrieved: "2026-06-20",
    };
    expect(updates.url).toBe(AAIP_UPDATES_SOURCE.url);
    expect(nextStepsFor({}, isoDate("2024-09-29"), eligible)[0]).toStrictEqual({
      id: "atp-no-intake",
      message: { id: "atp.intake.no-intake.action", params: { asOf: "2024-09-29", opens: "2024-09-30" } },
      source: {
        ...updates,
        section:
          'August 7, 2024: New expression of interest system – "The Alberta Advantage Immigration Program will launch a new expression of interest system on September 30, 2024. As a result of this new system, AAIP will not proceed with the remaining monthly application acceptance dates for 2024." The first of those dates, 2024-08-13, is the first day with no intake: the update does not say that the intake of 2024-07-09 closed before it.',
        effective: "2024-08-13",
      },
    });
    expect(nextStepsFor({}, isoDate("2024-06-11"), eligible)[0]).toStrictEqual({
      id: "atp-monthly-intake",
      message: { id: "atp.intake.acceptance-date.action", params: { asOf: "2024-06-11" } },
      source: {
        ...updates,
        section:
          'June 3, 2024: New guidelines for AAIP – "Effective June 11, 2024" the Accelerated Tech Pathway accepts applications monthly, "starting on the following dates: June 11, July 9, August 13, September 10, October 8, November 5, and December 10"; "When a stream or pathway monthly application target is reached, no further applications will be accepted until the next date."',
        effective: "2024-06-11",
      },
    });
    expect(nextStepsFor({}, isoDate("2024-06-10"), eligible)[0]).toStrictEqual({
      id: "atp-web-form",
      message: { id: "atp.intake.web-form.action", params: {} },
      source: {
        title:
          "Alberta Express Entry Stream – Accelerated Tech Pathway web form (alberta.ca, launch-era version of the page)",
        url: "https://www.alberta.ca/aaip-alberta-express-entry-stream.aspx",
        section:
          'Application steps: "Candidates interested in applying under the Accelerated Tech Pathway must send information about their Express Entry profile and their Alberta employment or job offer with an Alberta tech employer to the Alberta Advantage Immigration Program (AAIP) by filling out an online form."',
        retrieved: "2026-11-25",
        effective: "2021-12-01",
      },
    });
  });

  it("incomplete: the open questions first, listed; none listed → no such step", () => {
    const steps = nextStepsFor({}, ASOF, { status: "incomplete", missing: ["dateOfBirth", "jobOffer.noc"] });
    expect(steps[0]).toStrictEqual({
      id: "answer-missing",
      message: { id: "step.answer-missing", params: { missing: ["dateOfBirth", "jobOffer.noc"] } },
      source: ALBERTA_STREAM_SECONDARY_SOURCE,
    });
    expect(nextStepsFor({}, ASOF, { status: "incomplete", missing: [] }).map((s) => s.id)).toEqual([
      "worker-eoi",
      ...TERMS,
      "nomination-points",
      "ita-deadline",
      "truthful-answers",
    ]);
    expect(nextStepsFor({}, ASOF, { status: "eligible", missing: ["x"] })[0]?.id).toBe("worker-eoi");
  });

  it("a profile that expires within 3 months (the day itself included), not one already expired", () => {
    const profile = (submittedOn: string): Candidate => ({
      expressEntryProfile: { submittedOn: isoDate(submittedOn) },
    });
    // Submitted 2026-02-25: expires 2027-02-25, exactly 3 months after 2026-11-25.
    expect(nextStepsFor(profile("2026-02-25"), ASOF, eligible)[0]).toStrictEqual({
      id: "profile-expiring",
      message: { id: "step.profile-expiring", params: { expires: "2027-02-25", months: 3 } },
      due: "2027-02-25",
      source: ALBERTA_STREAM_SECONDARY_SOURCE,
    });
    expect(nextStepsFor(profile("2026-02-26"), ASOF, eligible)[0]?.id).toBe("worker-eoi");
    // Expires on asOf itself: no longer "about to expire".
    expect(nextStepsFor(profile("2025-11-25"), ASOF, eligible)[0]?.id).toBe("worker-eoi");
    expect(nextStepsFor(profile("2025-11-26"), ASOF, eligible)[0]?.id).toBe("profile-expiring");
    expect(nextStepsFor({ expressEntryProfile: null }, ASOF, eligible)[0]?.id).toBe("worker-eoi");
  });

  it("a nomination held: accept it within 30 days (the last day included); then nothing about nominations", () => {
    const nominated = (nominatedOn: string): Candidate => ({
      provincialNomination: { province: "AB", nominatedOn: isoDate(nominatedOn) },
    });
    // Nominated 2026-10-26: 30 days later is 2026-11-25, asOf itself.
    expect(nextStepsFor(nominated("2026-10-26"), ASOF, eligible)).toStrictEqual([
      {
        id: "accept-nomination",
        message: {
          id: "step.accept-nomination",
          params: { province: "AB", due: "2026-11-25", days: 30, nominatedOn: "2026-10-26", points: 600 },
        },
        due: "2026-11-25",
        source: NOMINATION,
      },
      ITA,
      TRUTHFUL,
    ]);
    // Nominated on asOf itself: it is held that day, so accept it by 2026-12-25 (30 days later).
    expect(nextStepsFor(nominated("2026-11-25"), ASOF, eligible).map((s) => [s.id, s.due])).toEqual([
      ["accept-nomination", "2026-12-25"],
      ["ita-deadline", undefined],
      ["truthful-answers", undefined],
    ]);
    // One day too late: no acceptance step, no Worker EOI, no nomination-points step.
    expect(nextStepsFor(nominated("2026-10-25"), ASOF, eligible)).toStrictEqual([ITA, TRUTHFUL]);
    // A nomination dated after asOf did not exist yet: the steps of a candidate without one, the
    // Worker EOI and the +600 hint included, as for an answered "none".
    const early = nextStepsFor(nominated("2026-11-26"), ASOF, eligible);
    expect(early.map((s) => s.id)).toEqual([
      "worker-eoi",
      ...TERMS,
      "nomination-points",
      "ita-deadline",
      "truthful-answers",
    ]);
    expect(early).toStrictEqual(nextStepsFor({ provincialNomination: null }, ASOF, eligible));
  });

  it("the +600 hint states the score with the nomination when the CRS is known", () => {
    const facts = deriveAlbertaFacts(parse(exampleCandidate()), ASOF);
    if (!facts.crs.ok) throw new Error("expected a CRS");
    // The example scores CRS 485 without nomination points (test/fixtures/alberta/builders.ts); +600 → 1085.
    expect(facts.crs.total).toBe(485);
    const steps = nextStepsFor({}, ASOF, { ...eligible, crs: facts.crs });
    expect(byId(steps, "nomination-points")).toStrictEqual(nominationPoints(1085));
  });
});

// The steps' messages in English (the text the library always gave) and in French (IRCC's and the
// AAIP's terms: PIAA, Entrée express, SCG, désignation; amounts and dates through Intl).
describe("next-steps: the text of each step, in English and in French", () => {
  const eligible = { status: "eligible", missing: [] } as const;
  const nominated: Candidate = { provincialNomination: { province: "AB", nominatedOn: isoDate("2026-10-26") } };
  const all = [
    ...nextStepsFor({ expressEntryProfile: { submittedOn: isoDate("2026-02-25") } }, ASOF, {
      status: "incomplete",
      missing: ["dateOfBirth", "jobOffer.noc"],
    }),
    ...nextStepsFor(nominated, ASOF, eligible),
  ];
  const byId = (id: string) => {
    const found = all.find((s) => s.id === id);
    if (found === undefined) throw new Error(`no step ${id}`);
    return found;
  };

  it.each([
    [
      "answer-missing",
      "Answer the questions still open, or correct an answer that cannot be read as given (a reason says which), so the assessment can decide: dateOfBirth, jobOffer.noc.",
    ],
    [
      "profile-expiring",
      "Your Express Entry profile expires on 2027-02-25, within 3 months: candidates whose profile expires that soon are less likely to be asked to apply. Renew it when it expires.",
    ],
    [
      "worker-eoi",
      "Submit a Worker Expression of Interest in the AAIP portal: since 2024-09-30 Accelerated Tech Pathway candidates are invited from the Worker EOI pool. The Alberta Express Entry Stream page still names an initial Accelerated Tech Pathway web form as the first step, which the AAIP's update of 2024-09-23 replaced with the Worker EOI: check the page in case both are asked for.",
    ],
    [
      "nomination-points",
      "If Alberta nominates you, accept the nomination in your Express Entry profile within 30 days: it adds 600 CRS points.",
    ],
    [
      "accept-nomination",
      "Accept the AB nomination in your Express Entry profile by 2026-11-25 (30 days from 2026-10-26); it adds 600 CRS points.",
    ],
    [
      "ita-deadline",
      "After an invitation to apply for permanent residence, you have 60 days to submit the complete application.",
    ],
    [
      "truthful-answers",
      "Give only true and complete information: a finding of misrepresentation makes you inadmissible to Canada for 5 years.",
    ],
  ])("%s in English", (id, english) => {
    expect(reasonOf(byId(id))).toBe(english);
  });

  it("in French: the fee in Canadian French (135 $), the year of validity, the 15 days, the 30 days, Entrée express, SCG", () => {
    expect(frenchOf(byId("worker-eoi-fee")).replace(/\s/gu, " ")).toBe(
      "La soumission d’une Worker Expression of Interest (EOI) entraîne des frais de 135 $ (depuis le 2026-04-07).",
    );
    expect(frenchOf(byId("worker-eoi-validity"))).toBe(
      "Une Worker Expression of Interest (EOI) a une validité d’un an après sa soumission ; la modifier ne prolonge pas cette validité.",
    );
    expect(frenchOf(byId("invitation-period"))).toContain("15 jours pour donner suite à une invitation");
    expect(frenchOf(byId("nomination-points"))).toBe(
      "Si l’Alberta vous désigne, acceptez la désignation dans votre profil Entrée express dans les 30 jours : elle ajoute 600 points au SCG.",
    );
    expect(frenchOf(byId("accept-nomination"))).toContain("au plus tard le 2026-11-25");
    expect(frenchOf(byId("ita-deadline"))).toContain("invitation à présenter une demande (IPD)");
  });

  it("in French, the $1,500 worker-stream application fee is 1 500 $ (Intl's narrow no-break space)", () => {
    const fee = step("2025-04-01", "application-fee");
    if (fee === undefined) throw new Error("no application-fee step");
    expect(fee.message).toStrictEqual({ id: "step.application-fee", params: { amount: 1500, from: "2025-04-01" } });
    expect(frenchOf(fee).replace(/\s/gu, " ")).toBe(
      "Une demande à un volet pour travailleurs du PIAA (l’Alberta Express Entry Stream en est un) entraîne des frais de 1 500 $ (depuis le 2025-04-01).",
    );
  });
});
