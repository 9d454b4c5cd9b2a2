// "… the mayor, Ana Berg, who said: “…”": a speaker named before a relative pronoun that is the speech verb's subject,
// in the languages whose frames list their subject relatives. Own invented sentences.
import { describe, expect, it } from "vitest";
import { createOutletRegistry } from "../../src/core/outlets.ts";
import { quotedSpeaker, readText } from "./helpers.ts";

const registry = createOutletRegistry([]);

const speakerOf = (body: string, language: string): string | undefined => quotedSpeaker(readText(body, registry, { outlet: "Quillon Gazette", language }));

describe("a speaker before a subject relative pronoun", () => {
  it.each([
    ["en", "The closure was confirmed by the harbour master, Ines Calder, who said: “The quay stays shut until the cracks are repaired.”", "Ines Calder"],
    ["es", "El cierre fue confirmado por la capitana del puerto, Ines Calder, que dijo: «El muelle seguirá cerrado hasta reparar las grietas.»", "Ines Calder"],
    ["pt", "A notícia foi avançada pelo utilizador @CaisLivre, que escreveu no X: “O cais vai fechar até as fissuras serem reparadas.”", "CaisLivre"],
    ["fr", "La fermeture a été confirmée par la capitaine du port, Ines Calder, qui a déclaré : « Le quai restera fermé jusqu'aux réparations. »", "Ines Calder"],
    ["it", "La chiusura è stata confermata dalla comandante del porto, Ines Calder, che ha detto: «La banchina resterà chiusa fino alle riparazioni.»", "Ines Calder"],
  ])("(%s) %s", (language, body, name) => expect(speakerOf(body, language)).toBe(name));

  it("is no one when the relative stands for a thing without a speaker", () => {
    expect(speakerOf("The closure followed a storm last week, which said nothing: “The quay stays shut until the cracks are repaired.”", "en")).toBeUndefined();
  });
});

describe("a publication before the relative pronoun", () => {
  it("is no person", () => {
    expect(speakerOf("Le chiffre vient du site quaidunord.example, qui écrit : « Le quai restera fermé jusqu'aux réparations. »", "fr")).toBeUndefined();
  });
});
