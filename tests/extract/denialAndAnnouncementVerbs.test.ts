// A person who denies or announces something is a source of the article, as one who says it is: "Jan Olsen denied that
// …", "a démenti", "dementierte", "negó", "ha smentito", "ontkende", "announced", "kündigte an". And words between the
// subject and its verb ("has repeatedly denied", "allegedly said", "once said") do not hide the subject. Invented texts.
import { describe, expect, it } from "vitest";
import { readPlain, sourceLabels } from "./helpers.ts";

describe("denial and announcement verbs name their subject as a source", () => {
  it.each([
    ["en", "Harbour chief Jan Olsen denied that the port lost money last year."],
    ["en", "Harbour chief Jan Olsen has repeatedly denied that the port lost money last year."],
    ["en", "Harbour chief Jan Olsen announced that the port will close in May."],
    ["fr", "Le maire Jan Olsen a démenti que le port ait perdu de l'argent."],
    ["fr", "Le maire Jan Olsen a nié que le port ait perdu de l'argent."],
    ["de", "Bürgermeister Jan Olsen dementierte, dass der Hafen Geld verloren habe."],
    ["de", "Bürgermeister Jan Olsen bestritt, dass der Hafen Geld verloren habe."],
    ["de", "Bürgermeister Jan Olsen kündigte an, dass der Hafen im Mai schließt."],
    ["es", "El alcalde Jan Olsen negó que el puerto haya perdido dinero."],
    ["es", "El alcalde Jan Olsen desmintió que el puerto haya perdido dinero."],
    ["es", "El alcalde Jan Olsen anunció que el puerto cerrará en mayo."],
    ["it", "Il sindaco Jan Olsen ha smentito che il porto abbia perso denaro."],
    ["pt", "O prefeito Jan Olsen negou que o porto tenha perdido dinheiro."],
    ["pt", "O prefeito Jan Olsen anunciou que o porto fechará em maio."],
    ["nl", "Burgemeester Jan Olsen ontkende dat de haven geld had verloren."],
  ])("%s: %s", (language, text) => {
    expect(sourceLabels(readPlain(text, language))).toEqual(["named:Jan Olsen"]);
  });
});

describe("words between a subject and its speech verb", () => {
  it.each([
    '"The port lost money," Jan Olsen allegedly said.',
    '"The port lost money," Jan Olsen once said.',
    "Harbour chief Jan Olsen allegedly said that the port lost money last year.",
  ])("%s", (text) => {
    expect(sourceLabels(readPlain(text, "en"))).toEqual(["named:Jan Olsen"]);
  });

  it("a pronoun that denies names no one", () => {
    expect(sourceLabels(readPlain("He denied any wrongdoing.", "en"))).toEqual([]);
  });
});
