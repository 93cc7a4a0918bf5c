// Writes a JSON Lines file of synthetic candidates for `alberta-atp assess --jsonl`: deterministic
// (a seeded generator, no clock), realistic enough to give every status (eligible, ineligible,
// incomplete), with a few invalid lines (not JSON, a date that does not exist, an unknown field, ...)
// at fixed places. Every fifth candidate is wrapped as {"id", "candidate"} to show carrying an id.
//
//   npx tsx scripts/generate-jsonl.ts                        # examples/candidates/batch-1000.jsonl
//   npx tsx scripts/generate-jsonl.ts --lines 100000 --out /tmp/big.jsonl
//   npx tsx scripts/generate-jsonl.ts --lines 10 --out -     # to stdout
//
// Options: --lines N (default 1000), --out FILE|- (default the committed example), --seed S
// (default 1), --invalid-every N (default 150; 0 for none). Dates are spread around 2026-11-25.

import { closeSync, openSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    lines: { type: "string", default: "1000" },
    out: { type: "string" },
    seed: { type: "string", default: "1" },
    "invalid-every": { type: "string", default: "150" },
  },
  strict: true,
});

const lines = Number(values.lines);
const seed = Number(values.seed);
const invalidEvery = Number(values["invalid-every"]);
for (const [name, n] of [
  ["--lines", lines],
  ["--seed", seed],
  ["--invalid-every", invalidEvery],
] as const) {
  if (!Number.isInteger(n) || n < 0) {
    console.error(`generate-jsonl: ${name} must be a whole number, got ${String(n)}`);
    process.exit(64);
  }
}
const out = values.out ?? fileURLToPath(new URL("../examples/candidates/batch-1000.jsonl", import.meta.url));

// mulberry32: a small, fast, seeded generator; the same seed gives the same file everywhere.
let state = seed >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const chance = (p: number): boolean => random() < p;
function pick<T>(items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

/** A date `days` after 2000-01-01, written YYYY-MM-DD (UTC arithmetic on a calendar day). */
function day(daysAfter2000: number): string {
  return new Date(Date.UTC(2000, 0, 1 + daysAfter2000)).toISOString().slice(0, 10);
}
const AS_OF = Math.round((Date.UTC(2026, 10, 25) - Date.UTC(2000, 0, 1)) / 86_400_000);
const daysBefore = (min: number, max: number): string => day(AS_OF - int(min, max));

// NOC 2021 codes: on the Accelerated Tech Pathway list, and not.
const ATP_NOCS = ["21231", "21211", "21232", "21234", "21301", "21300", "22220", "21220", "21223", "21311"];
const OTHER_NOCS = ["11100", "41200", "62020", "72410", "31301", "64100", "13110", "72310"];
const COUNTRIES = ["IN", "PH", "NG", "BR", "CN", "GB", "MX", "PK", "IR", "VN"];
const EMPLOYERS = ["Chinook Cloud Ltd.", "Bow River Apps Ltd.", "Prairie Circuit Inc.", "Foothills Robotics Corp."];
const OTHERS = ["Rocky Mountain Foods Ltd.", "Parkland Auto Service", "Aspen Health Clinic", "Chinook Accounting LLP"];

function languageTest(strong: boolean): Record<string, unknown> {
  const testedOn = daysBefore(10, 900);
  if (chance(0.5)) {
    const s = (): number => (strong ? int(7, 11) : int(4, 9));
    return { test: "celpip-general", testedOn, scores: { reading: s(), writing: s(), listening: s(), speaking: s() } };
  }
  const s = (): number => (strong ? int(12, 18) : int(8, 15)) / 2;
  return { test: "ielts-general", testedOn, scores: { reading: s(), writing: s(), listening: s(), speaking: s() } };
}

function education(): Record<string, unknown>[] {
  const level = pick([
    "bachelors",
    "bachelors",
    "masters",
    "two-year",
    "three-year-or-longer",
    "secondary",
    "doctoral",
  ]);
  const inCanada = chance(0.25);
  const credential: Record<string, unknown> = {
    level,
    years: level === "masters" ? 2 : level === "two-year" ? 2 : level === "secondary" ? 12 : 4,
    completedOn: daysBefore(400, 6000),
    inCanada,
  };
  if (!inCanada && chance(0.85)) credential.ecaIssuedOn = daysBefore(30, 1700);
  return [credential];
}

type Credential = Record<string, unknown>;

/** Whether a list holds a Canadian credential of a program of two years or more. */
function studiedInCanada(credentials: readonly Credential[]): boolean {
  return credentials.some((c) => c.inCanada === true && typeof c.years === "number" && c.years >= 2);
}

/** A job from day `from` to day `to` (days after 2000-01-01; `to` undefined: it goes on). */
function job(
  noc: string,
  inCanada: boolean,
  from: number,
  to: number | undefined,
  tech: boolean,
): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    noc,
    country: inCanada ? "CA" : pick(COUNTRIES),
    from: day(from),
    ...(to !== undefined ? { to: day(to) } : {}),
    hoursPerWeek: pick([40, 40, 37.5, 35, 44, 25]),
    engagement: chance(0.9) ? "employee" : "independent-contractor",
  };
  if (inCanada) {
    entry.province = chance(0.85) ? "AB" : "BC";
    entry.fullTimeStudent = false;
    entry.authorized = true;
    entry.employer = { name: pick(tech ? EMPLOYERS : OTHERS), albertaBased: true, techIndustry: tech };
  }
  return entry;
}

