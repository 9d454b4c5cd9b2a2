// Readings a probe of invented cases found wrong (probe 18), each pinned with texts of our own: a registry name inside a
// longer outlet name.
import { describe, expect, it } from "vitest";
import type { CleanArticle } from "../../src/clean/types.ts";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { paragraphSpans } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "The Morning Courier", aliases: ["Morning Courier"], descriptors: [], domains: ["morningcourier.example"], kind: "newspaper" },
  { name: "The Weekly Lantern", aliases: ["Weekly Lantern"], descriptors: [], domains: ["weeklylantern.example"], kind: "newspaper" },
]);

function read(body: string, language = "en", outlet = "Northfield Ledger") {
  const article: CleanArticle = { meta: { id: "t", file: "t.md", format: "markdown", outlet, language }, text: body, body, paragraphs: paragraphSpans(body), kept: [], removed: [], creditLines: [] };
  return readArticle(article, registry);
}
const cited = (body: string, language = "en"): string[] => read(body, language).attributions.map((a) => a.outlet);

describe("a registry name that opens a longer outlet name is not that outlet", () => {
  it.each([
    ["The Morning Courier of Devon understands that the quarry will close in May.", "outlet:morning-courier"],
    ["The Weekly Lantern of Fife reported that the ferry was late again.", "outlet:weekly-lantern"],
  ])("%s", (text, national) => {
    expect(cited(text)).not.toContain(national);
  });

  it("the registry name alone, or before a person, is still the registered outlet", () => {
    expect(cited("The Morning Courier understands that the quarry will close in May.")).toEqual(["outlet:morning-courier"]);
  });
});
