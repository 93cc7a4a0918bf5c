// `alberta-atp eoi`: the Worker EOI grid line by line, the ATP draws as history, --json equal to
// scoreAlbertaWorkerEoi and atpDrawComparison. Run in-process (support.ts).

import { describe, expect, it } from "vitest";
import { atpDrawComparison, type Candidate, isoDate, parseCandidate, scoreAlbertaWorkerEoi } from "../../src/index.js";
import { englishOf, inEnglish } from "../fixtures/messages.js";
import { cli, example, expectNoStack, readExample, viaJson } from "./support.js";

describe("alberta-atp eoi", () => {
  const asOf = isoDate("2026-06-01");
  /** atpDrawComparison on --as-of: the comparison (a valid score and day always give one). */
  const drawsAt = (score: number) => {
    const c = atpDrawComparison(score, { asOf });
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    return c;
  };

  it("prints every line of the grid with its points and maximum, the subtotals and the totals", async () => {
    // software-engineer-calgary.json answers every question of the grid. Its score on 2026-06-01:
    // Group I: bachelor's 7 + education abroad 0 + CLB 9 English 10 + bilingual 0 + work 11
    //   + work in Alberta 10 + age 32 (21-34) 5 + no family in Alberta 0 = 43;
    // Group II: permanent full-time offer 10 + no sector endorsement 0 + Calgary CMA 0
    //   + no regulated occupation 0 = 10; total 53, and nothing left to answer.
    const r = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf]);
    expect(r.status).toBe(0);
    const score = scoreAlbertaWorkerEoi(readExample("software-engineer-calgary.json"), { asOf });
    if (!score.ok) throw new Error("not scored");
    expect([score.groupI, score.groupII, score.total, score.maximumReachable]).toEqual([43, 10, 53, 53]);
    expect(r.stdout).toContain(
      "AAIP Worker Expression of Interest score: examples/candidates/software-engineer-calgary.json, as of 2026-06-01",
    );
    expect(r.stdout).toContain("in force from 2025-08-07");
    // Each option as the grid words it, never its id; not repeated when it only restates the factor.
    for (const text of [
      "    7 /  12  Highest level of education: Bachelor's degree",
      "    0 /  10  Location of highest education in Canada: Not completed in Canada",
      "   10 /  10  Official language ability (the higher of the English and French columns): English CLB 6 or higher",
      "   11 /  11  Total work experience: 12 months or more",
      "   10 /  10  Work experience in Canada: 6 months or more in Alberta",
      "    5 /   5  Age: 21 to 34",
      "   10 /  10  Permanent full-time job offer in Alberta",
      "    0 /   5  Location of the job offer (one of): Calgary census metropolitan area",
    ]) {
      expect(r.stdout).toContain(`\n${text}\n`);
    }
    for (const line of score.lines) {
      const label = line.optionLabel === undefined || line.optionLabel === line.label ? "" : `: ${line.optionLabel}`;
      const points = `${String(line.points).padStart(3)} / ${String(line.maximum).padStart(3)}`;
      expect(r.stdout).toContain(`\n  ${points}  ${line.label}${label}\n`);
      if (line.option !== undefined) expect(r.stdout).not.toContain(`: ${line.option}\n`);
    }
    expect(r.stdout).toContain("\n   43 /  69  Subtotal Group I\n");
    expect(r.stdout).toContain("\n   10 /  31  Subtotal Group II\n");
    expect(r.stdout).toContain("\n   53 / 100  Total: the points certain from the answers given\n");
    expect(r.stdout).toContain("\n   53 / 100  Maximum reachable");
    expect(r.stdout).not.toContain("Not counted until answered");
  });

  it("says through which day the grid was verified, and after it the stale caveat", async () => {
    const on = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf]);
    const score = scoreAlbertaWorkerEoi(readExample("software-engineer-calgary.json"), { asOf });
    if (!score.ok) throw new Error("not scored");
    expect(on.stdout).toContain(`Tables verified against their sources through ${score.verifiedThrough}.`);
    expect(on.stdout).not.toContain("Caveats:");
    const later = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2030-01-01"]);
    expect(later.stdout).toContain(
      `Caveats:\n  - The rules and data used were last verified against their official sources on ${score.verifiedThrough}; 2030-01-01 is later`,
    );
  });

  it("compares the score with the ATP draws of the 12 months before --as-of, as history", async () => {
    const r = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf]);
    const draws = drawsAt(53);
    expect(draws.of).toBeGreaterThan(0);
    expect(r.stdout).toContain("Accelerated Tech Pathway draws from 2025-06-01 to 2026-05-31:");
    for (const d of draws.draws) {
      expect(r.stdout).toMatch(
        new RegExp(`\\n {2}${d.date} {2}minimum +${d.minimumScore} +${d.invitations} invitations {2}below\\n`),
      );
    }
    expect(r.stdout).toContain(englishOf(draws.message));
    expect(r.stdout).toContain("This is history, not a promise");
  });

  it("a candidate with unanswered questions: the certain and reachable points, what to answer, the draws at both", async () => {
    // missing-facts.json on 2026-06-01: certain 0 + 0 + 3 + 0 + 5 = 8 (Group I: its foreign
    // bachelor's counts once its ECA is answered, its job in Alberta once paid and authorisation
    // are, so "less than 6 months", 3) and 0 (Group II); reachable: education 7 and its location
    // 10 (with no ECA, an Alberta certificate of qualification is the highest credential), language
    // 10 + bilingual 3 + work 8 and 10 + family 8 (Group I: 64) and offer 10 + sector 6 + location
    // 5 + regulated 10 (Group II: 31): 95.
    const r = await cli(["eoi", example("missing-facts.json"), "--as-of", asOf]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("\n    8 /  69  Subtotal Group I (up to 64)\n");
    expect(r.stdout).toContain("\n    0 /  31  Subtotal Group II (up to 31)\n");
    expect(r.stdout).toContain("\n    8 / 100  Total");
    expect(r.stdout).toContain("\n   95 / 100  Maximum reachable");
    expect(r.stdout).toContain("? up to 7: answer education[0].ecaIssuedOn, certificateOfQualification");
    expect(r.stdout).toContain("? up to 8: answer familyInAlberta, extendedFamilyInAlberta, workerEoiSubmittedOn");
    expect(r.stdout).toContain("? up to 11: answer workHistory[0].paid, workHistory[0].authorized");
    expect(r.stdout).toContain(
      "Asked by the Worker EOI, for no points:\n  A Worker EOI submitted on or after 2026-02-25 must state the Alberta job offer's wage and hours of work (answer jobOffer.hourlyWageCad, jobOffer.hoursPerWeek)",
    );
    expect(r.stdout).toContain("Not counted until answered (these could add points):\n  ? education[0].ecaIssuedOn\n");
    const atMaximum = drawsAt(95);
    expect(r.stdout).toContain(
      `At the maximum reachable score of 95: at or above the minimum of ${atMaximum.atOrAbove} of ${atMaximum.of}.`,
    );
  });

  it("--json equals scoreAlbertaWorkerEoi and atpDrawComparison (at the certain and at the maximum score)", async () => {
    const candidate = readExample("missing-facts.json");
    const score = scoreAlbertaWorkerEoi(candidate, { asOf });
    if (!score.ok) throw new Error("not scored");
    const json = JSON.parse((await cli(["eoi", example("missing-facts.json"), "--as-of", asOf, "--json"])).stdout);
    // The certain score's comparison also checks the candidate against each draw's parameters.
    const withCandidate = atpDrawComparison(score.total, { asOf, candidate });
    expect(json).toEqual(
      viaJson({
        score,
        draws: withCandidate,
        drawsAtMaximum: drawsAt(score.maximumReachable),
      }),
    );
    expect(json.draws.draws[0].selection.published).toBe(false);
    const complete = JSON.parse(
      (await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf, "--json"])).stdout,
    );
    expect(Object.keys(complete)).toEqual(["score", "draws"]);
  });

  it("prints under a draw with published parameters each one checked, and the ATP allocation", async () => {
    // 2025-12-01: the window 2024-12-01..2025-11-30 holds the draw of 2024-12-11 and its nine
    // parameters; the example's profile (submitted 2026-10-15) and language test (2026-05-30) did
    // not exist yet: kept out by them.
    const r = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2025-12-01"]);
    expect(r.stdout).toContain("  2024-12-11  minimum  59     87 invitations  below  (secondary source)\n");
    expect(r.stdout).toContain(
      "      ✘ Valid Express Entry profile: Your Express Entry profile was submitted on 2026-10-15, after 2025-12-01.\n",
    );
    expect(r.stdout).toContain("      ✔ Work permit expiry date of February 28, 2025 or later: ");
    expect(r.stdout).toContain(
      "  Selection parameters: Of the one draw with published selection parameters, your answers as they stand on 2025-12-01 would have kept you out of it (2024-12-11: CLB or NCLC 5 or higher; Valid Express Entry profile; CRS Score of 300 or higher; Express Entry Profile Expiry Date: August 31, 2025, or later; Primary Occupation in Express Entry profile and 'Job Offer with an Alberta employer' in occupation are in an Accelerated Tech Pathway eligible occupation).",
    );
    const late = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2026-11-25"]);
    expect(late.stdout).toContain(
      "  2026 Accelerated Tech Pathway nominations (page last updated 2026-08-25): 619 allocated, 422 issued, 197 remaining; 2,102 ATP expressions of interest in the pool. (secondary source)",
    );
    expect(late.stdout).toContain("The AAIP did not publish the selection parameters of these 11 draws");
    // The allocation's source is listed even though no draw of the window comes from it.
    expect(late.stdout).toContain(
      "<https://github.com/zhizhunbao/pnp-job-tracker/blob/1747e1fcb84d3b1028d89a8b61abf6af60814374/data/raw/pnp/ab-stats.json> (secondary source)\n",
    );
  });

  it("--sources prints the source of every line, and the FAQ answer of the 9 lines that follow one", async () => {
    const r = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", asOf, "--sources"]);
    expect(r.stdout.match(/\n {13}source: AAIP Worker Stream Expression of Interest points grid/g)).toHaveLength(12);
    expect(r.stdout.match(/\n {13}read as: AAIP answers for common questions/g)).toHaveLength(9);
  });

  it("an --as-of before the Worker EOI began (2024-09-30) is a usage error naming --as-of (64)", async () => {
    const r = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2024-09-29"]);
    expect(r.status).toBe(64);
    expect(r.stderr).toContain("--as-of: There was no AAIP Worker Expression of Interest score on 2024-09-29");
    expect(r.stdout).toBe("");
  });

  it("between 2024-09-30 and 2025-08-06 the grid is not known: exit 2, said, and no score printed", async () => {
    for (const day of ["2024-09-30", "2025-08-06"]) {
      const r = await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", day]);
      expect(r.status, day).toBe(2);
      expect(r.stderr).toContain(`no Worker EOI score on ${day}`);
      expect(r.stderr).toContain("[worker_eoi_grid_unknown]");
      expect(r.stdout).toBe("");
      const json = JSON.parse(
        (await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", day, "--json"])).stdout,
      );
      expect(json).toMatchObject({
        status: "unknown",
        asOf: day,
        issues: [{ path: "asOf", code: "worker_eoi_grid_unknown" }],
      });
      // The issue's message is its text, as in every command's issues (an invalid candidate's too).
      expect(typeof json.issues[0].message).toBe("string");
      expect(Object.keys(json.issues[0])).toEqual(["path", "code", "message"]);
    }
    expect((await cli(["eoi", example("software-engineer-calgary.json"), "--as-of", "2025-08-07"])).status).toBe(0);
  });

  it("an invalid candidate is exit 65 with the path of each issue", async () => {
    const r = await cli(["eoi", "-", "--as-of", asOf], { input: JSON.stringify({ familyInAlberta: "yes" }) });
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/\n {2}familyInAlberta: /);
    expectNoStack(r);
  });

  it("a candidate the grid cannot score (born after --as-of, a score off its scale): exit 65 naming each field, as crs", async () => {
    const input = JSON.stringify({
      dateOfBirth: "2030-01-01",
      languageTests: [
        {
          test: "ielts-general",
          testedOn: "2026-01-01",
          scores: { listening: 12, reading: 12, writing: 7, speaking: 7 },
        },
      ],
    });
    const r = await cli(["eoi", "-", "--as-of", asOf], { input });
    expect(r.status).toBe(65);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("standard input: the Worker EOI cannot be scored for this candidate:");
    expect(r.stderr).toMatch(
      /\n {2}dateOfBirth: The date of birth 2030-01-01 is after the day scored, .*\[born_after_as_of\]/,
    );
    expect(r.stderr).toMatch(/\n {2}languageTests\[0\]\.scores\.listening: .*\[off_scale\]/);
    expectNoStack(r);
    expect((await cli(["crs", "-", "--as-of", asOf], { input })).status).toBe(65);
    const json = JSON.parse((await cli(["eoi", "-", "--as-of", asOf, "--json"], { input })).stdout);
    const score = scoreAlbertaWorkerEoi((parseCandidate(JSON.parse(input)) as { ok: true; value: Candidate }).value, {
      asOf,
    });
    expect(json).toEqual(viaJson({ status: "invalid", file: "-", issues: score.ok ? [] : inEnglish(score.issues) }));
  });
});
