// "Selon le procureur de la République de Lyon, Marc Durtal, …", "According to the mayor of Harbourton, Tom Vale, …": after
// "according to", an office after a definite article and its holder's name set off by commas is that person with that
// role. Before: nobody was read (the comma broke the role-before-name reading; "procureur" was no French role noun).
// Own invented texts (French cities are places, not persons).
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const people = (body: string, language: string) => readPlain(body, language).sources.map((s) => [s.type, s.name, s.role]);

describe("a role and its holder's name set off by commas after 'according to'", () => {
  it.each([
    ["fr", "Selon le procureur de la République de Lyon, Marc Durtal, le suspect a été arrêté.", "Marc Durtal", "procureur de la République de Lyon"],
    ["fr", "Selon le maire de Rocheval, Paul Dubreuil, le pont restera fermé.", "Paul Dubreuil", "maire de Rocheval"],
    ["en", "According to the mayor of Harbourton, Tom Vale, the bridge will stay closed.", "Tom Vale", "mayor of Harbourton"],
  ])("%s: %s", (language, body, name, role) => {
    expect(people(body, language)).toEqual([["named", name, role]]);
  });

  it("a name that opens its own clause after the role is not apposed to it", () => {
    expect(people("According to the mayor, Tom Vale was arrested on Monday.", "en").filter(([, , role]) => role === "mayor")).toEqual([]);
  });
});
