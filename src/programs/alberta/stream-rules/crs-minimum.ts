// The Alberta Express Entry Stream's CRS minimum: the score computed without nomination points,
// three-valued with the score's bound.

import { defineRule } from "../../../core/define-rule.js";
import { message } from "../../../core/message.js";
import type { Rule } from "../../../core/rule.js";
import { crsAgainstMinimum } from "../../../crs/against-minimum.js";
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
      // Only language tests keep the score from being computed: the score without them and the
      // bound with them left open decide when they can (a test taken before the first chart known
      // only adds to the score without it; a test to correct, whatever the correction).
      const open = crs.ok ? undefined : crsWithLanguageTestsOpen(candidate, asOf, crs.issues);
      const decided = crsAgainstMinimum(crs, open, ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS);
      const minimum = ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS;
      const expected = `>= ${minimum}`;
      // The score the profile reports, compared in the message with the one computed here.
      const reported = crs.ok ? candidate.expressEntryProfile?.crsScore : undefined;
      const scores = (total: number) => ({ total, minimum, ...(reported === undefined ? {} : { reported }) });
      switch (decided.decision) {
        case "met":
          return {
            verdict: "pass",
            message:
              decided.by === "any-correction"
                ? message("alberta-ee.crs.pass-whatever-correction", scores(decided.total))
                : message("alberta-ee.crs.pass", scores(decided.total)),
            expected,
            actual: decided.total,
          };
        case "cannot-reach":
          return {
            verdict: "fail",
            message: message("alberta-ee.crs.cannot-reach", {
              ...scores(decided.total),
              maximum: decided.maximumReachable,
            }),
            expected,
            actual: decided.total,
          };
        case "under":
          return {
            verdict: "fail",
            message: message("alberta-ee.crs.below", scores(decided.total)),
            expected,
            actual: decided.total,
          };
        case "may-reach":
          return {
            verdict: "unknown",
            message: message("alberta-ee.crs.could-reach", {
              ...scores(decided.total),
              maximum: decided.maximumReachable,
            }),
            expected,
            actual: decided.total,
            missing: decided.missing,
          };
        case "not-computed": {
          const notComputable = message("alberta-ee.crs.not-computable", {
            issues: decided.issues.map((i) => ({ path: i.path, message: i.message })),
          });
          // A language test taken before the first chart known is answered: only the data is missing.
          return decided.uncertain
            ? { verdict: "unknown", message: notComputable, uncertain: true }
            : { verdict: "unknown", message: notComputable, missing: decided.missing };
        }
      }
    },
  }))();
