// Probe 21, item 13: one unnamed official read from two starts was two sources. Invented text.
import { expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string): string[] => sourceLabels(readPlain(body, "en", "Valley Ledger"));

it("an unnamed official whose phrase is read from two starts is one source", () => {
  const text = "The council will raise value-added tax on ferries from 10% to 21% from January 1, a senior port official who spoke on condition of anonymity told the Valley Post. The vote is on October 14, the official said.";
  // One source; its label is the phrase the clause describes ("value-added" is no speech verb whose inverted subject
  // gave it its article before session 34).
  expect(sources(text)).toEqual(["anonymous:senior port official"]);
});

it("two unnamed sources of one noun stay two", () => {
  expect(sources("A port official said the fee will rise. A customs official said it will not.")).toEqual(["anonymous:A port official", "anonymous:A customs official"]);
});
