/**
 * A product named with a code ("Tossilan X-200") was read as a name run that took the code's letter ("tossilan-x"):
 * the letter belongs to the code. Invented texts (an invented syrup and code).
 */
import { describe, expect, it } from "vitest";
import { statementNames } from "../../../src/analyse/claims/names.ts";

describe("a code after a name", () => {
  it.each([
    ["O xarope Tossilan X-200 contém chumbo em excesso.", ["tossilan"]],
    ["The Harbour Line bought four F-16 jets from Norland.", ["harbour-line", "norland"]],
  ])("is no part of the name: %s", (text, names) => {
    expect(statementNames(text, new Set(["Tossilan", "Harbour", "Norland"]))).toEqual(names);
  });
});
