// The Alberta rules' explanations as data: the ids and parameters of the main outcomes, their French
// text in IRCC's and Alberta's official terms, and the data files' reasons copied word for word into
// the English catalogue.
import { describe, expect, it } from "vitest";
import employerJson from "../../../data/alberta/aaip-employer-requirements.json" with { type: "json" };
import atpJson from "../../../data/alberta/atp-occupations.json" with { type: "json" };
import historyJson from "../../../data/alberta/atp-pathway-history.json" with { type: "json" };
import eoiGridJson from "../../../data/alberta/worker-eoi-grid.json" with { type: "json" };
import { isoDate } from "../../../src/core/iso-date.js";
import { type Message, message } from "../../../src/core/message.js";
import { renderMessage, renderResult } from "../../../src/core/render.js";
import { en } from "../../../src/locales/en/index.js";
import { fr } from "../../../src/locales/fr/index.js";
import {
  ACCELERATED_TECH_PATHWAY_RULES,
  ALBERTA_EXPRESS_ENTRY_RULES,
  assessAcceleratedTechPathway,
  atpIntakeOn,
  checkAtpOccupation,
  employeeNotContractor,
  fullTimeJob,
  jobInAlberta,
  jobOfferOrEmployment,
  offerTerm,
  profileOccupationMatches,
} from "../../../src/programs/alberta/index.js";
import { ASOF, exampleCandidate, withJob } from "../../fixtures/alberta/builders.js";
import { englishOf, frenchOf, reasonOf } from "../../fixtures/messages.js";

const d = isoDate;
const messageOf = (rule: typeof jobInAlberta, facts: ReturnType<typeof withJob>): Message =>
  rule.evaluate(facts, { asOf: facts.asOf }).message;

describe("alberta messages: ids and parameters of the main outcomes", () => {
  it("the job rules", () => {
    expect(messageOf(jobInAlberta, withJob({ province: "BC" }))).toStrictEqual(
      message("atp.job.in-alberta.fail", { province: "BC" }),
    );
    expect(messageOf(fullTimeJob, withJob({ hoursPerWeek: 20 }))).toStrictEqual(
      message("atp.job.full-time.hours-short", { hours: 20, minimum: 30 }),
    );
    expect(messageOf(employeeNotContractor, withJob({ engagement: "temporary-agency" }))).toStrictEqual(
      message("atp.job.employee.fail", { engagement: "temporary-agency" }),
    );
    expect(messageOf(offerTerm, withJob({ durationMonths: 6 }))).toStrictEqual(
      message("atp.job.offer-term.permanence-not-answered", { months: 6, minimum: 12 }),
    );
    // A current job on ASOF (from 2024-12-11): only an offer counts.
    expect(
      messageOf(jobOfferOrEmployment, withJob({ kind: "current-employment", path: "workHistory[0]" })),
    ).toStrictEqual(message("atp.job.offer-or-employment.offer-only", { offerFrom: d("2024-12-11") }));
    // Between 2024-08-13 and 2024-12-10 the law is uncertain: the data's reason is nested.
    const uncertain = jobOfferOrEmployment.evaluate(
      withJob({ kind: "current-employment", path: "workHistory[0]" }, {}, d("2024-10-01")),
      { asOf: d("2024-10-01") },
    );
    expect([uncertain.message, uncertain.uncertain]).toStrictEqual([
      message("atp.job.offer-or-employment.uncertain", {
        asOf: d("2024-10-01"),
        why: message("atp.history.qualifying-job-uncertain", {}),
      }),
      true,
    ]);
    const profile = { expressEntryProfile: { submittedOn: d("2026-01-01"), primaryOccupation: "2173" } };
    expect(messageOf(profileOccupationMatches, withJob({ noc: "21231" }, profile))).toStrictEqual(
      message("atp.job.matches-profile.noc-2016-profile", {
        primary: "2173",
        job: "21231",
        from: d("2022-11-16"),
        successors: ["21211", "21231"],
      }),
    );
  });

  it("the occupation check names the list in force with its count", () => {
    expect(checkAtpOccupation("41101", ASOF).message).toStrictEqual(
      message("atp.occupation.not-on-list", {
        noc: { code: "41101" },
        asOf: ASOF,
        list: message("atp.list.name", {
          nocVersion: 2021,
          known: 44,
          uncertain: 0,
          effective: d("2022-11-16"),
          asOf: ASOF,
        }),
        nocVersion: 2021,
      }),
    );
    // Before 2026-06-20 the three data-centre codes are not known to be on the list: 41 known, 3 more.
    const on = d("2023-06-01");
    expect(checkAtpOccupation("21231", on).message).toStrictEqual(
      message("atp.occupation.on-list", {
        noc: { code: "21231", title: "Software engineers and designers" },
        asOf: on,
        list: message("atp.list.name", {
          nocVersion: 2021,
          known: 41,
          uncertain: 3,
          effective: d("2022-11-16"),
          asOf: on,
        }),
      }),
    );
    expect(englishOf(checkAtpOccupation("21231", on).message)).toBe(
      "21231 (Software engineers and designers) is on the Accelerated Tech Pathway list of eligible occupations in force on 2023-06-01 (the official list of NOC 2021 codes effective 2022-11-16: 41 codes known to be on it on 2023-06-01, and 3 more whose listing on that date is unknown).",
    );
  });

  it("the intake of a day, and the pathway-open rule that quotes it", () => {
    const intake = atpIntakeOn(d("2024-08-20"));
    expect([intake.descriptionMessage, intake.actionMessage]).toStrictEqual([
      message("atp.intake.no-intake", { asOf: d("2024-08-20"), cancelledOn: d("2024-08-07"), opens: d("2024-09-30") }),
      message("atp.intake.no-intake.action", { asOf: d("2024-08-20"), opens: d("2024-09-30") }),
    ]);
    expect([englishOf(intake.descriptionMessage), englishOf(intake.actionMessage)]).toStrictEqual([
      reasonOf({ message: intake.descriptionMessage }),
      reasonOf({ message: intake.actionMessage }),
    ]);
    const a = assessAcceleratedTechPathway(exampleCandidate(), { asOf: ASOF });
    const open = a.result.children?.find((c) => c.id === "atp.pathway-open");
    expect(open?.message).toStrictEqual(
      message("atp.pathway-open.pass", { intake: message("atp.intake.worker-eoi", { from: d("2024-09-30") }) }),
    );
  });

  it("the job cases are labelled by messages", () => {
    const a = assessAcceleratedTechPathway(exampleCandidate(), { asOf: ASOF });
    const job = a.result.children?.find((c) => c.id === "atp.qualifying-job")?.children?.[0];
    expect(job?.label).toStrictEqual(message("atp.case.job-offer", { noc: "21231" }));
    expect(job?.title).toBe("jobOffer");
    expect(renderResult(a.result, en).children?.[2]?.children?.[0]?.title).toBe("Job offer (NOC 21231)");
    expect(renderResult(a.result, fr).children?.[2]?.children?.[0]?.title).toBe("Offre d’emploi (CNP 21231)");
  });
});

