// A sentence that opens on where it happened ("In Harbourton, officials said") names no person: the place after the
// capitalised preposition was read as a name with the role after its comma, an invented person.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("a capitalised preposition opening a sentence", () => {
  it("makes the place its object, and the officials after the comma speak", () => {
    const labels = sourceLabels(readPlain("In Harbourton, officials said the bridge would reopen on Monday.", "en"));
    expect(labels.some((l) => l.includes("Harbourton"))).toBe(false);
    expect(labels).toContain("anonymous:officials");
  });

  it("gives no person the place's name where a role follows the comma", () => {
    const reading = readPlain("In Harbourton, the mayor said the bridge would reopen.", "en");
    expect(reading.sources.filter((s) => s.type === "named").map((s) => s.name)).toEqual([]);
  });

  it("still reads a name the text writes mid-sentence, whatever its first word", () => {
    const reading = readPlain("Officials met Anna Berg on Monday. Anna Berg, the harbour master, said the bridge was safe.", "en");
    expect(sourceLabels(reading)).toContain("named:Anna Berg");
  });
});
