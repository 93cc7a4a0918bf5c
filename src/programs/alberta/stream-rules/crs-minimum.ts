// The Alberta Express Entry Stream's CRS minimum: the score computed without nomination points,
// three-valued with the score's bound.

import { defineRule } from "../../../core/define-rule.js";
import { message } from "../../../core/message.js";
import type { Rule } from "../../../core/rule.js";
import { ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS } from "../../../crs/index.js";
import { crsWithLanguageTestsOpen } from "../../../crs/language-tests-open.js";
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
        // Only language tests keep the score from being computed: no reading of them can score more
        // than the language left open, nor less than the least reading. A test taken before the
        // first chart known (answered, the data cannot read it) only adds to the score without it;
        // a test to correct decides the rule only when no correction could change it.
        const open = crsWithLanguageTestsOpen(candidate, asOf, crs.issues);
        if (open !== undefined) {
          const scores = { total: open.total, minimum: ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS };
          const expected = `>= ${ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS}`;
          if (open.total >= ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
            return {
              verdict: "pass",
              message: open.chartless
                ? message("alberta-ee.crs.pass", scores)
                : message("alberta-ee.crs.pass-whatever-correction", scores),
              expected,
              actual: open.total,
            };
          }
          if (open.maximumReachable < ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS) {
            return {
              verdict: "fail",
              message: message("alberta-ee.crs.cannot-reach", { ...scores, maximum: open.maximumReachable }),
              expected,
              actual: open.total,
            };
          }
        }
        const notComputable = message("alberta-ee.crs.not-computable", {
          issues: crs.issues.map((i) => ({ path: i.path, message: i.message })),
        });
        // A language test taken before the first chart known is answered: only the data is missing.
        if (crs.issues.every((i) => i.code === "no_chart_on_date")) {
          return { verdict: "unknown", message: notComputable, uncertain: true };
        }
        // The tests to correct, and the other open answers that can move the score with them.
        return {
          verdict: "unknown",
          message: notComputable,
          missing: [...new Set([...crs.issues.map((i) => i.path).filter((p) => p !== ""), ...(open?.missing ?? [])])],
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
