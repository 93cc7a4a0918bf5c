// English messages: the `alberta-atp` command's own words (headings, labels, verdict words). The
// explanations it prints are the library's messages; these frame them.

import type { MessageLike, TemplateSource } from "../../core/message.js";
import { plural } from "./plural.js";

/** The programs `assess --program` names. */
export type CliProgram = "atp" | "alberta-ee" | "express-entry" | "fsw" | "cec" | "fst";
/** The sections of the CRS breakdown, A to D. */
export type CliCrsSection = "A" | "B" | "C" | "D";
/** The lines of the CRS breakdown the command prints, by their key in the breakdown. */
export type CliCrsLine =
  | "age"
  | "education"
  | "firstLanguage"
  | "secondLanguage"
  | "canadianWork"
  | "spouseEducation"
  | "spouseFirstLanguage"
  | "spouseCanadianWork"
  | "educationLanguage"
  | "educationCanadianWork"
  | "foreignWorkLanguage"
  | "foreignWorkCanadianWork"
  | "certificate"
  | "provincialNomination"
  | "arrangedEmployment"
  | "french"
  | "canadianEducation"
  | "sibling";

const PROGRAMS: Readonly<Record<CliProgram, string>> = {
  atp: "Alberta Accelerated Tech Pathway",
  "alberta-ee": "Alberta Express Entry Stream",
  "express-entry": "Federal Express Entry (FSW, CEC or FST)",
  fsw: "Federal Skilled Worker Program",
  cec: "Canadian Experience Class",
  fst: "Federal Skilled Trades Program",
};

const STATUS = { eligible: "ELIGIBLE", ineligible: "NOT ELIGIBLE", incomplete: "UNDECIDED" } as const;

const CRS_SECTIONS: Readonly<Record<CliCrsSection, string>> = {
  A: "A. Core / human capital factors",
  B: "B. Spouse or common-law partner factors",
  C: "C. Skill transferability factors",
  D: "D. Additional points",
};

const CRS_LINES: Readonly<Record<CliCrsLine, string>> = {
  age: "Age",
  education: "Level of education",
  firstLanguage: "First official language",
  secondLanguage: "Second official language",
  canadianWork: "Canadian work experience",
  spouseEducation: "Spouse's level of education",
  spouseFirstLanguage: "Spouse's first official language",
  spouseCanadianWork: "Spouse's Canadian work experience",
  educationLanguage: "Education + official language",
  educationCanadianWork: "Education + Canadian work experience",
  foreignWorkLanguage: "Foreign work + official language",
  foreignWorkCanadianWork: "Foreign work + Canadian work experience",
  certificate: "Certificate of qualification + language",
  provincialNomination: "Provincial or territorial nomination",
  arrangedEmployment: "Arranged employment",
  french: "French-language skills",
  canadianEducation: "Post-secondary education in Canada",
  sibling: "Brother or sister in Canada",
};

/** The results of a batch by status. */
export interface CliBatchCounts {
  readonly eligible: number;
  readonly ineligible: number;
  readonly incomplete: number;
  readonly invalid: number;
  readonly error: number;
}

const batchCounts = (c: CliBatchCounts): string =>
  `${c.eligible} eligible, ${c.ineligible} ineligible, ${c.incomplete} incomplete, ${c.invalid} invalid`;

const ATP_LIST = { pass: "on the list", fail: "not on the list", unknown: "unknown" } as const;

/** A system error's words, by its code; another code, or none, gives the error's own message. */
const SYSTEM: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EISDIR: "it is a directory, not a file",
  ENOTDIR: "a part of the path is not a directory",
  EMFILE: "too many open files",
};

/** `no such file (ENOENT)`. */
const systemText = (p: { code: string | null; detail: string }): string =>
  p.code === null ? p.detail : `${SYSTEM[p.code] ?? p.detail} (${p.code})`;

/** A NOC unit group's level as `noc <code>` prints it: its TEER (NOC 2021) or skill level (NOC 2016). */
export interface CliNocLevel {
  readonly teer?: number;
  readonly skillLevel?: string;
}

