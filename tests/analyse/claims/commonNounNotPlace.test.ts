/**
 * A product named with a code ("Tossilan X-200") was read as a place: the name run took the code's letter
 * ("tossilan-x"), and a common noun some articles capitalise was a place wherever fewer than most articles did.
 * A claim "about" that place took no headline that did not name it, so the fact-checks that wrote "o tossilan"
 * stayed out of the story's claim. Invented texts (an invented syrup and code).
 */
import { describe, expect, it } from "vitest";
import { readStatements } from "../../../src/analyse/claims/statements.ts";
import { statementNames } from "../../../src/analyse/claims/names.ts";
import { source } from "../statementSources.ts";

describe("a code after a name", () => {
  it.each([
    ["O xarope Tossilan X-200 contém chumbo em excesso.", ["tossilan"]],
    ["The Harbour Line bought four F-16 jets from Norland.", ["harbour-line", "norland"]],
  ])("is no part of the name: %s", (text, names) => {
    expect(statementNames(text, new Set(["Tossilan", "Harbour", "Norland"]))).toEqual(names);
  });
});

describe("a capitalised word the case also writes in lower case", () => {
  const pt = (article: string, sentences: string[]) => source(article, 1, sentences, [], { language: "pt" });
  it("is a common noun, not a place; a name never written in lower case stays one", () => {
    const statements = readStatements([
      pt("a-1", ["Boato: Tossilan X-200 contém chumbo em excesso em Valdora."]),
      pt("b-1", ["Post afirma que o Tossilan X-200 contém chumbo em Valdora."]),
      pt("c-1", ["Não, o tossilan X-200 não contém chumbo."]),
      pt("d-1", ["O xarope tossilan é vendido em farmácias."]),
      pt("e-1", ["A farmácia de Ribamar vende outro xarope."]),
    ]);
    const namesOf = (article: string) => [...(statements.find((s) => s.article === article)?.names ?? [])];
    expect(namesOf("a-1")).toEqual(["valdora"]);
    expect(namesOf("b-1")).toEqual(["valdora"]);
    expect(namesOf("e-1")).toEqual(["ribamar"]);
  });
});
