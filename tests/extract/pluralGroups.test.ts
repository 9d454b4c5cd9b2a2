// One capitalised plural noun opening a sentence ("Netizens say", "Campaigners said") was read as a named person (probe 24
// item 4), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const labels = (body: string) => readPlain(body, "en", "Own Paper").sources.map((s) => `${s.type}:${s.name}`);

describe("a plural common noun that speaks is an unnamed group", () => {
  it.each([
    ["Netizens say the photo of the white heron is fake.", "anonymous:Netizens"],
    ["Campaigners said the river had been poisoned.", "anonymous:Campaigners"],
    ["The heron photo is fake. Birdwatchers have said the heron was painted.", "anonymous:Birdwatchers"],
  ])("%s", (text, label) => {
    expect(labels(text)).toEqual([label]);
  });

  it.each([
    // A surname with a singular verb, or one the article wrote after a given name, stays the person.
    ["Banks says the river had been poisoned.", ["named:Banks"]],
    ["Dr Anna Wells visited the site. Wells said the river had been poisoned.", ["named:Wells"]],
    // A role noun's plural names no one, as before.
    ["Scientists say the river had been poisoned.", []],
    ["Residents say the river had been poisoned.", ["anonymous:Residents"]],
  ])("control: %s", (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });
});
