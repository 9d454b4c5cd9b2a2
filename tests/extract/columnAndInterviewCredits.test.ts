// Portuguese credits an outlet through its column and its columnist ("À coluna da jornalista X, no Jornal Y, …", "foi
// revelado pela colunista X, do Jornal Y"), and Portuguese and Spanish through an interview given to it ("concedeu uma
// entrevista ao jornal Y", "ofreció una entrevista al semanario Y"). A name may hold an initial ("Folha de S. Paulo"), which
// ends no sentence, and a quoted name may hold the particles of its language ("da “Gazeta do Litoral”").
import { describe, expect, it } from "vitest";
import { analyseSentences } from "../../src/extract/sentences.ts";
import { readPlain } from "./helpers.ts";

const cited = (body: string, language: string) => readPlain(body, language).attributions.map((a) => a.outletName);

describe("pt: a column, a columnist and an interview credit the outlet", () => {
  it.each([
    ["À coluna da jornalista Rita Quental, no Diário da Serra, que divulgou a mensagem, o vereador disse que se enganou.", "Diário da Serra"],
    ["O vídeo foi revelado pela colunista Rita Quental, do “Jornal da Lagoa”. Procurado, o vereador não respondeu.", "Jornal da Lagoa"],
    ["Segundo o repórter Caio Brandão, da Rádio Planície, a ponte ficou interditada.", "Rádio Planície"],
    ["O prefeito concedeu uma entrevista ao jornal Tribuna Ribeirinha, na qual negou tudo.", "Tribuna Ribeirinha"],
  ])("%s", (text, name) => {
    expect(cited(text, "pt")).toEqual([name]);
  });

  it("reads a name with an initial whole: 'Gazeta de S. Vicente'", () => {
    expect(cited("À coluna do jornalista Caio Brandão, na Gazeta de S. Vicente, a vereadora afirmou que falou como eleitora.", "pt")).toEqual(["Gazeta de S. Vicente"]);
  });

  it("an initial inside a name ends no sentence", () => {
    const text = "A vereadora falou à Gazeta de S. Vicente sobre o caso. Depois calou-se.";
    expect(analyseSentences(text, [{ start: 0, end: text.length }], "pt").sentences.map((s) => s.text)).toEqual(["A vereadora falou à Gazeta de S. Vicente sobre o caso.", "Depois calou-se."]);
  });
});

describe("es: an interview given to an outlet", () => {
  it.each([
    ["El exministro ofreció una entrevista al semanario regional Cerro Chato, donde habló de su salud.", "Cerro Chato"],
    ["La alcaldesa concedió una larga entrevista al diario Voz del Páramo en la que negó todo.", "Voz del Páramo"],
  ])("%s", (text, name) => {
    expect(cited(text, "es")).toEqual([name]);
  });
});

describe("controls: a person after the staff noun's outlet slot, an interview given to a person", () => {
  it.each([
    ["pt", "O vídeo foi revelado pela colunista Rita Quental, da Universidade do Planalto, na terça-feira."],
    ["pt", "O vídeo foi revelado pela colunista Rita Quental, de Campinas, na terça-feira."],
    ["es", "El alcalde dio una entrevista a Marta Ruiz en la que negó todo."],
  ])("%s: %s", (language, text) => {
    expect(cited(text, language)).toEqual([]);
  });
});
