import fc from "fast-check";
import { describe, expect, it } from "vitest";
import atpJson from "../../../data/alberta/atp-occupations.json" with { type: "json" };
import noc2016Json from "../../../data/noc/noc2016.json" with { type: "json" };
import noc2021Json from "../../../data/noc/noc2021.json" with { type: "json" };
import { InvalidAsOfError } from "../../../src/core/as-of.js";
import type { InputIssue } from "../../../src/core/input-issue.js";
import { type IsoDate, isoDate } from "../../../src/core/iso-date.js";
import { message } from "../../../src/core/message.js";
import { getNoc, nocPredecessors, nocSuccessors } from "../../../src/noc/index.js";
import {
  ATP_ANNOUNCEMENT_DATE,
  ATP_LATEST_LAUNCH_DATE,
  ATP_LAUNCH_DATE,
  ATP_LAUNCH_LIST_SOURCE,
  ATP_NOC_2021_LIST_DATE,
  ATP_NOC_2021_LIST_SOURCE,
  ATP_OCCUPATIONS_VERIFIED,
} from "../../../src/programs/alberta/atp-list-dates.js";
import {
  type AtpOccupationCheck,
  atpOccupations as atpOccupationsOn,
  checkAtpOccupation,
  isAtpOccupation,
} from "../../../src/programs/alberta/atp-occupations.js";
import { deriveAtpUncertainCodes } from "../../../src/programs/alberta/atp-occupations-data.js";
import { ASOF } from "../../fixtures/alberta/builders.js";
import { englishOf, reasonOf } from "../../fixtures/messages.js";

/** The list with its caveats in English (`caveats`) and as messages (`caveatMessages`), as these tests read it. */
function atpOccupations(asOf: IsoDate | Date) {
  const list = atpOccupationsOn(asOf);
  return list.ok ? { ...list, caveats: list.caveats.map((c) => englishOf(c)), caveatMessages: list.caveats } : list;
}

/** A check with its English reason beside its message. */
function withReason(check: AtpOccupationCheck): AtpOccupationCheck & { readonly reason: string } {
  return { ...check, reason: reasonOf(check) };
}

/** The English words of an issue, or undefined without one. */
const english = (issue: InputIssue | undefined) => (issue === undefined ? undefined : reasonOf(issue));

const d = isoDate;

/** The 23 codes of the January 2022 announcement (as reported in the press: see the launch sources in data/alberta/atp-occupations.json), typed again here. */
const LAUNCH_23 = [
  "0013",
  "0112",
  "0131",
  "0211",
  "0212",
  "0213",
  "0512",
  "0601",
  "1121",
  "1123",
  "1223",
  "2131",
  "2132",
  "2133",
  "2147",
  "2161",
  "2171",
  "2172",
  "2173",
  "2174",
  "2175",
  "2221",
  "2232",
];

/** The 44 codes of the AAIP PDF ("AAIP Accelerated Tech Pathway: Eligible National Occupation Classification codes", alberta.ca), typed again here. */
const NOC_2021_44 = [
  "00012",
  "10011",
  "10022",
  "10030",
  "11200",
  "11202",
  "12101",
  "20010",
  "20011",
  "20012",
  "21210",
  "21211",
  "21220",
  "21221",
  "21222",
  "21223",
  "21230",
  "21231",
  "21232",
  "21233",
  "21234",
  "21300",
  "21301",
  "21310",
  "21311",
  "22110",
  "22212",
  "22220",
  "22221",
  "22222",
  "22301",
  "22302",
  "22310",
  "32120",
  "32129",
  "33101",
  "41402",
  "50011",
  "51120",
  "52120",
  "60010",
  "72200",
  "72201",
  "72205",
];

/** A reverse-mapping of the 44 NOC 2021 codes to NOC 2016 done by hand, apart from the code: an independent check of the derivation. */
const REFERENCE_1_3 = [
  "0124",
  "2233",
  "2241",
  "2253",
  "2281",
  "2282",
  "2283",
  "3211",
  "3212",
  "3219",
  "4163",
  "5131",
  "5241",
];
const DATA_CENTRE = ["72200", "72201", "72205"];

const versionJson = (nocVersion: number) => {
  const version = atpJson.versions.find((v) => v.value.nocVersion === nocVersion);
  if (!version) throw new Error(`no NOC ${nocVersion} list`);
  return version;
};
const uncertainJson = (id: string) => {
  const entry = atpJson.uncertain.find((u) => u.id === id);
  if (!entry) throw new Error(`no uncertain entry ${id}`);
  return entry;
};

