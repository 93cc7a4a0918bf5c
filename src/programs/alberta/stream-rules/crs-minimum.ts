// The Alberta Express Entry Stream's CRS minimum: the score computed without nomination points,
// three-valued with the score's bound.

import { defineRule } from "../../../core/define-rule.js";
import { type Message, message } from "../../../core/message.js";
import type { Rule } from "../../../core/rule.js";
import type { Verdict } from "../../../core/verdict.js";
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
      // Only language tests keep the score from being computed: the score at their least reading
      // and the bound with them left open decide when they can (a test taken before the first
      // chart known only adds to the score without it; a test to correct, whatever the correction).
      const minimum = ALBERTA_EXPRESS_ENTRY_MINIMUM_CRS;
      const open = crs.ok ? undefined : crsWithLanguageTestsOpen(candidate, asOf, crs.issues);
      const decided = crsAgainstMinimum(crs, open, minimum);
      // The score the profile reports, compared in the message with the one computed here.
      const reported = crs.ok ? candidate.expressEntryProfile?.crsScore : undefined;
      const scores = (total: number) => ({ total, minimum, ...(reported === undefined ? {} : { reported }) });
      // A decision on a score: its verdict and message, against the minimum.
      const judged = (verdict: Verdict, said: Message, total: number) =>
        ({ verdict, message: said, expected: `>= ${minimum}`, actual: total }) as const;
      switch (decided.decision) {
        case "met":
          return judged(
            "pass",
            decided.by === "any-correction"
              ? message("alberta-ee.crs.pass-whatever-correction", scores(decided.total))
              : message("alberta-ee.crs.pass", scores(decided.total)),
            decided.total,
          );
        case "cannot-reach":
          return judged(
            "fail",
            message("alberta-ee.crs.cannot-reach", { ...scores(decided.total), maximum: decided.maximumReachable }),
            decided.total,
          );
        case "under":
          return judged("fail", message("alberta-ee.crs.below", scores(decided.total)), decided.total);
        case "may-reach":
          return {
            ...judged(
              "unknown",
              message("alberta-ee.crs.could-reach", { ...scores(decided.total), maximum: decided.maximumReachable }),
              decided.total,
            ),
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
