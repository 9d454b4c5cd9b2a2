// Dutch "X zegt dat …" / "X weet te melden dat …" and Portuguese "Conforme já mostrou o site X", "A agência de checagem
// de dados X pesquisou … e concluiu": an outlet as the subject of what it said or found out. A person in the same slot is
// no outlet. Own invented stories.
import { describe, expect, it } from "vitest";
import { analyseCaseFolder } from "../../src/pipeline.ts";
import { frontMatterArticle, makeCase } from "../helpers.ts";

async function cited(language: string, body: string): Promise<string[]> {
  const { graph } = await analyseCaseFolder(await makeCase({ "a.txt": frontMatterArticle(language, "Kustwacht Nieuws", "2017-06-02", "Reuzenvis", body) }));
  return graph.filterEdges((_, a) => a.kind === "cites").map((e) => graph.target(e));
}

describe("an outlet as the subject of what it says or found out", () => {
  it.each([
    ["nl", "Het bericht over de reuzenvis klopt niet. Dijkpost.nl zegt dat de grootste vis ooit 40 kilo woog.", "outlet:dijkpost-nl"],
    ["nl", "Het bericht over de reuzenvis klopt niet, en het dagblad Dijkpost weet te melden dat de bron niet meer bestaat.", "outlet:dijkpost"],
    ["pt", "Circulam boatos sobre o prefeito. Conforme já mostrou o site Checa.org, o prefeito nunca foi casado com a empresária.", "outlet:checa-org"],
    ["pt", "Circulam boatos sobre o prefeito. Conforme já mostrou o jornal Folha Serena, o prefeito nunca foi casado.", "outlet:folha-serena"],
    ["pt", "Circulam boatos sobre o prefeito. A agência de checagem de dados Fatos Claros pesquisou a foto e concluiu que a imagem é antiga.", "outlet:fatos-claros"],
  ])("%s: %s", async (language, body, outlet) => {
    expect(await cited(language, body)).toContain(outlet);
  });

  it.each([
    ["nl", "Het bericht over de reuzenvis klopt niet. Jan de Vries zegt dat de grootste vis ooit 40 kilo woog."],
    ["nl", "Het bericht over de reuzenvis klopt niet. Waddenburg weet te melden dat de bron niet meer bestaat."],
    ["pt", "Circulam boatos sobre o prefeito. Conforme já mostrou Ana Souza, o prefeito nunca foi casado."],
    ["pt", "Circulam boatos sobre o prefeito. A professora Ana Souza pesquisou a foto e concluiu que a imagem é antiga."],
  ])("%s: a person or a place there is no outlet: %s", async (language, body) => {
    expect(await cited(language, body)).toEqual([]);
  });
});
