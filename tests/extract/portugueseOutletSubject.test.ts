// Portuguese names an outlet after its noun as the subject of its news work ("o jornal X contactou uma fonte", "o
// diário X avançou que", with an aside between name and verb), or as the place a report was printed ("uma notícia no
// jornal X", "fazia manchete no diário X"), with up to two adjectives after the noun ("o jornal desportivo espanhol X").
// Controls: a person, a body after "do/da", or a place never becomes an outlet.
import { describe, expect, it } from "vitest";
import { readPlain } from "./helpers.ts";

const cited = (body: string) => readPlain(body, "pt").attributions.map((a) => a.outletName);

describe("pt: an outlet named after its noun, as the subject of its news work or where a report was printed", () => {
  it.each([
    ["Dias depois, o jornal “Farol do Minho” contactou um vizinho do padeiro, que confirmou tudo.", "Farol do Minho"],
    ["O diário Sentinela Alentejana avançou que a feira deixa de se fazer em agosto.", "Sentinela Alentejana"],
    ["O semanário desportivo galego \"Bancada Norte\", pouco depois do jogo, fez manchete com a transferência.", "Bancada Norte"],
    ["O rumor ganhou força com uma notícia no semanário desportivo galego Bancada Norte sobre o treinador.", "Bancada Norte"],
    ["A informação original saiu na revista Quintal Verde e correu as redes sociais.", "Quintal Verde"],
  ])("%s", (text, name) => {
    expect(cited(text)).toEqual([name]);
  });
});

describe("pt control: a person, a body after a preposition, a place", () => {
  it.each([
    ["O vereador Tomás Leite avançou que a feira deixa de se fazer em agosto."],
    ["O jornal da Junta contactou os moradores da rua."],
    ["A notícia chegou na segunda-feira à Covilhã e espalhou-se depressa."],
  ])("%s", (text) => {
    expect(cited(text)).toEqual([]);
  });
});