/** The NOC 2016 -> 2021 concordance's relationships (Statistics Canada). */
export type CliNocRelationship = "one-to-one" | "split" | "merge" | "split-and-merge";

const TEER_WORDS: Readonly<Record<number, string>> = {
  0: "management",
  1: "usually a university degree",
  2: "usually a college diploma or apprenticeship of 2 years or more",
  3: "usually a college diploma or apprenticeship of less than 2 years",
  4: "usually a high-school diploma",
  5: "usually short work demonstration, no formal education",
};

const SKILL_LEVEL_WORDS: Readonly<Record<string, string>> = {
  "0": "management",
  A: "usually university",
  B: "usually college or apprenticeship",
  C: "usually secondary school or occupation-specific training",
  D: "usually on-the-job training",
};

/** "TEER 1" or "skill level A", with what it usually asks for when `words`. */
const nocLevel = (level: CliNocLevel, words: boolean): string => {
  if (level.teer !== undefined) return `TEER ${level.teer}${words ? ` (${TEER_WORDS[level.teer] ?? ""})` : ""}`;
  if (level.skillLevel !== undefined) {
    return `skill level ${level.skillLevel}${words ? ` (${SKILL_LEVEL_WORDS[level.skillLevel] ?? ""})` : ""}`;
  }
  return "";
};

