// The federal explanations as data: the ids and params of the main outcomes of FSW, CEC and FST
// (the contract a translation or an application reads), and their French text in IRCC's terms
// (Programme des travailleurs qualifiés (fédéral), Catégorie de l'expérience canadienne,
// Programme des travailleurs de métiers spécialisés (fédéral), NCLC, EDE, EIMT, preuve de fonds,
// certificat de compétence).

import { describe, expect, it } from "vitest";
import { message } from "../../../src/core/message.js";
import type { RuleResult } from "../../../src/core/rule.js";
import { assessCanadianExperienceClass } from "../../../src/programs/federal/cec.js";
import { assessExpressEntry } from "../../../src/programs/federal/express-entry.js";
import { assessFederalSkilledTrades } from "../../../src/programs/federal/fst.js";
import { assessFederalSkilledWorker } from "../../../src/programs/federal/fsw.js";
import { fswSelectionPoints } from "../../../src/programs/federal/fsw-points/fsw-selection-points.js";
import { ASOF, cecCandidate, findRule, fstCandidate, fswCandidate } from "../../fixtures/federal/builders.js";
import { celpip } from "../../fixtures/language-tests.js";
import { frenchOf, reasonOf } from "../../fixtures/messages.js";

const rule = (result: RuleResult, id: string): RuleResult => {
  const found = findRule(result, id);
  if (found === undefined) throw new Error(`no rule ${id}`);
  return found;
};

