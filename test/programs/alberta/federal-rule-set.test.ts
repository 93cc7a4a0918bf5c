import { describe, expect, it } from "vitest";
import {
  assessAcceleratedTechPathway,
  assessAlbertaExpressEntry,
  EXPRESS_ENTRY_RULES,
  extendRuleSet,
  parseCandidate,
} from "../../../src/index.js";
import { ASOF, exampleCandidate } from "../../fixtures/alberta/builders.js";

function candidate() {
  const parsed = parseCandidate(exampleCandidate());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe("Alberta assessments with a custom federal rule set", () => {
  // The example software engineer qualifies through FSW and CEC, not FST (21231 is not a trade).
  const onlyTrades = extendRuleSet(EXPRESS_ENTRY_RULES, {
    id: "test/fst-only",
    remove: ["federal.skilled-worker", "federal.canadian-experience-class"],
  });

  it("uses EXPRESS_ENTRY_RULES by default", () => {
    const atp = assessAcceleratedTechPathway(candidate(), { asOf: ASOF });
    expect(atp.status).toBe("eligible");
  });

  it("nests the federal rule set it is given, so FSW/CEC/FST rules can be changed from an Alberta assessment", () => {
    const atp = assessAcceleratedTechPathway(candidate(), { asOf: ASOF, federalRuleSet: onlyTrades });
    expect(atp.status).toBe("ineligible");
    const federal = atp.result.children
      ?.find((c) => c.id === "alberta-ee")
      ?.children?.find((c) => c.id === "alberta-ee.federal-program");
    expect(federal?.verdict).toBe("fail");
    expect(federal?.children?.[0]?.children?.map((c) => c.id)).toEqual(["federal.skilled-trades"]);
    expect(atp.failed.some((f) => f.id.startsWith("fst."))).toBe(true);
  });

  it("applies to the stream assessment too", () => {
    expect(assessAlbertaExpressEntry(candidate(), { asOf: ASOF }).status).toBe("eligible");
    expect(assessAlbertaExpressEntry(candidate(), { asOf: ASOF, federalRuleSet: onlyTrades }).status).toBe(
      "ineligible",
    );
  });
});
