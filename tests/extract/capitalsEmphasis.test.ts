// Probe 27b item 1a: a word written in capitals for emphasis after a pronoun ("What he REALLY said is …") was read as
// an acronym nobody introduced, so an organisation "REALLY" quoted the words and an attribution drift credited it.
// Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("capitals for emphasis after a pronoun name no one", () => {
  it.each([
    "Mayor Ilse Varga spoke in March. What she REALLY said is “The northern canal must be inspected before winter.”",
    "Mayor Ilse Varga spoke in March. She NEVER said “The northern canal must close.”",
  ])("%s", (text) => {
    const labels = sourceLabels(readPlain(text, "en"));
    expect(labels.some((l) => /REALLY|NEVER/u.test(l))).toBe(false);
  });
});

describe("control: an acronym as the subject is a body", () => {
  it("“The bridge is closed,” NATO said.", () => {
    expect(sourceLabels(readPlain("“The bridge is closed,” NATO said.", "en"))).toContain("organisation:NATO");
  });
  it("After the meeting NATO said “The bridge is closed.”", () => {
    expect(sourceLabels(readPlain("After the meeting NATO said “The bridge is closed.”", "en"))).toContain("organisation:NATO");
  });
});