function candidate(): Record<string, unknown> {
  const tech = chance(0.65);
  const noc = pick(tech ? ATP_NOCS : OTHER_NOCS);
  const inAlberta = chance(0.6);
  const c: Record<string, unknown> = { dateOfBirth: daysBefore(8000, 18000) };
  const married = chance(0.35);
  c.maritalStatus = married ? pick(["married", "common-law"]) : "single";
  if (married) {
    const spouse: Record<string, unknown> = {
      accompanying: chance(0.85),
      canadianCitizenOrPermanentResident: chance(0.1),
      education: education(),
      ...(chance(0.6) ? { languageTests: [languageTest(false)] } : {}),
      workHistory: [],
    };
    // Derived, not drawn (the other fields keep their values for a seed): studied in Canada for a
    // Canadian credential (every program generated is two years or more), else not.
    spouse.studiedInCanadaTwoYearsFullTime = studiedInCanada(spouse.education as Credential[]);
    c.spouse = spouse;
  }
  if (chance(0.95)) c.education = education();
  if (chance(0.92)) c.languageTests = chance(0.97) ? [languageTest(tech)] : [];
  const currentFrom = AS_OF - int(200, 1500);
  const pastTo = currentFrom - int(1, 90);
  c.workHistory = [
    job(noc, false, pastTo - int(700, 3000), pastTo, tech),
    job(noc, inAlberta, currentFrom, undefined, tech),
  ];
  c.certificateOfQualification = null;
  c.siblingInCanada = chance(0.05);
  // FSW's relative question: a sibling is a relative; no other relatives are generated.
  c.relativeInCanada = c.siblingInCanada;
  if (c.education !== undefined) c.studiedInCanadaTwoYearsFullTime = studiedInCanada(c.education as Credential[]);
  if (chance(0.9)) {
    c.expressEntryProfile = chance(0.9)
      ? { submittedOn: daysBefore(5, 420), primaryOccupation: noc, crsScore: int(300, 540) }
      : null;
  }
  const offer = chance(0.55);
  if (offer || chance(0.7)) {
    c.jobOffer = offer
      ? {
          noc,
          employer: { name: pick(tech ? EMPLOYERS : OTHERS), albertaBased: true, techIndustry: tech },
          province: "AB",
          hoursPerWeek: pick([40, 40, 37.5, 20]),
          ...(chance(0.8) ? { permanent: true } : { permanent: false, durationMonths: pick([6, 12, 24]) }),
          offeredOn: daysBefore(5, 200),
          engagement: "employee",
          // Set, not drawn (the other fields keep their values for a seed): the generator models
          // no LMIA and no kind of work permit, so no offer is supported by either. "none" keeps the
          // FSW and FST verdicts from resting on an assumption (left out, they would be unknown).
          lmia: "none",
        }
      : null;
  }
  c.provincialNomination = null;
  c.settlementFundsCad = int(5, 60) * 1000;
  c.familySize = married ? int(2, 4) : 1;
  c.status = {
    refugeeClaimant: false,
    removalOrder: false,
    misrepresentationBanUntil: chance(0.02) ? day(AS_OF + int(30, 900)) : null,
    activeAaipApplication: chance(0.03),
    ...(inAlberta ? { workPermitValidUntil: day(AS_OF + int(30, 900)) } : {}),
  };
  return c;
}

// Lines that are not valid candidates, in turn: not JSON, a day that does not exist, an unknown
// field, a wrong type, not an object, a truncated line.
const INVALID = [
  "this line is not JSON",
  '{"dateOfBirth":"2023-02-29","maritalStatus":"single"}',
  '{"dateOfBirth":"1990-01-01","favouriteColour":"blue"}',
  '{"languageTests":[{"test":"ielts-general","testedOn":"2025-01-01","scores":{"reading":"high","writing":7,"listening":7,"speaking":7}}]}',
  "[1,2,3]",
  '{"dateOfBirth":"1990-01-01","workHistory":[',
];

const fd = out === "-" ? 1 : openSync(out, "w");
let buffer = "";
let invalid = 0;
for (let line = 1; line <= lines; line += 1) {
  if (invalidEvery > 0 && line % invalidEvery === invalidEvery - 1) {
    buffer += `${INVALID[invalid % INVALID.length]}\n`;
    invalid += 1;
  } else {
    const c = candidate();
    const record = line % 5 === 0 ? { id: `C-${String(line).padStart(6, "0")}`, candidate: c } : c;
    buffer += `${JSON.stringify(record)}\n`;
  }
  if (buffer.length > 1 << 16) {
    writeSync(fd, buffer);
    buffer = "";
  }
}
writeSync(fd, buffer);
if (fd !== 1) {
  closeSync(fd);
  console.error(`generate-jsonl: wrote ${lines} lines (${invalid} invalid) to ${out}`);
}
