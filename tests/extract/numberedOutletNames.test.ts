// A broadcaster's or paper's name that ends in a number ("Radio Lagune 7", "Onda Sur 3"): the capitalised words of a
// name stop before the figure, so the frames missed the citation and a speaker was read from the word before it, a
// place ("Lagune") made a body. A number after any other word is a date or a count, never part of a name.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readText, sourceLabels } from "./helpers.ts";

const registry = createOutletRegistry([
  { name: "Marée 24", aliases: [], descriptors: [], domains: [], kind: "broadcaster" },
  { name: "Onda Sur 3", aliases: [], descriptors: [], domains: [], kind: "broadcaster" },
  { name: "Quillon Post", aliases: [], descriptors: [], domains: [], kind: "newspaper" },
]);
const read = (text: string, language: string) => readText(text, registry, { outlet: "Test Daily", language });
const cited = (text: string, language: string): string[] => read(text, language).attributions.map((a) => a.outletName);

describe("a number that ends an outlet's name", () => {
  it.each([
    ["« Nous n'avons jamais diffusé cette image », a indiqué Marée 24.", "fr", "Marée 24"],
    ["Selon Marée 24, le ferry est reparti mardi.", "fr", "Marée 24"],
    ["Según Onda Sur 3, el puente seguirá cerrado.", "es", "Onda Sur 3"],
    ["According to the broadcaster Quill 9, the mayor resigned.", "en", "Quill 9"],
  ])("%s", (text, language, outlet) => {
    expect(cited(text, language)).toEqual([outlet]);
  });

  it("reads no body from the word before the number", () => {
    expect(sourceLabels(read("« Nous n'avons jamais diffusé cette image », a indiqué Marée 24.", "fr"))).toEqual([]);
  });

  it.each([
    ["Here is a Quillon Post report published on July 24, 2019 about the storm.", "en"],
    ["The ferry left at Gate 12, the harbour master said.", "en"],
  ])("%s names no outlet of a date or a count", (text, language) => {
    expect(cited(text, language).filter((o) => /\d/u.test(o))).toEqual([]);
  });
});

describe("French outlets that deny or publish a denial", () => {
  it.each([
    ["Le ferry n'a jamais coulé. Toute chose que Marée 24 dément ce 2 mai 2024.", "Marée 24"],
    ["Marée 24 a publié ce 2 mai 2024 un démenti sur sa page Facebook.", "Marée 24"],
    ["« Nous n'avons jamais publié cela », a écrit Marée 24 sur son compte officiel.", "Marée 24"],
  ])("%s", (text, outlet) => {
    expect(cited(text, "fr")).toEqual([outlet]);
  });
});
