// A report the text denies is no citation: "The claim was not reported by The Times" once drew an arrow to The Times
// at 0.95 in a fact-check written to probe the reader.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Reuters", aliases: [], descriptors: [], domains: [], kind: "agency" },
  { name: "The Times", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
  { name: "BBC", aliases: ["the BBC"], descriptors: [], domains: [], kind: "broadcaster" },
]);

function cited(body: string, language = "en"): string[] {
  return readText(body, registry, { outlet: "Test Daily", language }).attributions.map((a) => a.outletName);
}

describe("a report the text denies", () => {
  it.each([
    "The rumour was never reported by Reuters.",
    "The rumour was not reported by The Times, the BBC or any other national outlet.",
    "The rumour hasn't been reported by Reuters.",
  ])("is no citation: %j", (body) => {
    expect(cited(body)).toEqual([]);
  });

  it("is still a citation when affirmed or when the negation belongs to another clause", () => {
    expect(cited("The rumour was first reported by Reuters on Monday.")).toEqual(["Reuters"]);
    expect(cited("The mayor did not resign, as reported by Reuters.")).toEqual(["Reuters"]);
    expect(cited("The rumour was not only reported by Reuters.")).toEqual(["Reuters"]);
  });
});
