// A reprint that credits its maker on a line of its own ("Verificação de factos feita pelo X", "Verificación realizada
// por X", "Fact check by X") was no credit at all: the page was called an uncredited copy of X's article, and with X's
// article undated the original was said to copy the reprint (probe 35 A2). Texts, outlets and people of our own.
import { describe, expect, it } from "vitest";
import { createOutletRegistry, withCaseOutlets } from "../../src/core/outlets.ts";
import { readArticle } from "../../src/extract/read.ts";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { caseArticle } from "../extract/helpers.ts";
import { makeCase } from "../helpers.ts";

const CHECK = [
  "Uma imagem partilhada nas redes sociais garante que a câmara de Valdemira vai oferecer passes de autocarro gratuitos a todos os reformados a partir de junho.",
  "A imagem imita a página de um jornal regional, mas não traz data, assinatura nem ligação para qualquer notícia publicada.",
  "Contactada pelo nosso jornal, a vereadora dos transportes negou que exista qualquer decisão nesse sentido e lembrou que o orçamento do ano não prevê a medida.",
].join("\n\n");

describe("a line crediting the text to its maker", () => {
  it("pt, over a reprinted fact-check: the reprint runs the maker's story, copies it, and is no uncredited copy", async () => {
    const root = await makeCase({
      "checador.txt": `---\noutlet: Checador Atlântico\nlanguage: pt\n---\n${CHECK}\n`,
      "gazeta.txt": `---\noutlet: Gazeta do Vale\npublished: 2021-05\nlanguage: pt\n---\nPasses gratuitos para reformados? É falso\n\nVerificação de factos feita pelo Checador Atlântico\n\n${CHECK}\n`,
    });
    const { graph } = await analyseCaseFolder(root);
    const edges = graph.mapEdges((_e, a, s, t) => `${s} -${a.kind}-> ${t}`);
    expect(edges).toContain("gazeta -republishes-> outlet:checador-atlantico");
    expect(edges).toContain("gazeta -copies-> checador");
    expect(edges).not.toContain("checador -copies-> gazeta");
    expect(graph.getAttribute("findings").filter((f) => f.type === "uncredited_copy")).toEqual([]);
  });

  const registry = withCaseOutlets(createOutletRegistry([]), [{ name: "Verifica Sur" }, { name: "Diario del Puerto" }, { name: "Lakeside Checks" }]);
  const cited = (body: string, language: string) => readArticle(caseArticle("t", body, { outlet: "Diario del Puerto", language }), registry).attributions.map((a) => [a.outlet, a.rule.split("/")[0]]);

  it("es and en, closing the text: a citation of the whole story", () => {
    expect(cited("El alcalde no ha firmado ningún decreto sobre el puerto.\n\nVerificación realizada por Verifica Sur", "es")).toContainEqual(["outlet:verifica-sur", "made_by_line"]);
    expect(cited("The mayor signed no decree on the harbour.\n\nFact check by Lakeside Checks", "en")).toContainEqual(["outlet:lakeside-checks", "made_by_line"]);
  });

  it("control: a reporter's byline so written names no outlet", () => {
    expect(cited("El alcalde no ha firmado ningún decreto sobre el puerto.\n\nTexto escrito por Lucía Marván", "es")).toEqual([]);
  });
});
