/**
 * Offices written with capitals are no one's name: a run of capitalised words that ends on a role noun and opens on no
 * given name ("Chief Records Officer", "Deputy Registrar") names an office, and offices stacked between commas after a
 * name ("Tomas Verlaine, Deputy Registrar, Chief Records Officer, said") leave the name before the first of them as the
 * speaker. A given name keeps a surname spelt like a role ("Carole King"). Own invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("offices written with capitals", () => {
  it.each([
    ["two offices stacked after the name", "In its reply, Tomas Verlaine, Deputy Registrar, Chief Records Officer, said, “No such record exists in this office.”"],
    ["two offices, the first opening on a preposition", "In its reply, Tomas Verlaine, Under Secretary, Chief Records Officer, said, “No such record exists in this office.”"],
    ["one office after the name", "Tomas Verlaine, Deputy Registrar, said, “No such record exists in this office.”"],
  ])("%s: the name speaks", (_, text) => {
    expect(sourceLabels(readPlain(text, "en"))).toEqual(["named:Tomas Verlaine"]);
  });

  it("a capitalised office before a verb names nobody", () => {
    expect(sourceLabels(readPlain("Please Provide the Date on which Current Honorable Chief Minister declared as the best mayor.", "en"))).toEqual([]);
  });

  it("a given name before a surname spelt like a role keeps the person", () => {
    expect(sourceLabels(readPlain("Carole King, a singer, said the show was over.", "en"))).toEqual(["named:Carole King"]);
  });
});
