import { describe, expect, it } from "vitest";
import { message } from "../../src/core/message.js";
import { FST_TRADE_GROUPS, fstTradeGroupsText } from "../../src/programs/federal/fst-trades.js";
import { reasonOf } from "../fixtures/messages.js";

describe("the FST trade groups in words, from the data", () => {
  it("names every version's groups, newest first, with the excluded groups and the end of the older one", () => {
    expect(reasonOf({ message: message("fst.trade.none", { groups: fstTradeGroupsText() }) })).toBe(
      "No job in the work history is in a skilled trade (NOC 2021 Major Groups 72 except 726, 73, 82, 83, 92, 93 except 932, Minor Group 6320, Unit Group 62200; " +
        "NOC 2016 Major Groups 72, 73, 82, 92, Minor Groups 632, 633 before 2022-11-16); FST needs two years in one.",
    );
  });

  it("the versions meet on 2022-11-16: NOC 2016 until the day before, NOC 2021 from it", () => {
    expect(FST_TRADE_GROUPS.map((v) => [v.from, v.to, v.value.noc])).toEqual([
      ["2015-01-01", "2022-11-16", 2016],
      ["2022-11-16", undefined, 2021],
    ]);
  });
});
