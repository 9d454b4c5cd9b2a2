/** Whom a speaker told, written as a common noun after an inverted verb, is never the speaker (invented texts). */
import { describe, expect, it } from "vitest";
import { quotedSpeaker, readPlain } from "./helpers.ts";

const speaker = (body: string, language: string) => quotedSpeaker(readPlain(body, language));
const sourceNames = (body: string, language: string) => readPlain(body, language).sources.map((s) => s.name);

describe("a dative of common nouns after an inverted speech verb", () => {
  it.each([
    ["pt", "O presidente da junta, Tiago Mendes, visitou a escola na terça-feira.\n\n“O telhado fica pronto antes do inverno”, disse aos moradores da rua."],
    ["it", "Il presidente del consorzio, Marco Galli, ha visitato la scuola martedì.\n\n«Il tetto sarà pronto prima dell'inverno», ha detto ai residenti della via."],
    ["es", "La presidenta de la junta, Elena Soto, visitó la escuela el martes.\n\n«El tejado estará listo antes del invierno», dijo a los vecinos de la calle."],
  ])("%s: is no source of its own", (language, body) => {
    expect(sourceNames(body, language).some((n) => /^(?:aos|ai|a los)\b/u.test(n))).toBe(false);
    expect(speaker(body, language)).toBeUndefined();
  });

  it.each([
    ["pt", "“O telhado fica pronto antes do inverno”, disse aos moradores o engenheiro Rui Faria.", "Rui Faria"],
    ["it", "«Il tetto sarà pronto prima dell'inverno», ha detto ai residenti l'ingegnere Paolo Neri.", "Paolo Neri"],
    ["es", "«El tejado estará listo antes del invierno», dijo a los vecinos el ingeniero Luis Mora.", "Luis Mora"],
    // Portuguese "a" is also the feminine article: "disse a engenheira" is said by the engineer.
    ["pt", "“O telhado fica pronto antes do inverno”, disse a engenheira Ana Lobo.", "Ana Lobo"],
  ])("%s: the speaker after it is still read", (language, body, name) => {
    expect(speaker(body, language)).toBe(name);
  });
});
