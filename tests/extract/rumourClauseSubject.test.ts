/**
 * A speech verb inside the clause a noun for false content opens ("a fake news that the Council had announced …") is
 * the rumour's content: its subject said nothing the article heard, and is no source. Reports that someone said a thing
 * still make that someone a source. Own invented texts.
 */
import { describe, expect, it } from "vitest";
import { loadDefaultRegistry } from "../../src/ingest/loadCase.ts";
import { readPlain, readText, sourceLabels } from "./helpers.ts";

describe("the subject of a speech verb inside a rumour's clause", () => {
  it.each([
    ["a fake news", "Club supporters circulated a fake news that the Olympic Council had announced a new medal for their coach."],
    ["a hoax", "Thousands shared the hoax that the Velmar Weather Office had announced a week of snow in July."],
    ["false claims", "The page spread false claims that Dr Anna Berg had said the water was poisoned."],
  ])("after %s, is no source", (_, text) => {
    expect(sourceLabels(readPlain(text, "en"))).toEqual([]);
  });

  it("after a plain report noun, is still one", () => {
    expect(sourceLabels(readPlain("Local reports that Dr Anna Berg had said the water was safe spread quickly.", "en"))).toContain("named:Anna Berg");
  });

  it("an outlet named inside a rumour's clause is not cited", async () => {
    const registry = await loadDefaultRegistry();
    const reading = readText("Thousands shared the hoax that Reuters had reported a sea serpent in the harbour.", registry, { outlet: "Test Daily", language: "en" });
    expect(reading.attributions.map((a) => a.outletName)).toEqual([]);
  });
});