describe("FSW: ids and params", () => {
  const fsw = assessFederalSkilledWorker(fswCandidate(), { asOf: ASOF }).result;

  it("the program passes with its own message", () => {
    expect(fsw.verdict).toBe("pass");
    expect(fsw.message).toStrictEqual({ id: "fsw.pass", params: {} });
    expect(frenchOf(fsw)).toBe("Toutes les exigences du Programme des travailleurs qualifiés (fédéral) sont remplies.");
  });

  it("the experience: hours, occupation, period and day as data", () => {
    expect(rule(fsw, "fsw.experience.one-year").message).toStrictEqual({
      id: "fsw.experience.met",
      params: {
        hours: 6240,
        noc: "21231",
        period: { start: "2020-01-01", end: "2023-12-31" },
        asOf: "2026-01-15",
        joins: [],
      },
    });
  });

  it("the language minimum: the requirement, the test and its levels; NCLC in French", () => {
    const language = rule(fsw, "fsw.language.clb7");
    expect(language.message).toStrictEqual({
      id: "federal.language.met",
      params: {
        requirement: { program: "fsw", minimum: 7, context: "first-language", noc: 2021 },
        test: { path: "languageTests[0]", name: "CELPIP-General", testedOn: "2025-03-01" },
        language: "english",
        levels: { reading: 9, writing: 9, listening: 9, speaking: 9 },
        expiresOn: "2027-03-01",
        declaredFirst: null,
      },
    });
    expect(reasonOf(language)).toBe(
      "languageTests[0] (CELPIP-General, 2025-03-01): CLB reading 9, writing 9, listening 9, speaking 9, valid until the day before 2027-03-01; FSW needs CLB/NCLC 7 in every ability of the first official language.",
    );
    expect(frenchOf(language)).toBe(
      "languageTests[0] (CELPIP-General, 2025-03-01) : NCLC compréhension de l’écrit 9, expression écrite 9, compréhension de l’oral 9, expression orale 9, valide jusqu’à la veille du 2027-03-01 ; le Programme des travailleurs qualifiés (fédéral) [PTQF] exige le NCLC 7 dans chaque compétence de la première langue officielle.",
    );
  });

  it("the education: the credential's own message nested; EDE in French", () => {
    const education = rule(fsw, "fsw.education.credential");
    expect(education.message).toStrictEqual({
      id: "fsw.education.met",
      params: {
        credential: {
          id: "fsw.credential.eca-valid",
          params: { path: "education[0]", issued: "2024-01-10", expires: "2029-01-10" },
        },
      },
    });
    expect(frenchOf(education)).toContain("évaluation des diplômes d’études (EDE)");
  });

  it("the selection points: total and breakdown as numbers", () => {
    const p = fswSelectionPoints(fswCandidate(), { asOf: ASOF });
    expect(rule(fsw, "fsw.selection-points.67").message).toStrictEqual({
      id: "fsw.selection-points.met",
      params: {
        total: p.total,
        points: {
          language: p.language.points,
          education: p.education.points,
          experience: p.experience.points,
          age: p.age.points,
          arrangedEmployment: p.arrangedEmployment.points,
          adaptability: p.adaptability.points,
        },
        passMark: 67,
        maximum: 100,
      },
    });
    expect(p.age.message).toStrictEqual({
      id: "fsw.points.age",
      params: { age: 30, asOf: "2026-01-15", points: 12, maximum: 12 },
    });
    expect(frenchOf(p.age)).toBe("30 ans le 2026-01-15 → 12 sur 12.");
  });

  it("the selection points: one point is 'point', in both languages", () => {
    const points = { language: 0, education: 0, experience: 0, age: 1, arrangedEmployment: 0, adaptability: 0 };
    const one = message("fsw.selection-points.not-met", {
      total: 1,
      points,
      maximumReachable: 1,
      passMark: 67,
      maximum: 100,
    });
    expect(reasonOf({ message: one })).toMatch(/^1 point \(/);
    expect(frenchOf({ message: one })).toMatch(/^1 point \(/);
    const two = message("fsw.selection-points.met", {
      total: 2,
      points: { ...points, age: 2 },
      passMark: 2,
      maximum: 100,
    });
    expect(reasonOf({ message: two })).toMatch(/^2 points \(/);
  });

  it("the settlement funds: amounts as numbers, money in each locale's form", () => {
    const amount = rule(fsw, "fsw.settlement-funds.amount");
    expect(amount.message).toStrictEqual({
      id: "federal.funds.met",
      params: {
        program: "fsw",
        funds: 20_000,
        amount: 15_263,
        familySize: 1,
        familySizeGiven: true,
        from: "2025-07-07",
        upperBound: false,
      },
    });
    expect(reasonOf(amount)).toBe(
      "You have $20,000; FSW needs $15,263 for a family of 1 person (the table in force from 2025-07-07).",
    );
    expect(frenchOf(amount).replace(/\s/g, " ")).toBe(
      "Vous avez 20 000 $ ; le PTQF exige 15 263 $ pour une famille de 1 personne (le barème en vigueur depuis le 2025-07-07).",
    );
  });

  it("the funds exemption without an offer: preuve de fonds in French", () => {
    const exempt = rule(fsw, "fsw.settlement-funds.exempt");
    expect(exempt.message.id).toBe("federal.funds.exempt.not-met");
    expect(frenchOf(exempt)).toContain("Vous n’avez pas d’offre d’emploi.");
  });

  it("an offer without LMIA support: EIMT in French", () => {
    const a = assessFederalSkilledWorker(
      fswCandidate({ jobOffer: { noc: "21231", hoursPerWeek: 40, permanent: true, lmia: "none" } }),
      { asOf: ASOF },
    );
    const exempt = rule(a.result, "fsw.settlement-funds.exempt");
    expect(frenchOf(exempt)).toContain("étude d’impact sur le marché du travail (EIMT)");
  });

  it("a language shortfall: the abilities below the minimum as data", () => {
    const a = assessFederalSkilledWorker(
      fswCandidate({ languageTests: [celpip("2025-03-01", { reading: 9, writing: 6, listening: 9, speaking: 9 })] }),
      { asOf: ASOF },
    );
    const language = rule(a.result, "fsw.language.clb7");
    expect(language.message).toMatchObject({
      id: "federal.language.not-met",
      params: {
        parts: [
          {
            id: "federal.language.shortfall",
            params: { shortfalls: [{ language: "english", ability: "writing", level: 6 }] },
          },
        ],
      },
    });
    expect(frenchOf(language)).toContain("NCLC 6 en expression écrite");
  });
});

describe("CEC and FST: ids and params", () => {
  it("CEC passes; its experience names the work and the NOC version as codes", () => {
    const cec = assessCanadianExperienceClass(cecCandidate(), { asOf: ASOF }).result;
    expect(cec.message).toStrictEqual({ id: "cec.pass", params: {} });
    expect(frenchOf(cec)).toBe("Toutes les exigences de la Catégorie de l’expérience canadienne sont remplies.");
    expect(rule(cec, "cec.experience.one-year").message).toMatchObject({
      id: "cec.experience.met",
      params: { work: "skilled", noc: 2021, asOf: "2026-01-15" },
    });
  });

  it("FST passes; each trade case is labelled by a message; certificat de compétence in French", () => {
    const fst = assessFederalSkilledTrades(fstCandidate(), { asOf: ASOF }).result;
    expect(fst.message).toStrictEqual({ id: "fst.pass", params: {} });
    expect(frenchOf(fst)).toBe(
      "Toutes les exigences du Programme des travailleurs de métiers spécialisés (fédéral) sont remplies.",
    );
    const trade = rule(fst, "fst.trade").children?.[0];
    expect(trade?.label).toStrictEqual({ id: "fst.trade.case", params: { noc: "72200" } });
    const none = assessFederalSkilledTrades(fstCandidate(ASOF, { certificateOfQualification: null, jobOffer: null }), {
      asOf: ASOF,
    }).result;
    const coq = rule(none, "fst.certificate-of-qualification");
    expect(coq.message).toStrictEqual({ id: "fst.certificate.none", params: { trade: "72200" } });
    expect(frenchOf(coq)).toBe(
      "Vous ne détenez aucun certificat de compétence canadien. Le PTMSF exige une offre d’emploi à temps plein d’au moins un an, ou un certificat de compétence canadien, dans le métier de l’expérience (CNP 72200).",
    );
  });

  it("Express Entry: the fail names the three programs by their official French names", () => {
    const a = assessExpressEntry(fswCandidate({ languageTests: [] }), { asOf: ASOF });
    expect(a.result.message).toStrictEqual(message("federal.express-entry.fail", {}));
    expect(frenchOf(a.result)).toBe(
      "Non admissible à aucun programme d’Entrée express : le Programme des travailleurs qualifiés (fédéral), la Catégorie de l’expérience canadienne et le Programme des travailleurs de métiers spécialisés (fédéral) ont chacun une exigence non remplie.",
    );
  });
});
