import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderMessagesDoc } from "../../scripts/messages-doc-render.js";

describe("docs/messages.generated.md", () => {
  it("matches the catalogues in src/locales (run `npm run docs:messages` after changing a message)", () => {
    const committed = readFileSync(new URL("../../docs/messages.generated.md", import.meta.url), "utf8");
    expect(committed).toBe(renderMessagesDoc());
  });
});
