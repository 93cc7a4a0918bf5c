// Tests that pin src/programs/federal/education.ts: how the Federal Skilled Worker program reads a
// candidate's credentials on asOf (IRCC "Six selection factors", education factor, and "Education
// assessment": a Canadian credential counts; a foreign one only with an ECA less than 5 years old;
// data/ircc/fsw-selection-grid.json): each credential's
// standing and reason word for word at each date boundary (completed on asOf, ECA issued on asOf,
// ECA exactly 5 years old), the grid level of a set of credentials ("two or more" needs two
// post-secondary credentials, one of a program of three years or more), and the missing paths.

import { describe, expect, it } from "vitest";
import { isoDate } from "../../../src/core/iso-date.js";
import { ECA_VALIDITY_YEARS, educationRank, levelOfCredentials } from "../../../src/education/credentials.js";
import type { EducationCredential } from "../../../src/models/education.js";
import { FSW_EDUCATION_LEVELS, readEducation } from "../../../src/programs/federal/education.js";
import { explained } from "../../fixtures/federal/explained.js";
import { reasonOf } from "../../fixtures/messages.js";

const ASOF = isoDate("2026-01-15");
const canadian = (level: EducationCredential["level"], years?: number): EducationCredential => ({
  level,
  ...(years === undefined ? {} : { years }),
  inCanada: true,
});

