// Tests of src/education/credentials.ts, the one reader of a credential list that the CRS, the
// Federal Skilled Worker program and the AAIP Worker EOI share: a credential counts when it is
// completed by the day and is Canadian, or foreign with an ECA issued by the day and less than five
// years old (IRCC "Education assessment"; Ministerial Instructions 2017-1, s. 3(4)). Each date
// boundary is tested on both sides, and the three programs are checked to read one list alike.
import { describe, expect, it } from "vitest";
import { isoDate } from "../../src/core/iso-date.js";
import { educationFinding } from "../../src/crs/education.js";
import {
  completedBy,
  credentialStanding,
  ECA_VALIDITY_YEARS,
  EDUCATION_LEVELS,
  educationRank,
  levelOfCredential,
  levelOfCredentials,
  readCredentials,
} from "../../src/education/credentials.js";
import { EDUCATION_LEVELS as CRS_LEVELS } from "../../src/index.js";
import type { EducationCredential } from "../../src/models/education.js";
import { FSW_EDUCATION_LEVELS, readEducation } from "../../src/programs/federal/education.js";

const ASOF = isoDate("2026-01-15");
const foreign = (level: EducationCredential["level"], ecaIssuedOn?: string): EducationCredential => ({
  level,
  inCanada: false,
  ...(ecaIssuedOn === undefined ? {} : { ecaIssuedOn: isoDate(ecaIssuedOn) }),
});
const canadian = (
  level: EducationCredential["level"],
  extra: Partial<EducationCredential> = {},
): EducationCredential => ({
  level,
  inCanada: true,
  ...extra,
});

describe("the levels", () => {
  it("are one list for the CRS and the FSW grid, lowest first, frozen", () => {
    expect(CRS_LEVELS).toBe(EDUCATION_LEVELS);
    expect(FSW_EDUCATION_LEVELS).toBe(EDUCATION_LEVELS);
    expect(Object.isFrozen(EDUCATION_LEVELS)).toBe(true);
    expect(EDUCATION_LEVELS.map(educationRank)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(educationRank("doctoral")).toBe(7);
  });

  it("score a three-year program as a bachelor's and a professional degree as a master's", () => {
    expect(levelOfCredential("three-year-or-longer")).toBe("bachelors");
    expect(levelOfCredential("professional-degree")).toBe("masters");
    expect(levelOfCredential("secondary")).toBe("secondary");
  });
});

describe("completedBy and credentialStanding, on both sides of each date", () => {
  it("a credential completed on the day is held; the day after it is not", () => {
    expect(completedBy(canadian("bachelors", { completedOn: ASOF }), ASOF)).toBe(true);
    expect(completedBy(canadian("bachelors", { completedOn: isoDate("2026-01-16") }), ASOF)).toBe(false);
    expect(completedBy(canadian("bachelors"), ASOF)).toBe(true);
    expect(credentialStanding(canadian("bachelors", { completedOn: isoDate("2026-01-16") }), ASOF)).toBe(
      "not-yet-completed",
    );
  });

  it("an ECA issued on the day counts; one issued the day after does not yet", () => {
    expect(credentialStanding(foreign("masters", "2026-01-15"), ASOF)).toBe("counts");
    expect(credentialStanding(foreign("masters", "2026-01-16"), ASOF)).toBe("eca-not-yet-issued");
  });

  it(`an ECA counts for ${ECA_VALIDITY_YEARS} years: the day before its fifth anniversary, not on it`, () => {
    // 2021-01-16 + 5 years = 2026-01-16 (first day it no longer counts) > 2026-01-15.
    expect(credentialStanding(foreign("masters", "2021-01-16"), ASOF)).toBe("counts");
    // 2021-01-15 + 5 years = 2026-01-15 = asOf: expired.
    expect(credentialStanding(foreign("masters", "2021-01-15"), ASOF)).toBe("eca-expired");
    expect(credentialStanding(foreign("masters"), ASOF)).toBe("eca-missing");
  });
});

describe("levelOfCredentials", () => {
  it("two post-secondary credentials, one of three years or more, are 'two-or-more'", () => {
    expect(levelOfCredentials([canadian("bachelors", { years: 4 }), canadian("one-year")])).toBe("two-or-more");
    expect(levelOfCredentials([canadian("bachelors", { years: 2 }), canadian("one-year")])).toBe("bachelors");
    // A bachelor's whose length is not given is not proven to be three years or longer.
    expect(levelOfCredentials([canadian("bachelors"), canadian("one-year")])).toBe("bachelors");
    expect(levelOfCredentials([canadian("two-year"), canadian("secondary")])).toBe("two-year");
    expect(levelOfCredentials([canadian("masters", { years: 2 }), canadian("bachelors")])).toBe("masters");
    expect(levelOfCredentials([])).toBe("less-than-secondary");
  });
});

describe("readCredentials", () => {
  it("counts what is certain and what a missing ECA date could add", () => {
    const list = [canadian("one-year"), foreign("masters"), foreign("doctoral", "2020-01-01")];
    expect(readCredentials(list, ASOF)).toStrictEqual({
      standings: ["counts", "eca-missing", "eca-expired"],
      counting: [list[0]],
      level: "one-year",
      // A master's ranks above "two or more": the missing ECA could raise one-year to masters.
      possibleLevel: "masters",
      ecaOpen: [1],
      lengthOpen: [],
    });
  });

  it("says which bachelor's of unknown length could make 'two or more', and only when it could", () => {
    // Bachelor's (length not given) + one-year: certainly bachelors; two-or-more if the bachelor's
    // program was three years or longer, so its years are open.
    const open = [canadian("bachelors"), canadian("one-year")];
    expect(readCredentials(open, ASOF)).toMatchObject({
      level: "bachelors",
      possibleLevel: "two-or-more",
      ecaOpen: [],
      lengthOpen: [0],
    });
    // With a master's the length cannot raise anything: masters outranks two-or-more.
    const settled = [canadian("bachelors"), canadian("masters")];
    expect(readCredentials(settled, ASOF)).toMatchObject({
      level: "masters",
      possibleLevel: "masters",
      lengthOpen: [],
    });
    // Alone, a bachelor's is a bachelor's whatever its length.
    expect(readCredentials([canadian("bachelors")], ASOF)).toMatchObject({ level: "bachelors", lengthOpen: [] });
  });

  it("gives the CRS and FSW the same standings and levels for one list", () => {
    const list = [
      canadian("two-year", { completedOn: isoDate("2020-06-01") }),
      foreign("bachelors"),
      foreign("masters", "2024-02-01"),
      canadian("doctoral", { completedOn: isoDate("2027-01-01") }),
    ];
    const crs = educationFinding(list, ASOF, "education");
    const fsw = readEducation(list, ASOF);
    expect(crs.standings).toEqual(fsw.credentials.map((c) => c.standing));
    expect([crs.level, crs.possibleLevel]).toEqual([fsw.level, fsw.possibleLevel]);
    expect([crs.level, crs.possibleLevel]).toEqual(["masters", "masters"]);
    // The CRS asks only for what could raise its level; FSW lists every undecided credential.
    expect(crs.missing).toEqual([]);
    expect(fsw.missing).toEqual(["education[1].ecaIssuedOn"]);
  });
});
