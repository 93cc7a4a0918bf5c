// English messages of the engine: combinators, cases, custom text, freshness.

import type { IsoDate } from "../../core/iso-date.js";
import type { MessageFormat, MessageLike, TemplateSource } from "../../core/message.js";

const titles = (ids: readonly string[], f: MessageFormat): string => ids.map((id) => f.title(id)).join("; ");

export const core = {
  text: (p: { text: string }) => p.text,
  "rule.all.pass": (p: { count: number }) =>
    p.count === 1 ? "The requirement is met." : `All ${p.count} requirements are met.`,
  "rule.all.fail": (p: { parts: readonly string[] }, f) => `Not met: ${titles(p.parts, f)}.`,
  "rule.all.unknown": (p: { parts: readonly string[] }, f) =>
    `Undecided until more is known about: ${titles(p.parts, f)}.`,
  "rule.any.pass": (p: { parts: readonly string[] }, f) => `Met through: ${titles(p.parts, f)}.`,
  "rule.any.fail": (p: { count: number }) =>
    p.count === 1 ? "The only alternative is not met." : `None of the ${p.count} alternatives is met.`,
  "rule.any.unknown": (p: { parts: readonly string[] }, f) =>
    `None is met yet; undecided until more is known about: ${titles(p.parts, f)}.`,
  "rule.cases.pass": (p: { parts: readonly string[] }, f) => `Met by: ${titles(p.parts, f)}.`,
  "rule.cases.fail": (p: { parts: readonly string[] }, f) => `No case meets every requirement: ${titles(p.parts, f)}.`,
  "rule.cases.unknown": (p: { parts: readonly string[]; unanswered?: MessageLike }, f) =>
    [
      p.parts.length > 0 ? `Undecided for: ${titles(p.parts, f)}.` : "",
      p.unanswered === undefined ? "" : f.message(p.unanswered),
    ]
      .filter((part) => part !== "")
      .join(" "),
  "versioned.empty": () => "No version of this rule is known.",
  "versioned.before-first": (p: { earliest: IsoDate; asOf: IsoDate }, f) =>
    `No version is known before ${f.date(p.earliest)}; ${f.date(p.asOf)} is earlier than that.`,
  "versioned.after-last": (p: { latestEnd: IsoDate; asOf: IsoDate }, f) =>
    `The last known version ended on ${f.date(p.latestEnd)} (exclusive); nothing is known in force on ${f.date(p.asOf)}.`,
  "versioned.gap": (p: { asOf: IsoDate }, f) => `No version is known to be in force on ${f.date(p.asOf)}.`,
  "assessment.stale": (p: { verifiedThrough: IsoDate; asOf: IsoDate }, f) =>
    `The rules and data used were last verified against their official sources on ${f.date(p.verifiedThrough)}; ${f.date(p.asOf)} is later, and they may have changed since: check the official pages before relying on this answer.`,
} satisfies TemplateSource;