describe("the levels", () => {
  it("are in the grid's order, lowest first, frozen; an ECA counts for 5 years", () => {
    expect(FSW_EDUCATION_LEVELS).toEqual([
      "less-than-secondary",
      "secondary",
      "one-year",
      "two-year",
      "bachelors",
      "two-or-more",
      "masters",
      "doctoral",
    ]);
    expect(Object.isFrozen(FSW_EDUCATION_LEVELS)).toBe(true);
    expect(FSW_EDUCATION_LEVELS.map(educationRank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(ECA_VALIDITY_YEARS).toBe(5);
  });
});

describe("levelOfCredentials", () => {
  it("scores one credential by its level: a three-year credential as a bachelor's, a professional degree as a master's", () => {
    const one = (level: EducationCredential["level"]) => levelOfCredentials([canadian(level)]);
    expect(
      (
        [
          "secondary",
          "one-year",
          "two-year",
          "bachelors",
          "three-year-or-longer",
          "masters",
          "professional-degree",
          "doctoral",
        ] as const
      ).map(one),
    ).toEqual(["secondary", "one-year", "two-year", "bachelors", "bachelors", "masters", "masters", "doctoral"]);
    expect(levelOfCredentials([])).toBe("less-than-secondary");
  });

  it("takes the highest of several, in any order", () => {
    expect(levelOfCredentials([canadian("secondary"), canadian("two-year", 2), canadian("one-year", 1)])).toBe(
      "two-year",
    );
    expect(levelOfCredentials([canadian("doctoral", 4), canadian("secondary")])).toBe("doctoral");
  });

  it("two or more: two post-secondary credentials, one of three years or more", () => {
    // A bachelor's without years is not proven to be three years or more; with 3 or more it is.
    expect(levelOfCredentials([canadian("bachelors"), canadian("one-year", 1)])).toBe("bachelors");
    expect(levelOfCredentials([canadian("bachelors", 3), canadian("one-year", 1)])).toBe("two-or-more");
    expect(levelOfCredentials([canadian("bachelors", 2), canadian("one-year", 1)])).toBe("bachelors");
    expect(levelOfCredentials([canadian("three-year-or-longer"), canadian("two-year", 2)])).toBe("two-or-more");
    // A two-year credential is never a three-year program, whatever its years say.
    expect(levelOfCredentials([canadian("two-year", 3), canadian("one-year", 1)])).toBe("two-year");
    // A secondary diploma is not post-secondary: a bachelor's and a secondary diploma are a bachelor's.
    expect(levelOfCredentials([canadian("bachelors", 4), canadian("secondary")])).toBe("bachelors");
    // One credential is not two.
    expect(levelOfCredentials([canadian("bachelors", 4)])).toBe("bachelors");
    // A master's or a doctorate outranks two or more.
    expect(levelOfCredentials([canadian("masters", 3), canadian("bachelors", 4)])).toBe("masters");
    expect(levelOfCredentials([canadian("doctoral", 3), canadian("bachelors", 4)])).toBe("doctoral");
  });
});

describe("readEducation: each standing, word for word", () => {
  it("not given: undecided between less than secondary and a doctorate", () => {
    expect(readEducation(undefined, ASOF)).toStrictEqual({
      given: false,
      credentials: [],
      level: "less-than-secondary",
      possibleLevel: "doctoral",
      missing: ["education"],
      open: [],
    });
    expect(readEducation(undefined, ASOF, "spouse.education").missing).toEqual(["spouse.education"]);
  });

  it("a Canadian credential counts, completed on asOf too; one completed after asOf does not", () => {
    const done = canadian("two-year", 2);
    const onTheDay = { ...canadian("bachelors", 4), completedOn: ASOF };
    const later = { ...canadian("masters", 2), completedOn: isoDate("2026-01-16") };
    expect(explained(readEducation([done, onTheDay, later], ASOF, "spouse.education"))).toStrictEqual({
      given: true,
      credentials: [
        {
          index: 0,
          path: "spouse.education[0]",
          credential: done,
          level: "two-year",
          standing: "counts",
          reason: "spouse.education[0] is a Canadian credential (no ECA needed).",
        },
        {
          index: 1,
          path: "spouse.education[1]",
          credential: onTheDay,
          level: "bachelors",
          standing: "counts",
          reason: "spouse.education[1] is a Canadian credential (no ECA needed).",
        },
        {
          index: 2,
          path: "spouse.education[2]",
          credential: later,
          level: "masters",
          standing: "not-yet-completed",
          reason: "spouse.education[2] is completed on 2026-01-16, after 2026-01-15.",
        },
      ],
      // The two that count: a 2-year diploma and a 4-year bachelor's.
      level: "two-or-more",
      possibleLevel: "two-or-more",
      missing: [],
      open: [],
    });
  });

  it("a foreign credential: ECA missing, not yet issued, valid from the day it is issued, expired at exactly 5 years", () => {
    const foreign = (ecaIssuedOn?: string): EducationCredential => ({
      level: "masters",
      years: 2,
      inCanada: false,
      ...(ecaIssuedOn === undefined ? {} : { ecaIssuedOn: isoDate(ecaIssuedOn) }),
    });
    const facts = readEducation(
      [foreign(), foreign("2026-01-16"), foreign("2026-01-15"), foreign("2021-01-15"), foreign("2021-01-16")],
      ASOF,
    );
    expect(facts.credentials.map((c) => [c.standing, reasonOf(c)])).toEqual([
      [
        "eca-missing",
        "education[0] is a foreign credential whose ECA date is not given (education[0].ecaIssuedOn); it counts only with an ECA less than 5 years old.",
      ],
      ["eca-not-yet-issued", "education[1]'s ECA is dated 2026-01-16, after 2026-01-15."],
      [
        "counts",
        "education[2] is a foreign credential with an ECA issued 2026-01-15, valid until the day before 2031-01-15.",
      ],
      ["eca-expired", "education[3]'s ECA (issued 2021-01-15) expired on 2026-01-15: an ECA counts for 5 years."],
      [
        "counts",
        "education[4] is a foreign credential with an ECA issued 2021-01-16, valid until the day before 2026-01-16.",
      ],
    ]);
    expect(facts).toMatchObject({ level: "masters", possibleLevel: "masters", missing: ["education[0].ecaIssuedOn"] });
  });

  it("the possible level adds the foreign credentials whose ECA date is not answered, and only those", () => {
    const facts = readEducation(
      [
        canadian("one-year", 1),
        { level: "bachelors", years: 4, inCanada: false },
        { level: "doctoral", years: 4, inCanada: false, ecaIssuedOn: isoDate("2026-02-01") },
        { level: "doctoral", years: 4, inCanada: true, completedOn: isoDate("2027-01-01") },
      ],
      ASOF,
    );
    expect(facts).toMatchObject({
      given: true,
      level: "one-year",
      possibleLevel: "two-or-more",
      missing: ["education[1].ecaIssuedOn"],
    });
  });
});
