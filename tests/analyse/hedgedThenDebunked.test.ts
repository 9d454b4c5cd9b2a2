/**
 * An article that first passes a claim on at arm's length ("a clip shows a man allegedly confirming that P") and further
 * on reports it refuted ("The company has refuted such claims") reports it false, as a relayed text closed by a later
 * verdict is (stance.relayed_debunked). The hedge alone made the stance "only mentions", whatever followed. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { readingAt } from "./stanceHelpers.ts";

describe("a hedged claim answered by a later verdict", () => {
  const hedged = "The clip shows a man allegedly confirming that the Tessby ferry sank near the harbour on Sunday.";
  it("reads the claim false", () => {
    const reading = readingAt("en", [hedged, "He goes on to name the crew members.", "Listen to the clip below.", "The ferry company has refuted such claims, saying the ferry is in dock."], 0);
    expect([reading.stance, reading.rule]).toEqual(["false", "stance.hedged_debunked"]);
  });

  it("only mentions it with no verdict after it", () => {
    const reading = readingAt("en", [hedged, "He goes on to name the crew members.", "The ferry company will speak on Monday."], 0);
    expect([reading.stance, reading.rule]).toEqual(["mentions", "stance.hedged"]);
  });
});
