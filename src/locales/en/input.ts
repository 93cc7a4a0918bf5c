// English messages: input issues (the candidate's shape, dates, asOf, language tests, NOC codes).

import { describedInEnglish as described } from "../../core/described-in-english.js";
import type { InputValue } from "../../core/input-issue.js";
import type { IsoDate } from "../../core/iso-date.js";
import type { MessageLike, TemplateSource } from "../../core/message.js";

/** A JavaScript `typeof` of the value (`null` is an "object"). */
function typeOf(v: InputValue): string {
  switch (v.type) {
    case "null":
    case "array":
    case "date":
      return "object";
    default:
      return v.type;
  }
}

/** A value as the `asOf` messages show it: undefined, "2026-13-01", the number 5, an array. */
function shown(v: InputValue): string {
  switch (v.type) {
    case "undefined":
    case "null":
      return v.type;
    case "date":
      return v.valid ? (v.year === undefined ? "a Date" : `a Date in the year ${v.year}`) : "an Invalid Date";
    case "string":
      return JSON.stringify(v.value);
    case "number":
    case "boolean":
    case "bigint":
      return `the ${v.type} ${String(v.value)}`;
    case "array":
      return "an array";
    default:
      return `a value of type ${typeOf(v)}`;
  }
}

/** A value as `toClb` names a score or a test: "text", 5, null, nothing, a value of type object. */
function plain(v: InputValue): string {
  switch (v.type) {
    case "string":
      return JSON.stringify(v.value);
    case "null":
      return "null";
    case "number":
    case "boolean":
    case "bigint":
      return String(v.value);
    case "undefined":
      return "nothing";
    default:
      return `a value of type ${typeOf(v)}`;
  }
}

/** A value as given, a text quoted: "2173x", 57, NaN, undefined, an array, an object. */
function raw(v: InputValue): string {
  switch (v.type) {
    case "string":
      return JSON.stringify(v.value);
    case "undefined":
    case "null":
      return v.type;
    case "array":
      return "an array";
    case "date":
      return v.valid ? "a Date" : "Invalid Date";
    case "object":
      return "an object";
    default:
      return String(v.value);
  }
}

/** `null` or the value's `typeof`. */
function typeName(v: InputValue): string {
  return v.type === "null" ? "null" : typeOf(v);
}

/** The words for a type zod expects. */
const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  "plain-object": "a plain object (as JSON gives)",
  array: "a list",
  int: "a whole number",
};

/** A bound with its unit: `1 characters`, `100 items`, `168`. */
function bound(n: number, origin: string): string {
  const unit = origin === "array" ? " items" : origin === "string" ? " characters" : "";
  return `${n}${unit}`;
}

/** Items joined with commas and a last "or": `a, b or c`. */
function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}

/** A value a list of options holds (zod's literals and enums). */
export type InputOption = string | number | boolean | null;

/** A test's score scale: `from 0 to 9 in steps of 0.5`. */
function scale(p: { min: number; max: number; step: number }): string {
  const steps = p.step === 1 ? "in whole numbers" : `in steps of ${p.step}`;
  return `from ${p.min} to ${p.max} ${steps}`;
}

/** A score as the off-scale message shows it (NaN is explained). */
function score(n: number): string {
  return Number.isNaN(n) ? "NaN (not a number)" : String(n);
}

