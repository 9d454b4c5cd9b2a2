// core/latin.ts plainLatinLetters: the plain letters every spelling key of a name starts from. Invented names.
import { describe, expect, it } from "vitest";
import { nameSkeleton, plainLatinLetters } from "../../src/core/latin.ts";

describe("plainLatinLetters", () => {
  it.each([
    ["Ćosić-Nowak", "cosicnowak"],
    ["Dalia Ørn", "daliarn"],
    ["Åse Lindqvist", "aselindqvist"],
    ["O'Brien 3", "obrien"],
    ["Ğülşen", "gulsen"],
  ])("%s → %s", (name, letters) => {
    expect(plainLatinLetters(name)).toBe(letters);
  });

  it("is where a name's skeleton starts", () => {
    expect(nameSkeleton("Rámakant")).toBe(nameSkeleton("Ramakant"));
  });
});
