// An outlet named as the owner of a logo that a fake item bears ("uma montagem com a logomarca da Rede X informa que …")
// was cited as the reporter of what the fake says: a frame "X informa" read the logo's owner as its subject. The item
// bearing the mark is what reports; the outlet cited nothing. Own invented story (Tonico Ramalho, Jornal do Vale).
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { namedAsBrandMark } from "../../src/extract/brandMarks.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function cited(language: string, body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle(language, "Jornal do Vale", "2021-06-10", "Boato nas redes", body) }));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

/** The span of `name` in `text` (its first occurrence). */
function at(text: string, name: string) {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
}

describe("an outlet named as the owner of a mark", () => {
  it.each([
    ["um cartaz com a logomarca da Rede Serrana noticia o acidente", "Rede Serrana", true],
    ["una imagen con el logotipo de Canal Norte informa que", "Canal Norte", true],
    ["a graphic with the Harbour Gazette logo reported", "Harbour Gazette", true],
    ["ein Bild mit dem Talbote-Logo meldete", "Talbote", true],
    ["une capture avec le logo du Courrier du Val annonce", "Courrier du Val", true],
    ["o site do Jornal Serrano noticiou", "Jornal Serrano", false],
    ["A Gazeta Serrana publicou o novo logo da cidade", "Gazeta Serrana", false],
  ])("%s → %s borrowed as a mark: %s", (text, name, expected) => {
    expect(namedAsBrandMark(text, at(text, name))).toBe(expected);
  });

  it("cites no outlet whose logo a fake montage bears", async () => {
    const targets = await cited("pt", "O humorista Tonico Ramalho desmentiu no sábado os boatos sobre a sua morte.\n\nUma montagem com a logomarca da Rede Serrana informa que o humorista morreu em Vila Alta. A montagem é falsa.\n");
    expect(targets).toEqual([]);
  });

  it("still cites the outlet that reports itself", async () => {
    const targets = await cited("pt", "O prefeito de Vila Alta renunciou no domingo.\n\nA Rede Serrana informa que o prefeito renunciou por motivos de saúde.\n");
    expect(targets.some((t) => t.endsWith("rede-serrana"))).toBe(true);
  });
});
