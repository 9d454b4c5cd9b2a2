// A paragraph printed without marks after a lead-in that opens with the language's "according to" and ends in a colon
// ("According to the fake news report:") is the quoted text's words: a citation inside it ("…, reports the X Herald")
// is the quoted text's, not the article's. Own invented stories, one per language with `accordingLeads`.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function cited(language: string, body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle(language, "Checkpoint Weekly", "2019-03-05", "Fact check", body) }));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

const CASES: readonly [string, string, string][] = [
  ["en", "The story is false. According to the fake news report:\n\nA fisherman has caught a talking cod off the coast of Quillport, reports the Western Quillport Herald this morning.\n\nThere is no such fish.", "outlet:western-quillport-herald"],
  ["de", "Die Geschichte ist falsch. Laut dem Beitrag:\n\nEin Fischer hat vor Quillport einen sprechenden Kabeljau gefangen, berichtet die Zeitung Quillporter Morgenpost.\n\nDen Fisch gibt es nicht.", "outlet:quillporter-morgenpost"],
  ["fr", "L'histoire est fausse. Selon le faux article :\n\nUn pêcheur a pris une morue qui parle au large de Quillport, rapporte le journal Écho de Quillport.\n\nCe poisson n'existe pas.", "outlet:echo-de-quillport"],
  ["es", "La historia es falsa. Según el artículo falso:\n\nUn pescador capturó un bacalao que habla frente a Quillport, informa el diario Heraldo de Quillport.\n\nEse pez no existe.", "outlet:heraldo-de-quillport"],
  ["pt", "A história é falsa. Segundo o texto falso:\n\nUm pescador pescou um bacalhau falante na costa de Quillport, informa o jornal Correio de Quillport.\n\nEsse peixe não existe.", "outlet:correio-de-quillport"],
  ["it", "La storia è falsa. Secondo l'articolo falso:\n\nUn pescatore ha pescato un merluzzo parlante al largo di Quillport, riferisce il quotidiano Corriere di Quillport.\n\nQuel pesce non esiste.", "outlet:corriere-di-quillport"],
  ["nl", "Het verhaal klopt niet. Volgens het nepbericht:\n\nEen visser heeft voor de kust van Quillport een pratende kabeljauw gevangen, meldt de krant Quillports Dagblad.\n\nDie vis bestaat niet.", "outlet:quillports-dagblad"],
];

describe("a block quotation after an 'according to' lead-in", () => {
  it.each(CASES)("%s: the citation inside the quoted paragraph is not the article's", async (language, body, outlet) => {
    expect(await cited(language, body)).not.toContain(outlet);
  });

  it.each(CASES)("%s: the same citation in the article's own paragraph is read", async (language, body, outlet) => {
    expect(await cited(language, body.replace(/:\n\n/u, ".\n\n"))).toContain(outlet);
  });
});
