// Numbers that are law live in data/; where code must still write one (a literal type, a rule
// title kept literal so that bundlers can drop the rule), it is pinned here to the data.

import { describe, expect, it } from "vitest";
import requirementsJson from "../../data/alberta/aaip-employer-requirements.json" with { type: "json" };
import atpJson from "../../data/alberta/atp-occupations.json" with { type: "json" };
import { FULL_TIME_HOURS_PER_WEEK } from "../../src/experience/constants.js";
import { fullTimeJob } from "../../src/programs/alberta/atp-job-rules/terms.js";
import { ATP_OCCUPATIONS_VERIFIED } from "../../src/programs/alberta/atp-list-dates.js";
import { AAIP_EMPLOYER_MINIMUMS, aaipEmployerRequirements } from "../../src/programs/alberta/employer-requirements.js";
import { grid } from "../../src/programs/federal/fsw-points/grid.js";
import { FSW_PASS_MARK } from "../../src/programs/federal/index.js";

describe("numbers written in code agree with data/", () => {
  it("the ATP full-time rule's title names the one full-time threshold", () => {
    expect(fullTimeJob.title).toBe(`Full-time (at least ${FULL_TIME_HOURS_PER_WEEK} hours a week)`);
  });

  it("the FSW pass mark is the grid's", () => {
    expect(FSW_PASS_MARK).toBe(grid.passMark);
  });

  it("the ATP lists' verified day is the data file's", () => {
    expect(ATP_OCCUPATIONS_VERIFIED).toBe(atpJson.verified);
  });

  it("the AAIP employer minimums come from the data, their start day marked uncertain", () => {
    const [version] = AAIP_EMPLOYER_MINIMUMS.versions;
    expect(version?.value).toEqual({ minimumFiscalYears: 2, minimumRevenueCad: 400_000, minimumEmployees: 3 });
    expect(version?.value).toEqual(requirementsJson.versions[0]?.value);
    expect(AAIP_EMPLOYER_MINIMUMS.versions).toHaveLength(1);
    expect(version?.uncertain?.[0]?.reason).toMatch(/^The day these minimums took effect is not known/);
    expect(aaipEmployerRequirements.title).toContain(`${version?.value.minimumFiscalYears} fiscal years`);
  });
});

describe("the ATP list dates written in code are the data file's", () => {
  // Kept as literals: read from the JSON at module level, the constants kept the whole occupation
  // data in bundles that never use it, or cost the ATP bundle its last bytes of headroom.
  it("launch window, announcement and the NOC 2021 list's first day", async () => {
    const dates = await import("../../src/programs/alberta/atp-list-dates.js");
    expect([
      dates.ATP_LAUNCH_DATE,
      dates.ATP_LATEST_LAUNCH_DATE,
      dates.ATP_ANNOUNCEMENT_DATE,
      dates.ATP_NOC_2021_LIST_DATE,
    ]).toEqual([
      atpJson.launch.from,
      atpJson.launch.certainFrom,
      atpJson.launch.announced,
      atpJson.versions.find((v) => v.value.nocVersion === 2021)?.from,
    ]);
  });
});
