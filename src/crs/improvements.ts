// crsImprovements: single changes a candidate could make, each priced by re-scoring.

import { addDays, addYears, ageOn, LAST_YEAR } from "../core/calendar.js";
import type { Result } from "../core/input-issue.js";
import type { IsoDate } from "../core/iso-date.js";
import { type Message, message } from "../core/message.js";
import { levelOfCredentials } from "../education/credentials.js";
import type { ClbLevels, OfficialLanguage } from "../language/index.js";
import type { Candidate } from "../models/candidate.js";
import type { CrsBreakdown } from "./breakdown.js";
import { type Derivation, deriveCrs } from "./derive.js";
import { choiceOf, everyChoice } from "./derive-languages.js";
import { EDUCATION_LEVELS, educationRank } from "./education-level.js";
import type { CrsFactors } from "./factors.js";
import { type CrsOptions, scoreCrs } from "./score.js";
import { crsTablesAsOf } from "./tables/tables-as-of.js";

/**
 * The kind of change a {@link CrsImprovement} proposes.
 *
 * - `first-language`: a higher level in one ability of the first official language (or a first
 *   test, when there is none);
 * - `second-language`: a result in the other official language, or a higher level in one of its
 *   abilities;
 * - `canadian-work` / `foreign-work`: one more year of skilled work experience;
 * - `education`: the next CRS level of education;
 * - `eca`: an Educational Credential Assessment for a foreign credential that has no valid one;
 * - `provincial-nomination`: a provincial or territorial nomination.
 *
 * @example
 * ```ts
 * const kind: CrsImprovementKind = "eca";
 * ```
 */
export type CrsImprovementKind =
  | "first-language"
  | "second-language"
  | "canadian-work"
  | "foreign-work"
  | "education"
  | "eca"
  | "provincial-nomination";

/**
 * One concrete change and what it is worth on the day scored: the factors are changed in that one
 * respect and scored again.
 *
 * @example
 * ```ts
 * const item: CrsImprovement = {
 *   kind: "canadian-work",
 *   message: message("crs.improve.canadian-work", { years: 2, now: 1 }),
 *   path: "workHistory", points: 28, total: 497,
 * };
 * ```
 */
export interface CrsImprovement {
  /** What kind of change. */
  readonly kind: CrsImprovementKind;
  /** The change as a message (`crs.improve.*`), to render in any locale. */
  readonly message: Message;
  /** The input path the change concerns, when there is one. */
  readonly path?: string;
  /** Points gained: the new total minus the current total (always more than 0). */
  readonly points: number;
  /** The total with the change. */
  readonly total: number;
}

/**
 * A future birthday on which the age points change, with the other factors unchanged and the
 * tables in force on the day scored.
 *
 * @example
 * ```ts
 * const drop: CrsAgePointsChange = { on: isoDate("2026-05-01"), age: 30, agePoints: 105, change: -5, total: 464 };
 * ```
 */
export interface CrsAgePointsChange {
  /** The birthday (for a 29 February birthday in a common year, 1 March). */
  readonly on: IsoDate;
  /** The age reached that day. */
  readonly age: number;
  /** Age points from that day. */
  readonly agePoints: number;
  /** The change in age points (negative for a drop). */
  readonly change: number;
  /** The total from that day, all else equal. */
  readonly total: number;
}

/**
 * What {@link crsImprovements} returns.
 *
 * @example
 * ```ts
 * const r: CrsImprovementsResult = crsImprovements(candidate, { asOf: isoDate("2026-01-15") });
 * // en from "alberta-atp/locales/en"
 * if (r.ok) for (const i of r.improvements) console.log(`+${i.points}: ${renderMessage(i.message, en)}`);
 * ```
 */
export type CrsImprovementsResult = Result<{
  /** The day scored. */
  readonly asOf: IsoDate;
  /** The current score. */
  readonly current: CrsBreakdown;
  /** Single changes that add points, most points first. */
  readonly improvements: readonly CrsImprovement[];
  /** Future birthdays on which the age points change, in date order (empty without a date of birth). */
  readonly agePoints: readonly CrsAgePointsChange[];
}>;

const ABILITIES = ["reading", "writing", "listening", "speaking"] as const;
const KIND_ORDER: readonly CrsImprovementKind[] = [
  "provincial-nomination",
  "first-language",
  "second-language",
  "canadian-work",
  "foreign-work",
  "education",
  "eca",
];

function allFour(level: number): ClbLevels {
  return { reading: level, writing: level, listening: level, speaking: level };
}

/** Factors without their language results, to score with a choice of them. */
function withoutLanguages(factors: CrsFactors): CrsFactors {
  const { firstLanguage: _first, secondLanguage: _second, english: _english, french: _french, ...rest } = factors;
  return rest;
}

