// The AAIP Worker EOI terms next steps tell (fees, validity, the invitation period), as loaded from
// data/alberta/aaip-worker-eoi-terms.json. Internal: next-steps.ts reads them. Read on first use.

import termsJson from "../../../data/alberta/aaip-worker-eoi-terms.json" with { type: "json" };
import type { Citation } from "../../core/citation.js";
import { loadDated } from "../../core/dated.js";
import type { IsoDate } from "../../core/iso-date.js";

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

/** The versions of the term `name`, each its value's fields with its dates and source. */
function series<T extends object>(name: keyof AaipTerms): (T & Term)[] {
  return loadDated(termsJson.series[name], (value) => value as T).versions.map(({ from, to, source, value }) => ({
    ...value,
    from,
    ...(to === undefined ? {} : { to }),
    source,
  }));
}

let terms: AaipTerms | undefined;

/** The terms, read on first use. */
export function aaipTerms(): AaipTerms {
  if (terms !== undefined) return terms;
  terms = {
    workerEoiFee: series<{ readonly amountCad: number }>("workerEoiFee"),
    workerStreamApplicationFee: series<{ readonly amountCad: number }>("workerStreamApplicationFee"),
    // One version each, known from one day on.
    oneWorkerEoi: series<object>("oneWorkerEoi")[0] as Term,
    workerEoiValidity: series<{ readonly months: number }>("workerEoiValidity")[0] as Term & {
      readonly months: number;
    },
    invitationPeriod: series<{ readonly days: number }>("invitationPeriod")[0] as Term & { readonly days: number },
  };
  return terms;
}

/** The version of a term in force on `asOf`, if any. */
export function termOn<T extends Term>(versions: readonly T[] | T, asOf: IsoDate): T | undefined {
  const list: readonly T[] = Array.isArray(versions) ? versions : [versions as T];
  return list.find((v) => v.from <= asOf && (v.to === undefined || asOf < v.to));
}
