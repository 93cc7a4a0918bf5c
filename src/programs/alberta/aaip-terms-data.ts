// The AAIP Worker EOI terms next steps tell (fees, validity, the invitation period), as loaded from
// data/alberta/aaip-worker-eoi-terms.json. Internal: next-steps.ts reads them. Read on first use.

import termsJson from "../../../data/alberta/aaip-worker-eoi-terms.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { type CitationJson, citationFromJson } from "../../core/citation-json.js";
import { type IsoDate, isoDate } from "../../core/iso-date.js";

interface TermJson {
  readonly from: string;
  readonly to?: string;
  readonly source: CitationJson;
}

interface TermsJson {
  readonly workerEoiFee: readonly (TermJson & { readonly amountCad: number })[];
  readonly workerStreamApplicationFee: readonly (TermJson & { readonly amountCad: number })[];
  readonly oneWorkerEoi: TermJson;
  readonly workerEoiValidity: TermJson & { readonly months: number };
  readonly invitationPeriod: TermJson & { readonly days: number };
}

/** A dated term: in force from `from` until the day before `to` (open-ended without `to`). */
export interface Term {
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly source: Citation;
}

/** The terms, by name. */
export interface AaipTerms {
  readonly workerEoiFee: readonly (Term & { readonly amountCad: number })[];
  readonly workerStreamApplicationFee: readonly (Term & { readonly amountCad: number })[];
  readonly oneWorkerEoi: Term;
  readonly workerEoiValidity: Term & { readonly months: number };
  readonly invitationPeriod: Term & { readonly days: number };
}

function term<T extends TermJson>(t: T): Omit<T, "from" | "to" | "source"> & Term {
  const { from, to, source, ...rest } = t;
  return {
    ...rest,
    from: isoDate(from),
    ...(to === undefined ? {} : { to: isoDate(to) }),
    source: citationFromJson(source),
  };
}

let terms: AaipTerms | undefined;

/** The terms, read on first use. */
export function aaipTerms(): AaipTerms {
  if (terms !== undefined) return terms;
  const json = termsJson as unknown as TermsJson;
  terms = {
    workerEoiFee: json.workerEoiFee.map(term),
    workerStreamApplicationFee: json.workerStreamApplicationFee.map(term),
    oneWorkerEoi: term(json.oneWorkerEoi),
    workerEoiValidity: term(json.workerEoiValidity),
    invitationPeriod: term(json.invitationPeriod),
  };
  return terms;
}

/** The version of a term in force on `asOf`, if any. */
export function termOn<T extends Term>(versions: readonly T[] | T, asOf: IsoDate): T | undefined {
  const list: readonly T[] = Array.isArray(versions) ? versions : [versions as T];
  return list.find((v) => v.from <= asOf && (v.to === undefined || asOf < v.to));
}