describe("the data file", () => {
  it("holds the 23 launch codes (NOC 2016) and the 44 codes of the AAIP PDF (NOC 2021)", () => {
    expect(versionJson(2016).value.codes).toEqual(LAUNCH_23);
    expect(versionJson(2021).value.codes).toEqual(NOC_2021_44);
    expect(new Set(LAUNCH_23).size).toBe(23);
    expect(new Set(NOC_2021_44).size).toBe(44);
  });

  it("dates the versions back to back: launch list 2021-12-01 to 2022-11-16, NOC 2021 list from 2022-11-16", () => {
    expect(atpJson.versions.map((v) => [v.from, "to" in v ? v.to : undefined, v.value.nocVersion])).toEqual([
      ["2021-12-01", "2022-11-16", 2016],
      ["2022-11-16", undefined, 2021],
    ]);
    expect(ATP_LAUNCH_DATE).toBe(atpJson.launch.from);
    expect(ATP_LATEST_LAUNCH_DATE).toBe(atpJson.launch.certainFrom);
    expect(ATP_ANNOUNCEMENT_DATE).toBe(atpJson.launch.announced);
    expect(ATP_NOC_2021_LIST_DATE).toBe(versionJson(2021).from);
    expect(ATP_OCCUPATIONS_VERIFIED).toBe(atpJson.verified);
    expect(versionJson(2016).from).toBe(ATP_LAUNCH_DATE);
  });

  it("cites each list, marking the news article as secondary", () => {
    expect(ATP_LAUNCH_LIST_SOURCE).toMatchObject({ secondary: true, effective: "2021-12-01" });
    expect(ATP_LAUNCH_LIST_SOURCE.url).toMatch(/^https:\/\//);
    expect(ATP_NOC_2021_LIST_SOURCE).toMatchObject({
      url: "https://www.alberta.ca/system/files/custom_downloaded_images/lbr-aaip-tech-pathway-nocs-codes-list.pdf",
      retrieved: "2026-08-14",
      effective: "2022-11-16",
    });
    expect(ATP_NOC_2021_LIST_SOURCE.title).toContain("effective Nov 16, 2022");
    expect(ATP_NOC_2021_LIST_SOURCE.section).toContain("2026-06-20");
    expect(ATP_NOC_2021_LIST_SOURCE.secondary).toBeUndefined();
    for (const version of atpJson.versions) expect(version.value.note.length).toBeGreaterThan(100);
    for (const entry of atpJson.uncertain) expect(entry.reason.length).toBeGreaterThan(100);
  });

  it("lists only codes of the catalogue of their NOC version, all skilled (TEER 0–3, or skill type 0 / level A or B)", () => {
    const all2016 = [...versionJson(2016).value.codes, ...uncertainJson("noc2016-beyond-launch-list").codes];
    const all2021 = [...versionJson(2021).value.codes, ...uncertainJson("noc2021-data-centre-additions").codes];
    for (const code of all2016) {
      const entry = getNoc(code);
      expect(entry?.version, code).toBe(2016);
      expect(["0", "A", "B"], code).toContain(entry?.skillLevel);
    }
    for (const code of all2021) {
      const entry = getNoc(code);
      expect(entry?.version, code).toBe(2021);
      expect(entry?.teer, code).toBeLessThanOrEqual(3);
    }
  });

  it("drops no launch occupation: every launch code has a NOC 2021 successor on the NOC 2021 list", () => {
    for (const code of LAUNCH_23) {
      expect(
        nocSuccessors(code).some((s) => NOC_2021_44.includes(s.code)),
        code,
      ).toBe(true);
    }
  });
});

describe("the uncertain codes are derived from the StatCan concordance", () => {
  const derived = deriveAtpUncertainCodes(LAUNCH_23, NOC_2021_44);

  it("records in the data file exactly what the derivation gives", () => {
    expect(uncertainJson("noc2016-beyond-launch-list").codes).toEqual(derived.noc2016BeyondLaunchList);
    expect(uncertainJson("noc2021-data-centre-additions").codes).toEqual(derived.noc2021WithoutListedPredecessor);
  });

  it("finds the 13 NOC 2016 codes of the reference's reconstruction (§1.3) beyond the 23 launch codes", () => {
    expect(derived.noc2016BeyondLaunchList).toEqual(REFERENCE_1_3);
    for (const code of derived.noc2016BeyondLaunchList) expect(LAUNCH_23).not.toContain(code);
  });

  it("computes them by hand too: predecessors of the non-trade NOC 2021 codes, minus the launch codes", () => {
    const byHand = new Set<string>();
    for (const code of NOC_2021_44) {
      if (code.startsWith("7")) continue;
      for (const p of nocPredecessors(code)) if (!LAUNCH_23.includes(p.code)) byHand.add(p.code);
    }
    expect([...byHand].sort()).toEqual(derived.noc2016BeyondLaunchList);
  });

  it("finds the data-centre trades 72200, 72201, 72205 as the only NOC 2021 codes with no predecessor on a 2016 list", () => {
    expect(derived.dataCentre).toEqual(DATA_CENTRE);
    expect(derived.noc2021WithoutListedPredecessor).toEqual(DATA_CENTRE);
    const on2016List = new Set([...LAUNCH_23, ...derived.noc2016BeyondLaunchList]);
    for (const code of DATA_CENTRE) {
      const predecessors = nocPredecessors(code).map((p) => p.code);
      expect(predecessors.length, code).toBeGreaterThan(0);
      expect(
        predecessors.some((p) => on2016List.has(p)),
        code,
      ).toBe(false);
    }
  });

  it("dates the uncertainty: §1.3 codes until 2022-11-16, data-centre codes from 2022-11-16 to the first official mention 2026-06-16", () => {
    expect(uncertainJson("noc2016-beyond-launch-list")).toMatchObject({ from: "2021-12-01", to: "2022-11-16" });
    expect(uncertainJson("noc2021-data-centre-additions")).toMatchObject({ from: "2022-11-16", to: "2026-06-16" });
  });
});

describe("the launch list (NOC 2016) on 2022-03-01", () => {
  const asOf = d("2022-03-01");

  it.each(LAUNCH_23)("%s passes", (code) => {
    expect(isAtpOccupation(code, asOf)).toBe("pass");
  });

  it("explains a pass and cites the announcement", () => {
    const check = checkAtpOccupation("2173", asOf);
    expect(withReason(check)).toEqual({
      verdict: "pass",
      message: message("atp.occupation.on-list", {
        noc: { code: "2173", title: "Software engineers and designers" },
        asOf,
        // The list in force that day, with its count: 23 launch codes and 13 uncertain ones.
        list: message("atp.list.name", {
          nocVersion: 2016,
          known: 23,
          uncertain: 13,
          effective: d("2022-11-16"),
          asOf,
        }),
      }),
      reason: expect.stringContaining("2173"),
      source: ATP_LAUNCH_LIST_SOURCE,
    });
    expect(reasonOf(check)).toContain("Software engineers and designers");
    expect(isAtpOccupation("2171", asOf)).toBe("pass");
  });

  it("fails an occupation that is on no list: 4112 lawyers", () => {
    const check = checkAtpOccupation("4112", asOf);
    expect(check.verdict).toBe("fail");
    expect(reasonOf(check)).toMatch(/4112 is not on the Accelerated Tech Pathway list/);
    expect(check.issue).toBeUndefined();
    expect(isAtpOccupation("7241", asOf)).toBe("fail"); // electricians: not before the data-centre addition
  });

  it("answers unknown for a code the launch list lacks but later sources imply: 2281 on 2022-06-01", () => {
    const check = checkAtpOccupation("2281", d("2022-06-01"));
    expect(check.verdict).toBe("unknown");
    expect(reasonOf(check)).toContain(
      "Whether 2281 (Computer network technicians) was on the Accelerated Tech Pathway list",
    );
    expect(reasonOf(check)).toContain("38");
    expect(reasonOf(check)).toContain("22220");
    expect(check.source.secondary).toBe(true);
    expect(check.issue).toBeUndefined();
    for (const code of REFERENCE_1_3) expect(isAtpOccupation(code, asOf), code).toBe("unknown");
  });

  it("lists the 23 codes and the 13 uncertain ones", () => {
    const list = atpOccupations(asOf);
    expect(list).toEqual({
      ok: true,
      version: 2016,
      codes: LAUNCH_23,
      uncertain: REFERENCE_1_3,
      source: ATP_LAUNCH_LIST_SOURCE,
      from: "2021-12-01",
      to: "2022-11-16",
      caveats: [expect.stringContaining("0124, 2233")],
      caveatMessages: [
        message("atp.occupations.caveat.uncertain", {
          codes: REFERENCE_1_3,
          asOf,
          why: message("atp.uncertainty.noc2016-beyond-launch-list", {}),
        }),
      ],
    });
  });

  it("asks for the NOC 2016 code when given a NOC 2021 code, listing its predecessors", () => {
    const check = checkAtpOccupation("21211", asOf, { path: "jobOffer.noc" });
    expect(check.verdict).toBe("unknown");
    expect(check.predecessors).toEqual(["2171", "2172", "2173"]);
    expect(check.successors).toBeUndefined();
    expect(check.issue).toMatchObject({ path: "jobOffer.noc", code: "noc_version_mismatch" });
    expect(english(check.issue)).toContain("2171, 2172 or 2173");
    expect(reasonOf(check)).toContain("uses NOC 2016 codes");
    expect(reasonOf(check)).toContain("NOC 2021 codes apply only from 2022-11-16");
    expect(reasonOf(check)).toContain("unknown until the occupation is restated");
    expect(reasonOf(check)).toContain("2173, Software engineers and designers (on the list on that date)");
    expect(checkAtpOccupation("21231", asOf).predecessors).toEqual(["2173"]);
  });
});

describe("the NOC 2021 list on 2026-11-25", () => {
  const asOf = d("2026-11-25");

  it.each(NOC_2021_44)("%s passes", (code) => {
    expect(isAtpOccupation(code, asOf)).toBe("pass");
  });

  it("passes 21231 and fails 41101 (lawyers), citing the AAIP PDF", () => {
    expect(withReason(checkAtpOccupation("21231", asOf))).toEqual({
      verdict: "pass",
      message: message("atp.occupation.on-list", {
        noc: { code: "21231", title: "Software engineers and designers" },
        asOf,
        list: message("atp.list.name", { nocVersion: 2021, known: 44, uncertain: 0, effective: d("2022-11-16"), asOf }),
      }),
      reason: expect.stringContaining(
        "21231 (Software engineers and designers) is on the Accelerated Tech Pathway list",
      ),
      source: ATP_NOC_2021_LIST_SOURCE,
    });
    const lawyers = checkAtpOccupation("41101", asOf);
    expect(lawyers.verdict).toBe("fail");
    expect(reasonOf(lawyers)).toContain("does not qualify");
    expect(lawyers.source).toEqual(ATP_NOC_2021_LIST_SOURCE);
  });

  it("lists the 44 codes, none uncertain", () => {
    expect(atpOccupations(asOf)).toEqual({
      ok: true,
      version: 2021,
      codes: NOC_2021_44,
      uncertain: [],
      source: ATP_NOC_2021_LIST_SOURCE,
      from: "2022-11-16",
      caveats: [],
      caveatMessages: [],
    });
  });

  it("asks for the NOC 2021 code when given a NOC 2016 code, listing its successors", () => {
    const check = checkAtpOccupation("2174", asOf);
    expect(check.verdict).toBe("unknown");
    expect(check.successors).toEqual(["21230", "21232", "21234"]);
    expect(check.predecessors).toBeUndefined();
    expect(check.issue).toMatchObject({ path: "", code: "noc_version_mismatch" });
    expect(english(check.issue)).toContain("21230, 21232 or 21234");
    expect(reasonOf(check)).toContain("uses NOC 2021 codes (NOC 2021 replaced NOC 2016 on 2022-11-16)");
    expect(reasonOf(check)).toContain("21232, Software developers and programmers (on the list on that date)");
    expect(reasonOf(check)).toContain("unknown until the occupation is restated");
    // a successor off the list is named as such
    const hr = checkAtpOccupation("0112", asOf);
    expect(hr.successors).toEqual(["10011", "11200", "13110", "22232"]);
    expect(reasonOf(hr)).toContain("13110, Administrative assistants (not on the list on that date)");
  });
});

describe("the switch to NOC 2021 on 2022-11-16", () => {
  it("uses NOC 2016 on 2022-11-15 and NOC 2021 on 2022-11-16", () => {
    const before = d("2022-11-15");
    const on = d("2022-11-16");
    expect(isAtpOccupation("2173", before)).toBe("pass");
    expect(checkAtpOccupation("21231", before).issue?.code).toBe("noc_version_mismatch");
    expect(isAtpOccupation("21231", on)).toBe("pass");
    expect(checkAtpOccupation("2173", on).issue?.code).toBe("noc_version_mismatch");
    expect(checkAtpOccupation("2173", on).successors).toEqual(["21211", "21231"]);
    expect(isAtpOccupation("2281", before)).toBe("unknown");
    expect(isAtpOccupation("22220", on)).toBe("pass");
    const listBefore = atpOccupations(before);
    const listOn = atpOccupations(on);
    expect(listBefore.ok && listBefore.version).toBe(2016);
    expect(listOn.ok && listOn.version).toBe(2021);
  });
});

describe("the data-centre occupations (electricians, telecom installers)", () => {
  it("are unknown on 2023-06-01, with the reason", () => {
    const check = checkAtpOccupation("72200", d("2023-06-01"));
    expect(check.verdict).toBe("unknown");
    expect(check.issue).toBeUndefined();
    expect(reasonOf(check)).toContain("Whether 72200 (Electricians (except industrial and power system)) was on");
    expect(reasonOf(check)).toContain("data centre");
    expect(reasonOf(check)).toContain("on a date no source gives");
    expect(reasonOf(check)).toContain("It is on the list from 2026-06-16.");
    expect(check.source.url).toBe("https://www.alberta.ca/aaip-processing-information");
  });

  it("pass on 2026-11-25", () => {
    expect(checkAtpOccupation("72200", d("2026-11-25"))).toMatchObject({
      verdict: "pass",
      source: ATP_NOC_2021_LIST_SOURCE,
    });
  });

  it.each(DATA_CENTRE)("%s is unknown from 2022-11-16 to 2026-06-15 and passes from 2026-06-16", (code) => {
    expect(isAtpOccupation(code, d("2022-11-16"))).toBe("unknown");
    expect(isAtpOccupation(code, d("2026-06-15"))).toBe("unknown");
    expect(isAtpOccupation(code, d("2026-06-16"))).toBe("pass");
  });

  it("are listed as uncertain in the list of 2023-06-01, the other 41 as eligible", () => {
    const list = atpOccupations(d("2023-06-01"));
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    expect(list.uncertain).toEqual(DATA_CENTRE);
    expect(list.codes).toEqual(NOC_2021_44.filter((c) => !DATA_CENTRE.includes(c)));
    expect(list.caveats).toEqual([expect.stringContaining("Whether 72200, 72201 and 72205 were on the list")]);
  });
});

describe("before and at the launch", () => {
  it("fails every code before 2021-12-01: the pathway did not exist yet (final)", () => {
    const asOf = d("2021-11-30");
    for (const code of ["2173", "21231", "4112", "2281"]) {
      const check = checkAtpOccupation(code, asOf);
      expect(check.verdict, code).toBe("fail");
      expect(reasonOf(check)).toContain("did not exist yet on 2021-11-30");
      expect(reasonOf(check)).toContain("no further information can change that");
      expect(check.issue).toBeUndefined();
    }
    expect(checkAtpOccupation("9999", asOf)).toMatchObject({ verdict: "fail", issue: { code: "unknown_noc" } });
    expect(isAtpOccupation("2173", d("2019-01-01"))).toBe("fail");
  });

  it("gives no list before the launch", () => {
    const list = atpOccupations(d("2021-11-30"));
    expect(list.ok).toBe(false);
    expect(!list.ok && reasonOf(list)).toContain("did not exist yet");
    expect(atpOccupations(ATP_LAUNCH_DATE).ok).toBe(true);
  });

  it("answers unknown for listed codes in December 2021 (opening day unknown), pass from 2021-12-31", () => {
    const check = checkAtpOccupation("2173", d("2021-12-01"));
    expect(check.verdict).toBe("unknown");
    expect(reasonOf(check)).toContain("whether the pathway was open yet on 2021-12-01 is unknown");
    expect(reasonOf(check)).toContain("From 2021-12-31 the answer is pass.");
    expect(isAtpOccupation("2173", d("2021-12-30"))).toBe("unknown");
    expect(isAtpOccupation("2173", ATP_LATEST_LAUNCH_DATE)).toBe("pass");
    expect(isAtpOccupation("4112", d("2021-12-15"))).toBe("fail");
    const list = atpOccupations(d("2021-12-15"));
    expect(list.ok && list.codes).toEqual([]);
    expect(list.ok && list.uncertain).toEqual([...LAUNCH_23, ...REFERENCE_1_3].sort());
    expect(list.ok && list.caveats).toHaveLength(2);
  });
});

describe("bad input", () => {
  it.each(["9999", "99999", "", "21231 ", "2173a", "123456", "abc"])("%j is an unknown NOC code: unknown", (code) => {
    const check = checkAtpOccupation(code, d("2024-01-01"), { path: "workHistory[0].noc" });
    expect(check.verdict).toBe("unknown");
    expect(check.issue).toMatchObject({ path: "workHistory[0].noc", code: "unknown_noc" });
    expect(reasonOf(check)).toContain("give the occupation's NOC 2021 code");
    expect(englishOf(checkAtpOccupation(code, d("2022-01-15")).message)).toContain("NOC 2016 codes (4 digits");
  });

  it("never throws on a non-string code; an invalid date is the programmer's InvalidAsOfError", () => {
    expect(isAtpOccupation(21231 as unknown as string, d("2024-01-01"))).toBe("unknown");
    expect(isAtpOccupation(undefined as unknown as string, d("2024-01-01"))).toBe("unknown");
    expect(() => checkAtpOccupation("21231", "2023-02-29" as IsoDate)).toThrow(InvalidAsOfError);
    expect(() => atpOccupations("yesterday" as IsoDate)).toThrow(/^asOf must be a calendar day/);
  });

  it("returns fresh arrays: changing a result does not change the next one", () => {
    const first = atpOccupations(d("2026-11-25"));
    if (first.ok) first.codes.length = 0;
    const second = atpOccupations(d("2026-11-25"));
    expect(second.ok && second.codes).toHaveLength(44);
  });
});

describe("properties", () => {
  const FIRST = Date.UTC(2020, 0, 1) / 86_400_000;
  const LAST = Date.UTC(2030, 11, 31) / 86_400_000;
  const dates = fc
    .integer({ min: FIRST, max: LAST })
    .map((day) => isoDate(new Date(day * 86_400_000).toISOString().slice(0, 10)));
  const catalogueCodes = [...noc2016Json.items, ...noc2021Json.items].map((item) => item.code);
  const codes = fc.oneof(
    fc.constantFrom(...catalogueCodes),
    fc.constantFrom(...LAUNCH_23, ...NOC_2021_44, ...REFERENCE_1_3),
    fc.string({ maxLength: 6 }),
  );

  it("isAtpOccupation never throws and equals checkAtpOccupation(...).verdict", () => {
    fc.assert(
      fc.property(codes, dates, (code, asOf) => {
        expect(isAtpOccupation(code, asOf)).toBe(checkAtpOccupation(code, asOf).verdict);
      }),
      { numRuns: 2000 },
    );
  });

  it("agrees with atpOccupations: pass iff in codes, unknown iff in uncertain or the code must be restated", () => {
    fc.assert(
      fc.property(codes, dates, (code, asOf) => {
        const check = checkAtpOccupation(code, asOf);
        const list = atpOccupations(asOf);
        if (!list.ok) {
          expect(check.verdict).toBe("fail");
          return;
        }
        const entry = getNoc(code);
        if (entry === undefined) {
          expect([check.verdict, check.issue?.code]).toEqual(["unknown", "unknown_noc"]);
          return;
        }
        if (entry.version !== list.version) {
          // Restated, the code is one of its equivalents: a fail when none of them can pass.
          const equivalents = check.successors ?? check.predecessors ?? [];
          const open = equivalents.some((c) => list.codes.includes(c) || list.uncertain.includes(c));
          expect(check.verdict).toBe(open || equivalents.length === 0 ? "unknown" : "fail");
          expect(check.issue?.code).toBe(check.verdict === "unknown" ? "noc_version_mismatch" : undefined);
          return;
        }
        expect(check.issue).toBeUndefined();
        expect(check.verdict).toBe(
          list.codes.includes(code) ? "pass" : list.uncertain.includes(code) ? "unknown" : "fail",
        );
        expect(reasonOf(check).length).toBeGreaterThan(40);
      }),
      { numRuns: 2000 },
    );
  });
});

// Exact verdicts, reasons and issues of the ATP occupation check (data/alberta/atp-occupations.json).
describe("atp-occupations: exact verdicts, reasons and issues (data/alberta/atp-occupations.json)", () => {
  const at = (s: string) => s as IsoDate;
  // The 13 NOC 2016 codes that later sources list are uncertain all through the NOC 2016 era.
  const LAUNCH_LIST = "the launch list of 23 NOC 2016 codes, and 13 more whose listing on that date is unknown";
  const OFFICIAL_LIST = "the official list of 44 NOC 2021 codes, effective 2022-11-16";
  const NOT_YET = (asOf: string) =>
    `The Accelerated Tech Pathway did not exist yet on ${asOf}: Alberta first accepted applications in December 2021 (no earlier than 2021-12-01) and announced the pathway on 2022-01-13, so no occupation qualified for it on that date, and no further information can change that.`;
  const LAUNCH_REASON =
    "Alberta began accepting Accelerated Tech Pathway applications on a day in December 2021 that no source gives (the pathway was announced on 2022-01-13), so from 2021-12-01 to 2021-12-30 it may not have been open yet; it was open by 2021-12-31 at the latest.";
  const LATER_2016 =
    "The January 2022 announcement lists 23 NOC 2016 codes, but third-party pages describe a list of 38, launch-time reports name occupations outside the 23 (medical laboratory technicians, graphic designers, industrial engineering technologists), and the NOC 2021 successors of these codes are on the official list from 2022-11-16; no official NOC 2016 list survives to settle which codes it held.";
  const DATA_CENTRE =
    "Alberta added occupations that 'support data centre needs in Alberta' to the list on a date no source gives: the list PDF still says 'effective Nov 16, 2022', the official updates page has no entry for the change, and third-party pages of 2025 and 2026 still describe the older list. No NOC 2016 predecessor of these codes was on a list before 2022-11-16. The earliest official page that mentions them is the processing-information page last updated 2026-06-16; the list as it then stood is read from the copy of 2026-06-20.";

  it("an invalid date: InvalidAsOfError naming asOf and the date problem", () => {
    const message =
      'asOf must be a calendar day written YYYY-MM-DD or a valid Date; got "2026-13-01": 2026-13-01 has no month 13: months run from 01 to 12.';
    expect(() => checkAtpOccupation("21231", at("2026-13-01"), { path: "jobOffer.noc" })).toThrow(message);
    expect(() => atpOccupations(at("2026-13-01"))).toThrow(message);
  });

  it("before 2021-12-01: fail for any code, final; a code that is no unit group also gets unknown_noc", () => {
    const listed = checkAtpOccupation("2173", at("2021-11-30"));
    expect([listed.verdict, reasonOf(listed), listed.issue]).toStrictEqual(["fail", NOT_YET("2021-11-30"), undefined]);
    expect(listed.source.section).toContain("announced the Accelerated Tech Pathway on January 13");
    const bad = checkAtpOccupation("abc", at("2021-11-30"), { path: "jobOffer.noc" });
    expect([bad.verdict, bad.issue]).toStrictEqual([
      "fail",
      {
        path: "jobOffer.noc",
        code: "unknown_noc",
        message: { id: "input.noc.unknown", params: { code: { type: "string", value: "abc" } } },
      },
    ]);
    expect(english(bad.issue)).toBe('"abc" is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.');
    const notYet = atpOccupations(at("2021-11-30"));
    expect(englishOf("message" in notYet ? notYet.message : undefined)).toBe(NOT_YET("2021-11-30"));
    expect(notYet).toStrictEqual({
      ok: false,
      message: message("atp.occupation.before-launch", {
        asOf: at("2021-11-30"),
        from: at("2021-12-01"),
        announced: at("2022-01-13"),
      }),
    });
  });

  it("December 2021: a launch-list code is unknown until 2021-12-30, pass from 2021-12-31", () => {
    const c = checkAtpOccupation("2173", at("2021-12-30"));
    expect([c.verdict, reasonOf(c), c.source]).toStrictEqual([
      "unknown",
      `2173 (Software engineers and designers) is on the pathway's launch list, but whether the pathway was open yet on 2021-12-30 is unknown: ${LAUNCH_REASON} From 2021-12-31 the answer is pass.`,
      ATP_LAUNCH_LIST_SOURCE,
    ]);
    expect(withReason(checkAtpOccupation("2173", at("2021-12-31")))).toStrictEqual({
      verdict: "pass",
      message: expect.objectContaining({ id: "atp.occupation.on-list" }),
      reason: `2173 (Software engineers and designers) is on the Accelerated Tech Pathway list of eligible occupations in force on 2021-12-31 (${LAUNCH_LIST}).`,
      source: ATP_LAUNCH_LIST_SOURCE,
    });
    // The list of the launch window: nothing certain yet, every code uncertain, the launch caveat first.
    const list = atpOccupations(at("2021-12-15"));
    if (!list.ok) throw new Error("expected a list");
    expect([list.version, list.codes, list.uncertain.length, list.from, list.to]).toEqual([
      2016,
      [],
      36,
      "2021-12-01",
      "2022-11-16",
    ]);
    expect(list.caveats[0]).toBe(`Whether the pathway was open yet on 2021-12-15 is unknown: ${LAUNCH_REASON}`);
    expect(list.caveats).toHaveLength(2);
  });

  it("NOC 2016 era: a code off the list fails; a code later sources list is unknown, with its NOC 2021 fate", () => {
    expect(withReason(checkAtpOccupation("4112", at("2022-03-01")))).toStrictEqual({
      verdict: "fail",
      message: message("atp.occupation.not-on-list", {
        noc: { code: "4112" },
        asOf: at("2022-03-01"),
        list: message("atp.list.name", {
          nocVersion: 2016,
          known: 23,
          uncertain: 13,
          effective: at("2022-11-16"),
          asOf: at("2022-03-01"),
        }),
        nocVersion: 2016,
      }),
      reason: `4112 is not on the Accelerated Tech Pathway list of eligible occupations in force on 2022-03-01 (${LAUNCH_LIST}), so a job in this occupation does not qualify for the pathway. If another NOC 2016 code describes the job better, check that code.`,
      source: ATP_LAUNCH_LIST_SOURCE,
    });
    const c = checkAtpOccupation("2281", at("2022-03-01"));
    expect([c.verdict, reasonOf(c), c.source.title]).toStrictEqual([
      "unknown",
      `Whether 2281 (Computer network technicians) was on the Accelerated Tech Pathway list on 2022-03-01 is unknown. ${LATER_2016} From 2022-11-16 the list uses NOC 2021 codes, and 2281 became 22220 (Computer network and web technicians), on that list.`,
      "New Alberta immigration program aimed at technology jobs (Edmonton Sun, 2022-01-13)",
    ]);
    // The uncertainty holds from the first day (2021-12-01), before the launch-window answer.
    expect(englishOf(checkAtpOccupation("2281", at("2021-12-01")).message)).toContain("Whether 2281");
    const list = atpOccupations(at("2022-03-01"));
    if (!list.ok) throw new Error("expected a list");
    expect([list.codes.length, list.uncertain, list.caveats]).toStrictEqual([
      23,
      ["0124", "2233", "2241", "2253", "2281", "2282", "2283", "3211", "3212", "3219", "4163", "5131", "5241"],
      [
        `Whether 0124, 2233, 2241, 2253, 2281, 2282, 2283, 3211, 3212, 3219, 4163, 5131 and 5241 were on the list on 2022-03-01 is unknown. ${LATER_2016}`,
      ],
    ]);
  });

  it("NOC 2021 era: the data-centre codes are unknown until 2026-06-16, then pass", () => {
    const c = checkAtpOccupation("72200", at("2026-06-15"));
    expect([c.verdict, reasonOf(c)]).toStrictEqual([
      "unknown",
      `Whether 72200 (Electricians (except industrial and power system)) was on the Accelerated Tech Pathway list on 2026-06-15 is unknown. ${DATA_CENTRE} It is on the list from 2026-06-16.`,
    ]);
    expect(c.source.title).toBe("AAIP processing information");
    expect(withReason(checkAtpOccupation("72200", at("2026-06-16")))).toStrictEqual({
      verdict: "pass",
      message: expect.objectContaining({ id: "atp.occupation.on-list" }),
      reason: `72200 (Electricians (except industrial and power system)) is on the Accelerated Tech Pathway list of eligible occupations in force on 2026-06-16 (${OFFICIAL_LIST}).`,
      source: ATP_NOC_2021_LIST_SOURCE,
    });
    const list = atpOccupations(at("2023-06-01"));
    expect(list).toStrictEqual({
      ok: true,
      version: 2021,
      codes: expect.any(Array),
      uncertain: ["72200", "72201", "72205"],
      source: ATP_NOC_2021_LIST_SOURCE,
      from: "2022-11-16",
      caveats: [`Whether 72200, 72201 and 72205 were on the list on 2023-06-01 is unknown. ${DATA_CENTRE}`],
      caveatMessages: [
        message("atp.occupations.caveat.uncertain", {
          codes: ["72200", "72201", "72205"],
          asOf: at("2023-06-01"),
          why: message("atp.uncertainty.noc2021-data-centre-additions", {}),
        }),
      ],
    });
    if (list.ok) expect(list.codes).toHaveLength(41);
    const now = atpOccupations(ASOF);
    expect(now.ok && [now.codes.length, now.uncertain, now.caveats, "to" in now]).toEqual([44, [], [], false]);
  });

  it("a NOC 2016 code from 2022-11-16: restate it; the successors each with their standing that day", () => {
    const c = checkAtpOccupation("2173", ASOF, { path: "workHistory[1].noc" });
    expect(withReason(c)).toStrictEqual({
      verdict: "unknown",
      message: message("atp.occupation.version-mismatch", {
        noc: { code: "2173", title: "Software engineers and designers" },
        codeVersion: 2016,
        asOf: ASOF,
        nocVersion: 2021,
        listDate: at("2022-11-16"),
        related: [
          { code: "21211", title: "Data scientists", listing: "pass" },
          { code: "21231", title: "Software engineers and designers", listing: "pass" },
        ],
      }),
      reason:
        "On 2026-11-25 the Accelerated Tech Pathway list uses NOC 2021 codes (NOC 2021 replaced NOC 2016 on 2022-11-16), but 2173 (Software engineers and designers) is a NOC 2016 code, so the answer is unknown until the occupation is restated as a NOC 2021 code. By the Statistics Canada concordance, 2173 became one of: 21211, Data scientists (on the list on that date); 21231, Software engineers and designers (on the list on that date). Give the one that describes the job.",
      source: ATP_NOC_2021_LIST_SOURCE,
      issue: {
        path: "workHistory[1].noc",
        code: "noc_version_mismatch",
        message: {
          id: "input.noc.version-mismatch",
          params: {
            code: "2173",
            version: 2016,
            asOf: "2026-11-25",
            listVersion: 2021,
            forward: true,
            codes: ["21211", "21231"],
          },
        },
      },
      successors: ["21211", "21231"],
    });
    expect(english(c.issue)).toBe(
      "2173 is a NOC 2016 code, but on 2026-11-25 the Accelerated Tech Pathway list uses NOC 2021 codes; give the NOC 2021 code instead (2173 became 21211 or 21231).",
    );
    // One successor: "Give that code".
    expect(reasonOf(checkAtpOccupation("2281", ASOF))).toContain(
      "By the Statistics Canada concordance, 2281 became 22220, Computer network and web technicians (on the list on that date). Give that code if it describes the job.",
    );
    expect(english(checkAtpOccupation("2281", ASOF).issue)).toContain("(2281 became 22220).");
    // Every successor off the list: no restatement can pass, so it fails, without asking.
    // 41101 has no title in our NOC labels: the code alone.
    const lawyer = checkAtpOccupation("4112", ASOF, { path: "jobOffer.noc" });
    expect([lawyer.verdict, lawyer.issue, lawyer.successors]).toEqual(["fail", undefined, ["41101"]]);
    expect(reasonOf(lawyer)).toBe(
      "On 2026-11-25 the Accelerated Tech Pathway list uses NOC 2021 codes, and 4112 is a NOC 2016 code; by the Statistics Canada concordance it became 41101, none of which is on the list, so the occupation is not eligible whichever it is.",
    );
    // The same backwards: 11100's predecessors (1111, 1114) are off the launch list.
    expect(checkAtpOccupation("11100", at("2022-06-01")).verdict).toBe("fail");
    // A successor whose listing is not known that day keeps it open.
    expect(englishOf(checkAtpOccupation("7241", at("2023-06-01")).message)).toContain(
      "72200, Electricians (except industrial and power system) (its listing on that date is unknown)",
    );
  });

  it("a NOC 2021 code before 2022-11-16: restate it; its predecessors are listed", () => {
    expect(english(checkAtpOccupation("21231", at("2022-11-15")).issue)).toBe(
      "21231 is a NOC 2021 code, but on 2022-11-15 the Accelerated Tech Pathway list uses NOC 2016 codes; give the NOC 2016 code instead (21231 came from 2173).",
    );
    expect(withReason(checkAtpOccupation("21231", at("2022-11-15")))).toStrictEqual({
      verdict: "unknown",
      message: expect.objectContaining({ id: "atp.occupation.version-mismatch" }),
      reason:
        "On 2022-11-15 the Accelerated Tech Pathway list uses NOC 2016 codes (NOC 2021 codes apply only from 2022-11-16), but 21231 (Software engineers and designers) is a NOC 2021 code, so the answer is unknown until the occupation is restated as a NOC 2016 code. By the Statistics Canada concordance, 21231 came from 2173, Software engineers and designers (on the list on that date). Give that code if it describes the job.",
      source: ATP_LAUNCH_LIST_SOURCE,
      issue: {
        path: "",
        code: "noc_version_mismatch",
        message: {
          id: "input.noc.version-mismatch",
          params: {
            code: "21231",
            version: 2021,
            asOf: "2022-11-15",
            listVersion: 2016,
            forward: false,
            codes: ["2173"],
          },
        },
      },
      predecessors: ["2173"],
    });
    expect(checkAtpOccupation("21231", at("2022-11-16")).verdict).toBe("pass");
  });

  it("the uncertain periods hold from their first day up to, not including, their end", () => {
    // data/alberta/atp-occupations.json "uncertain": NOC 2016 codes 2021-12-01..2022-11-16, data-centre
    // codes 2022-11-16..2026-06-16.
    const standing = (asOf: string) => {
      const r = atpOccupations(at(asOf));
      return r.ok ? [r.version, r.codes.length, r.uncertain.length, r.caveats.length] : reasonOf(r);
    };
    expect(standing("2022-11-15")).toEqual([2016, 23, 13, 1]);
    expect(standing("2022-11-16")).toEqual([2021, 41, 3, 1]);
    expect(standing("2026-06-15")).toEqual([2021, 41, 3, 1]);
    expect(standing("2026-06-16")).toEqual([2021, 44, 0, 0]);
    expect(checkAtpOccupation("72200", at("2022-11-16")).verdict).toBe("unknown");
    expect(checkAtpOccupation("2281", at("2022-11-15")).verdict).toBe("unknown");
  });

  it("a NOC 2016 code in doubt whose NOC 2021 successors are both listed: named with 'and'", () => {
    expect(englishOf(checkAtpOccupation("3212", at("2022-03-01")).message)).toBe(
      `Whether 3212 (Medical laboratory technicians and pathologists' assistants) was on the Accelerated Tech Pathway list on 2022-03-01 is unknown. ${LATER_2016} From 2022-11-16 the list uses NOC 2021 codes, and 3212 became 32120 (Medical laboratory technologists) and 33101 (Medical laboratory assistants and related technical occupations), on that list.`,
    );
  });

  it("a code that is no unit group: unknown, with the digits and an example of the list's NOC version", () => {
    const issue = {
      path: "",
      code: "unknown_noc",
      message: { id: "input.noc.unknown", params: { code: { type: "string", value: "123" } } },
    };
    expect(english(checkAtpOccupation("123", ASOF).issue)).toBe(
      '"123" is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.',
    );
    expect(withReason(checkAtpOccupation("123", ASOF))).toStrictEqual({
      verdict: "unknown",
      message: message("atp.occupation.not-a-noc", { input: '"123"', asOf: ASOF, nocVersion: 2021 }),
      reason:
        '"123" is not a NOC unit group code, so whether it is on the Accelerated Tech Pathway list is unknown. On 2026-11-25 the list uses NOC 2021 codes (5 digits, for example 21231); give the occupation\'s NOC 2021 code.',
      source: ATP_NOC_2021_LIST_SOURCE,
      issue,
    });
    expect(withReason(checkAtpOccupation("123", at("2022-03-01")))).toStrictEqual({
      verdict: "unknown",
      message: message("atp.occupation.not-a-noc", { input: '"123"', asOf: at("2022-03-01"), nocVersion: 2016 }),
      reason:
        '"123" is not a NOC unit group code, so whether it is on the Accelerated Tech Pathway list is unknown. On 2022-03-01 the list uses NOC 2016 codes (4 digits, for example 2173); give the occupation\'s NOC 2016 code.',
      source: ATP_LAUNCH_LIST_SOURCE,
      issue,
    });
    // A value that is not a string is named by its kind, not quoted (it never throws).
    expect(english(checkAtpOccupation({ code: "21231" } as unknown as string, ASOF).issue)).toBe(
      "an object is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.",
    );
    expect(reasonOf(checkAtpOccupation({ code: "21231" } as unknown as string, ASOF))).toMatch(
      /^an object of type Object is not a NOC unit group code/,
    );
    // A value that is not a string is shown as it is, not quoted.
    expect(english(checkAtpOccupation(123 as unknown as string, ASOF).issue)).toBe(
      "123 is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.",
    );
  });
});
