// "Someone added …": an indefinite pronoun opening a sentence is capitalised for its place and names nobody.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("indefinite pronouns are no speaker's name", () => {
  it.each(["Someone", "Somebody", "Everyone", "Nobody"])("%s said …", (pronoun) => {
    expect(sourceLabels(readPlain(`${pronoun} added “Parky McParkface” to the shortlist for the new town square.`, "en"))).toEqual([]);
  });
});
