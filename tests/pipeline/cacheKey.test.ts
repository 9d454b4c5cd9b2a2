/** A cached reading depends on the case's given outlets only where the article names one: what the cache key must see. */
import { describe, expect, it } from "vitest";
import { givenOutletsNamedIn } from "../../src/pipeline.ts";

const valley = { name: "Valley Post", aliases: [], descriptors: [], domains: ["valleypost.example"], kind: "unknown" as const };
const river = { name: "River Ledger", aliases: ["Ledger of the River"], descriptors: [], domains: [], kind: "unknown" as const };

describe("givenOutletsNamedIn", () => {
  it("changes when a newly given outlet is named in the text, and only then", () => {
    const text = "As Valley Post reported, the ferry stops in June.";
    expect(givenOutletsNamedIn(text, [valley])).not.toBe(givenOutletsNamedIn(text, []));
    expect(givenOutletsNamedIn(text, [valley, river])).toBe(givenOutletsNamedIn(text, [valley]));
  });
  it("sees an outlet named by its domain's label", () => {
    expect(givenOutletsNamedIn("Source: valleypost.example/story", [valley])).not.toBe("");
  });
});