export const cli = {
  "cli.program": (p: { program: CliProgram }) => PROGRAMS[p.program],
  "cli.standard-input": () => "standard input",
  "cli.the-input": () => "(the input)",
  "cli.cannot-open": (p: { input: MessageLike; code: string | null; detail: string }, f) =>
    `Cannot open ${f.message(p.input)}: ${systemText(p)}`,
  "cli.cannot-read": (p: { input: MessageLike; code: string | null; detail: string }, f) =>
    `Cannot read ${f.message(p.input)}: ${systemText(p)}`,
  "cli.invalid-candidate": (p: { input: MessageLike; count: number }, f) =>
    `${f.message(p.input)} is not a valid candidate (${p.count} issue${p.count === 1 ? "" : "s"}):`,
  "cli.secondary-source": () => "(secondary source)",
  "cli.source": () => "source",
  "cli.sources": () => "Sources:",
  "cli.not-counted": () => "Not counted until answered (these could add points):",
  "cli.assess.heading": (p: { program: MessageLike; input: MessageLike; asOf: string }, f) =>
    `${f.message(p.program)}: ${f.message(p.input)}, as of ${p.asOf}`,
  "cli.assess.rule-set": (p: { id: string; from: string; to: string | null }) =>
    `Rule set ${p.id} (in force ${p.from}${p.to !== null ? ` to ${p.to}` : " onwards"})`,
  "cli.assess.result": () => "Result:",
  "cli.assess.status": (p: { status: "eligible" | "ineligible" | "incomplete" }) => STATUS[p.status],
  "cli.assess.why-not": () => "Why not:",
  "cli.assess.not-met-so-far": () => "Not met so far:",
  "cli.assess.missing": () => "Missing facts (answer these to decide):",
  "cli.assess.uncertain": () => "The rules on this date are uncertain (no answer can settle these):",
  "cli.assess.next-steps": () => "Next steps:",
  "cli.assess.due": (p: { due: string }) => `(by ${p.due})`,
  "cli.assess.crs": (p: { total: number; nominated: number }, f) =>
    `CRS score ${f.number(p.total)} (with a provincial nomination: ${f.number(p.nominated)}). Run 'alberta-atp crs' for the breakdown.`,
  "cli.assess.verified": (p: { date: string }) => `Rules and data verified against their sources through ${p.date}.`,
  "cli.caveat": (p: { caveat: MessageLike }, f) => `Caveat: ${f.message(p.caveat)}`,
  "cli.crs.cannot-score": (p: { input: MessageLike }, f) =>
    `${f.message(p.input)}: the CRS cannot be computed for this candidate:`,
  "cli.crs.heading": (p: { input: MessageLike; asOf: string }, f) =>
    `CRS score: ${f.message(p.input)}, as of ${p.asOf}`,
  "cli.crs.section": (p: { section: CliCrsSection }) => CRS_SECTIONS[p.section],
  "cli.crs.line": (p: { line: CliCrsLine }) => CRS_LINES[p.line],
  "cli.crs.education-cap": (p: { maximum: number }) => `Education (at most ${p.maximum})`,
  "cli.crs.foreign-work-cap": (p: { maximum: number }) => `Foreign work experience (at most ${p.maximum})`,
  "cli.crs.subtotal": (p: { section: CliCrsSection; maximum: number | null }) =>
    `Subtotal ${p.section}${p.maximum !== null ? ` (at most ${p.maximum})` : ""}`,
  "cli.crs.total": () => "Total",
  "cli.crs.total-nominated": () => "Total with a provincial nomination",
  "cli.crs.maximum-reachable": () => "At most, with every open answer in your favour",
  "cli.crs.caveats": () => "Caveats:",
  "cli.crs.verified": (p: { date: string }) => `Tables verified against their sources through ${p.date}.`,
  "cli.crs.improvements": () => "Improvements (one change at a time, most points first):",
  "cli.crs.no-improvement": () => "None found: no single change adds points.",
  "cli.crs.age-points": () => "Age points change on these birthdays (all else equal):",
  "cli.crs.birthday": (p: { on: string; age: number }) => `${p.on} (age ${p.age})`,
  "cli.eoi.cannot-score": (p: { input: MessageLike }, f) =>
    `${f.message(p.input)}: the Worker EOI cannot be scored for this candidate:`,
  "cli.eoi.heading": (p: { input: MessageLike; asOf: string }, f) =>
    `AAIP Worker Expression of Interest score: ${f.message(p.input)}, as of ${p.asOf}`,
  "cli.eoi.grid": (p: { title: string; effective: string | null }) =>
    `Grid: ${p.title}${p.effective !== null ? `, in force from ${p.effective}` : ""}`,
  "cli.eoi.group": (p: { group: "I" | "II"; maximum: number }) =>
    `${p.group === "I" ? "Group I. Human capital" : "Group II. Economic factors"} (at most ${p.maximum})`,
  "cli.eoi.up-to": (p: { points: number; answer: readonly string[] }) =>
    `? up to ${p.points}${p.answer.length > 0 ? `: answer ${p.answer.join(", ")}` : ""}`,
  "cli.eoi.read-as": () => "read as",
  "cli.eoi.subtotal": (p: { group: "I" | "II"; reachable: number | null }) =>
    `Subtotal Group ${p.group}${p.reachable !== null ? ` (up to ${p.reachable})` : ""}`,
  "cli.eoi.total": () => "Total: the points certain from the answers given",
  "cli.eoi.maximum": () => "Maximum reachable, if every unanswered question is answered favourably",
  "cli.eoi.notes": () => "Asked by the Worker EOI, for no points:",
  "cli.eoi.grid-source": () => "Grid source:",
  "cli.eoi.not-advice": () =>
    "Not legal advice: the grid is encoded from the AAIP's published points grid, with its source.",
  "cli.eoi.no-score": (p: { asOf: string }) => `no Worker EOI score on ${p.asOf}:`,
  "cli.eoi.draws": (p: { from: string; to: string }) => `Accelerated Tech Pathway draws from ${p.from} to ${p.to}:`,
  "cli.eoi.draw": (p: { date: string; minimum: number; invitations: number; atOrAbove: boolean }) =>
    `${p.date}  minimum ${String(p.minimum).padStart(3)}  ${String(p.invitations).padStart(5)} invitations  ${p.atOrAbove ? "at or above" : "below"}`,
  "cli.eoi.no-draws": () => "none in our data",
  "cli.eoi.at-maximum": (p: { score: number; atOrAbove: number; of: number }) =>
    `At the maximum reachable score of ${p.score}: at or above the minimum of ${p.atOrAbove} of ${p.of}.`,
  "cli.eoi.selection": () => "Selection parameters:",
  "cli.eoi.allocation": (
    p: { year: number; updated: string; allocation: number; issued: number; remaining: number; pool: number },
    f,
  ) =>
    `${p.year} Accelerated Tech Pathway nominations (page last updated ${p.updated}): ${f.number(p.allocation)} allocated, ${f.number(p.issued)} issued, ${f.number(p.remaining)} remaining; ${f.number(p.pool)} ATP expressions of interest in the pool.`,
  "cli.eoi.draw-data": (p: { verified: string; from: string; through: string }) =>
    `Draw data last checked ${p.verified}; it covers ${p.from} to ${p.through}, except the days named above.`,
  "cli.batch.progress": (p: { results: number; counts: CliBatchCounts }) =>
    `${p.results} assessed: ${batchCounts(p.counts)}`,
  "cli.batch.summary": (p: { results: number; program: MessageLike; asOf: string; counts: CliBatchCounts }, f) =>
    `${p.results} line${p.results === 1 ? "" : "s"} assessed for the ${f.message(p.program)} as of ${p.asOf}: ${batchCounts(p.counts)}${p.counts.error > 0 ? `, ${plural(p.counts.error, "internal error")}` : ""}.`,
  "cli.noc.classification": (p: { version: 2016 | 2021; level: CliNocLevel }) =>
    `NOC ${p.version === 2021 ? "2021 V1.0" : "2016 V1.3"}, ${nocLevel(p.level, true)}`,
  "cli.noc.groups-2021": (p: {
    broadCategory: string;
    majorGroup: string;
    subMajorGroup: string;
    minorGroup: string;
  }) =>
    `Broad category ${p.broadCategory}, major group ${p.majorGroup}, sub-major group ${p.subMajorGroup}, minor group ${p.minorGroup}`,
  "cli.noc.groups-2016": (p: { skillType: string; majorGroup: string; minorGroup: string }) =>
    `Skill type ${p.skillType}, major group ${p.majorGroup}, minor group ${p.minorGroup}`,
  "cli.noc.related-heading": (p: { version: 2016 | 2021 }) =>
    p.version === 2016
      ? "NOC 2021 successors (Statistics Canada concordance):"
      : "NOC 2016 predecessors (Statistics Canada concordance):",
  "cli.noc.none": () => "(none)",
  "cli.noc.related": (p: { level: CliNocLevel; relationship: CliNocRelationship; realChange: boolean }) =>
    `${nocLevel(p.level, false)}; ${p.relationship}${p.realChange ? "" : ", code or title change only"}`,
  "cli.noc.unknown-code": (p: { code: string; digits: boolean }) =>
    `${JSON.stringify(p.code)} is not a NOC 2016 or NOC 2021 unit group code. ${
      p.digits
        ? "NOC 2021 codes have 5 digits (21231), NOC 2016 codes 4 (2173)."
        : `To find an occupation by its title, run 'alberta-atp noc search ${p.code}'.`
    }`,
  "cli.noc.search.none": (p: { words: string }) => `No NOC occupation matches ${JSON.stringify(p.words)}.`,
  /** The search's version and level column, padded to one width. */
  "cli.noc.search.level": (p: { version: 2016 | 2021; level: CliNocLevel }) =>
    `NOC ${p.version}  ${nocLevel(p.level, false).padEnd(13)}`,
  "cli.noc.search.more": (p: { more: number }) => `... and ${p.more} more (--limit 0 shows all).`,
  "cli.noc.search.legend": (p: { asOf: string }) =>
    `ATP: ✔ on the Accelerated Tech Pathway list on ${p.asOf}, ✘ not on it, ? unknown (a NOC 2016 code must be\nrestated as NOC 2021 from 2022-11-16); 'alberta-atp noc <code>' explains.`,
  "cli.noc.atp-list": (p: { asOf: string }) => `Accelerated Tech Pathway list on ${p.asOf}`,
  "cli.noc.atp-verdict": (p: { verdict: "pass" | "fail" | "unknown" }) => ATP_LIST[p.verdict],
} satisfies TemplateSource;
