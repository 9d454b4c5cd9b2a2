// "O texto, publicado no X na quarta-feira, foi compartilhado milhares de vezes": a frame that says where a text was
// put out ("publicado no", "publié sur", "pubblicato su") credits X with the text, not with what became of it — as
// "published on X" already did in English. A fact check was charged with crediting the blog with its own words.
// Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

const article = frontMatterArticle;

async function unsupported(language: string, rumour: string, check: string): Promise<string[][]> {
  const { graph } = await analyseCaseFolder(
    await makeCase({
      "a.txt": article(language, "Blog Norte", "2025-03-03", "Ponte", rumour),
      "b.txt": article(language, "Verifica Já", "2025-03-05", "Verificação", check),
    }),
  );
  return graph.getAttribute("findings").filter((f) => f.type === "unsupported_attribution").map((f) => f.articles);
}

describe("where a text was published says nothing of what became of it", () => {
  it.each([
    ["pt", "A ponte velha do rio Claro será fechada em março para obras de reforço.", "É falso que a ponte velha do rio Claro será fechada. O texto, publicado no Blog Norte na segunda-feira, foi compartilhado milhares de vezes em grupos de mensagens."],
    ["fr", "Le vieux pont du rio Claro sera fermé en mars pour des travaux de renforcement.", "Il est faux que le vieux pont du rio Claro sera fermé. Le texte, publié sur Blog Norte lundi, a été partagé des milliers de fois dans des groupes de messagerie."],
    ["it", "Il vecchio ponte sul rio Claro sarà chiuso a marzo per lavori di rinforzo.", "È falso che il vecchio ponte sul rio Claro sarà chiuso. Il testo, pubblicato su Blog Norte lunedì, è stato condiviso migliaia di volte nei gruppi di messaggistica."],
  ])("%s", async (language, rumour, check) => {
    expect(await unsupported(language, rumour, check)).toEqual([]);
  });

  // The report is tied to the blog's article of the case by the words the two share (resolve.ts): one sharing nothing may be another report of the blog's.
  it("a report credited with words it does not print is still charged", async () => {
    expect(await unsupported("pt", "A ponte velha do rio Claro será fechada em março para obras de reforço.", "Segundo o Blog Norte, a ponte velha do rio Claro será fechada e a prefeitura vai demolir o mercado municipal para construir um estacionamento de cinco andares.")).toEqual([["b", "a"]]);
  });
});
