// The education and education-location lines of the Worker EOI grid: the highest credential held,
// where it was earned, and the certificate of qualification.

import type { IsoDate } from "../../../core/iso-date.js";
import { completedBy } from "../../../education/credentials.js";
import type { Candidate } from "../../../models/candidate.js";
import type { EducationCredential, EducationCredentialLevel } from "../../../models/education.js";
import type { GridVersion } from "./data.js";
import { maximumOf, type Part, pointsOf } from "./part.js";

const EDUCATION_OPTION: Record<EducationCredentialLevel, string> = {
  doctoral: "doctorate",
  "professional-degree": "masters",
  masters: "masters",
  bachelors: "bachelors",
  "three-year-or-longer": "diploma",
  "two-year": "diploma",
  "one-year": "diploma",
  secondary: "secondary-or-lower",
};

/** The levels a trades certificate or diploma can have: post-secondary, below a bachelor's. */
const TRADES_LEVELS: ReadonlySet<EducationCredentialLevel> = new Set(["one-year", "two-year", "three-year-or-longer"]);

/** The credential's own grid option: a trades certificate or diploma (`trades: true`) or its level's. */
function ownOption(e: EducationCredential): string {
  return e.trades === true && TRADES_LEVELS.has(e.level) ? "trades" : EDUCATION_OPTION[e.level];
}

/** The certificate of qualification held on `asOf`: `undefined` when not answered, `null` when none is held. */
function heldCertificate(c: Candidate, asOf: IsoDate): Candidate["certificateOfQualification"] {
  const coq = c.certificateOfQualification;
  // Issued after asOf: not held yet.
  return coq != null && coq.issuedOn > asOf ? null : coq;
}

/**
 * The level of education of each grid option, for credentials the grid scores alike: a trades
 * certificate or diploma is worth a bachelor's points but is a lower level (post-secondary, below
 * a bachelor's), and the AAIP scores "the highest level of education only".
 */
const OPTION_LEVEL: Readonly<Record<string, number>> = {
  doctorate: 4,
  masters: 3,
  bachelors: 2,
  diploma: 1,
  trades: 1,
  "secondary-or-lower": 0,
};

/** The degrees a Canadian program can require (FAQ: a bachelor's, master's or doctorate), as grid options. */
const DEGREE_OPTIONS = new Set(["bachelors", "masters", "doctorate"]);

/** One unanswered fact of the education lines, with its possible answers (the least favourable first). */
interface EducationFact {
  readonly path: string;
  readonly answers: number;
}

/** A held credential as the education lines read it, in one assignment of the open facts. */
interface Placed {
  readonly points: number;
  readonly option: string;
  /** Location points, and the grid's option for them (none for a Canadian credential without them). */
  readonly location: number;
  readonly locationOption: string | undefined;
}

/**
 * The most assignments of the unanswered education facts that are tried; beyond it the education
 * line keeps the best level held as certain and the location line is left open (0 certain, its
 * maximum reachable), which is never more than is certain.
 */
const MAX_EDUCATION_WORLDS = 4096;

/**
 * The education and education-location lines. Each unanswered fact that could change them (a
 * Canadian credential's province, Designated Learning Institution and admission requirement, a
 * foreign credential's ECA, whether a credential below a bachelor's is a trades one, an unanswered
 * certificate of qualification) is tried with each of its answers: a line's certain
 * points are the fewest any assignment gives, its reachable points the most, and a fact is asked
 * when changing its answer alone changes the line in some assignment of the others.
 */