describe("alberta messages in French", () => {
  it("uses IRCC's and Alberta's terms, and keeps the English names of English-only pages", () => {
    expect(frenchOf({ message: message("alberta-ee.crs.below", { total: 299, minimum: 300 }) })).toBe(
      "SCG 299 (sans les points de désignation provinciale) ; le volet exige au moins 300.",
    );
    expect(frenchOf({ message: message("alberta-ee.profile.none", {}) })).toBe(
      "Vous n’avez pas de profil Entrée express ; l’Alberta Express Entry Stream ne sélectionne que dans le bassin fédéral.",
    );
    expect(frenchOf({ message: message("alberta-ee.active-aaip-application", {}) })).toContain(
      "Programme d’immigration Avantage Alberta (PIAA)",
    );
    expect(frenchOf({ message: message("atp.job.full-time.hours-short", { hours: 37.5, minimum: 40 }) })).toBe(
      "37,5 heures par semaine ; la voie exige un travail à temps plein d’au moins 40 heures par semaine.",
    );
    expect(frenchOf({ message: message("atp.job.employee.fail", { engagement: "independent-contractor" }) })).toBe(
      "Les entrepreneurs indépendants ne sont pas admissibles à l’Accelerated Tech Pathway ; la voie exige un salarié de l’employeur albertain.",
    );
    expect(frenchOf(checkAtpOccupation("41101", ASOF))).toBe(
      "41101 ne figure pas sur la liste des professions admissibles de l’Accelerated Tech Pathway en vigueur le 2026-11-25 (la liste officielle de 44 codes de la CNP 2021, en vigueur depuis le 2022-11-16) : un emploi dans cette profession ne donne donc pas accès à la voie. Si un autre code de la CNP 2021 décrit mieux l’emploi, vérifiez ce code.",
    );
    // Amounts in the French way.
    expect(
      frenchOf({
        message: message("aaip.employer.below-minimum", {
          revenueMinimum: 400000,
          staffMinimum: 3,
          exemptionUnanswered: false,
        }),
      }),
    ).toMatch(/\(400\s000\s\$\)/);
  });

  it("every built-in Alberta rule has a French title", () => {
    const ids = (rule: { id: string; children?: readonly unknown[] }, into: string[]): string[] => {
      into.push(rule.id);
      for (const child of (rule.children ?? []) as { id: string }[]) ids(child, into);
      return into;
    };
    const alberta = [
      ...ids(ACCELERATED_TECH_PATHWAY_RULES.rule, []),
      ...ids(ALBERTA_EXPRESS_ENTRY_RULES.rule, []),
    ].filter((id) => id.startsWith("atp") || id.startsWith("alberta-ee"));
    expect(alberta.length).toBeGreaterThan(20);
    expect(alberta.filter((id) => fr.titles[id] === undefined)).toEqual([]);
    expect(fr.titles["alberta-ee"]).toBe("Alberta Express Entry Stream");
  });
});

describe("the data's reasons in the English catalogue", () => {
  const english = (
    id:
      | "atp.launch.window"
      | "atp.history.qualifying-job-uncertain"
      | "atp.uncertainty.noc2016-beyond-launch-list"
      | "atp.uncertainty.noc2021-data-centre-additions"
      | "worker-eoi.grid.first-version-unknown"
      | "aaip.employer.minimums-start-unknown",
  ) => renderMessage(message(id, {}), en);

  it("are the data files' sentences, word for word", () => {
    expect(english("atp.launch.window")).toBe(atpJson.launch.reason);
    for (const u of atpJson.uncertain) {
      expect(english(`atp.uncertainty.${u.id}` as "atp.uncertainty.noc2016-beyond-launch-list")).toBe(u.reason);
    }
    expect(JSON.stringify(historyJson)).toContain(JSON.stringify(english("atp.history.qualifying-job-uncertain")));
    const gaps = eoiGridJson.versions.flatMap((v) => ("uncertain" in v ? v.uncertain : []));
    expect(gaps.map((g) => g.reason)).toEqual([english("worker-eoi.grid.first-version-unknown")]);
    expect(employerJson.versions.flatMap((v) => v.uncertain.map((u) => u.reason))).toEqual([
      english("aaip.employer.minimums-start-unknown"),
    ]);
  });
});
