// How a candidate got into the Accelerated Tech Pathway on a given day: the launch-era web form,
// the 2024 monthly acceptance dates, none (the remaining 2024 dates cancelled), or the Worker
// Expression of Interest. Data: data/alberta/atp-pathway-history.json (intake).

import { readAsOf } from "../../core/as-of.js";
import type { Citation } from "../../core/citation.js";
import type { IsoDate } from "../../core/iso-date.js";
import { type Message, message } from "../../core/message.js";
import { ATP_LATEST_LAUNCH_DATE, ATP_LAUNCH_DATE, ATP_LAUNCH_LIST_SOURCE } from "./atp-list-dates.js";
import { type AtpIntakePeriodId, pathwayHistory } from "./atp-pathway-history-data.js";

export type { AtpIntakePeriodId } from "./atp-pathway-history-data.js";

/**
 * How to get into the Accelerated Tech Pathway on a day ({@link atpIntakeOn}): the period of the
 * intake calendar, whether an intake was `open`, `closed` or its state is `unknown` that day, a
 * sentence saying so, what to do, the next day an intake opens when it is closed or may be, and
 * the source.
 *
 * @example
 * ```ts
 * import { atpIntakeOn, isoDate, type AtpIntake } from "alberta-atp";
 * const intake: AtpIntake = atpIntakeOn(isoDate("2024-08-20"));
 * intake.status; // "closed"
 * intake.next; // "2024-09-30"
 * ```
 */
export interface AtpIntake {
  /** The period of the calendar, or `before-launch`. */
  readonly period: AtpIntakePeriodId | "before-launch";
  /** Whether the pathway accepted candidates on the day. */
  readonly status: "open" | "closed" | "unknown";
  /** What the day's intake was, as data: render it with a locale. */
  readonly descriptionMessage: Message;
  /** What a candidate should do on the day, as data: render it with a locale. */
  readonly actionMessage: Message;
  /** The next day an intake opens (or is announced to open) after the day, when there is one. */
  readonly next?: IsoDate;
  readonly source: Citation;
}

/** The description and the action, as messages. */
function explained(description: Message, action: Message): Pick<AtpIntake, "descriptionMessage" | "actionMessage"> {
  return { descriptionMessage: description, actionMessage: action };
}

/**
 * How a candidate got into the Accelerated Tech Pathway on `asOf`, from the AAIP's dated updates:
 *
 * - from its launch in December 2021: an online web form (the Express Entry profile and the
 *   Alberta job), after which the AAIP invites eligible candidates to apply;
 * - from 2024-06-11: monthly acceptance dates (2024-06-11, 2024-07-09, ...); on each, applications
 *   are accepted until the month's target is reached, so between two dates whether the intake is
 *   still open is `unknown`;
 * - from 2024-08-13, the first of the remaining 2024 dates the AAIP cancelled on 2024-08-07 (which
 *   did not close the intake of 2024-07-09 before it): no intake until the Worker Expression of
 *   Interest opens on 2024-09-30;
 * - from 2024-09-30: a Worker Expression of Interest in the AAIP portal.
 *
 * An invalid `asOf` throws {@link InvalidAsOfError}, as everywhere.
 *
 * @example
 * ```ts
 * import { atpIntakeOn, isoDate, renderMessage } from "alberta-atp";
 * import { en } from "alberta-atp/locales/en";
 * atpIntakeOn(isoDate("2023-05-01")).period; // "web-form"
 * atpIntakeOn(isoDate("2024-07-09")).status; // "open": an acceptance date
 * atpIntakeOn(isoDate("2024-07-20")).status; // "unknown": open until the month's target is reached
 * renderMessage(atpIntakeOn(isoDate("2024-08-20")).actionMessage, en);
 * // "No intake is open on 2024-08-20: the Worker Expression of Interest opens on 2024-09-30."
 * atpIntakeOn(isoDate("2026-11-25")).period; // "worker-eoi"
 * ```
 */
