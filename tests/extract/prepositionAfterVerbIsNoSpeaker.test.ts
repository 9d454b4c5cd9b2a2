// "Argues against union activists asking for …": after a speech verb, a phrase that opens on a preposition is the
// preposition's object, never the inverted speaker; read as one, it drew an anonymous source "against union activists".
// Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a preposition after a speech verb opens no inverted speaker", () => {
  it.each([
    "Argues against union activists asking for a longer season.",
    "The mayor argued against local residents who wanted the pier closed.",
    "He spoke without officials present at the harbour.",
  ])("%s", (text) => {
    expect(sourceLabels(readPlain(text, "en")).filter((l) => l.startsWith("anonymous:"))).toEqual([]);
  });

  it("control: the phrase after the verb is still the speaker where no preposition opens it", () => {
    expect(sourceLabels(readPlain("\"The pier stays closed,\" said a senior official.", "en"))).toEqual(["anonymous:a senior official"]);
  });
});