/** Every improvement of the derived factors, priced by re-scoring. */
function improvementsOf(candidate: Candidate, d: Derivation, current: CrsBreakdown): CrsImprovement[] {
  const { asOf, factors } = d;
  const tables = crsTablesAsOf(asOf);
  const out: CrsImprovement[] = [];
  // Only the total is read: no open answers, so no bound to compute. The score of changed factors
  // is the best the candidate's results give with them, as calculateCrs chooses: every choice of
  // the results (a change elsewhere can make another result worth more) and, the first language
  // not declared, either order (a change to a result can make it worth more first).
  const declared = candidate.firstOfficialLanguage;
  const results = d.languageResults;
  const score = (changed: CrsFactors) => scoreCrs({ ...changed, missing: [] }, { asOf }).total;
  const price = (changed: CrsFactors) => {
    let best = score(changed);
    if (results === undefined) return best;
    const rest = withoutLanguages(changed);
    for (const c of everyChoice(results, declared)) {
      best = Math.max(best, score({ ...rest, ...choiceOf(c.english, c.french, c.firstIs) }));
    }
    return best;
  };
  const others = (other: OfficialLanguage): readonly (ClbLevels | undefined)[] =>
    results !== undefined && results[other].length > 0 ? results[other] : [factors[other]];
  /**
   * `levels` in `language` in place of its result: the best score with each result of the other
   * language and, the first language not declared, either order (`preferFirst`: the order tried
   * first, kept on a tie); `first` says whether `language` is then the first.
   */
  const priceLanguage = (
    language: OfficialLanguage,
    levels: ClbLevels,
    preferFirst: boolean,
  ): { total: number; first: boolean } => {
    const other: OfficialLanguage = language === "english" ? "french" : "english";
    const rest = withoutLanguages(factors);
    const orders: readonly OfficialLanguage[] =
      declared !== undefined ? [declared] : preferFirst ? [language, other] : [other, language];
    let best = { total: -1, first: false };
    for (const result of others(other)) {
      const english = language === "english" ? levels : result;
      const french = language === "english" ? result : levels;
      for (const firstIs of orders) {
        // Undeclared, only a language with a result is first.
        if (declared === undefined && firstIs === other && result === undefined) continue;
        const total = score({ ...rest, ...choiceOf(english, french, firstIs) });
        if (total > best.total) best = { total, first: firstIs === language };
      }
    }
    return best;
  };
  const add = (kind: CrsImprovementKind, change: Message, total: number, path?: string) => {
    if (total > current.total)
      out.push({
        kind,
        message: change,
        ...(path === undefined ? {} : { path }),
        points: total - current.total,
        total,
      });
  };

  // Provincial nomination
  if (!factors.provincialNomination) {
    add(
      "provincial-nomination",
      message("crs.improve.provincial-nomination", {}),
      price({ ...factors, provincialNomination: true }),
      "provincialNomination",
    );
  }

  // Official languages
  const firstIs = d.firstIs ?? candidate.firstOfficialLanguage ?? "english";
  const otherIs: OfficialLanguage = firstIs === "english" ? "french" : "english";
  // `isFirst`: whether the result raised is now the first language (a first try on a tie).
  const nextLevels = (isFirst: boolean, language: OfficialLanguage, levels: ClbLevels) => {
    for (const ability of ABILITIES) {
      const now = levels[ability];
      for (let level = now + 1; level <= 10; level++) {
        // The first language not declared, the raised result may be worth more first.
        const { total, first } = priceLanguage(language, { ...levels, [ability]: level }, isFirst);
        if (total > current.total) {
          add(
            first ? "first-language" : "second-language",
            message("crs.improve.language-ability", {
              language,
              role: first ? "first" : "second",
              ability,
              level,
              now,
            }),
            total,
            "languageTests",
          );
          break;
        }
      }
    }
  };
  if (factors.firstLanguage === undefined) {
    // A result in the other language counts as the second once there is a first one; until then
    // only for the French points, which a higher level in one of its abilities may earn.
    const otherResult = factors[otherIs];
    let previous = current.total;
    for (const level of [5, 7, 9]) {
      const { total } = priceLanguage(firstIs, allFour(level), true);
      if (total > previous) {
        add(
          "first-language",
          message("crs.improve.first-language-test", { language: firstIs, level }),
          total,
          "languageTests",
        );
        previous = total;
      }
    }
    if (otherResult !== undefined) nextLevels(false, otherIs, otherResult);
  } else {
    nextLevels(true, firstIs, factors.firstLanguage);
    if (factors.secondLanguage === undefined) {
      let previous = current.total;
      for (const level of [5, 7, 9]) {
        const { total, first } = priceLanguage(otherIs, allFour(level), false);
        if (total > previous) {
          // Worth more as the first language (not declared): said without a role.
          add(
            first ? "first-language" : "second-language",
            first
              ? message("crs.improve.first-language-test", { language: otherIs, level })
              : message("crs.improve.second-language-test", { language: otherIs, level }),
            total,
            "languageTests",
          );
          previous = total;
        }
      }
    } else {
      nextLevels(false, otherIs, factors.secondLanguage);
    }
  }

  // Work experience
  const cw = factors.canadianWorkYears;
  add(
    "canadian-work",
    message("crs.improve.canadian-work", { years: cw + 1, now: cw }),
    price({ ...factors, canadianWorkYears: cw + 1 }),
    "workHistory",
  );
  const fw = factors.foreignWorkYears;
  add(
    "foreign-work",
    message("crs.improve.foreign-work", { years: fw + 1, now: fw }),
    price({ ...factors, foreignWorkYears: fw + 1 }),
    "workHistory",
  );

  // Education: ECAs for foreign credentials that lack a valid one, then the next level.
  const credentials = candidate.education ?? [];
  const counting = credentials.filter((_, i) => d.education.standings[i] === "counts");
  credentials.forEach((credential, i) => {
    const standing = d.education.standings[i];
    if (standing === undefined || standing === "counts" || standing === "not-yet-completed") return;
    const level = levelOfCredentials([...counting, credential]);
    if (educationRank(level) <= educationRank(factors.education)) return;
    add(
      "eca",
      message("crs.improve.eca", { index: i, credential: credential.level, standing, level, now: factors.education }),
      price({ ...factors, education: level }),
      `education[${i}].ecaIssuedOn`,
    );
  });
  const rank = educationRank(factors.education);
  const next = EDUCATION_LEVELS[rank + 1];
  if (next !== undefined) {
    const label = tables.education.value.rows.find((r) => r.level === next)?.label ?? next;
    add(
      "education",
      message("crs.improve.education", { level: next, label }),
      price({ ...factors, education: next }),
      "education",
    );
  }

  return out.sort((a, b) => b.points - a.points || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/** The future birthdays on which age points change, priced by re-scoring. */
function agePointChanges(candidate: Candidate, d: Derivation): CrsAgePointsChange[] {
  const dob = candidate.dateOfBirth;
  const age = d.factors.age;
  if (dob === undefined || age === undefined) return [];
  const points = (a: number) => scoreCrs({ ...d.factors, age: a, missing: [] }, { asOf: d.asOf });
  const out: CrsAgePointsChange[] = [];
  let previous = points(age).core.age;
  for (let next = age + 1; next <= Math.max(age + 1, 45); next++) {
    const scored = points(next);
    if (scored.core.age !== previous) {
      // A birthday past the calendar's last day (9999-12-31) never comes.
      if (Number(dob.slice(0, 4)) + next > LAST_YEAR) break;
      let on = addYears(dob, next);
      // Born on 29 February: in a common year the birthday comes on 1 March.
      if (ageOn(dob, on) < next) on = addDays(on, 1);
      out.push({ on, age: next, agePoints: scored.core.age, change: scored.core.age - previous, total: scored.total });
      previous = scored.core.age;
    }
  }
  return out;
}

/**
 * What a candidate could do to raise their CRS score on `asOf`, and when their age points will
 * change. Each improvement is one concrete change — the next CLB level in one ability (the lowest
 * level that adds points), a second official language (at CLB/NCLC 5, 7 or 9 in all four), one more
 * year of Canadian or foreign work, a valid ECA for a foreign credential that lacks one, the next
 * level of education, a provincial nomination — and its points come from scoring the changed
 * factors with {@link scoreCrs}, never from a table of its own. Changes that add nothing are left
 * out; the rest come most points first.
 *
 * `agePoints` lists the future birthdays on which the age points change (drops from 30; rises
 * before 20), with the total on each, all else equal and the tables of `asOf`.
 *
 * Each total is the score {@link calculateCrs} gives the candidate with that change: when a
 * language has several results, or the first official language is not declared, the results
 * scored are chosen again (a French result worth more as the first language is proposed as a test
 * without a role, `first-language`). The changes are priced on the answers given: with questions
 * still open (`current.missing`), a gain is what the change adds to the certain score, and may be
 * smaller once those are answered (a nomination adds less to a section D already holding a
 * sibling's points).
 *
 * Problems with the input give `{ ok: false, issues }`, as for {@link calculateCrs}.
 *
 * @example
 * ```ts
 * const r = crsImprovements(candidate, { asOf: isoDate("2026-01-15") });
 * if (r.ok) {
 *   r.improvements[0];
 *   // { kind: "provincial-nomination", message: { id: "crs.improve.provincial-nomination", params: {} },
 *   //   path: "provincialNomination", points: 600, total: 1069 }
 *   r.agePoints[0]; // { on: "2026-05-01", age: 30, agePoints: 105, change: -5, total: 464 }
 * }
 * ```
 */
export function crsImprovements(candidate: Candidate, options: CrsOptions): CrsImprovementsResult {
  const derived = deriveCrs(candidate, options);
  if (!derived.ok) return derived;
  const d = derived.derivation;
  const current = scoreCrs(d.factors, { asOf: d.asOf });
  return {
    ok: true,
    asOf: d.asOf,
    current,
    improvements: improvementsOf(candidate, d, current),
    agePoints: agePointChanges(candidate, d),
  };
}
