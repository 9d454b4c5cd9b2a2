// A sentence that tells how the article was made ("Vozdia24 ha contactado con la Consejería, que no ha respondido", "The
// Post has contacted the council, which did not respond") is never a claim, however many articles repeat it; a sentence
// that only contacts, or only does not answer, is still read. Own invented copy.
import { describe, expect, it } from "vitest";
import { isNewsroomStep } from "../../src/analyse/claims/statements.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { makeCase } from "../helpers.ts";

const article = (outlet: string, date: string, language: string, body: string) => `---\noutlet: ${outlet}\npublished: ${date}\nlanguage: ${language}\n---\n${body}\n`;

describe("an outlet's own reporting steps", () => {
  it.each([
    ["es", "Vozdia24 ha contactado con la Consejería de Deportes, que no ha respondido.", true],
    ["pt", "O Jornal do Sul contactou a câmara, que não respondeu até ao fecho desta edição.", true],
    ["en", "The Harbour Post has contacted the council, which did not respond to a request for comment.", true],
    ["en", "The council did not respond to a request for comment.", true],
    ["en", "Police have contacted the families of the two missing divers.", false],
    ["es", "El ministerio no ha respondido a las críticas de los agricultores.", false],
    // A contact for a comment says how the article was made, with or without an answer (session 34).
    ["en", "The Harbour Post reached out to both the coastguard and the ferry company for comment.", true],
    ["en", "Its reporters reached out to a port office for comment.", true],
    ["en", "The Harbour Post sought comment from a ferry company on Friday.", true],
    ["es", "Vozdia24 ha contactado con la Consejería de Deportes para obtener un comentario.", true],
    ["pt", "O Jornal do Sul entrou em contato com a câmara para comentar o caso.", true],
    ["en", "The mayor reached out to the fishermen's union after the strike.", false],
  ])("in %s: %s", (language, sentence, step) => {
    expect(isNewsroomStep(sentence, language)).toBe(step);
  });

  it("is no claim when two articles print it", async () => {
    const step = "Vozdia24 ha contactado con la Consejería de Deportes, que no ha respondido.";
    const root = await makeCase({
      "a.txt": article("Vozdia24", "2026-05-02", "es", `El ayuntamiento cerrará la piscina municipal de Brenes durante todo el verano.\n\n${step}`),
      "b.txt": article("Hoy Sur", "2026-05-03", "es", `La piscina municipal de Brenes estará cerrada este verano, según Vozdia24.\n\n${step}`),
    });
    const { claims } = await analyseCaseFolder(root);
    for (const c of claims) expect(c.label).not.toMatch(/ha contactado/u);
  });

  it("gathers no other article's statement under it", async () => {
    const root = await makeCase({
      "a.txt": article("Vozdia24", "2026-05-02", "es", "El ayuntamiento cerrará la piscina municipal de Brenes durante todo el verano.\n\nVozdia24 ha contactado con la Consejería de Deportes Andaluces, que no ha respondido."),
      "b.txt": article("Jornal do Sul", "2026-05-04", "pt", "É falso que a piscina de Brenes vá fechar.\n\nDe acordo com a Consejería de Deportes Andaluces, não existe qualquer decisão."),
    });
    const { claims } = await analyseCaseFolder(root);
    for (const c of claims) expect(c.label).not.toMatch(/ha contactado/u);
  });
});
