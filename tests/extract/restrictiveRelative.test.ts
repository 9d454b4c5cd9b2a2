// Probe 21, item 14: a restrictive relative clause between a subject and its verb names where the speaker works, not
// who speaks. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string): string[] => sourceLabels(readPlain(body, "en", "Valley Ledger"));

describe("the body a relative clause names is where the speaker works", () => {
  it.each([
    ["The pier will close in May. A friend who works at the port agency told me.", "anonymous:A friend"],
    ["The pier will close in May, a cousin who works for the ministry told reporters.", "anonymous:a cousin"],
    ["Jana Berg who chairs the harbour board said the pier will close.", "named:Jana Berg"],
  ])("%s", (text, source) => {
    expect(sources(text)).toEqual([source]);
  });

  it("an unnamed source's phrase keeps its clause", () => {
    expect(sources("A source who works at the port agency told me the pier will close.")).toEqual(["anonymous:A source who works at the port agency"]);
  });

  it("one capitalised word before the clause names nobody", () => {
    expect(sources("Fans who saw the show said she looked tired.")).toEqual([]);
  });
});
