// A subject described by an article or a possessive and a noun the role list does not know, then the person's name set
// off by commas ("His agent, Tessa Quaid, said"), named no one; German glued such a noun to the name ("sagte seine
// Managerin Tessa Quaid" → "Managerin Tessa Quaid") (probe 24 item 16), pinned with texts of our own.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const named = (body: string, language: string) => readPlain(body, language, "Own Paper").sources.map((s) => [s.name, s.role]);

describe("the name in the apposition speaks, whatever the noun before it", () => {
  it.each([
    ["en", 'His agent, Tessa Quaid, said: "The tour goes on."', "Tessa Quaid", "His agent"],
    ["en", "His agent, Tessa Quaid, said the tour goes on.", "Tessa Quaid", "His agent"],
    ["en", 'The band\'s agent, Tessa Quaid, said: "The tour goes on."', "Tessa Quaid", "The band's agent"],
    ["es", "Su representante, Tessa Quaid, dijo que la gira sigue.", "Tessa Quaid", "Su representante"],
    ["fr", "Un élu régional, Marco Vanni, a affirmé que « la gare fermera ».", "Marco Vanni", "élu régional"],
    ["de", '„Die Tour geht weiter", sagte seine Managerin Tessa Quaid.', "Tessa Quaid", "seine Managerin"],
    // Control: a role noun the list knows was read before.
    ["en", 'His manager, Tessa Quaid, said: "The tour goes on."', "Tessa Quaid", "His manager"],
  ])("%s: %s", (language, text, name, role) => {
    expect(named(text, language)).toEqual([[name, role]]);
  });

  it("control: a short aside in small letters before a name is no description of it", () => {
    expect(named("In the end, Tessa Quaid said the tour goes on.", "en").map(([n]) => n)).toEqual(["Tessa Quaid"]);
  });
});
