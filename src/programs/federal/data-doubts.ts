// The doubt a dated version's uncertain periods put on a table: one message. Internal.

import type { UncertainPeriod } from "../../core/dated.js";
import { type Message, message, text } from "../../core/message.js";

/**
 * The message of a version's uncertain periods: each period's catalogue message by its start day
 * (`known`), else the data's own sentence as text; several are joined. `undefined` without any.
 */
export function dataDoubts(
  periods: readonly UncertainPeriod[] | undefined,
  known: Readonly<Record<string, Message>>,
): Message | undefined {
  if (periods === undefined) return undefined;
  const doubts = periods.map((p) => known[p.from] ?? text(p.reason));
  return doubts.length === 1 ? doubts[0] : message("federal.sentences", { parts: doubts });
}