export const input = {
  // The candidate's shape (parseCandidate).
  "input.required": (p: { path: string }) => `${p.path} is required here.`,
  "input.unrecognized-key": (p: { key: string; parent: string }) =>
    `Unknown field "${p.key}"${p.parent === "" ? "" : ` in ${p.parent}`}: check its spelling; it is not part of the model.`,
  "input.invalid-type": (p: { expected: string; received: InputValue }) =>
    `Expected ${TYPE_WORDS[p.expected] ?? p.expected}, got ${described(p.received)}.`,
  "input.invalid-option": (p: { options: readonly InputOption[]; received: InputValue }) =>
    `Expected one of ${p.options.map((v) => JSON.stringify(v)).join(", ")}; got ${described(p.received)}.`,
  "input.too-small": (p: { minimum: number; inclusive: boolean; origin: string; received: InputValue }) =>
    `Expected ${p.inclusive ? "at least" : "more than"} ${bound(p.minimum, p.origin)}; got ${described(p.received)}.`,
  "input.too-big": (p: { maximum: number; inclusive: boolean; origin: string; received: InputValue }) =>
    `Expected ${p.inclusive ? "at most" : "less than"} ${bound(p.maximum, p.origin)}; got ${described(p.received)}.`,
  "input.list-too-long": (p: { maximum: number; count: number }) =>
    `Expected at most ${p.maximum} items; got ${p.count}.`,
  "input.invalid": () => "Invalid input",
  "input.not-a-candidate": (p: { received?: InputValue }) =>
    p.received === undefined
      ? "Expected a candidate object."
      : `Expected a candidate object, got ${described(p.received)}.`,
  "input.unreadable": (p: { error: string }) => `The input could not be read: ${p.error}`,
  "input.country-code": () => "Expected an ISO 3166 two-letter country code in capitals, such as CA or IN.",
  "input.naics-code": () => "Expected a NAICS code of 2 to 6 digits.",
  "input.noc-code": (p: { value: string }) =>
    `Expected a NOC code: 4 digits (NOC 2016, e.g. 2173) or 5 digits (NOC 2021, e.g. 21231), got ${JSON.stringify(p.value)}.`,
  "input.job-ends-before-start": (p: { from: IsoDate; to: IsoDate }, f) =>
    `The job ends (${f.date(p.to)}) before it starts (${f.date(p.from)}).`,
  "input.relative-contradicts-sibling": () =>
    "relativeInCanada is false, but siblingInCanada is true: a brother or sister in Canada is one of the relatives it asks about.",

  // Dates written YYYY-MM-DD.
  "input.date.not-a-string": (p: { received: InputValue }) =>
    `Expected a date written YYYY-MM-DD, got ${typeName(p.received)}.`,
  "input.date.not-yyyy-mm-dd": (p: { value: string }) =>
    `Expected a date written YYYY-MM-DD (for example 2024-02-29), got ${JSON.stringify(p.value)}.`,
  "input.date.no-such-year": (p: { value: string }) => `${p.value} has no year 0000: years run from 0001.`,
  "input.date.no-such-month": (p: { value: string }) =>
    `${p.value} has no month ${p.value.slice(5, 7)}: months run from 01 to 12.`,
  "input.date.no-such-day": (p: { value: string }) =>
    `${p.value} is not a day of the calendar: that month has no day ${p.value.slice(8, 10)}.`,

  // The day assessed (asOf).
  "input.as-of.required": (p: { received: InputValue }) =>
    `asOf is required: the day the rules apply on, written YYYY-MM-DD or as a Date (the library never reads the clock); got ${shown(p.received)}.`,
  "input.as-of.invalid": (p: { received: InputValue; problem?: MessageLike }, f) =>
    `asOf must be a calendar day written YYYY-MM-DD or a valid Date; got ${shown(p.received)}${
      p.problem === undefined ? "." : `: ${f.message(p.problem)}`
    }`,
  "input.as-of.before-crs": (p: { startedOn: IsoDate; asOf: IsoDate }, f) =>
    `The Comprehensive Ranking System started on ${f.date(p.startedOn)}; there is no CRS score on ${f.date(p.asOf)}.`,
  "input.as-of.before-worker-eoi": (p: { startedOn: IsoDate; asOf: IsoDate }, f) =>
    `There was no AAIP Worker Expression of Interest score on ${f.date(p.asOf)}: the Worker EOI began on ${f.date(p.startedOn)}, before which AAIP worker streams took applications without an EOI draw.`,
  "input.worker-eoi.submitted-before-start": (p: { submittedOn: IsoDate; startedOn: IsoDate }, f) =>
    `A Worker Expression of Interest could not be submitted on ${f.date(p.submittedOn)}: the Worker EOI began on ${f.date(p.startedOn)}.`,
  "input.as-of.worker-eoi-grid-unknown": (p: { asOf: IsoDate; note?: MessageLike }, f) =>
    `The Worker EOI points grid in force on ${f.date(p.asOf)} is not known: ${
      p.note === undefined ? "no grid version covers the date." : f.message(p.note)
    }`,
  "input.born-after-as-of": (p: { dateOfBirth: IsoDate; asOf: IsoDate }, f) =>
    `The date of birth ${f.date(p.dateOfBirth)} is after the day scored, ${f.date(p.asOf)}: there is no age on that day.`,

  // Language tests (toClb, officialLanguageLevels).
  "input.language.not-a-test": (p: { received: InputValue }) =>
    `Expected a language test result (test, testedOn, scores), got ${typeName(p.received)}.`,
  "input.language.not-a-list": () => "Expected a list of language test results.",
  "input.language.unknown-test": (p: { received: InputValue }) =>
    `Expected one of the tests IRCC accepts (celpip-general, ielts-general, pte-core, tef-canada, tcf-canada), got ${plain(p.received)}.`,
  "input.language.scores-missing": () => "Expected the four scores: { reading, writing, listening, speaking }.",
  "input.language.score-not-a-number": (p: { testName: string; ability: string; received: InputValue }) =>
    `Expected the ${p.testName} ${p.ability} score as a number, got ${plain(p.received)}.`,
  "input.language.off-scale": (
    p: { testName: string; ability: string; min: number; max: number; step: number; score: number; note: MessageLike },
    f,
  ) =>
    `${p.testName} ${p.ability} scores run ${scale(p)}; ${score(p.score)} is not on that scale. ${f.message(p.note)}`,
  "input.language.not-accepted-on-date": (p: { reason: MessageLike }, f) => f.message(p.reason),
  "input.language.tested-after-as-of": (p: { testedOn: IsoDate; asOf: IsoDate }, f) =>
    `The test is dated ${f.date(p.testedOn)}, after the assessment date ${f.date(p.asOf)}: on ${f.date(p.asOf)} there was no result yet.`,
  "input.language.first-official-language": (p: { received: InputValue }) =>
    `Expected "english" or "french", got ${p.received.type === "string" ? JSON.stringify(p.received.value) : `a value of type ${typeOf(p.received)}`}.`,

  // NOC codes and scores given to functions.
  "input.noc.unknown": (p: { code: InputValue }) =>
    `${raw(p.code)} is not a NOC 2016 (4-digit) or NOC 2021 (5-digit) unit group code.`,
  "input.noc.version-mismatch": (
    p: {
      code: string;
      version: number;
      asOf: IsoDate;
      listVersion: number;
      forward: boolean;
      codes: readonly string[];
    },
    f,
  ) =>
    `${p.code} is a NOC ${p.version} code, but on ${f.date(p.asOf)} the Accelerated Tech Pathway list uses NOC ` +
    `${p.listVersion} codes; give the NOC ${p.listVersion} code instead (${p.code} ${p.forward ? "became" : "came from"} ` +
    `${joinOr(p.codes)}).`,
  "input.score-not-finite": (p: { received: InputValue }) =>
    `Expected the score as a finite number, got ${raw(p.received)}.`,

  // The command line.
  "input.cli.empty": () => "The input is empty; expected a JSON object.",
  "input.cli.invalid-json": (p: { detail: string; line: number | null; column: number | null }) =>
    `Not valid JSON: ${p.detail}${p.line === null ? "" : ` (line ${p.line}, column ${p.column})`}`,
  "input.cli.line-keys": (p: { keys: readonly string[] }) =>
    `A line with "candidate" may have only "id" and "candidate"; found "${p.keys.join('", "')}".`,
  "input.cli.line-id": () => "Expected the id to be text or a finite number.",
  "input.cli.unknown-noc": (p: { code: string }) => `${JSON.stringify(p.code)} is not a NOC unit group code.`,
} satisfies TemplateSource;
