// Portuguese frames on sentences of our own (invented outlets and people): each construction yields the cited name, plain sentences none.
import { describe, expect, it } from "vitest";
import { pt } from "../../../src/extract/frames/pt.ts";
import { frameHits, names } from "./helpers.ts";

describe("Portuguese frames", () => {
  it.each([
    ["O porto continuará fechado, segundo a Folha do Litoral.", "Folha do Litoral"],
    ["A foto ficou meia hora no site, segundo o próprio Diário Serrano.", "Diário Serrano"],
    ["De acordo com O Eco Paulista, o prefeito renunciou.", "O Eco Paulista"],
    ["Segundo informações do Jornal da Serra, o navio afundou.", "Jornal da Serra"],
    ["O navio afundou, informou o jornal Correio Austral.", "Correio Austral"],
    ["A Gazeta Serrana publicou que o prefeito renunciou.", "A Gazeta Serrana"],
    ["“Não vamos desistir”, disse à Rádio Planalto um funcionário.", "Rádio Planalto"],
    ["Em entrevista à TV Cerrado, o ministro negou.", "TV Cerrado"],
    ["A notícia, divulgada pelo Diário Serrano, era falsa.", "Diário Serrano"],
    ["O estudo, publicado na revista Anais Costeiros, foi desmentido.", "Anais Costeiros"],
    ["O autor escreveu no site ecosdomar.com.br que tudo era piada.", "ecosdomar.com.br"],
    ["O ministério negou, citando a Agência Sul.", "Agência Sul"],
    ["Este artigo foi publicado originalmente em The Harbour Review.", "The Harbour Review"],
    ["“Não vamos desistir”, disse a capitã do porto Ilse Brandt à agência Rádio Planalto.", "Rádio Planalto"],
    ["A notícia, avançada pela Gazeta Serrana, provocou protestos.", "Gazeta Serrana"],
    ["Procurado pelo Eco Mineiro, o ministério não quis comentar.", "Eco Mineiro"],
    ["Fontes do ministério ouvidas pela Gazeta Serrana confirmaram a venda.", "Gazeta Serrana"],
  ])("%s → %s", (text, name) => expect(names(pt, text)).toContain(name));

  it("keeps the outlet noun before a name as the cue, out of the name", () => {
    expect(frameHits(pt, "Segundo o jornal paulista Voz do Vale, o prefeito renunciou.")[0]).toMatchObject({ name: "Voz do Vale", cue: "jornal paulista" });
  });

  it.each([
    "O porto está fechado desde segunda-feira e os navios esperam.",
    "O segundo Grupo perdeu peso mais rápido.",
    "Segundo fontes policiais, o porto fechou.",
    "O prefeito João Silva disse que o porto vai reabrir.",
  ])("a sentence without attribution yields no frame: %s", (text) => expect(frameHits(pt, text)).toEqual([]));
});