export function atpIntakeOn(asOfGiven: IsoDate | Date): AtpIntake {
  const asOf = readAsOf(asOfGiven);
  const { periods, acceptanceDates } = pathwayHistory().intake;
  const first = periods[0];
  // The tests check that the calendar has periods; reaching this is a data bug.
  if (first === undefined) throw new Error("atp-pathway-history.json: the intake calendar has no period.");
  if (asOf < ATP_LAUNCH_DATE) {
    return {
      period: "before-launch",
      status: "closed",
      ...explained(message("atp.intake.before-launch", { asOf }), message("atp.intake.before-launch.action", {})),
      next: ATP_LAUNCH_DATE,
      source: ATP_LAUNCH_LIST_SOURCE,
    };
  }
  const period = periods.find((p) => p.from <= asOf && (p.to === undefined || asOf < p.to)) ?? first;
  const workerEoi = periods.find((p) => p.value.id === "worker-eoi");
  switch (period.value.id) {
    case "web-form": {
      return asOf < ATP_LATEST_LAUNCH_DATE
        ? {
            period: period.value.id,
            status: "unknown",
            // Not sent to a form that may not have been open: check first.
            ...explained(
              message("atp.intake.web-form.launch-window", { asOf }),
              message("atp.intake.web-form.launch-window.action", { openBy: ATP_LATEST_LAUNCH_DATE }),
            ),
            next: ATP_LATEST_LAUNCH_DATE,
            source: period.source,
          }
        : {
            period: period.value.id,
            status: "open",
            ...explained(message("atp.intake.web-form.open", { asOf }), message("atp.intake.web-form.action", {})),
            source: period.source,
          };
    }
    case "monthly-intake": {
      const today = acceptanceDates.find((a) => a.date === asOf);
      const previous = [...acceptanceDates].reverse().find((a) => a.date < asOf && a.held);
      const next = acceptanceDates.find((a) => a.date > asOf);
      const nextParam =
        next === undefined
          ? {}
          : {
              next:
                next.cancelledOn === undefined
                  ? { date: next.date }
                  : { date: next.date, cancelledOn: next.cancelledOn },
            };
      if (today !== undefined) {
        return {
          period: period.value.id,
          status: "open",
          ...explained(
            message("atp.intake.acceptance-date", { asOf }),
            message("atp.intake.acceptance-date.action", { asOf }),
          ),
          ...(next === undefined || next.cancelledOn !== undefined ? {} : { next: next.date }),
          source: period.source,
        };
      }
      return {
        period: period.value.id,
        status: "unknown",
        ...explained(
          message("atp.intake.monthly", { previous: previous?.date ?? period.from, asOf, ...nextParam }),
          message("atp.intake.monthly.action", nextParam),
        ),
        ...(next === undefined || next.cancelledOn !== undefined ? {} : { next: next.date }),
        source: period.source,
      };
    }
    case "no-intake": {
      const opens = workerEoi?.from;
      // The day the AAIP cancelled the remaining acceptance dates (the data's cancelledOn).
      const cancelledOn = acceptanceDates.find((a) => a.cancelledOn !== undefined)?.cancelledOn ?? period.from;
      const opensParam = opens === undefined ? {} : { opens };
      return {
        period: period.value.id,
        status: "closed",
        ...explained(
          message("atp.intake.no-intake", { asOf, cancelledOn, ...opensParam }),
          message("atp.intake.no-intake.action", { asOf, ...opensParam }),
        ),
        ...(opens === undefined ? {} : { next: opens }),
        source: period.source,
      };
    }
    case "worker-eoi":
      return {
        period: period.value.id,
        status: "open",
        ...explained(
          message("atp.intake.worker-eoi", { from: period.from }),
          message("atp.intake.worker-eoi.action", { from: period.from, announcedOn: announcedOn(period.value) }),
        ),
        source: period.source,
      };
  }
}

/** The day the AAIP announced the Worker EOI, as the data records it (the next-steps tests read it). */
function announcedOn(value: { readonly announcedOn?: IsoDate }): IsoDate {
  if (value.announcedOn === undefined) {
    throw new Error("data/alberta/atp-pathway-history.json: the worker-eoi intake needs its announcedOn day.");
  }
  return value.announcedOn;
}
