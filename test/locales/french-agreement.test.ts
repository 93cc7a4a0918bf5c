// French agreement with counts (the singular below 2), decimals in the fr-CA form, and the
// provinces' names with their prepositions: rendered through the French catalogue.

import { describe, expect, it } from "vitest";
import { message } from "../../src/core/message.js";
import { renderMessage } from "../../src/core/render.js";
import { en } from "../../src/locales/en/index.js";
import { fr } from "../../src/locales/fr/index.js";

const inFrench = (id: string, params: object): string => renderMessage(message(id as never, params as never), fr);
const inEnglish = (id: string, params: object): string => renderMessage(message(id as never, params as never), en);
/** Intl's narrow no-break space (fr-CA digit grouping) and no-break space, as plain spaces. */
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/g, " ");

describe("French agreement with a count", () => {
  it("hours: the singular for 0, 1 and 1,5, the plural from 2, the decimal comma", () => {
    const hours = (h: number) => plain(inFrench("experience.job.no-hours", { hoursPerWeek: h }));
    expect(hours(0)).toBe("0 heure par semaine ne donne aucun crédit.");
    expect(hours(1.5)).toBe("1,5 heure par semaine ne donne aucun crédit.");
    expect(hours(2)).toBe("2 heures par semaine ne donnent aucun crédit.");
    expect(plain(inFrench("draw.check.offer.full-time", { hours: 37.5 }))).toBe(
      "37,5 heures par semaine, c’est à temps plein.",
    );
  });

  it("the count of draws a score reached: one draw, none of several, some of several", () => {
    const window = { score: 60, from: "2025-12-07", to: "2026-12-06", gaps: [] };
    expect(inFrench("draw.comparison", { ...window, atOrAbove: 1, of: 1 })).toContain(
      "atteignait ou dépassait le minimum de la seule ronde de l’Accelerated Tech Pathway de nos données tenue du",
    );
    expect(inFrench("draw.comparison", { ...window, atOrAbove: 0, of: 1 })).toContain(
      "n’atteignait pas le minimum de la seule ronde",
    );
    expect(inFrench("draw.comparison", { ...window, atOrAbove: 0, of: 3 })).toContain(
      "n’atteignait le minimum d’aucune des 3 rondes",
    );
    expect(inFrench("draw.comparison", { ...window, atOrAbove: 2, of: 3 })).toContain(
      "atteignait ou dépassait le minimum de 2 des 3 rondes",
    );
  });

  it("a requirement alone, in both languages", () => {
    expect(inFrench("rule.all.pass", { count: 1 })).toBe("L’exigence est remplie.");
    expect(inFrench("rule.all.pass", { count: 3 })).toBe("Les 3 exigences sont remplies.");
    expect(inEnglish("rule.all.pass", { count: 1 })).toBe("The requirement is met.");
    expect(inEnglish("rule.all.pass", { count: 3 })).toBe("All 3 requirements are met.");
  });
});

describe("French names of provinces", () => {
  it("in a province, with the preposition the name takes", () => {
    expect(inFrench("draw.check.offer.not-alberta", { province: "BC" })).toBe(
      "L’offre est en Colombie-Britannique, pas en Alberta.",
    );
    expect(inFrench("draw.check.offer.not-alberta", { province: "QC" })).toBe("L’offre est au Québec, pas en Alberta.");
    expect(inFrench("atp.job.in-alberta.fail", { province: "NT" })).toBe(
      "L’emploi est situé dans les Territoires du Nord-Ouest ; la voie exige un travail en Alberta.",
    );
  });
});
