// The Alberta Express Entry Stream's CRS minimum: the score computed without nomination points,
// three-valued with the score's bound.

import { defineRule } from "../../../core/define-rule.js";
import type { IsoDate } from "../../../core/iso-date.js";
import { message } from "../../../core/message.js";
import type { Rule, RuleOutcome } from "../../../core/rule.js";
import { calculateCrsWithoutNomination } from "../../../crs/calculate.js";
import { ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS } from "../../../crs/index.js";
import { testIndexIn } from "../../../crs/input-issues.js";
import type { Candidate } from "../../../models/candidate.js";
import type { AlbertaFacts } from "../facts.js";
import { ALBERTA_STREAM_SECONDARY_SOURCE } from "../sources.js";

/**
 * A CRS score of at least {@link ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS} (300), computed by the library
 * without provincial-nomination points. When the profile reports its own score, the reason says
 * whether the two differ. A score under 300 computed from partial facts is `unknown`, not `fail`.
 *
 * @example
 * ```ts
 * crsMinimum.evaluate(facts, { asOf: facts.asOf }).actual; // e.g. 478
 * ```
 */
export const crsMinimum: Rule<AlbertaFacts> = /* @__PURE__ */ (() =>
  defineRule({
    id: "alberta-ee.crs-minimum",
    title: `A CRS score of at least ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
    source: ALBERTA_STREAM_SECONDARY_SOURCE,
    check: ({ crs, candidate, asOf }) => {
      if (!crs.ok) {
        const notComputable = message("alberta-ee.crs.not-computable", {
          issues: crs.issues.map((i) => ({ path: i.path, message: i.message })),
        });
        // A language test taken before the first chart known is answered: only the data is missing.
        if (crs.issues.every((i) => i.code === "no_chart_on_date")) {
          return (
            withTestsOpen(candidate, asOf, crs.issues) ?? {
              verdict: "unknown",
              message: notComputable,
              uncertain: true,
            }
          );
        }
        // Language tests to correct: no correction can score more than the tests left open, so
        // the minimum fails when even that bound stays under it.
        if (crs.issues.every((i) => testIndexIn(i.path, "languageTests") !== undefined)) {
          const cannotReach = withTestsOpen(candidate, asOf, crs.issues);
          if (cannotReach?.verdict === "fail") return cannotReach;
        }
        return {
          verdict: "unknown",
          message: notComputable,
          missing: crs.issues.map((i) => i.path).filter((p) => p !== ""),
        };
      }
      const reported = candidate.expressEntryProfile?.crsScore;
      // The score the profile reports, compared in the message with the one computed here.
      const scores = {
        total: crs.total,
        minimum: ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS,
        ...(reported === undefined ? {} : { reported }),
      };
      if (crs.total >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
        return {
          verdict: "pass",
          message: message("alberta-ee.crs.pass", scores),
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
        };
      }
      if (crs.missing.length > 0 && crs.maximumReachable >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
        return {
          verdict: "unknown",
          message: message("alberta-ee.crs.could-reach", { ...scores, maximum: crs.maximumReachable }),
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
          missing: crs.missing,
        };
      }
      if (crs.missing.length > 0) {
        return {
          verdict: "fail",
          message: message("alberta-ee.crs.cannot-reach", { ...scores, maximum: crs.maximumReachable }),
          expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
          actual: crs.total,
        };
      }
      return {
        verdict: "fail",
        message: message("alberta-ee.crs.below", scores),
        expected: `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`,
        actual: crs.total,
      };
    },
  }))();

/**
 * The CRS minimum when only language tests keep the score from being computed (taken before the
 * first chart known, or with a score to correct): each could give any level, so the score lies
 * between the one without them and the bound with the language open. A pass or a fail when those
 * settle it, else `undefined` (a test to correct is never passed over: only its fail is used).
 */
function withTestsOpen(
  candidate: Candidate,
  asOf: IsoDate,
  issues: readonly { readonly path: string }[],
): RuleOutcome | undefined {
  const chartless = new Set(issues.map((i) => testIndexIn(i.path, "languageTests")));
  const kept = (candidate.languageTests ?? []).filter((_, i) => !chartless.has(i));
  const without = calculateCrsWithoutNomination({ ...candidate, languageTests: kept }, { asOf });
  const open = calculateCrsWithoutNomination({ ...candidate, languageTests: undefined }, { asOf });
  if (!without.ok || !open.ok) return undefined;
  const scores = { total: without.total, minimum: ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS };
  const expected = `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`;
  if (without.total >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
    return { verdict: "pass", message: message("alberta-ee.crs.pass", scores), expected, actual: without.total };
  }
  if (open.maximumReachable < ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
    return {
      verdict: "fail",
      message: message("alberta-ee.crs.cannot-reach", { ...scores, maximum: open.maximumReachable }),
      expected,
      actual: without.total,
    };
  }
  return undefined;
}
