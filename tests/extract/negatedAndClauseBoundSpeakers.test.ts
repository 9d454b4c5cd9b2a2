// Who did not confirm says nothing ("cosa que las autoridades no anunciaron"), and an unnamed source's phrase never runs
// over a clause of its own ("del hallazgo, cosa que …", "con las autoridades y que el hombre que dijo …").
// Own invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

const sources = (body: string, language: string): string[] => sourceLabels(readPlain(body, language));

describe("the subject of a negated speech verb", () => {
  it("is no source, nor is the phrase before it (es)", () => {
    const body = "Por la tarde se oyó en la radio a unos buzos que avisaban del hallazgo, cosa que las autoridades no anunciaron.";
    expect(sources(body, "es").filter((l) => /autoridades|hallazgo/u.test(l))).toEqual([]);
  });

  it.each([
    ["es", "Las autoridades no lo confirmaron."],
    ["pt", "As autoridades não confirmaram a notícia."],
  ])("is no source (%s): %s", (language, body) => {
    expect(sources(body, language)).toEqual([]);
  });

  it.each([
    ["es", "Las autoridades confirmaron el hallazgo.", "anonymous:Las autoridades"],
    ["en", "Police who could not reach the boat said the crew was safe.", "organisation:Police"],
  ])("is still read where the negation is another verb's or there is none (%s): %s", (language, body, label) => {
    expect(sources(body, language)).toContain(label);
  });
});

describe("an unnamed source's phrase and the clauses beside it", () => {
  it("ends before a second clause joined by 'y que'", () => {
    const body = "El locutor explicó que era falso, que hubo un malentendido con las autoridades y que el hombre que dijo ser su primo mentía.";
    expect(sources(body, "es").filter((l) => l.includes("autoridades"))).toEqual([]);
  });

  it("still takes a relative clause after its head", () => {
    expect(sources("Fuentes que pidieron el anonimato dijeron que el puerto cerrará.", "es")).toEqual(["anonymous:Fuentes"]);
  });
});
