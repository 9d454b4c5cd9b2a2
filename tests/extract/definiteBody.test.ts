/**
 * Where the press puts no article before a person's name (Spanish, French, Catalan), one capitalised word after "the"
 * that speaks is a body, not a person; a title written with a capital is a role, and Italian, which writes "la Rossi",
 * keeps the person. Invented texts.
 */
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { readPlain, readText, sourceLabels } from "./helpers.ts";

describe("a definite article and one capitalised word before a speech verb", () => {
  it.each([
    ["es", `Mientras tanto, la Diputación asegura que hasta 300 personas resultaron heridas.`, ["organisation:Diputación"]],
    ["fr", `De son côté, l'Amirauté a affirmé que le port n'était pas informé.`, ["organisation:Amirauté"]],
    ["fr", `Le Palais a démenti toute implication.`, ["organisation:Palais"]],
    ["es", `Juan Pérez asegura que hasta 300 personas resultaron heridas.`, ["named:Juan Pérez"]],
    ["it", `La Rossi ha detto che il porto resterà chiuso.`, ["named:La Rossi"]],
  ])("%s: %s", (language, text, labels) => {
    expect(sourceLabels(readPlain(text, language))).toEqual(labels);
  });

  it("reads a capitalised title as a role, never as a body", () => {
    expect(sourceLabels(readPlain(`El Rey aseguró que no apoya a ningún candidato.`, "es"))).not.toContain("organisation:Rey");
    expect(sourceLabels(readPlain(`Le Pape a affirmé qu'il ne soutient aucun candidat.`, "fr"))).not.toContain("organisation:Pape");
  });

  it("leaves an outlet to the frames: it speaks through its pages, never as a body", () => {
    const registry = createOutletRegistry([{ name: "Le Courrier du Lac", aliases: ["Courrier"], descriptors: [], domains: [], kind: "newspaper" }]);
    const reading = readText(`Le Courrier a présenté ses excuses aux familles.`, registry, { outlet: "Test Daily", language: "fr" });
    expect(sourceLabels(reading)).not.toContain("organisation:Courrier");
  });
});
