/**
 * A product named with a code ("Paracetamol P-500") was read as a place: the name run took the code's letter
 * ("paracetamol-p"), and a common noun some articles capitalise was a place wherever fewer than most articles did.
 * A claim "about" that place took no headline that did not name it, so the fact-checks that wrote "o paracetamol"
 * stayed out of the story's claim. Invented texts (an invented syrup and code).
 */
import { describe, expect, it } from "vitest";
import { statementNames } from "../../../src/analyse/claims/names.ts";

describe("a code after a name", () => {
  it.each([
    ["O xarope Tossilan X-200 contém um vírus perigoso.", ["tossilan"]],
    ["The Harbour Line bought four F-16 jets from Norland.", ["harbour-line", "norland"]],
  ])("is no part of the name: %s", (text, names) => {
    expect(statementNames(text, new Set(["Tossilan", "Harbour", "Norland"]))).toEqual(names);
  });
});
