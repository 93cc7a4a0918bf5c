// Tests of src/core/render.ts at its edges: what cannot be rendered is a RenderError naming the
// message, never a TypeError from inside a template.
import { describe, expect, it } from "vitest";
import { message, text } from "../../src/core/message.js";
import { RenderError, renderAssessment, renderMessage, renderResult } from "../../src/index.js";
import { en } from "../../src/locales/en/index.js";
import { fr } from "../../src/locales/fr/index.js";

// The mistakes a JavaScript caller or an `as` cast can make.
const loose = (value: unknown): never => value as never;

function thrown(call: () => unknown): { messageId: string | undefined; message: string } | string {
  try {
    return `rendered: ${JSON.stringify(call())}`;
  } catch (e) {
    return e instanceof RenderError ? { messageId: e.messageId, message: e.message } : `another error: ${String(e)}`;
  }
}

describe("renderMessage, renderResult and renderAssessment refuse what they cannot render", () => {
  const hello = text("Hello");
  it.each([
    ["a locale given as its tag", () => renderMessage(hello, loose("fr")), 'got "fr"'],
    ["no locale", () => renderMessage(hello, loose(undefined)), "got nothing"],
    [
      "a locale without its catalogue",
      () => renderResult(loose({}), loose({ tag: "fr-CA" })),
      "got an object of type Object",
    ],
    ["null as locale", () => renderAssessment({}, loose(null)), "got null"],
  ])("%s", (_name, call, got) => {
    expect(thrown(call)).toStrictEqual({
      messageId: undefined,
      message: `locale must be a locale catalogue (import { en } from "alberta-atp/locales/en", or fr); ${got}.`,
    });
  });

  it("a value that is not a message", () => {
    expect(thrown(() => renderMessage(loose(undefined), en))).toStrictEqual({
      messageId: undefined,
      message: "Expected a message ({ id, params }) to render; got nothing.",
    });
  });

  it("an id the locale has no text for, inherited object keys included", () => {
    for (const id of ["no.such.id", "toString", "__proto__"]) {
      expect(thrown(() => renderMessage(loose({ id, params: {} }), fr))).toStrictEqual({
        messageId: id,
        message: `No "fr-CA" text for message "${id}".`,
      });
    }
  });

  it("params that do not fit the message's text", () => {
    // rule.all.fail lists its parts: without them its template cannot run.
    const broken = loose({ id: "rule.all.fail", params: {} });
    const r = thrown(() => renderMessage(broken, en));
    expect(typeof r === "object" && [r.messageId, r.message.split(":")[0]]).toEqual([
      "rule.all.fail",
      'The "en-CA" text of message "rule.all.fail" could not be rendered from its params',
    ]);
    // The plain-text message with an object for its text renders no string.
    expect(thrown(() => renderMessage(loose({ id: "text", params: { text: {} } }), en))).toStrictEqual({
      messageId: "text",
      message: 'The params of message "text" do not fit its "en-CA" text.',
    });
  });

  it("a message without a param its text needs (stored by another version, built by hand)", () => {
    // rule.all.pass reads `count`: without it the text would say "All undefined requirements".
    for (const [locale, tag] of [
      [en, "en-CA"],
      [fr, "fr-CA"],
    ] as const) {
      expect(thrown(() => renderMessage(loose({ id: "rule.all.pass", params: {} }), locale))).toStrictEqual({
        messageId: "rule.all.pass",
        message: `The "${tag}" text of message "rule.all.pass" needs the param "count", which the message does not have.`,
      });
    }
    // Each id of the catalogue, with no params: rendered without "undefined" or "NaN", or refused.
    for (const locale of [en, fr]) {
      for (const id of Object.keys(locale.messages)) {
        const r = thrown(() => renderMessage(loose({ id, params: {} }), locale));
        if (typeof r === "string") expect(r, id).not.toMatch(/\bundefined\b|\bNaN\b|another error/);
      }
    }
  });

  it("a well-formed message still renders in both locales", () => {
    expect(renderMessage(message("rule.all.pass", { count: 4 }), en)).toBe("All 4 requirements are met.");
    expect(renderMessage(hello, fr)).toBe("Hello");
  });
});
