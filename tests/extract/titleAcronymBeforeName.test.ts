// A title's or a rank's abbreviation in capitals after a party's, a body's or a place's capitalised words ("Harbour
// Party TD Anna Vell Corrin", "Labour MP …", "mkoa wa Velo SACP Juma Kivuli") was read as part of the person's name: the
// speaker was "Rent TD Anna Vell Corrin", "Velo SACP Juma Kivuli". The person is the full name after the abbreviation,
// which is their role. Own invented sentences.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const people = (body: string, language: string) => readPlain(body, language).sources.filter((s) => s.type === "named").map((s) => [s.name, s.role]);

describe("a title's abbreviation between a body's words and a full name", () => {
  it.each([
    ["en", 'Homes Before Rent TD Anna Vell Corrin said the plan "is a disgrace".', "Anna Vell Corrin", "TD"],
    ["en", 'Labour MP Anna Vell Corrin said the plan "is a disgrace".', "Anna Vell Corrin", "MP"],
    ["en", 'Green Dawn TD Anna Vell said the plan "is a disgrace".', "Anna Vell", "TD"],
    ["sw", "Kamanda wa polisi mkoa wa Velo SACP Juma Kivuli alisema kwamba si kweli.", "Juma Kivuli", "SACP"],
  ])("%s: %j names %s (%s)", (language, body, name, role) => {
    expect(people(body, language)).toEqual([[name, role]]);
  });

  it("leaves a person's initials opening their name and a body's acronym before a name as they were", () => {
    expect(people("The ferry will run every day, said engineer JT Morrow on Monday.", "en")).toEqual([["JT Morrow", "engineer"]]);
    expect(people("The spokesman for the river patrol service RPS Tomas Reel said the ferry would run every day.", "en").map(([n]) => n)).toEqual(["Tomas Reel"]);
  });
});

// The same abbreviation after a full name ("Paul Vell TD", postnominal) was read as part of the name too.
describe("a title's abbreviation after a full name", () => {
  it.each([
    ["Paul Vell TD told the council that the women \"were searched\".", "Paul Vell", "TD"],
    ['"The women were searched," said Paul Vell TD.', "Paul Vell", "TD"],
  ])("%j names %s (%s)", (body, name, role) => {
    expect(people(body, "en")).toEqual([[name, role]]);
  });

  it("leaves a body's acronym after its name to the body", () => {
    expect(sourceLabels(readPlain('The Velmont Harbour Service VHS said the ferry "will run".', "en"))).toEqual(["organisation:Velmont Harbour Service VHS"]);
  });
});

