// Tests of notAnswered (src/core/define-rule.ts), the one helper leaf rules use for an input left
// out: `unknown`, the reason, and the paths in `missing`; and of a leaf built with it on both
// sides of "answered": left out is unknown, `null` ("answered: none") is decided.
import { describe, expect, it } from "vitest";
import type { Citation } from "../../src/core/citation.js";
import { defineRule, notAnswered } from "../../src/core/define-rule.js";
import { isoDate } from "../../src/core/iso-date.js";
import { text } from "../../src/core/message.js";
import { notAnswered as publicNotAnswered } from "../../src/index.js";

const source: Citation = {
  title: "Test source",
  url: "https://example.org/",
  retrieved: isoDate("2026-01-01"),
};
const ctx = { asOf: isoDate("2026-01-15") };

describe("notAnswered", () => {
  it("is unknown, with the reason and one path as a list", () => {
    expect(notAnswered("The province of the job was not answered.", ["jobOffer.province"])).toStrictEqual({
      verdict: "unknown",
      message: { id: "text", params: { text: "The province of the job was not answered." } },
      missing: ["jobOffer.province"],
    });
  });

  it("keeps a list of paths as given, in order", () => {
    const paths = ["maritalStatus", "spouse"];
    const outcome = notAnswered("Marital status is not given (maritalStatus).", paths);
    expect(outcome.missing).toBe(paths);
    expect(outcome.verdict).toBe("unknown");
  });

  it("is exported from the package", () => {
    expect(publicNotAnswered).toBe(notAnswered);
  });
});

describe("a leaf rule built with it", () => {
  const sibling = defineRule<{ sibling?: boolean | null }>({
    id: "test.sibling",
    title: "A sibling in Canada",
    source,
    check: ({ sibling }) =>
      sibling === undefined
        ? notAnswered("Whether a sibling lives in Canada was not answered.", ["siblingInCanada"])
        : { verdict: sibling === true ? "pass" : "fail", message: text(sibling === true ? "Yes." : "No.") },
  });

  it("is unknown with the path missing when the field is left out", () => {
    const r = sibling.evaluate({}, ctx);
    expect(r.verdict).toBe("unknown");
    expect(r.missing).toEqual(["siblingInCanada"]);
    expect(r.source).toBe(source);
  });

  it("decides, with nothing missing, on an answer, none (null) included", () => {
    expect(sibling.evaluate({ sibling: true }, ctx).verdict).toBe("pass");
    const none = sibling.evaluate({ sibling: null }, ctx);
    expect(none.verdict).toBe("fail");
    expect(none.missing).toBeUndefined();
  });
});
