// A day given as an argument to an exported helper, checked: the one check behind the calendar
// helpers, the test expiry and the nomination deadlines. Internal.

import { describeIsoDateProblem, InvalidIsoDateError, type IsoDate, toIsoDate } from "./iso-date.js";
import { ownRealmDate } from "./own-realm-date.js";

/**
 * `value` when it is a calendar day written YYYY-MM-DD (or, with `dates`, a valid `Date`, read as
 * its local calendar day); else an {@link InvalidIsoDateError} whose message starts with `name`.
 */
export function dayArgument(given: unknown, name: string, dates = false): IsoDate {
  const value = dates ? ownRealmDate(given) : given;
  if (dates && value instanceof Date && !Number.isNaN(value.getTime())) return toIsoDate(value);
  const problem = dates && value instanceof Date ? "got an Invalid Date." : describeIsoDateProblem(value);
  if (problem !== undefined) throw new InvalidIsoDateError(value, `${name}: ${problem}`);
  return value as IsoDate;
}
