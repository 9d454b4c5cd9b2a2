/**
 * Offices written with capitals are no one's name: a run of capitalised words that ends on a role noun and opens on no
 * given name ("Chief Records Officer", "Deputy Registrar") names an office, and offices stacked between commas after a
 * name ("Tomas Verlaine, Deputy Registrar, Chief Records Officer, said") leave the name before the first of them as the
 * speaker. A given name keeps a surname spelt like a role ("Marta King"). Own invented texts.
 */
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("offices written with capitals", () => {
  it.each([
    ["two offices stacked after the name", "Answering the letter, Tomas Verlaine, Deputy Registrar, Chief Records Officer, said, “The harbour deeds were lost in 1911.”"],
    ["two offices, the first a secretary's", "Answering the letter, Tomas Verlaine, Assistant Secretary, Chief Records Officer, said, “The harbour deeds were lost in 1911.”"],
    ["one office after the name", "Tomas Verlaine, Deputy Registrar, said, “The harbour deeds were lost in 1911.”"],
  ])("%s: the name speaks", (_, text) => {
    expect(sourceLabels(readPlain(text, "en"))).toEqual(["named:Tomas Verlaine"]);
  });

  it("a capitalised office before a verb names nobody", () => {
    expect(sourceLabels(readPlain("The petition asks for the Day on which Former Deputy Harbour Minister declared as open the new bridge.", "en"))).toEqual([]);
  });

  it("a given name before a surname spelt like a role keeps the person", () => {
    expect(sourceLabels(readPlain("Marta King, a singer, said the show was over.", "en"))).toEqual(["named:Marta King"]);
  });
});