export function educationLines(grid: GridVersion, c: Candidate, asOf: IsoDate): [Part, Part] {
  if (c.education === undefined) {
    const missing = ["education"];
    // A certificate of qualification held is a trades certificate whatever the list holds.
    const trades = heldCertificate(c, asOf) == null ? 0 : pointsOf(grid, "education", "trades");
    return [
      {
        points: trades,
        maximumReachable: maximumOf(grid, "education"),
        option: trades > 0 ? "trades" : undefined,
        missing,
      },
      { points: 0, maximumReachable: maximumOf(grid, "education-location"), missing },
    ];
  }
  const alberta = pointsOf(grid, "education-location", "alberta");
  const elsewhere = pointsOf(grid, "education-location", "other-province");
  const trades = pointsOf(grid, "education", "trades");
  const held = c.education.flatMap((credential, i) => (completedBy(credential, asOf) ? [{ credential, i }] : []));
  const optionPoints = (id: string) => pointsOf(grid, "education", id);
  // A foreign credential is claimed by its ECA (FAQ: "they must base their education selection on
  // their Educational Credential Assessment (ECA) report"): without one on asOf it is not claimed.
  const claimable = (e: EducationCredential) => e.inCanada || (e.ecaIssuedOn !== undefined && e.ecaIssuedOn <= asOf);
  // Certain level of the education list, whatever the open facts: no credential is ever below it.
  const floor = Math.max(
    -1,
    ...held.flatMap(({ credential }) => (claimable(credential) ? [optionPoints(ownOption(credential))] : [])),
  );
  const degreeHeld = (except: number): string | undefined => {
    let best: string | undefined;
    for (const { credential, i } of held) {
      const id = ownOption(credential);
      if (i !== except && DEGREE_OPTIONS.has(id) && (best === undefined || optionPoints(id) > optionPoints(best)))
        best = id;
    }
    return best;
  };
  const facts: EducationFact[] = [];
  // The most each credential could be claimed at, whatever the open facts.
  const ceilings: number[] = [];
  const fact = (path: string, answers: number): number => facts.push({ path, answers }) - 1;
  // Each held credential: a function of the assignment giving how it reads (`undefined`: not claimed).
  const readers = held.map(({ credential, i }): ((world: readonly number[]) => Placed | undefined) => {
    const at = `education[${i}]`;
    const own = ownOption(credential);
    // Whether a post-secondary credential below a bachelor's is a trades one, when not answered:
    // asked when the trades points could be the highest, for a credential that can be claimed (a
    // foreign one with an ECA issued after asOf never is).
    const eca = credential.ecaIssuedOn;
    const neverClaimed = eca !== undefined && !claimable(credential);
    const tradesFact =
      credential.trades === undefined && TRADES_LEVELS.has(credential.level) && trades >= floor && !neverClaimed
        ? fact(`${at}.trades`, 2)
        : -1;
    const ownIn = (world: readonly number[]) => (tradesFact >= 0 && world[tradesFact] === 1 ? "trades" : own);
    if (!credential.inCanada) {
      const points = optionPoints(own);
      ceilings.push(tradesFact >= 0 ? Math.max(points, trades) : points);
      const placed = (world: readonly number[]): Placed => {
        const option = ownIn(world);
        return { points: optionPoints(option), option, location: 0, locationOption: "none" };
      };
      if (eca !== undefined) return eca <= asOf ? placed : () => undefined;
      // No ECA date given: held or not is asked only when the credential could be the highest.
      const ecaFact = Math.max(points, tradesFact >= 0 ? trades : 0) >= floor ? fact(`${at}.ecaIssuedOn`, 2) : -1;
      return (world) => (ecaFact >= 0 && world[ecaFact] === 1 ? placed(world) : undefined);
    }
    // A Canadian program that required a degree the candidate completed is claimed at that
    // degree's level (FAQ); the degree must be in the list (held on asOf, at that level or above).
    // Left out, the program could have required any degree held besides it (or one below it: a
    // master's holder holds a bachelor's level too), nothing higher.
    const required = credential.admissionRequirement;
    const requiredOption = required === "doctoral" ? "doctorate" : (required ?? undefined);
    const otherDegree = degreeHeld(i);
    const completed = (id: string) => otherDegree !== undefined && optionPoints(otherDegree) >= optionPoints(id);
    const level =
      requiredOption !== undefined && completed(requiredOption) && optionPoints(requiredOption) > optionPoints(own)
        ? requiredOption
        : own;
    let levelFact = -1;
    // The degree levels the program could have required, above its own level, lowest first.
    let claims: readonly string[] = [];
    if (required === undefined && otherDegree !== undefined && optionPoints(otherDegree) >= floor) {
      claims = [...DEGREE_OPTIONS]
        .filter((id) => completed(id) && optionPoints(id) > optionPoints(own))
        .sort((a, b) => optionPoints(a) - optionPoints(b));
      if (claims.length > 0) levelFact = fact(`${at}.admissionRequirement`, 1 + claims.length);
    }
    const relevant = Math.max(optionPoints(level), ...claims.map(optionPoints), tradesFact >= 0 ? trades : 0);
    ceilings.push(relevant);
    // A credential never at the top level cannot change the lines: its other facts are not asked.
    // Nor one worth no points (secondary school or lower): it earns no location points (FAQ).
    const matters = relevant >= floor && relevant > 0;
    const dli = credential.designatedLearningInstitution;
    const dliFact = dli === undefined && matters ? fact(`${at}.designatedLearningInstitution`, 2) : -1;
    const provinceFact = credential.province === undefined && matters ? fact(`${at}.province`, 2) : -1;
    return (world) => {
      const base = level === own ? ownIn(world) : level;
      const answer = levelFact >= 0 ? (world[levelFact] as number) : 0;
      const claimed = answer === 0 ? base : (claims[answer - 1] as string);
      const recognised = dliFact >= 0 ? world[dliFact] === 1 : dli !== false;
      const inAlberta = provinceFact >= 0 ? world[provinceFact] === 1 : credential.province === "AB";
      return {
        points: optionPoints(claimed),
        option: claimed,
        // Not from a Designated Learning Institution: no location points (and no grid option says so).
        location: recognised ? (inAlberta ? alberta : elsewhere) : 0,
        locationOption: recognised ? (inAlberta ? "alberta" : "other-province") : undefined,
      };
    };
  });
  const coq = heldCertificate(c, asOf);
  // An unanswered certificate matters only when trades could be above every credential.
  const coqFact = coq === undefined && trades > floor ? fact("certificateOfQualification", 3) : -1;
  const certificate = (world: readonly number[]): "AB" | "other" | undefined => {
    if (coqFact >= 0) return world[coqFact] === 0 ? undefined : world[coqFact] === 1 ? "other" : "AB";
    return coq == null ? undefined : coq.province === "AB" ? "AB" : "other";
  };
  type Reading = readonly [number, string | undefined, number, string | undefined];
  const read = (world: readonly number[]): Reading => {
    const placed = readers.map((r) => r(world)).filter((p): p is Placed => p !== undefined);
    const top = Math.max(-1, ...placed.map((p) => p.points));
    const coqProvince = certificate(world);
    // The certificate of qualification earns the points only above every credential (on a tie the
    // credential in education is the one scored); its location is the province that issued it.
    if (coqProvince !== undefined && trades > top) {
      return coqProvince === "AB"
        ? [trades, "trades", alberta, "alberta"]
        : [trades, "trades", elsewhere, "other-province"];
    }
    if (placed.length === 0) return [0, undefined, 0, undefined];
    // Of the credentials worth the most, the highest level is the one claimed ("points [...] based
    // on the highest level of education only": a foreign bachelor's above a Canadian trades
    // diploma worth as much leaves no location points); among those, the best location.
    const highest = placed.filter((p) => p.points === top);
    const levelOf = (p: Placed) => OPTION_LEVEL[p.option] ?? 0;
    const level = Math.max(...highest.map(levelOf));
    const claimed = highest.filter((p) => levelOf(p) === level);
    const first = claimed[0] as Placed;
    // No points for secondary school or lower (FAQ), and so none for where it was completed.
    if (top <= 0) return [0, first.option, 0, undefined];
    const best = claimed.reduce((a, b) => (b.location > a.location ? b : a));
    return [top, best.option, best.location, best.locationOption];
  };
  const worlds = facts.reduce((n, f) => n * f.answers, 1);
  if (worlds > MAX_EDUCATION_WORLDS) {
    // Too many to try: the education line is at least the best level held (a claimed level is
    // never below a credential's own, and a certificate held counts when above it), at most the
    // best any credential or the certificate could claim; the location line is left open.
    const certain = Math.max(0, floor, coq != null && trades > floor ? trades : 0);
    const reachable = Math.max(certain, ...ceilings, coq !== null && trades > floor ? trades : 0);
    const missing = facts.map((f) => f.path);
    const option =
      certain === 0
        ? undefined
        : certain === floor
          ? held
              .filter(({ credential }) => claimable(credential))
              .map(({ credential }) => ownOption(credential))
              .find((id) => optionPoints(id) === floor)
          : "trades";
    // Only a Canadian credential or a certificate of qualification can earn location points.
    const located = coq !== null || held.some(({ credential }) => credential.inCanada);
    return [
      { points: certain, maximumReachable: reachable, option, missing: reachable > certain ? missing : [] },
      located
        ? { points: 0, maximumReachable: maximumOf(grid, "education-location"), missing }
        : { points: 0, maximumReachable: 0, missing: [] },
    ];
  }
  // Every assignment of the open facts, as a number in mixed radix (fact f's answer is digit f):
  // each line's points in each, then its fewest and most.
  const strides: number[] = [];
  facts.reduce((stride, f) => {
    strides.push(stride);
    return stride * f.answers;
  }, 1);
  const byWorld = [new Array<number>(worlds), new Array<number>(worlds)] as const;
  const lines = [0, 1].map(() => ({ min: Number.POSITIVE_INFINITY, max: 0, option: undefined as string | undefined }));
  const world = facts.map(() => 0);
  for (let n = 0; n < worlds; n++) {
    facts.forEach((f, i) => {
      world[i] = Math.floor(n / (strides[i] as number)) % f.answers;
    });
    const reading = read(world);
    lines.forEach((line, k) => {
      const points = reading[k * 2] as number;
      byWorld[k as 0 | 1][n] = points;
      if (points < line.min) {
        line.min = points;
        line.option = reading[k * 2 + 1] as string | undefined;
      }
      line.max = Math.max(line.max, points);
    });
  }
  // A fact is asked when changing its answer alone changes the line in some assignment of the
  // others: then some answer to it can move the line, whatever is answered first.
  const changesLine = (points: readonly number[], f: number): boolean => {
    const stride = strides[f] as number;
    const answers = (facts[f] as EducationFact).answers;
    for (let n = 0; n < worlds; n++) {
      const digit = Math.floor(n / stride) % answers;
      for (let other = digit + 1; other < answers; other++) {
        if (points[n + (other - digit) * stride] !== points[n]) return true;
      }
    }
    return false;
  };
  const parts = lines.map((line, k): Part => {
    const asked = facts.filter((_, f) => changesLine(byWorld[k as 0 | 1], f));
    return { points: line.min, maximumReachable: line.max, option: line.option, missing: asked.map((f) => f.path) };
  });
  return [parts[0] as Part, parts[1] as Part];
}
