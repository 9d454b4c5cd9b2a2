// A paper named after its town ("El Diario de Valdora", "Il Giornale di Valdora") is a title, capitals and particle
// alike; the same words in small letters ("el diario de Valdora", "il quotidiano di Valdora") say where an unnamed paper
// is, and the town is no outlet.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => a.outletName);

describe("an outlet noun, a particle and a town", () => {
  it.each([
    ["es", "Según El Diario de Valdora, el puente cerrará.", "El Diario de Valdora"],
    ["es", "El puente cerrará, informó El Diario de Valdora.", "El Diario de Valdora"],
    ["it", "Secondo Il Giornale di Valdora, il ponte chiuderà.", "Il Giornale di Valdora"],
  ])("%s: the title %s", (language, body, name) => expect(cited(body, language)).toEqual([name]));

  it.each([
    ["es", "Según el diario de Valdora, el puente cerrará."],
    ["it", "Secondo il quotidiano di Valdora, il ponte chiuderà."],
    ["ca", "Segons el diari de Valdora, el pont tancarà."],
    ["ro", "Potrivit ziarului din Valdora, podul va fi închis."],
    ["fr", "Selon le journal de Valdora, le pont fermera."],
  ])("%s: no outlet in %s", (language, body) => expect(cited(body, language)).not.toContain("Valdora"));
});
